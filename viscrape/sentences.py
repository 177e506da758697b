"""Sentence segmentation for Vietnamese news text.

Built on :func:`viscrape.tokenize`, so numbers, dates, URLs, e-mail addresses and
abbreviations never end a sentence by themselves. A line break always ends a sentence
(headlines and captions carry no final period). Quotations and brackets are matched per line
before any boundary is placed: there is no boundary inside a matched pair, a closing mark stays
with the sentence it closes, and an opening mark that is never closed on its line is ignored,
so it cannot swallow the rest of the text.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping

from viscrape._checks import require_str
from viscrape._data import load_lines, load_table
from viscrape.tokenize import _KIND_OF_LASTGROUP, _TOKEN_RE, _other_kind
from viscrape.types import Span

__all__ = ["segment_sentences"]

TITLE = "title"
FINAL = "final"
_ROLES = (TITLE, FINAL)

_OPENING = {"“": "”", "‘": "’", "«": "»", "‹": "›", "„": "”", "(": ")", "[": "]", "{": "}"}
_CLOSING = {closer: opener for opener, closer in _OPENING.items() if opener != "„"}
_STRAIGHT = '"'
_TERMINALS = frozenset(".?!…")
_DASHES = frozenset("-–—•*+")
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_CHUNK_LIMIT = 24  # longest abbreviation looked up before a period


@functools.lru_cache(maxsize=1)
def _default_roles() -> dict[str, str]:
    roles: dict[str, str] = {}
    for row in load_table("abbreviations.txt"):
        role = row[1] if len(row) > 1 and row[1] in _ROLES else TITLE
        roles[row[0]] = role
    return roles


@functools.lru_cache(maxsize=1)
def _sentence_starters() -> frozenset[str]:
    return frozenset(load_lines("sentence_starters.txt"))


def _roles_with(extra: Mapping[str, str] | Iterable[str] | None) -> dict[str, str]:
    if extra is None:
        return _default_roles()
    if isinstance(extra, str):
        raise TypeError("abbreviations must be a mapping or an iterable of str, not str")
    roles = dict(_default_roles())
    items = extra.items() if isinstance(extra, Mapping) else ((entry, TITLE) for entry in extra)
    for entry, role in items:
        if not isinstance(entry, str) or role not in _ROLES:
            raise ValueError(
                f"abbreviations entries must be str with a role in {_ROLES!r}, not {entry!r}: "
                f"{role!r}"
            )
        roles[unicodedata.normalize("NFC", entry.strip())] = role
    return roles


def segment_sentences(
    text: str, *, abbreviations: Mapping[str, str] | Iterable[str] | None = None
) -> list[Span]:
    """Split ``text`` into sentences, returned as spans stripped of surrounding whitespace.

    The spans are ordered, do not overlap, and together cover every non-whitespace
    character exactly once. ``abbreviations`` adds entries to the bundled list
    (``viscrape/data/abbreviations.txt``): an iterable of abbreviations that never end a
    sentence, or a mapping from abbreviation to ``"title"`` (never ends a sentence) or
    ``"final"`` (ends one when what follows starts a sentence).

    >>> [s.text for s in segment_sentences(
    ...     'PGS.TS. Nguyễn V. Nam đến TP.HCM lúc 13:03. Ông nói: "Tốt. Rất tốt." Mọi người vỗ tay.')]
    ['PGS.TS. Nguyễn V. Nam đến TP.HCM lúc 13:03.', 'Ông nói: "Tốt. Rất tốt."', 'Mọi người vỗ tay.']
    """
    require_str(text, "text")
    return [span for span, _tokens in _split(text, _roles_with(abbreviations))]


RawToken = tuple[int, int, str, str]  # start, end, text, kind


def _split(text: str, roles: dict[str, str]) -> list[tuple[Span, list[RawToken]]]:
    """Sentences of ``text`` with their tokens (used by word_tokenize too)."""
    starters = _sentence_starters()
    sentences: list[tuple[Span, list[RawToken]]] = []
    line: list[RawToken] = []
    previous_end = 0
    kind_of = _KIND_OF_LASTGROUP
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        if line and _has_line_break(text, previous_end, start):
            _segment_line(text, line, roles, starters, sentences)
            line = []
        piece = text[start:end]
        kind = kind_of[match.lastgroup]
        if kind == "symbol":
            kind = _other_kind(piece[0])
        line.append((start, end, piece, kind))
        previous_end = end
    if line:
        _segment_line(text, line, roles, starters, sentences)
    return sentences


def _has_line_break(text: str, start: int, end: int) -> bool:
    if end - start == 1:
        return text[start] in _LINE_BREAKS
    return any(character in _LINE_BREAKS for character in text[start:end])


def _match_quotes(text: str, tokens: list[RawToken]) -> tuple[list[int], list[bool]]:
    """Depth (number of enclosing matched pairs) before each token, and which are closers."""
    count = len(tokens)
    change = [0] * (count + 1)
    is_closer = [False] * count
    stack: list[tuple[str, int]] = []  # (opening mark, token index)
    open_count: dict[str, int] = {}
    for index, (start, end, piece, _kind) in enumerate(tokens):
        if end - start != 1:
            continue
        if piece == _STRAIGHT:
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            opens = before.isspace() or before in _OPENING or not after.isspace() and not (
                before.isalnum() or before in _TERMINALS or before in ",;:"
            )
            if open_count.get(_STRAIGHT, 0) and not (before.isspace() and not after.isspace()):
                opens = False
            elif open_count.get(_STRAIGHT, 0) == 0 and not after.isspace() and after not in ",.;:!?)":
                opens = True
            if opens:
                stack.append((_STRAIGHT, index))
                open_count[_STRAIGHT] = open_count.get(_STRAIGHT, 0) + 1
                continue
            opener = _STRAIGHT
        elif piece in _OPENING:
            stack.append((piece, index))
            open_count[piece] = open_count.get(piece, 0) + 1
            continue
        elif piece in _CLOSING:
            opener = _CLOSING[piece]
            if piece == "”" and not open_count.get(opener, 0) and open_count.get("„", 0):
                opener = "„"
        else:
            continue
        is_closer[index] = True
        if not open_count.get(opener, 0):
            continue  # unmatched closer: it stays with what precedes it
        while stack:
            mark, opened_at = stack.pop()
            open_count[mark] -= 1
            if mark == opener:
                change[opened_at + 1] += 1  # depth counts from the token after the opener
                change[index] -= 1
                break
    depth = [0] * (count + 1)
    running = 0
    for index in range(count + 1):
        running += change[index]
        depth[index] = running
    return depth, is_closer


def _segment_line(
    text: str,
    tokens: list[RawToken],
    roles: dict[str, str],
    starters: frozenset[str],
    sentences: list[tuple[Span, list[RawToken]]],
) -> None:
    depth, is_closer = _match_quotes(text, tokens)
    count = len(tokens)
    first = 0
    index = 0
    while index < count:
        start, end, piece, kind = tokens[index]
        if not _is_terminal(text, tokens, index, roles, starters):
            index += 1
            continue
        after = index + 1
        while after < count and (is_closer[after] or tokens[after][2][0] in _TERMINALS and
                                 tokens[after][3] == "punct"):
            after += 1
        if after < count and depth[after] == 0 and depth[index] <= _closed_levels(
            depth, index, after
        ) and _starts_sentence(text, tokens, after, piece):
            last_end = tokens[after - 1][1]
            span = Span(tokens[first][0], last_end, text[tokens[first][0]:last_end])
            sentences.append((span, tokens[first:after]))
            first = after
        index = after
    start = tokens[first][0]
    sentences.append((Span(start, tokens[-1][1], text[start:tokens[-1][1]]), tokens[first:]))


def _closed_levels(depth: list[int], index: int, after: int) -> int:
    """How many pairs the closers between ``index`` and ``after`` close."""
    return depth[index] - depth[after]


def _is_terminal(
    text: str,
    tokens: list[RawToken],
    index: int,
    roles: dict[str, str],
    starters: frozenset[str],
) -> bool:
    start, end, piece, kind = tokens[index]
    if kind == "abbreviation":
        return piece.endswith(".") and _role_before_period(text, tokens, index, roles) == FINAL
    if kind != "punct" or piece[0] not in _TERMINALS:
        return False
    if piece != ".":
        return True
    if index == 0 or tokens[index - 1][1] != start:
        return True
    role = _role_before_period(text, tokens, index, roles)
    if role == TITLE:
        return False
    if role is None and _is_initial(tokens, index, starters):
        return False
    return True


def _role_before_period(
    text: str,
    tokens: list[RawToken],
    index: int,
    roles: dict[str, str] | None = None,
) -> str | None:
    """Role of the abbreviation that this period (or period-final token) closes, if any."""
    if roles is None:
        roles = _default_roles()
    end = tokens[index][1]
    first = index
    while (
        first > 0
        and tokens[first - 1][1] == tokens[first][0]
        and end - tokens[first - 1][0] <= _CHUNK_LIMIT
    ):
        first -= 1
    chunk = text[tokens[first][0]:end].lstrip("“‘«‹„([{\"'")
    if not chunk.isascii():
        chunk = unicodedata.normalize("NFC", chunk)
    role = roles.get(chunk) or roles.get(chunk[:-1])
    if role is None and "." in chunk[:-1]:
        role = roles.get(chunk[:-1].rsplit(".", 1)[1] + ".")
    if role is None and tokens[index][3] == "abbreviation":
        role = TITLE  # dotted acronyms not in the list (A.F.P.) never end a sentence
    return role


def _is_initial(tokens: list[RawToken], index: int, starters: frozenset[str]) -> bool:
    """``Nguyễn V. Nam``, ``Donald J. Trump``: a capital letter between two names."""
    letter = tokens[index - 1]
    if letter[3] != "word" or not letter[2][0].isupper() or len(
        unicodedata.normalize("NFC", letter[2])
    ) != 1:
        return False
    if index + 1 >= len(tokens) or index < 2:
        return False
    before, following = tokens[index - 2], tokens[index + 1]
    named_before = before[2][0].isupper() and before[3] in ("word", "abbreviation")
    named_after = following[3] == "word" and following[2][0].isupper()
    return named_before and named_after and unicodedata.normalize(
        "NFC", following[2]
    ) not in starters


def _starts_sentence(
    text: str, tokens: list[RawToken], index: int, terminal: str
) -> bool:
    start, end, piece, kind = tokens[index]
    head = piece[0]
    if kind in ("word", "abbreviation"):
        return head.isupper()
    if terminal[0] in ".…" and len(terminal) > 1 or terminal == "…":
        return head in _OPENING or head == _STRAIGHT  # after an ellipsis: a capital or a quote
    if kind in ("number", "datetime"):
        return True
    if head in _DASHES:
        # "“Sao vậy?” – anh hỏi." continues; "- Anh có đồng ý?" (an interview turn) starts
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return following is None or not following[2][0].islower()
    return head in _OPENING or head == _STRAIGHT
