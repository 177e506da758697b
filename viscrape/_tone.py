"""Vietnamese syllable parsing and tone-mark placement.

A written syllable is ``onset + rhyme``; the rhyme is an optional medial (o/u), a
nucleus and an optional final.  The tone mark belongs on one letter of the rhyme,
fixed by the rhyme itself (``viscrape/data/rhymes.tsv``), except in the open rhymes
oa, oe and uy where two conventions exist (``hòa``/``hoà``).  ``qu`` and ``gi`` are
onsets, so their u/i never carries the tone (``quý``, ``già``).

Everything here works on one word at a time and is pure; callers cache results.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import unicodedata2 as unicodedata

from viscrape._data import load_table

# combining tone marks: huyền, sắc, ngã, hỏi, nặng
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

# Longest first, so that "ngh" wins over "ng" and "ng" over "n".
ONSETS: tuple[str, ...] = (
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)

# "nghiêng" has 7 letters; room for marks left loose by broken input
MAX_SYLLABLE_LENGTH = 16

STOP_FINALS = ("c", "ch", "p", "t")
STOP_TONES = frozenset("\u0301\u0323")  # only sắc and nặng go with a stop final

STYLE_FIRST_VOWEL = "hòa"
STYLE_SECOND_VOWEL = "hoà"
STYLE_KEEP = "keep"


@functools.cache
def _rhyme_table() -> dict[str, tuple[int, ...]]:
    """rhyme -> 0-based tone positions (two for the style-dependent open rhymes)."""
    table: dict[str, tuple[int, ...]] = {}
    for row in load_table("rhymes.tsv"):
        table[row[0]] = tuple(int(cell) - 1 for cell in row[1:] if cell)
    return table


def parse_syllable(letters: str) -> tuple[int, tuple[int, ...]] | None:
    """Split an untoned lowercase syllable; return ``(onset length, tone positions)``.

    Tone positions are absolute indices into ``letters``; ``None`` if the letters
    are not a Vietnamese syllable.

    >>> parse_syllable("nguyên")
    (2, (4,))
    >>> parse_syllable("qua"), parse_syllable("gia"), parse_syllable("hoa")
    ((2, (2,)), (2, (2,)), (1, (1, 2)))
    >>> parse_syllable("xyz") is None
    True
    """
    rhymes = _rhyme_table()
    for onset in ONSETS + ("",):
        if not letters.startswith(onset):
            continue
        rest = letters[len(onset):]
        if onset == "qu":
            # the u of qu is a consonant: read the rhyme with a medial u (quyền, quân)
            # or, before a/ă/e, as the o-medial rhyme (quát like hoạt, quen like xoèn);
            # the tone can never sit on that u (quả, quý)
            positions = rhymes.get("u" + rest) or rhymes.get("o" + rest)
            if positions is None or not rest:
                continue
            fixed = tuple(max(position, 1) + 1 for position in positions)
            return (2, (fixed[-1],))
        if onset == "gi":
            positions = rhymes.get(rest)
            if positions is None or not rest:
                continue  # gìn, giếng: onset g + rhyme in/iêng
            return (2, tuple(2 + position for position in positions))
        positions = rhymes.get(rest)
        if positions is not None:
            return (len(onset), tuple(len(onset) + position for position in positions))
        if onset:
            continue
    return None


def _split_marks(word: str) -> tuple[list[str], list[tuple[int, str]]] | None:
    """Base letters (with hats/horns/breves, NFC) and the tone marks with the index
    of the letter they follow. ``None`` if a mark cannot be attached to a letter."""
    letters: list[str] = []
    tones: list[tuple[int, str]] = []
    for char in unicodedata.normalize("NFD", word):
        if char in TONE_MARKS:
            if not letters:
                return None
            tones.append((len(letters) - 1, char))
        elif unicodedata.combining(char):
            if not letters:
                return None
            letters[-1] += char
        else:
            letters.append(char)
    composed = [unicodedata.normalize("NFC", letter) for letter in letters]
    if any(len(letter) != 1 for letter in composed):
        return None
    return composed, tones


def is_well_placed_syllable(word: str) -> bool:
    """True if ``word`` is a syllable whose tone mark sits where one of the two
    conventions puts it (what a legacy-code converter would have produced).

    >>> is_well_placed_syllable("lừa"), is_well_placed_syllable("lưà")
    (True, False)
    """
    return is_syllable(word) and word in (
        place_tone(word, STYLE_FIRST_VOWEL), place_tone(word, STYLE_SECOND_VOWEL))


def is_syllable(word: str) -> bool:
    """True if ``word`` (any case, NFC or not) spells one Vietnamese syllable.

    >>> is_syllable("Nguyễn"), is_syllable("ViÖt"), is_syllable("được")
    (True, False, True)
    """
    if len(word) > MAX_SYLLABLE_LENGTH:
        return False
    split = _split_marks(word)
    if split is None:
        return False
    letters, tones = split
    if len({mark for _, mark in tones}) > 1:
        return False
    parsed = parse_syllable("".join(letters).lower())
    if parsed is None:
        return False
    if "".join(letters).lower().endswith(STOP_FINALS):
        return bool(tones) and tones[0][1] in STOP_TONES
    return True


@functools.lru_cache(maxsize=65536)
def place_tone(word: str, style: str) -> str:
    """Put the tone mark of one word on the letter its rhyme requires.

    Words that are not one Vietnamese syllable, or carry two different tones,
    come back unchanged. ``style`` decides the open rhymes oa/oe/uy.

    >>> place_tone("Nguỹên", "hòa"), place_tone("quỳên", "hòa"), place_tone("hoà", "hòa")
    ('Nguyễn', 'quyền', 'hòa')
    >>> place_tone("THUỶ", "hòa"), place_tone("hòa", "hoà"), place_tone("hoàn", "hòa")
    ('THỦY', 'hoà', 'hoàn')
    """
    if len(word) > MAX_SYLLABLE_LENGTH:
        return word
    split = _split_marks(word)
    if split is None:
        return word
    letters, tones = split
    if not tones:
        return "".join(letters)
    if len({mark for _, mark in tones}) > 1:
        return word
    mark = tones[0][1]
    current = tones[-1][0]
    parsed = parse_syllable("".join(letters).lower())
    if parsed is None:
        return word
    positions = parsed[1]
    if len(positions) == 1:
        target = positions[0]
    elif style == STYLE_SECOND_VOWEL:
        target = positions[1]
    elif style == STYLE_KEEP and current in positions and len(tones) == 1:
        target = current
    else:
        target = positions[0]
    letters[target] = unicodedata.normalize("NFC", letters[target] + mark)
    return "".join(letters)


_VOWELS = "aăâeêioôơuưy"
_TONED_VOWELS = frozenset(
    unicodedata.normalize("NFC", vowel + mark) for vowel in _VOWELS for mark in TONE_MARKS
)


def _with_tone(letters: str, position: int, mark: str) -> str:
    toned: str = unicodedata.normalize("NFC", letters[position] + mark)
    return letters[:position] + toned + letters[position + 1:]


def _vowel_pairs(form: str) -> Iterator[str]:
    for index in range(len(form) - 1):
        pair = form[index:index + 2]
        if (pair[0] in _TONED_VOWELS or pair[1] in _TONED_VOWELS) and all(
                unicodedata.normalize("NFD", letter)[0] in _VOWELS for letter in pair):
            yield pair


@functools.cache
def safe_pairs(style: str) -> frozenset[str]:
    """Toned-vowel/vowel pairs that are right wherever they occur, in ``style``.

    Generated from the rhyme table: a pair is safe if some correctly toned rhyme holds
    it and no wrongly toned rhyme does.  A word whose toned pairs are all safe (and
    has no toned u after q, toned i of gi, loose mark or toned consonant) needs no
    work, which keeps clean text on a fast path.  Pairs come in lower, upper and
    capitalised forms.

    >>> "ườ" in safe_pairs("hòa"), "òa" in safe_pairs("hòa"), "oà" in safe_pairs("hòa")
    (True, False, False)
    """
    right: set[str] = set()
    wrong: set[str] = set()
    for rhyme, positions in _rhyme_table().items():
        if style == STYLE_FIRST_VOWEL:
            chosen = positions[:1]
        elif style == STYLE_SECOND_VOWEL:
            chosen = positions[-1:]
        else:
            chosen = positions
        vowel_positions = [index for index, letter in enumerate(rhyme)
                           if unicodedata.normalize("NFD", letter)[0] in _VOWELS]
        for mark in TONE_MARKS:
            for position in vowel_positions:
                target = right if position in chosen else wrong
                target.update(_vowel_pairs(_with_tone(rhyme, position, mark)))
    pairs = right - wrong
    return frozenset(
        variant for pair in pairs for variant in (pair, pair.upper(), pair[0].upper() + pair[1:])
    )


def toned_vowel_class() -> str:
    """A regex character class body of every toned vowel, both cases."""
    return "".join(sorted(_TONED_VOWELS)) + "".join(sorted(_TONED_VOWELS)).upper()


def vowel_class() -> str:
    """A regex character class body of every vowel letter, toned or not, both cases."""
    letters = _VOWELS + "".join(sorted(_TONED_VOWELS))
    return letters + letters.upper()


@functools.cache
def context_safe_pairs(style: str) -> dict[str, frozenset[str]]:
    """Pairs that are not safe everywhere but are safe in one context, in ``style``:

    * ``"before_letter"``: followed by a letter (``oà`` in ``hoàn``, never wrong there);
    * ``"at_end"``: followed by no letter (``òa`` in ``hòa`` when that is the style);
    * ``"after_g"`` / ``"after_q"``: the ``i`` of ``gi`` / ``u`` of ``qu`` and the toned
      vowel after it (``giới``, ``quả``).

    >>> "oà" in context_safe_pairs("hòa")["before_letter"]
    True
    >>> "uả" in context_safe_pairs("hòa")["after_q"], "uả" in context_safe_pairs("hòa")["at_end"]
    (True, False)
    """
    right: dict[str, set[str]] = {name: set() for name in
                                  ("before_letter", "at_end", "after_g", "after_q")}
    wrong: dict[str, set[str]] = {name: set() for name in right}
    rhymes = _rhyme_table()

    def record(form: str, correct: bool, onset_pair_index: int | None, context: str) -> None:
        for index in range(len(form) - 1):
            pair = form[index:index + 2]
            if not any(letter in _TONED_VOWELS for letter in pair):
                continue
            if onset_pair_index is not None:
                if index != onset_pair_index:
                    continue
                bucket = context
            else:
                bucket = "before_letter" if index + 2 < len(form) else "at_end"
            (right if correct else wrong)[bucket].add(pair)

    for rhyme, positions in rhymes.items():
        if style == STYLE_FIRST_VOWEL:
            chosen = positions[:1]
        elif style == STYLE_SECOND_VOWEL:
            chosen = positions[-1:]
        else:
            chosen = positions
        vowels = [index for index, letter in enumerate(rhyme)
                  if unicodedata.normalize("NFD", letter)[0] in _VOWELS]
        for mark in TONE_MARKS:
            for position in vowels:
                record(_with_tone(rhyme, position, mark), position in chosen, None, "")
                gi_form = "i" + _with_tone(rhyme, position, mark)
                record(gi_form, position in chosen[:1] or position in chosen, 0, "after_g")
            if rhyme[0] in "uo" and len(rhyme) > 1:
                rest = rhyme[1:]
                target = max(positions[-1], 1) - 1
                for position in range(len(rest)):
                    if unicodedata.normalize("NFD", rest[position])[0] in _VOWELS:
                        record("u" + _with_tone(rest, position, mark), position == target, 0,
                               "after_q")
        # a toned i of gi before the rhyme (gìa) and a toned u of qu (qủa) are wrong
        for mark in TONE_MARKS:
            wrong["after_g"].add(_with_tone("i" + rhyme[0], 0, mark))
            if rhyme[0] in "uo" and len(rhyme) > 1:
                wrong["after_q"].add(_with_tone("u" + rhyme[1], 0, mark))
    return {
        name: frozenset(variant for pair in right[name] - wrong[name]
                        for variant in (pair, pair.upper(), pair[0].upper() + pair[1:]))
        for name in right
    }


@functools.cache
def placed_syllables(style: str) -> frozenset[str]:
    """Every lowercase syllable (NFC) that :func:`place_tone` leaves as it is in ``style``
    and that :func:`is_syllable` accepts, with at most one tone mark: the untoned forms
    (but those with a stop final, which need sắc or nặng) and the forms toned on the
    letter the style puts the mark on.  Built from the rhyme table on first use (a few
    ms; about 20,000 forms per style), so that a word is checked by a set look-up.

    Onsets are combined with rhymes only where Vietnamese spelling allows (``ngh``, ``gh``
    and ``k`` before i/e/ê/y, ``ng``, ``g`` and ``c`` not): the set need not hold every
    word the parser accepts, only no word that it does not leave alone.

    >>> words = placed_syllables("hòa")
    >>> "nguyễn" in words, "hòa" in words, "hoà" in words, "nguỹên" in words
    (True, True, False, False)
    >>> "hoà" in placed_syllables("hoà"), "bát" in words, "bat" in words, "bàt" in words
    (True, True, False, False)
    """
    forms: set[str] = set()
    for letters, positions in _syllable_bases().items():
        if len(positions) == 1 or style == STYLE_KEEP:
            targets = positions
        elif style == STYLE_SECOND_VOWEL:
            targets = positions[1:2]
        else:
            targets = positions[:1]
        stop = letters.endswith(STOP_FINALS)
        if not stop:
            forms.add(letters)
        for mark in STOP_TONES if stop else TONE_MARKS:
            for target in targets:
                if letters[target] in _VOWELS:  # never on a consonant (the parser allows "quc")
                    forms.add(_with_tone(letters, target, mark))
    return frozenset(forms)


def is_placed_syllable(word: str, style: str) -> bool:
    """Whether ``word`` is in :func:`placed_syllables` in lower case, capitalised or in
    capitals: a syllable whose tone mark sits where ``style`` puts it.

    >>> is_placed_syllable("Nguyễn", "hòa"), is_placed_syllable("HÒA", "hòa")
    (True, True)
    >>> is_placed_syllable("NguyỄn", "hòa"), is_placed_syllable("Nguỹên", "hòa")
    (False, False)
    """
    lower = word.lower()
    return lower in placed_syllables(style) and (
        word == lower or word == lower.upper() or word == lower[:1].upper() + lower[1:])


# spelling rules: these onsets only before (or never before) a front vowel
_FRONT_ONLY = ("ngh", "gh", "k")
_NOT_FRONT = ("ng", "g", "c")


@functools.cache
def _syllable_bases() -> dict[str, tuple[int, ...]]:
    """Untoned lowercase syllables spelled by an onset and a rhyme, with their tone
    positions as :func:`parse_syllable` gives them."""
    bases: dict[str, tuple[int, ...]] = {}
    for rhyme in _rhyme_table():
        front = rhyme[0] in "ieêy"
        for onset in ONSETS + ("",):
            if (onset in _FRONT_ONLY and not front) or (onset in _NOT_FRONT and front):
                continue
            letters = onset + rhyme
            if onset == "qu":  # the u of qu stands for the medial (quyên, quát, quen)
                if rhyme[0] not in "uo" or len(rhyme) < 2:
                    continue
                letters = "qu" + rhyme[1:]
            if letters not in bases:
                parsed = parse_syllable(letters)
                if parsed is not None:
                    bases[letters] = parsed[1]
    return bases
