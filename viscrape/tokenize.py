"""Tokenisation (the hot path) and word segmentation of Vietnamese text.

:func:`tokenize` splits text into syllables, numbers, dates and times, abbreviations, URLs,
e-mail addresses, punctuation and symbols, with character offsets. It is one compiled
regular expression scanned once with ``findall``; every alternative either matches a bounded
amount of text or is guarded so that a failed attempt is never retried inside the same run,
so the cost is linear in the input.

:func:`word_tokenize` groups syllables into words with the underthesea or pyvi CRF models,
after protecting what those models break (URLs, numbers, dates, abbreviations).

NFC and NFD input give the same tokens (same kinds, texts equal after NFC normalisation):
combining marks always stay with the character before them, so a syllable is never split.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate, chain, pairwise
from typing import Literal, overload

from viscrape._checks import require_choice, require_str
from viscrape._data import load_table
from viscrape.normalize import normalize_with_offsets
from viscrape.types import Span, TokenKind, Tokens

__all__ = ["BACKENDS", "FORMATS", "kind_of_token", "tokenize", "word_tokenize"]

BACKENDS: tuple[str, ...] = ("pyvi", "underthesea")
FORMATS: tuple[str, ...] = ("list", "text", "spans")

# Combining marks (NFD tones and vowel marks) that must stay with their base letter.
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD_CHAR = rf"(?:[^\W_]|[{_MARK}])"  # letter, digit or combining mark; never "_"
_LETTER = r"[^\W\d_]"
_NOT_AFTER_WORD = rf"(?![\w{_MARK}])"
_NOT_BEFORE = rf"(?<![\w.{_MARK}])"
# Capital letters of Vietnamese. Not the range Ạ-Ỹ: capitals and small letters alternate there.
_UPPER = "A-Z" + "".join(
    character
    for character in map(chr, [*range(0xC0, 0xDE), 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF,
                               *range(0x1EA0, 0x1EF9)])
    if character.isupper()
)

# Characters that end a URL only when they are not its last character.
_URL_BODY = r"[^\s<>\"“”‘’«»]"
_URL_END = r"[^\s<>\"“”‘’«».,;:!?…)\]}'’]"
_TLDS = "com|net|org|vn|gov|edu|info|biz|io|tv|asia|int|uk|us|jp|kr|cn|fr|de|ru|au|sg|eu|app|dev"


def _abbreviation_pattern(entries: Iterable[str]) -> str:
    """One alternation of the entries and their NFD forms, longest first.

    An entry ending in a period must not be followed by another period (``v.v...`` is
    ``v.v`` + ``...``); any other entry must end at a word boundary.
    """
    forms = set()
    for entry in entries:
        if entry and not any(character.isspace() for character in entry):
            forms.add(entry)
            forms.add(unicodedata.normalize("NFD", entry))
    alternatives = [
        re.escape(form) + (r"(?!\.)" if form.endswith(".") else _NOT_AFTER_WORD)
        for form in sorted(forms, key=lambda form: (-len(form), form))
    ]
    return rf"{_NOT_BEFORE}(?:{'|'.join(alternatives)})"


# Order is priority. The first alternative after URLs is the fast path: a plain syllable not
# followed by anything that could make it part of a longer token.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("url", rf"(?:(?:https?|ftp)://|www\d{{0,3}}\.){_URL_BODY}*{_URL_END}"),
    ("word", rf"{_LETTER}{_WORD_CHAR}*(?![\w.@'’&\-{_MARK}])"),
    # fast path for punctuation and symbols that cannot begin any longer token
    ("other", rf"[^\w\s.…?!{_MARK}](?![\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\u20e3{_MARK}])"),
    (
        "email",
        r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9\-]{1,63}"
        r"(?:\.[A-Za-z0-9\-]{1,63}){1,6}",
    ),
    # dotted acronyms: U.S., U.K., A.F.P.
    ("dotted", rf"{_NOT_BEFORE}(?:[A-Z]\.){{2,4}}{_NOT_AFTER_WORD}"),
    # TP.HCM, PGS.TS, GS.TSKH, Q.1, P.5, Th.S, T.Ư (bounded, so a failure costs O(1)); a
    # capital may carry up to three combining marks, so NFD text gives the same tokens
    (
        "dotted",
        rf"{_NOT_BEFORE}(?:[{_UPPER}][{_MARK}]{{0,3}}[A-Za-z]{{0,3}}\.){{1,3}}"
        rf"(?:[{_UPPER}0-9][{_MARK}]{{0,3}}){{1,6}}{_NOT_AFTER_WORD}",
    ),
    ("abbreviation", _abbreviation_pattern(row[0] for row in load_table("abbreviations.txt"))),
    (
        "domain",
        rf"(?<![\w.@/{_MARK}])[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}(?:\.[A-Za-z0-9\-]{{1,63}}){{0,4}}"
        rf"\.(?:{_TLDS})(?![\w@{_MARK}])(?:/{_URL_BODY}*{_URL_END}|/)?",
    ),
    (
        "datetime",
        r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}"
        r"|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}"
        r"|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}[hg]\d{2}|\d{1,2}h)(?![\w/]|[:.,]\d)",
    ),
    # vehicle plates: 29A-123.45, 51F1-12345, 30E-12345
    ("plate", r"\d{2}[A-Z]{1,2}\d?-\d{3}(?:\.\d{2}|\d{1,2})?(?![\w.])"),
    # codes glued to digits: 4K, 5G, 3D, 10A1, U23, H5N1 and F-16 are words (see below)
    ("code", rf"\d{{1,4}}[A-Z]{{1,3}}\d{{0,4}}{_NOT_AFTER_WORD}"),
    ("number", r"\d+(?:[.,]\d+)*%?"),
    # syllables with inner hyphen, apostrophe or ampersand: Ma-rốc, H'Mông, COVID-19, H&M
    ("word", rf"{_WORD_CHAR}+(?:[\-'’&]{_WORD_CHAR}+)*"),
    ("punct", r"\.{2,}|…+|[?!]+"),
    # anything else is one character, with its combining marks, variation selectors and
    # zero-width-joined emoji
    ("other", rf"[^\s](?:\u200d[^\w\s]|[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\u20e3{_MARK}])*"),
)

_KIND_OF_GROUP: dict[str, TokenKind] = {
    "url": "url",
    "word": "word",
    "email": "email",
    "abbreviation": "abbreviation",
    "dotted": "abbreviation",
    "domain": "url",
    "datetime": "datetime",
    "plate": "number",
    "code": "word",
    "number": "number",
    "punct": "punct",
}

def _token_regex(patterns: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """The alternation of ``patterns`` with one named group each (names made unique by a
    count: word, word_2, ...), so that ``match.lastgroup`` tells which one matched."""
    seen: dict[str, int] = {}
    groups = []
    for name, body in patterns:
        seen[name] = seen.get(name, 0) + 1
        unique = name if seen[name] == 1 else f"{name}_{seen[name]}"
        groups.append(f"(?P<{unique}>{body})")
    return re.compile("|".join(groups))


_TOKEN_RE = _token_regex(_PATTERNS)
_KIND_OF_LASTGROUP: dict[str | None, TokenKind] = {
    group: _KIND_OF_GROUP.get(group.split("_")[0], "symbol") for group in _TOKEN_RE.groupindex
}


@functools.lru_cache(maxsize=4096)
def _other_kind(character: str) -> TokenKind:
    return "punct" if unicodedata.category(character).startswith("P") else "symbol"


# The scanner behind tokenize(): the same alternatives without group names, each preceded by
# the whitespace before it, so that ``findall`` returns pieces that tile the text and the
# offsets follow from their lengths. In front, a fast path for the most common token: a
# syllable of Vietnamese letters (digits allowed after the first) followed by a space, a line
# break, the end of the text, or punctuation that cannot extend it. Wherever it matches, the
# full alternation would match the same characters; everything else (other scripts, NFD
# marks, a following period) falls through to the full alternation. Explicit character
# ranges rather than ``[^\W\d_]`` and ``\s``: ``re`` tests them with a bitmap, which makes
# the whole scan about 1.8x faster.
_VIETNAMESE_LETTER = "A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ"
_FAST_SYLLABLE = (
    rf"[{_VIETNAMESE_LETTER}][{_VIETNAMESE_LETTER}0-9]*"
    r"(?=[ \n\t;!?)”\"]|\Z|[,:](?![\w/]))"
)
# Second fast path: common punctuation that cannot start or join a longer token (a period
# only before a blank or the end, where nothing but the final catch-all would take it).
_FAST_PUNCTUATION = (
    rf"[,“”():;\"](?![\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff{_MARK}])|\.(?=[ \n]|\Z)"
)
_SCAN_RE = re.compile(
    rf"\s*(?:{_FAST_SYLLABLE}|{_FAST_PUNCTUATION}|"
    + "|".join(f"(?:{body})" for _name, body in _PATTERNS)
    + ")"
)


def kind_of_token(text: str) -> TokenKind:
    """The kind :func:`tokenize` gives a token, from its text alone.

    >>> kind_of_token("TP.HCM"), kind_of_token("9h30"), kind_of_token("tướng"), kind_of_token("…")
    ('abbreviation', 'datetime', 'word', 'punct')
    """
    require_str(text, "text")
    return _kind_of_text(text)


@functools.lru_cache(maxsize=1 << 16)
def _kind_of_text(text: str) -> TokenKind:
    match = _TOKEN_RE.match(text)
    kind = _KIND_OF_LASTGROUP[match.lastgroup] if match else "symbol"
    return _other_kind(text[0]) if kind == "symbol" and text else kind


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens with offsets; whitespace is never a token.

    Kinds: ``word`` (a syllable), ``number``, ``datetime``, ``abbreviation``, ``url``,
    ``email``, ``punct`` and ``symbol``; a token's kind depends on its text only
    (:func:`kind_of_token`). Every non-whitespace character is in exactly one token, so the
    tokens and the whitespace between them rebuild the input. The result is a sequence of
    :class:`~viscrape.types.Token` (a :class:`~viscrape.types.Tokens`, whose ``texts`` and
    ``ends`` columns are plain tuples; starts and kinds are worked out when read).

    >>> [(t.text, t.kind) for t in tokenize("TP.HCM, 9h30 ngày 24/12: tăng 7,09%.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('TP.HCM', 'abbreviation'), (',', 'punct'), ('9h30', 'datetime'), ('ngày', 'word'),
     ('24/12', 'datetime'), (':', 'punct'), ('tăng', 'word'), ('7,09%', 'number'),
     ('.', 'punct')]
    >>> tokenize("Hà Nội").texts
    ('Hà', 'Nội')
    """
    require_str(text, "text")
    # Trailing whitespace is dropped first: every "\s*" run is then followed by a character
    # some alternative matches, so the scanner never backtracks into whitespace.
    pieces = _SCAN_RE.findall(text.rstrip())
    return Tokens(tuple(map(str.lstrip, pieces)), tuple(accumulate(map(len, pieces))))


DEFAULT_BACKEND = "pyvi"  # the better word-segmentation F1 on UD-VTB train+dev (docs/benchmarks.md)


@overload
def word_tokenize(
    text: str, *, backend: str | None = None, format: Literal["list"] = "list"
) -> list[str]: ...


@overload
def word_tokenize(text: str, *, backend: str | None = None, format: Literal["text"]) -> str: ...


@overload
def word_tokenize(
    text: str, *, backend: str | None = None, format: Literal["spans"]
) -> list[Span]: ...


@overload
def word_tokenize(
    text: str, *, backend: str | None = None, format: str = "list"
) -> list[str] | str | list[Span]: ...


def word_tokenize(
    text: str, *, backend: str | None = None, format: str = "list"
) -> list[str] | str | list[Span]:
    """Segment ``text`` into words with the pyvi or underthesea CRF model.

    The text is normalised first (:func:`~viscrape.normalize.normalize_with_offsets`: NFC,
    invisible characters removed, tone marks placed), then split into sentences and
    :func:`tokenize` tokens, which the model only groups: URLs, e-mails, numbers, dates and
    abbreviations stay whole, punctuation is never joined, and a lowercase syllable is never
    joined to a following capitalised one. Nothing is kept between calls.

    ``format`` is ``"list"`` (words, syllables separated by spaces), ``"text"`` (one string,
    syllables joined by ``_``, words by spaces: the input PhoBERT-style models expect) or
    ``"spans"`` (:class:`~viscrape.types.Span` objects with offsets into ``text``, the input
    as given). ``backend`` is ``"pyvi"`` (the default: the better F1 on the UD Vietnamese
    treebank) or ``"underthesea"``; each needs its extra (``pip install "viscrape[pyvi]"``).

    >>> word_tokenize("Bộ trưởng Nguyễn Văn Thắng làm việc tại TP.HCM lúc 9h30.")
    ['Bộ trưởng', 'Nguyễn Văn Thắng', 'làm việc', 'tại', 'TP.HCM', 'lúc', '9h30', '.']
    >>> word_tokenize("Thủ tướng Chính phủ yêu cầu", format="text")
    'Thủ_tướng Chính_phủ yêu_cầu'
    >>> spans = word_tokenize("Ho\\u0300a\\u200b bi\\u0300nh", format="spans")  # NFD + ZWSP
    >>> [(span.start, span.end) for span in spans]  # offsets into the input as given
    [(0, 11)]
    """
    from viscrape._backends import load_tagger
    from viscrape.sentences import segment_sentences

    require_str(text, "text")
    backend = DEFAULT_BACKEND if backend is None else require_choice(backend, "backend", BACKENDS)
    require_choice(format, "format", FORMATS)
    tagger = load_tagger(backend)
    normalized = normalize_with_offsets(text)
    tokens = tokenize(normalized.text)
    texts = tokens.texts
    starts = tokens.starts
    # sentences are tagged one by one; each is a run of tokens [first, last)
    sentence_ends = [span.end for span in segment_sentences(normalized.text)]
    bounds = [0] + [bisect_left(starts, end) for end in sentence_ends]
    runs = [(first, last) for first, last in pairwise(bounds) if last > first]
    joins = list(chain.from_iterable(tagger([texts[first:last] for first, last in runs])))
    for first, _last in runs:
        joins[first] = False  # a sentence never continues the word before it
    attached = _attached(joins, tokens.kinds, texts)
    if format == "list":
        # tokens never hold whitespace: "\n" can mark where each word starts
        marked = "".join(map(operator.add, [" " if a else "\n" for a in attached], texts))
        return marked.split("\n")[1:]
    if format == "text":
        return "".join(map(operator.add, ["_" if a else " " for a in attached], texts))[1:]
    word_starts = [index for index, attach in enumerate(attached) if not attach]
    spans = []
    ends = tokens.ends
    for first, following in pairwise([*word_starts, len(texts)]):
        start, end = normalized.to_source_span(starts[first], ends[following - 1])
        spans.append(Span(start, end, text[start:end]))
    return spans


def _attached(joins: list[bool], kinds: tuple[str, ...], texts: tuple[str, ...]) -> list[bool]:
    """Whether each token continues the word before it: the model says so, both are
    syllables, and it is not a capitalised syllable after a lowercase one."""
    is_word = [kind == "word" for kind in kinds]
    initials = [text[0] for text in texts]
    lower = [False, *map(str.islower, initials)]
    return [
        joined and word and previous_word and not (previous_lower and initial.isupper())
        for joined, word, previous_word, previous_lower, initial in zip(
            joins, is_word, [False, *is_word], lower, initials, strict=False
        )
    ]
