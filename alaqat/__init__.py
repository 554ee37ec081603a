"""alaqat (علاقات): an offline, Arabic-first engine from press about foreign relations to sourced events.

The Python API follows the flow of the package: ``read`` -> ``normalize`` -> ``annotate`` -> ``extract``
-> ``store`` -> ``serve``. The most used entry points are re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from alaqat.model import Document, Event, Mention, TemporalExpression
from alaqat.pipeline import Analysis, Pipeline, default_pipeline
from alaqat.read import read_file, read_paths, read_text

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

__version__ = "0.1.0"


def _as_document(doc_or_text: Document | str, doc_date: str | None = None, doc_id: str = "text") -> Document:
    if isinstance(doc_or_text, Document):
        return doc_or_text
    return read_text(doc_or_text, doc_id=doc_id, date=doc_date)


def link_entities(doc_or_text: Document | str) -> list[Mention]:
    """Entity mentions of a document or a text, linked to canonical ids."""
    return default_pipeline().annotate(_as_document(doc_or_text), with_dates=False).mentions


def find_dates(text: str, doc_date: str | None = None) -> list[TemporalExpression]:
    """Temporal expressions of ``text`` as EDTF, relative ones resolved against ``doc_date``."""
    return default_pipeline().dates.find(text, doc_date)


def extract_events(doc_or_text: Document | str, doc_date: str | None = None,
                   min_confidence: float | None = None) -> list[Event]:
    """Events of the ontology found in a document or a text, those of at least ``min_confidence`` (by default the
    confidence model's threshold)."""
    return default_pipeline().analyze(_as_document(doc_or_text, doc_date), min_confidence).events


def __getattr__(name: str) -> Any:
    if name == "KnowledgeBase":
        from alaqat.store.kb import KnowledgeBase

        return KnowledgeBase
    raise AttributeError(name)


__all__ = [
    "Analysis",
    "Document",
    "Event",
    "KnowledgeBase",
    "Mention",
    "Pipeline",
    "TemporalExpression",
    "__version__",
    "default_pipeline",
    "extract_events",
    "find_dates",
    "link_entities",
    "read_file",
    "read_paths",
    "read_text",
]
