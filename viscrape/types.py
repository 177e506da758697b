"""Frozen value types shared by every viscrape capability.

Every span-like object carries ``start``/``end`` offsets into the text it was
computed from, with ``text == source[start:end]``.

>>> from viscrape.types import Span
>>> source = "Thủ tướng nói."
>>> span = Span(0, 9, source[0:9])
>>> span.text
'Thủ tướng'
>>> len(span)
9
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, overload

TokenKind = Literal[
    "word", "number", "datetime", "abbreviation", "url", "email", "punct", "symbol"
]
BlockLabel = Literal["title", "heading", "body", "caption", "byline", "boilerplate"]
QuoteKind = Literal["direct", "indirect", "interview"]

CONTENT_LABELS: frozenset[str] = frozenset({"title", "heading", "body"})


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Token(Span):
    """A syllable, number, date, abbreviation, URL, e-mail, punctuation or symbol.

    >>> Token(0, 3, "Thủ", "word").kind
    'word'
    """

    kind: TokenKind


@dataclass(frozen=True, slots=True, eq=False)
class Tokens(Sequence[Token]):
    """The tokens of a text, stored column by column; :class:`Token` objects are made on access.

    A sequence of :class:`Token` like a list (indexing, slicing, iteration, ``len``, equality
    with any sequence of tokens). Two columns are stored, ``texts`` and ``ends``, as plain
    tuples, so hot loops can skip the objects: ``tokens.texts`` is what a word model wants as
    input. ``starts`` (each end minus the length of its text) and ``kinds`` (a token's kind
    depends on its text only) are worked out when read, so keep the tuple if you read one
    more than once.

    >>> tokens = Tokens(texts=("Thủ", "tướng", ":"), ends=(3, 9, 10))
    >>> tokens[1]
    Token(start=4, end=9, text='tướng', kind='word')
    >>> tokens.starts, tokens.kinds
    ((0, 4, 9), ('word', 'word', 'punct'))
    >>> tokens[:2] == [Token(0, 3, "Thủ", "word"), Token(4, 9, "tướng", "word")]
    True
    """

    texts: tuple[str, ...]
    ends: tuple[int, ...]

    @property
    def starts(self) -> tuple[int, ...]:
        return tuple(map(operator.sub, self.ends, map(len, self.texts)))

    @property
    def kinds(self) -> tuple[TokenKind, ...]:
        from viscrape.tokenize import _kind_of_text as kind_of_token

        return tuple(map(kind_of_token, self.texts))

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> Tokens: ...

    def __getitem__(self, index: int | slice) -> Token | Tokens:
        if isinstance(index, slice):
            return Tokens(self.texts[index], self.ends[index])
        from viscrape.tokenize import _kind_of_text as kind_of_token

        text, end = self.texts[index], self.ends[index]
        return Token(end - len(text), end, text, kind_of_token(text))

    def __iter__(self) -> Iterator[Token]:
        from viscrape.tokenize import _kind_of_text as kind_of_token

        texts = self.texts
        return map(Token, self.starts, self.ends, texts, map(kind_of_token, texts))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return (self.texts, self.ends) == (other.texts, other.ends)
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which are unhashable

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"


@dataclass(frozen=True, slots=True)
class Caption(Span):
    """A photo or video caption found among the lines, with its credit if any.

    ``credit`` is the credit as written (``"TUẤN MINH"``, ``"TTXVN"``) or None.
    """

    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Block(Span):
    """One non-blank input line, labelled by the boilerplate stripper.

    ``content_start``/``content_end`` delimit the part of the line that goes into
    :attr:`Cleaned.text` (the whole line unless a glued prefix or suffix such as
    ``(VTC News) -`` was cut off); for dropped blocks they equal ``start``/``end``.
    """

    label: BlockLabel = "body"
    kept: bool = True
    reason: str = ""
    content_start: int = -1
    content_end: int = -1

    def __post_init__(self) -> None:
        if self.content_start < 0:
            object.__setattr__(self, "content_start", self.start)
        if self.content_end < 0:
            object.__setattr__(self, "content_end", self.end)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about the article itself."""

    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None
    author: str | None = None
    captions: tuple[Caption, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of :func:`viscrape.strip_boilerplate`.

    ``text`` is ``"\\n\\n".join(source[b.content_start:b.content_end] for b in
    blocks if b.kept)``; :meth:`to_source` maps an offset of ``text`` back to the
    stripped input.
    """

    text: str
    blocks: tuple[Block, ...]
    metadata: Metadata = field(default_factory=Metadata)

    @property
    def kept_blocks(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.kept)

    def to_source(self, offset: int) -> int:
        """Map an offset in :attr:`text` to an offset in the stripped input.

        Offsets that fall on a joining blank line map to the end of the
        preceding kept block.
        """
        position = 0
        last_end = 0
        for block in self.kept_blocks:
            length = block.content_end - block.content_start
            if offset <= position + length:
                if offset < position:
                    return last_end
                return block.content_start + (offset - position)
            position += length + 2
            last_end = block.content_end
        return last_end

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "blocks": [asdict(block) for block in self.blocks],
            "metadata": self.metadata.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to.

    ``mention`` is the referring expression as written for this quote
    (``"Thủ tướng"``, ``"ông Minh"``); ``start``/``end`` are its offsets, or None
    when the speaker is known only from context. ``name`` is the canonical identity
    resolved across the article (``"Phạm Minh Chính"``), ``title`` the role given
    for that person (``"Thủ tướng"``) if any.
    """

    mention: str | None
    start: int | None
    end: int | None
    name: str
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """A reported-speech span: ``text`` is the content without quotation marks."""

    kind: QuoteKind = "direct"
    cue: str | None = None
    cue_span: Span | None = None
    speaker: Speaker | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
