"""Detection and repair of wrongly decoded Vietnamese: UTF-8 mojibake and legacy 8-bit codes.

Both repairs return *edits* ``(start, end, replacement)`` on the text they were given,
so that the caller can keep an offset map.  Decisions are made per line (mojibake) or
per run of Latin-1 words (legacy codes), from evidence, so that correct text is never
"repaired":

* mojibake: a UTF-8 byte sequence read as cp1252/Latin-1 (``Viá»‡t``) is repaired only
  on a line that has at least one sequence that cannot be ordinary text (it decodes to
  a letter beyond Latin-1, or to a lowercase accented letter, like ``Ã©``);
* legacy codes (TCVN3, VNI, VISCII): a run of words is converted only if some word is
  not Vietnamese as it stands but is after conversion, more words gain than lose, and
  most words of the run are Vietnamese syllables after conversion.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from viscrape._data import load_table
from viscrape._tone import is_syllable, is_well_placed_syllable

Edit = tuple[int, int, str]

# cp1252 bytes 0x80-0x9F that have a glyph, as characters -> byte
_CP1252_SPECIALS = {
    character: byte
    for byte in range(0x80, 0xA0)
    for character in [bytes([byte]).decode("cp1252", errors="ignore")]
    if character
}
_CONTINUATION = "[\x80-\xbf" + "".join(sorted(_CP1252_SPECIALS)) + "]"
# One UTF-8 sequence as cp1252/Latin-1 characters; no nested quantifiers, cannot backtrack.
MOJIBAKE_RE = re.compile(
    f"[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}|[\xf0-\xf4]{_CONTINUATION}{{3}}"
)
_LINE_RE = re.compile(r"[^\n]+")


def _decode_mojibake(sequence: str) -> str | None:
    data = bytes(_CP1252_SPECIALS.get(character, ord(character)) for character in sequence)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _is_strong(decoded: str) -> bool:
    """A decoded character that ordinary text would not spell as two or three Latin-1
    characters: a lowercase accented Latin letter, a Latin Extended or Vietnamese letter,
    or general punctuation (“ ” – …).  Uppercase Latin-1 letters, C1 controls and other
    scripts are weak: ``Ô”`` is more likely a capital before a quote than ``Ԕ``."""
    code = ord(decoded)
    return (0xE0 <= code <= 0x24F or 0x1E00 <= code <= 0x1EFF or 0x2000 <= code <= 0x206F
            or code == 0x20AC)


def mojibake_edits(text: str) -> list[Edit]:
    """Edits repairing UTF-8 read as cp1252/Latin-1, on lines with clear evidence.

    >>> mojibake_edits("Viá»‡t Nam")
    [(2, 5, 'ệ')]
    >>> mojibake_edits("Ã” là chữ Ô")  # a lone weak sequence is left alone
    []
    """
    edits: list[Edit] = []
    line_edits: list[Edit] = []
    line_strong = False
    line_end = -1
    for match in MOJIBAKE_RE.finditer(text):
        start = match.start()
        if start >= line_end:
            if line_strong:
                edits.extend(line_edits)
            line_edits, line_strong = [], False
            newline = text.find("\n", start)
            line_end = len(text) if newline < 0 else newline
        decoded = _decode_mojibake(match.group())
        if decoded is None:
            continue
        line_edits.append((start, match.end(), decoded))
        line_strong = line_strong or _is_strong(decoded)
    if line_strong:
        edits.extend(line_edits)
    return edits


@functools.cache
def _single_byte_table(name: str) -> dict[int, str]:
    table: dict[int, str] = {}
    for row in load_table(f"encodings/{name}.tsv"):
        table[int(row[0], 16)] = row[2]
    return table


@functools.cache
def _vni_table() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("encodings/vni.tsv")}


@functools.cache
def _vni_pattern() -> re.Pattern[str]:
    sequences = sorted(_vni_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(sequence) for sequence in sequences))


def decode_tcvn3(word: str) -> str:
    """Read Latin-1 characters as TCVN3 (ABC). ``decode_tcvn3("ViÖt")`` is ``'Việt'``."""
    return word.translate(_single_byte_table("tcvn3"))


def decode_viscii(word: str) -> str:
    """Read Latin-1 characters as VISCII. ``decode_viscii("Vi®t")`` is ``'Việt'``."""
    return word.translate(_single_byte_table("viscii"))


def decode_vni(word: str) -> str:
    """Read Latin-1 characters as VNI-Windows. ``decode_vni("Vieät")`` is ``'Việt'``."""
    table = _vni_table()
    return _vni_pattern().sub(lambda match: table[match.group()], word)


DECODERS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("tcvn3", decode_tcvn3),
    ("vni", decode_vni),
    ("viscii", decode_viscii),
)

# Latin-1 letters Vietnamese itself uses; any other Latin-1 character on a line
# (or a C1 control, which is how VISCII capitals arrive) makes the line worth a look.
_VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
# Latin-1 characters that Vietnamese text does not use: a line with one is worth a look.
# A VNI line is found through its bytes for ư, đ, huyền, hỏi and nặng (ö ñ ø û ï); a
# short line with none of them (only sắc, ngã and hats, like "treân") is left alone.
TRIGGER_PATTERN = (
    "["
    + "".join(
        re.escape(chr(code))
        for code in range(0x80, 0x100)
        if code != 0xA0 and chr(code) not in _VIETNAMESE_LATIN1
    )
    + "]"
)
_TRIGGER_RE = re.compile(TRIGGER_PATTERN)
# a word: letters, plus the Latin-1 symbols that legacy codes use as letters (¸ µ « ­ ...)
# (one character class, so that a huge run cannot make the regex engine slow down)
_WORD_RE = re.compile("[\\w\x80-\x9f\xa1-\xbf\xd7\xf7]+")
_HAS_ASCII_LETTER = re.compile("[A-Za-z]")


def _lines_with_triggers(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    while True:
        match = _TRIGGER_RE.search(text, position)
        if match is None:
            return
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        yield start, end
        position = end


def _runs(words: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    """Split a line's words at words with letters beyond Latin-1: those are Unicode."""
    run: list[re.Match[str]] = []
    for word in words:
        if max(word.group()) > "\xff":
            if run:
                yield run
            run = []
        else:
            run.append(word)
    if run:
        yield run


def _convert_run(run: list[re.Match[str]]) -> list[Edit]:
    """Edits for one run of Latin-1 words, in the code that explains it best, if any.

    A word *gains* if it is no Vietnamese syllable as written but a well-placed one
    after conversion (and has an ASCII letter, and more than soft hyphens for evidence);
    it *loses* in the opposite case.  The run converts if words gain more than lose and
    at least half its words are syllables after conversion; then every word converts
    except those that would lose (foreign names with legacy bytes come out right too).
    """
    best: tuple[tuple[int, int], list[Edit]] | None = None
    for _, decode in DECODERS:
        gained = lost = valid = 0
        edits: list[Edit] = []
        for word in run:
            original = word.group()
            converted = decode(original)
            converted_ok = is_well_placed_syllable(converted)
            valid += converted_ok
            if converted == original:
                continue
            original_ok = is_syllable(original)
            if converted_ok and not original_ok:
                evidence = original.replace("\xad", "")
                gained += (_HAS_ASCII_LETTER.search(original) is not None
                           and decode(evidence) != evidence)
            elif original_ok and not converted_ok:
                lost += 1
                continue
            edits.append((word.start(), word.end(), converted))
        score = (gained - lost, valid)
        if gained > lost and 2 * valid >= len(run) and (best is None or score > best[0]):
            best = (score, edits)
    return best[1] if best else []


def legacy_edits(text: str) -> list[Edit]:
    """Edits converting runs of TCVN3, VNI or VISCII text read as Latin-1.

    >>> legacy_edits("ViÖt Nam")
    [(0, 4, 'Việt')]
    >>> legacy_edits("Chaøo Vieät Nam")
    [(0, 5, 'Chào'), (6, 11, 'Việt')]
    >>> legacy_edits("Müller et Hélène")
    []
    """
    edits: list[Edit] = []
    for start, end in _lines_with_triggers(text):
        words = list(_WORD_RE.finditer(text, start, end))
        for run in _runs(words):
            edits.extend(_convert_run(run))
    return edits
