"""What each page shows, computed from the knowledge base; templates only lay it out.

Every list a page shows is bounded, whatever the size of the base: a page of facts (grouped by year) with the
first few sources of each, a timeline of at most ``MAX_TIMELINE_ITEMS`` facts (beyond that, one bar per year or
month and type, each leading to that period), a graph of the strongest nodes and edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from alaqat.model import EVENT_TYPES
from alaqat.store import edtf, graph, views
from alaqat.store.describe import Namer, describe, modality_name, type_name
from alaqat.store.facts import Fact
from alaqat.store.kb import KnowledgeBase

TYPES = EVENT_TYPES
LATEST = 12
MAX_TIMELINE_ITEMS = 60  # more would stack too deep to read: then one bar per period and type
DOSSIER_LINES = 20  # lines per dossier section on a page
DOCUMENTS_PAGE = 100
SEARCH_PAGE = 20
ASK_CITATIONS = 30  # an answer's citations shown on the page (the API gives them all)
# One colour per event type, by family (founding acts blue, contacts green and orange, agreements pink,
# multilateral purple, aid and security red-brown): the graph's edges, the timeline's bars and their legends.
TYPE_COLOURS = {
    "independence": "#1f4e79", "recognition": "#2e75b6", "relations.established": "#0d5c63",
    "mission.opened": "#5b9bd5", "visit": "#e69f00", "talks": "#009e73", "mediation": "#4d9221",
    "support.expressed": "#b8a000", "agreement.signed": "#cc79a7", "agreement.negotiated": "#e7a9cf",
    "membership.joined": "#7b3294", "office.held": "#a27cc9", "hosting": "#56b4e9", "participation": "#9e9ac8",
    "aid": "#d55e00", "peacekeeping": "#8c510a", "disarmament": "#666666",
}


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


def link(path: str, **params: Any) -> str:
    """``path`` with the query parameters that are set (a page's links keep its filters)."""
    kept = {k: v for k, v in params.items() if v not in (None, "") and not (k == "page" and v == 1)}
    return path + ("?" + urlencode(kept) if kept else "")


def pager(path: str, page: int, pages: int, **params: Any) -> list[dict[str, Any]]:
    """Links to the first, nearby and last pages (an empty list when everything fits on one)."""
    if pages <= 1:
        return []
    numbers = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    out, previous = [], 0
    for number in numbers:
        if number > previous + 1:
            out.append({"label": "…", "url": None, "current": False})
        out.append({"label": str(number), "url": link(path, **params, page=number), "current": number == page})
        previous = number
    return out


def by_year(facts: list[Fact]) -> list[tuple[str | None, list[Fact]]]:
    """Consecutive facts under the year of their date (None for undated ones), in the order given."""
    groups: list[tuple[str | None, list[Fact]]] = []
    for fact in facts:
        year = edtf.year_of(fact.date)
        label = str(year) if year is not None else None
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        groups[-1][1].append(fact)
    return groups


def periods(found: views.FactPage, path: str, period: str | None, **params: Any) -> list[dict[str, Any]]:
    """The years (or months of the chosen year) of the scope, with their number of facts, as links."""
    return [{"label": bucket, "facts": n, "url": link(path, **params, period=bucket), "current": bucket == period}
            for bucket, n in found.buckets]


def fact_list(kb: KnowledgeBase, path: str, states: list[str], types: list[str], period: str | None, page: int,
              **params: Any) -> dict[str, Any]:
    """One page of the facts in scope, grouped by year, with links to the other pages and to each period."""
    period = views.clean_period(period)
    found = kb.fact_page(states, types, period, page)
    up = period[:4] if period and len(period) > 4 and period != views.UNDATED else None
    up_period = {"label": up, "url": link(path, **params, period=up)} if up else None
    return {"found": found, "fact_groups": by_year(found.facts), "period": period or "", "up_period": up_period,
            "pager": pager(path, found.page, found.pages, **params, period=period),
            "periods": periods(found, path, period, **params),
            "all_periods": link(path, **params)}


def overview(kb: KnowledgeBase, focus: str | None, lang: str) -> dict[str, Any]:
    """Counts, the focus state's partners with the year relations began, and the latest events."""
    focus = (focus or kb.busiest_state() or "KZ").upper()
    partners = []
    for partner in kb.partners(focus):
        entity = kb.gazetteer.get(partner["id"])
        if entity is None or entity.kind != "state":
            continue
        partners.append({"id": partner["id"], "name": entity.name(lang), "numeric": entity.numeric,
                         "year": edtf.year_of(partner["date"]) if partner["date"] else None,
                         "date": partner["date"], "facts": partner["facts"]})
    entity = kb.gazetteer.get(focus)
    return {"stats": kb.counts(), "focus": focus, "focus_numeric": entity.numeric if entity else None,
            "partners": sorted(partners, key=lambda p: (p["year"] is None, p["year"] or 0, p["name"])),
            "latest": kb.latest_events(LATEST)}


def state(kb: KnowledgeBase, code: str, period: str | None, page: int) -> dict[str, Any]:
    partners = [(p["id"], p["facts"]) for p in kb.partners(code)]
    return {"code": code, "partners": partners, **fact_list(kb, f"/state/{code}", [code], [], period, page)}


def timeline(kb: KnowledgeBase, state_code: str | None, event_type: str | None, lang: str = "ar",
             period: str | None = None, page: int = 1) -> dict[str, Any]:
    """The facts in scope as a list, and the timeline's items: each fact when there are at most
    ``MAX_TIMELINE_ITEMS`` dated ones (a conflict once per date its sources give, compatible claims being one
    date, each marked as disputed), else one bar per period and type leading to that period."""
    code = (state_code or "").strip().upper()[:20]
    states = [code] if code else []
    types = [event_type] if event_type in TYPES else []
    period = views.clean_period(period)
    params = {"state": code, "type": types[0] if types else ""}
    listed = fact_list(kb, "/timeline", states, types, period, page, **params)
    items, groups = timeline_items(kb, states, types, period, lang, params)
    return {**listed, "items": items, "chart_groups": groups, "state": code, "type": params["type"], "types": TYPES,
            "colours": TYPE_COLOURS}


def timeline_items(kb: KnowledgeBase, states: list[str], types: list[str], period: str | None, lang: str,
                   params: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = views.buckets(kb.conn, states, types, period)
    dated = sum(n for bucket, _, n in rows if bucket != views.UNDATED)
    items: list[dict[str, Any]] = []
    if dated <= MAX_TIMELINE_ITEMS:
        ids = views.fact_ids(kb.conn, states, types, period, 0, dated)
        # A conflict has no date of its own (lists put it with the undated facts): it is drawn once per date its
        # sources give, compatible claims being one date (its card carries every source's date), in the period.
        disputed = [] if period == views.UNDATED else views.conflicts(kb.conn, states, types, limit=MAX_TIMELINE_ITEMS,
                                                                       max_claims=0)[0]
        for fact in views.cards(kb.conn, ids, max_claims=0) + disputed:
            text = describe(fact.type, fact.roles, kb.names, lang, fact.modality)
            for number, alternative in enumerate(fact.alternatives):
                starts = edtf.sort_key(alternative.date)[1] or ""
                if period and fact.status == "conflict" and not starts.startswith(period):
                    continue
                item = _timeline_item(fact, alternative.date, text)
                if item is not None:
                    item["id"] = fact.id if fact.status != "conflict" else f"{fact.id}-{number}"
                    items.append(item)
    else:
        for bucket, event_type, n in rows:
            if bucket == views.UNDATED:
                continue
            middle = _bucket_middle(bucket)  # a box, not a range: its number stays readable on a century's axis
            items.append({"id": f"{bucket}|{event_type}", "start": middle, "type": "box", "group": event_type,
                          "content": str(n), "title": f"{bucket} · {type_name(event_type, lang)}: {n}",
                          "className": "bucket", "url": link("/timeline", **params, period=bucket),
                          "style": f"background-color: {TYPE_COLOURS.get(event_type, '#888')}"})
    present = sorted({i["group"] for i in items}, key=TYPES.index)
    groups = [{"id": t, "content": type_name(t, lang),
               "style": f"border-inline-start: 6px solid {TYPE_COLOURS.get(t, '#888')}"} for t in present]
    return items, groups


def _bucket_middle(bucket: str) -> str:
    """The middle day of a year, month or day bucket."""
    from datetime import date, timedelta

    parts = [int(p) for p in bucket.split("-")]
    if len(parts) == 3:
        return date(*parts).isoformat()
    first = date(parts[0], parts[1] if len(parts) == 2 else 1, 1)
    after = (date(first.year + 1, 1, 1) if len(parts) == 1 or first.month == 12
             else date(first.year, first.month + 1, 1))
    return (first + timedelta(days=(after - first).days // 2)).isoformat()


def whole_number(text: str | None, default: int | None, most: int) -> int | None:
    """A form field read as a whole number in [0, most]; blank or not a number means ``default``."""
    text = (text or "").strip()
    return min(int(text), most) if text.isdigit() else default


def graph_page(kb: KnowledgeBase, date_from: str | None, date_to: str | None, event_type: str | None,
               state_code: str | None, min_weight: int | None, max_nodes: int) -> dict[str, Any]:
    """The graph a page draws: the strongest nodes, edges of at least the minimum weight (by default the
    smallest that leaves at most ``graph.MAX_EDGES``), the ``graph.LABELLED`` strongest nodes labelled."""
    code = (state_code or "").strip().upper()[:20] or None
    types = [event_type] if event_type in TYPES else []
    drawn = kb.graph(date_from or None, date_to or None, types, code, min_weight, max_nodes)
    ranked = [n["id"] for n in sorted(drawn["nodes"], key=lambda n: (n["id"] != code, -n["events"], n["id"]))]
    labelled = set(ranked[:graph.LABELLED])  # the centre of an ego view first, then the nodes in most events
    for node in drawn["nodes"]:
        node["labelled"] = node["id"] in labelled
    for edge in drawn["edges"]:
        edge["colour"] = TYPE_COLOURS.get(edge["type"], "#888")
    legend = sorted({e["type"] for e in drawn["edges"]}, key=TYPES.index)
    return {"graph": drawn, "legend": legend, "colours": TYPE_COLOURS, "state": code or "",
            "min_weight": drawn["min_weight"], "max_nodes": max_nodes, "type": types[0] if types else "",
            "date_from": date_from or "", "date_to": date_to or "", "types": TYPES,
            "edges_by_weight": sorted(drawn["edges"], key=lambda e: (-e["weight"], e["source"], e["target"]))}


def search(kb: KnowledgeBase, query: str, page: int) -> dict[str, Any]:
    """A page of ``SEARCH_PAGE`` hits, best first, and a link to the next page when there is one."""
    if not query.strip():
        return {"q": query, "hits": None, "pager": []}
    hits = kb.search(query, SEARCH_PAGE + 1, offset=(page - 1) * SEARCH_PAGE)
    pages = page + 1 if len(hits) > SEARCH_PAGE else page
    return {"q": query, "hits": hits[:SEARCH_PAGE], "first": (page - 1) * SEARCH_PAGE + 1,
            "pager": pager("/search", page, pages, q=query)}


def fact_page(kb: KnowledgeBase, fact: views.FactCard, page: int) -> dict[str, Any]:
    """A fact's page: its participants (states link to their pages, two states to their dossier) and all its
    sources, a page of them at a time, under the date each supports (compatible dates being one)."""
    size = views.PAGE_SIZE
    ordered = [(number, date, claim) for number, (date, claims) in enumerate(fact.claim_groups())
               for claim in claims]
    pages = max(1, -(-len(ordered) // size))
    page = min(max(1, page), pages)
    shown = ordered[(page - 1) * size:page * size]
    groups: list[tuple[int, str | None, list[Any]]] = []  # (group number, date, its claims on this page)
    for number, date, claim in shown:
        if not groups or groups[-1][0] != number:
            groups.append((number, date, []))
        groups[-1][2].append(claim)
    states = [p for p in fact.participants if (e := kb.gazetteer.get(p)) is not None and e.kind == "state"]
    return {"fact": fact, "claims": [claim for _, _, claim in shown],
            "groups": [(date, claims) for _, date, claims in groups], "pager": pager(f"/facts/{fact.id}", page, pages),
            "participants": fact.participants, "states": states, "pair": states[:2] if len(states) >= 2 else None}


def documents(kb: KnowledgeBase, page: int) -> dict[str, Any]:
    total = kb.counts()["documents"]
    pages = max(1, -(-total // DOCUMENTS_PAGE))
    page = min(max(1, page), pages)
    return {"documents": kb.documents(DOCUMENTS_PAGE, (page - 1) * DOCUMENTS_PAGE), "total": total,
            "pager": pager("/documents", page, pages)}


def _timeline_item(fact: Fact, date: str, text: str) -> dict[str, Any] | None:
    span = edtf.parse(date)
    if span is None or span.month_day is not None or span.lo == edtf.MIN_DAY:
        return None
    conflict = fact.status == "conflict"
    item = {"start": span.lo.isoformat(), "group": fact.type, "content": f"⚠ {text}" if conflict else text,
            "className": "conflict" if conflict else fact.type.replace(".", "-"),
            "style": f"border-color: {TYPE_COLOURS.get(fact.type, '#888')}"}
    if span.hi != span.lo and span.hi != edtf.MAX_DAY and (span.hi - span.lo).days > 31:
        item["end"] = span.hi.isoformat()
    return item


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


def annotate(doc: dict[str, Any], gazetteer: Namer | None = None, lang: str = "ar") -> list[SentenceView]:
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
