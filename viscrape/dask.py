"""Dask integration: run the pipeline over a Dask bag, on one machine or a cluster.

Install with ``pip install "viscrape[dask]"``. Dask is imported only by the
functions that need it; ``import viscrape.dask`` alone does not import it.

>>> import dask.bag
>>> from viscrape.dask import process_bag
>>> bag = dask.bag.from_sequence(['"Chúng tôi sẵn sàng", ông Võ Văn Bình nói.'], npartitions=1)
>>> [document.quotes[0].speaker.name for document in process_bag(bag).compute()]
['Võ Văn Bình']
"""

# Absolute imports throughout: this module is called ``dask`` too, and
# ``import dask`` here must find the real package, not this file.
from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from viscrape._checks import require_choice, require_str
from viscrape.batch import ProcessingError, map_many

if TYPE_CHECKING:  # pragma: no cover
    from dask.bag import Bag

    from viscrape.pipeline import Document


def process_bag(bag: Bag, *, tone_style: str = "hòa") -> Bag:
    """Map every text of a Dask bag to a ``Document``, or a ``ProcessingError``.

    The result has the same partitions, in the same order, as ``bag``; a
    ``ProcessingError.index`` is the position of the text within its partition.
    Any Dask scheduler works; the processes and distributed schedulers pickle
    the documents back (they pickle cleanly).

    >>> import dask.bag
    >>> bag = dask.bag.from_sequence(["Ông Lê Văn Tám cho biết sẽ kiểm tra.", 42], npartitions=2)
    >>> [type(result).__name__ for result in process_bag(bag).compute()]
    ['Document', 'ProcessingError']
    """
    _check_bag(bag)
    _check_tone_style(tone_style)
    map_partitions: Any = bag.map_partitions  # dask's own annotations are partial
    return cast("Bag", map_partitions(_process_partition, tone_style=tone_style))


def process_records(bag: Bag, *, field: str = "text", tone_style: str = "hòa") -> Bag:
    """Map a bag of dicts (e.g. parsed JSON Lines) to JSON-ready dicts.

    The text in ``record[field]`` is processed; every other key is carried over,
    then the keys of ``Document.to_dict()`` are added (they win on a clash). A
    record that fails gets an ``"error"`` key with ``error_type`` and ``message``
    instead. Suits ``bag.map(json.dumps).to_textfiles(...)`` or
    ``bag.to_dataframe()``.

    >>> import dask.bag
    >>> text = "Ông Lê Văn Tám cho biết dự án sẽ xong trong năm nay."
    >>> records = [{"url": "https://vnexpress.net/a", "text": text}, {"url": "b"}]
    >>> out = process_records(dask.bag.from_sequence(records, npartitions=1)).compute()
    >>> out[0]["url"], out[0]["quotes"][0]["speaker"]["name"], out[1]["error"]["error_type"]
    ('https://vnexpress.net/a', 'Lê Văn Tám', 'KeyError')
    """
    _check_bag(bag)
    require_str(field, "field")
    _check_tone_style(tone_style)
    map_partitions: Any = bag.map_partitions
    return cast(
        "Bag", map_partitions(_process_record_partition, field=field, tone_style=tone_style)
    )


def _check_bag(bag: Any) -> None:
    from dask.bag import Bag

    if not isinstance(bag, Bag):
        raise TypeError(f"bag must be a dask.bag.Bag, not {type(bag).__name__}")


def _check_tone_style(tone_style: str) -> None:
    from viscrape.normalize import TONE_STYLES

    require_choice(tone_style, "tone_style", TONE_STYLES)


def _process_partition(texts: Iterable[Any], tone_style: str) -> list[Document | ProcessingError]:
    from viscrape.pipeline import process

    # one partition runs inside one Dask task: no nested process pool
    return list(map_many(functools.partial(process, tone_style=tone_style), texts, workers=1))


def _process_record(record: dict[str, Any], field: str, tone_style: str) -> dict[str, Any]:
    from viscrape.pipeline import process

    if not isinstance(record, dict):
        raise TypeError(f"record must be dict, not {type(record).__name__}")
    document = process(record[field], tone_style=tone_style)
    carried = {key: value for key, value in record.items() if key != field}
    return {**carried, **document.to_dict()}


def _process_record_partition(
    records: Iterable[Any], field: str, tone_style: str
) -> list[dict[str, Any]]:
    records = list(records)
    function = functools.partial(_process_record, field=field, tone_style=tone_style)
    output: list[dict[str, Any]] = []
    for record, result in zip(records, map_many(function, records, workers=1), strict=True):
        if isinstance(result, ProcessingError):
            carried = (
                {key: value for key, value in record.items() if key != field}
                if isinstance(record, dict)
                else {}
            )
            output.append({**carried, "error": result.to_dict()})
        else:
            output.append(result)
    return output
