"""The bundled demo corpus and its gold annotations: readable, consistent with the ontology, offsets that round trip."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from alaqat.demo import corpus_dir, meta_path
from alaqat.extract.lexicon import load_lexicon
from alaqat.model import EVENT_TYPES, MODALITIES
from alaqat.read import load_meta, read_file, read_paths
from alaqat.store import edtf

ROOT = Path(__file__).resolve().parents[1]
GOLD_EVENTS = ROOT / "tests" / "gold" / "events"
GOLD_ENTITIES = ROOT / "tests" / "gold" / "entities"

# The roles of each event type in ../shared/ontology.md.
ROLES = {
    "independence": {"state"},
    "recognition": {"source", "target"},
    "relations.established": {"parties"},
    "mission.opened": {"sender", "host", "mission"},
    "visit": {"visitor", "visitor_state", "host_state", "location", "level"},
    "talks": {"parties", "channel", "level"},
    "agreement.signed": {"parties", "instrument"},
    "agreement.negotiated": {"parties", "instrument"},
    "membership.joined": {"member", "body"},
    "office.held": {"holder", "body", "office"},
    "hosting": {"host", "series", "name", "participants", "location"},
    "mediation": {"mediator", "parties"},
    "participation": {"participant", "series", "name", "location"},
    "aid": {"donor", "recipients", "kind"},
    "peacekeeping": {"contributor", "operation", "location"},
    "disarmament": {"state", "what"},
    "support.expressed": {"source", "target", "topic"},
}
ENTITY_ID = re.compile(r"^(?:[A-Z]{2}|(?:org|person|place|instrument|series):[A-Za-z0-9-]+)$")
ENTITY_KINDS = {"state", "org", "person", "place", "instrument", "series"}
EDTF = re.compile(r"^(?:[0-9X]{4}(?:-[0-9X]{2}){0,2}~?)(?:/(?:[0-9X]{4}(?:-[0-9X]{2}){0,2}~?|\.\.))?$")


def demo_files() -> list[Path]:
    return sorted(p for p in corpus_dir().iterdir() if p.name != "meta.jsonl" and not p.name.startswith("."))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: read_file(p).text for p in demo_files()}


@pytest.fixture(scope="module")
def meta() -> dict[str, dict]:
    return load_meta(meta_path())


def gold_rows(folder: Path, doc: str) -> list[dict]:
    return [json.loads(line) for line in (folder / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines() if line]


def test_every_demo_file_is_read_without_error():
    results = list(read_paths([corpus_dir()]))
    assert len(results) == len(demo_files()) >= 28
    bad = [str(r) for r in results if not hasattr(r, "text")]
    assert bad == []
    assert all(r.text.strip() for r in results)


def test_metadata_covers_every_document(texts, meta):
    assert set(meta) == set(texts)
    for doc, row in meta.items():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]), doc
        assert row["title"] and row["url"].startswith("https://"), doc


def test_heldout_articles_are_long_varied_and_disagree(texts, meta):
    heldout = [doc for doc, row in meta.items() if row.get("heldout")]
    assert len(heldout) >= 14
    for doc in heldout:
        assert 150 <= len(texts[doc].split()) <= 420, doc
    suffixes = {p.suffix for p in demo_files() if p.stem in heldout}
    assert {".txt", ".md", ".html"} <= suffixes
    assert sum("deliberate disagreement" in meta[doc].get("note", "") for doc in heldout) >= 2
    every = "\n".join(texts[doc] for doc in heldout)
    for word in ("ماي", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر", "جانفي", "فيفري", "أفريل", "جوان", "جويلية",
                 "أوت", "كانون الثاني", "أيار/مايو", "آب", "حزيران", "الموافق", "هـ", "السادس عشر من ديسمبر",
                 "العام الماضي", "في العام نفسه", "١٩٩٢", "لم يتم التوقيع", "من المقرر أن يزور", "أعلنت كازاخستان عزمها",
                 "اقترح", "نزارباييف", "نازارباييف", "توكاييف", "تم التوقيع"):
        assert word in every, word


def test_windows_1256_file_is_not_utf8_and_decodes(texts):
    path = corpus_dir() / "il_netanyahu_visit_cp1256.txt"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert texts[path.stem] == raw.decode("cp1256").replace("\r\n", "\n") or "نتنياهو" in texts[path.stem]


def test_html_page_yields_only_the_article(texts):
    raw = (corpus_dir() / "il_abraham_accords.html").read_text(encoding="utf-8")
    assert all(tag in raw for tag in ("<nav>", "<script", "<footer>", "<article>"))
    text = texts["il_abraham_accords"]
    assert "اتفاقيات أبراهام" in text
    for boilerplate in ("سياسة الخصوصية", "trackPage", "نتائج الدوري", "جميع الحقوق"):
        assert boilerplate not in text


def test_every_demo_document_has_gold_events(texts):
    assert {p.stem for p in GOLD_EVENTS.glob("*.jsonl")} >= set(texts)


def test_gold_events_follow_the_ontology_and_point_at_sentences(texts):
    count = 0
    for doc, text in texts.items():
        for row in gold_rows(GOLD_EVENTS, doc):
            count += 1
            assert row["doc"] == doc
            assert row["type"] in EVENT_TYPES, row
            assert row["modality"] in MODALITIES, row
            assert set(row["roles"]) <= ROLES[row["type"]], row
            assert row["date"] is None or EDTF.match(row["date"]), row
            start, end = row["sentence"]
            assert 0 <= start < end <= len(text), row
            assert not text[start].isspace() and not text[end - 1].isspace(), row
            assert "\n" not in text[start:end], row
    assert count >= 150


def test_gold_entities_round_trip(texts):
    docs = [p.stem for p in GOLD_ENTITIES.glob("*.jsonl") if p.stem in texts]
    assert len(docs) >= 4
    for doc in docs:
        previous_end = 0
        for row in gold_rows(GOLD_ENTITIES, doc):
            assert 0 <= row["start"] < row["end"] <= len(texts[doc])
            assert row["start"] >= previous_end, row  # sorted, no overlaps
            previous_end = row["end"]
            if "text" in row:
                assert texts[doc][row["start"]:row["end"]] == row["text"], row
            assert ENTITY_ID.match(row["id"]) and row["kind"] in ENTITY_KINDS, row


def test_the_heldout_gold_shows_a_conflict(meta):
    claims: dict[tuple, set] = {}
    for doc, row in meta.items():
        if row.get("heldout"):
            for event in gold_rows(GOLD_EVENTS, doc):
                if event["type"] in ("relations.established", "recognition") and event["date"]:
                    key = (event["type"], json.dumps(event["roles"], sort_keys=True) if event["type"] == "recognition"
                           else tuple(sorted(event["roles"]["parties"])))
                    claims.setdefault(key, set()).add(event["date"][:4] if event["type"] != "recognition"
                                                      else event["date"])
    assert any(len(dates) > 1 for dates in claims.values())


def test_no_long_run_of_seed_text_in_the_corpus(texts, seeds):
    window = 60
    runs = {s[i:i + window] for s in seeds.values() for i in range(len(s) - window + 1)}
    for doc, text in texts.items():
        assert not any(text[i:i + window] in runs for i in range(len(text) - window + 1)), doc


def test_every_file_reads_with_its_metadata():
    meta = load_meta(meta_path())
    docs = list(read_paths([corpus_dir()], meta))
    assert len(docs) >= 14 and all(not isinstance(d, Exception) for d in docs)
    assert {d.id for d in docs} == set(meta)
    assert {d.source_format for d in docs} >= {"txt", "md", "html"}
    assert any(d.encoding == "windows-1256" or d.encoding == "cp1256" for d in docs)
    assert all(d.date and d.title for d in docs)


def test_gold_is_well_formed_and_inside_the_texts():
    texts = {d.id: d.text for d in read_paths([corpus_dir()], load_meta(meta_path()))}
    types = load_lexicon().types
    for doc_id, text in texts.items():
        rows = [json.loads(line) for line in (GOLD_EVENTS / f"{doc_id}.jsonl").read_text(encoding="utf-8").splitlines()]
        for row in rows:
            assert row["type"] in EVENT_TYPES and row["modality"] in MODALITIES
            assert set(row["roles"]) <= {"state", "source", "target", "parties", "sender", "host", "mission",
                                         "visitor", "visitor_state", "host_state", "location", "level", "channel",
                                         "instrument", "member", "body", "holder", "office", "series",
                                         "participants", "mediator", "participant", "donor", "recipients", "kind",
                                         "contributor", "operation", "what"}, row
            start, end = row["sentence"]
            assert 0 <= start < end <= len(text) and not text[start].isspace() and not text[end - 1].isspace()
            assert row["date"] is None or edtf.parse(row["date"]) is not None
            assert row["type"] in types
