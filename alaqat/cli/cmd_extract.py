"""``alaqat extract``: events of the ontology as JSON Lines (the interchange format), CSV or a table."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path

import typer

from alaqat.cli.app import app
from alaqat.cli.common import COUNTRY_OPTION, MIN_CONFIDENCE_OPTION, BatchStatus, home_state, iter_documents
from alaqat.model import Event
from alaqat.store.export import write_csv, write_jsonl


class EventFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class Engine(StrEnum):
    local = "local"
    spark = "spark"


def write_events(events: Iterable[Event], fmt: EventFormat) -> None:
    """Stream events to stdout in ``fmt``."""
    out = sys.stdout
    if fmt is EventFormat.jsonl:
        write_jsonl(events, out)
    elif fmt is EventFormat.csv:
        write_csv(events, out)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table("id", "type", "modality", "date", "roles", "evidence", show_lines=False)
        for event in events:
            roles = "; ".join(f"{k}={','.join(v) if isinstance(v, list) else v}" for k, v in event.roles.items())
            table.add_row(event.id, event.type, event.modality, event.date or "", roles, event.evidence.text[:80])
        Console(soft_wrap=False).print(table)


def _sequential(paths: list[Path], meta: Path | None, status: BatchStatus, country: str | None,
                min_confidence: float | None) -> Iterator[Event]:
    from alaqat.pipeline import default_pipeline

    pipeline = default_pipeline()
    for doc in iter_documents(paths, meta, status, label="extracting", country=country):
        try:
            yield from pipeline.analyze(doc, min_confidence).events
        except Exception as exc:  # one bad document never stops the batch
            status.fail(f"{doc.path or doc.id}: extraction failed ({type(exc).__name__}: {exc})")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(
        ..., help="Files or folders (recursive), - for text on stdin; tables (.jsonl/.parquet) for big runs"
    ),
    meta: Path | None = typer.Option(None, "--meta", help="JSON Lines of {doc, date, title, url, country}"),
    country: str | None = COUNTRY_OPTION,
    min_confidence: float | None = MIN_CONFIDENCE_OPTION,
    fmt: EventFormat = typer.Option(EventFormat.jsonl, "--format", help="Output format"),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: this machine; spark: a Spark cluster"),
    jobs: int | None = typer.Option(None, "--jobs", min=1, help="Worker processes (local) or partitions (spark)"),
    master: str | None = typer.Option(None, "--master", help="Spark master URL (default: local[*])"),
    out: Path | None = typer.Option(None, "--out", help="Write Parquet to this folder instead of stdout"),
) -> None:
    """Extract diplomatic events from Arabic documents."""
    status = BatchStatus()
    country = home_state(country)
    sequential = engine is Engine.local and (jobs or 1) == 1 and out is None and not _has_tables(paths)
    if sequential:
        events: Iterable[Event] = _sequential(paths, meta, status, country, min_confidence)
    else:
        from alaqat.scale import run_extraction

        events = run_extraction(
            paths, engine=engine.value, jobs=jobs, master=master, meta=meta, out=out, on_error=status.fail,
            country=country, min_confidence=min_confidence, with_mentions=out is not None,
        )
    write_events(events, fmt)
    raise typer.Exit(status.exit_code)


def _has_tables(paths: list[Path]) -> bool:
    return any(p.suffix.lower() in (".jsonl", ".parquet") or (p.is_dir() and any(p.glob("*.parquet"))) for p in paths)
