"""Boilerplate stripping speed: viscrape against trafilatura, jusText and a trivial line
filter, in the same run.

    python -m pytest benchmarks/bench_boilerplate.py --benchmark-only --benchmark-group-by=group
    python benchmarks/bench_boilerplate.py     # the table for docs/benchmarks.md

Inputs: the five bundled seed articles (as text for viscrape and the trivial filter; each
line wrapped as ``<p>`` for trafilatura and jusText, which need HTML), and for linearity
the seeds repeated to 1 MB, one 1 MB line, and 100k short lines.
"""

from __future__ import annotations

import html
import sys
import time
from collections.abc import Callable

import pytest

from _common import run_all, seed_texts

from viscrape.boilerplate import strip_boilerplate


def as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line.strip())}</p>" for line in text.split("\n")
                         if line.strip())
    return f"<html><body><article>{paragraphs}</article></body></html>"


SEEDS = seed_texts()
SEEDS_HTML = [as_html(text) for text in SEEDS]


def trivial_filter(text: str) -> str:
    """The simplest baseline: keep non-blank lines that end like a sentence (C4 style)."""
    return "\n\n".join(line.strip() for line in text.split("\n")
                       if line.strip() and line.strip()[-1] in ".!?\"”")


def trafilatura_extract() -> Callable[[str], object]:
    trafilatura = pytest.importorskip("trafilatura")
    return lambda page: trafilatura.extract(page, include_comments=False)


def justext_extract() -> Callable[[str], object]:
    justext = pytest.importorskip("justext")
    stoplist = justext.get_stoplist("Vietnamese")
    return lambda page: justext.justext(page.encode("utf-8"), stoplist)


@pytest.mark.benchmark(group="seeds")
def test_viscrape(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, strip_boilerplate, SEEDS)


@pytest.mark.benchmark(group="seeds")
def test_trivial_line_filter(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, trivial_filter, SEEDS)


@pytest.mark.benchmark(group="seeds")
def test_trafilatura(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, trafilatura_extract(), SEEDS_HTML)


@pytest.mark.benchmark(group="seeds")
def test_justext(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, justext_extract(), SEEDS_HTML)


def _big_inputs() -> dict[str, str]:
    joined = "\n\n".join(SEEDS)
    return {
        "seeds repeated to 1 MB": (joined + "\n\n") * (1_000_000 // (len(joined) + 2) + 1),
        "one 1 MB line": ("Ông Nguyễn Văn An cho biết dự án đã hoàn thành đúng tiến độ. " * 17_000),
        "100k short lines": "\n".join(f"Dòng số {number} của bài" for number in range(100_000)),
        '100k quote marks': '"' * 100_000,
    }


@pytest.mark.benchmark(group="linear")
@pytest.mark.parametrize("name", list(_big_inputs()))
def test_viscrape_large(benchmark, name: str) -> None:  # type: ignore[no-untyped-def]
    text = _big_inputs()[name]
    benchmark.pedantic(strip_boilerplate, args=(text,), rounds=3, iterations=1)


def _best_of(function: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    import justext
    import trafilatura

    stoplist = justext.get_stoplist("Vietnamese")
    runs: dict[str, Callable[[], object]] = {
        "viscrape.strip_boilerplate (text)": lambda: run_all(strip_boilerplate, SEEDS),
        "trivial line filter (text)": lambda: run_all(trivial_filter, SEEDS),
        "trafilatura.extract (<p> HTML)": lambda: run_all(
            lambda page: trafilatura.extract(page, include_comments=False), SEEDS_HTML),
        "jusText, Vietnamese stoplist (<p> HTML)": lambda: run_all(
            lambda page: justext.justext(page.encode("utf-8"), stoplist), SEEDS_HTML),
    }
    timings = {name: _best_of(run, 30) / len(SEEDS) for name, run in runs.items()}
    base = timings["viscrape.strip_boilerplate (text)"]
    print(f"Python {sys.version.split()[0]}, best of 30 runs over the {len(SEEDS)} seed articles\n")
    print("| Method | ms per article | articles/s | time vs viscrape |")
    print("|---|---|---|---|")
    for name, seconds in timings.items():
        print(f"| {name} | {seconds * 1000:.3f} | {1 / seconds:,.0f} | {seconds / base:.2f}x |")
    print("\n| Linearity input | characters | seconds | characters/s |")
    print("|---|---|---|---|")
    for name, text in _big_inputs().items():
        seconds = _best_of(lambda text=text: strip_boilerplate(text), 3)  # type: ignore[misc]
        print(f"| {name} | {len(text):,} | {seconds:.3f} | {len(text) / seconds / 1e6:.1f}M |")


if __name__ == "__main__":
    main()
