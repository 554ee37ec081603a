"""The relations graph, kept up to date as documents are stored, and read in views that stay legible.

A node is a state or an organization; an edge joins two nodes named by the same event, weighted by the number of
such events (a denied act is no edge). Recomputing that from every event costs seconds on a base of 100,000
events, so the counts live in four small tables that triggers keep in step with the events, in the transaction
that stores or deletes them (migration 4 of ``alaqat/store/schema.py``): per type and day (``graph_edges``,
``graph_nodes``: what the period filter reads) and per type only (``graph_edge_totals``, ``graph_node_totals``:
the default view). A hairball of every node is no picture, so a view can be centred on one state (its ego
network), keep only edges of a minimum weight and only the strongest nodes; it says how much there was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

MAX_NODES = 80  # what a page draws at most; the API draws everything unless asked
MAX_EDGES = 150  # a page raises the minimum weight until at most this many edges remain
LABELLED = 20  # a page labels this many of the strongest nodes; the others are named on hover


def _type_clause(types: list[str]) -> tuple[str, list[str]]:
    if not types:
        return "", []
    return f" AND type IN ({', '.join('?' * len(types))})", types


def _weights(conn: sqlite3.Connection, date_from: str | None, date_to: str | None, types: list[str]
             ) -> tuple[dict[str, int], dict[tuple[str, str], dict[str, int]]]:
    """Events per node, and events per edge and type, for the period and types asked."""
    where, args = _type_clause(types)
    if date_from or date_to:
        where += " AND day != ''"
        if date_from:
            where, args = where + " AND day >= ?", [*args, date_from]
        if date_to:
            where, args = where + " AND day <= ?", [*args, date_to]
        nodes_table, edges_table = "graph_nodes", "graph_edges"
    else:
        nodes_table, edges_table = "graph_node_totals", "graph_edge_totals"
    # Only fixed table names and clauses with placeholders are joined here; every value is a parameter.
    nodes_sql = f"SELECT node, sum(events) FROM {nodes_table} WHERE 1 = 1{where} GROUP BY node"  # noqa: S608
    edges_sql = f"SELECT a, b, type, sum(weight) FROM {edges_table} WHERE 1 = 1{where} GROUP BY a, b, type"  # noqa: S608
    nodes = {node: n for node, n in conn.execute(nodes_sql, args) if n > 0}
    edges: dict[tuple[str, str], dict[str, int]] = {}
    for a, b, event_type, weight in conn.execute(edges_sql, args):
        if weight > 0:
            edges.setdefault((a, b), {})[event_type] = weight
    return nodes, edges


def auto_min_weight(weights: Iterable[int], max_edges: int = MAX_EDGES) -> int:
    """The smallest minimum weight that leaves at most ``max_edges`` edges (1 when there are few)."""
    ordered = sorted(weights, reverse=True)
    if len(ordered) <= max_edges:
        return 1
    return ordered[max_edges] + 1 if ordered[max_edges] < ordered[0] else ordered[0]


def graph_view(conn: sqlite3.Connection, name: Any, date_from: str | None = None, date_to: str | None = None,
               types: Iterable[str] = (), state: str | None = None, min_weight: int | None = 1,
               max_nodes: int | None = None) -> dict[str, Any]:
    """Nodes and weighted edges, optionally centred on ``state`` (it and its partners, and the edges among them),
    keeping edges of at least ``min_weight`` events (None: the smallest weight that leaves at most
    ``MAX_EDGES`` edges) and the ``max_nodes`` strongest nodes. ``name(id, lang)`` names a node.

    With the defaults this is every node and edge, as the API and the GraphML export have always given them.
    """
    nodes, edges = _weights(conn, date_from, date_to, sorted(set(types)))
    totals = {"nodes": len(nodes), "edges": len(edges)}
    weight_of = {pair: sum(by_type.values()) for pair, by_type in edges.items()}
    if state:
        partners = {(b if a == state else a): w for (a, b), w in weight_of.items() if state in (a, b)}
        keep = [state, *sorted(partners, key=lambda p: (-partners[p], p))] if state in nodes else []
    else:
        partners = {}
        keep = sorted(nodes, key=lambda n: (-nodes[n], n))
    if max_nodes:
        keep = keep[:max_nodes]
    kept = set(keep)
    candidates = {pair: w for pair, w in weight_of.items() if pair[0] in kept and pair[1] in kept}
    if min_weight is None:
        min_weight = auto_min_weight(candidates.values())
    min_weight = max(1, min_weight)
    candidates = {pair: w for pair, w in candidates.items() if w >= min_weight}
    if state:  # an ego view shows the partners whose own tie to the state is strong enough
        keep = [n for n in keep if n == state or partners[n] >= min_weight]
    elif min_weight > 1:  # a node left with no edge says nothing in a filtered view
        linked = {n for pair in candidates for n in pair}
        keep = [n for n in keep if n in linked]
    kept = set(keep)
    out_nodes = [{"id": i, "name_ar": name(i, "ar"), "name_en": name(i, "en"),
                  "kind": "org" if i.startswith("org:") else "state", "events": nodes.get(i, 0)} for i in sorted(kept)]
    out_edges = []
    for (a, b), weight in sorted(candidates.items()):
        if a in kept and b in kept:
            by_type = edges[(a, b)]
            main = max(sorted(by_type), key=lambda t: by_type[t])
            out_edges.append({"source": a, "target": b, "weight": weight, "type": main, "types": by_type})
    return {"nodes": out_nodes, "edges": out_edges, "state": state, "min_weight": min_weight,
            "total": totals}
