"""What each page shows, computed from the knowledge base; templates only lay it out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from alaqat.annotate.gazetteer import Gazetteer
from alaqat.model import EVENT_TYPES
from alaqat.store import edtf
from alaqat.store.describe import describe, modality_name, type_name
from alaqat.store.facts import Fact
from alaqat.store.kb import KnowledgeBase

TYPES = EVENT_TYPES
LATEST = 12


def filter_facts(facts: list[Fact], date_from: str | None, date_to: str | None, doc: str | None = None
                 ) -> list[Fact]:
    """Facts whose best date falls in [from, to] (ISO prefixes) and, if ``doc`` is given, that it supports."""
    if doc:
        facts = [f for f in facts if any(c.doc == doc for c in f.claims)]
    if not date_from and not date_to:
        return facts
    out = []
    for fact in facts:
        key = edtf.sort_key(fact.date)[1]
        if not key:
            continue
        if (date_from and key < date_from) or (date_to and key > date_to):
            continue
        out.append(fact)
    return out


def focus_state(kb: KnowledgeBase) -> str | None:
    row = kb.conn.execute("SELECT entity_id, count(*) AS n FROM fact_entities WHERE length(entity_id) = 2 "
                          "GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT 1").fetchone()
    return row["entity_id"] if row else None


def overview(kb: KnowledgeBase, focus: str | None, lang: str) -> dict[str, Any]:
    """Counts, the focus state's partners with the year relations began, and the latest events."""
    focus = (focus or focus_state(kb) or "KZ").upper()
    partners: dict[str, dict[str, Any]] = {}
    for fact in kb.facts([focus]):
        for other in fact.participants:
            entity = kb.gazetteer.get(other)
            if other == focus or entity is None or entity.kind != "state":
                continue
            entry = partners.setdefault(other, {"id": other, "name": entity.name(lang), "numeric": entity.numeric,
                                                "year": None, "date": None, "facts": 0})
            entry["facts"] += 1
            if fact.type == "relations.established" and fact.date:
                entry["date"] = fact.date
                entry["year"] = edtf.year_of(fact.date)
    latest = kb.events(limit=None)
    latest = sorted((e for e in latest if e.date), key=lambda e: edtf.sort_key(e.date), reverse=True)[:LATEST]
    return {"stats": kb.stats(), "focus": focus,
            "partners": sorted(partners.values(), key=lambda p: (p["year"] is None, p["year"] or 0, p["name"])),
            "latest": latest}


def state(kb: KnowledgeBase, code: str) -> dict[str, Any]:
    facts = kb.facts([code])
    partners = Counter(p for f in facts for p in f.participants if p != code and len(p) == 2)
    return {"code": code, "facts": facts, "partners": partners.most_common()}


def timeline(kb: KnowledgeBase, state_code: str | None, event_type: str | None, lang: str) -> dict[str, Any]:
    """The facts in date order and the timeline's items: one per dated fact, and for a conflict one per date the
    sources give (compatible claims being one date), each marked as disputed."""
    facts = kb.facts([state_code.upper()] if state_code else [], type=event_type or None)
    items = []
    for fact in facts:
        text = describe(fact.type, fact.roles, kb.gazetteer, lang, fact.modality)
        for number, alternative in enumerate(fact.alternatives):
            item = _timeline_item(fact, alternative.date, text)
            if item is not None:
                item["id"] = fact.id if fact.status != "conflict" else f"{fact.id}-{number}"
                items.append(item)
    return {"facts": facts, "items": items, "state": state_code or "", "type": event_type or "", "types": TYPES}


def _timeline_item(fact: Fact, date: str, text: str) -> dict[str, Any] | None:
    span = edtf.parse(date)
    if span is None or span.month_day is not None or span.lo == edtf.MIN_DAY:
        return None
    conflict = fact.status == "conflict"
    item = {"start": span.lo.isoformat(), "group": fact.type, "content": f"⚠ {text}" if conflict else text,
            "className": "conflict" if conflict else fact.type.replace(".", "-")}
    if span.hi != span.lo and span.hi != edtf.MAX_DAY and (span.hi - span.lo).days > 31:
        item["end"] = span.hi.isoformat()
    return item


def fact(kb: KnowledgeBase, found: Fact) -> dict[str, Any]:
    """A fact's page: its participants (states link to their pages), and the pair page when two states."""
    states = [p for p in found.participants if (e := kb.gazetteer.get(p)) is not None and e.kind == "state"]
    return {"participants": found.participants, "states": states,
            "pair": states[:2] if len(states) >= 2 else None}


@dataclass
class Piece:
    text: str
    cls: str | None = None
    title: str | None = None
    link: str | None = None


@dataclass
class SentenceView:
    start: int
    end: int
    anchor: int  # where the sentence's own words begin: citations point here (#s-<anchor>)
    pieces: list[Piece] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


def annotate(doc: dict[str, Any], gazetteer: Gazetteer | None = None, lang: str = "ar") -> list[SentenceView]:
    """The document cut into sentences, each into plain and highlighted pieces from the stored offsets.

    Entities, dates and event triggers become pieces with a class and a tooltip in the page's language (the
    entity's name and id, the date's EDTF value, the event type's name); where two spans overlap the first
    one (triggers, then dates, then entities) wins. Text is left raw here: the template escapes it.
    """
    text = doc["text"]
    spans: list[tuple[int, int, str, str, str | None]] = []
    for number, event in enumerate(doc["events"], 1):
        start, end = event["evidence"]["trigger"]
        label = type_name(event["type"], lang)
        if event.get("modality", "asserted") != "asserted":
            label += " · " + modality_name(event["modality"], lang)
        spans.append((start, end, "trigger", label, f"#e-{number}"))
    spans += [(d["start"], d["end"], "date", f"{d['value']} (EDTF)", None) for d in doc["dates"]]
    for m in doc["mentions"]:
        name = gazetteer.name(m["id"], lang) if gazetteer is not None else m["id"]
        label = f"{name} · {m['id']}" if name != m["id"] else m["id"]
        spans.append((m["start"], m["end"], f"ent ent-{m['kind']}", label, None))
    taken: list[tuple[int, int, str, str, str | None]] = []
    for span in spans:
        if all(span[1] <= s or span[0] >= e for s, e, *_ in taken):
            taken.append(span)
    taken.sort()
    sentences = _sentences(doc)
    views = []
    for s_start, s_end, anchor in sentences:
        view = SentenceView(s_start, s_end, anchor)
        position = s_start
        for start, end, cls, title, link in taken:
            if start < s_start or end > s_end:
                continue
            if start > position:
                view.pieces.append(Piece(text[position:start]))
            view.pieces.append(Piece(text[start:end], cls, title, link))
            position = end
        if position < s_end:
            view.pieces.append(Piece(text[position:s_end]))
        view.events = [str(n) for n, e in enumerate(doc["events"], 1) if e["evidence"]["sentence"][0] == anchor]
        views.append(view)
    return views


def _sentences(doc: dict[str, Any]) -> list[tuple[int, int, int]]:
    from alaqat.normalize import split_sentences

    text = doc["text"]
    bounds = [(s.start, s.end) for s in split_sentences(text)]
    out, position = [], 0
    for start, end in bounds:  # keep the white space between sentences so the text reads as written
        out.append((position, end, start))
        position = end
    if position < len(text):
        out.append((position, len(text), position))
    return out
