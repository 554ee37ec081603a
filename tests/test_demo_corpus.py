"""The bundled sample corpus: every file reads, every gold annotation is well formed and points inside its text."""

from __future__ import annotations

import json
from pathlib import Path

from alaqat.demo import corpus_dir, meta_path
from alaqat.extract.lexicon import load_lexicon
from alaqat.model import EVENT_TYPES, MODALITIES
from alaqat.read import load_meta, read_paths
from alaqat.store import edtf

GOLD = Path(__file__).parent / "gold" / "events"


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
        rows = [json.loads(line) for line in (GOLD / f"{doc_id}.jsonl").read_text(encoding="utf-8").splitlines()]
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
