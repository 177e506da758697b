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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import unicodedata2 as unicodedata

from viscrape._checks import require_choice, require_str
from viscrape._encodings import TRIGGER_PATTERN, Edit, legacy_edits, mojibake_edits
from viscrape._tone import place_tone, safe_pairs, toned_vowel_class, vowel_class

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
# C0 controls except \t \n \r \v \f (line breaks are the spaces step's), DEL, C1, soft hyphen
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad]")

# --- composition ------------------------------------------------------------------------
# Characters that are NFC-stable and never the second half of a composition: NFC never
# changes text across a position just before one of them, so composition can be done
# cluster by cluster (a safe character plus the unsafe characters after it).
_SAFE = "\x00-\u02ff\u0370-\u037d\u037f-\u0386\u0388-\u03ff\u1e00-\u1ef9"
_CLUSTER_RE = re.compile(f"[{_SAFE}]?[^{_SAFE}]+")

# --- spaces ----------------------------------------------------------------------------
_LINE_BREAK_RE = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_UNICODE_SPACES = "\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
# runs that may need work: 2+ blanks, any odd space, a blank before a line end
_SPACE_RUN_RE = re.compile(f"[ \t{_UNICODE_SPACES}]{{2,}}|[{_UNICODE_SPACES}]|[ \t](?=\n|\\Z)")
_ODD_SPACE_RE = re.compile(f"[{_UNICODE_SPACES}]")

# --- one scan deciding whether any of the steps above can have work -------------------
_CP1252_SPECIALS = "".join(
    character for byte in range(0x80, 0xA0)
    for character in [bytes([byte]).decode("cp1252", errors="ignore")] if character
)
_NEEDS_WORK_RE = re.compile(
    # controls, C1, Latin-1 symbols (mojibake continuations, legacy-code letters)
    "[\x00-\x08\x0b-\x1f\x7f-\xbf"
    # Latin-1 letters Vietnamese does not use (legacy codes)
    "\xc4-\xc7\xcb\xce-\xd1\xd6-\xd8\xdb\xdc\xde-\xdf"
    "\xe4-\xe7\xeb\xee-\xf1\xf6-\xf8\xfb\xfc\xfe\xff"
    # invisibles, odd spaces, line separators
    "\u034f\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000"
    "\ufeff\ufff9-\ufffb]"
    # a mojibake lead byte before a cp1252 punctuation byte
    f"|[\xc2-\xf4][{re.escape(_CP1252_SPECIALS)}]"
    # blanks to collapse or trim
    "|[ \t](?:[ \t\n]|\\Z)"
    # VNI pairs (legacy codes)
    f"|{TRIGGER_PATTERN}"
)

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
# a toned vowel next to a vowel; a toned u of qu (qúa) or toned i of gi (gìa); a loose
# mark; a tone on a consonant (tiêń).  Only pairs outside the safe set are suspects.
_TONE_SCAN_RE = re.compile(
    f"[qQ][uU][{_TONED}](?![{vowel_class()}])|[gG][iI][{_TONED}](?![{vowel_class()}])|[oOuU][{_TONED}][^\\W\\d_]|[{_TONED}][{vowel_class()}]|[{vowel_class()}][{_TONED}]|[qQ][{_TONED_U}]"
    f"|[gG][{_TONED_I}][{vowel_class()}]|[\u0300-\u036f]|[ńǹḿẃẁŃǸḾẂẀ]"
)
_SAFE_PAIRS = {style: safe_pairs(style) for style in TONE_STYLES}
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
    return _deletions(_INVISIBLE_RE, text)


def _control_edits(text: str) -> list[Edit]:
    return _deletions(_CONTROL_RE, text)


def _compose_edits(text: str) -> list[Edit]:
    if text.isascii() or unicodedata.normalize("NFC", text) == text:
        return []
    edits = []
    for match in _CLUSTER_RE.finditer(text):
        cluster = match.group()
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            edits.append((match.start(), match.end(), composed))
    return edits


def _mojibake_edits(text: str) -> list[Edit]:
    if text.isascii():
        return []
    return mojibake_edits(text)


def _legacy_edits(text: str) -> list[Edit]:
    if text.isascii():
        return []
    return legacy_edits(text)


def _space_edits(text: str) -> list[Edit]:
    edits = [(match.start(), match.end(), "\n") for match in _LINE_BREAK_RE.finditer(text)]
    if edits:
        return edits  # applied first; the blanks are handled by the next pass
    length = len(text)
    for match in _SPACE_RUN_RE.finditer(text):
        run = match.group()
        end = match.end()
        if end == length or text[end] == "\n":
            replacement = ""
        else:
            replacement = "\t" * run.count("\t") or " "
        if replacement != run:
            edits.append((match.start(), end, replacement))
    return edits


def _eth_edits(text: str) -> list[Edit]:
    return _translations(_ETH_RE, _ETH_TABLE, text)


def _quote_edits(text: str) -> list[Edit]:
    return _translations(_QUOTE_RE, _QUOTE_TABLE, text)


def _tone_suspects(text: str, style: str) -> list[int]:
    """Offsets of places where a tone mark may be misplaced, in order."""
    unsafe = set(_TONE_SCAN_RE.findall(text)).difference(_SAFE_PAIRS[style])
    if not unsafe:
        return []  # the common case: one scan in C, no match objects
    # the few unsafe strings found, located with a small alternation (longest first)
    pattern = "|".join(re.escape(item) for item in sorted(unsafe, key=len, reverse=True))
    return [match.start() for match in re.finditer(pattern, text)]


def _tone_edits(text: str, style: str) -> list[Edit]:
    edits: list[Edit] = []
    done = 0  # end of the last word looked at
    for suspect in _tone_suspects(text, style):
        if suspect < done:
            continue
        start = suspect
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        word = _WORD_RE.match(text, start)
        if word is None:  # a loose mark after a non-letter
            done = suspect + 1
            continue
        fixed = place_tone(word.group(), style)
        if fixed != word.group():
            edits.append((start, word.end(), fixed))
        done = word.end()
    return edits


# --- running the steps with an offset map -----------------------------------------------
Step = Callable[[str], list[Edit]]


def _steps(  # noqa: PLR0913 - one flag per fix

    tone_style: str,
    compose: bool,
    tone_marks: bool,
    invisible: bool,
    spaces: bool,
    mojibake: bool,
    legacy_encodings: bool,
    quotes_and_dashes: bool,
    eth_as_d: bool,
) -> list[tuple[Step, bool, bool]]:
    """The enabled steps in order, each with two flags: repeat until nothing changes;
    can have work only where ``_NEEDS_WORK_RE`` matches."""
    steps: list[tuple[Step, bool, bool]] = []
    if invisible:
        steps.append((_invisible_edits, False, True))
    if compose:  # the repairs below read composed text
        steps.append((_compose_edits, False, False))
    if mojibake:
        steps.append((_mojibake_edits, True, True))
    if legacy_encodings:
        steps.append((_legacy_edits, True, True))
    if invisible:
        steps.append((_control_edits, False, True))
    if compose:
        steps.append((_compose_edits, False, False))
    if spaces:
        steps.append((_space_edits, True, True))
    if eth_as_d:
        steps.append((_eth_edits, False, False))
    if quotes_and_dashes:
        steps.append((_quote_edits, False, False))
    if tone_marks:
        steps.append((lambda text: _tone_edits(text, tone_style), False, False))
        if compose:
            steps.append((_compose_edits, False, False))
    return steps


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


def _run(text: str, track: bool, options: dict[str, object]) -> tuple[str, list[int] | None,
                                                                      list[int] | None]:
    require_str(text, "text")
    tone_style = require_choice(options.get("tone_style", TONE_STYLES[0]), "tone_style",
                                TONE_STYLES)
    flags = {name: bool(options.get(name, default)) for name, default in _DEFAULTS.items()}
    starts = list(range(len(text) + 1)) if track else None
    ends = list(range(1, len(text) + 1)) if track else None
    steps = _steps(tone_style, **flags)
    # A repair can expose another one (deleting a control joins two words), so the steps
    # run again until a round changes nothing: this is what makes normalisation idempotent.
    for _ in range(_MAX_ROUNDS):
        before = text
        needs_work = _NEEDS_WORK_RE.search(text) is not None
        for step, repeat, skippable in steps:
            if skippable and not needs_work:
                continue
            for _ in range(_MAX_REPEATS if repeat else 1):
                edits = step(text)
                if not edits:
                    break
                text, starts, ends = _apply(text, edits, starts, ends)
        if text == before:
            break
    return text, starts, ends


# A repeated step stops when it finds nothing more to do: nested mojibake shrinks the text
# threefold per level, and a legacy run split by one conversion needs one more pass.
_MAX_REPEATS = 10
_MAX_ROUNDS = 4

_DEFAULTS: dict[str, bool] = {
    "compose": True,
    "tone_marks": True,
    "invisible": True,
    "spaces": True,
    "mojibake": True,
    "legacy_encodings": True,
    "quotes_and_dashes": False,
    "eth_as_d": False,
}


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
    >>> normalize("Viá»‡t Nam, ViÖt Nam, Vieät Nam, Nguỹên")
    'Việt Nam, Việt Nam, Việt Nam, Nguyễn'
    >>> normalize("hòa khỏe thủy", tone_style="hoà")
    'hoà khoẻ thuỷ'
    """
    return _run(text, False, {
        "tone_style": tone_style, "compose": compose, "tone_marks": tone_marks,
        "invisible": invisible, "spaces": spaces, "mojibake": mojibake,
        "legacy_encodings": legacy_encodings, "quotes_and_dashes": quotes_and_dashes,
        "eth_as_d": eth_as_d,
    })[0]


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
    output, starts, ends = _run(text, True, {
        "tone_style": tone_style, "compose": compose, "tone_marks": tone_marks,
        "invisible": invisible, "spaces": spaces, "mojibake": mojibake,
        "legacy_encodings": legacy_encodings, "quotes_and_dashes": quotes_and_dashes,
        "eth_as_d": eth_as_d,
    })
    assert starts is not None and ends is not None
    return Normalized(output, tuple(starts), tuple(ends))
