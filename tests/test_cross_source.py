"""The cross-source gold (tests/gold/cross_source/stories.jsonl) is well formed and points into the corpus, and the
bench that scores it tells one fact from split, missed and merged ones (on texts of our own)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import saudinewsnet  # noqa: E402

STORIES = ROOT / "tests" / "gold" / "cross_source" / "stories.jsonl"


def test_stories_gold_holds_ids_and_offsets_only():
    import json

    lines = [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({line["story"] for line in lines}) >= 20
    for line in lines:
        assert set(line) == {"story", "fact", "note", "type", "participants", "roles", "modality", "date", "sources"}
        assert all(set(source) == {"doc", "span"} for source in line["sources"])


@pytest.mark.skipif(not saudinewsnet.available(), reason="../shared/corpora/saudinewsnet is not available")
def test_stories_gold_checks_against_the_corpus():
    from cross_source_gold import check_fact, held_out_ids, load

    held_out = held_out_ids()
    problems = [p for fact in load(STORIES) for p in check_fact(fact, held_out)]
    assert problems == []


def test_evaluate_tells_one_split_missed_and_merged(tmp_path):
    from bench_cross_source import evaluate

    from alaqat.read import read_text
    from alaqat.store.kb import KnowledgeBase

    texts = {
        "a": "أقيمت العلاقات الدبلوماسية بين مصر وكازاخستان عام 1992.",
        "b": "وكانت العلاقات الدبلوماسية قد أقيمت بين مصر وكازاخستان عام 1992.",
        "c": "افتتحت قطر سفارتها في أستانا عام 2011.",
        "d": "افتتحت قطر سفارتها في أستانا عام 2013.",
        "e": "نص بلا أحداث.",
    }
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        for doc_id, text in texts.items():
            kb.ingest_document(read_text(text, doc_id=doc_id))

        def span(doc_id: str) -> dict:
            return {"doc": doc_id, "span": [0, len(texts[doc_id])]}

        mission = {"sender": "QA", "host": "KZ", "mission": "embassy"}
        expected = [
            {"fact": "x1", "type": "relations.established", "roles": {"parties": ["EG", "KZ"]}, "date": "1992",
             "sources": [span("a"), span("b")]},
            {"fact": "x2", "type": "mission.opened", "roles": mission, "date": "2011", "sources": [span("c"), span("d")]},
            {"fact": "x3", "type": "visit", "roles": {"visitor_state": "EG", "host_state": "KZ"}, "date": None,
             "sources": [span("e")]},
            {"fact": "x4", "type": "relations.established", "roles": {"parties": ["EG", "KZ"]}, "date": "1992",
             "sources": [span("b")]},
        ]
        results = {r["fact"]: r for r in evaluate(kb, expected)}
    assert results["x1"]["outcome"] == "one" and results["x1"]["found"] == 2
    assert results["x2"]["outcome"] == "split" and results["x2"]["holders"] == 2
    assert results["x3"]["outcome"] == "missed"
    assert results["x1"]["merged"] == ["x4"] and results["x4"]["merged"] == ["x1"]
