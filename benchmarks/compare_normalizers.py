"""Which defects does each normaliser fix?  viscrape.normalize against underthesea.

    python benchmarks/compare_normalizers.py

For every kind of damage, each seed article (the bundled samples) is damaged in a fixed,
seeded way and normalised; a case counts as fixed when the clean original comes back
exactly.  underthesea's ``text_normalize`` re-joins tokens with single spaces, so it is
also scored on the layout-free comparison (both sides' whitespace collapsed), which is
kinder to it.  A second table runs the 35-case tone battery of the reference notes; a third
encodes every line of the seed articles alone in TCVN3 and VNI (short lines, of four words or
fewer, counted apart: they rarely hold a byte Vietnamese never uses), and, if ``../shared``
has the UD Vietnamese-VTB treebank, 1 to 4 consecutive tokens of each dev sentence.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import unicodedata2 as unicodedata

from viscrape._data import load_table
from viscrape.normalize import normalize


def seeds() -> list[str]:
    folder = resources.files("viscrape").joinpath("data", "samples")
    texts = [entry.read_text(encoding="utf-8") for entry in sorted(
        folder.iterdir(), key=lambda entry: entry.name) if entry.name.endswith(".txt")]
    return [normalize(text) for text in texts]  # the one double space collapsed


def _encoder(name: str) -> dict[str, str]:
    if name == "vni":
        return {row[1]: row[0] for row in load_table("encodings/vni.tsv")}
    return {row[2]: bytes([int(row[0], 16)]).decode("latin-1")
            for row in load_table(f"encodings/{name}.tsv")}


def _encode_lines(text: str, table: dict[str, str], rng: random.Random) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if rng.random() < 0.5 and all(char in table or char.isascii() for char in line):
            lines[index] = "".join(table.get(char, char) for char in line)
    return "\n".join(lines)


def _move_tones(text: str, rng: random.Random) -> str:
    swaps = {"hòa": "hoà", "Hòa": "Hoà", "thủy": "thuỷ", "khỏe": "khoẻ", "Ủy": "Uỷ",
             "ủy": "uỷ", "hóa": "hoá", "tọa": "toạ", "người": "ngừơi", "được": "đựơc",
             "Nguyễn": "Nguỹên", "quyền": "quỳên", "tiến": "tiêń", "bài": "baì"}
    for right, wrong in swaps.items():
        if rng.random() < 0.8:
            text = text.replace(right, wrong)
    return text


def _sprinkle(text: str, characters: list[str], rng: random.Random) -> str:
    words = text.split(" ")
    for index in rng.sample(range(len(words)), k=min(40, len(words))):
        cut = rng.randrange(len(words[index]) + 1)
        words[index] = words[index][:cut] + rng.choice(characters) + words[index][cut:]
    return " ".join(words)


DAMAGE: dict[str, Callable[[str, random.Random], str]] = {
    "none (clean text must not change)": lambda text, rng: text,
    "NFD": lambda text, rng: unicodedata.normalize("NFD", text),
    "mixed NFC/NFD": lambda text, rng: "".join(
        unicodedata.normalize("NFD", char) if rng.random() < 0.5 else char for char in text),
    "tone marks moved (hoà style, typos)": _move_tones,
    "invisible characters": lambda text, rng: _sprinkle(
        text, ["\u200b", "\ufeff", "\u00ad", "\u200c", "\u2060"], rng),
    "odd spaces, CRLF": lambda text, rng: text.replace(" ", "\u00a0", 30).replace(
        "\n", "\r\n").replace(". ", ".  "),
    "UTF-8 read as cp1252/Latin-1": lambda text, rng: text.encode("utf-8").decode("latin-1"),
    "TCVN3 lines": lambda text, rng: _encode_lines(text, _encoder("tcvn3"), rng),
    "VNI lines": lambda text, rng: _encode_lines(text, _encoder("vni"), rng),
}

BATTERY_FIX = ["hoà", "Hoà", "HOÀ", "khoẻ", "thuỷ", "tuỳ", "Thuỵ", "loà", "xoà", "nhoè",
               "hoạ", "toả", "oà", "luỹ", "thoả"]
BATTERY_KEEP = ["hoàn", "suýt", "huỳnh", "khuỷu", "khoét", "huých", "choàng", "quý", "quỳ",
                "quỷ", "Quý", "thuở", "huệ", "thuyền", "hòa", "khỏe", "thủy", "toàn", "hoạch",
                "quạ"]


def _layout_free(text: str) -> str:
    return re.sub(r"\s+", "", text)


def main() -> None:
    from underthesea import text_normalize

    texts = seeds()
    print("| damage | viscrape (exact) | underthesea (exact) | underthesea (ignoring layout) |")
    print("|---|---|---|---|")
    for label, damage in DAMAGE.items():
        ours = theirs = theirs_loose = 0
        for index, text in enumerate(texts):
            damaged = damage(text, random.Random(index))
            ours += normalize(damaged) == text
            result = text_normalize(damaged)
            theirs += result == text
            theirs_loose += _layout_free(result) == _layout_free(text)
        total = len(texts)
        print(f"| {label} | {ours}/{total} | {theirs}/{total} | {theirs_loose}/{total} |")

    expected = {word: normalize(word) for word in BATTERY_FIX}
    first_vowel = {"hoà": "hòa", "Hoà": "Hòa", "HOÀ": "HÒA", "khoẻ": "khỏe", "thuỷ": "thủy",
                   "tuỳ": "tùy", "Thuỵ": "Thụy", "loà": "lòa", "xoà": "xòa", "nhoè": "nhòe",
                   "hoạ": "họa", "toả": "tỏa", "oà": "òa", "luỹ": "lũy", "thoả": "thỏa"}
    assert expected == first_vowel
    cases = [(word, first_vowel[word]) for word in BATTERY_FIX] + [
        (word, word) for word in BATTERY_KEEP]
    print("\n| tone battery (35 cases) | viscrape | underthesea |")
    print("|---|---|---|")
    for label, prepare in (("NFC input", lambda word: word),
                           ("NFD input", lambda word: unicodedata.normalize("NFD", word))):
        ours = sum(normalize(prepare(word)) == want for word, want in cases)
        theirs = sum(text_normalize(prepare(word)) == want for word, want in cases)
        print(f"| {label} | {ours}/35 | {theirs}/35 |")

    print("\n| seed lines, each alone in a legacy code | short lines (<= 4 words) | longer lines |")
    print("|---|---|---|")
    lines = {line for text in texts for line in text.split("\n") if not line.isascii()}
    for name in ("tcvn3", "vni"):
        table = _encoder(name)
        counts = {True: [0, 0], False: [0, 0]}
        for line in sorted(lines):
            if not all(char in table or char.isascii() for char in line):
                continue
            encoded = "".join(table.get(char, char) for char in line)
            short = len(line.split()) <= 4
            counts[short][0] += normalize(encoded) == line
            counts[short][1] += 1
        print(f"| {name.upper()} | {counts[True][0]}/{counts[True][1]} "
              f"| {counts[False][0]}/{counts[False][1]} |")
    treebank_short_lines()


def treebank_short_lines() -> None:
    """Short lines cut from UD-VTB dev sentences, each alone in a legacy code: how many
    come back, and how many clean ones the legacy step changes."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _ud import DEFAULT_TREEBANK, read_sentences

    if not DEFAULT_TREEBANK.is_dir():
        return
    rng = random.Random(1)
    short = []
    for words in read_sentences(DEFAULT_TREEBANK, ("vi_vtb-ud-dev.conllu",)):
        tokens = " ".join(words).split()
        for count in (1, 2, 3, 4):
            first = rng.randrange(max(1, len(tokens) - count + 1))
            short.append(" ".join(tokens[first:first + count]))
    short = [line for line in short if not line.isascii()]
    changed = sum(normalize(line) != normalize(line, legacy_encodings=False) for line in short)
    print(f"\nUD-VTB dev, 1-4 tokens per line: {len(short):,} clean lines, {changed} changed "
          "by the legacy step\n")
    print("| code | lines it can write | come back exactly |")
    print("|---|---|---|")
    for name in ("tcvn3", "vni", "viscii"):
        table = _encoder(name)
        cases = [line for line in short if all(char in table or char.isascii() for char in line)]
        encoded = [("".join(table.get(char, char) for char in line), line) for line in cases]
        encoded = [(raw, line) for raw, line in encoded if raw != line]
        right = sum(normalize(raw) == line for raw, line in encoded)
        print(f"| {name.upper()} | {len(encoded):,} | {right:,} ({right / len(encoded):.0%}) |")


if __name__ == "__main__":
    main()
