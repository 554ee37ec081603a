"""Facts: the events of one type about the same participants, merged; disagreeing dates become conflicts.

For a type that happens once (independence, relations.established, recognition …) every claim joins one
fact, whose date is the most precise of compatible claims, and whose status is ``conflict`` when two dated
claims cannot both be true. For repeatable types (visits, talks …) claims with compatible dates form one fact
each, and a visit's days at most two apart one stay (its first day to its last); undated claims join the fact
when there is only one, or stand as a fact of their own.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from alaqat.extract.lexicon import load_lexicon
from alaqat.store import edtf

# Types whose act lasts days, and how many days apart two tellings of one such act may date it (a visit: its
# arrival and its talks, or one paper's أمس and the next day's paper's).
LASTING_DAYS = {"visit": 2}
_EXACT_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
STAY_DAYS = 7  # the most days from a stay's first to its last that are joined into one fact

DIRECTED = ("visitor_state", "host_state", "source", "target", "sender", "host", "member", "holder", "mediator",
            "donor", "contributor", "state", "participant")


def fact_key(event_type: str, roles: dict[str, Any]) -> str:
    """The identity of the fact an event belongs to: its type and the values of the type's key roles."""
    lexicon = load_lexicon()
    key_roles = lexicon.types[event_type].key if event_type in lexicon.types else tuple(sorted(roles))
    parts = []
    for role in key_roles:
        value = roles.get(role)
        if isinstance(value, list):
            value = ",".join(sorted(value))
        parts.append(f"{role}={value or ''}")
    return f"{event_type}|{'|'.join(parts)}"


def participants_of(roles: dict[str, Any]) -> list[str]:
    """Every entity id named in the roles (persons, states, organizations …), in order, once."""
    ids: list[str] = []
    for value in roles.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and (":" in item or (len(item) == 2 and item.isupper())):
                ids.append(item)
    return list(dict.fromkeys(ids))


@dataclass
class Claim:
    event_id: str
    doc: str
    date: str | None
    date_text: str | None
    modality: str
    sentence: tuple[int, int]
    text: str
    roles: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"event": self.event_id, "doc": self.doc, "date": self.date, "date_text": self.date_text,
                "modality": self.modality, "sentence": list(self.sentence), "text": self.text}


@dataclass
class Fact:
    id: str
    key: str
    type: str
    roles: dict[str, Any]
    date: str | None
    status: str  # "agreed" or "conflict"
    claims: list[Claim] = field(default_factory=list)

    @property
    def modality(self) -> str:
        """``asserted`` when any source says it happened; else what the first source says (planned, negated …):
        a fact nobody asserts must never read as done."""
        if any(c.modality == "asserted" for c in self.claims) or not self.claims:
            return "asserted"
        return self.claims[0].modality

    @property
    def stay(self) -> bool:
        """Whether the fact's date is a stay (a visit told on its first and its last day, joined from day to day):
        every day between is one the visitor was there, unlike an interval that only bounds an unknown day (هذا
        الأسبوع)."""
        if self.type not in LASTING_DAYS or not self.date or self.date.count("/") != 1:
            return False
        first, last = self.date.split("/")
        days = {c.date for c in self.claims}
        return _EXACT_DAY.fullmatch(first) is not None and _EXACT_DAY.fullmatch(last) is not None \
            and first in days and last in days

    @cached_property
    def alternatives(self) -> list[Alternative]:
        """The dates the sources put forward: one for an agreed fact (its refined date), one per group of
        compatible claims for a conflict (1992 and 1992-05-28 are one alternative, 1993 another)."""
        if self.status != "conflict":
            dated = [c for c in self.claims if c.date]
            return [Alternative(self.date, dated)] if self.date else []
        return date_alternatives(self.claims)

    @property
    def first_date(self) -> str | None:
        """The date of the first alternative (``alternatives[0].date``); an agreed fact's own date, found
        without reading its claims."""
        if self.status != "conflict":
            return self.date or None
        alternatives = self.alternatives
        return alternatives[0].date if alternatives else None

    def claim_groups(self) -> list[tuple[str | None, list[Claim]]]:
        """The claims grouped by the date they support (one group per alternative), undated claims last: how
        a conflict is shown, so that 1992 and 1992-05-28 stand together against 1993."""
        groups: list[tuple[str | None, list[Claim]]] = [(a.date, a.claims) for a in self.alternatives]
        undated = [c for c in self.claims if not c.date]
        return groups + ([(None, undated)] if undated else [])

    @property
    def participants(self) -> list[str]:
        ids = participants_of(self.roles)
        for claim in self.claims:
            ids += participants_of(claim.roles)
        return list(dict.fromkeys(ids))

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "roles": self.roles, "participants": self.participants,
                "modality": self.modality, "date": self.date, "status": self.status,
                "alternatives": [a.to_json() for a in self.alternatives],
                "claims": [c.to_json() for c in self.claims]}


@dataclass
class Alternative:
    """One date the sources give a fact, at the finest precision its claims share, with those claims."""

    date: str
    claims: list[Claim]

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "sources": len(self.claims), "events": [c.event_id for c in self.claims]}


def _precision(claim: Claim) -> tuple[int, str]:
    span = edtf.parse(claim.date)
    days = edtf.MAX_DAY.toordinal() if span is None or span.month_day is not None else span.days
    return days, claim.date or ""


def date_alternatives(claims: list[Claim]) -> list[Alternative]:
    """Group dated claims into alternatives of mutually compatible dates, finest dates first, so that a coarse
    claim (1992) joins the precise one it agrees with (1992-05-28) instead of standing as a rival. A coarse
    claim compatible with two alternatives counts for the first (the most precise). Chronological order."""
    groups: list[tuple[_Agreement, list[Claim]]] = []
    for claim in sorted((c for c in claims if c.date), key=_precision):
        span = edtf.parse(claim.date)
        for agreement, group in groups:
            if agreement.admits(claim.date, span):
                agreement.add(claim.date)
                group.append(claim)
                break
        else:
            agreement = _Agreement()
            agreement.add(claim.date)
            groups.append((agreement, [claim]))
    alternatives = [Alternative(edtf.refine([c.date for c in group]) or group[0].date, group) for _, group in groups]
    return sorted(alternatives, key=lambda a: edtf.sort_key(a.date))


def _merged_roles(claims: list[Claim]) -> dict[str, Any]:
    """Roles of the fact: the asserted claims' roles first, details filled from the others."""
    roles: dict[str, Any] = {}
    for claim in sorted(claims, key=lambda c: c.modality != "asserted"):
        for key, value in claim.roles.items():
            roles.setdefault(key, value)
    return roles


class _Agreement:
    """The dates a group of claims has agreed on so far: intervals that overlap pairwise share a common
    intersection (on a line), so one running intersection decides compatibility in linear time. Day-month
    claims without a year (XXXX-12-16) are checked one by one against the group."""

    def __init__(self) -> None:
        self.lo, self.hi = edtf.MIN_DAY, edtf.MAX_DAY
        self.partial: list[str] = []
        self.values: list[str] = []

    def accepts(self, value: str) -> bool:
        return self.admits(value, edtf.parse(value))

    def admits(self, value: str, span: edtf.Span | None) -> bool:
        """``accepts`` for a value already parsed: a claim is tried against every group in turn, and a fact
        some sources date at random (a synthetic base's) has a hundred groups."""
        if span is None:
            return True
        if span.month_day is not None:
            return all(edtf.compatible(value, v) for v in self.values)
        # max(lo) <= min(hi), written as its four comparisons (no calls: this runs for every pair)
        if not (self.lo <= span.hi and span.lo <= self.hi and self.lo <= self.hi and span.lo <= span.hi):
            return False
        return not self.partial or all(edtf.compatible(p, value) for p in self.partial)

    def add(self, value: str) -> None:
        span = edtf.parse(value)
        self.values.append(value)
        if span is None:
            return
        if span.month_day is not None:
            self.partial.append(value)
        else:
            self.lo, self.hi = max(self.lo, span.lo), min(self.hi, span.hi)


def _all_compatible(values: list[str]) -> bool:
    agreement = _Agreement()
    for value in values:
        if not agreement.accepts(value):
            return False
        agreement.add(value)
    return True


def _fact(key: str, event_type: str, claims: list[Claim], once: bool, date: str | None = None) -> Fact:
    dated = [c.date for c in claims if c.date]
    conflict = once and not _all_compatible(dated)
    date = None if conflict else date or edtf.refine(dated)
    # Stable ids: a once-only fact is its key; a repeatable one its key and its smallest event id, which other
    # facts of the key never share and new claims elsewhere never change.
    anchor = "" if once else min(c.event_id for c in claims)
    digest = hashlib.sha1(f"{key}#{anchor}".encode()).hexdigest()[:12]  # noqa: S324 (an id, not security)
    claims = sorted(claims, key=lambda c: (edtf.sort_key(c.date), c.doc, c.event_id))
    return Fact(f"f{digest}", key, event_type, _merged_roles(claims), date, "conflict" if conflict else "agreed",
                claims)


def merge(key: str, event_type: str, claims: list[Claim]) -> list[Fact]:
    """The facts the claims of one key make (see the module docstring)."""
    lexicon = load_lexicon()
    once = lexicon.types[event_type].once if event_type in lexicon.types else False
    if once:
        return [_fact(key, event_type, claims, once=True)]
    groups: list[tuple[_Agreement, list[Claim]]] = []
    live: list[tuple[_Agreement, list[Claim]]] = []  # groups a later plain date may still join, oldest first
    undated: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (edtf.sort_key(c.date), c.event_id)):
        if not claim.date:
            undated.append(claim)
            continue
        span = edtf.parse(claim.date)
        plain = span is not None and span.month_day is None
        if plain:
            # Plain dates come in order of their first day and come before year-less ones, so a group
            # whose agreed interval ends before this day can take neither this claim nor any later plain
            # one: dropping it keeps merging linear and changes no choice.
            live = [g for g in live if g[0].hi >= span.lo]
        candidates = live if plain else groups
        for agreement, group in reversed(candidates):  # dates come sorted: the latest group is the likeliest
            if agreement.accepts(claim.date):
                agreement.add(claim.date)
                group.append(claim)
                break
        else:
            agreement = _Agreement()
            agreement.add(claim.date)
            groups.append((agreement, [claim]))
            live.append(groups[-1])
    plain = [group for _, group in groups]
    spans: list[str | None] = [None] * len(plain)
    if event_type in LASTING_DAYS:
        plain, spans = _days_of_one_stay(groups, LASTING_DAYS[event_type])
    if undated:
        if len(plain) == 1:
            plain[0].extend(undated)
        else:
            plain.append(undated)
            spans.append(None)
    return [_fact(key, event_type, group, once=False, date=span) for group, span in zip(plain, spans, strict=True)]


def _days_of_one_stay(groups: list[tuple[_Agreement, list[Claim]]], gap: int) -> tuple[list[list[Claim]],
                                                                                      list[str | None]]:
    """Groups of one key told on days at most ``gap`` apart, within ``STAY_DAYS`` from the first, joined: a visit
    lasts days, and papers tell it on each (Obama in Kenya on 24, 25 and 26 July, each paper's أمس a day of its
    own), so the base has one visit from its first day to its last (an EDTF interval), not one a day. Only groups
    agreed on a single day take part; the rest stay as they are."""
    joined: list[list[Claim]] = []
    spans: list[str | None] = []
    first = last = None  # the days of the stay being joined
    for agreement, group in groups:
        day = agreement.lo if agreement.lo == agreement.hi else None
        if day is not None and last is not None and (day - last).days <= gap and (day - first).days <= STAY_DAYS:
            joined[-1].extend(group)
            last = max(last, day)
            spans[-1] = f"{first.isoformat()}/{last.isoformat()}" if last != first else first.isoformat()
            continue
        joined.append(list(group))
        spans.append(None)
        first = last = day
    return joined, spans


def claims_json(facts: list[Fact]) -> list[str]:
    return [json.dumps([c.to_json() for c in f.claims], ensure_ascii=False) for f in facts]
