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
from alaqat.read import document_from_row, list_inputs, load_meta, read_paths, with_country

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
    """The documents of one table, streamed; a bad row is one line ``file:line: reason`` (``file#row`` for
    Parquet, counting from 0) and an unreadable table one line ``file: reason``, and the rest goes on."""
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_rows(path, on_error, country)
        else:
            yield from _parquet_rows(path, on_error, country)
    except OSError as exc:
        on_error(f"{path}: cannot read ({exc.strerror or type(exc).__name__})")
    except Exception as exc:  # pyarrow's errors for a file that is not Parquet, or a damaged one
        on_error(f"{path}: not a readable table ({type(exc).__name__}: {str(exc)[:200]})")


def _jsonl_rows(path: Path, on_error: OnError, country: str | None) -> Iterator[Document]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            except UnicodeDecodeError:
                on_error(f"{path}:{number}: not UTF-8")
                continue
            except json.JSONDecodeError:
                row = None
            if not isinstance(row, dict):
                on_error(f"{path}:{number}: not a JSON object")
                continue
            try:
                yield row_to_document(row, f"{path}:{number}", country)
            except ValueError as exc:
                on_error(str(exc))


def _parquet_rows(path: Path, on_error: OnError, country: str | None) -> Iterator[Document]:
    import pyarrow.parquet as pq

    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    for file in files:
        number = 0
        for batch in pq.ParquetFile(file).iter_batches(batch_size=512):
            for row in batch.to_pylist():
                try:
                    yield row_to_document(row, f"{file}#{number}", country)
                except ValueError as exc:
                    on_error(str(exc))
                number += 1


def count_rows(path: Path) -> int:
    """Rows of a table without parsing them: non-blank lines of JSON Lines, the row counts that Parquet footers
    record. A progress bar knows its total up front for the price of one read of the file (no JSON decoding)."""
    if path.suffix.lower() == ".jsonl":
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    import pyarrow.parquet as pq

    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    return sum(pq.ParquetFile(file).metadata.num_rows for file in files)


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many items ``iter_documents`` will go through: rows of tables plus files under the other paths
    (an unreadable table or path counts as one item, the one error line it will produce)."""
    total, files = 0, []
    for path in expand(paths):
        if is_table(path):
            try:
                total += count_rows(path)
            except Exception:  # reported, as one line, when the table is read
                total += 1
        else:
            files.append(path)
    return total + len(list_inputs(files))


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
