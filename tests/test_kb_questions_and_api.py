"""Knowledge base: more question intents, the export method of the API, rollback of a failed ingest, and
replacement removing the facts a document no longer supports."""

from __future__ import annotations

import json

import pytest

from alaqat.model import Event, Evidence
from alaqat.read import read_text
from alaqat.store.kb import KnowledgeBase


@pytest.fixture
def kb(tmp_path):
    with KnowledgeBase(tmp_path / "kb.db") as base:
        yield base


@pytest.fixture
def seeded(kb, seeds):
    for doc_id, text in seeds.items():
        kb.ingest_document(read_text(text, doc_id=doc_id))
    return kb


def _event(doc_id: str, text: str, n: int, event_type: str, roles: dict, date: str | None) -> Event:
    return Event(f"{doc_id}#{n}", doc_id, event_type, roles, "asserted", date, date, "explicit",
                 Evidence((0, len(text)), (0, 4), text), 0.9)


def test_mission_question_in_both_languages(seeded):
    ar = seeded.ask("متى افتتح العراق سفارته في كازاخستان؟")
    en = seeded.ask("When did Iraq open an embassy in Kazakhstan?")
    assert ar.intent == en.intent == "mission"
    assert ar.value == en.value == "2008" and ar.citations and "2008" in ar.citations[0]["text"]


def test_who_visited_question_filters_host_and_year(seeded):
    answer = seeded.ask("Who visited Saudi Arabia in 1994?")
    assert answer.intent == "visitors" and "person:nursultan-nazarbayev" in answer.value
    assert all("1994" in (c["date"] or "") for c in answer.citations)
    assert seeded.ask("Who visited Saudi Arabia in 1970?").known is False
    arabic = seeded.ask("من زار كازاخستان؟")
    assert arabic.intent == "visitors" and arabic.value and arabic.citations


def test_export_method_returns_or_writes(seeded, tmp_path):
    rows = [json.loads(line) for line in seeded.export("jsonl", ["KZ"]).splitlines()]
    assert rows and all("KZ" in json.dumps(r["roles"]) or r["roles"] for r in rows)
    path = tmp_path / "t.json"
    with path.open("w", encoding="utf-8") as out:
        assert seeded.export("timelinejs", ["KZ", "SA"], out) is None
    assert json.loads(path.read_text(encoding="utf-8"))["events"]
    with pytest.raises(ValueError):
        seeded.export("xlsx")


def test_a_failed_ingest_leaves_nothing_behind(kb, monkeypatch):
    text = "زار وزير خارجية قطر أستانا في مايو 2001."
    doc = read_text(text, doc_id="q")
    events = [_event("q", text, 1, "visit", {"visitor_state": "QA", "host_state": "KZ"}, "2001-05")]

    def broken(keys):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(kb, "_refresh_facts", broken)
    with pytest.raises(RuntimeError):
        kb.ingest_events(doc, events)
    counts = [kb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "events", "facts", "mentions", "sentence_index")]
    assert counts == [0, 0, 0, 0, 0]
    monkeypatch.undo()
    assert kb.ingest_events(doc, events).status == "added"
    assert kb.facts(["QA"])[0].date == "2001-05"


def test_replacement_drops_facts_only_the_old_version_supported(kb):
    old_text, new_text = "زار وفد عماني الدوحة عام 1999.", "زار وفد عماني الدوحة عام 1999، ثم عاد."
    kb.ingest_events(read_text(old_text, doc_id="r"),
                     [_event("r", old_text, 1, "visit", {"visitor_state": "OM", "host_state": "QA"}, "1999")])
    assert [f.type for f in kb.facts(["OM"])] == ["visit"]
    result = kb.ingest_events(read_text(new_text, doc_id="r"),
                              [_event("r", new_text, 1, "talks", {"parties": ["OM", "QA"]}, "1999")])
    assert result.status == "replaced"
    assert [f.type for f in kb.facts(["OM"])] == ["talks"]
    assert kb.stats().events == 1 and kb.stats().documents == 1


def test_search_terms_are_literals(kb):
    kb.ingest_document(read_text("وقعت تونس والجزائر مذكرة تفاهم.", doc_id="s"))
    assert kb.search('"تونس"') and kb.search("تونس*")
    # OR and NOT are words to look for here, not operators: nothing says them, so nothing matches
    assert kb.search("تونس OR مصر") == [] and kb.search('تونس" NOT "الجزائر') == []
