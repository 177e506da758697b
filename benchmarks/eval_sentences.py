"""Sentence-boundary F1 on UD Vietnamese-VTB (train + dev): viscrape vs underthesea.

Usage: python benchmarks/eval_sentences.py [TREEBANK_DIR] [SENTENCES_PER_PARAGRAPH]
(defaults ../shared/data/ud-vietnamese-vtb/ and 5).

The gold sentences are detokenised (no space before , . ) ” and after ( “) and concatenated,
in treebank order, into paragraphs of N sentences joined by a space; each paragraph is given
to each segmenter on its own. A boundary is the end offset of a sentence inside a paragraph
(the paragraph end is not counted). Also prints characters per second of each segmenter
measured in the same run (best of 5 passes over all paragraphs, the segmenters taking turns,
so that load on the machine hits them alike).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _ud import DEFAULT_TREEBANK, detokenize, read_sentences

from viscrape import segment_sentences


def ends_from_strings(paragraph: str, sentences: list[str]) -> set[int]:
    ends = set()
    cursor = 0
    for sentence in sentences:
        found = paragraph.find(sentence, cursor)
        if found < 0:
            continue
        cursor = found + len(sentence)
        ends.add(cursor)
    return ends


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TREEBANK
    per_paragraph = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    sentences = [detokenize(words) for words in read_sentences(directory)]
    paragraphs: list[tuple[str, set[int]]] = []
    for first in range(0, len(sentences), per_paragraph):
        group = sentences[first : first + per_paragraph]
        text, ends = "", set()
        for sentence in group:
            text = f"{text} {sentence}" if text else sentence
            ends.add(len(text))
        ends.discard(len(text))
        paragraphs.append((text, ends))
    total_chars = sum(len(text) for text, _ in paragraphs)
    from underthesea import sent_tokenize

    tools: dict[str, Callable[[str], set[int]]] = {
        "underthesea sent_tokenize": lambda text: ends_from_strings(text, sent_tokenize(text)),
        "viscrape segment_sentences": lambda text: {span.end for span in segment_sentences(text)},
    }
    print(
        f"UD Vietnamese-VTB train+dev: {len(sentences)} sentences in {len(paragraphs)} "
        f"paragraphs of {per_paragraph}, {total_chars:,} characters\n"
    )
    print("| segmenter | P | R | F1 | paragraphs exact | chars/s |")
    print("|---|---|---|---|---|---|")
    best = dict.fromkeys(tools, float("inf"))
    predictions: dict[str, list[set[int]]] = {}
    for _ in range(5):
        for name, function in tools.items():
            started = time.perf_counter()
            predictions[name] = [function(text) for text, _ in paragraphs]
            best[name] = min(best[name], time.perf_counter() - started)
    for name, predicted in predictions.items():
        elapsed = best[name]
        correct = found = expected = exact = 0
        for (text, gold), ends in zip(paragraphs, predicted, strict=True):
            ends = {end for end in ends if end < len(text.rstrip())}
            correct += len(gold & ends)
            found += len(ends)
            expected += len(gold)
            exact += gold == ends
        precision, recall = correct / max(found, 1), correct / max(expected, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(
            f"| {name} | {100 * precision:.2f} | {100 * recall:.2f} | **{100 * f1:.2f}** | "
            f"{100 * exact / len(paragraphs):.1f}% | {total_chars / elapsed:,.0f} |"
        )


if __name__ == "__main__":
    main()
