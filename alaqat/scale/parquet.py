"""Parquet output of big runs (documents, events, errors, and mentions and dates if asked) and reading it
back for ``alaqat ingest --from-parquet``. Spark writes a folder of part files per table; the local engine
writes one file per table; both read back the same way."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from alaqat.model import Document, Event, Mention, TemporalExpression

TABLES = ("documents", "events", "errors", "mentions", "dates")
SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "documents": [("id", "string"), ("text", "string"), ("date", "string"), ("title", "string"), ("url", "string"),
                  ("country", "string")],
    "events": [("doc", "string"), ("id", "string"), ("n", "int64"), ("type", "string"), ("date", "string"),
               ("json", "string")],
    "errors": [("doc", "string"), ("error", "string")],
    "mentions": [("doc", "string"), ("json", "string")],
    "dates": [("doc", "string"), ("json", "string")],
}


def event_rows(doc_id: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"doc": doc_id, "id": e["id"], "n": n, "type": e["type"], "date": e["date"],
             "json": json.dumps(e, ensure_ascii=False)} for n, e in enumerate(events, 1)]


def arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in SCHEMAS[table]])


class ParquetWriter:
    """Streams rows into one Parquet file per table under ``out`` (the local engine's output)."""

    def __init__(self, out: Path, tables: tuple[str, ...]):
        import pyarrow.parquet as pq

        self.out = out
        self.writers = {}
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in tables}
        for table in tables:
            (out / table).mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(out / table / "part-00000.parquet", arrow_schema(table))

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        buffer = self.buffers[table]
        buffer.extend(rows)
        if len(buffer) >= 2048:
            self._flush(table)

    def _flush(self, table: str) -> None:
        import pyarrow as pa

        if self.buffers[table]:
            self.writers[table].write_table(pa.Table.from_pylist(self.buffers[table], schema=arrow_schema(table)))
            self.buffers[table] = []

    def close(self) -> None:
        for table, writer in self.writers.items():
            self._flush(table)
            writer.close()


def _read(folder: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    files = sorted((folder / table).glob("*.parquet")) if (folder / table).is_dir() else []
    rows: list[dict[str, Any]] = []
    for file in files:
        rows.extend(pq.read_table(file).to_pylist())
    return rows


@dataclass
class RunDocument:
    """One document of a run as ``ingest --from-parquet`` stores it. ``mentions`` and ``dates`` are None when the
    run has no such tables (runs written without them); ``error`` is the run's error for it (extraction failed, or
    a row that is no document): such a document is reported, not stored."""

    doc: Document
    events: list[Event]
    mentions: list[Mention] | None = None
    dates: list[TemporalExpression] | None = None
    error: str | None = None


def _by_doc(folder: Path, table: str) -> dict[str, list[dict[str, Any]]] | None:
    """A table's rows grouped by document, or None when the run has no such table."""
    if not (folder / table).is_dir():
        return None
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in _read(folder, table):
        grouped.setdefault(row["doc"], []).append(row)
    return grouped


def _mention(obj: dict[str, Any]) -> Mention:
    return Mention(obj["doc"], obj["start"], obj["end"], obj["text"], obj["id"], obj["kind"], obj.get("form", "name"))


def _document(row: dict[str, Any], folder: Path) -> Document:
    """A documents/ row read as every document table is (``document_from_row``: an empty title is no title, a
    leading BOM goes), so that its content hash is a direct ingest's; InputError for a row that is no document."""
    from alaqat.read import document_from_row

    return replace(document_from_row(row, f"{folder}: {row['id']}", "parquet"), path=None)


def read_parquet_run(folder: str | Path) -> Iterator[RunDocument]:
    """Each document of a run with its events, mentions, dates and error, in document-id order."""
    from alaqat.errors import InputError

    folder = Path(folder)
    if not (folder / "documents").is_dir():
        raise InputError(f"{folder}: not an alaqat Parquet output (no documents/ table)")
    events = _by_doc(folder, "events") or {}
    mentions, dates = _by_doc(folder, "mentions"), _by_doc(folder, "dates")
    errors = {row["doc"]: row["error"] for row in _read(folder, "errors")}
    rows_ok = (r for r in _read(folder, "documents") if isinstance(r.get("id"), str) and isinstance(r.get("text"), str))
    for row in sorted(rows_ok, key=lambda r: r["id"]):
        doc_id = row["id"]
        try:
            doc = _document(row, folder)
        except InputError as exc:
            bare = Document(doc_id, row["text"], None, source_format="parquet")
            yield RunDocument(bare, [], error=errors.get(doc_id) or str(exc))
            continue
        found = sorted(events.get(doc_id, []), key=lambda r: r["n"])
        yield RunDocument(
            doc, [Event.from_json(json.loads(r["json"])) for r in found],
            None if mentions is None else [_mention(json.loads(r["json"])) for r in mentions.get(doc_id, [])],
            None if dates is None else [TemporalExpression(**json.loads(r["json"])) for r in dates.get(doc_id, [])],
            errors.get(doc_id))


def read_parquet_output(folder: str | Path) -> Iterator[tuple[Document, list[Event]]]:
    """Each document of a run with its events, in document-id order."""
    for item in read_parquet_run(folder):
        yield item.doc, item.events
