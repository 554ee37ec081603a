"""Shared fixtures: the seed articles live outside the project (../shared/seeds) and tests skip without them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """Seed texts by document id, read as the readers read them; skips when ../shared is absent."""
    paths = seed_paths()
    if not paths:
        pytest.skip("../shared/seeds is not available")
    from alaqat.read import read_file

    return {p.stem: read_file(p).text for p in paths}
