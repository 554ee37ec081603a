"""Language knowledge as data: every table the engine reads lives in a file under ``alaqat/lang/<lang>/``.

Helpers here only locate and parse those files; they hold no vocabulary themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

LANG_ROOT = Path(str(resources.files("alaqat.lang")))


def data_path(*parts: str, lang: str = "ar") -> Path:
    """Path of a data file of ``lang`` (``data_path("months.tsv")``)."""
    return LANG_ROOT.joinpath(lang, *parts)


def iter_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a tab-separated data file, skipping blank lines and ``#`` comments."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield line.split("\t")


def read_tsv_dicts(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header line (comments allowed before it) as dicts."""
    rows = list(iter_tsv(path))
    if not rows:
        return []
    header, body = rows[0], rows[1:]
    return [dict(zip(header, (cell.strip() for cell in row), strict=False)) for row in body]


def read_word_list(path: Path) -> list[str]:
    """One entry per line, ``#`` comments and blank lines skipped; text after a tab is a note."""
    return [row[0].strip() for row in iter_tsv(path) if row and row[0].strip()]


@cache
def state_codes() -> frozenset[str]:
    """Every code that names a state in the gazetteer (ISO 3166-1 alpha-2, and former states' ISO 3166-3)."""
    codes = {row["id"] for row in read_tsv_dicts(data_path("gazetteer", "states.tsv"))}
    codes |= {row["id"] for row in read_tsv_dicts(data_path("gazetteer", "entities.tsv")) if row["kind"] == "state"}
    return frozenset(codes)


@cache
def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


__all__ = ["LANG_ROOT", "data_path", "iter_tsv", "read_json", "read_tsv_dicts", "read_word_list", "state_codes"]
