"""Shared fixtures: the seed articles and their annotation, read from tests/fixtures/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).parent / "fixtures"

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile("default")


def seed_names() -> list[str]:
    return sorted(path.name for path in FIXTURES.glob("*.txt"))


def read_seed(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {name: read_seed(name) for name in seed_names()}


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "seeds.json").read_text(encoding="utf-8"))
    return data["files"]
