"""Argument checks shared by the public functions, so every error reads the same."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def require_str(value: Any, name: str) -> str:
    """Return ``value`` if it is a ``str``; raise ``TypeError`` naming ``name`` otherwise.

    >>> require_str("abc", "text")
    'abc'
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str, not {type(value).__name__}")
    return value


def require_choice(value: Any, name: str, choices: Iterable[Any]) -> Any:
    """Return ``value`` if it is one of ``choices``; raise ``ValueError`` listing them.

    >>> require_choice("list", "format", ("list", "text"))
    'list'
    """
    options = tuple(choices)
    if value not in options:
        listed = ", ".join(repr(option) for option in options)
        raise ValueError(f"{name} must be one of {listed}, not {value!r}")
    return value
