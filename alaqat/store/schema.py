"""The SQLite schema as numbered migrations; a knowledge base is migrated forward when opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _role_nodes(row: str) -> str:
    """The states and organizations among the roles of an event row (``new`` or ``old`` in a trigger), as the body
    of a subquery. SQLite allows no common table expression inside a trigger, so each statement repeats it."""
    # Only the constant row names new and old are formatted in: no value of any row.
    return (f"SELECT j.value AS node FROM json_each({row}.roles) j WHERE j.type = 'text' AND (j.value GLOB\n"  # noqa: S608
            "                    '[A-Z][A-Z]' OR j.value GLOB 'org:*') UNION SELECT a.value "
            f"FROM json_each({row}.roles) o,\n"
            "                    json_each(o.value) a WHERE o.type = 'array' AND a.type = 'text' AND (a.value GLOB\n"
            "                    '[A-Z][A-Z]' OR a.value GLOB 'org:*')")


_NEW_NODES, _OLD_NODES = _role_nodes("new"), _role_nodes("old")

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
    # 4: what the pages read, kept in step with the data by triggers in the transaction that changes it, so that
    # a page of the busiest state reads an index range instead of every fact (alaqat/store/views.py), and the
    # relations graph reads a few hundred counts instead of every event (alaqat/store/graph.py): events per
    # state or organization and per pair of them, by type and day, and by type only (an event's graph ends are
    # the states and organizations its roles name, directly or in a list; a denied event counts for nothing;
    # an event deleted with its document is taken away again); the facts of each state, of all states ('*')
    # and of each pair of states in chronological order, and each state's number of facts, in all and per year
    # and type; conflicts, the chronological order of facts and the latest events by index. One trigger runs per
    # event and per fact (not per entity row), with set-based statements over the row's JSON.
    f"""
    CREATE TABLE graph_edges (
        a TEXT NOT NULL, b TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL, weight INTEGER NOT NULL,
        PRIMARY KEY (a, b, type, day)
    ) WITHOUT ROWID;
    CREATE INDEX graph_edges_day ON graph_edges(day);
    CREATE TABLE graph_nodes (
        node TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL, events INTEGER NOT NULL,
        PRIMARY KEY (node, type, day)
    ) WITHOUT ROWID;
    CREATE INDEX graph_nodes_day ON graph_nodes(day);
    CREATE TABLE graph_edge_totals (
        a TEXT NOT NULL, b TEXT NOT NULL, type TEXT NOT NULL, weight INTEGER NOT NULL, PRIMARY KEY (a, b, type)
    ) WITHOUT ROWID;
    CREATE TABLE graph_node_totals (
        node TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (node, type)
    ) WITHOUT ROWID;
    CREATE TEMP TABLE graph_ends AS
        SELECT e.id AS event_id, j.value AS node FROM events e, json_each(e.roles) j
        WHERE e.modality != 'negated' AND j.type = 'text' AND (j.value GLOB '[A-Z][A-Z]' OR j.value GLOB 'org:*')
        UNION
        SELECT e.id, a.value FROM events e, json_each(e.roles) o, json_each(o.value) a
        WHERE e.modality != 'negated' AND o.type = 'array' AND a.type = 'text'
        AND (a.value GLOB '[A-Z][A-Z]' OR a.value GLOB 'org:*');
    CREATE INDEX temp.graph_ends_event ON graph_ends(event_id);
    INSERT INTO graph_edges (a, b, type, day, weight)
        SELECT x.node, y.node, e.type, coalesce(e.sort_date, ''), count(*) FROM events e
        JOIN graph_ends x ON x.event_id = e.id JOIN graph_ends y ON y.event_id = e.id AND x.node < y.node
        GROUP BY 1, 2, 3, 4;
    INSERT INTO graph_edge_totals (a, b, type, weight)
        SELECT a, b, type, sum(weight) FROM graph_edges GROUP BY a, b, type;
    INSERT INTO graph_nodes (node, type, day, events)
        SELECT x.node, e.type, coalesce(e.sort_date, ''), count(*) FROM events e
        JOIN graph_ends x ON x.event_id = e.id GROUP BY 1, 2, 3;
    INSERT INTO graph_node_totals (node, type, events)
        SELECT node, type, sum(events) FROM graph_nodes GROUP BY node, type;
    DROP TABLE temp.graph_ends;
    CREATE TRIGGER graph_count AFTER INSERT ON events WHEN new.modality != 'negated'
    BEGIN
        INSERT INTO graph_nodes (node, type, day, events)
            SELECT x.node, new.type, coalesce(new.sort_date, ''), 1 FROM (
                {_NEW_NODES}) x WHERE true
            ON CONFLICT (node, type, day) DO UPDATE SET events = events + 1;
        INSERT INTO graph_node_totals (node, type, events)
            SELECT x.node, new.type, 1 FROM (
                {_NEW_NODES}) x WHERE true
            ON CONFLICT (node, type) DO UPDATE SET events = events + 1;
        INSERT INTO graph_edges (a, b, type, day, weight)
            SELECT x.node, y.node, new.type, coalesce(new.sort_date, ''), 1 FROM (
                {_NEW_NODES}) x, (
                {_NEW_NODES}) y WHERE x.node < y.node
            ON CONFLICT (a, b, type, day) DO UPDATE SET weight = weight + 1;
        INSERT INTO graph_edge_totals (a, b, type, weight)
            SELECT x.node, y.node, new.type, 1 FROM (
                {_NEW_NODES}) x, (
                {_NEW_NODES}) y WHERE x.node < y.node
            ON CONFLICT (a, b, type) DO UPDATE SET weight = weight + 1;
    END;
    CREATE TRIGGER graph_uncount AFTER DELETE ON events WHEN old.modality != 'negated'
    BEGIN
        UPDATE graph_nodes SET events = events - 1
            WHERE type = old.type AND day = coalesce(old.sort_date, '') AND node IN (
                {_OLD_NODES});
        UPDATE graph_node_totals SET events = events - 1 WHERE type = old.type AND node IN (
                {_OLD_NODES});
        UPDATE graph_edges SET weight = weight - 1
            WHERE type = old.type AND day = coalesce(old.sort_date, '') AND (a, b) IN (
                SELECT x.node, y.node FROM (
                {_OLD_NODES}) x, (
                {_OLD_NODES}) y WHERE x.node < y.node);
        UPDATE graph_edge_totals SET weight = weight - 1 WHERE type = old.type AND (a, b) IN (
                SELECT x.node, y.node FROM (
                {_OLD_NODES}) x, (
                {_OLD_NODES}) y WHERE x.node < y.node);
    END;
    CREATE TABLE state_facts (
        state TEXT NOT NULL, sort_key TEXT NOT NULL, type TEXT NOT NULL, fact_id TEXT NOT NULL,
        PRIMARY KEY (state, sort_key, type, fact_id)
    ) WITHOUT ROWID;
    CREATE INDEX state_facts_fact ON state_facts(fact_id);
    CREATE TABLE pair_facts (
        a TEXT NOT NULL, b TEXT NOT NULL, sort_key TEXT NOT NULL, type TEXT NOT NULL, fact_id TEXT NOT NULL,
        PRIMARY KEY (a, b, sort_key, type, fact_id)
    ) WITHOUT ROWID;
    CREATE INDEX pair_facts_fact ON pair_facts(fact_id);
    CREATE TABLE state_counts (state TEXT PRIMARY KEY, facts INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE state_years (
        state TEXT NOT NULL, year TEXT NOT NULL, type TEXT NOT NULL, facts INTEGER NOT NULL,
        PRIMARY KEY (state, year, type)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO state_facts (state, sort_key, type, fact_id)
        SELECT j.value, coalesce(f.sort_date, '~'), f.type, f.id FROM facts f, json_each(f.participants) j
        WHERE j.value GLOB '[A-Z][A-Z]'
        UNION ALL SELECT '*', coalesce(sort_date, '~'), type, id FROM facts;
    INSERT OR IGNORE INTO pair_facts (a, b, sort_key, type, fact_id)
        SELECT x.state, y.state, x.sort_key, x.type, x.fact_id FROM state_facts x
        JOIN state_facts y ON y.fact_id = x.fact_id AND y.state != x.state WHERE '*' NOT IN (x.state, y.state);
    INSERT INTO state_counts (state, facts) SELECT state, count(*) FROM state_facts GROUP BY state;
    INSERT INTO state_years (state, year, type, facts)
        SELECT state, substr(sort_key, 1, 4), type, count(*) FROM state_facts GROUP BY 1, 2, 3;
    CREATE TRIGGER fact_pages_add AFTER INSERT ON facts
    BEGIN
        INSERT OR IGNORE INTO state_facts (state, sort_key, type, fact_id)
            SELECT j.value, coalesce(new.sort_date, '~'), new.type, new.id FROM json_each(new.participants) j
            WHERE j.value GLOB '[A-Z][A-Z]' UNION SELECT '*', coalesce(new.sort_date, '~'), new.type, new.id;
        INSERT OR IGNORE INTO pair_facts (a, b, sort_key, type, fact_id)
            SELECT x.value, y.value, coalesce(new.sort_date, '~'), new.type, new.id
            FROM json_each(new.participants) x, json_each(new.participants) y
            WHERE x.value GLOB '[A-Z][A-Z]' AND y.value GLOB '[A-Z][A-Z]' AND x.value != y.value;
        INSERT INTO state_counts (state, facts)
            SELECT s.state, 1 FROM state_facts s WHERE s.fact_id = new.id
            ON CONFLICT (state) DO UPDATE SET facts = facts + 1;
        INSERT INTO state_years (state, year, type, facts)
            SELECT s.state, substr(s.sort_key, 1, 4), s.type, 1 FROM state_facts s WHERE s.fact_id = new.id
            ON CONFLICT (state, year, type) DO UPDATE SET facts = facts + 1;
    END;
    CREATE TRIGGER fact_pages_remove BEFORE DELETE ON facts
    BEGIN
        UPDATE state_counts SET facts = facts - 1
            WHERE state IN (SELECT s.state FROM state_facts s WHERE s.fact_id = old.id);
        UPDATE state_years SET facts = facts - 1
            WHERE year = substr(coalesce(old.sort_date, '~'), 1, 4) AND type = old.type
            AND state IN (SELECT s.state FROM state_facts s WHERE s.fact_id = old.id);
        DELETE FROM state_facts WHERE fact_id = old.id;
        DELETE FROM pair_facts WHERE fact_id = old.id;
    END;
    CREATE INDEX facts_conflicts ON facts(status) WHERE status = 'conflict';
    CREATE INDEX facts_chrono ON facts(coalesce(sort_date, '~'), type, id);
    CREATE INDEX events_sort ON events(sort_date);
    """,  # noqa: S608 (only _role_nodes' constant subqueries are formatted in)
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
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _statements(script: str) -> list[str]:
    """The statements of a migration, one by one: a statement ends where SQLite says it is complete (a
    trigger's body holds statements of its own)."""
    out, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out
