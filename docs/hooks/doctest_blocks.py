"""Griffe extension for the API reference: show docstring examples as code.

viscrape's docstrings carry doctest examples (``>>> ...`` and their output) in the running
text, as ``python -m doctest`` and the test suite expect, not under an ``Examples:`` header.
Rendered as Markdown, their output (``[('a', 'b')]``) would read as links. This wraps every
doctest block (a ``>>>`` line up to the next blank line) in a ``pycon`` code fence.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap each doctest block of ``text`` in a fenced ``pycon`` code block.

    A block starts at a line whose first non-blank characters are the doctest prompt and
    ends before the next blank line; prompts inside existing code fences are left alone.
    """
    output: list[str] = []
    indent: str | None = None  # the indentation of the open block, None outside one
    in_fence = False
    for line in text.split("\n"):
        stripped = line.lstrip()
        if indent is not None:
            if stripped and not stripped.startswith("```"):
                output.append(line)
                continue
            output.append(f"{indent}```")
            indent = None
        if stripped.startswith("```"):
            in_fence = not in_fence
        elif stripped.startswith(">>>") and not in_fence:
            indent = line[: len(line) - len(stripped)]
            output.append(f"{indent}```pycon")
        output.append(line)
    if indent is not None:
        output.append(f"{indent}```")
    return "\n".join(output)


class DoctestBlocks(griffe.Extension):
    """Fence the doctest examples of every documented object."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
