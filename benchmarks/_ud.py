"""Reading the UD Vietnamese-VTB treebank (CoNLL-U) for the segmentation evaluations."""

from __future__ import annotations

import re
from pathlib import Path

DEFAULT_TREEBANK = Path(__file__).resolve().parent.parent.parent / "shared/data/ud-vietnamese-vtb"
SPLITS = ("vi_vtb-ud-train.conllu", "vi_vtb-ud-dev.conllu")


def read_sentences(directory: Path, files: tuple[str, ...] = SPLITS) -> list[list[str]]:
    """Gold words (syllables separated by spaces) of every sentence in the given splits."""
    sentences: list[list[str]] = []
    for name in files:
        words: list[str] = []
        for line in (directory / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    sentences.append(words)
                words = []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if columns[0].isdigit():
                    words.append(columns[1].replace("_", " "))
        if words:
            sentences.append(words)
    return sentences


_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]}”’…%])")
_NO_SPACE_AFTER = re.compile(r"([(\[{“‘]) ")


def detokenize(words: list[str]) -> str:
    """Join gold words into running text: no space before , . ) ” etc., none after ( “."""
    text = " ".join(words)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    pieces = text.split('"')
    if len(pieces) % 2 == 1 and len(pieces) > 1:  # balanced straight quotes: "a b" -> "a b"
        rebuilt = pieces[0]
        for index, piece in enumerate(pieces[1:], start=1):
            if index % 2 == 1:
                rebuilt = rebuilt.rstrip() + (" " if rebuilt.strip() else "") + '"' + piece.lstrip()
            else:
                rebuilt = rebuilt.rstrip() + '"' + piece
        text = rebuilt
    else:  # an unbalanced quote opens after a colon or at the start: ': " Coi' -> ': "Coi'
        text = re.sub(r'(^|[:,] )" ', r'\1"', text)
    return text
