"""Bounded reads for pages: one page of facts with their first sources, a state's partners and years, counts.

A page about the busiest state must cost the same whether the base holds a thousand facts or a hundred thousand,
and read the same to a person: so every read here is limited (a page of facts, the first few sources of each)
and served by an index range, mostly of the tables that triggers keep in step with the facts (``state_facts``
and ``pair_facts``: each fact of each state and each pair of states in chronological order; migration 4 of
``alaqat/store/schema.py``). Chronological order is that of ``KnowledgeBase.facts``: by date, undated last, then
type and id; a ``period`` is a year ("2015"), a month ("2015-07") or "undated".
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from alaqat.store.facts import Alternative, Claim, Fact, date_alternatives

PAGE_SIZE = 50  # facts on one page
MAX_CLAIMS = 3  # sources shown with each fact on a list; the fact's own page shows them all
UNDATED = "undated"
_UNDATED_KEY = "~"  # the sort key of an undated fact: after every ISO date
ALL = "*"  # the "state" of state_facts under which every fact is listed
PERIOD_RE = re.compile(r"^\d{4}(-\d{2})?$")


@dataclass
class FactCard(Fact):
    """A fact as a list shows it: its first sources only, with how many there are in all. A conflict whose
    sources are not all carried also carries every source's date (``dated``: claims without their text), so
    that the dates it is given, and how many sources give each, are those of all its sources."""

    sources: int = 0
    shown_modality: str = "asserted"
    dated: list[Claim] | None = None

    @property
    def modality(self) -> str:  # of all the sources, not only the ones carried
        return self.shown_modality

    @cached_property
    def alternatives(self) -> list[Alternative]:
        if self.status == "conflict" and self.dated is not None:
            return date_alternatives(self.dated)
        return Fact.alternatives.func(self)

    def claim_groups(self) -> list[tuple[str | None, list[Claim]]]:
        """The carried claims under the date each supports; every date of the fact has its group, even one
        whose sources are all beyond the first few."""
        if self.dated is None:
            return super().claim_groups()
        shown = {c.event_id: c for c in self.claims}
        groups: list[tuple[str | None, list[Claim]]] = [
            (a.date, [shown[c.event_id] for c in a.claims if c.event_id in shown]) for a in self.alternatives]
        undated = [c for c in self.claims if not c.date]
        return groups + ([(None, undated)] if undated else [])

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "sources": self.sources}


@dataclass
class FactPage:
    facts: list[FactCard]
    total: int
    page: int
    pages: int
    buckets: list[tuple[str, int]] = field(default_factory=list)  # (year or month or "undated", facts) in scope

    def to_json(self) -> dict[str, Any]:
        return {"facts": [f.to_json() for f in self.facts], "total": self.total, "page": self.page,
                "pages": self.pages, "buckets": [list(b) for b in self.buckets]}


def clean_period(period: str | None) -> str | None:
    """A year, a month or "undated"; anything else means no period."""
    if period and (period == UNDATED or PERIOD_RE.match(period)):
        return period
    return None


def _scope(states: Sequence[str], types: Iterable[str], period: str | None) -> tuple[str, str, list[Any]]:
    """FROM, WHERE and arguments selecting the facts of zero, one or two states, of some types, in a period.
    The rows have ``fact_id``, ``sort_key`` and ``type`` columns, in an index's chronological order. Only fixed
    table names and clauses with placeholders go into the SQL text; every value is a parameter."""
    types = sorted(set(types))
    if len(states) == 1:
        source, where, args = "state_facts", "state = ?", [states[0]]
    elif len(states) == 2:
        source, where, args = "pair_facts", "a = ? AND b = ?", [states[0], states[1]]
    else:
        source, where, args = "state_facts", "state = ?", [ALL]
    if types:
        where += f" AND type IN ({', '.join('?' * len(types))})"
        args += types
    if period == UNDATED:
        where += " AND sort_key = ?"
        args.append(_UNDATED_KEY)
    elif period:
        where += " AND sort_key >= ? AND sort_key < ?"
        args += [period, period + "~"]
    return source, where, args


def fact_ids(conn: sqlite3.Connection, states: Sequence[str] = (), types: Iterable[str] = (),
             period: str | None = None, offset: int = 0, limit: int = PAGE_SIZE) -> list[str]:
    """One page of fact ids in chronological order."""
    states = [s.upper() for s in states][:2]
    source, where, args = _scope(states, types, period)
    rows = conn.execute(f"SELECT fact_id FROM {source} WHERE {where} ORDER BY sort_key, type, fact_id "  # noqa: S608
                        "LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return [r[0] for r in rows]


def buckets(conn: sqlite3.Connection, states: Sequence[str] = (), types: Iterable[str] = (),
            period: str | None = None) -> list[tuple[str, str, int]]:
    """Facts per (year, type), or per (month, type) inside a year, or per (day, type) inside a month;
    undated facts under "undated", last. Years of one state (or of all) are kept counts, whatever the base's size."""
    states = [s.upper() for s in states][:2]
    if not period and len(states) < 2:
        where, args = "state = ? AND facts > 0", [states[0] if states else ALL]
        if types:
            where += f" AND type IN ({', '.join('?' * len(set(types)))})"
            args += sorted(set(types))
        rows = conn.execute(f"SELECT year, type, facts FROM state_years WHERE {where} ORDER BY year, type",  # noqa: S608
                            args).fetchall()
    else:
        source, where, args = _scope(states, types, period)
        width = 4 if not period or period == UNDATED else len(period) + 3
        rows = conn.execute(f"SELECT substr(sort_key, 1, {width}) AS bucket, type, count(*) FROM {source} "  # noqa: S608
                            f"WHERE {where} GROUP BY bucket, type ORDER BY bucket, type", args).fetchall()
    return [(UNDATED if r[0] == _UNDATED_KEY else r[0], r[1], r[2]) for r in rows]


def cards(conn: sqlite3.Connection, ids: Sequence[str], max_claims: int | None = MAX_CLAIMS) -> list[FactCard]:
    """The facts of ``ids``, in that order, each with its first ``max_claims`` claims (None: all)."""
    if not ids:
        return []
    limit = -1 if max_claims is None else max_claims
    rows = conn.execute(
        "SELECT f.id, f.fact_key, f.type, f.roles, f.date, f.status, json_array_length(f.claims) AS sources, "
        "(SELECT json_group_array(json(value)) FROM (SELECT value FROM json_each(f.claims) LIMIT ?)) AS head, "
        "CASE WHEN EXISTS (SELECT 1 FROM json_each(f.claims) WHERE json_extract(value, '$.modality') = 'asserted') "
        "OR json_array_length(f.claims) = 0 THEN 'asserted' ELSE json_extract(f.claims, '$[0].modality') END "
        "AS modality, CASE WHEN f.status = 'conflict' AND ? >= 0 AND json_array_length(f.claims) > ? THEN "
        "(SELECT json_group_array(json_array(json_extract(value, '$.event'), json_extract(value, '$.doc'), "
        "json_extract(value, '$.date'), json_extract(value, '$.modality'))) FROM json_each(f.claims)) END AS dated "
        "FROM facts f WHERE f.id IN (SELECT value FROM json_each(?))",
        (limit, limit, limit, json.dumps(list(ids)))).fetchall()
    by_id = {}
    for r in rows:
        claims = [Claim(c["event"], c["doc"], c["date"], c.get("date_text"), c["modality"], tuple(c["sentence"]),
                        c["text"], {}) for c in json.loads(r["head"])]
        dated = None
        if r["dated"] is not None:  # a conflict not wholly carried: every source's date, for its alternatives
            dated = [Claim(event, doc, date, None, modality, (0, 0), "", {})
                     for event, doc, date, modality in json.loads(r["dated"])]
        by_id[r["id"]] = FactCard(r["id"], r["fact_key"], r["type"], json.loads(r["roles"]), r["date"], r["status"],
                                  claims, sources=r["sources"], shown_modality=r["modality"], dated=dated)
    return [by_id[i] for i in ids if i in by_id]


def fact_page(conn: sqlite3.Connection, states: Sequence[str] = (), types: Iterable[str] = (),
              period: str | None = None, page: int = 1, size: int = PAGE_SIZE,
              max_claims: int | None = MAX_CLAIMS) -> FactPage:
    """Page ``page`` (from 1; past the end means the last) of the facts in scope, and the scope's buckets."""
    period = clean_period(period)
    per_bucket: dict[str, int] = {}
    for bucket, _type, n in buckets(conn, states, types, period):
        per_bucket[bucket] = per_bucket.get(bucket, 0) + n
    total = sum(per_bucket.values())
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    ids = fact_ids(conn, states, types, period, (page - 1) * size, size)
    return FactPage(cards(conn, ids, max_claims), total, page, pages, list(per_bucket.items()))


def fact(conn: sqlite3.Connection, fact_id: str) -> FactCard | None:
    """One fact with every claim."""
    found = cards(conn, [fact_id], None)
    return found[0] if found else None


def conflicts(conn: sqlite3.Connection, states: Sequence[str] = (), types: Iterable[str] = (), offset: int = 0,
              limit: int = -1, max_claims: int | None = MAX_CLAIMS) -> tuple[list[FactCard], int]:
    """The facts in conflict that involve every one of ``states`` (chronological), and how many there are: read
    from the index of conflicts, which are few, never from every fact of a busy state."""
    where, args = "f.status = 'conflict'", []
    for state in states:
        where += " AND EXISTS (SELECT 1 FROM state_facts s WHERE s.fact_id = f.id AND s.state = ?)"
        args.append(state.upper())
    types = sorted(set(types))
    if types:
        where += f" AND f.type IN ({', '.join('?' * len(types))})"
        args += types
    # Only fixed clauses with placeholders are joined; every value is a parameter.
    total = conn.execute(f"SELECT count(*) FROM facts f WHERE {where}", args).fetchone()[0]  # noqa: S608
    ids = [r[0] for r in conn.execute(
        f"SELECT f.id FROM facts f WHERE {where} ORDER BY coalesce(f.sort_date, '~'), f.type, f.id "  # noqa: S608
        "LIMIT ? OFFSET ?", [*args, limit, offset])]
    return cards(conn, ids, max_claims), total


def partners(conn: sqlite3.Connection, state: str) -> list[dict[str, Any]]:
    """The states that share facts with ``state``: how many, and the date relations were established (the
    latest dated such fact), most facts first."""
    counts = conn.execute("SELECT b, count(*) FROM pair_facts WHERE a = ? GROUP BY b", (state,)).fetchall()
    established: dict[str, str] = {}
    for b, date in conn.execute(
            "SELECT p.b, f.date FROM pair_facts p JOIN facts f ON f.id = p.fact_id "
            "WHERE p.a = ? AND p.type = 'relations.established' AND f.date IS NOT NULL ORDER BY p.sort_key",
            (state,)):
        established[b] = date
    out = [{"id": b, "facts": n, "date": established.get(b)} for b, n in counts]
    return sorted(out, key=lambda p: (-p["facts"], p["id"]))


def busiest_state(conn: sqlite3.Connection) -> str | None:
    """The state in most facts."""
    row = conn.execute("SELECT state FROM state_counts WHERE state != ? ORDER BY facts DESC, state LIMIT 1",
                       (ALL,)).fetchone()
    return row[0] if row else None


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Documents, events, facts, conflicts and states, each read from an index or a kept count."""
    one = lambda sql, *args: conn.execute(sql, args).fetchone()[0]  # noqa: E731
    return {"documents": one("SELECT count(*) FROM documents"), "events": one("SELECT count(*) FROM events"),
            "facts": one("SELECT count(*) FROM facts"),
            "conflicts": one("SELECT count(*) FROM facts WHERE status = 'conflict'"),
            "states": one("SELECT count(*) FROM state_counts WHERE facts > 0 AND state != ?", ALL)}


def latest_event_rows(conn: sqlite3.Connection, limit: int) -> list[sqlite3.Row]:
    """The events with the latest dates (an undated or year-less one never counts as latest)."""
    return conn.execute("SELECT * FROM events WHERE sort_date IS NOT NULL ORDER BY sort_date DESC, doc_id, n "
                        "LIMIT ?", (limit,)).fetchall()
