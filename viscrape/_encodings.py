"""Detection and repair of wrongly decoded Vietnamese: UTF-8 mojibake and legacy 8-bit codes.

Both repairs return *edits* ``(start, end, replacement)`` on the text they were given,
so that the caller can keep an offset map.  Decisions are made per line (mojibake) or
per run of Latin-1 words (legacy codes), from evidence, so that correct text is never
"repaired":

* mojibake: a UTF-8 byte sequence read as cp1252/Latin-1 (``Viá»‡t``) is repaired only
  on a line that has at least one sequence that cannot be ordinary text (it decodes to
  a letter beyond Latin-1, or to a lowercase accented letter, like ``Ã©``);
* legacy codes (TCVN3, VNI, VISCII): a line is looked at if it holds a character
  Vietnamese does not use or a word of Latin-1 letters that is no Vietnamese syllable
  (``treân``); a run of its words converts in a code if more words are for the code (no
  syllable as written, one after conversion) than against it (words the code could not
  have written, or that convert into no syllable), and most of the run's words are
  syllables after conversion (see :func:`_weigh` and :func:`_convert_run`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

import unicodedata2 as unicodedata

from viscrape._data import load_table
from viscrape._tone import STYLE_KEEP, is_placed_syllable, is_syllable, is_well_placed_syllable

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
# (One class first, so that the regex engine skips quickly to the lead bytes.)
MOJIBAKE_RE = re.compile(
    f"[\xc2-\xf4](?:(?<=[\xc2-\xdf]){_CONTINUATION}|(?<=[\xe0-\xef]){_CONTINUATION}{{2}}"
    f"|(?<=[\xf0-\xf4]){_CONTINUATION}{{3}})"
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


_DECODER = dict(DECODERS)


@functools.cache
def _encoding_table(name: str) -> dict[str, str]:
    """Vietnamese letter -> how the code ``name`` writes it, read as Latin-1."""
    if name == "vni":
        return {letter: sequence for sequence, letter in _vni_table().items()}
    return {letter: chr(byte) for byte, letter in _single_byte_table(name).items()}


def encode(name: str, text: str) -> str:
    """Write ``text`` in the legacy code ``name`` and read it back as Latin-1.

    >>> encode("tcvn3", "Việt"), encode("vni", "Việt"), encode("viscii", "Việt")
    ('ViÖt', 'Vieät', 'Vi®t')
    """
    table = _encoding_table(name)
    return "".join([table.get(character, character) for character in text])


# Latin-1 letters Vietnamese itself uses; any other Latin-1 character on a line
# (or a C1 control, which is how VISCII capitals arrive) makes the line worth a look.
_VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
# Latin-1 characters that Vietnamese text does not use: a line with one is worth a look.
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
# A run of ASCII letters and the Latin-1 letters Vietnamese uses: if it has one of the
# latter and is no Vietnamese syllable (``treân``, ``muèn``), its line is worth a look
# too, because VNI and TCVN3 also write with those letters.  (A run may be part of a
# word with other letters, ``oàn`` of ``Đoàn``: that only makes a line worth a look.)
# Only runs with such a letter are found (the lookbehind: only at a run's start, so that
# the scan stays linear).
_NON_ASCII_RUN_RE = re.compile(
    f"(?<![A-Za-z{_VIETNAMESE_LATIN1}])[A-Za-z]*[{_VIETNAMESE_LATIN1}][A-Za-z{_VIETNAMESE_LATIN1}]*")
# a word: letters, plus the Latin-1 symbols that legacy codes use as letters (¸ µ « ­ ...)
# (one character class, so that a huge run cannot make the regex engine slow down)
_WORD_RE = re.compile("[\\w\x80-\x9f\xa1-\xbf\xd7\xf7]+")
_HAS_LETTER = re.compile("[^\\W\\d_]")
_HAS_ASCII_LETTER = re.compile("[A-Za-z]")


def _normal_case(word: str) -> bool:
    """Written in lower case, capitalised or in capitals, as Vietnamese words are (TCVN3
    writes some small toned letters with Latin-1 capitals: ``tÊn`` is ``tấn``)."""
    return word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())


@functools.lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    """A Vietnamese syllable, in a normal case; its tone mark may be misplaced."""
    return _normal_case(word) and is_syllable(word)


@functools.lru_cache(maxsize=65536)
def _is_well_placed(word: str) -> bool:
    """A Vietnamese syllable, in a normal case, with its tone mark where one of the two
    conventions puts it (what a converter produces, and what careful text has)."""
    return is_placed_syllable(word, STYLE_KEEP) or (
        _normal_case(word) and is_well_placed_syllable(word))


def is_plain_latin1(text: str) -> bool:
    """Whether the legacy-code repair has nothing to look at in ``text``: no character
    Vietnamese does not use, and no run of the Latin-1 letters Vietnamese uses that is
    no well-placed syllable in a normal case (``doõi``, ``muèn``, ``tÊn``, ``café``).

    >>> is_plain_latin1("Theo dõi trên"), is_plain_latin1("Theo doõi"), is_plain_latin1("ViÖt")
    (True, False, False)
    """
    return _TRIGGER_RE.search(text) is None and all(
        _is_well_placed(run) for run in _NON_ASCII_RUN_RE.findall(text))


def _lines_where(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    """Start offsets of the lines where ``pattern`` has a match; each line is searched
    only up to its first match."""
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        yield text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if end < 0:
            return
        position = end


def _tokens_pattern(tokens: set[str]) -> re.Pattern[str]:
    """A regex finding any of ``tokens`` between blanks (each lookbehind sits after its
    token, so that the regex engine can skip to the tokens' first characters)."""
    branches = [f"{re.escape(token)}(?<!\\S.{{{len(token)}}})"
                for token in sorted(tokens, key=len, reverse=True)]
    return re.compile(f"(?:{'|'.join(branches)})(?!\\S)")


def is_plain_token(token: str) -> bool:
    """:func:`is_plain_latin1` for one token (a run of non-blanks), remembered in an LRU
    cache if it is short.

    >>> is_plain_token("trên"), is_plain_token("treân")
    (True, False)
    """
    return _cached_plain(token) if len(token) <= _MAX_TOKEN_IN_PATTERN else is_plain_latin1(token)


@functools.lru_cache(maxsize=65536)
def _cached_plain(token: str) -> bool:
    return is_plain_latin1(token)


_MAX_ODD_RUNS = 8  # suspicious runs: with more, each token is looked at on its own


def legacy_suspects(tokens: Iterable[str]) -> set[str]:
    """The tokens that are not plain (see :func:`is_plain_latin1`), found in bulk: one
    scan of all of them for characters Vietnamese does not use and one for runs of
    Latin-1 letters; only the tokens with something suspicious are looked at one by one.

    >>> sorted(legacy_suspects(["Theo", "doõi", "trên", "ViÖt", "(António)", "Hà"]))
    ['(António)', 'ViÖt', 'doõi']
    """
    tokens = set(tokens)
    joined = " ".join(tokens)
    suspects: set[str] = set()
    if _TRIGGER_RE.search(joined) is not None:
        suspects = {token for token in tokens if _TRIGGER_RE.search(token) is not None}
        tokens -= suspects
        joined = " ".join(tokens)
    odd = [run for run in set(_NON_ASCII_RUN_RE.findall(joined)) if not _is_well_placed(run)]
    if len(odd) > _MAX_ODD_RUNS:
        suspects.update(token for token in tokens if not is_plain_token(token))
    elif odd:  # the tokens that hold such a run (a substring test finds a few more)
        suspects.update(token for token in tokens if any(run in token for run in odd)
                        and not is_plain_token(token))
    return suspects


_MAX_TOKENS_IN_PATTERN = 64
_MAX_TOKEN_IN_PATTERN = 64  # characters


def _candidate_lines(text: str, suspects: set[str] | None = None) -> list[tuple[int, int]]:
    """Lines ``(start, end)`` that hold a token that is not plain (a character
    Vietnamese does not use, or a suspicious word: see :func:`is_plain_latin1`);
    ``suspects``, if given, are the text's tokens that are not plain."""
    starts = set(_lines_where(_TRIGGER_RE, text))
    if suspects is None:
        suspects = legacy_suspects(text.split())
    # a token with a character Vietnamese does not use: its line is found already
    suspects = {token for token in suspects if _TRIGGER_RE.search(token) is None}
    for token in [token for token in suspects if len(token) > _MAX_TOKEN_IN_PATTERN]:
        suspects.discard(token)  # a long token is found by a plain search
        position = text.find(token)
        while position >= 0:
            starts.add(text.rfind("\n", 0, position) + 1)
            position = text.find(token, position + len(token))
    if len(suspects) > _MAX_TOKENS_IN_PATTERN:  # much legacy text: look at every line
        position = 0
        for line in text.split("\n"):
            if not suspects.isdisjoint(line.split()):
                starts.add(position)
            position += len(line) + 1
    elif suspects:
        starts.update(_lines_where(_tokens_pattern(suspects), text))
    lines = []
    for start in sorted(starts):
        end = text.find("\n", start)
        lines.append((start, len(text) if end < 0 else end))
    return lines


_BEYOND_LATIN1_RE = re.compile("[^\x00-\xff]")


def _runs(words: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    """Split a line's words at words with letters beyond Latin-1: those are Unicode."""
    run: list[re.Match[str]] = []
    for word in words:
        if _BEYOND_LATIN1_RE.search(word.group()) is not None:
            if run:
                yield run
            run = []
        else:
            run.append(word)
    if run:
        yield run


@functools.lru_cache(maxsize=65536)
def _weigh(name: str, original: str) -> tuple[str | None, int]:
    """One word of a run, read in the code ``name``: its conversion (``None`` if it is
    not to be converted) and its evidence, ``1`` for the code, ``-1`` against, ``0``.

    * a word the code could not have written (``và`` is ``vaø`` in VNI and ``vµ`` in
      TCVN3: converting it back does not give the word again) is against the code;
    * a word that is no well-placed Vietnamese syllable as written (``treân``, ``muèn``,
      ``tÊn``, ``laù``) but is one after conversion is for it, if it has an ASCII letter
      or two characters that convert (``Ñ``, ``©`` or the eth of ``Ðó`` are no evidence,
      ``®·`` is ``đã``), other than soft hyphens (``Th\xada`` may be ``Tha`` with one);
    * a syllable that would become none is against it;
    * a word that is a syllable neither way is against it if it is a plain word that the
      code turns into no Vietnamese letter (``João`` as TCVN3 is ``Joóo``), and neutral
      otherwise (``Q§`` is ``QĐ``, ``nil«ng`` is ``nilông``: names and abbreviations);
    * the rest (unchanged words, syllables both ways like ``cô``/``cơ``) is neutral.
    """
    decode = _DECODER[name]
    converted = decode(original)
    if encode(name, converted) != original:
        return None, -1
    if converted == original:
        return None, 0
    converted_ok = _is_well_placed(converted)
    original_ok = _is_well_placed(original)
    if converted_ok:
        if original_ok:
            return converted, 0
        evidence = original.replace("\xad", "")
        gone = sum(1 for character in evidence if character not in converted)
        return converted, int(gone > 0 and (
            _HAS_ASCII_LETTER.search(original) is not None or gone > 1))
    if original_ok:
        return None, -1
    return converted, -int(original.isalpha() and max(converted) <= "\xff")


def _convert_run(run: list[re.Match[str]]) -> list[Edit]:
    """Edits for one run of Latin-1 words, in the code that explains it best, if any.

    Each word is weighed (see :func:`_weigh`).  The run converts in a code if more words
    are for it than against it and at least half the words with letters are syllables
    afterwards (acronyms aside); among several such codes, the one with the best balance
    wins, then the one with more syllables, then TCVN3 or VNI over VISCII (much rarer on
    the web), then the one that writes fewer marks (``oâng`` is VNI ``ông`` rather than
    TCVN3 ``oõng``).  Every word converts but those that would lose
    or that the code could not have written.
    """
    # words with letters, but not acronyms (``VN``), which read the same in every code
    lettered = sum(1 for word in run if _HAS_LETTER.search(word.group())
                   and not (word.group().isascii() and word.group().isupper()))
    best: tuple[tuple[int, int, int, int], list[Edit]] | None = None
    for name, _ in DECODERS:
        balance = valid = marks = 0
        edits: list[Edit] = []
        for word in run:
            converted, weight = _weigh(name, word.group())
            balance += weight
            output = word.group() if converted is None else converted
            valid += _is_well_placed(output) if converted else _is_syllable(output)
            if converted is not None:
                edits.append((word.start(), word.end(), converted))
                marks += len(unicodedata.normalize("NFD", converted))
        score = (balance, valid, name != "viscii", -marks)
        if balance > 0 and 2 * valid >= lettered and (best is None or score > best[0]):
            best = (score, edits)
    return best[1] if best else []


def legacy_edits(text: str, suspects: set[str] | None = None) -> list[Edit]:
    """Edits converting runs of TCVN3, VNI or VISCII text read as Latin-1.

    ``suspects``, if given, are the blank-separated tokens of ``text`` that are not plain
    (see :func:`is_plain_token`), when the caller knows them already.

    >>> legacy_edits("ViÖt Nam")
    [(0, 4, 'Việt')]
    >>> legacy_edits("Chaøo Vieät Nam")
    [(0, 5, 'Chào'), (6, 11, 'Việt')]
    >>> legacy_edits("Theo doõi treân")
    [(5, 9, 'dõi'), (10, 15, 'trên')]
    >>> legacy_edits("Müller et Hélène"), legacy_edits("café ở São Paulo")
    ([], [])
    """
    edits: list[Edit] = []
    for start, end in _candidate_lines(text, suspects):
        line = text[start:end]
        line_edits = _line_edits(line) if len(line) > _LONG else _cached_line_edits(line)
        edits.extend((start + first, start + last, replacement)
                     for first, last, replacement in line_edits)
    return edits


_LONG = 2000  # characters: a longer line is not remembered


@functools.lru_cache(maxsize=4096)
def _cached_line_edits(line: str) -> tuple[Edit, ...]:
    """:func:`_line_edits`, remembered (pages repeat lines, and repairs run in rounds)."""
    return _line_edits(line)


def _line_edits(line: str) -> tuple[Edit, ...]:
    """The edits of one line: each run that may gain, converted if it does."""
    edits: list[Edit] = []
    for run in _runs(list(_WORD_RE.finditer(line))):
        # only a word that is no well-placed syllable as written can be for a code
        if any(not word.group().isascii() and not _is_well_placed(word.group())
               for word in run):
            edits.extend(_convert_run(run))
    return tuple(edits)


# the LRU caches above that remember words, tokens and lines of text (not tables)
TEXT_CACHES = (_is_syllable, _is_well_placed, _cached_plain, _weigh, _cached_line_edits)
