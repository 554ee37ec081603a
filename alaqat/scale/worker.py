"""What every worker runs: the one pipeline, loaded once per process, over one document at a time."""

from __future__ import annotations

import json
from typing import Any

from alaqat.model import Document, Mention

Rows = list[dict[str, Any]]


def extract_one(doc: Document) -> tuple[str, Rows, Rows, Rows, str | None]:
    """(doc id, events, mentions, dates, error) for one document; an exception becomes an error, never a crash."""
    from alaqat.pipeline import default_pipeline

    try:
        analysis = default_pipeline().analyze(doc, min_confidence=0.0)  # the driver applies the threshold
    except Exception as exc:  # a failing document is reported, the job goes on
        return doc.id, [], [], [], f"{doc.path or doc.id}: extraction failed ({type(exc).__name__}: {exc})"
    return (doc.id, [e.to_json() for e in analysis.events], [mention_json(m) for m in analysis.mentions_to_keep()],
            [d.to_json() for d in analysis.dates], None)


def mention_json(mention: Mention) -> dict[str, Any]:
    """A mention as a Parquet run stores it: the interchange fields plus how it was named (``form``), which the
    knowledge base keeps, so that a run loaded with ``ingest --from-parquet`` holds what a direct ingest does."""
    return {**mention.to_json(), "form": mention.form}


def events_json(events: list[dict[str, Any]]) -> str:
    return json.dumps(events, ensure_ascii=False)
