"""Tokeniser and word-segmentation speed, side by side in one run.

    python -m pytest benchmarks/bench_tokenize.py --benchmark-only --benchmark-group-by=group
    python benchmarks/bench_tokenize.py     # the ratio tables for docs/benchmarks.md

Inputs: the bundled seed articles (28.6k characters, ~6,800 tokens).

* ``tokenize``: viscrape.tokenize against ``str.split`` (the floor: no offsets, no kinds, no
  punctuation split off), a one-line regex tokeniser with offsets
  (``re.finditer(r"\\w+|[^\\w\\s]")``), and underthesea's regex tokenizer
  (``underthesea.pipeline.word_tokenize.regex_tokenize.tokenize``, token strings only). Also
  timed: reading every token's kind (``tokenize(text).kinds``) and turning every token into a
  :class:`~viscrape.types.Token` object (``list(tokenize(text))``), which ``tokenize`` itself
  leaves to whoever reads them.
* ``word_tokenize``: each backend through viscrape against the backend called directly on the
  same paragraphs, so the cost of the wrapper (normalisation, sentence split, tokenisation,
  span bookkeeping) is visible. Models are loaded before timing.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from _common import best_of_interleaved, run_all, seed_texts

from viscrape.tokenize import tokenize, word_tokenize


def treebank_sentences() -> list[str]:
    """The 150 sentences of the UD-VTB slice under tests/fixtures, syllables joined by spaces."""
    path = Path(__file__).resolve().parent.parent / "tests/fixtures/ud-vtb"
    sentences, words = [], []
    for line in (path / "vi_vtb-ud-dev-first150.conllu").read_text(encoding="utf-8").splitlines():
        if not line.strip() and words:
            sentences.append(" ".join(words))
            words = []
        elif line[:1].isdigit():
            words.append(line.split("\t")[1].replace("_", " "))
    return sentences


SEEDS = seed_texts()
PARAGRAPHS = [paragraph for text in SEEDS for paragraph in text.split("\n") if paragraph.strip()]
SENTENCES = treebank_sentences()
_SIMPLE = re.compile(r"\w+|[^\w\s]")


def simple_regex(text: str) -> list[tuple[int, int, str]]:
    """The simplest tokeniser with offsets: runs of word characters, other characters alone."""
    return [(match.start(), match.end(), match.group()) for match in _SIMPLE.finditer(text)]


def with_kinds(text: str) -> object:
    return tokenize(text).kinds


def materialised(text: str) -> list[object]:
    return list(tokenize(text))


def underthesea_regex() -> Callable[[str], object]:
    module = pytest.importorskip("underthesea.pipeline.word_tokenize.regex_tokenize")
    return module.tokenize  # type: ignore[no-any-return]


def pyvi_direct() -> Callable[[str], object]:
    view = pytest.importorskip("pyvi.ViTokenizer")
    return view.ViTokenizer.tokenize  # type: ignore[no-any-return]


def underthesea_direct() -> Callable[[str], object]:
    return pytest.importorskip("underthesea").word_tokenize  # type: ignore[no-any-return]


TOKENIZERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "str.split": lambda: str.split,
    "viscrape tokenize": lambda: tokenize,
    "viscrape tokenize, then .kinds": lambda: with_kinds,
    "viscrape tokenize, then Token objects": lambda: materialised,
    'simple regex r"\\w+|[^\\w\\s]" with offsets': lambda: simple_regex,
    "underthesea regex tokenize": underthesea_regex,
}

WORD_TOKENIZERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "pyvi ViTokenizer.tokenize (direct)": pyvi_direct,
    'viscrape word_tokenize(backend="pyvi")': lambda: functools.partial(
        word_tokenize, backend="pyvi"
    ),
    "underthesea word_tokenize (direct)": underthesea_direct,
    'viscrape word_tokenize(backend="underthesea")': lambda: functools.partial(
        word_tokenize, backend="underthesea"
    ),
}


@pytest.mark.benchmark(group="tokenize-seeds")
@pytest.mark.parametrize("name", list(TOKENIZERS))
def test_tokenizers(benchmark, name: str) -> None:  # type: ignore[no-untyped-def]
    benchmark(run_all, TOKENIZERS[name](), SEEDS)


@pytest.mark.benchmark(group="word-tokenize-seeds")
@pytest.mark.parametrize("name", list(WORD_TOKENIZERS))
def test_word_tokenizers(benchmark, name: str) -> None:  # type: ignore[no-untyped-def]
    function = WORD_TOKENIZERS[name]()
    function(PARAGRAPHS[0])  # load the model
    benchmark(run_all, function, PARAGRAPHS)


def main() -> None:
    """Print the tables of docs/benchmarks.md."""
    characters = sum(map(len, SEEDS))
    token_count = sum(len(tokenize(text)) for text in SEEDS)
    functions = {name: make() for name, make in TOKENIZERS.items()}
    best = best_of_interleaved(
        {name: functools.partial(run_all, function, SEEDS) for name, function in functions.items()},
        rounds=30,
    )
    split, ours, theirs = best["str.split"], best["viscrape tokenize"], best[
        "underthesea regex tokenize"]
    print(f"seed articles: {len(SEEDS)} files, {characters:,} characters, {token_count:,} "
          "viscrape tokens; best of 30 interleaved rounds\n")
    print("| tokenizer | time | chars/s | vs str.split | viscrape tokenize speed-up |")
    print("|---|---|---|---|---|")
    for name, elapsed in best.items():
        print(f"| {name} | {elapsed * 1000:.2f} ms | {characters / elapsed / 1e6:.1f}M "
              f"| {elapsed / split:.1f}x | {elapsed / ours:.1f}x |")
    print(f"\nviscrape tokenize: {theirs / ours:.1f}x underthesea's regex tokenizer, "
          f"{ours / split:.1f}x the time of str.split")

    word_functions = {name: make() for name, make in WORD_TOKENIZERS.items()}
    for function in word_functions.values():
        function(PARAGRAPHS[0])
    for label, texts in (
        (f"the seed paragraphs ({len(PARAGRAPHS)} paragraphs)", PARAGRAPHS),
        (f"the UD-VTB slice ({len(SENTENCES)} short sentences)", SENTENCES),
    ):
        tokens = sum(len(tokenize(text)) for text in texts)
        best = best_of_interleaved(
            {name: functools.partial(run_all, function, texts)
             for name, function in word_functions.items()},
            rounds=9,
        )
        print(f"\nword segmentation of {label}, {tokens:,} tokens; best of 9 interleaved rounds\n")
        print("| call | time | tokens/s | wrapper overhead |")
        print("|---|---|---|---|")
        names = list(best)
        for direct, wrapped in (names[0:2], names[2:4]):
            for name in (direct, wrapped):
                overhead = (
                    "" if name == direct else f"{(best[wrapped] / best[direct] - 1) * 100:+.0f}%"
                )
                print(f"| {name} | {best[name] * 1000:.0f} ms | {tokens / best[name]:,.0f} "
                      f"| {overhead} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
