"""Loading of the plain-text lexicons under ``viscrape/data/``, once per process.

Lexicon files are UTF-8, one entry per line; blank lines and lines starting with
``#`` are comments. Tab-separated columns are allowed and returned as tuples by
:func:`load_table`.
"""

from __future__ import annotations

import functools
from importlib import resources

import unicodedata2 as unicodedata


def read_data_text(name: str) -> str:
    """Return the text of ``viscrape/data/<name>`` (``name`` may hold ``/``-separated folders)."""
    resource = resources.files("viscrape").joinpath("data")
    for part in name.split("/"):
        resource = resource.joinpath(part)
    return resource.read_text(encoding="utf-8")


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """Entries of a one-entry-per-line lexicon, NFC-normalised, in file order.

    >>> "TP." in load_lines("abbreviations.txt")  # doctest: +SKIP
    True
    """
    entries = []
    for raw_line in read_data_text(name).splitlines():
        line = raw_line.strip()
        if line and not line.startswith("#"):
            entries.append(unicodedata.normalize("NFC", line))
    return tuple(entries)


@functools.cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon (comments and blank lines skipped)."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in load_lines(name))
