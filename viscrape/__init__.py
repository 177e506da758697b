"""viscrape: clean, normalise and segment scraped Vietnamese news, and find who said what.

Each capability is a plain function usable on its own; :func:`process` chains them.

>>> import viscrape
>>> viscrape.normalize("Ho\\u0300a bi\\u0300nh")
'Hòa bình'

Submodules are imported on first use, so ``import viscrape`` stays light.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType as _ModuleType  # not `types`: viscrape.types takes that name
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "normalize": "viscrape.normalize",
    "normalize_with_offsets": "viscrape.normalize",
    "Normalized": "viscrape.normalize",
    "strip_boilerplate": "viscrape.boilerplate",
    "strip_boilerplate_html": "viscrape.boilerplate",
    "BoilerplateRules": "viscrape.boilerplate",
    "BoilerplateModel": "viscrape.boilerplate",
    "tokenize": "viscrape.tokenize",
    "word_tokenize": "viscrape.tokenize",
    "segment_sentences": "viscrape.sentences",
    "segment_quotes": "viscrape.quotes",
    "attribute_speakers": "viscrape.speakers",
    "process": "viscrape.pipeline",
    "Document": "viscrape.pipeline",
    "process_many": "viscrape.batch",
    "ProcessingError": "viscrape.batch",
    "Span": "viscrape.types",
    "Token": "viscrape.types",
    "Tokens": "viscrape.types",
    "Block": "viscrape.types",
    "Caption": "viscrape.types",
    "Cleaned": "viscrape.types",
    "Metadata": "viscrape.types",
    "Quote": "viscrape.types",
    "Speaker": "viscrape.types",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'viscrape' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value  # cache: later lookups skip this hook
    return value


class _Package(_ModuleType):
    """The ``viscrape`` module. ``normalize`` and ``tokenize`` are both functions and the
    modules defining them; importing a submodule sets the package attribute of its name to
    the module, which would hide the function. For those names that assignment is skipped
    (the module stays in ``sys.modules``), so ``viscrape.normalize`` is always the function
    and is still imported only on first use."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, _ModuleType) and _EXPORTS.get(name) == value.__name__:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from viscrape.batch import ProcessingError, process_many
    from viscrape.boilerplate import (
        BoilerplateModel,
        BoilerplateRules,
        strip_boilerplate,
        strip_boilerplate_html,
    )
    from viscrape.normalize import Normalized, normalize, normalize_with_offsets
    from viscrape.pipeline import Document, process
    from viscrape.quotes import segment_quotes
    from viscrape.sentences import segment_sentences
    from viscrape.speakers import attribute_speakers
    from viscrape.tokenize import tokenize, word_tokenize
    from viscrape.types import (
        Block,
        Caption,
        Cleaned,
        Metadata,
        Quote,
        Span,
        Speaker,
        Token,
        Tokens,
    )
