"""The package as a whole: light import, public API, docs examples, README and CI agree."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import viscrape
from viscrape._checks import require_choice, require_str
from viscrape.types import Block, Cleaned, Span, Token

ROOT = Path(__file__).resolve().parent.parent
HEAVY_MODULES = ("underthesea", "pyvi", "sklearn", "trafilatura", "justext", "dask", "torch")


def test_import_is_light() -> None:
    code = (
        "import sys, viscrape; "
        f"print([m for m in {HEAVY_MODULES!r} if m in sys.modules])"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


@pytest.mark.parametrize("name", ["normalize", "tokenize"])
def test_importing_a_module_does_not_hide_the_function_of_its_name(name: str) -> None:
    code = (
        f"import viscrape.{name}, viscrape.sentences, viscrape.types, viscrape; "
        f"print(callable(viscrape.{name}), type(viscrape.sentences).__name__, "
        "type(viscrape.types).__name__)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.split() == ["True", "module", "module"]


def test_every_public_name_resolves() -> None:
    for name in viscrape.__all__:
        assert getattr(viscrape, name) is not None, name


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        viscrape.no_such_thing  # noqa: B018


def _package_modules() -> list[str]:
    names = ["viscrape"]
    for module in pkgutil.walk_packages(viscrape.__path__, "viscrape."):
        if module.name != "viscrape.__main__":
            names.append(module.name)
    return names


@pytest.mark.parametrize("module_name", _package_modules())
def test_docstring_examples_run(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {module_name}"


DOCUMENTED_PAGES = sorted(path.name for path in (ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("page", DOCUMENTED_PAGES)
def test_documentation_examples_run(page: str) -> None:
    result = doctest.testfile(
        str(ROOT / "docs" / page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.failed == 0, f"{result.failed} example(s) failed in docs/{page}"


def test_the_sequence_of_tokens_is_exported_as_a_type() -> None:
    assert isinstance(viscrape.tokenize("a b"), viscrape.Tokens)


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", section, re.S)]


def test_readme_quick_start_has_exactly_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert "viscrape demo" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim_last() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line for line in script.splitlines() if line.strip() and not line.startswith("#")]
    assert lines[-1] == _quick_start_commands()[1]


def test_require_str_names_the_argument() -> None:
    assert require_str("x", "text") == "x"
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        require_str(b"x", "text")


def test_require_choice_lists_valid_values() -> None:
    with pytest.raises(ValueError, match="'list', 'text'"):
        require_choice("xml", "format", ("list", "text"))


def test_spans_are_frozen_and_sized() -> None:
    span = Span(2, 5, "abc")
    assert len(span) == 3
    with pytest.raises(AttributeError):
        span.start = 0  # type: ignore[misc]
    assert Token(0, 1, "a", "word").to_dict() == {"start": 0, "end": 1, "text": "a", "kind": "word"}


def test_cleaned_maps_offsets_back_through_joined_blocks() -> None:
    source = "Menu\n(TTO) - Đoạn một.\nẢnh: X\nĐoạn hai."
    first = Block(5, 22, source[5:22], "body", True, "body", content_start=14, content_end=22)
    caption = Block(23, 29, source[23:29], "caption", False, "caption-credit")
    second = Block(30, 39, source[30:39], "body", True, "body")
    text = source[14:22] + "\n\n" + source[30:39]
    cleaned = Cleaned(text, (Block(0, 4, "Menu", "boilerplate", False, "menu"), first, caption,
                             second))
    assert cleaned.kept_blocks == (first, second)
    for offset, character in enumerate(text):
        if character != "\n":
            assert source[cleaned.to_source(offset)] == character
    assert cleaned.to_source(len(text)) == len(source)
