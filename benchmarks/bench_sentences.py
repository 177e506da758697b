"""Sentence segmentation speed: viscrape.segment_sentences against underthesea's
sent_tokenize and the simplest baseline (a regex split after ``[.?!]`` and whitespace), same run.

    python -m pytest benchmarks/bench_sentences.py --benchmark-only --benchmark-group-by=group
    python benchmarks/bench_sentences.py [TREEBANK_DIR]   # the ratio table (chars/s)

Inputs: the five bundled seed articles (the same texts as tests/fixtures/0*.txt), each given
whole; the UD Vietnamese-VTB train+dev sentences joined into paragraphs of five (as in
eval_sentences.py; ../shared/data/ud-vietnamese-vtb/ by default, skipped when absent); and,
for linearity, the seeds repeated to 1 MB and one 1 MB line.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _ud import DEFAULT_TREEBANK, detokenize, read_sentences

from _common import best_of_interleaved, run_all, seed_texts

from viscrape import segment_sentences

_BASELINE_RE = re.compile(r"(?<=[.?!])\s+")


def ud_paragraphs(directory: Path = DEFAULT_TREEBANK, per_paragraph: int = 5) -> list[str]:
    """The gold sentences of UD-VTB train+dev, detokenised, in paragraphs of ``per_paragraph``."""
    sentences = [detokenize(words) for words in read_sentences(directory)]
    return [" ".join(sentences[first : first + per_paragraph])
            for first in range(0, len(sentences), per_paragraph)]


def baseline_split(text: str) -> list[str]:
    """The simplest segmenter: split after ``.``, ``?`` or ``!`` followed by whitespace."""
    return [piece for piece in _BASELINE_RE.split(text.strip()) if piece]


def underthesea_sent_tokenize() -> Callable[[str], object]:
    sent_tokenize = pytest.importorskip("underthesea").sent_tokenize
    return sent_tokenize  # type: ignore[no-any-return]


SEEDS = seed_texts()


@pytest.mark.benchmark(group="seeds")
def test_viscrape_seeds(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, segment_sentences, SEEDS)


@pytest.mark.benchmark(group="seeds")
def test_underthesea_seeds(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, underthesea_sent_tokenize(), SEEDS)


@pytest.mark.benchmark(group="seeds")
def test_baseline_seeds(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, baseline_split, SEEDS)


@functools.lru_cache(maxsize=1)
def _ud() -> list[str]:
    if not DEFAULT_TREEBANK.is_dir():
        pytest.skip(f"UD Vietnamese-VTB not found at {DEFAULT_TREEBANK}")
    return ud_paragraphs()


@pytest.mark.benchmark(group="ud-paragraphs")
def test_viscrape_ud(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, segment_sentences, _ud())


@pytest.mark.benchmark(group="ud-paragraphs")
def test_underthesea_ud(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, underthesea_sent_tokenize(), _ud())


@pytest.mark.benchmark(group="ud-paragraphs")
def test_baseline_ud(benchmark) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, baseline_split, _ud())


def _large_inputs() -> dict[str, str]:
    article = "\n\n".join(SEEDS)
    size = 1_000_000
    return {
        "1 MB articles": (article * (size // len(article) + 1))[:size],
        "1 MB line": (article.replace("\n", " ") * (size // len(article) + 1))[:size],
    }


@pytest.mark.benchmark(group="linear")
@pytest.mark.parametrize("name", list(_large_inputs()))
def test_viscrape_large(benchmark, name: str) -> None:  # type: ignore[no-untyped-def]
    text = _large_inputs()[name]
    benchmark.pedantic(segment_sentences, args=(text,), rounds=3, iterations=1)


def main() -> None:
    """Print the ratio tables: characters per second and speed relative to underthesea."""
    from underthesea import sent_tokenize

    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TREEBANK
    inputs = {"seed articles": SEEDS}
    if directory.is_dir():
        inputs["UD-VTB paragraphs of 5"] = ud_paragraphs(directory)
    segmenters: dict[str, Callable[[str], object]] = {
        "viscrape segment_sentences": segment_sentences,
        "underthesea sent_tokenize": sent_tokenize,
        "regex split after [.?!]": baseline_split,
    }
    for label, texts in inputs.items():
        chars = sum(len(text) for text in texts)
        best = best_of_interleaved(
            {name: functools.partial(run_all, function, texts)
             for name, function in segmenters.items()},
            30,
        )
        reference = best["underthesea sent_tokenize"]
        print(f"\n{label}: {len(texts)} texts, {chars:,} characters (best of 30, interleaved)\n")
        print("| segmenter | time | chars/s | vs underthesea |")
        print("|---|---|---|---|")
        for name, elapsed in best.items():
            print(f"| {name} | {elapsed * 1000:.2f} ms | {chars / elapsed / 1e6:.2f}M "
                  f"| {reference / elapsed:.2f}x |")
    print("\n| linear-size input | size | time | chars/s |")
    print("|---|---|---|---|")
    for name, text in _large_inputs().items():
        elapsed = best_of_interleaved({name: functools.partial(segment_sentences, text)}, 3)
        print(f"| {name} | {len(text):,} | {elapsed[name]:.3f} s "
              f"| {len(text) / elapsed[name] / 1e6:.2f}M |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
