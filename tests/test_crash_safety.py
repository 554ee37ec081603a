"""SIGKILL during ingest: the database stays sound, each document is wholly there or absent, and a rerun
completes the work."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alaqat.demo import corpus_dir

ROOT = Path(__file__).resolve().parents[1]
COPIES = 200  # enough documents that an ingest is still writing when the kill lands
pytestmark = pytest.mark.slow


def make_corpus(folder: Path) -> Path:
    folder.mkdir()
    for source in sorted(corpus_dir().glob("*.txt")):
        text = source.read_bytes()
        for copy in range(COPIES):
            (folder / f"{source.stem}-{copy}{source.suffix}").write_bytes(text + f"\n{copy}\n".encode())
    return folder


def ingest(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "alaqat", "ingest", str(corpus), "--db", str(db)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def snapshot(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = dict(conn.execute("SELECT d.id, (SELECT count(*) FROM events e WHERE e.doc_id = d.id) FROM documents d"))
        indexed = {r[0] for r in conn.execute("SELECT DISTINCT doc_id FROM sentence_index")}
        assert indexed == set(docs)
        orphans = conn.execute("SELECT count(*) FROM events WHERE fact_key NOT IN (SELECT fact_key FROM facts)")
        assert orphans.fetchone()[0] == 0
        return docs
    finally:
        conn.close()


def stored(db: Path) -> int:
    """Documents committed so far (0 while the database or its tables do not exist yet)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    except sqlite3.OperationalError:
        return 0
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def kill_while_writing(process: subprocess.Popen, db: Path, rng: random.Random) -> None:
    """SIGKILL once this ingest has committed something new, plus a random delay: by progress, not by clock,
    so a faster pipeline cannot finish before the kill."""
    before = stored(db)
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline and stored(db) <= before:
        time.sleep(0.02)
    time.sleep(rng.uniform(0.0, 0.4))
    if process.poll() is None:  # still running (a finished run simply does not count as interrupted)
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def test_sigkill_at_random_points(tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    reference = tmp_path / "reference.db"
    assert ingest(corpus, reference).wait(timeout=600) == 0
    expected = snapshot(reference)
    db = tmp_path / "killed.db"
    rng = random.Random(20261123)
    interrupted = 0
    for _ in range(4):
        kill_while_writing(ingest(corpus, db), db, rng)
        if db.exists():
            partial = snapshot(db)
            for doc_id, events in partial.items():
                assert events == expected[doc_id], f"{doc_id} is half there"
            interrupted += len(partial) < len(expected)
    assert interrupted, "no kill landed while documents were still being written"
    assert ingest(corpus, db).wait(timeout=600) == 0
    assert snapshot(db) == expected
