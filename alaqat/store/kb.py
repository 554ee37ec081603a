"""The knowledge base: documents, their annotations and events in SQLite, facts merged across documents.

Ingesting a document is one transaction: its old rows go, its new rows and the facts they touch are
written, and a SIGKILL at any moment leaves the document wholly before or wholly after. The same content
ingested again changes nothing (a content hash decides). Bulk ingest groups documents into batches (one
transaction each, every touched fact key merged once per batch), with the same all-or-nothing guarantee.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from alaqat.errors import ReadError
from alaqat.model import Document, Event, Evidence, Mention, TemporalExpression
from alaqat.pipeline import Analysis, default_pipeline
from alaqat.store import edtf, views
from alaqat.store.describe import Names
from alaqat.store.facts import Claim, Fact, fact_key, merge
from alaqat.store.graph import graph_view
from alaqat.store.schema import connect
from alaqat.store.search import build_query, highlight, sentence_index_texts

DEFAULT_DB = "alaqat.db"
BATCH_DOCUMENTS = 200  # a bulk ingest commits after this many documents …
BATCH_SECONDS = 1.0  # … or this long, whichever comes first: readers see progress, other writers wait little


@dataclass
class IngestResult:
    doc_id: str
    status: str  # added, unchanged, replaced
    events: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "status": self.status, "events": self.events}


@dataclass
class Storable:
    """Everything the store writes for one document besides the document itself, computed from its analysis by
    whichever process ran the pipeline: plain picklable records, so that worker processes (``ingest --jobs``)
    extract and the one writer only writes."""

    events: list[Event]
    mentions: list[Mention]
    dates: list[TemporalExpression]
    sentences: list[tuple[int, int, str]]  # (start, end, the sentence's search-index text)


def storable(analysis: Analysis, events: list[Event] | None = None) -> Storable:
    """The rows of one analyzed document (``events`` when they were extracted elsewhere, e.g. by Spark)."""
    texts = sentence_index_texts(analysis.tokens, analysis.sentences)
    return Storable(analysis.events if events is None else events, analysis.mentions_to_keep(), analysis.dates,
                    [(s.start, s.end, text) for s, text in zip(analysis.sentences, texts, strict=True)])


@dataclass
class SearchHit:
    doc: str
    sentence: tuple[int, int]
    score: float
    text: str
    snippet_html: str
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "sentence": list(self.sentence), "score": round(self.score, 4), "text": self.text,
                "snippet_html": self.snippet_html, "title": self.title}


@dataclass
class Stats:
    documents: int
    events: int
    facts: int
    conflicts: int
    states: int
    by_type: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def content_hash(doc: Document) -> str:
    """What decides "unchanged": the text and the metadata the extraction reads (the home state only when given,
    so bases built before it existed keep their hashes)."""
    fields = [doc.title, doc.date, doc.url] + ([doc.country] if doc.country else [])
    meta = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256((doc.text + "\x00" + meta).encode("utf-8")).hexdigest()


def _event_from_row(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"], doc=row["doc_id"], type=row["type"], roles=json.loads(row["roles"]),
        modality=row["modality"], date=row["date"], date_text=row["date_text"], date_basis=row["date_basis"],
        evidence=Evidence((row["sent_start"], row["sent_end"]), (row["trig_start"], row["trig_end"]),
                          row["sentence"]),
        confidence=row["confidence"],
    )


def _claims_from_json(text: str) -> list[Claim]:
    return [Claim(c["event"], c["doc"], c["date"], c.get("date_text"), c["modality"], tuple(c["sentence"]),
                  c["text"], {}) for c in json.loads(text)]


def _fact_from_row(row: sqlite3.Row) -> Fact:
    return Fact(row["id"], row["fact_key"], row["type"], json.loads(row["roles"]), row["date"], row["status"],
                _claims_from_json(row["claims"]))


class StoredFact(Fact):
    """A fact read from the base whose claims are decoded when first used: a question weighs every visit to a
    state (a thousand in a large base) by its roles and date, but words and cites at most a few hundred, and
    decoding the claims of the others was a quarter of its time."""

    def __init__(self, row: sqlite3.Row):
        super().__init__(row["id"], row["fact_key"], row["type"], json.loads(row["roles"]), row["date"],
                         row["status"])
        self._claims_json: str | None = row["claims"]

    @property  # type: ignore[override]
    def claims(self) -> list[Claim]:
        if self._claims_json is not None:
            self._claims, self._claims_json = _claims_from_json(self._claims_json), None
        return self._claims

    @claims.setter
    def claims(self, value: list[Claim]) -> None:
        self._claims, self._claims_json = value, None


class KnowledgeBase:
    """One project's knowledge base (``KnowledgeBase("alaqat.db")``); see docs/ARCHITECTURE.md."""

    def __init__(self, path: str | Path = DEFAULT_DB, readonly: bool = False):
        self.path = Path(path)
        self.conn = connect(self.path, readonly=readonly)
        self._pipeline = None
        self.min_confidence: float | None = None  # events below it are not stored; None: the model's threshold
        self._pending: set[str] | None = None  # fact keys to merge when the open batch commits
        # figures read from the whole base (latest date, home country), each with the data version it was read at
        self._remembered: dict[str, tuple[tuple[int, int], Any]] = {}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pipeline(self):
        if self._pipeline is None:
            self._pipeline = default_pipeline()
        return self._pipeline

    @property
    def gazetteer(self):
        return self.pipeline.linker.gazetteer

    @property
    def names(self) -> Names:
        """Names for people: the gazetteer's, and those the documents give persons it does not know."""
        return Names(self.gazetteer, self.conn)

    # -- writing ---------------------------------------------------------------------------------------------
    @contextmanager
    def batch(self, max_documents: int = BATCH_DOCUMENTS, max_seconds: float = BATCH_SECONDS
              ) -> Iterator[IngestBatch]:
        """Group the ingests inside into transactions of up to ``max_documents`` documents or ``max_seconds``.

        Ingesting one document at a time re-merges every fact key it touches, so a busy key (every visit
        between two states) is rebuilt once per document; in a batch each key is merged once per commit.
        Call ``checkpoint()`` between documents to commit when a limit is reached. An exception escaping the
        block rolls back the documents since the last commit, never anything committed before.
        """
        if self._pending is not None:  # already inside a batch: join it
            yield IngestBatch(self, max_documents, max_seconds, nested=True)
            return
        handle = IngestBatch(self, max_documents, max_seconds)
        handle.begin()
        try:
            yield handle
            handle.commit()
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._pending = None

    def _stored_hash(self, doc: Document) -> tuple[str, str | None]:
        """(the content hash of ``doc``, the hash stored under its id or None when the id is new)."""
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        return content_hash(doc), row["content_hash"] if row is not None else None

    def is_unchanged(self, doc: Document) -> bool:
        """True when this exact content is already stored: ingesting it again would change nothing, so callers
        skip it before any extraction (a re-ingest of a month of press costs hashing, not the pipeline)."""
        digest, stored = self._stored_hash(doc)
        return digest == stored

    def ingest_document(self, doc: Document) -> IngestResult:
        """Analyze and store one document; unchanged content is a no-op decided by its hash before the pipeline
        runs, changed content replaces."""
        digest, stored = self._stored_hash(doc)
        if stored == digest:
            return IngestResult(doc.id, "unchanged")
        analysis = self.pipeline.analyze(doc, self.min_confidence)
        return self._store(doc, storable(analysis), digest, replaced=stored is not None)

    def ingest_storable(self, doc: Document, rows: Storable) -> IngestResult:
        """Store a document analyzed in another process (``ingest --jobs``); the hash is checked again here, so a
        table naming the same document twice still ends with its last version."""
        digest, stored = self._stored_hash(doc)
        if stored == digest:
            return IngestResult(doc.id, "unchanged")
        return self._store(doc, rows, digest, replaced=stored is not None)

    def ingest_events(self, doc: Document, events: list[Event], analysis: Analysis | None = None,
                      mentions: list[Mention] | None = None, dates: list[TemporalExpression] | None = None
                      ) -> IngestResult:
        """Store a document with events extracted elsewhere (e.g. by the Spark engine). Its mentions and dates are
        ``analysis``'s, else ``mentions`` and ``dates`` (a run's Parquet tables), else none: only the sentences for
        the search index are computed here, so loading a run costs no annotation."""
        digest, stored = self._stored_hash(doc)
        if stored == digest:
            return IngestResult(doc.id, "unchanged")
        if analysis is None:
            analysis = self.pipeline.prepare(doc)
            analysis.mentions, analysis.dates = list(mentions or []), list(dates or [])
        return self._store(doc, storable(analysis, events), digest, replaced=stored is not None)

    def ingest_paths(
        self, paths: Iterable[str | Path], meta: dict[str, dict[str, Any]] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> list[IngestResult]:
        """Ingest every readable document under ``paths``; unreadable ones go to ``on_error``."""
        from alaqat.read import read_paths

        results = []
        with self.batch() as batch:
            for item in read_paths(paths, meta):
                if isinstance(item, ReadError):
                    if on_error:
                        on_error(str(item))
                    continue
                batch.checkpoint()
                results.append(self.ingest_document(item))
        return results

    def _store(self, doc: Document, rows: Storable, digest: str, replaced: bool) -> IngestResult:
        conn = self.conn
        in_batch = self._pending is not None
        conn.execute("SAVEPOINT store_document" if in_batch else "BEGIN IMMEDIATE")
        try:
            old_keys: list[str] = []
            if replaced:
                old_keys = [r[0] for r in conn.execute("SELECT DISTINCT fact_key FROM events WHERE doc_id = ?",
                                                       (doc.id,))]
                conn.execute("DELETE FROM sentence_index WHERE rowid IN "
                             "(SELECT fts_rowid FROM sentence_rows WHERE doc_id = ?)", (doc.id,))
                conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            conn.execute(
                "INSERT INTO documents (id, title, date, url, path, source_format, encoding, text, content_hash, "
                "country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.title, doc.date, doc.url, doc.path, doc.source_format, doc.encoding, doc.text, digest,
                 doc.country))
            conn.executemany(
                'INSERT INTO mentions (doc_id, start, "end", text, entity_id, kind, form) VALUES (?, ?, ?, ?, ?, ?, ?)',
                [(doc.id, m.start, m.end, m.text, m.id, m.kind, m.form) for m in rows.mentions])
            conn.executemany(
                'INSERT INTO dates (doc_id, start, "end", text, value, granularity, basis) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(doc.id, d.start, d.end, d.text, d.value, d.granularity, d.basis) for d in rows.dates])
            new_keys = self._insert_events(doc.id, rows.events)
            for start, end, tokens in rows.sentences:
                cursor = conn.execute('INSERT INTO sentence_index (doc_id, start, "end", tokens) VALUES (?, ?, ?, ?)',
                                      (doc.id, start, end, tokens))
                conn.execute("INSERT INTO sentence_rows (doc_id, fts_rowid) VALUES (?, ?)", (doc.id, cursor.lastrowid))
            if in_batch:
                self._pending |= set(old_keys) | new_keys
                conn.execute("RELEASE store_document")
            else:
                self._refresh_facts(set(old_keys) | new_keys)
                conn.execute("COMMIT")
        except BaseException:
            if in_batch:  # undo this document only; the batch's earlier documents stay
                conn.execute("ROLLBACK TO store_document")
                conn.execute("RELEASE store_document")
            else:
                conn.execute("ROLLBACK")
            raise
        return IngestResult(doc.id, "replaced" if replaced else "added", len(rows.events))

    def _insert_events(self, doc_id: str, events: list[Event]) -> set[str]:
        keys = set()
        rows, links = [], []
        for number, event in enumerate(events, 1):
            key = fact_key(event.type, event.roles)
            keys.add(key)
            ev = event.evidence
            rows.append((event.id, doc_id, number, event.type, event.modality, event.date, event.date_text,
                         event.date_basis, edtf.sort_key(event.date)[1] or None, ev.sentence[0], ev.sentence[1],
                         ev.trigger[0], ev.trigger[1], ev.text, event.confidence,
                         json.dumps(event.roles, ensure_ascii=False), key))
            for role, value in event.roles.items():
                for item in value if isinstance(value, list) else [value]:
                    links.append((event.id, role, item))
                    body = self.gazetteer.body_of_series(item) if role == "series" and isinstance(item, str) else None
                    if body is not None:
                        links.append((event.id, role, body))  # the OFID's dossier lists its meetings
        self.conn.executemany(
            "INSERT INTO events (id, doc_id, n, type, modality, date, date_text, date_basis, sort_date, sent_start, "
            "sent_end, trig_start, trig_end, sentence, confidence, roles, fact_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self.conn.executemany("INSERT INTO event_entities (event_id, role, entity_id) VALUES (?, ?, ?)", links)
        return keys

    def _refresh_facts(self, keys: Iterable[str]) -> None:
        """Merge the events of each key again and write only the facts that changed (ids are stable)."""
        for key in keys:
            rows = self.conn.execute("SELECT * FROM events WHERE fact_key = ? ORDER BY id", (key,)).fetchall()
            stored = {r[0]: tuple(r[1:]) for r in self.conn.execute(
                "SELECT id, type, participants, roles, date, sort_date, status, claims FROM facts WHERE fact_key = ?",
                (key,))}
            fresh: dict[str, tuple[tuple[Any, ...], list[str]]] = {}
            if rows:
                claims = [Claim(r["id"], r["doc_id"], r["date"], r["date_text"], r["modality"],
                                (r["sent_start"], r["sent_end"]), r["sentence"], json.loads(r["roles"])) for r in rows]
                for fact in merge(key, rows[0]["type"], claims):
                    fresh[fact.id] = ((fact.type, json.dumps(fact.participants),
                                       json.dumps(fact.roles, ensure_ascii=False), fact.date,
                                       edtf.sort_key(fact.date)[1] or None, fact.status,
                                       json.dumps([c.to_json() for c in fact.claims], ensure_ascii=False)),
                                      fact.participants)
            gone = [(i,) for i, values in stored.items() if i not in fresh or fresh[i][0] != values]
            self.conn.executemany("DELETE FROM facts WHERE id = ?", gone)
            for fact_id, (values, participants) in fresh.items():
                if stored.get(fact_id) == values:
                    continue
                self.conn.execute(
                    "INSERT INTO facts (id, fact_key, type, participants, roles, date, sort_date, status, claims) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (fact_id, key, *values))
                # a meeting series of a body (series:sco-meetings) stands for the body too: questions about the SCO
                bodies = [b for b in map(self.gazetteer.body_of_series, participants) if b and b not in participants]
                self.conn.executemany("INSERT INTO fact_entities (fact_id, entity_id) VALUES (?, ?)",
                                      [(fact_id, e) for e in [*participants, *bodies]])

    # -- reading ---------------------------------------------------------------------------------------------
    def documents(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.date, d.url, length(d.text) AS chars, "
            "(SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events FROM documents d ORDER BY d.id "
            "LIMIT ? OFFSET ?", (limit if limit is not None else -1, offset)).fetchall()
        return [dict(r) for r in rows]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        mentions = [Mention(doc_id, r["start"], r["end"], r["text"], r["entity_id"], r["kind"], r["form"])
                    for r in self.conn.execute('SELECT * FROM mentions WHERE doc_id = ? ORDER BY start', (doc_id,))]
        dates = [TemporalExpression(r["start"], r["end"], r["text"], r["value"], r["granularity"], r["basis"])
                 for r in self.conn.execute("SELECT * FROM dates WHERE doc_id = ? ORDER BY start", (doc_id,))]
        events = [_event_from_row(r) for r in
                  self.conn.execute("SELECT * FROM events WHERE doc_id = ? ORDER BY n", (doc_id,))]
        return {"id": row["id"], "title": row["title"], "date": row["date"], "url": row["url"], "text": row["text"],
                "country": row["country"], "format": row["source_format"], "mentions": [m.to_json() for m in mentions],
                "dates": [d.to_json() for d in dates], "events": [e.to_json() for e in events]}

    def events(self, states: Iterable[str] = (), type: str | None = None, date_from: str | None = None,
               date_to: str | None = None, doc: str | None = None, limit: int | None = None) -> list[Event]:
        sql, args = ["SELECT e.* FROM events e WHERE 1 = 1"], []
        for state in states:
            sql.append("AND e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)")
            args.append(state)
        if type:
            sql.append("AND e.type = ?")
            args.append(type)
        if doc:
            sql.append("AND e.doc_id = ?")
            args.append(doc)
        if date_from:
            sql.append("AND e.sort_date >= ?")
            args.append(date_from)
        if date_to:
            sql.append("AND e.sort_date <= ?")
            args.append(date_to)
        sql.append("ORDER BY e.sort_date IS NULL, e.sort_date, e.doc_id, e.n LIMIT ?")
        args.append(limit if limit is not None else -1)
        return [_event_from_row(r) for r in self.conn.execute(" ".join(sql), args)]

    def facts(self, states: Iterable[str] = (), type: str | None = None, status: str | None = None,
              limit: int | None = None) -> list[Fact]:
        sql, args = ["SELECT f.* FROM facts f WHERE 1 = 1"], []
        for state in states:
            sql.append("AND f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?)")
            args.append(state)
        if type:
            sql.append("AND f.type = ?")
            args.append(type)
        if status:
            sql.append("AND f.status = ?")
            args.append(status)
        sql.append("ORDER BY f.sort_date IS NULL, f.sort_date, f.type, f.id LIMIT ?")
        args.append(limit if limit is not None else -1)
        return [_fact_from_row(r) for r in self.conn.execute(" ".join(sql), args)]

    def latest_date(self) -> str | None:
        """The date of the latest event the base holds (EDTF): what "last year" in a question counts from.
        One indexed look-up per event type, remembered until the base changes (here or in another process)."""
        from alaqat.model import EVENT_TYPES

        def read() -> str | None:
            rows = [self.conn.execute("SELECT sort_date, date FROM events WHERE type = ? AND sort_date IS NOT NULL "
                                      "ORDER BY sort_date DESC LIMIT 1", (t,)).fetchone() for t in EVENT_TYPES]
            found = max((r for r in rows if r is not None), key=lambda r: r[0], default=None)
            return found[1] if found else None

        return self._remember("latest_date", read)

    def _remember(self, name: str, read: Callable[[], Any]) -> Any:
        """``read()``, remembered until the base changes, here or in another process (the data version and this
        connection's changes are what a remembered figure is checked against)."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes
        kept = self._remembered.get(name)
        if kept is None or kept[0] != version:
            kept = self._remembered[name] = (version, read())
        return kept[1]

    def events_naming(self, entity_id: str) -> frozenset[str]:
        """The events whose evidence sentence names ``entity_id`` (a person the roles of talks cannot hold: the
        ontology gives talks only their states): the sentence that says it names him."""
        rows = self.conn.execute(
            'SELECT DISTINCT e.id FROM mentions m JOIN events e ON e.doc_id = m.doc_id '
            'AND m.start >= e.sent_start AND m."end" <= e.sent_end WHERE m.entity_id = ?', (entity_id,))
        return frozenset(r[0] for r in rows)

    def home_country(self) -> str | None:
        """The publications' home state when one holds most of the base's documents (a Saudi paper's archive: SA):
        who المملكة or خادم الحرمين الشريفين in a question stands for, as in the documents. None in a base of
        mixed or unknown origin. Remembered until the base changes."""
        def read() -> str | None:
            row = self.conn.execute("SELECT country, count(*) FROM documents GROUP BY country "
                                    "ORDER BY count(*) DESC, country LIMIT 1").fetchone()
            total = self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            return row[0] if row and row[0] and 2 * row[1] > total else None

        return self._remember("home_country", read)

    def conflicts(self, states: Iterable[str] = ()) -> list[Fact]:
        return self.facts(states, status="conflict")

    def timeline(self, state: str, other: str | None = None) -> list[Fact]:
        """The facts involving ``state`` (and ``other``), in chronological order, undated last."""
        return self.facts([state, other] if other else [state])

    def search(self, query: str, limit: int = 20, any_term: bool = False, offset: int = 0) -> list[SearchHit]:
        """Sentences matching every word of ``query`` (any with ``any_term``), best BM25 first."""
        segmenter = self.pipeline.linker.segmenter
        q = build_query(query, segmenter, any_term=any_term, stopwords=_stopwords() if any_term else ())
        if q is None:
            return []
        # The best rows first, from the index alone; only then their sentences, cut from the documents' text (a
        # frequent word matches thousands of sentences, whose documents need not be read to rank them).
        rows = self.conn.execute(
            "WITH best AS MATERIALIZED (SELECT rowid, bm25(sentence_index) AS rank FROM sentence_index "
            "WHERE sentence_index MATCH ? ORDER BY rank LIMIT ? OFFSET ?) "
            'SELECT s.doc_id, s.start, s."end", b.rank, substr(d.text, s.start + 1, s."end" - s.start) AS text, '
            "d.title FROM best b JOIN sentence_index s ON s.rowid = b.rowid JOIN documents d ON d.id = s.doc_id "
            "ORDER BY b.rank, b.rowid",
            (q.fts, limit, offset)).fetchall()
        return [SearchHit(r["doc_id"], (r["start"], r["end"]), -r["rank"], r["text"],
                          highlight(r["text"], q.terms, segmenter), r["title"]) for r in rows]

    def ask(self, question: str, country: str | None = None):
        """The answer, with citations; ``country``: who المملكة or بلادنا in the question stands for (by default
        the base's home country, when it has one)."""
        from alaqat.store.ask import answer

        return answer(self, question, country)

    def dossier(self, a: str, b: str, lang: str = "ar", **paging: Any):
        """The pair's dossier; ``paging`` (per_section, section, page, max_citations) bounds it for a page."""
        from alaqat.store.dossier import build_dossier

        return build_dossier(self, a, b, lang, **paging)

    def stats(self) -> Stats:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        by_type = {r[0]: r[1] for r in self.conn.execute("SELECT type, count(*) FROM events GROUP BY type")}
        states = one("SELECT count(DISTINCT entity_id) FROM fact_entities WHERE length(entity_id) = 2")
        return Stats(one("SELECT count(*) FROM documents"), one("SELECT count(*) FROM events"),
                     one("SELECT count(*) FROM facts"), one("SELECT count(*) FROM facts WHERE status = 'conflict'"),
                     states, by_type)

    def graph(self, date_from: str | None = None, date_to: str | None = None, types: Iterable[str] = (),
              state: str | None = None, min_weight: int | None = 1, max_nodes: int | None = None) -> dict[str, Any]:
        """States and organizations as nodes, edges weighted by the events that involve both (a denied act,
        such as a signing that did not happen, is no edge); read from counts kept up to date at write time.
        ``state`` centres the graph on one state, ``min_weight`` drops weaker edges (None: as many as keep the
        picture legible), ``max_nodes`` keeps the strongest nodes (see ``alaqat.store.graph``)."""
        return graph_view(self.conn, self.gazetteer.name, date_from, date_to, types, state, min_weight, max_nodes)

    def export(self, fmt: str, states: Iterable[str] = (), out: IO[str] | None = None, lang: str = "ar") -> str | None:
        """Write the base (or what involves ``states``) as jsonl, csv, graphml or timelinejs to ``out``;
        without ``out``, return the export as a string."""
        from alaqat.store.export import export

        if out is not None:
            export(self, fmt, out, states, lang)
            return None
        buffer = io.StringIO()
        export(self, fmt, buffer, states, lang)
        return buffer.getvalue()

    def iter_events(self) -> Iterator[Event]:
        for row in self.conn.execute("SELECT * FROM events ORDER BY doc_id, n"):
            yield _event_from_row(row)

    # -- page reads: bounded whatever the base's size (alaqat/store/views.py) --------------------------------
    def fact_page(self, states: Iterable[str] = (), types: Iterable[str] = (), period: str | None = None,
                  page: int = 1, size: int = views.PAGE_SIZE, max_claims: int | None = views.MAX_CLAIMS
                  ) -> views.FactPage:
        """One page of the facts of zero, one or two states (chronological, undated last), each with its first
        ``max_claims`` claims and the number of all; ``period`` is a year, a month or "undated"."""
        return views.fact_page(self.conn, list(states), types, period, page, size, max_claims)

    def fact(self, fact_id: str) -> views.FactCard | None:
        """One fact by its id (as ``facts()`` and answers give it) with every claim, and how many; or None."""
        return views.fact(self.conn, fact_id)

    def conflict_page(self, page: int = 1, size: int = views.PAGE_SIZE) -> views.FactPage:
        """One page of the facts in conflict, chronological."""
        total = views.conflicts(self.conn, limit=0)[1]
        pages = max(1, -(-total // size))
        page = min(max(1, page), pages)
        facts = views.conflicts(self.conn, offset=(page - 1) * size, limit=size)[0]
        return views.FactPage(facts, total, page, pages)

    def partners(self, state: str) -> list[dict[str, Any]]:
        """The states sharing facts with ``state``: ``id``, ``facts``, ``date`` relations were established."""
        return views.partners(self.conn, state)

    def busiest_state(self) -> str | None:
        return views.busiest_state(self.conn)

    def counts(self) -> dict[str, int]:
        """What ``stats()`` counts but the events per type, read from indexes (the overview's figures)."""
        return views.counts(self.conn)

    def latest_events(self, limit: int = 12) -> list[Event]:
        """The events with the latest dates, latest first."""
        return [_event_from_row(r) for r in views.latest_event_rows(self.conn, limit)]


class IngestBatch:
    """The open batch of ``KnowledgeBase.batch()``: commits on ``checkpoint()`` once a limit is reached."""

    def __init__(self, kb: KnowledgeBase, max_documents: int, max_seconds: float, nested: bool = False):
        self.kb, self.max_documents, self.max_seconds, self.nested = kb, max_documents, max_seconds, nested
        self.documents = 0
        self.started = 0.0

    def begin(self) -> None:
        self.kb.conn.execute("BEGIN IMMEDIATE")
        self.kb._pending = set()
        self.documents, self.started = 0, time.monotonic()

    def commit(self) -> None:
        """Merge the touched fact keys and commit; the batch is closed until ``begin()``."""
        self.kb._refresh_facts(sorted(self.kb._pending or ()))
        self.kb.conn.execute("COMMIT")
        self.kb._pending = None

    def checkpoint(self) -> None:
        """Count one more document; commit and open a new transaction when the batch is full or old."""
        if self.nested:
            return
        if self.documents >= self.max_documents or time.monotonic() - self.started >= self.max_seconds:
            self.commit()
            self.begin()
        self.documents += 1


def _stopwords() -> frozenset[str]:
    from alaqat.lang import data_path, read_word_list
    from alaqat.normalize import normalize_key

    return frozenset(normalize_key(w) for w in read_word_list(data_path("stopwords.txt")))
