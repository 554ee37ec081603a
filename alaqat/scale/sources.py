"""Inputs for big runs: files and folders (through alaqat.read), and tables of documents (JSON Lines or
Parquet with ``id``, ``text`` and optional ``date``, ``title``, ``url``, ``country``), streamed one document at a
time."""

from __future__ import annotations

import glob
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from alaqat.errors import InputError, ReadError
from alaqat.model import Document
from alaqat.read import document_from_row, load_meta, read_paths, with_country

OnError = Callable[[str], None]
TABLE_SUFFIXES = (".jsonl", ".parquet")


def is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES or (path.is_dir() and any(path.glob("*.parquet")))


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Globs expanded (folders and files kept as given), in a stable order."""
    out: list[Path] = []
    for raw in paths:
        text = str(raw)
        matches = sorted(glob.glob(text)) if any(ch in text for ch in "*?[") else [text]
        out.extend(Path(m) for m in matches)
    return out


def row_to_document(row: dict[str, Any], where: str, country: str | None = None) -> Document:
    """A table row as a ``Document``; ``country`` is the home state of rows that name none. ValueError if bad."""
    if country and not row.get("country"):
        row = {**row, "country": country}
    try:
        return document_from_row(row, where, "table")
    except InputError as exc:
        raise ValueError(str(exc)) from None


def iter_table(path: Path, on_error: OnError, country: str | None = None) -> Iterator[Document]:
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8-sig") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    on_error(f"{path}:{number}: not a JSON object")
                    continue
                if not isinstance(row, dict):
                    on_error(f"{path}:{number}: not a JSON object")
                    continue
                try:
                    yield row_to_document(row, f"{path}:{number}", country)
                except ValueError as exc:
                    on_error(str(exc))
        return
    import pyarrow.parquet as pq

    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    for file in files:
        for batch in pq.ParquetFile(file).iter_batches(batch_size=512):
            for number, row in enumerate(batch.to_pylist()):
                try:
                    yield row_to_document(row, f"{file}#{number}", country)
                except ValueError as exc:
                    on_error(str(exc))


def iter_documents(paths: Iterable[str | Path], meta: Path | None, on_error: OnError,
                   country: str | None = None) -> Iterator[Document]:
    """Every document of files, folders, globs and tables, in the order given; bad ones go to on_error.
    ``country`` is the home state of the documents whose metadata names none."""
    metadata = load_meta(meta) if meta else {}
    files: list[Path] = []

    def flush() -> Iterator[Document]:
        for item in with_country(read_paths(files, metadata), country):
            if isinstance(item, ReadError):
                on_error(str(item))
            else:
                yield item
        files.clear()

    for path in expand(paths):
        if is_table(path):
            yield from flush()
            yield from iter_table(path, on_error, country)
        else:
            files.append(path)
    yield from flush()
