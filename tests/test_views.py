"""What pages read: the counts and orders that triggers keep in step with the data (graph, facts per state and
pair), held equal to a computation from scratch after adds and replacements; bounded pages of facts; views of
the graph (ego, minimum weight, strongest nodes)."""

from __future__ import annotations

import random
import sqlite3

import pytest

from alaqat.model import Event, Evidence
from alaqat.read import read_text
from alaqat.store import schema, views
from alaqat.store.facts import participants_of
from alaqat.store.graph import auto_min_weight
from alaqat.store.kb import KnowledgeBase

STATES = ["KZ", "SA", "AE", "QA", "BH", "EG", "US", "IR"]
ORGS = ["org:un", "org:gcc"]
TEXT = "زار الرئيس الرياض في مارس 2020. ووقع الطرفان اتفاقية. وأقيمت العلاقات بين البلدين."


def random_events(doc_id: str, rng: random.Random) -> list[Event]:
    """Events of several types with states, organizations, persons, repeated entities, denials and no dates."""
    events = []
    for n in range(rng.randint(0, 5)):
        a, b, c = rng.sample(STATES, 3)
        kind = rng.choice(["visit", "talks", "agreement.signed", "relations.established", "membership.joined"])
        if kind == "visit":
            roles = {"visitor": "person:x", "visitor_state": a, "host_state": rng.choice([b, a])}
        elif kind == "membership.joined":
            roles = {"member": a, "body": rng.choice(ORGS)}
        else:
            roles = {"parties": rng.sample([a, b, c, *ORGS], rng.randint(1, 3))}
        date = rng.choice([None, "2015-07-01", "2015-07", f"{rng.randint(1991, 2016)}", "1994-09-25/1994-09-28"])
        modality = rng.choice(["asserted"] * 4 + ["negated", "planned"])
        events.append(Event(f"{doc_id}#{n + 1}", doc_id, kind, roles, modality, date, date, "explicit",
                            Evidence((0, 30), (0, 3), TEXT[:30]), 0.8))
    return events


def graph_from_events(kb: KnowledgeBase, date_from=None, date_to=None, types=()) -> tuple[dict, dict]:
    """The graph as it was computed before it was kept in tables: from every event."""
    wanted, weights, degree = set(types), {}, {}
    for event in kb.events(date_from=date_from, date_to=date_to):
        if (wanted and event.type not in wanted) or event.modality == "negated":
            continue
        ids = sorted({i for i in participants_of(event.roles) if len(i) == 2 or i.startswith("org:")})
        for i in ids:
            degree[i] = degree.get(i, 0) + 1
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                weights[(ids[x], ids[y])] = weights.get((ids[x], ids[y]), 0) + 1
    return degree, weights


def kept_tables(conn: sqlite3.Connection) -> dict[str, set]:
    return {
        "state_facts": set(map(tuple, conn.execute("SELECT * FROM state_facts"))),
        "pair_facts": set(map(tuple, conn.execute("SELECT * FROM pair_facts"))),
        "state_counts": set(map(tuple, conn.execute("SELECT * FROM state_counts WHERE facts > 0"))),
        "state_years": set(map(tuple, conn.execute("SELECT * FROM state_years WHERE facts > 0"))),
        "graph_edges": set(map(tuple, conn.execute("SELECT * FROM graph_edges WHERE weight > 0"))),
        "graph_nodes": set(map(tuple, conn.execute("SELECT * FROM graph_nodes WHERE events > 0"))),
        "graph_edge_totals": set(map(tuple, conn.execute("SELECT * FROM graph_edge_totals WHERE weight > 0"))),
        "graph_node_totals": set(map(tuple, conn.execute("SELECT * FROM graph_node_totals WHERE events > 0"))),
    }


def facts_of_states_from_scratch(conn: sqlite3.Connection) -> tuple[set, set]:
    states = set(map(tuple, conn.execute(
        "SELECT fe.entity_id, coalesce(f.sort_date, '~'), f.type, f.id FROM fact_entities fe "
        "JOIN facts f ON f.id = fe.fact_id WHERE fe.entity_id GLOB '[A-Z][A-Z]'")))
    states |= set(map(tuple, conn.execute("SELECT '*', coalesce(sort_date, '~'), type, id FROM facts")))
    pairs = {(x[0], y[0], x[1], x[2], x[3]) for x in states for y in states
             if x[3] == y[3] and x[0] != y[0] and "*" not in (x[0], y[0])}
    return states, pairs


@pytest.fixture(scope="module")
def churned(tmp_path_factory):
    """A base built document by document and in batches, with documents replaced, as ingest does."""
    rng = random.Random(7)
    kb = KnowledgeBase(tmp_path_factory.mktemp("views") / "kb.db")
    for number in range(60):
        doc = read_text(TEXT, doc_id=f"d{number}")
        kb.ingest_events(doc, random_events(doc.id, rng))
    with kb.batch(max_documents=7) as batch:
        for number in range(60, 140):
            doc = read_text(TEXT, doc_id=f"d{number}")
            batch.checkpoint()
            kb.ingest_events(doc, random_events(doc.id, rng))
    for number in rng.sample(range(140), 50):  # replaced: new text, new events
        doc = read_text(TEXT + f" {number}", doc_id=f"d{number}")
        kb.ingest_events(doc, random_events(doc.id, rng))
    yield kb
    kb.close()


@pytest.mark.parametrize("args", [{}, {"date_from": "2015-07-01", "date_to": "2015-07-31"}, {"types": ["visit"]},
                                  {"date_from": "1995"}, {"date_to": "2000-12-31", "types": ["talks", "visit"]}])
def test_the_kept_graph_equals_the_graph_from_every_event(churned, args):
    degree, weights = graph_from_events(churned, **args)
    graph = churned.graph(**args)
    assert {n["id"]: n["events"] for n in graph["nodes"]} == degree
    assert {(e["source"], e["target"]): e["weight"] for e in graph["edges"]} == weights
    assert weights and all(sum(e["types"].values()) == e["weight"] for e in graph["edges"])


def test_the_facts_of_each_state_and_pair_follow_every_change(churned):
    tables = kept_tables(churned.conn)
    states, pairs = facts_of_states_from_scratch(churned.conn)
    assert tables["state_facts"] == states and tables["pair_facts"] == pairs
    per_state: dict[str, int] = {}
    per_year: dict[tuple, int] = {}
    for state, key, kind, _ in states:
        per_state[state] = per_state.get(state, 0) + 1
        per_year[(state, key[:4], kind)] = per_year.get((state, key[:4], kind), 0) + 1
    assert tables["state_counts"] == set(per_state.items())
    assert tables["state_years"] == {(*k, n) for k, n in per_year.items()}


def test_the_migration_fills_the_same_tables_as_the_triggers(tmp_path, monkeypatch):
    """A base made before migration 4 gets, when opened, exactly what one built since would hold."""
    rng = random.Random(3)
    docs = [(read_text(TEXT, doc_id=f"m{n}"), random_events(f"m{n}", rng)) for n in range(40)]
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
    with KnowledgeBase(tmp_path / "old.db") as old:
        for doc, events in docs:
            old.ingest_events(doc, events)
    monkeypatch.undo()
    with KnowledgeBase(tmp_path / "old.db") as migrated, KnowledgeBase(tmp_path / "new.db") as fresh:
        for doc, events in docs:
            fresh.ingest_events(doc, events)
        assert kept_tables(migrated.conn) == kept_tables(fresh.conn)


def test_a_page_of_facts_is_the_slice_of_the_full_list(churned):
    full = churned.facts(["KZ"])
    page = views.fact_page(churned.conn, ["KZ"], page=2, size=5, max_claims=1)
    assert page.total == len(full) and page.pages == -(-len(full) // 5)
    assert [f.id for f in page.facts] == [f.id for f in full[5:10]]
    for card, fact in zip(page.facts, full[5:10], strict=True):
        assert card.sources == len(fact.claims) and card.claims[:1] == fact.claims[:1]
        assert len(card.claims) == min(1, len(fact.claims)) and card.modality == fact.modality
    assert sum(n for _, n in page.buckets) == len(full)
    last = views.fact_page(churned.conn, ["KZ"], page=10_000, size=5)
    assert last.page == last.pages and last.facts


def test_periods_pairs_and_types_select_what_the_full_list_holds(churned):
    pair = [f.id for f in churned.facts(["KZ", "SA"], type="talks")]
    assert [f.id for f in views.fact_page(churned.conn, ["KZ", "SA"], ["talks"], size=1000).facts] == pair
    sort_date = dict(map(tuple, churned.conn.execute("SELECT id, sort_date FROM facts")))
    kz = [f.id for f in churned.facts(["KZ"])]
    in_2015 = [i for i in kz if (sort_date[i] or "").startswith("2015")]
    assert [f.id for f in views.fact_page(churned.conn, ["KZ"], period="2015", size=1000).facts] == in_2015
    undated = [i for i in kz if sort_date[i] is None]
    assert [f.id for f in views.fact_page(churned.conn, ["KZ"], period="undated", size=1000).facts] == undated
    months = views.fact_page(churned.conn, ["KZ"], period="2015").buckets
    assert all(len(bucket) == 7 and bucket.startswith("2015-") for bucket, _ in months)
    assert views.clean_period("2015-07") == "2015-07" and views.clean_period("x' OR 1=1") is None


def test_counts_and_the_busiest_state(churned):
    stats = churned.stats()
    counted = views.counts(churned.conn)
    assert counted == {k: getattr(stats, k) for k in ("documents", "events", "facts", "conflicts", "states")}
    busiest = churned.conn.execute("SELECT entity_id FROM fact_entities WHERE length(entity_id) = 2 GROUP BY 1 "
                                   "ORDER BY count(*) DESC, entity_id LIMIT 1").fetchone()[0]
    assert views.busiest_state(churned.conn) == busiest


def test_ego_view_minimum_weight_and_strongest_nodes(churned):
    whole = churned.graph()
    ego = churned.graph(state="KZ")
    ids = {n["id"] for n in ego["nodes"]}
    partners = {e["source"] if e["target"] == "KZ" else e["target"] for e in whole["edges"] if "KZ" in
                (e["source"], e["target"])}
    assert ids == partners | {"KZ"}
    assert all(e["source"] in ids and e["target"] in ids for e in ego["edges"])
    strong = churned.graph(min_weight=3)
    assert strong["min_weight"] == 3 and all(e["weight"] >= 3 for e in strong["edges"])
    assert {n["id"] for n in strong["nodes"]} == {i for e in strong["edges"] for i in (e["source"], e["target"])}
    top = churned.graph(max_nodes=4)
    assert [n["id"] for n in sorted(top["nodes"], key=lambda n: -n["events"])] == \
        [n["id"] for n in sorted(whole["nodes"], key=lambda n: (-n["events"], n["id"]))][:4]
    assert top["total"] == {"nodes": len(whole["nodes"]), "edges": len(whole["edges"])}
    auto = churned.graph(min_weight=None)
    assert len(auto["edges"]) <= 150 and auto["min_weight"] >= 1
    assert churned.graph(state="ZZ")["nodes"] == []


def test_automatic_minimum_weight():
    assert auto_min_weight([5, 4, 3, 1], max_edges=10) == 1
    assert auto_min_weight([5, 4, 3, 2, 1], max_edges=3) == 3  # leaves 5, 4, 3
    assert auto_min_weight([2, 2, 2, 2], max_edges=2) == 2


def test_the_latest_events_are_dated_ones_latest_first(churned):
    rows = views.latest_event_rows(churned.conn, 5)
    dates = [r["sort_date"] for r in rows]
    assert dates == sorted(dates, reverse=True) and None not in dates
    assert dates[0] == churned.conn.execute("SELECT max(sort_date) FROM events").fetchone()[0]
