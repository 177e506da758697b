"""Normalisation of scraped Vietnamese text, with a map back to the raw input.

Each defect of scraped Vietnamese has its own switchable fix, applied in this order:

1. ``invisible``: zero-width characters, BOM, word joiner and bidi controls go (a
   zero-width joiner inside an emoji sequence stays); after the encoding repairs, the
   soft hyphen and stray C0/C1 controls go too (``\\n`` and ``\\t`` stay).
2. ``compose``: NFC with current Unicode data (``unicodedata2``), also for partly
   decomposed text and combining marks in odd order.
3. ``mojibake``: UTF-8 read as cp1252/Latin-1 (``Viá»‡t``) is repaired, only where a line
   holds sequences that ordinary text cannot contain.
4. ``legacy_encodings``: runs of TCVN3 (``ViÖt``), VNI (``Vieät``) or VISCII text read as
   Latin-1 are converted when the run reads as Vietnamese after conversion and not before.
5. ``spaces``: CRLF/CR and other line breaks become LF, Unicode spaces a plain space,
   runs of spaces collapse, trailing spaces go; line and paragraph breaks stay.
6. ``eth_as_d`` (off by default): ``ð``/``Ð``/``Ɖ`` used for ``đ``/``Đ``.
7. ``quotes_and_dashes`` (off by default): curly quotes and guillemets become ``"``/``'``,
   dashes and the minus sign become ``-``.
8. ``tone_marks``: the tone mark goes on the letter the syllable's rhyme requires
   (``Nguỹên`` -> ``Nguyễn``); ``tone_style`` picks ``hòa`` or ``hoà`` for the open rhymes
   oa/oe/uy, or ``keep`` leaves those as written.

Every step reports its edits, so :func:`normalize_with_offsets` can map each output
character back to the input; :func:`normalize` is the same computation without the map.
Clean text takes a fast path: a few scans and one set look-up per token among the tokens
known to need no tone or legacy-code work (see :func:`_scan_tokens`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import unicodedata2 as unicodedata

from viscrape import _encodings
from viscrape._checks import require_choice, require_str
from viscrape._encodings import Edit, legacy_edits, legacy_suspects, mojibake_edits
from viscrape._tone import (
    MAX_SYLLABLE_LENGTH,
    context_safe_pairs,
    is_placed_syllable,
    place_tone,
    placed_syllables,
    safe_pairs,
    toned_vowel_class,
    vowel_class,
)

__all__ = ["TONE_STYLES", "Normalized", "normalize", "normalize_with_offsets"]

TONE_STYLES: tuple[str, ...] = ("hòa", "hoà", "keep")

# --- invisible characters -------------------------------------------------------------
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f"
# zero-width space/non-joiner, LRM/RLM, bidi embeddings/isolates, word joiner and
# invisible operators, BOM, Mongolian vowel separator, Arabic letter mark, combining
# grapheme joiner, interlinear annotation controls; a ZWJ outside an emoji sequence
_INVISIBLE_RE = re.compile(
    "[\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u180e\u061c"
    f"\u034f\ufff9-\ufffb]|\u200d(?![{_EMOJI}])|(?<![{_EMOJI}])\u200d"
)
_INVISIBLE_CHARS_RE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u180e\u061c\u034f"
    "\ufff9-\ufffb]"
)
# C0 controls except \t \n \r \v \f (line breaks are the spaces step's), DEL, C1, soft hyphen
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\xad]")

# --- composition ------------------------------------------------------------------------
# Characters that are NFC-stable and never the second half of a composition: NFC never
# changes text across a position just before one of them, so composition can be done
# cluster by cluster (a safe character plus the unsafe characters after it).
_SAFE = "\x00-\u02ff\u0370-\u037d\u037f-\u0386\u0388-\u03ff\u1e00-\u1ef9"
_CLUSTER_RE = re.compile(f"[{_SAFE}]?[^{_SAFE}]+")
# A circumflex or breve typed after the tone mark (o + acute + circumflex): both marks have
# the same combining class, so NFC keeps their order and composes only the first, leaving
# "ó" + a loose circumflex. Such a mark is moved before the tone, then the text composed.
_SHAPE_MARKS = "\u0302\u0306"
_LATE_TONE_MARKS = "\u0300\u0301\u0303\u0309"
_TONED_PLAIN_VOWELS = "".join(sorted(
    unicodedata.normalize("NFC", vowel + mark)
    for vowel in "aeiouyAEIOUY"
    for mark in _LATE_TONE_MARKS
))
_ODD_ORDER_RE = re.compile(f"[{_SHAPE_MARKS}](?<=[{_TONED_PLAIN_VOWELS}{_LATE_TONE_MARKS}].)")
_MARK_RUN_RE = re.compile("[\u0300-\u036f]{2,}")


def _shape_marks_first(marks: re.Match[str]) -> str:
    return "".join(sorted(marks.group(), key=lambda mark: mark not in _SHAPE_MARKS))


def _is_composed(text: str) -> bool:
    """Whether ``text`` is NFC with no circumflex or breve after a tone mark: nothing
    for :func:`_compose` to do."""
    return unicodedata.normalize("NFC", text) == text and _ODD_ORDER_RE.search(text) is None


def _compose(text: str) -> str:
    """NFC, with circumflexes and breves typed after a tone mark put before it.

    >>> _compose("quo\u0301\u0302c"), _compose("quo\u0302\u0301c")
    ('quốc', 'quốc')
    """
    composed: str = unicodedata.normalize("NFC", text)
    if _ODD_ORDER_RE.search(composed) is None:
        return composed
    decomposed = unicodedata.normalize("NFD", text)
    reordered: str = unicodedata.normalize("NFC", _MARK_RUN_RE.sub(_shape_marks_first, decomposed))
    return reordered

# --- spaces ----------------------------------------------------------------------------
# CRLF, CR and the other line breaks (one class first, so that the scan skips quickly)
_LINE_BREAK_RE = re.compile("[\r\x0b\x0c\x85\u2028\u2029](?:(?<=\r)\n)?")
_UNICODE_SPACES = "\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACE_RUN_RE = re.compile("  +")
# a line break right after a blank (the break first, so a regex scan can skip quickly)
_BLANK_BEFORE_BREAK_RE = re.compile("\n(?<=[ \t]\n)")
_ODD_SPACE_RE = re.compile(f"[{_UNICODE_SPACES}]")

# --- one scan deciding whether any of the steps above can have work -------------------
_CP1252_SPECIALS = "".join(
    character for byte in range(0x80, 0xA0)
    for character in [bytes([byte]).decode("cp1252", errors="ignore")] if character
)
_NEEDS_WORK_RE = re.compile(
    # controls, C1, Latin-1 symbols (mojibake continuations, legacy-code letters)
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\xbf"
    # Latin-1 letters Vietnamese does not use (legacy codes)
    "\\xc4-\\xc7\\xcb\\xce-\\xd1\\xd6-\\xd8\\xdb\\xdc\\xde-\\xdf"
    "\\xe4-\\xe7\\xeb\\xee-\\xf1\\xf6-\\xf8\\xfb\\xfc\\xfe\\xff"
    # invisibles, odd spaces, line separators
    "\\u034f\\u061c\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000"
    "\\ufeff\\ufff9-\\ufffb]"
)
# a mojibake lead byte before a cp1252 punctuation byte (punctuation first: fast scan)
_LEAD_BEFORE_PUNCTUATION_RE = re.compile(f"[{re.escape(_CP1252_SPECIALS)}](?<=[\\xc2-\\xf4].)")


# every mojibake sequence has a continuation byte: a Latin-1 symbol, or a cp1252
# punctuation character right after a lead byte (two plain scans are the fastest)
_MOJIBAKE_HINT_RES = (re.compile("[\\x80-\\xbf]"), _LEAD_BEFORE_PUNCTUATION_RE)


def _needs_character_work(text: str) -> bool:
    """Whether a repair other than blank fixing can have work: two plain regex scans,
    so clean text skips those steps."""
    return (_NEEDS_WORK_RE.search(text) is not None
            or _LEAD_BEFORE_PUNCTUATION_RE.search(text) is not None)


def _needs_blank_work(text: str) -> bool:
    """Whether blanks need collapsing or trimming (odd spaces and line breaks are
    characters the other check finds)."""
    return ("  " in text or " \n" in text or "\t\n" in text or "\t " in text
            or text.endswith((" ", "\t")))


# --- optional folds ----------------------------------------------------------------------
_ETH_TABLE = str.maketrans({"ð": "đ", "Ð": "Đ", "\u0189": "Đ"})
_ETH_RE = re.compile("[ðÐ\u0189]")
_QUOTE_TABLE = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛‹›′＇", "'"),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    }
)
_QUOTE_RE = re.compile("[“”„‟«»〝〞＂‘’‚‛‹›′＇‐‑‒–—―−﹘﹣－]")

# --- tone marks --------------------------------------------------------------------------
_TONED = toned_vowel_class()
_TONED_U = "".join(c for c in _TONED if unicodedata.normalize("NFD", c)[0] in "uU")
_TONED_I = "".join(c for c in _TONED if unicodedata.normalize("NFD", c)[0] in "iI")
# A toned vowel next to a vowel is looked at if the pair is not a safe one; so is a
# toned u of qu (qúa), a toned i of gi before a vowel (gìa), a loose combining mark or a
# tone on a consonant (tiêń).  Separate scans keep each regex's first-character set small.
_TONED_PAIR_RE = re.compile(f"[{_TONED}][{vowel_class()}]|[{vowel_class()}][{_TONED}]")
# each with a literal first character, so that the regex engine scans for it quickly
_TONE_SUSPECT_RES = (
    re.compile(f"q[{_TONED_U}]"),
    re.compile(f"Q[{_TONED_U}]"),
    re.compile(f"g[{_TONED_I}][{vowel_class()}]"),
    re.compile(f"G[{_TONED_I}][{vowel_class()}]"),
    re.compile("[\\u0300-\\u036fńǹḿẃẁŃǸḾẂẀ]"),
)
_NON_WORD_RE = re.compile("(?![\u0300-\u036f])[\\W\\d_]")
_WORD_RE = re.compile("(?:[^\\W\\d_]|[\u0300-\u036f])+")


def _is_word_char(character: str) -> bool:
    return character.isalpha() or "\u0300" <= character <= "\u036f"


# --- the steps ---------------------------------------------------------------------------
def _deletions(pattern: re.Pattern[str], text: str) -> list[Edit]:
    return [(match.start(), match.end(), "") for match in pattern.finditer(text)]


def _translations(pattern: re.Pattern[str], table: dict[int, str], text: str) -> list[Edit]:
    return [
        (match.start(), match.end(), match.group().translate(table))
        for match in pattern.finditer(text)
    ]


def _invisible_edits(text: str) -> list[Edit]:
    if _INVISIBLE_CHARS_RE.search(text) is None:  # a plain character class: fast
        return []
    return _deletions(_INVISIBLE_RE, text)


def _control_edits(text: str) -> list[Edit]:
    # NEL (U+0085) is a line break: made one here, with the repairs, because splitting a
    # line can change what the line-level detectors see
    return [(match.start(), match.end(), "\n" if match.group() == "\x85" else "")
            for match in _CONTROL_RE.finditer(text)]


def _compose_whole(text: str) -> list[Edit]:
    """Composition as one edit: what :func:`normalize` needs, with no offset map."""
    if text.isascii():
        return []
    composed = _compose(text)
    return [] if composed == text else [(0, len(text), composed)]


def _compose_edits(text: str) -> list[Edit]:
    """Composition cluster by cluster, so that the offset map stays fine-grained."""
    if text.isascii() or _is_composed(text):
        return []
    edits = []
    for match in _CLUSTER_RE.finditer(text):
        cluster = match.group()
        composed = _compose(cluster)
        if composed != cluster:
            edits.append((match.start(), match.end(), composed))
    return edits


def _mojibake_edits(text: str) -> list[Edit]:
    if text.isascii() or not any(hint.search(text) for hint in _MOJIBAKE_HINT_RES):
        return []
    return mojibake_edits(text)


def _legacy_edits(text: str, suspects: set[str] | None = None) -> list[Edit]:
    if text.isascii():
        return []
    return legacy_edits(text, suspects)


def _space_edits(text: str) -> list[Edit]:
    """One kind of blank fix at a time (the step repeats): line breaks to LF, odd spaces
    to a plain space, blanks before a line end dropped, runs of spaces collapsed."""
    edits = [(match.start(), match.end(), "\n") for match in _LINE_BREAK_RE.finditer(text)]
    if edits:
        return edits
    edits = [(match.start(), match.end(), " ") for match in _ODD_SPACE_RE.finditer(text)]
    if edits:
        return edits
    for match in _BLANK_BEFORE_BREAK_RE.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        edits.append((start, match.start(), ""))
    if text.endswith((" ", "\t")):
        edits.append((len(text.rstrip(" \t")), len(text), ""))
    if edits:
        return edits
    return [(match.start(), match.end(), " ") for match in _SPACE_RUN_RE.finditer(text)]


def _eth_edits(text: str) -> list[Edit]:
    return _translations(_ETH_RE, _ETH_TABLE, text)


def _quote_edits(text: str) -> list[Edit]:
    return _translations(_QUOTE_RE, _QUOTE_TABLE, text)


def _tone_suspects(text: str, style: str) -> list[int]:
    """Offsets of places where a tone mark may be misplaced, in order."""
    unsafe = set(_TONED_PAIR_RE.findall(text)).difference(safe_pairs(style))
    suspects = [match.start() for pattern in _TONE_SUSPECT_RES for match in pattern.finditer(text)]
    if not unsafe:
        return sorted(suspects)
    for pair in unsafe:  # a few distinct pairs, each found by a literal-prefix regex
        pattern = _unsafe_pair_pattern(pair, style)
        if pattern is not None:
            suspects.extend(match.start() for match in pattern.finditer(text))
    return sorted(suspects)


@functools.lru_cache(maxsize=4096)
def _unsafe_pair_pattern(pair: str, style: str) -> re.Pattern[str] | None:
    """A regex finding ``pair`` where its context does not make it right, or ``None`` if
    every context does (right before a final and right at the end)."""
    context = context_safe_pairs(style)
    safe_before_letter = pair in context["before_letter"]
    safe_at_end = pair in context["at_end"]
    if safe_before_letter and safe_at_end:
        return None
    pattern = re.escape(pair)
    if safe_before_letter:
        pattern += "(?![^\\W\\d_])"
    elif safe_at_end:
        pattern += "(?=[^\\W\\d_])"
    # lookbehinds after the pair keep the literal prefix, so the scan stays fast
    if pair in context["after_g"]:
        pattern += "(?<![gG]..)"
    if pair in context["after_q"]:
        pattern += "(?<![qQ]..)"
    return re.compile(pattern)


# an overlapping scan: every toned-vowel/vowel pair, at any alignment
_EVERY_TONED_PAIR_RE = re.compile(f"(?=({_TONED_PAIR_RE.pattern}))")


def _every_tone_suspect(token: str, style: str) -> Iterator[int]:
    """The checks of :func:`_tone_suspects`, for every pair of ``token`` and not only
    those that one scan of a whole text meets."""
    for pattern in _TONE_SUSPECT_RES:
        for match in pattern.finditer(token):
            yield match.start()
    safe = safe_pairs(style)
    for match in _EVERY_TONED_PAIR_RE.finditer(token):
        pair = match.group(1)
        if pair in safe:
            continue
        context = _unsafe_pair_pattern(pair, style)
        if context is not None and context.match(token, match.start()):
            yield match.start()


def _tone_plain(token: str, style: str) -> bool:
    """Whether the tone step can never change ``token`` (a run of non-blanks), whatever
    text it stands in: suspects and their words never reach across a blank, and no
    suspect of the token has a word that :func:`place_tone` changes."""
    return all(_word_edit(token, suspect, style)[0] is None
               for suspect in _every_tone_suspect(token, style))


@functools.lru_cache(maxsize=65536)
def _cached_tone_plain_word(word: str, style: str) -> bool:
    return _tone_plain(word, style)


def _tone_plain_word(word: str, style: str) -> bool:
    """Whether the tone step never changes the word ``word`` (a run of letters as
    :data:`_LETTERS_RE` finds them), standing between two characters that are no letters.

    ``False`` also for a run that holds a character that is no letter to
    :meth:`str.isalpha` (``²``): around such a run the tone step may cut words
    differently, so the caller looks at its tokens one by one.

    >>> _tone_plain_word("Nguyễn", "hòa"), _tone_plain_word("Nguỹên", "hòa")
    (True, False)
    >>> _tone_plain_word("Yamaha", "hòa"), _tone_plain_word("m²", "hòa")
    (True, False)
    """
    if not word.isalpha():
        return False
    # no toned letter; or too long for a syllable (the step skips it); or well placed
    return (word.isascii() or len(word) > MAX_SYLLABLE_LENGTH
            or is_placed_syllable(word, style) or _cached_tone_plain_word(word, style))


def _tone_plain_tokens(tokens: set[str], style: str) -> bool:
    """Whether every token of ``tokens`` is tone-plain (see :func:`_tone_plain`), checked
    in bulk (``False`` for any combining mark): the words of all the tokens are found in
    one regex scan, and those that are
    not among the placed syllables of ``style`` (a set difference) one by one, each once
    per process (an LRU cache).  Only the tokens holding a word that is not plain are
    looked at whole, and only if there are a few.

    >>> _tone_plain_tokens({"Ông", "Nguyễn", "nói:", "“hòa"}, "hòa")
    True
    >>> _tone_plain_tokens({"Ông", "Nguỹên"}, "hòa"), _tone_plain_tokens({"hòa"}, "hoà")
    (False, False)
    """
    joined = " ".join(tokens)
    if _COMBINING_RE.search(joined) is not None:
        return False  # marks not composed yet: the step looks (a letter with a mark is a suspect)
    words = set(_LETTERS_RE.findall(joined)).difference(placed_syllables(style))
    odd = [word for word in words if not _tone_plain_word(word, style)]
    if not odd:
        return True
    if len(odd) > _MAX_ODD_WORDS:
        return False  # much to look at: the tone step's own scan is the faster check
    # the tokens that hold such a word (a substring test finds a few more), checked whole
    return all(len(token) <= _TONE_PLAIN_LENGTH and _tone_plain(token, style)
               for token in tokens if any(word in token for word in odd))


# words as the tone step cuts them when there are no combining marks (one character class:
# a scan of a long run stays fast)
_LETTERS_RE = re.compile("[^\\W\\d_]+")
_COMBINING_RE = re.compile("[\u0300-\u036f]")
_MAX_ODD_WORDS = 8  # words with a suspect: more, and the text goes to the tone step
_TONE_PLAIN_LENGTH = 48  # a longer token with a suspect is left to the step


class _PlainTokens:
    """The one memory of the fast path: per tone style, tokens (runs of non-blanks) found
    plain for both the tone step and the legacy-code step.  Clean text mostly repeats
    tokens, so one C-level ``issuperset`` per text replaces the word checks.

    A cache only: forgetting it changes speed, never output.  It is bounded, emptied when
    it holds more than :attr:`limit` tokens, and :meth:`clear` empties it (benchmarks
    use that to time a process that has seen nothing).
    """

    limit = 200_000
    longest = 64  # characters: a longer token is not remembered

    def __init__(self) -> None:
        self._known: dict[str, set[str]] = {style: set() for style in TONE_STYLES}

    def known(self, style: str) -> set[str]:
        """The tokens known plain in ``style`` (read only)."""
        return self._known[style]

    def add(self, style: str, tokens: set[str]) -> None:
        known = self._known[style]
        if len(known) + len(tokens) > self.limit:
            known.clear()
        if tokens and max(map(len, tokens)) > self.longest:
            tokens = {token for token in tokens if len(token) <= self.longest}
        known.update(tokens)

    def clear(self) -> None:
        for known in self._known.values():
            known.clear()


_PLAIN_TOKENS = _PlainTokens()


def _forget() -> None:
    """Empty every memory of text seen (the token cache and the LRU caches of words,
    tokens and lines), keeping the tables built from the data files: the state of a
    process that has normalised nothing yet.  For benchmarks and tests."""
    _PLAIN_TOKENS.clear()
    for cached in (_cached_tone_plain_word, _unsafe_pair_pattern, place_tone,
                   *_encodings.TEXT_CACHES):
        cached.cache_clear()


def _scan_tokens(text: str, style: str) -> tuple[bool, set[str] | None]:
    """Whether every token of ``text`` is tone-plain, and if so the tokens that are not
    plain for the legacy-code step (see :func:`viscrape._encodings.is_plain_token`;
    ``None`` if the scan stopped before knowing them).

    Tokens seen before cost one set look-up each (see :class:`_PlainTokens`); the others
    are checked together, with a few C-level scans of their words (see
    :func:`_tone_plain_tokens` and :func:`viscrape._encodings.legacy_suspects`).
    """
    known = _PLAIN_TOKENS.known(style)
    suspects: set[str] = set()
    for chunk in _chunks(text):
        tokens = chunk.split()
        if known.issuperset(tokens):
            continue
        unknown = set(tokens).difference(known)
        if not _tone_plain_tokens(unknown, style):
            return False, None
        found = legacy_suspects(unknown)
        _PLAIN_TOKENS.add(style, unknown.difference(found) if found else unknown)
        suspects |= found
    return True, suspects


def _chunks(text: str) -> Iterator[str]:
    """``text`` in pieces of whole lines, so that a long text stops at its first piece
    with work."""
    if len(text) <= _CHUNK:
        yield text
        return
    start = 0
    while start < len(text):
        end = text.find("\n", start + _CHUNK)
        end = len(text) if end < 0 else end
        yield text[start:end]
        start = end


_CHUNK = 4096  # characters: a long text is looked at in pieces of whole lines


def _word_edit(text: str, suspect: int, style: str) -> tuple[Edit | None, int]:
    """The edit of the word holding ``suspect``, if its tone is misplaced, and the
    offset where the next word to look at can start."""
    start = suspect
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    # bounded match: a longer run of letters is no syllable, skip to its end
    word = _WORD_RE.match(text, start, start + MAX_SYLLABLE_LENGTH + 1)
    if word is None:  # a loose mark after a non-letter
        return None, suspect + 1
    if word.end() - start > MAX_SYLLABLE_LENGTH:
        after = _NON_WORD_RE.search(text, word.end())
        return None, after.start() if after else len(text)
    fixed = place_tone(word.group(), style)
    return (None if fixed == word.group() else (start, word.end(), fixed)), word.end()


def _tone_edits(text: str, style: str) -> list[Edit]:
    """Edits of the words whose tone mark is misplaced (none if every token is
    tone-plain: see :func:`_tone_plain`)."""
    return [] if _scan_tokens(text, style)[0] else _scan_tone_edits(text, style)


def _scan_tone_edits(text: str, style: str) -> list[Edit]:
    """:func:`_tone_edits` without the look-up of known tokens: the suspects' words."""
    edits: list[Edit] = []
    done = 0  # end of the last word looked at
    for suspect in _tone_suspects(text, style):
        if suspect < done:
            continue
        edit, done = _word_edit(text, suspect, style)
        if edit is not None:
            edits.append(edit)
    return edits


# --- running the steps with an offset map -----------------------------------------------
Step = Callable[[str], list[Edit]]
# the switches, in the order of the keyword arguments of normalize()
Flags = tuple[bool, bool, bool, bool, bool, bool, bool, bool]


@functools.lru_cache(maxsize=256)
def _steps(track: bool, tone_style: str, flags: Flags) -> tuple[tuple[Step, bool, bool], ...]:
    """The enabled steps in order, each with two flags: repeat until nothing changes;
    can be skipped when the quick checks find nothing for it.  (Steps that are not
    skippable have quick checks of their own.)"""
    (compose, tone_marks, invisible, spaces, mojibake, legacy_encodings, quotes_and_dashes,
     eth_as_d) = flags
    steps: list[tuple[Step, bool, bool]] = []
    compose_step = _compose_edits if track else _compose_whole
    if invisible:
        steps.append((_invisible_edits, False, True))
    if compose:  # the repairs below read composed text
        steps.append((compose_step, False, False))
    if mojibake:
        steps.append((_mojibake_edits, True, True))
    if legacy_encodings:  # legacy codes also write with letters Vietnamese uses
        steps.append((_legacy_edits, True, False))
    if invisible:
        steps.append((_control_edits, False, True))
    if compose:
        steps.append((compose_step, False, False))
    if spaces:
        steps.append((_space_edits, True, True))
    if eth_as_d:
        steps.append((_eth_edits, False, False))
    if quotes_and_dashes:
        steps.append((_quote_edits, False, False))
    if tone_marks:
        steps.append((functools.partial(_tone_edits, style=tone_style), False, False))
        if compose:
            steps.append((compose_step, False, False))
    return tuple(steps)


# steps whose changes can give earlier steps new work (a deleted control joins two words)
_REPAIRS: frozenset[Step] = frozenset(
    {_invisible_edits, _mojibake_edits, _legacy_edits, _control_edits}
)


def _apply(
    text: str, edits: Sequence[Edit], starts: list[int] | None, ends: list[int] | None
) -> tuple[str, list[int] | None, list[int] | None]:
    pieces: list[str] = []
    position = 0
    for start, end, replacement in edits:
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    if starts is None or ends is None:
        return "".join(pieces), None, None
    new_starts: list[int] = []
    new_ends: list[int] = []
    position = 0
    for start, end, replacement in edits:
        new_starts += starts[position:start]
        new_ends += ends[position:start]
        count = len(replacement)
        if count == end - start:
            new_starts += starts[start:end]
            new_ends += ends[start:end]
        elif count:
            source_start = starts[start]
            source_end = ends[end - 1] if end > start else source_start
            new_starts += [source_start] * count
            new_ends += [source_end] * count
        position = end
    new_starts += starts[position:]
    new_ends += ends[position:]
    return "".join(pieces), new_starts, new_ends


Offsets = Sequence[int] | None
Scan = tuple[bool, set[str] | None]  # what _scan_tokens tells


def _quick_checks(text: str, style: str) -> tuple[bool, bool, Scan | None]:
    """Whether ``text`` has character work, whether it has blank work, and the token
    scan (see :func:`_scan_tokens`) unless it has character work or is ASCII."""
    character_work = _needs_character_work(text)
    blank_work = character_work or _needs_blank_work(text)
    if character_work or text.isascii():
        return character_work, blank_work, None
    return character_work, blank_work, _scan_tokens(text, style)


def _run(text: str, track: bool, tone_style: str, flags: Flags) -> tuple[str, Offsets, Offsets]:
    require_str(text, "text")
    require_choice(tone_style, "tone_style", TONE_STYLES)
    # Clean text (the usual case) is recognised with a few scans and set look-ups; when
    # only some steps have work, the scan still tells the tone and legacy-code steps
    # whether they have any, as long as the text is the one scanned.
    character_work, blank_work, scan = _quick_checks(text, tone_style)
    if not blank_work and (scan is None  # ASCII with no control or blank to fix
                           or (scan[0] and not scan[1] and _nothing_else_to_do(text, flags))):
        return _unchanged(text, track)
    starts = list(range(len(text) + 1)) if track else None
    ends = list(range(1, len(text) + 1)) if track else None
    steps = _steps(track, tone_style, flags)
    # A repair can expose another one (deleting a control joins two words), so the steps
    # run again until a round changes nothing: this is what makes normalisation idempotent.
    for round_number in range(_MAX_ROUNDS):
        before = text
        if round_number:  # the same checks for the text the last round left
            character_work, blank_work, scan = _quick_checks(text, tone_style)
        scanned = None if scan is None else text
        tone_plain, suspects = (False, None) if scan is None else scan
        repaired = False  # did a repair that can expose more work change the text?
        for step, repeat, skippable in steps:
            if skippable and not (blank_work if step is _space_edits else character_work):
                continue
            run = step
            if text is scanned:
                if step is _legacy_edits and suspects is not None:
                    if not suspects:
                        continue
                    run = functools.partial(_legacy_edits, suspects=suspects)
                elif getattr(step, "func", None) is _tone_edits:
                    if tone_plain:
                        continue
                    # the scan found tone work: straight to the suspects, no second scan
                    run = functools.partial(_scan_tone_edits, style=tone_style)
            for _ in range(_MAX_REPEATS if repeat else 1):
                edits = (run if text is scanned else step)(text)
                if not edits:
                    break
                # blank fixes turn blanks into blanks: same tokens, so the same scan
                keeps_scan = step is _space_edits and text is scanned
                text, starts, ends = _apply(text, edits, starts, ends)
                if keeps_scan:
                    scanned = text
                repaired = repaired or step in _REPAIRS
        if not repaired or text == before:
            break
    return text, starts, ends


def _nothing_else_to_do(text: str, flags: Flags) -> bool:
    """Whether composition and the optional folds have nothing to do in ``text``, whose
    tokens are plain."""
    if not _is_composed(text):
        return False
    quotes_and_dashes, eth_as_d = flags[6], flags[7]
    return not ((quotes_and_dashes and _QUOTE_RE.search(text))
                or (eth_as_d and _ETH_RE.search(text)))


def _unchanged(text: str, track: bool) -> tuple[str, Offsets, Offsets]:
    if not track:
        return text, None, None
    if len(text) < len(_IDENTITY):  # slices of a ready tuple: no new int objects
        return text, _IDENTITY[:len(text) + 1], _IDENTITY[1:len(text) + 1]
    return text, range(len(text) + 1), range(1, len(text) + 1)


_IDENTITY = tuple(range(4097))


# A repeated step stops when it finds nothing more to do: nested mojibake shrinks the text
# threefold per level, and a legacy run split by one conversion needs one more pass.
_MAX_REPEATS = 10
_MAX_ROUNDS = 4


def _as_tuple(offsets: Sequence[int]) -> tuple[int, ...]:
    return offsets if isinstance(offsets, tuple) else tuple(offsets)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text with a map back to the input it came from.

    ``source_offsets[i]`` is where the source of ``text[i]`` starts in the input, and
    ``source_offsets[len(text)]`` is ``len(input)``; the map never decreases.
    """

    text: str
    source_offsets: tuple[int, ...]
    # input offset where the source of each output character ends
    source_ends: tuple[int, ...] = field(default=(), repr=False)

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The ``(start, end)`` of the input that produced ``text[start:end]``.

        Offsets are clipped to the text; whitespace or invisible characters the
        normalisation deleted after the last character are not included.

        >>> normalized = normalize_with_offsets("Ho\\u0300a  bi\\u0300nh\\u200b ")
        >>> normalized.text
        'Hòa bình'
        >>> normalized.to_source_span(4, 8)
        (6, 11)
        """
        length = len(self.text)
        start = min(max(start, 0), length)
        end = min(max(end, start), length)
        source_start = self.source_offsets[start]
        if end == start:
            return (source_start, source_start)
        return (source_start, self.source_ends[end - 1])


def normalize(
    text: str,
    *,
    tone_style: str = "hòa",
    compose: bool = True,
    tone_marks: bool = True,
    invisible: bool = True,
    spaces: bool = True,
    mojibake: bool = True,
    legacy_encodings: bool = True,
    quotes_and_dashes: bool = False,
    eth_as_d: bool = False,
) -> str:
    """Fix the Unicode defects of scraped Vietnamese text; each fix can be switched off.

    >>> normalize("Ho\\u0300a  bi\\u0300nh\\u200b\\r\\nthuỷ  ")
    'Hòa bình\\nthủy'
    >>> normalize("Viá»‡t Nam\\nViÖt Nam ®· th¾ng\\nVieät Nam ñaõ thaéng\\nNguỹên")
    'Việt Nam\\nViệt Nam đã thắng\\nViệt Nam đã thắng\\nNguyễn'
    >>> normalize("hòa khỏe thủy", tone_style="hoà")
    'hoà khoẻ thuỷ'
    """
    return _run(text, False, tone_style, (
        bool(compose), bool(tone_marks), bool(invisible), bool(spaces), bool(mojibake),
        bool(legacy_encodings), bool(quotes_and_dashes), bool(eth_as_d)))[0]


def normalize_with_offsets(
    text: str,
    *,
    tone_style: str = "hòa",
    compose: bool = True,
    tone_marks: bool = True,
    invisible: bool = True,
    spaces: bool = True,
    mojibake: bool = True,
    legacy_encodings: bool = True,
    quotes_and_dashes: bool = False,
    eth_as_d: bool = False,
) -> Normalized:
    """:func:`normalize`, also returning where each output character came from.

    >>> result = normalize_with_offsets("\\ufeffÔng  Nguỹên nói")
    >>> result.text
    'Ông Nguyễn nói'
    >>> start, end = result.to_source_span(4, 10)
    >>> "\\ufeffÔng  Nguỹên nói"[start:end]
    'Nguỹên'
    """
    output, starts, ends = _run(text, True, tone_style, (
        bool(compose), bool(tone_marks), bool(invisible), bool(spaces), bool(mojibake),
        bool(legacy_encodings), bool(quotes_and_dashes), bool(eth_as_d)))
    assert starts is not None and ends is not None
    return Normalized(output, _as_tuple(starts), _as_tuple(ends))
