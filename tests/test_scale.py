"""Engines: the process pool and Spark give the same events as the sequential pipeline; tables and Parquet."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from alaqat.demo import corpus_dir, meta_path
from alaqat.scale import read_parquet_output, run_extraction
from alaqat.scale.ingest import ingest_parquet_run
from alaqat.scale.parquet import read_parquet_run
from alaqat.store.kb import KnowledgeBase
from tests.test_ingest_tables import content, rows, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


DEMO_DOCUMENTS = sum(1 for p in corpus_dir().iterdir() if p.name != "meta.jsonl")


def inputs() -> list[Path]:
    return [corpus_dir()] + ([SEEDS] if SEEDS.is_dir() else [])


def jsonl(events) -> list[str]:
    return [json.dumps(e.to_json(), ensure_ascii=False) for e in events]


@pytest.fixture(scope="module")
def sequential() -> list[str]:
    return jsonl(run_extraction(inputs(), jobs=1, meta=meta_path()))


def test_process_pool_is_identical_to_sequential(sequential):
    assert len(sequential) > 50
    assert jsonl(run_extraction(inputs(), jobs=2, meta=meta_path())) == sequential


def test_tables_as_input_and_bad_rows_reported(tmp_path):
    table = tmp_path / "docs.jsonl"
    rows = [{"id": "a", "text": "أقيمت العلاقات الدبلوماسية بين مصر وكازاخستان عام 1992.", "date": "2020-01-01"},
            {"id": "b"}, "not json"]
    table.write_text("\n".join(json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r for r in rows),
                     encoding="utf-8")
    errors: list[str] = []
    events = list(run_extraction([table], jobs=1, on_error=errors.append))
    assert [(e.doc, e.type, e.date) for e in events] == [("a", "relations.established", "1992")]
    assert errors == [f"{table}:2: a row needs string 'id' and 'text'", f"{table}:3: not a JSON object"]
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"id": "p", "text": rows[0]["text"]}]), tmp_path / "docs.parquet")
    assert [e.doc for e in run_extraction([tmp_path / "docs.parquet"], jobs=1)] == ["p"]


def test_parquet_output_round_trips_into_the_knowledge_base(tmp_path, sequential):
    out = tmp_path / "out"
    assert list(run_extraction([corpus_dir()], jobs=2, meta=meta_path(), out=out, with_mentions=True)) == []
    loaded = list(read_parquet_output(out))
    assert len(loaded) == DEMO_DOCUMENTS and sum(len(ev) for _, ev in loaded) > 40
    db = tmp_path / "kb.db"
    run = subprocess.run([sys.executable, "-m", "alaqat", "ingest", "--from-parquet", str(out), "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    from alaqat.store.kb import KnowledgeBase

    with KnowledgeBase(db) as kb:
        assert kb.stats().documents == DEMO_DOCUMENTS
        assert kb.facts(["KZ", "IL"], type="relations.established")[0].date == "1992-04-10"


def test_a_failing_document_never_kills_the_job(tmp_path, monkeypatch):
    from alaqat.scale import worker

    def explode(doc):
        raise RuntimeError("boom")

    monkeypatch.setattr("alaqat.pipeline.Pipeline.analyze", lambda self, doc, **_: explode(doc))
    errors: list[str] = []
    assert list(run_extraction([corpus_dir()], jobs=1, on_error=errors.append)) == []
    assert len(errors) == DEMO_DOCUMENTS and "extraction failed (RuntimeError: boom)" in errors[0]
    assert worker.extract_one.__name__ == "extract_one"


def fail_analysis_of(doc_id: str, monkeypatch) -> None:
    """Make the pipeline raise on one document, as a bug in a rule would, and run normally on the others."""
    from alaqat.pipeline import Pipeline

    real = Pipeline.analyze

    def fail_on_one(self, doc, **options):
        if doc.id == doc_id:
            raise RuntimeError("boom")
        return real(self, doc, **options)

    monkeypatch.setattr(Pipeline, "analyze", fail_on_one)


def errors_table(out: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return [row for file in sorted((out / "errors").glob("*.parquet")) for row in pq.read_table(file).to_pylist()]


def test_a_failing_document_goes_to_the_errors_table_and_the_rest_is_written(tmp_path, monkeypatch):
    fail_analysis_of("bad", monkeypatch)
    table = tmp_path / "docs.jsonl"
    text = "أقيمت العلاقات الدبلوماسية بين مصر وكازاخستان عام 1992."
    table.write_text("\n".join(json.dumps({"id": i, "text": text}, ensure_ascii=False) for i in ("a", "bad", "c")),
                     encoding="utf-8")
    errors: list[str] = []
    out = tmp_path / "out"
    assert list(run_extraction([table], jobs=1, out=out, on_error=errors.append)) == []
    assert errors_table(out) == [{"doc": "bad", "error": f"{table}:2: extraction failed (RuntimeError: boom)"}]
    assert errors == [errors_table(out)[0]["error"]]
    assert {doc.id: len(events) for doc, events in read_parquet_output(out)} == {"a": 1, "bad": 0, "c": 1}


def test_a_parquet_run_loads_into_the_same_base_as_a_direct_ingest(tmp_path):
    """`extract --out` keeps mentions and dates, and `ingest --from-parquet` stores them: the base equals the one
    `ingest TABLE` builds, row for row (an empty title too), so loading the run into it again changes nothing."""
    table = write_jsonl(tmp_path / "docs.jsonl", [*rows()[:3], {**rows()[3], "title": ""}])
    out, via_run, direct = tmp_path / "run", tmp_path / "run.db", tmp_path / "direct.db"
    for args in (["extract", str(table), "--jobs", "1", "--out", str(out)],
                 ["ingest", "--from-parquet", str(out), "--db", str(via_run)], ["ingest", str(table), "--db", str(direct)]):
        done = subprocess.run([sys.executable, "-m", "alaqat", *args], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["dates", "documents", "errors", "events", "mentions"]
    assert content(via_run) == content(direct)
    assert len(content(direct)["mentions"]) >= 8 and len(content(direct)["dates"]) >= 3
    with KnowledgeBase(direct) as kb:
        counts = ingest_parquet_run(kb, out)
    assert (counts.unchanged, counts.added, counts.replaced) == (4, 0, 0)


def test_a_document_the_run_failed_on_is_one_line_and_not_stored(tmp_path, monkeypatch):
    fail_analysis_of("r2", monkeypatch)
    table = write_jsonl(tmp_path / "docs.jsonl", rows())
    out = tmp_path / "run"
    list(run_extraction([table], jobs=1, out=out, on_error=lambda _m: None, with_mentions=True))
    assert [item.error is not None for item in read_parquet_run(out)] == [False, True, False, False]
    errors: list[str] = []
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        counts = ingest_parquet_run(kb, out, on_error=errors.append)
        assert [d["id"] for d in kb.documents()] == ["r1", "r3", "r4"]
    assert (counts.added, counts.failed) == (3, 1)
    assert errors == [f"{out}: r2: not ingested ({table}:2: extraction failed (RuntimeError: boom))"]


spark_available = pytest.mark.skipif(
    shutil.which("java") is None or __import__("importlib").util.find_spec("pyspark") is None,
    reason="Spark needs java and pyspark")


@pytest.mark.spark
@pytest.mark.slow
@spark_available
def test_spark_engine_is_identical_to_local_and_writes_tables(tmp_path, sequential):
    assert jsonl(run_extraction(inputs(), engine="spark", master="local[2]", meta=meta_path())) == sequential
    table = tmp_path / "docs.jsonl"
    table.write_text(json.dumps({"id": "t1", "text": "زار الرئيس التركي أستانا في مايو 2022."}, ensure_ascii=False)
                     + "\n" + json.dumps({"id": "t2", "text": "نص بلا أحداث."}, ensure_ascii=False)
                     + "\n" + json.dumps({"id": "t3", "title": "no text"}) + "\n", encoding="utf-8")
    out = tmp_path / "spark-out"
    errors: list[str] = []
    list(run_extraction([table], engine="spark", master="local[2]", out=out, on_error=errors.append,
                        with_mentions=True))
    loaded = {doc.id: [e.type for e in events] for doc, events in read_parquet_output(out)}
    assert loaded == {"t1": ["visit"], "t2": []}
    visit = next(item for item in read_parquet_run(out) if item.doc.id == "t1")
    assert {(m.id, m.form) for m in visit.mentions} >= {("TR", "nisba"), ("KZ", "capital")}
    assert [d.value for d in visit.dates] == ["2022-05"]
    assert errors_table(out) == [{"doc": "t3", "error": "t3: a row needs string 'id' and 'text'"}]
    assert errors == ["t3: a row needs string 'id' and 'text'"]


def test_a_worker_keeps_where_a_person_local_to_the_document_is_named():
    # what a Parquet run stores is what a direct ingest keeps: the name a reader is shown for a slug's person
    from alaqat.read import read_text
    from alaqat.scale import worker

    text = "وصل وزير الخارجية الموريتاني أحمد ولد تكدي إلى أستانا أمس في زيارة رسمية."
    _, events, mentions, _, error = worker.extract_one(read_text(text, doc_id="m", date="2015-07-22", country="KZ"))
    assert error is None and events[0]["roles"]["visitor"].startswith("person:")
    local = [m for m in mentions if m["form"] == "local"]
    assert [(m["id"], m["text"]) for m in local] == [(events[0]["roles"]["visitor"], "أحمد ولد تكدي")]
