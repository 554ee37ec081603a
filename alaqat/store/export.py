"""Exports: JSON Lines (the ontology's interchange format), CSV, GraphML (Gephi) and TimelineJS JSON."""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any
from xml.etree import ElementTree as ET

from alaqat.model import Event
from alaqat.store import edtf
from alaqat.store.describe import describe

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

FORMATS = ("jsonl", "csv", "graphml", "timelinejs")
CSV_COLUMNS = (
    "id", "doc", "type", "cameo", "plover", "modality", "date", "date_basis", "date_text", "confidence",
    "roles", "sentence_start", "sentence_end", "trigger_start", "trigger_end", "sentence",
)


def event_csv_row(event: Event) -> list[object]:
    from alaqat.extract.lexicon import load_lexicon

    etype = load_lexicon().types.get(event.type)
    ev = event.evidence
    return [
        event.id, event.doc, event.type, event.cameo or (etype.cameo if etype else "") or "",
        event.plover or (etype.plover if etype else "") or "", event.modality, event.date or "",
        event.date_basis or "", event.date_text or "", f"{event.confidence:.2f}",
        json.dumps(event.roles, ensure_ascii=False), ev.sentence[0], ev.sentence[1], ev.trigger[0], ev.trigger[1],
        ev.text,
    ]


def write_jsonl(events: Iterable[Event], out: IO[str]) -> None:
    for event in events:
        out.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")


def write_csv(events: Iterable[Event], out: IO[str]) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(event_csv_row(event))


def graphml(graph: dict[str, Any]) -> str:
    """GraphML with node names in Arabic and English and weighted undirected edges."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    keys = (("name_ar", "node", "string"), ("name_en", "node", "string"), ("kind", "node", "string"),
            ("events", "node", "int"), ("weight", "edge", "double"))
    for key_id, target, kind in keys:
        ET.SubElement(root, "key", id=key_id, attrib={"for": target, "attr.name": key_id, "attr.type": kind})
    g = ET.SubElement(root, "graph", id="alaqat", edgedefault="undirected")
    for node in graph["nodes"]:
        element = ET.SubElement(g, "node", id=node["id"])
        for key in ("name_ar", "name_en", "kind", "events"):
            ET.SubElement(element, "data", key=key).text = str(node[key])
    for number, edge in enumerate(graph["edges"]):
        element = ET.SubElement(g, "edge", id=f"e{number}", source=edge["source"], target=edge["target"])
        ET.SubElement(element, "data", key="weight").text = str(edge["weight"])
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _tl_date(value: str) -> dict[str, str] | None:
    span = edtf.parse(value)
    if span is None or span.month_day is not None or span.lo == edtf.MIN_DAY:
        return None
    head = value.split("/")[0].rstrip("~?")
    parts = head.split("-")
    out = {"year": parts[0]}
    if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) <= 12:
        out["month"] = str(int(parts[1]))
        if len(parts) > 2:
            out["day"] = str(int(parts[2]))
    return out


def timelinejs(kb: KnowledgeBase, states: Iterable[str] = (), lang: str = "ar") -> dict[str, Any]:
    """A TimelineJS document: one slide per dated fact, its sources as the slide text."""
    events = []
    for fact in kb.facts(states):
        headline = describe(fact.type, fact.roles, kb.names, lang, fact.modality)
        conflict = fact.status == "conflict"
        for number, (date, claims) in enumerate(fact.claim_groups()):
            # a conflict is a slide per date the sources give (compatible claims are one date), marked ⚠
            start = _tl_date(date) if date else None
            if start is None:
                continue
            slide: dict[str, Any] = {
                "unique_id": f"{fact.id}-{number}" if conflict else fact.id,
                "start_date": start,
                "group": fact.type,
                "text": {"headline": html.escape(("⚠ " if conflict else "") + headline),
                         "text": "<br>".join(f"«{html.escape(c.text)}» ({html.escape(c.doc)})"
                                             for c in (claims if conflict else fact.claims))},
            }
            if "/" in date and not date.endswith(".."):
                end = _tl_date(date.split("/")[1])
                if end:
                    slide["end_date"] = end
            events.append(slide)
    title = "alaqat — " + (" / ".join(kb.gazetteer.name(s, lang) for s in states) if states else "timeline")
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}


def export(kb: KnowledgeBase, fmt: str, out: IO[str], states: Iterable[str] = (), lang: str = "ar") -> None:
    states = list(states)
    if fmt == "jsonl":
        write_jsonl(kb.events(states), out)
    elif fmt == "csv":
        write_csv(kb.events(states), out)
    elif fmt == "graphml":
        graph = kb.graph()
        if states:
            keep = {e["source"] for e in graph["edges"] if e["target"] in states} | \
                   {e["target"] for e in graph["edges"] if e["source"] in states} | set(states)
            graph = {"nodes": [n for n in graph["nodes"] if n["id"] in keep],
                     "edges": [e for e in graph["edges"] if e["source"] in keep and e["target"] in keep]}
        out.write(graphml(graph))
    elif fmt == "timelinejs":
        json.dump(timelinejs(kb, states, lang), out, ensure_ascii=False, indent=1)
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
