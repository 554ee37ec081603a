"""Inputs for big runs: files and folders (through alaqat.read), and tables of documents (JSON Lines or
Parquet with ``id``, ``text`` and optional ``date``, ``title``, ``url``), streamed one document at a time."""

from __future__ import annotations

import glob
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from alaqat.errors import ReadError
from alaqat.model import Document
from alaqat.read import MAX_DOCUMENT_CHARS, load_meta, read_paths

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


def row_to_document(row: dict[str, Any], where: str) -> Document:
    doc_id, text = row.get("id"), row.get("text")
    if not isinstance(doc_id, str) or not doc_id or not isinstance(text, str):
        raise ValueError(f"{where}: a row needs string 'id' and 'text'")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise ValueError(f"{where}: text too long ({len(text):,} characters; limit {MAX_DOCUMENT_CHARS:,})")
    def opt(key: str) -> str | None:
        value = row.get(key)
        return str(value) if value not in (None, "") else None
    return Document(doc_id, text.lstrip("\ufeff"), where, opt("title"), opt("date"), opt("url"), "table")


def iter_table(path: Path, on_error: OnError) -> Iterator[Document]:
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
                    yield row_to_document(row, f"{path}:{number}")
                except ValueError as exc:
                    on_error(str(exc))
        return
    import pyarrow.parquet as pq

    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    for file in files:
        for batch in pq.ParquetFile(file).iter_batches(batch_size=512):
            for number, row in enumerate(batch.to_pylist()):
                try:
                    yield row_to_document(row, f"{file}#{number}")
                except ValueError as exc:
                    on_error(str(exc))


def iter_documents(paths: Iterable[str | Path], meta: Path | None, on_error: OnError) -> Iterator[Document]:
    """Every document of files, folders, globs and tables, in the order given; bad ones go to on_error."""
    metadata = load_meta(meta) if meta else {}
    files: list[Path] = []

    def flush() -> Iterator[Document]:
        for item in read_paths(files, metadata):
            if isinstance(item, ReadError):
                on_error(str(item))
            else:
                yield item
        files.clear()

    for path in expand(paths):
        if is_table(path):
            yield from flush()
            yield from iter_table(path, on_error)
        else:
            files.append(path)
    yield from flush()
