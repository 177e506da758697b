"""Word-segmentation F1 on UD Vietnamese-VTB (train + dev): viscrape vs underthesea vs pyvi.

Usage: python benchmarks/eval_word_segmentation.py [TREEBANK_DIR]
(default ../shared/data/ud-vietnamese-vtb/ relative to the repository root).

Input to every tool: the gold syllables of a sentence joined by single spaces. A word is scored
as its character span in the sentence with all spaces and underscores removed, so tools that
tokenise differently are compared on the same footing. Also prints words/s of each backend
called directly and through viscrape (the wrapper overhead).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _ud import DEFAULT_TREEBANK, read_sentences  # noqa: E402

from viscrape import word_tokenize  # noqa: E402


def spans(words: Iterable[str]) -> set[tuple[int, int]]:
    result = set()
    position = 0
    for word in words:
        length = len(word.replace(" ", "").replace("_", ""))
        if length:
            result.add((position, position + length))
            position += length
    return result


def score(gold: list[list[str]], predicted: list[list[str]]) -> tuple[float, float, float]:
    correct = predicted_count = gold_count = 0
    for gold_words, predicted_words in zip(gold, predicted):
        gold_spans, predicted_spans = spans(gold_words), spans(predicted_words)
        correct += len(gold_spans & predicted_spans)
        predicted_count += len(predicted_spans)
        gold_count += len(gold_spans)
    precision, recall = correct / predicted_count, correct / gold_count
    return 100 * precision, 100 * recall, 200 * precision * recall / (precision + recall)


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TREEBANK
    gold = read_sentences(directory)
    inputs = [" ".join(words) for words in gold]
    word_count = sum(len(words) for words in gold)
    from pyvi import ViTokenizer
    from underthesea import word_tokenize as underthesea_word_tokenize

    tools: dict[str, Callable[[str], list[str]]] = {
        "underthesea word_tokenize (direct)": underthesea_word_tokenize,
        "pyvi ViTokenizer.tokenize (direct)": lambda s: ViTokenizer.ViTokenizer.tokenize(s).split(),
        'viscrape word_tokenize(backend="underthesea")': (
            lambda s: word_tokenize(s, backend="underthesea")
        ),
        'viscrape word_tokenize(backend="pyvi")': lambda s: word_tokenize(s, backend="pyvi"),
        "baseline: every syllable a word": str.split,
    }
    for function in tools.values():  # load models before timing
        function(inputs[0])
    print(f"UD Vietnamese-VTB train+dev: {len(gold)} sentences, {word_count} gold words\n")
    print("| tool | P | R | F1 | words/s |")
    print("|---|---|---|---|---|")
    for name, function in tools.items():
        started = time.perf_counter()
        predicted = [function(sentence) for sentence in inputs]
        elapsed = time.perf_counter() - started
        precision, recall, f1 = score(gold, predicted)
        print(f"| {name} | {precision:.2f} | {recall:.2f} | **{f1:.2f}** | {word_count / elapsed:,.0f} |")


if __name__ == "__main__":
    main()
