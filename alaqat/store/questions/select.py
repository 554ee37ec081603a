"""The facts a parsed question is about: of its type, with its entities in the roles it gives them, of the
kind it narrows to (office, channel, level …), and how each stands to the asked time.

A person stands for their state at the time of each fact: a fact naming no person matches a person when it
is about the state they acted for then, at the level of the office they held then (Tileuberdi and Bourita
on the phone in April 2021 are the foreign ministers of Kazakhstan and Morocco). A fact that names another
person does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from alaqat.annotate.gazetteer import Gazetteer
from alaqat.store.facts import Fact
from alaqat.store.questions.frames import Frame, frame_of
from alaqat.store.questions.parse import THING_KINDS, ParsedQuestion, Part
from alaqat.store.questions.when import NO, PARTLY, YES

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

MAX_CANDIDATES = 20_000
# The level of an event (cues.tsv, class level) that each office of offices.tsv acts at.
OFFICE_LEVEL = {"head_of_state": "head_of_state", "head_of_government": "head_of_government",
                "crown_prince": "crown_prince", "foreign_minister": "minister", "minister": "minister",
                "deputy_foreign_minister": "deputy_minister", "ambassador": "ambassador"}
FUTURE = frozenset({"planned", "intended", "proposed"})
DISPUTED = "disputed"  # a conflict some of whose dates fit the asked time and some do not
UNDATED = "undated"


@dataclass
class Candidate:
    fact: Fact
    fit: str  # yes, partly, disputed, undated, no (how the fact stands to the asked time)

    @property
    def modalities(self) -> set[str]:
        return {c.modality for c in self.fact.claims} or {"asserted"}

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
    for fact in _candidates(kb, parsed):
        if not all(_part_fits(p, fact, frame_of(fact.type), gazetteer) for p in parsed.parts):
            continue
        if not _qualifiers_fit(fact, parsed.qualifiers):
            continue
        candidate = Candidate(fact, _time_fit(parsed, fact))
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


def _candidates(kb: KnowledgeBase, parsed: ParsedQuestion) -> list[Fact]:
    from alaqat.store.kb import _fact_from_row

    sql, args = ["SELECT f.* FROM facts f WHERE 1 = 1"], []
    if parsed.types:
        sql.append(f"AND f.type IN ({', '.join('?' * len(parsed.types))})")
        args += parsed.types
    for anchor in _anchors(parsed.parts, kb.gazetteer):
        sql.append("AND f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?)")
        args.append(anchor)
    if parsed.time is not None:
        low, high = parsed.time.sql_bounds()
        if low:
            sql.append("AND (f.sort_date IS NULL OR f.sort_date >= ?)")
            args.append(low)
        if high:
            sql.append("AND (f.sort_date IS NULL OR f.sort_date <= ?)")
            args.append(high)
    sql.append("ORDER BY f.sort_date IS NULL, f.sort_date, f.id LIMIT ?")
    args.append(MAX_CANDIDATES)
    return [_fact_from_row(r) for r in kb.conn.execute(" ".join(sql), args)]


# -- roles ---------------------------------------------------------------------------------------------------
def _values(roles: dict[str, Any], names: tuple[str, ...] | None) -> list[str]:
    """The entity ids of the given roles (all roles when ``names`` is None)."""
    out: list[str] = []
    for role, value in roles.items():
        if names is not None and role not in names:
            continue
        out += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    return out


def _part_fits(part: Part, fact: Fact, frame: Frame, gazetteer: Gazetteer) -> bool:
    """Whether the fact has the question's entity in the slot the question gives it."""
    everywhere = _values(fact.roles, None)
    if part.kind in THING_KINDS or part.slot == "thing" or part.slot is None or not frame.roles(part.slot):
        if part.id in everywhere:
            return True
        if part.kind == "person":
            return _person_fits(part, fact, None, gazetteer)
        return part.kind == "place" and part.state is not None and part.slot is None and part.state in everywhere
    values = _values(fact.roles, frame.roles(part.slot))
    if part.id in values:
        return True
    if part.kind == "person":
        return _person_fits(part, fact, frame.roles(part.slot), gazetteer)
    if part.kind == "place":
        return part.id in everywhere or (part.state is not None and part.state in values)
    return False


def _person_fits(part: Part, fact: Fact, roles: tuple[str, ...] | None, gazetteer: Gazetteer) -> bool:
    """A fact naming no person in the slot fits a person who, at the fact's date, held an office of the state
    in the slot at the fact's level."""
    values = _values(fact.roles, roles)
    if any(v.startswith("person:") for v in values):
        return False
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
    fits = [parsed.time.fits(a.date) for a in alternatives]
    if all(f == YES for f in fits):
        return YES
    if fact.status == "conflict" and any(f != NO for f in fits):
        return DISPUTED
    return fits[0] if len(fits) == 1 else NO
