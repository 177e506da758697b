"""Normalisation speed: viscrape.normalize against underthesea.text_normalize, same run.

    python -m pytest benchmarks/bench_normalize.py --benchmark-only --benchmark-group-by=group
    python benchmarks/bench_normalize.py     # the ratio table for docs/benchmarks.md

Inputs: the bundled seed articles (clean), the same articles damaged (NFD, NBSP, zero-width
spaces, one paragraph as mojibake), and for linearity a 1 MB / 10 MB article text, a 1 MB
line without spaces and 100k combining marks in a row.  ``main`` also times one call per
sentence on 2,500 clean sentences of the UD Vietnamese-VTB treebank (as
``viscrape.word_tokenize`` calls ``normalize_with_offsets``), if ``../shared`` has it, and
each clean seed article in three states of the fast path's memory (see ``memory_states``).
"""

from __future__ import annotations

import functools
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import unicodedata2 as unicodedata

from _common import run_all, seed_texts

from viscrape.normalize import normalize, normalize_with_offsets


def damaged(text: str) -> str:
    paragraphs = text.split("\n\n")
    paragraphs[len(paragraphs) // 2] = (
        paragraphs[len(paragraphs) // 2].encode("utf-8").decode("latin-1"))
    text = "\n\n".join(paragraphs)
    return unicodedata.normalize("NFD", text).replace(" ", "\u00a0", 50).replace("à", "\u200bà")


SEEDS = seed_texts()
DAMAGED = [damaged(text) for text in SEEDS]


def underthesea_normalize() -> Callable[[str], object]:
    text_normalize = pytest.importorskip("underthesea").text_normalize
    return text_normalize  # type: ignore[no-any-return]


@pytest.mark.benchmark(group="seeds-clean")
def test_viscrape_clean(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, normalize, SEEDS)


@pytest.mark.benchmark(group="seeds-clean")
def test_viscrape_offsets_clean(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, normalize_with_offsets, SEEDS)


@pytest.mark.benchmark(group="seeds-clean")
def test_underthesea_clean(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, underthesea_normalize(), SEEDS)


@pytest.mark.benchmark(group="seeds-damaged")
def test_viscrape_damaged(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, normalize, DAMAGED)


@pytest.mark.benchmark(group="seeds-damaged")
def test_underthesea_damaged(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, underthesea_normalize(), DAMAGED)


def _large_inputs(megabytes: int) -> dict[str, str]:
    article = "\n\n".join(SEEDS)
    size = megabytes * 1_000_000
    return {
        f"{megabytes} MB articles": (article * (size // len(article) + 1))[:size],
        f"{megabytes} MB articles, damaged": ("\n\n".join(DAMAGED) * (
            size // len(article) + 1))[:size],
        f"{megabytes} MB line, no spaces": ("Nguyễnhòa" * (size // 9 + 1))[:size],
        f"{megabytes // 10 or 1}00k combining marks": "a" + "\u0301" * (megabytes * 100_000),
    }


@pytest.mark.benchmark(group="linear")
@pytest.mark.parametrize("name", list(_large_inputs(1)))
def test_viscrape_large(benchmark, name: str) -> None:  # type: ignore[no-untyped-def]
    text = _large_inputs(1)[name]
    benchmark.pedantic(normalize, args=(text,), rounds=3, iterations=1)


def _best(function: Callable[[], object], repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return min(timings)


def treebank_sentences(count: int = 2500) -> list[str]:
    """``count`` sentences of UD Vietnamese-VTB (dev, then train): words joined by spaces."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _ud import DEFAULT_TREEBANK, read_sentences

    if not DEFAULT_TREEBANK.is_dir():
        return []
    splits = ("vi_vtb-ud-dev.conllu", "vi_vtb-ud-train.conllu")
    return [" ".join(words) for words in read_sentences(DEFAULT_TREEBANK, splits)[:count]]


def _best_interleaved(functions: list[Callable[[], object]], repeats: int) -> list[float]:
    """Best time of each function over ``repeats`` rounds that run each once, in turn."""
    best = [float("inf")] * len(functions)
    for _ in range(repeats):
        for index, function in enumerate(functions):
            start = time.perf_counter()
            function()
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def memory_states(
    texts: list[str], warm_up: list[str], repeats: int = 7
) -> tuple[float, float, float, float]:
    """Seconds to normalise all of ``texts`` (each timed on its own, best of ``repeats``),
    with the memory of text seen (the token cache and LRU caches of the fast path):

    * empty, as in a process that has normalised nothing yet (tables already loaded);
    * after normalising ``warm_up`` and the other texts, so that each text is new;
    * after normalising the same text (what repeated runs measure);

    and underthesea's ``text_normalize`` on the same texts, timed in the same rounds."""
    from underthesea import text_normalize

    forget = importlib.import_module("viscrape.normalize")._forget
    best = [[float("inf")] * len(texts) for _ in range(4)]

    def timed(function: Callable[[str], object], text: str) -> float:
        start = time.perf_counter()
        function(text)
        return time.perf_counter() - start

    for _ in range(repeats):
        for index, text in enumerate(texts):
            forget()
            empty = timed(normalize, text)
            forget()
            for other in warm_up + texts[:index] + texts[index + 1:]:
                normalize(other)
            warm = timed(normalize, text)
            same = timed(normalize, text)
            theirs = timed(text_normalize, text)
            for row, timing in zip(best, (empty, warm, same, theirs), strict=True):
                row[index] = min(row[index], timing)
    empty, warm, same, theirs = (sum(row) for row in best)
    return empty, warm, same, theirs


def main() -> None:
    """Print the tables of docs/benchmarks.md (best of several runs, same process)."""
    from underthesea import text_normalize

    sentences = treebank_sentences()
    if sentences:
        unchanged = sum(normalize(sentence) == sentence for sentence in sentences)
        print(f"UD-VTB sentences: {len(sentences):,} ({unchanged:,} unchanged by normalize)\n")
        print("| one call per sentence | µs |")
        print("|---|---|")
        names = ("normalize_with_offsets", "normalize", "underthesea text_normalize")
        timings = _best_interleaved([
            functools.partial(run_all, function, sentences)
            for function in (normalize_with_offsets, normalize, text_normalize)], 7)
        for name, timing in zip(names, timings, strict=True):
            print(f"| {name} | {timing / len(sentences) * 1e6:.1f} |")
        print()

    chars = sum(len(text) for text in SEEDS)
    rows = []
    for label, texts in (("clean seed articles", SEEDS), ("damaged seed articles", DAMAGED)):
        # interleaved, so that a busy machine slows both sides alike
        ours, offsets, theirs = _best_interleaved([
            functools.partial(run_all, function, texts)
            for function in (normalize, normalize_with_offsets, text_normalize)], 20)
        rows.append((label, ours, offsets, theirs))
    print(f"seed articles: {len(SEEDS)} files, {chars:,} characters\n")
    print("| input | viscrape normalize | viscrape with offsets | underthesea text_normalize "
          "| speed-up |")
    print("|---|---|---|---|---|")
    for label, ours, offsets, theirs in rows:
        print(f"| {label} | {ours * 1000:.2f} ms ({chars / ours / 1e6:.1f}M chars/s) "
              f"| {offsets * 1000:.2f} ms | {theirs * 1000:.2f} ms "
              f"({chars / theirs / 1e6:.2f}M chars/s) | **{theirs / ours:.1f}x** |")
    empty, warm, same, theirs = memory_states(SEEDS, sentences)
    print("\n| state of the memory | viscrape normalize | vs underthesea |")
    print("|---|---|---|")
    for label, timing in (
            ("empty: the first article a process sees", empty),
            (f"after the {len(sentences):,} treebank sentences and the other four seeds, on the "
             "fifth (each in turn)", warm),
            ("the same article again", same)):
        print(f"| {label} | {timing * 1000:.2f} ms | {theirs / timing:.1f}x |")
    print(f"(underthesea text_normalize: {theirs * 1000:.2f} ms)")
    print("\n| linear-size input | size | time | chars/s |")
    print("|---|---|---|---|")
    for megabytes in (1, 10):
        for name, text in _large_inputs(megabytes).items():
            if megabytes == 10 and "combining" in name:
                continue
            elapsed = _best(functools.partial(normalize, text), 1 if megabytes == 10 else 3)
            print(f"| {name} | {len(text):,} | {elapsed:.3f} s | "
                  f"{len(text) / elapsed / 1e6:.2f}M |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
