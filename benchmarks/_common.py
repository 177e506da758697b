"""What the benchmark scripts share: the bundled seed articles and the timing loops."""

from __future__ import annotations

import time
from collections.abc import Callable
from importlib import resources


def seed_texts() -> list[str]:
    """The seed articles bundled under ``viscrape/data/samples``, in file-name order."""
    samples = resources.files("viscrape").joinpath("data").joinpath("samples")
    entries = sorted(samples.iterdir(), key=lambda entry: entry.name)
    return [entry.read_text(encoding="utf-8") for entry in entries if entry.name.endswith(".txt")]


def run_all(function: Callable[[str], object], texts: list[str]) -> None:
    for text in texts:
        function(text)


def best_of_interleaved(
    functions: dict[str, Callable[[], object]], rounds: int
) -> dict[str, float]:
    """Best time of each function over ``rounds``, the functions taking turns, so that load
    on the machine hits all of them alike."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(rounds):
        for name, function in functions.items():
            started = time.perf_counter()
            function()
            best[name] = min(best[name], time.perf_counter() - started)
    return best
