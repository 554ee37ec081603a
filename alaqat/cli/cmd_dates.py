"""``alaqat dates``: temporal expressions of text on stdin, as EDTF with offsets."""

from __future__ import annotations

import json
import sys

import typer

from alaqat.cli.app import app
from alaqat.cli.common import error_line


def _as_json(expr) -> dict:
    return {"start": expr.start, "end": expr.end, "text": expr.text, "value": expr.value, "basis": expr.basis}


@app.command()
def dates(
    doc_date: str | None = typer.Option(None, "--doc-date", help="Document date YYYY-MM-DD for relative dates"),
    jsonl: bool = typer.Option(False, "--jsonl", help='Read JSON Lines {"id", "text", "doc_date"?} from stdin'),
) -> None:
    """Find dates in Arabic text read from stdin; print one JSON object per expression (or per input line)."""
    from alaqat.annotate.dates import DateRecognizer

    recognizer = DateRecognizer.load()
    if not jsonl:
        for expr in recognizer.find(sys.stdin.read().lstrip("\ufeff"), doc_date):
            sys.stdout.write(json.dumps(expr.to_json(), ensure_ascii=False) + "\n")
        return
    failures = 0
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text, anchor = obj["text"], obj.get("doc_date", doc_date)
            if not isinstance(text, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError):
            error_line(f"stdin:{number}: not a JSON object with a text")
            failures += 1
            continue
        found = [_as_json(e) for e in recognizer.find(text, anchor)]
        sys.stdout.write(json.dumps({"id": obj.get("id"), "dates": found}, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failures else 0)
