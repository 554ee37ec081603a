"""Running the same pipeline on every core of one machine, or on an Apache Spark cluster.

``run_extraction`` is what ``alaqat extract --engine local|spark`` calls: it yields the same events, in the
same order, whichever engine runs, or writes them as Parquet with ``out``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from alaqat.model import Event
from alaqat.scale.parquet import ParquetWriter, event_rows, read_parquet_output
from alaqat.scale.sources import expand, is_table, iter_documents


def _print_error(message: str) -> None:
    import sys

    print(message, file=sys.stderr)


def run_extraction(
    paths: Iterable[str | Path], engine: str = "local", jobs: int | None = None, master: str | None = None,
    meta: Path | None = None, out: Path | None = None, on_error: Callable[[str], None] | None = None,
    with_mentions: bool = False, country: str | None = None, min_confidence: float | None = None,
) -> Iterator[Event]:
    """Events of every document under ``paths``, in input order; with ``out``, Parquet tables instead.
    ``country`` is the home state of documents whose metadata names none."""
    on_error = on_error or _print_error
    paths = expand(paths)
    if min_confidence is None:
        from alaqat.pipeline import default_pipeline

        min_confidence = default_pipeline().threshold
    if engine == "spark" and out is not None and paths and all(is_table(p) for p in paths):
        from alaqat.scale.spark import run_spark_tables

        out.mkdir(parents=True, exist_ok=True)
        counts = run_spark_tables(paths, out, master, jobs, with_mentions, country, min_confidence)
        _report_errors(out, on_error)
        _print_error(f"alaqat: {counts['documents']} documents processed by Spark into {out}")
        return
    docs = iter_documents(paths, meta, on_error, country)
    if engine == "spark":
        from alaqat.scale.spark import run_spark

        results = run_spark(docs, master, jobs)
    else:
        from alaqat.scale.local import run_local

        results = run_local(docs, jobs)
    if out is None:
        for _doc, (_doc_id, events, _mentions, _dates, error) in results:
            if error:
                on_error(error)
            yield from (Event.from_json(e) for e in events if e["confidence"] >= min_confidence)
        return
    tables = ("documents", "events", "errors", "mentions", "dates") if with_mentions else \
        ("documents", "events", "errors")
    writer = ParquetWriter(out, tables)
    try:
        for doc, (doc_id, events, mentions, dates, error) in results:
            writer.add("documents", [doc.row()])
            writer.add("events", event_rows(doc_id, [e for e in events if e["confidence"] >= min_confidence]))
            if error:
                on_error(error)
                writer.add("errors", [{"doc": doc_id, "error": error}])
            if with_mentions:
                import json

                writer.add("mentions", [{"doc": doc_id, "json": json.dumps(m, ensure_ascii=False)} for m in mentions])
                writer.add("dates", [{"doc": doc_id, "json": json.dumps(d, ensure_ascii=False)} for d in dates])
    finally:
        writer.close()


def _report_errors(out: Path, on_error: Callable[[str], None]) -> None:
    import pyarrow.parquet as pq

    for file in sorted((out / "errors").glob("*.parquet")):
        for row in pq.read_table(file).to_pylist():
            on_error(row["error"])


__all__ = ["read_parquet_output", "run_extraction"]
