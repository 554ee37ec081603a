"""The SQLite schema as numbered migrations; a knowledge base is migrated forward when opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

MIGRATIONS: list[str] = [
    # 1: documents, their annotations and events; facts; full-text index of sentences.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT, date TEXT, url TEXT, path TEXT, source_format TEXT, encoding TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        entity_id TEXT NOT NULL, kind TEXT NOT NULL, form TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE dates (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value TEXT NOT NULL, granularity TEXT NOT NULL, basis TEXT NOT NULL
    );
    CREATE INDEX dates_doc ON dates(doc_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        type TEXT NOT NULL, modality TEXT NOT NULL,
        date TEXT, date_text TEXT, date_basis TEXT, sort_date TEXT,
        sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
        trig_start INTEGER NOT NULL, trig_end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        confidence REAL NOT NULL,
        roles TEXT NOT NULL,
        fact_key TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_type ON events(type, sort_date);
    CREATE INDEX events_fact ON events(fact_key);
    CREATE TABLE event_entities (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        role TEXT NOT NULL, entity_id TEXT NOT NULL
    );
    CREATE INDEX event_entities_entity ON event_entities(entity_id, event_id);
    CREATE INDEX event_entities_event ON event_entities(event_id);
    CREATE TABLE facts (
        id TEXT PRIMARY KEY,
        fact_key TEXT NOT NULL,
        type TEXT NOT NULL,
        participants TEXT NOT NULL,
        roles TEXT NOT NULL,
        date TEXT, sort_date TEXT,
        status TEXT NOT NULL,
        claims TEXT NOT NULL
    );
    CREATE INDEX facts_key ON facts(fact_key);
    CREATE INDEX facts_type ON facts(type, sort_date);
    CREATE TABLE fact_entities (
        fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL
    );
    CREATE INDEX fact_entities_entity ON fact_entities(entity_id, fact_id);
    CREATE VIRTUAL TABLE sentence_index USING fts5(
        doc_id UNINDEXED, start UNINDEXED, "end" UNINDEXED, tokens, tokenize = 'unicode61 remove_diacritics 0'
    );
    """,
    # 2: which full-text rows belong to which document, so replacing a document does not scan the index;
    # and an index for the cascade from facts to fact_entities.
    """
    CREATE INDEX fact_entities_fact ON fact_entities(fact_id);
    CREATE TABLE sentence_rows (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        fts_rowid INTEGER NOT NULL
    );
    CREATE INDEX sentence_rows_doc ON sentence_rows(doc_id);
    INSERT INTO sentence_rows (doc_id, fts_rowid) SELECT doc_id, rowid FROM sentence_index;
    """,
    # 3: the publication's home state (who "the Kingdom" and unqualified titles stand for).
    """
    ALTER TABLE documents ADD COLUMN country TEXT;
    """,
]


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection in WAL mode with foreign keys on; the schema is migrated to the newest version."""
    if readonly:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, check_same_thread=False, timeout=30)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations a database lacks, each in its own transaction; returns the version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            for statement in script.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]
