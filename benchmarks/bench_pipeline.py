"""Pipeline speed: viscrape.process() against underthesea.word_tokenize alone, same run.

    python -m pytest benchmarks/bench_pipeline.py --benchmark-only --benchmark-group-by=group
    python benchmarks/bench_pipeline.py     # the ratio table for docs/benchmarks.md

Inputs: the bundled seed articles (raw, as scraped), the same text for both sides. The
target is process() >= 5x faster than word_tokenize. Also timed: the quote stage alone
(segment_sentences + segment_quotes + attribute_speakers on the article text), and, for
linearity, the quote stage on 10x / 100x the seed text and on adversarial input (100k
quotation marks in one line, an unclosed mark at the start of a 1 MB text).
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable

import pytest

from _common import seed_texts

from viscrape.quotes import segment_quotes
from viscrape.sentences import segment_sentences
from viscrape.speakers import attribute_speakers


SEEDS = seed_texts()


def quote_stage(text: str) -> object:
    sentences = segment_sentences(text)
    return attribute_speakers(text, segment_quotes(text, sentences=sentences), sentences=sentences)


def run_all(function: Callable[[str], object], texts: list[str]) -> None:
    # start cold: the speaker stage memoises phrase analysis, and repeating the same
    # articles would otherwise time cache hits rather than work on new text
    from viscrape import speakers

    for cached in (speakers.analyse_mention, speakers._title_prefix, speakers._personal_name):
        cached.cache_clear()
    for text in texts:
        function(text)


def process_function() -> Callable[[str], object]:
    pytest.importorskip("viscrape.boilerplate")
    from viscrape.pipeline import process

    return process


def word_tokenize_function() -> Callable[[str], object]:
    word_tokenize: Callable[[str], object] = pytest.importorskip("underthesea").word_tokenize
    word_tokenize("Xin chào")  # load the model outside the timing
    return word_tokenize


@pytest.mark.benchmark(group="seeds-pipeline")
def test_viscrape_process(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, process_function(), SEEDS)


@pytest.mark.benchmark(group="seeds-pipeline")
def test_viscrape_quote_stage(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, quote_stage, SEEDS)


@pytest.mark.benchmark(group="seeds-pipeline")
def test_underthesea_word_tokenize(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, word_tokenize_function(), SEEDS)


@pytest.mark.benchmark(group="quotes-adversarial")
def test_quote_stage_many_marks(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark.pedantic(quote_stage, args=('"a" ' * 100_000,), rounds=1, iterations=1)


@pytest.mark.benchmark(group="quotes-adversarial")
def test_quote_stage_unclosed_mark_1mb(benchmark) -> None:  # type: ignore[no-untyped-def]
    text = "“" + "\n\n".join(SEEDS * 30)
    benchmark.pedantic(quote_stage, args=(text,), rounds=1, iterations=1)


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    from underthesea import word_tokenize

    word_tokenize("Xin chào")
    size = sum(len(text) for text in SEEDS)
    rows: list[tuple[str, float]] = []
    baseline = best_of(lambda: run_all(word_tokenize, SEEDS))
    rows.append(("underthesea.word_tokenize", baseline))
    try:
        from viscrape.pipeline import process

        process(SEEDS[0])
        rows.append(("viscrape.process", best_of(lambda: run_all(process, SEEDS))))
    except ImportError as error:  # a stage of the pipeline is not there yet
        print(f"process() unavailable: {error}", file=sys.stderr)
    rows.append(
        ("quote stage (sentences+quotes+speakers)", best_of(lambda: run_all(quote_stage, SEEDS)))
    )
    print(f"seed articles: {len(SEEDS)} files, {size:,} characters; best of 5 runs")
    print(f"{'':42} {'seconds':>9} {'chars/s':>11} {'speed-up vs word_tokenize':>26}")
    for name, seconds in rows:
        print(f"{name:42} {seconds:9.4f} {size / seconds:11,.0f} {baseline / seconds:25.1f}x")
    print("\nlinearity of the quote stage:")
    for factor in (1, 10, 100):
        text = "\n\n".join(SEEDS * factor)
        seconds = best_of(functools.partial(quote_stage, text), repeat=1 if factor == 100 else 3)
        print(
            f"  seeds x{factor:<4} {len(text):>10,} chars {seconds:8.3f} s "
            f"{len(text) / seconds:11,.0f} chars/s"
        )
    for label, text in (
        ("100k quotation marks, one line", '"a" ' * 100_000),
        ("unclosed mark + ~1 MB of articles", "“" + "\n\n".join(SEEDS * 30)),
    ):
        seconds = best_of(functools.partial(quote_stage, text), repeat=1)
        print(f"  {label:34} {len(text):>10,} chars {seconds:8.3f} s")


if __name__ == "__main__":
    main()
