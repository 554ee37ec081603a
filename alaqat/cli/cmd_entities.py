"""``alaqat entities``: every entity mention linked to its canonical id, with offsets into the original text."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from alaqat.cli.app import app
from alaqat.cli.common import BatchStatus, iter_documents


class MentionFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def entities(
    paths: list[Path] = typer.Argument(..., help="Files or folders (recursive), - for text on stdin"),
    meta: Path | None = typer.Option(None, "--meta", help="JSON Lines of {doc, date, title, url}"),
    fmt: MentionFormat = typer.Option(MentionFormat.jsonl, "--format", help="Output format"),
) -> None:
    """List the entity mentions of Arabic documents (states, organizations, persons, places, treaties)."""
    from alaqat.pipeline import default_pipeline

    pipeline = default_pipeline()
    status = BatchStatus()
    rows = []
    for doc in iter_documents(paths, meta, status, label="linking"):
        mentions = pipeline.annotate(doc, with_dates=False).mentions
        if fmt is MentionFormat.jsonl:
            sys.stdout.writelines(json.dumps(m.to_json(), ensure_ascii=False) + "\n" for m in mentions)
        else:
            rows.extend(mentions)
    if fmt is MentionFormat.table:
        from rich.console import Console
        from rich.table import Table

        table = Table("doc", "start", "end", "text", "id", "kind")
        for m in rows:
            table.add_row(m.doc, str(m.start), str(m.end), m.text, m.id, m.kind)
        Console().print(table)
    raise typer.Exit(status.exit_code)
