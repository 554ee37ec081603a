"""`alaqat ingest` from document tables (JSON Lines, Parquet): progress on stderr, skip by hash before any
extraction, one line per bad row with the rest going through, and worker processes (--jobs) that store exactly
what one process stores. Every text here is our own."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from alaqat.scale.ingest import IngestCounts, ingest_documents
from alaqat.scale.sources import count_documents, iter_documents
from alaqat.store.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
TEXTS = {
    "r1": "أقيمت العلاقات الدبلوماسية بين مصر وكازاخستان عام 1992.",
    "r2": "وقعت مصر والأردن اتفاقية للتعاون في مارس 2001. وزار الرئيس التركي أستانا في مايو 2022.",
    "r3": "افتتحت قطر سفارتها في أستانا عام 2011.",
    "r4": "نص بلا أحداث عن الطقس في الصيف.",
}


def rows() -> list[dict]:
    return [{"id": doc_id, "text": text, "date": "2015-07-21", "title": f"title {doc_id}", "url": f"https://x/{doc_id}",
             "country": "SA"} for doc_id, text in TEXTS.items()]


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((json.dumps(line, ensure_ascii=False) if not isinstance(line, str) else line) + "\n"
                            for line in lines), encoding="utf-8")
    return path


def write_parquet(path: Path, table: list[dict]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(table), path)
    return path


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "alaqat", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, env={**os.environ, **(env or {})})


def content(db: Path) -> dict[str, list]:
    """Everything ingest writes, without the ingest time."""
    conn = sqlite3.connect(db)
    try:
        tables = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}")))
                  for t in ("mentions", "dates", "events", "event_entities", "facts", "fact_entities")}
        tables["documents"] = sorted(conn.execute("SELECT id, title, date, url, text, content_hash, country "
                                                  "FROM documents"))
        tables["index"] = sorted(conn.execute('SELECT doc_id, start, "end", tokens FROM sentence_index'))
        return tables
    finally:
        conn.close()


def test_ingest_a_jsonl_table_then_again_changes_nothing(tmp_path):
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    db = tmp_path / "kb.db"
    first = run("ingest", str(table), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stderr.startswith("4 added, 0 replaced, 0 unchanged; knowledge base: 4 documents, 4 events")
    with KnowledgeBase(db) as kb:
        assert kb.document("r1")["country"] == "SA" and kb.document("r1")["title"] == "title r1"
        assert [f.date for f in kb.facts(["EG", "KZ"], type="relations.established")] == ["1992"]
    before = content(db)
    again = run("ingest", str(table), "--db", str(db))
    assert again.returncode == 0 and again.stderr.startswith("0 added, 0 replaced, 4 unchanged;")
    assert content(db) == before


def test_ingest_parquet_file_and_folder_equal_the_jsonl(tmp_path):
    jsonl_db, parquet_db, folder_db = tmp_path / "j.db", tmp_path / "p.db", tmp_path / "f.db"
    assert run("ingest", str(write_jsonl(tmp_path / "docs.jsonl", rows())), "--db", str(jsonl_db)).returncode == 0
    assert run("ingest", str(write_parquet(tmp_path / "docs.parquet", rows())), "--db", str(parquet_db)).returncode == 0
    folder = tmp_path / "parts"
    folder.mkdir()
    write_parquet(folder / "part-0.parquet", rows()[:2])
    write_parquet(folder / "part-1.parquet", rows()[2:])
    assert run("ingest", str(folder), "--db", str(folder_db)).returncode == 0
    assert content(jsonl_db) == content(parquet_db) == content(folder_db)


def test_progress_bar_with_an_eta_on_stderr(tmp_path):
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    result = run("ingest", str(table), "--db", str(tmp_path / "kb.db"),
                 env={"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "COLUMNS": "120"})
    assert result.returncode == 0
    assert "ingesting" in result.stderr and "4/4" in result.stderr and "eta" in result.stderr
    assert "ingesting" not in result.stdout
    quiet = run("ingest", str(table), "--db", str(tmp_path / "quiet.db"))  # stderr not a terminal: no bar
    assert "ingesting" not in quiet.stderr


def test_total_counted_up_front_without_parsing(tmp_path):
    jsonl = write_jsonl(tmp_path / "docs.jsonl", [*rows()[:2], "", "   ", rows()[2]])
    parquet = write_parquet(tmp_path / "docs.parquet", rows())
    text = tmp_path / "a.txt"
    text.write_text(TEXTS["r3"], encoding="utf-8")
    assert count_documents([jsonl]) == 3
    assert count_documents([jsonl, parquet, text, tmp_path / "missing.jsonl"]) == 3 + 4 + 1 + 1


def test_bad_rows_one_line_each_and_the_rest_goes_through(tmp_path):
    table = write_jsonl(tmp_path / "docs.jsonl", [
        rows()[0],
        "{not json",
        ["a", "list"],
        {"id": "no-text"},
        {"id": "bad-country", "text": TEXTS["r3"], "country": "XQ"},
        rows()[1],
    ])
    db = tmp_path / "kb.db"
    result = run("ingest", str(table), str(tmp_path / "missing.jsonl"), "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{table}:2: not a JSON object",
        f"{table}:3: not a JSON object",
        f"{table}:4: a row needs string 'id' and 'text'",
        f"{table}:5: unknown country code 'XQ' (expected an ISO 3166-1 alpha-2 code such as SA)",
        f"{tmp_path / 'missing.jsonl'}: cannot read (No such file or directory)",
        "2 added, 0 replaced, 0 unchanged; knowledge base: 2 documents, 3 events, 3 facts, 0 conflicts",
    ]
    with KnowledgeBase(db) as kb:
        assert [d["id"] for d in kb.documents()] == ["r1", "r2"]


def test_unreadable_parquet_and_bad_parquet_rows(tmp_path):
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    table = write_parquet(tmp_path / "docs.parquet", [rows()[0], {"id": None, "text": "x"}, rows()[2]])
    result = run("ingest", str(broken), str(table), "--db", str(tmp_path / "kb.db"))
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(f"{broken}: not a readable table (")
    assert lines[1] == f"{table}#1: a row needs string 'id' and 'text'"
    assert lines[2].startswith("2 added,")


def test_unknown_country_option_is_one_line_and_nothing_is_read(tmp_path):
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    result = run("ingest", str(table), "--db", str(tmp_path / "kb.db"), "--country", "ZZ")
    assert result.returncode == 2
    assert result.stderr.strip() == "--country: unknown country code 'ZZ' (expected an ISO 3166-1 alpha-2 code such as SA)"


class CountingPipeline:
    """Counts Pipeline.analyze calls in this process."""

    def __init__(self, monkeypatch, fail_on: str | None = None):
        from alaqat.pipeline import Pipeline

        self.calls: list[str] = []
        real = Pipeline.analyze

        def analyze(pipeline, doc, *args, **kwargs):
            self.calls.append(doc.id)
            if doc.id == fail_on:
                raise IndexError("list index out of range")
            return real(pipeline, doc, *args, **kwargs)

        monkeypatch.setattr(Pipeline, "analyze", analyze)


def ingest_table(db: Path, table: Path, jobs: int = 1) -> tuple[IngestCounts, list[str]]:
    errors: list[str] = []
    with KnowledgeBase(db) as kb:
        counts = ingest_documents(kb, iter_documents([table], None, errors.append), jobs, errors.append)
    return counts, errors


def test_unchanged_documents_are_skipped_before_the_pipeline_runs(tmp_path, monkeypatch):
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    counter = CountingPipeline(monkeypatch)
    db = tmp_path / "kb.db"
    assert ingest_table(db, table)[0].added == 4
    assert counter.calls == ["r1", "r2", "r3", "r4"]
    counts, errors = ingest_table(db, table)
    assert (counts.unchanged, counts.added, errors) == (4, 0, [])
    assert counter.calls == ["r1", "r2", "r3", "r4"], "a re-ingest ran the pipeline"
    changed = rows()
    changed[2]["text"] += " وتطورت العلاقات."
    changed[3]["title"] = "another title"  # metadata the extraction reads is part of the hash
    ingest_table(db, write_jsonl(tmp_path / "docs.jsonl", changed))
    assert counter.calls[4:] == ["r3", "r4"]


def test_with_workers_unchanged_documents_are_never_sent(tmp_path, monkeypatch):
    import alaqat.scale.ingest as ingest_module

    sent: list[str] = []

    def in_process(fn, items, jobs):  # the pool, minus the processes: records what would be sent
        for item in items:
            sent.append(item.id)
            yield item, fn(item)

    monkeypatch.setattr(ingest_module, "imap_ordered", in_process)
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    db = tmp_path / "kb.db"
    assert ingest_table(db, table, jobs=2)[0].added == 4
    counts, _ = ingest_table(db, table, jobs=2)
    assert counts.unchanged == 4 and sent == ["r1", "r2", "r3", "r4"]


def test_a_document_the_pipeline_fails_on_is_one_line(tmp_path, monkeypatch):
    CountingPipeline(monkeypatch, fail_on="r2")
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    db = tmp_path / "kb.db"
    counts, errors = ingest_table(db, table)
    assert errors == [f"{table}:2: not ingested (IndexError: list index out of range)"]
    assert (counts.added, counts.failed) == (3, 1)
    with KnowledgeBase(db) as kb:
        assert sorted(d["id"] for d in kb.documents()) == ["r1", "r3", "r4"]


@pytest.mark.slow
def test_worker_processes_store_what_one_process_stores(tmp_path):
    table = write_jsonl(tmp_path / "docs.jsonl", [{**row, "id": f"{row['id']}-{n}"} for n in range(6) for row in rows()])
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run("ingest", str(table), "--db", str(one)).returncode == 0
    result = run("ingest", str(table), "--db", str(two), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert content(one) == content(two)
    again = run("ingest", str(table), "--db", str(two), "--jobs", "2")
    assert again.stderr.startswith("0 added, 0 replaced, 24 unchanged;")


def test_workers_keep_the_same_minimum_confidence(tmp_path, monkeypatch):
    import alaqat.scale.ingest as ingest_module

    def in_process(fn, items, jobs):  # the pool, minus the processes: fn is what each worker would run
        for item in items:
            yield item, fn(item)

    monkeypatch.setattr(ingest_module, "imap_ordered", in_process)
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    for jobs in (1, 2):
        with KnowledgeBase(tmp_path / f"strict-{jobs}.db") as kb:
            kb.min_confidence = 1.0  # as `alaqat ingest --min-confidence 1` sets it
            counts = ingest_documents(kb, iter_documents([table], None, print), jobs, min_confidence=1.0)
            assert counts.added == 4 and kb.stats().events == 0
    with KnowledgeBase(tmp_path / "default.db") as kb:
        ingest_documents(kb, iter_documents([table], None, print), 2)
        assert kb.stats().events > 0


def test_sentence_index_in_one_pass_equals_the_per_sentence_scan():
    from alaqat.normalize import normalize, split_sentences, tokenize
    from alaqat.store.search import sentence_index_texts, sentence_tokens

    text = " ".join(TEXTS.values()) + "\n\nوالعراق شريك. " * 3
    tokens, sentences = tokenize(normalize(text)), split_sentences(text)
    assert len(sentences) > 5
    assert sentence_index_texts(tokens, sentences) == [sentence_tokens(tokens, s) for s in sentences]
