"""The whole pipeline in one call: normalise, strip boilerplate, segment, find quotes.

>>> from viscrape import process
>>> document = process('Hà Nội\\n\\n"Chúng tôi sẽ làm ngay", ông Nguyễn Văn An nói.')
>>> [(quote.text, quote.speaker.name) for quote in document.quotes]
[('Chúng tôi sẽ làm ngay', 'Nguyễn Văn An')]
>>> start, end = document.source_span(document.quotes[0].start, document.quotes[0].end)
>>> document.raw[start:end]
'Chúng tôi sẽ làm ngay'
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from viscrape._checks import require_str
from viscrape.types import Block, Metadata, Quote, Span

if TYPE_CHECKING:
    from viscrape.normalize import Normalized


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    """One resolved speaker of a document with every quote attributed to them."""

    name: str
    title: str | None
    mentions: tuple[str, ...]
    quotes: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "mentions": list(self.mentions),
            "quotes": [quote.to_dict() for quote in self.quotes],
        }


@dataclass(frozen=True, slots=True)
class Document:
    """A processed article.

    ``text`` is the normalised article content (title, headings, body, joined by
    blank lines); ``sentences`` and ``quotes`` carry offsets into ``text``;
    ``blocks`` label the lines of ``raw`` with offsets into ``raw``.
    :meth:`source_span` maps any range of ``text`` back to ``raw``.
    """

    raw: str
    text: str
    metadata: Metadata
    blocks: tuple[Block, ...]
    sentences: tuple[Span, ...]
    quotes: tuple[Quote, ...]
    # text offset -> raw offset, one entry per offset 0..len(text) inclusive
    _raw_offsets: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # text character -> raw offset where its source ends (deleted characters after it excluded)
    _raw_ends: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the ``(start, end)`` of the raw input it came from.

        Out-of-range offsets are clipped to the text. The raw range starts where the source
        of the first character starts and ends where the source of the last one ends, so
        characters the normalisation deleted around it (a zero-width space after the last
        word, trailing spaces) are left out.
        """
        length = len(self.text)
        start = min(max(start, 0), length)
        end = min(max(end, start), length)
        if not self._raw_offsets:
            return (start, end)
        raw_start = self._raw_offsets[start]
        if end == start:
            return (raw_start, raw_start)
        raw_end = self._raw_ends[end - 1] if self._raw_ends else self._raw_offsets[end]
        return (raw_start, max(raw_start, raw_end))

    def speakers(self) -> list[SpeakerQuotes]:
        """Each resolved speaker with all their quotes, in order of first quote."""
        grouped: dict[str, list[Quote]] = {}
        titles: dict[str, str | None] = {}
        mentions: dict[str, list[str]] = {}
        for quote in self.quotes:
            if quote.speaker is None:
                continue
            name = quote.speaker.name
            grouped.setdefault(name, []).append(quote)
            if titles.get(name) is None:
                titles[name] = quote.speaker.title
            names = mentions.setdefault(name, [])
            if quote.speaker.mention and quote.speaker.mention not in names:
                names.append(quote.speaker.mention)
        return [
            SpeakerQuotes(name, titles.get(name), tuple(mentions[name]), tuple(quotes))
            for name, quotes in grouped.items()
        ]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; quote offsets are into ``text``, with raw offsets added."""
        quotes = []
        for quote in self.quotes:
            record = quote.to_dict()
            record["raw_start"], record["raw_end"] = self.source_span(quote.start, quote.end)
            quotes.append(record)
        return {
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "blocks": [asdict(block) for block in self.blocks],
            "sentences": [asdict(sentence) for sentence in self.sentences],
            "quotes": quotes,
            "speakers": [speaker.to_dict() for speaker in self.speakers()],
        }

    def to_json(self, **dumps_options: Any) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        dumps_options.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **dumps_options)


def _cleaned_to_source_offsets(cleaned: Any, length: int) -> list[int]:
    """``[cleaned.to_source(offset) for offset in range(length + 1)]`` in one pass
    (calling ``to_source`` per offset walks the blocks each time: quadratic)."""
    offsets: list[int] = []
    position = 0
    last_end = 0
    offset = 0
    for block in cleaned.kept_blocks:
        block_length = block.content_end - block.content_start
        while offset < position and offset <= length:
            offsets.append(last_end)  # the blank line joining two blocks
            offset += 1
        while offset <= position + block_length and offset <= length:
            offsets.append(block.content_start + (offset - position))
            offset += 1
        position += block_length + 2
        last_end = block.content_end
    while offset <= length:
        offsets.append(last_end)
        offset += 1
    return offsets


def _raw_ends(
    text: str, text_to_normalized: list[int], normalized: Normalized, raw_offsets: tuple[int, ...]
) -> tuple[int, ...]:
    """Raw end of each character of ``text``: where its source in the input ends.

    A character copied from the normalised text ends where its source ends; the blank lines
    that join blocks have no source and end where they start.
    """
    normalized_text, source_ends = normalized.text, normalized.source_ends
    size = len(normalized_text)
    return tuple(
        source_ends[offset]
        if offset < size and normalized_text[offset] == character
        else raw_offsets[index]
        for index, (offset, character) in enumerate(zip(text_to_normalized, text, strict=False))
    )


def process(raw: str, *, tone_style: str = "hòa") -> Document:
    """Normalise, strip boilerplate, segment sentences and find who said what.

    Quotes come only from kept article content (title, headings, body).

    >>> document = process("Ông Lê Văn Tám cho biết dự án sẽ xong trong năm nay.")
    >>> document.quotes[0].kind, document.quotes[0].speaker.name
    ('indirect', 'Lê Văn Tám')
    """
    from viscrape.boilerplate import strip_boilerplate
    from viscrape.normalize import normalize_with_offsets
    from viscrape.quotes import segment_quotes
    from viscrape.sentences import segment_sentences
    from viscrape.speakers import attribute_speakers

    require_str(raw, "raw")
    normalized = normalize_with_offsets(raw, tone_style=tone_style)
    cleaned = strip_boilerplate(normalized.text)
    text = cleaned.text

    normalized_to_raw = normalized.source_offsets
    text_to_normalized = _cleaned_to_source_offsets(cleaned, len(text))
    raw_offsets = tuple(normalized_to_raw[offset] for offset in text_to_normalized)
    raw_ends = _raw_ends(text, text_to_normalized, normalized, raw_offsets)

    def raw_end(start: int, end: int) -> int:
        """Raw end of ``normalized.text[start:end]`` (deleted characters after it excluded)."""
        if end > start:
            return max(normalized.source_ends[end - 1], normalized_to_raw[start])
        return normalized_to_raw[end]

    def to_raw(block: Block) -> Block:
        start, end = normalized_to_raw[block.start], raw_end(block.start, block.end)
        return replace(
            block,
            start=start,
            end=end,
            text=raw[start:end],
            content_start=normalized_to_raw[block.content_start],
            content_end=raw_end(block.content_start, block.content_end),
        )

    sentences = tuple(segment_sentences(text))
    quotes = attribute_speakers(
        text, segment_quotes(text, sentences=sentences), sentences=sentences
    )
    return Document(
        raw=raw,
        text=text,
        metadata=cleaned.metadata,
        blocks=tuple(to_raw(block) for block in cleaned.blocks),
        sentences=sentences,
        quotes=tuple(quotes),
        _raw_offsets=raw_offsets,
        _raw_ends=raw_ends,
    )
