"""The bundled demo corpus: short Arabic articles about Kazakhstan's relations with the Arab world and the
Middle East, written for this project, that ``alaqat demo`` builds its knowledge base from and that tests use to
check the rules are general (several regional styles of dates and names, one HTML page, one windows-1256 file).

``meta.jsonl`` in the same folder gives each document's publication date, title and (made-up) URL; its ``note``
field marks the articles that deliberately disagree with another on a date, and ``"heldout"`` marks the 15
longer articles written after the extraction rules, which tests score separately to see whether the rules are
general rather than fitted: ``"dev"`` (8, drawn at random) may be read when improving the rules, ``"test"`` (7)
may not, so its figure stays a measure of unseen text.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_dir() -> Path:
    """The folder holding the demo articles and their ``meta.jsonl``."""
    return CORPUS


def meta_path() -> Path:
    """The demo corpus's metadata file (JSON Lines, one ``{"doc","date","title","url"}`` object a line)."""
    return CORPUS / "meta.jsonl"
