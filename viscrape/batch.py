"""Many articles at once: :func:`process_many` runs the pipeline over a process pool.

Results come back in input order, one per input, as soon as the ones before them
are done; an article that fails becomes a :class:`ProcessingError` in its place
and the batch carries on. Input is consumed lazily and only a bounded window of
articles is in flight, so a generator over a 10 GB crawl runs in constant memory.

>>> from viscrape.batch import process_many
>>> results = list(process_many(["Ông Lê Văn Tám nói dự án sẽ xong.", None], workers=1))
>>> type(results[0]).__name__, results[1].error_type
('Document', 'TypeError')
"""

from __future__ import annotations

import functools
import os
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from viscrape.pipeline import Document

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

DEFAULT_CHUNKSIZE = 8
# chunks submitted ahead of the one being waited for, per worker
_CHUNKS_IN_FLIGHT_PER_WORKER = 2
_WORKER_DIED = (
    "the worker process died while processing this item "
    "(killed, out of memory, or a crash in native code)"
)


@dataclass(frozen=True, slots=True)
class ProcessingError:
    """Stands in for the result of an input that could not be processed.

    ``index`` is the position of the input (0-based) in the iterable given to
    :func:`process_many`; ``error_type`` the exception class name (``"TypeError"``),
    or ``"WorkerDied"`` when the worker process itself was lost.

    >>> error = ProcessingError(3, "TypeError", "raw must be str, not bytes")
    >>> str(error)
    'item 3: TypeError: raw must be str, not bytes'
    """

    index: int
    error_type: str
    message: str

    def __str__(self) -> str:
        return f"item {self.index}: {self.error_type}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict.

        >>> ProcessingError(0, "ValueError", "bad").to_dict()
        {'index': 0, 'error_type': 'ValueError', 'message': 'bad'}
        """
        return asdict(self)

    @classmethod
    def from_exception(cls, index: int, error: BaseException) -> ProcessingError:
        """The error for input ``index`` that raised ``error``.

        >>> ProcessingError.from_exception(2, KeyError("url")).message
        "'url'"
        """
        return cls(index, type(error).__name__, str(error))


def process_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    tone_style: str = "hòa",
) -> Iterator[Document | ProcessingError]:
    """:func:`viscrape.process` each text; yield a ``Document`` or a ``ProcessingError``.

    Results are yielded in input order, exactly one per input. ``workers`` is the
    number of processes (default: one per CPU); ``workers=1`` runs in this process
    with no pool. ``chunksize`` articles are sent to a worker at a time.

    >>> texts = ['"Tôi đồng ý", bà Trần Thị Mai nói.', 'Ông Phạm Văn Hùng cho biết sẽ kiểm tra.']
    >>> [document.quotes[0].speaker.name for document in process_many(texts, workers=1)]
    ['Trần Thị Mai', 'Phạm Văn Hùng']
    """
    from viscrape._checks import require_choice
    from viscrape.normalize import TONE_STYLES
    from viscrape.pipeline import process

    require_choice(tone_style, "tone_style", TONE_STYLES)
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"texts must be an iterable of str, not {type(texts).__name__}")
    if workers == 1:
        return map_many(functools.partial(process, tone_style=tone_style), texts, workers=1)
    packed = map_many(
        functools.partial(_process_packed, tone_style=tone_style),
        texts,
        workers=workers,
        chunksize=chunksize,
    )
    return (_unpack_document(result) for result in packed)


# Documents travel back from the workers as flat tuples of strings, numbers and packed
# integer arrays: the parent process then spends about 40% less time rebuilding them than
# unpickling the dataclasses field by field, and the parent's CPU time is taken from the
# workers on a machine with as many workers as cores.
_DOCUMENT_FIELDS = (
    "raw", "text", "metadata", "blocks", "sentences", "quotes", "_raw_offsets", "_raw_ends"
)


@functools.lru_cache(maxsize=1)
def _document_layout_is_known() -> bool:
    from dataclasses import fields

    from viscrape.pipeline import Document
    from viscrape.types import Quote, Speaker

    return (
        tuple(field.name for field in fields(Document)) == _DOCUMENT_FIELDS
        and tuple(field.name for field in fields(Quote)) == _QUOTE_FIELDS
        and tuple(field.name for field in fields(Speaker)) == _SPEAKER_FIELDS
    )


_QUOTE_FIELDS = ("start", "end", "text", "kind", "cue", "cue_span", "speaker", "confidence")
_SPEAKER_FIELDS = ("mention", "start", "end", "name", "title")


def _pack_quote(quote: Any) -> tuple[Any, ...]:
    cue_span, speaker = quote.cue_span, quote.speaker
    return (
        quote.start, quote.end, quote.text, quote.kind, quote.cue,
        None if cue_span is None else (cue_span.start, cue_span.end, cue_span.text),
        None if speaker is None else (
            speaker.mention, speaker.start, speaker.end, speaker.name, speaker.title
        ),
        quote.confidence,
    )


def _unpack_quote(packed: tuple[Any, ...]) -> Any:
    from viscrape.types import Quote, Span, Speaker

    start, end, text, kind, cue, cue_span, speaker, confidence = packed
    return Quote(
        start, end, text, kind, cue,
        None if cue_span is None else Span(*cue_span),
        None if speaker is None else Speaker(*speaker),
        confidence,
    )


def _process_packed(text: str, tone_style: str) -> Any:
    from viscrape.pipeline import process
    from viscrape.types import Quote

    document = process(text, tone_style=tone_style)
    if not _document_layout_is_known():  # a newer Document: send it as it is
        return document
    raw, clean = document.raw, document.text
    blocks = tuple(
        (
            block.start,
            block.end,
            None if block.text == raw[block.start : block.end] else block.text,
            block.label, block.kept, block.reason, block.content_start, block.content_end,
        )
        for block in document.blocks
    )
    bounds = array("q")
    for sentence in document.sentences:
        bounds.append(sentence.start)
        bounds.append(sentence.end)
    sentences = document.sentences
    sentence_texts = (
        None
        if all(sentence.text == clean[sentence.start : sentence.end] for sentence in sentences)
        else tuple(sentence.text for sentence in sentences)
    )
    offsets = array("q", document._raw_offsets).tobytes()
    raw_ends = array("q", document._raw_ends).tobytes()
    quotes = tuple(
        _pack_quote(quote) if type(quote) is Quote else quote
        for quote in document.quotes
    )
    return (_PACKED, raw, clean, document.metadata, blocks, bounds.tobytes(), sentence_texts,
            quotes, offsets, raw_ends)


_PACKED = "viscrape.batch.packed-document"


def _unpack_document(result: Any) -> Any:
    if not (isinstance(result, tuple) and result and result[0] == _PACKED):
        return result  # a Document sent as it is, or a ProcessingError
    from viscrape.pipeline import Document
    from viscrape.types import Block, Span

    (_, raw, clean, metadata, blocks, bounds_bytes, sentence_texts, quotes, offsets_bytes,
     ends_bytes) = result
    bounds, offsets, raw_ends = array("q"), array("q"), array("q")
    bounds.frombytes(bounds_bytes)
    offsets.frombytes(offsets_bytes)
    raw_ends.frombytes(ends_bytes)
    starts, ends = bounds[0::2], bounds[1::2]
    texts = sentence_texts or [clean[start:end] for start, end in zip(starts, ends, strict=True)]
    return Document(
        raw=raw,
        text=clean,
        metadata=metadata,
        blocks=tuple(
            Block(start, end, raw[start:end] if text is None else text, label, kept, reason,
                  content_start, content_end)
            for start, end, text, label, kept, reason, content_start, content_end in blocks
        ),
        sentences=tuple(Span(*span) for span in zip(starts, ends, texts, strict=True)),
        quotes=tuple(
            _unpack_quote(quote) if isinstance(quote, tuple) else quote for quote in quotes
        ),
        _raw_offsets=tuple(offsets),
        _raw_ends=tuple(raw_ends),
    )


def map_many(
    function: Callable[[ItemT], ResultT],
    items: Iterable[ItemT],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[ResultT | ProcessingError]:
    """Apply ``function`` to every item over a process pool, in order, never aborting.

    The engine behind :func:`process_many`, for any picklable one-argument
    function: an exception becomes a :class:`ProcessingError` at that position.
    With ``workers > 1`` the function, the items and the results must pickle.

    >>> list(map_many(int, ["1", "x", "3"], workers=1))  # doctest: +NORMALIZE_WHITESPACE
    [1, ProcessingError(index=1, error_type='ValueError',
                        message="invalid literal for int() with base 10: 'x'"), 3]
    """
    if not callable(function):
        raise TypeError(f"function must be callable, not {type(function).__name__}")
    workers = _check_workers(workers)
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise TypeError(f"chunksize must be int, not {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    numbered = enumerate(items)
    if workers == 1:
        return (_apply(function, index, item) for index, item in numbered)
    return _map_in_pool(function, numbered, workers, chunksize)


def default_workers() -> int:
    """The number of CPUs this process may run on (at least 1).

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _check_workers(workers: int | None) -> int:
    if workers is None:
        return default_workers()
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be int or None, not {type(workers).__name__}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    return workers


def _apply(
    function: Callable[[ItemT], ResultT], index: int, item: ItemT
) -> ResultT | ProcessingError:
    try:
        return function(item)
    except Exception as error:  # noqa: BLE001 - one bad item must not abort the batch
        return ProcessingError.from_exception(index, error)


def _apply_chunk(
    function: Callable[[ItemT], ResultT], chunk: list[tuple[int, ItemT]]
) -> list[ResultT | ProcessingError]:
    return [_apply(function, index, item) for index, item in chunk]


Chunk = list[tuple[int, Any]]


def _map_in_pool(
    function: Callable[[Any], Any],
    numbered: Iterator[tuple[int, Any]],
    workers: int,
    chunksize: int,
) -> Iterator[Any]:
    """Keep at most ``workers * 2`` chunks in flight; yield results in order.

    If a worker process dies, every item that was in flight is rerun alone in a
    fresh pool, so only the item that kills a worker on its own is reported.
    """
    window = workers * _CHUNKS_IN_FLIGHT_PER_WORKER
    executor = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[Chunk, Future[list[Any]]]] = deque()
    finished = False
    try:
        while True:
            unsent: Chunk = []  # a chunk the broken pool refused
            while len(pending) < window and not unsent:
                chunk = list(islice(numbered, chunksize))
                if not chunk:
                    break
                try:
                    pending.append((chunk, executor.submit(_apply_chunk, function, chunk)))
                except BrokenProcessPool:
                    unsent = chunk
            if not unsent:
                if not pending:
                    finished = True
                    return
                chunk, future = pending[0]
                try:
                    results = future.result()
                except BrokenProcessPool:
                    results = None
                except Exception as error:  # noqa: BLE001 - e.g. a result that does not pickle
                    results = [ProcessingError.from_exception(index, error) for index, _ in chunk]
                if results is not None:
                    pending.popleft()
                    yield from results
                    continue
            # A worker died: rerun all that was in flight one item at a time, in order,
            # so that only an item that kills a worker on its own is reported.
            suspects = [item for waiting, _ in pending for item in waiting] + unsent
            pending.clear()
            executor.shutdown(wait=True, cancel_futures=True)
            executor = ProcessPoolExecutor(max_workers=workers)
            for index, item in suspects:
                try:
                    yield executor.submit(_apply_chunk, function, [(index, item)]).result()[0]
                except BrokenProcessPool:
                    yield ProcessingError(index, "WorkerDied", _WORKER_DIED)
                    executor.shutdown(wait=True)
                    executor = ProcessPoolExecutor(max_workers=workers)
                except Exception as error:  # noqa: BLE001 - e.g. a result that does not pickle
                    yield ProcessingError.from_exception(index, error)
    finally:
        # all done: wait for the idle workers to exit; abandoned: do not wait for them
        executor.shutdown(wait=finished, cancel_futures=True)
