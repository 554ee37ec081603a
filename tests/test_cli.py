"""The command line end to end: entities, dates, extract formats, and the knowledge-base commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "alaqat", *args], capture_output=True, text=True, cwd=ROOT,
                          input=stdin, timeout=300)


def test_entities_jsonl_on_seeds(seeds):
    result = run("entities", str(ROOT.parent / "shared" / "seeds"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"doc", "start", "end", "text", "id", "kind"} == set(rows[0])
    for row in rows:
        assert seeds[row["doc"]][row["start"]:row["end"]] == row["text"]
    assert {"KZ", "IQ", "org:OIC", "person:nursultan-nazarbayev", "instrument:abraham-accords",
            "series:astana-process", "place:almaty"} <= {r["id"] for r in rows}


def test_dates_stdin_and_jsonl():
    result = run("dates", "--doc-date", "2021-12-10", stdin="عقدت الندوة الخميس 9 دجنبر الجاري وفي 25-28 سبتمبر 1994")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["value"], r["basis"]) for r in rows] == [("2021-12-09", "document"), ("1994-09-25/1994-09-28", "explicit")]
    lines = '{"id": "a", "text": "في 16 ديسمبر 1991"}\n{"id": "b", "text": "أمس", "doc_date": "2020-03-02"}\n'
    result = run("dates", "--jsonl", stdin=lines)
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"id": "a", "dates": [{"start": 3, "end": 17, "text": "16 ديسمبر 1991", "value": "1991-12-16", "basis": "explicit"}]},
        {"id": "b", "dates": [{"start": 0, "end": 3, "text": "أمس", "value": "2020-03-01", "basis": "document"}]},
    ]


def test_extract_csv_and_table(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("افتتحت قطر سفارتها في أستانا عام 2011.", encoding="utf-8")
    csv_out = run("extract", str(doc), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,doc,type,cameo,plover,modality,date")
    assert "mission.opened" in csv_out[1] and ",054,COOPERATE," in csv_out[1]
    assert "mission.opened" in run("extract", str(doc), "--format", "table").stdout


def test_kb_commands(tmp_path):
    db = str(tmp_path / "kb.db")
    corpus = str(ROOT / "alaqat" / "demo" / "corpus")
    assert run("ingest", corpus, "--db", db, "--meta", corpus + "/meta.jsonl").returncode == 0
    facts = json.loads(run("facts", "--state", "KZ", "--state", "IL", "--json", "--db", db).stdout)
    assert any(f["type"] == "relations.established" and f["date"] == "1992-04-10" for f in facts)
    assert "1994-09-25/1994-09-28" in run("timeline", "KZ", "SA", "--db", db).stdout
    dossier = run("dossier", "KZ", "SA", "--lang", "en", "--db", db).stdout
    assert dossier.startswith("# Relations dossier: Kazakhstan and Saudi Arabia")
    assert "<html" in run("dossier", "KZ", "SA", "--format", "html", "--db", db).stdout
    assert json.loads(run("search", "البحرين", "--json", "--db", db).stdout)[0]["snippet_html"]
    graphml = tmp_path / "g.graphml"
    assert run("export", "--format", "graphml", "--out", str(graphml), "--db", db).returncode == 0
    assert graphml.read_text(encoding="utf-8").startswith("<?xml")
