"""The facts a parsed question is about: of its type, with its entities in the roles it gives them, of the
kind it narrows to (office, channel, level …), and how each stands to the asked time.

A person stands for their state at the time of each fact: a fact naming no person in the slot (talks name none)
matches a person when it is about their state and the sentence of one of its claims names them (Tileuberdi and
Bourita on the phone in April 2021), or when, at its date, they held the one office of their state that acts at
its level (head of state, head of government, crown prince). A minister's level is many ministers', so it ties no
minister to a fact by itself. A fact that names another person does not match.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from alaqat.annotate.gazetteer import Gazetteer
from alaqat.store import edtf
from alaqat.store.facts import Fact
from alaqat.store.questions.frames import Frame, frame_of
from alaqat.store.questions.parse import THING_KINDS, ParsedQuestion, Part
from alaqat.store.questions.when import NO, PARTLY, YES

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

MAX_CANDIDATES = 20_000
STATE_ID = re.compile(r"[A-Z]{2}")  # a state's id, as the triggers filling state_facts and pair_facts read it
UNDATED_KEY = "~"  # the sort_key of an undated fact in state_facts and pair_facts
# The columns of a candidate: the fact's own (StoredFact) and the distinct modalities of its claims.
COLUMNS = ("f.id, f.fact_key, f.type, f.roles, f.date, f.status, f.claims, (SELECT json_group_array(DISTINCT "
           "json_extract(c.value, '$.modality')) FROM json_each(f.claims) c) AS modalities")
# The level of an event (cues.tsv, class level) at which an office of offices.tsv is its state's only one: a level
# that many offices share (minister, ambassador) names nobody in particular.
OFFICE_LEVEL = {"head_of_state": "head_of_state", "head_of_government": "head_of_government",
                "crown_prince": "crown_prince"}
FUTURE = frozenset({"planned", "intended", "proposed"})
DISPUTED = "disputed"  # a conflict some of whose dates fit the asked time and some do not
UNDATED = "undated"


@dataclass
class Candidate:
    fact: Fact
    fit: str  # yes, partly, disputed, undated, no (how the fact stands to the asked time)
    modalities: frozenset[str]  # what its sources say of it (asserted, planned, negated …), read in SQL with it

    @property
    def done(self) -> bool:
        return "asserted" in self.modalities

    @property
    def denied(self) -> bool:
        return not self.done and self.modalities <= {"negated"}


@dataclass
class Selection:
    """Facts that answer (``fits``), that might (``near``: partly in time, undated), and that fit the time
    only in some of their sources' dates (``disputed``)."""

    fits: list[Candidate] = field(default_factory=list)
    disputed: list[Candidate] = field(default_factory=list)
    near: list[Candidate] = field(default_factory=list)


def select(kb: KnowledgeBase, parsed: ParsedQuestion) -> Selection:
    selection = Selection()
    gazetteer = kb.gazetteer
    # the events whose sentence names each person asked about: talks hold states only, and the sentence that says
    # the crown prince met the minister is what ties him to them
    named = {p.id: kb.events_naming(p.id) for p in parsed.parts if p.kind == "person"}
    for fact, modalities in _candidates(kb, parsed):
        if not all(_part_fits(p, fact, frame_of(fact.type), gazetteer, named.get(p.id, frozenset()))
                   for p in parsed.parts):
            continue
        if not _qualifiers_fit(fact, parsed.qualifiers):
            continue
        candidate = Candidate(fact, _time_fit(parsed, fact), modalities)
        if candidate.fit == YES:
            selection.fits.append(candidate)
        elif candidate.fit == DISPUTED:
            selection.disputed.append(candidate)
        elif candidate.fit in (PARTLY, UNDATED):
            selection.near.append(candidate)
    return selection


# -- candidates from SQLite ----------------------------------------------------------------------------------
def _anchors(parts: list[Part], gazetteer: Gazetteer) -> list[str]:
    """Up to two entity ids every answering fact involves: a body or series before a state (fewer facts), a
    person's state (a fact may name the state without the person). A city is no anchor: a fact may name the
    city (a summit in Jeddah) or its state."""
    things, states = [], []
    for part in parts:
        if part.kind in THING_KINDS:
            things.append(part.id)
        elif part.kind == "place":
            continue
        elif part.kind == "person":
            known = _states_of(part.id, gazetteer)
            if len(known) == 1:
                states.append(next(iter(known)))
        else:
            states.append(part.state or part.id)
    return list(dict.fromkeys(things + states))[:2]


def _states_of(person: str, gazetteer: Gazetteer) -> set[str]:
    entity = gazetteer.get(person)
    if entity is None:
        return set()
    return {o.state for o in entity.offices} | ({entity.state} if entity.state else set())


def _candidates(kb: KnowledgeBase, parsed: ParsedQuestion) -> list[tuple[Fact, frozenset[str]]]:
    """Facts of the question's type involving its anchors, fetched the cheapest way: when the anchors are one or
    two states, from the per-state or per-pair index (``state_facts``, ``pair_facts``: the type and the asked
    time are tested there, and only the facts that pass are read); else with an asked time through the (type,
    date) index, each row checked against the anchors' ``fact_entities`` rows; else starting from the first
    anchor's ``fact_entities`` rows (a body is a few hundred facts even in a large base). Testing every fact
    of a type against an ``IN`` list was up to ten times slower. A state named in a slot is also checked in
    SQL against the roles of that slot (a visit *to* Kazakhstan). Each fact comes with the set of modalities
    its claims give (asserted when none), so that its claims are only decoded if it is worded or cited."""
    from alaqat.store.kb import StoredFact

    anchors = _anchors(parsed.parts, kb.gazetteer)
    bounds = parsed.time.sql_bounds() if parsed.time is not None else (None, None)
    by_date = bool(parsed.types) and bool(bounds[0] or bounds[1] or not anchors)
    slots, slot_args = _slot_conditions(parsed, kb.gazetteer)  # last: json_each is the dearest test
    indexed = _index_scope(anchors, parsed.types, bounds if by_date else None)
    if indexed is not None:
        source, scope, args = indexed
        condition = " AND ".join([scope, *slots])
        # Only fixed table names, "?" placeholders and constant SQL are formatted in; every value is a parameter.
        sql = f"SELECT {COLUMNS} FROM {source} s CROSS JOIN facts f ON f.id = s.fact_id WHERE {condition}"  # noqa: S608
        sql += f" LIMIT {MAX_CANDIDATES}"
        rows = kb.conn.execute(sql, [*args, *slot_args])
    else:
        rows = kb.conn.execute(*_entity_query(parsed.types, anchors, bounds, by_date, slots, slot_args))
    found = [(StoredFact(r), _modalities(r["modalities"])) for r in rows]
    return sorted(found, key=lambda pair: (edtf.sort_key(pair[0].date), pair[0].id))


@lru_cache(maxsize=64)
def _modalities(array: str) -> frozenset[str]:
    """The modalities of a fact's claims from the JSON array SQL gives (asserted when it has no claims); a few
    arrays recur across thousands of facts, so each is decoded once."""
    return frozenset(json.loads(array)) or frozenset({"asserted"})


def _index_scope(anchors: list[str], types: list[str], bounds: tuple[str | None, str | None] | None
                 ) -> tuple[str, str, list[Any]] | None:
    """The index table and the WHERE clause (on its columns ``type`` and ``sort_key``) listing the facts of one
    state or of a pair of states, of the types, in ``bounds`` or undated when bounds are given; None when an
    anchor is no state or there is none (those facts come from ``fact_entities``). The tables list a fact under
    each state among its participants, as ``fact_entities`` does, so the facts are the same."""
    if not anchors or not all(STATE_ID.fullmatch(a) for a in anchors):
        return None
    if len(anchors) == 1:
        source, where, args = "state_facts", "s.state = ?", [anchors[0]]
    else:
        source, where, args = "pair_facts", "s.a = ? AND s.b = ?", [anchors[0], anchors[1]]
    if types:
        where += f" AND s.type IN ({', '.join('?' * len(types))})"
        args += types
    if bounds is not None:  # an undated fact's sort_key (UNDATED_KEY) sorts after every date
        where += " AND (s.sort_key BETWEEN ? AND ? OR s.sort_key = ?)"
        args += [bounds[0] or "", bounds[1] or "9999", UNDATED_KEY]
    return source, where, args


def _entity_query(types: list[str], anchors: list[str], bounds: tuple[str | None, str | None], by_date: bool,
                  slots: list[str], slot_args: list[Any]) -> tuple[str, list[Any]]:
    """The statement and arguments fetching the candidates through the (type, date) index or the first anchor's
    ``fact_entities`` rows, each checked against the other anchors' rows."""
    where: list[str] = []
    args: list[Any] = []
    if types:
        where.append(f"f.type IN ({', '.join('?' * len(types))})")
        args += types
    others = anchors if by_date else anchors[1:]  # the first anchor drives the join otherwise
    where += ["EXISTS (SELECT 1 FROM fact_entities e WHERE e.entity_id = ? AND e.fact_id = f.id)"] * len(others)
    args += others
    condition = " AND ".join(where + slots) or "1 = 1"
    args += slot_args
    # Only "?" placeholders and constant SQL are formatted into these statements; every value is a parameter.
    if by_date:
        dated = f"SELECT {COLUMNS} FROM facts f WHERE f.sort_date >= ? AND f.sort_date <= ? AND {condition}"  # noqa: S608
        undated = f"SELECT {COLUMNS} FROM facts f WHERE f.sort_date IS NULL AND {condition}"  # noqa: S608
        return (f"{dated} UNION ALL {undated} LIMIT {MAX_CANDIDATES}",
                [bounds[0] or "", bounds[1] or "9999", *args, *args])
    join = f"SELECT {COLUMNS} FROM fact_entities a CROSS JOIN facts f ON f.id = a.fact_id WHERE a.entity_id = ?"  # noqa: S608
    return f"{join} AND {condition} LIMIT {MAX_CANDIDATES}", [anchors[0], *args]


def _slot_conditions(parsed: ParsedQuestion, gazetteer: Gazetteer) -> tuple[list[str], list[Any]]:
    """SQL conditions every answering fact meets: each state (or a person's only state) named in a slot is in
    one of that slot's roles. The Python test (``_part_fits``) stays the judge; this only fetches less."""
    frame = parsed.frame
    where: list[str] = []
    args: list[Any] = []
    if len(parsed.types) != 1:
        return where, args
    for part in parsed.parts:
        roles = frame.roles(part.slot or "")
        if part.kind == "state":
            values = [part.id]
        elif part.kind == "person" and len(states := _states_of(part.id, gazetteer)) == 1:
            values = [part.id, *states]
        else:
            continue
        if not roles:
            continue
        test = f"EXISTS (SELECT 1 FROM json_each(f.roles, ?) WHERE value IN ({', '.join('?' * len(values))}))"  # noqa: S608
        where.append("(" + " OR ".join([test] * len(roles)) + ")")
        for role in roles:
            args += [f"$.{role}", *values]
    return where, args


# -- roles ---------------------------------------------------------------------------------------------------
def _values(roles: dict[str, Any], names: tuple[str, ...] | None) -> list[str]:
    """The entity ids of the given roles (all roles when ``names`` is None)."""
    out: list[str] = []
    for role, value in roles.items():
        if names is not None and role not in names:
            continue
        out += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    return out


def _part_fits(part: Part, fact: Fact, frame: Frame, gazetteer: Gazetteer,
               named: frozenset[str] = frozenset()) -> bool:
    """Whether the fact has the question's entity in the slot the question gives it (``named``: the events whose
    sentence names the entity, for a person)."""
    if part.kind in THING_KINDS or part.slot == "thing" or part.slot is None or not frame.roles(part.slot):
        everywhere = _values(fact.roles, None)
        # a meeting of the OFID (series:ofid-meetings) is about the OFID
        everywhere += [b for b in map(gazetteer.body_of_series, _values(fact.roles, ("series",))) if b]
        if part.id in everywhere:
            return True
        if part.kind == "person":
            return _person_fits(part, fact, None, gazetteer, named)
        return part.kind == "place" and part.state is not None and part.slot is None and part.state in everywhere
    values = _values(fact.roles, frame.roles(part.slot))
    if part.id in values:
        return True
    if part.kind == "person":
        return _person_fits(part, fact, frame.roles(part.slot), gazetteer, named)
    if part.kind == "place":
        return part.id in _values(fact.roles, None) or (part.state is not None and part.state in values)
    return False


def _person_fits(part: Part, fact: Fact, roles: tuple[str, ...] | None, gazetteer: Gazetteer,
                 named: frozenset[str] = frozenset()) -> bool:
    """A fact naming no person in the slot fits a person whose state is in the slot and whom the sentence of one
    of its claims names (talks name no person: التقى الأمير محمد بن سلمان وزير الخارجية المصري), or who, at the
    fact's date, held the office of the state in the slot that alone acts at the fact's level."""
    values = _values(fact.roles, roles)
    if any(v.startswith("person:") for v in values):
        return False
    if named and _states_of(part.id, gazetteer) & set(values) and any(c.event_id in named for c in fact.claims):
        return True
    level, entity = fact.roles.get("level"), gazetteer.get(part.id)
    if not level or entity is None:
        return False
    dates = [fact.date] if fact.date else [c.date for c in fact.claims if c.date] or [None]
    return any(office.state in values and OFFICE_LEVEL.get(office.title) == level and office.covers(day)
               for office in entity.offices for day in dates)


def _qualifiers_fit(fact: Fact, qualifiers: dict[str, str]) -> bool:
    """The fact is of the kind asked (a chair, not a seat; by phone) when it says; silence does not exclude."""
    for role, asked in qualifiers.items():
        have = fact.roles.get(role)
        if have is None:
            continue
        values = have if isinstance(have, list) else [have]
        if not any(_same_kind(role, asked, v) for v in values if isinstance(v, str)):
            return False
    return True


def _same_kind(role: str, asked: str, value: str) -> bool:
    if asked == value:
        return True
    if role == "office" and asked == "member":
        return value.endswith("member")
    if role == "what" and asked == "test_site":
        return value.startswith("place:")
    return False


# -- time ----------------------------------------------------------------------------------------------------
def _time_fit(parsed: ParsedQuestion, fact: Fact) -> str:
    if parsed.time is None:
        return YES
    alternatives = fact.alternatives
    if not alternatives:
        return UNDATED
    fits = [parsed.time.fits(a.date, stay=fact.stay and a.date == fact.date) for a in alternatives]
    if all(f == YES for f in fits):
        return YES
    if fact.status == "conflict" and any(f != NO for f in fits):
        return DISPUTED
    return fits[0] if len(fits) == 1 else NO
