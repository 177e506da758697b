"""Sentence segmentation for Vietnamese news text.

Built on the :func:`viscrape.tokenize` tokens, so numbers, dates, URLs, e-mail addresses and
abbreviations never end a sentence by themselves. A line break always ends a sentence
(headlines and captions carry no final period). Quotations and brackets are matched per line
before any boundary is placed: there is no boundary inside a matched pair, a closing mark stays
with the sentence it closes, and an opening mark that is never closed on its line is ignored,
so it cannot swallow the rest of the text.

Only the places where a boundary is possible are looked at. A line without terminal
punctuation (``. ? ! …``) before its end and without quotation marks or brackets is one
sentence. In any other line, only the *marked chunks* (runs of non-space characters holding
terminal punctuation, a quotation mark or a bracket) are tokenised, plus the token next to one
when a rule needs it. Tokens never contain whitespace and the tokeniser treats the start and
the end of a chunk like the start and the end of a text, so a chunk tokenised alone gives the
tokens that tokenising the whole text gives there. The commonest chunk shapes (``nói.``,
``"Tôi``, ``đi."``) are tokenised without the full tokeniser (:func:`_simple_chunk_tokens`).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

from viscrape._checks import require_str
from viscrape._data import load_lines, load_table
from viscrape.tokenize import _TOKEN_RE, _kind_of_text
from viscrape.types import Span

__all__ = ["segment_sentences"]

TITLE = "title"
FINAL = "final"
_ROLES = (TITLE, FINAL)

RawToken = tuple[int, int, str, str]  # start, end, text, kind

_OPENING = {"“": "”", "‘": "’", "«": "»", "‹": "›", "„": "”", "(": ")", "[": "]", "{": "}"}
_CLOSING = {closer: opener for opener, closer in _OPENING.items() if opener != "„"}
_STRAIGHT = '"'
_QUOTES = frozenset(_OPENING) | frozenset(_CLOSING) | {_STRAIGHT}
_TERMINALS = frozenset(".?!…")
_DASHES = frozenset("-–—•*+")
_CHUNK_LIMIT = 24  # longest abbreviation looked up before a period

_MARKS = re.escape("".join(sorted(_TERMINALS | _QUOTES)))
_MARK_RE = re.compile(f"[{_MARKS}]")
_MARKED_RE = re.compile(rf"[{_MARKS}]\S*")  # from the first mark of a chunk to its end
_TERMINAL_RUN_RE = re.compile(r"[.?!…]+")
_SPACES_RE = re.compile(r"\s*")
_NON_SPACES_RE = re.compile(r"\S*")
_QUOTE_RE = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + "]")
# Chunks tokenised without the full tokeniser: opening marks, letters, then closing marks and
# terminal punctuation. "›", "‹" and "„" are left out: a URL may end with them.
_SIMPLE_CHUNK_RE = re.compile(r'([“‘«(\[{"]*)([^\W\d_]*)([.?!…"”’»)\]},;:]*)')
_SIMPLE_TAIL_RE = re.compile(r"\.{2,}|…+|[?!]+|.")


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


@functools.lru_cache(maxsize=1)
def _tokenizer_abbreviations() -> frozenset[str]:
    """The abbreviations compiled into the tokeniser (the bundled list, NFC and NFD)."""
    entries = (row[0] for row in load_table("abbreviations.txt"))
    return frozenset(
        form for entry in entries for form in (entry, unicodedata.normalize("NFD", entry))
    )


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

    >>> text = ('PGS.TS. Nguyễn V. Nam đến TP.HCM lúc 13:03. '
    ...         'Ông nói: "Tốt. Rất tốt." Mọi người vỗ tay.')
    >>> [s.text for s in segment_sentences(text)]
    ['PGS.TS. Nguyễn V. Nam đến TP.HCM lúc 13:03.', 'Ông nói: "Tốt. Rất tốt."', 'Mọi người vỗ tay.']
    """
    require_str(text, "text")
    roles = _roles_with(abbreviations)
    return [Span(start, end, text[start:end]) for start, end in _bounds(text, roles)]


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Start and end offsets of the non-blank lines of ``text``, stripped of whitespace."""
    offset = 0
    for line in text.splitlines(keepends=True):  # the line breaks of _LINE_BREAKS, exactly
        content = line.lstrip()
        if content:
            start = offset + len(line) - len(content)
            yield start, start + len(content.rstrip())
        offset += len(line)


def _bounds(text: str, roles: dict[str, str]) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of ``text``."""
    bounds: list[tuple[int, int]] = []
    for start, end in _lines(text):
        mark = _MARK_RE.search(text, start, end)
        if mark is None or _TERMINAL_RUN_RE.fullmatch(text, mark.start(), end):
            bounds.append((start, end))  # no boundary possible before the end of the line
        else:
            _segment_line(_Line(text, start, end, mark.start()), roles, bounds)
    return bounds


def _tokens_between(text: str, start: int, end: int) -> list[RawToken]:
    """Tokens of ``text[start:end]``, where ``start`` and ``end`` are next to whitespace."""
    return [
        (match.start(), match.end(), piece, _kind_of_text(piece))
        for match in _TOKEN_RE.finditer(text, start, end)
        for piece in (match.group(),)
    ]


class _Line:
    """A stripped line with marks, its marked chunks tokenised: ``chunks`` (token lists, in
    order), ``candidates`` (``(chunk index, token index)`` of the tokens that may end a
    sentence: terminal punctuation, abbreviations ending in a period) and ``quotes`` (the
    quotation marks and brackets: offset and mark). Tokens next to them are made on demand.
    """

    __slots__ = ("candidates", "chunks", "end", "quotes", "start", "text")

    def __init__(self, text: str, start: int, end: int, first_mark: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.chunks: list[list[RawToken]] = []
        self.candidates: list[tuple[int, int]] = []
        self.quotes: list[tuple[int, str]] = []
        abbreviations = _tokenizer_abbreviations()
        chunk_end = start
        for marked in _MARKED_RE.finditer(text, first_mark, end):
            position = marked.start()  # the first mark of the chunk
            # A guess at the chunk start, which a simple chunk confirms (it holds no
            # whitespace); the search never goes back past the previous chunk.
            chunk_start = text.rfind(" ", chunk_end, position) + 1 or chunk_end
            chunk_end = marked.end()
            simple = _SIMPLE_CHUNK_RE.fullmatch(text, chunk_start, chunk_end)
            if simple is not None:
                self._add_simple_chunk(simple, abbreviations)
            else:
                chunk_start = position
                while chunk_start > start and not text[chunk_start - 1].isspace():
                    chunk_start -= 1
                self._add_chunk(_tokens_between(text, chunk_start, chunk_end))

    def _add_chunk(self, tokens: list[RawToken]) -> None:
        chunk_index = len(self.chunks)
        self.chunks.append(tokens)
        for index, (start, _end, piece, kind) in enumerate(tokens):
            if kind == "punct":
                if piece[0] in _TERMINALS:
                    self.candidates.append((chunk_index, index))
                elif piece in _QUOTES:
                    self.quotes.append((start, piece))
            elif kind == "abbreviation" and piece[-1] == ".":
                self.candidates.append((chunk_index, index))

    def _add_simple_chunk(self, chunk: re.Match[str], abbreviations: frozenset[str]) -> None:
        """``_add_chunk`` for a chunk matched by ``_SIMPLE_CHUNK_RE``, tokenised here as the
        tokeniser does (see the test): each mark is a token; the letters are a word, or an
        abbreviation when the tokeniser's fast path for words does not take them (a period or
        an apostrophe follows) and they are in its list; then a run of periods, of "…" or of
        "?" and "!" is one token, any other character is one.
        """
        opening, letters, tail = chunk.groups()
        position = chunk.start()
        chunk_index = len(self.chunks)
        tokens: list[RawToken] = []
        if opening:
            for mark in opening:
                self.quotes.append((position, mark))
                tokens.append((position, position + 1, mark, "punct"))
                position += 1
        if letters:
            kind = "word"
            if tail and tail[0] in ".’":
                if tail[0] == "." and tail[1:2] != "." and letters + "." in abbreviations:
                    letters += "."  # "TP." is one token
                    tail = tail[1:]
                    self.candidates.append((chunk_index, len(tokens)))
                    kind = "abbreviation"
                elif letters in abbreviations:
                    kind = "abbreviation"
            end = position + len(letters)
            tokens.append((position, end, letters, kind))
            position = end
        for piece in (tail,) if len(tail) == 1 else _SIMPLE_TAIL_RE.findall(tail) if tail else ():
            if piece[0] in _TERMINALS:
                self.candidates.append((chunk_index, len(tokens)))
            elif piece in _QUOTES:
                self.quotes.append((position, piece))
            end = position + len(piece)
            tokens.append((position, end, piece, "punct"))
            position = end
        self.chunks.append(tokens)

    def skip_spaces(self, position: int) -> int:
        """The offset of the first non-space character at or after ``position`` on the line
        (``end`` if none)."""
        text = self.text
        if position < self.end and text[position].isspace():
            position += 1  # the line is stripped: a non-space character follows
            if text[position].isspace():
                position = _SPACES_RE.match(text, position).end()  # type: ignore[union-attr]
        return position

    def token_at(self, position: int) -> RawToken:
        """The token starting at ``position`` (the start of a chunk, or the end of a token)."""
        match = _TOKEN_RE.match(self.text, position, self.end)
        assert match is not None  # every non-space character starts a token
        piece = match.group()
        return (position, match.end(), piece, _kind_of_text(piece))

    def token_after(self, chunk_index: int, index: int) -> RawToken | None:
        """The token after ``chunks[chunk_index][index]`` on the line, if any."""
        chunk = self.chunks[chunk_index]
        if index + 1 < len(chunk):
            return chunk[index + 1]
        start = self.skip_spaces(chunk[-1][1])
        if start >= self.end:
            return None
        if chunk_index + 1 < len(self.chunks) and self.chunks[chunk_index + 1][0][0] == start:
            return self.chunks[chunk_index + 1][0]
        return self.token_at(start)

    def token_before(self, chunk_index: int, index: int) -> RawToken | None:
        """The token before ``chunks[chunk_index][index]`` on the line, if any."""
        chunk = self.chunks[chunk_index]
        if index > 0:
            return chunk[index - 1]
        text = self.text
        end = chunk[0][0]
        while end > self.start and text[end - 1].isspace():
            end -= 1
        if end <= self.start:
            return None
        if chunk_index > 0 and self.chunks[chunk_index - 1][-1][1] == end:
            return self.chunks[chunk_index - 1][-1]
        start = end
        while start > self.start and not text[start - 1].isspace():
            start -= 1
        return _tokens_between(text, start, end)[-1]


def _quote_pairs(line: _Line) -> tuple[list[int], list[int], set[int]]:
    """Outermost matched quotation or bracket pairs of the line (opening and closing offsets,
    sorted) and the offsets of all closing marks, matched or not."""
    text = line.text
    closers: set[int] = set()
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    open_count: dict[str, int] = {}
    for start, piece in line.quotes:
        if piece == _STRAIGHT:
            if _straight_quote_opens(text, start, open_count.get(_STRAIGHT, 0)):
                stack.append((_STRAIGHT, start))
                open_count[_STRAIGHT] = open_count.get(_STRAIGHT, 0) + 1
                continue
            opener = _STRAIGHT
        elif piece in _OPENING:
            stack.append((piece, start))
            open_count[piece] = open_count.get(piece, 0) + 1
            continue
        else:
            opener = _CLOSING[piece]
            if piece == "”" and not open_count.get(opener, 0) and open_count.get("„", 0):
                opener = "„"
        closers.add(start)
        if not open_count.get(opener, 0):
            continue  # unmatched closer: it stays with what precedes it
        while stack:
            mark, opened_at = stack.pop()
            open_count[mark] -= 1
            if mark == opener:
                while pairs and pairs[-1][0] > opened_at:
                    pairs.pop()  # enclosed by this pair
                pairs.append((opened_at, start))
                break
    return [pair[0] for pair in pairs], [pair[1] for pair in pairs], closers


def _straight_quote_opens(text: str, start: int, open_straight: int) -> bool:
    """Whether the straight quotation mark at ``start`` opens a quotation."""
    before = text[start - 1] if start > 0 else " "
    after = text[start + 1] if start + 1 < len(text) else " "
    if open_straight:
        return before.isspace() and not after.isspace()
    if not after.isspace() and after not in ",.;:!?)":
        return True
    return before.isspace() or before in _OPENING or (not after.isspace() and not (
        before.isalnum() or before in _TERMINALS or before in ",;:"
    ))


def _segment_line(line: _Line, roles: dict[str, str], bounds: list[tuple[int, int]]) -> None:
    """Append the sentences of a line with marks to ``bounds``."""
    opens, closes, closers = _quote_pairs(line) if line.quotes else ([], [], set())
    starters = _sentence_starters()
    text = line.text
    chunks = line.chunks
    line_end = line.end
    first = line.start  # start of the current sentence
    resume = line.start  # tokens before this offset were in a terminal run already
    for chunk_index, index in line.candidates:
        chunk = chunks[chunk_index]
        start, end, piece, kind = chunk[index]
        if start < resume:
            continue
        if kind == "abbreviation" or (piece == "." and index > 0):
            # "TP.", "v.v.", "Nam.": the role of what the period closes decides; "?", "!",
            # "..." and a period after a space always may end a sentence
            role = _role_before_period(text, chunk, index, roles)
            if role != FINAL and (
                kind == "abbreviation"
                or role == TITLE
                or (
                    chunk[index - 1][2][0].isupper()
                    and _is_initial(line, chunk_index, index, starters)
                )
            ):
                continue
        # the terminal run: more terminal punctuation and closing marks, maybe in the next
        # chunks; then the token that may start a sentence
        last_end = end
        following: RawToken | None
        while True:
            index += 1
            if index < len(chunk):
                following = chunk[index]
                following_start = following[0]
            else:
                following_start = line.skip_spaces(last_end)
                following = None  # in an unmarked chunk, so not in the run
                chunk_index += 1
                if chunk_index < len(chunks) and chunks[chunk_index][0][0] == following_start:
                    chunk = chunks[chunk_index]
                    index = 0
                    following = chunk[0]
            if following is None or not (
                following_start in closers
                or (following[2][0] in _TERMINALS and following[3] == "punct")
            ):
                break
            last_end = following[1]
        resume = following_start
        if following_start >= line_end or (opens and not _outside_quotes(
            opens, closes, following_start
        )):
            continue
        if _starts_sentence(line, following_start, following, piece):
            bounds.append((first, last_end))
            first = following_start
    bounds.append((first, line_end))


def _outside_quotes(opens: list[int], closes: list[int], position: int) -> bool:
    index = bisect.bisect_left(opens, position) - 1
    return index < 0 or closes[index] <= position


def _role_before_period(
    text: str, chunk: list[RawToken], index: int, roles: dict[str, str]
) -> str | None:
    """Role of the abbreviation that this period (or period-final token) closes, if any."""
    end = chunk[index][1]
    first = index
    while first > 0 and end - chunk[first - 1][0] <= _CHUNK_LIMIT:
        first -= 1
    before = text[chunk[first][0] : end].lstrip("“‘«‹„([{\"'")
    if not before.isascii():
        before = unicodedata.normalize("NFC", before)
    role = roles.get(before) or roles.get(before[:-1])
    if role is None and "." in before[:-1]:
        role = roles.get(before[:-1].rsplit(".", 1)[1] + ".")
    if role is None and chunk[index][3] == "abbreviation":
        role = TITLE  # dotted acronyms not in the list (A.F.P.) never end a sentence
    return role


def _is_initial(line: _Line, chunk_index: int, index: int, starters: frozenset[str]) -> bool:
    """``Nguyễn V. Nam``, ``Donald J. Trump``: a capital letter between two names."""
    letter = line.chunks[chunk_index][index - 1]
    if (
        letter[3] != "word"
        or not letter[2][0].isupper()
        or len(unicodedata.normalize("NFC", letter[2])) != 1
    ):
        return False
    before = line.token_before(chunk_index, index - 1)
    following = line.token_after(chunk_index, index)
    if before is None or following is None:
        return False
    named_before = before[2][0].isupper() and before[3] in ("word", "abbreviation")
    named_after = following[3] == "word" and following[2][0].isupper()
    return (
        named_before
        and named_after
        and unicodedata.normalize("NFC", following[2]) not in starters
    )


def _starts_sentence(line: _Line, start: int, token: RawToken | None, terminal: str) -> bool:
    """Whether the token at ``start`` (``token``, or None in an unmarked chunk), after the
    terminal punctuation ``terminal`` and closing marks, starts a sentence."""
    head = line.text[start]
    if token is None:
        if head.isalpha():
            # A word or an abbreviation: URLs, e-mail addresses, domains and dotted
            # abbreviations all hold a period, so they are never in an unmarked chunk.
            return head.isupper()
        token = line.token_at(start)
    kind = token[3]
    if kind in ("word", "abbreviation"):
        return head.isupper()
    if (terminal[0] in ".…" and len(terminal) > 1) or terminal == "…":
        return head in _OPENING or head == _STRAIGHT  # after an ellipsis: a capital or a quote
    if kind in ("number", "datetime"):
        return True
    if head in _DASHES:
        # "“Sao vậy?” – anh hỏi." continues; "- Anh có đồng ý?" (an interview turn) starts
        following = line.skip_spaces(token[1])
        return following >= line.end or not line.text[following].islower()
    return head in _OPENING or head == _STRAIGHT
