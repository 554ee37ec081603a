"""The sample corpus bundled for ``alaqat demo``: short Arabic articles written for alaqat in several regional
styles, stating public facts about Kazakhstan's relations with the Arab world and the Middle East. Two of them
deliberately disagree with the others on a date, so that the knowledge base has conflicts to show."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_dir() -> Path:
    return CORPUS


def meta_path() -> Path:
    return CORPUS / "meta.jsonl"
