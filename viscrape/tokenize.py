"""Tokenisation (the hot path) and word segmentation of Vietnamese text.

:func:`tokenize` splits text into syllables, numbers, dates and times, abbreviations, URLs,
e-mail addresses, punctuation and symbols, with character offsets. It is one compiled
regular expression walked with ``finditer``; every alternative either matches a bounded
amount of text or is guarded so that a failed attempt is never retried inside the same run,
so the cost is linear in the input.

:func:`word_tokenize` groups syllables into words with the underthesea or pyvi CRF models,
after protecting what those models break (URLs, numbers, dates, abbreviations).

NFC and NFD input give the same tokens (same kinds, texts equal after NFC normalisation):
combining marks always stay with the character before them, so a syllable is never split.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from viscrape._checks import require_choice, require_str
from viscrape._data import load_table
from viscrape.types import Span, Token, TokenKind

__all__ = ["tokenize", "word_tokenize", "BACKENDS", "FORMATS"]

BACKENDS: tuple[str, ...] = ("pyvi", "underthesea")
FORMATS: tuple[str, ...] = ("list", "text", "spans")

# Combining marks (NFD tones and vowel marks) that must stay with their base letter.
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD_CHAR = rf"(?:[^\W_]|[{_MARK}])"  # letter, digit or combining mark; never "_"
_LETTER = r"[^\W\d_]"
_NOT_AFTER_WORD = rf"(?![\w{_MARK}])"
_NOT_BEFORE = rf"(?<![\w.{_MARK}])"
_UPPER = "A-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ"

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
    (
        "email",
        r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9\-]{1,63}"
        r"(?:\.[A-Za-z0-9\-]{1,63}){1,6}",
    ),
    # dotted acronyms: U.S., U.K., A.F.P.
    ("dotted", rf"{_NOT_BEFORE}(?:[A-Z]\.){{2,4}}{_NOT_AFTER_WORD}"),
    # TP.HCM, PGS.TS, GS.TSKH, Q.1, P.5, Th.S, T.Ư (bounded, so a failure costs O(1))
    (
        "dotted",
        rf"{_NOT_BEFORE}(?:[{_UPPER}][A-Za-z]{{0,3}}\.){{1,3}}[{_UPPER}0-9]{{1,6}}"
        rf"{_NOT_AFTER_WORD}",
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

_group_names: dict[str, int] = {}


def _named(name: str) -> str:
    """Regex group names must be unique: word, word_2, ..."""
    count = _group_names.get(name, 0) + 1
    _group_names[name] = count
    return name if count == 1 else f"{name}_{count}"


_TOKEN_RE = re.compile("|".join(f"(?P<{_named(name)}>{body})" for name, body in _PATTERNS))
_KIND_OF_LASTGROUP: dict[str | None, TokenKind] = {}
for _group in _TOKEN_RE.groupindex:
    _KIND_OF_LASTGROUP[_group] = _KIND_OF_GROUP.get(_group.split("_")[0], "symbol")
del _group


@functools.lru_cache(maxsize=4096)
def _other_kind(character: str) -> TokenKind:
    return "punct" if unicodedata.category(character).startswith("P") else "symbol"


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets; whitespace is never a token.

    Kinds: ``word`` (a syllable), ``number``, ``datetime``, ``abbreviation``, ``url``,
    ``email``, ``punct`` and ``symbol``. Every non-whitespace character is in exactly one
    token, so the tokens and the whitespace between them rebuild the input.

    >>> [(t.text, t.kind) for t in tokenize("TP.HCM, 9h30 ngày 24/12: tăng 7,09%.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('TP.HCM', 'abbreviation'), (',', 'punct'), ('9h30', 'datetime'), ('ngày', 'word'),
     ('24/12', 'datetime'), (':', 'punct'), ('tăng', 'word'), ('7,09%', 'number'),
     ('.', 'punct')]
    """
    require_str(text, "text")
    kind_of = _KIND_OF_LASTGROUP
    tokens = []
    append = tokens.append
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        kind = kind_of[match.lastgroup]
        piece = text[start:end]
        if kind == "symbol":
            kind = _other_kind(piece[0])
        append(Token(start, end, piece, kind))
    return tokens


def word_tokenize(
    text: str, *, backend: str | None = None, format: str = "list"
) -> Any:
    """Placeholder replaced below (kept so the module imports while it is written)."""
    raise NotImplementedError
