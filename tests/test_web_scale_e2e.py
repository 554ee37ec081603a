"""Pictures that stay readable with hundreds of facts per state, checked in a real headless Chromium: the graph
(ego view, minimum weight, strongest nodes labelled and inside the picture, zoom and pan, type colours), the
timeline (one bar per period and type, opening a period shows its facts), the map, pages of facts by year.
Screenshots go to pytest's temporary directory, never into the repository."""

from __future__ import annotations

import json

import pytest

from alaqat.serve import create_app
from alaqat.serve.pages import MAX_TIMELINE_ITEMS, TYPE_COLOURS
from alaqat.store.graph import LABELLED
from alaqat.store.views import PAGE_SIZE
from tests.web_support import BUSY_PARTNER, BUSY_STATE, browser_page, build_busy_kb

pytestmark = pytest.mark.browser
READY = 30_000
DRAWN_INSIDE = """([selector, expected]) => {
    const box = document.getElementById("timeline").getBoundingClientRect();
    return [...document.querySelectorAll("#timeline " + selector)].filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left >= box.left - 1 && r.right <= box.right + 1;
    }).length === expected;
}"""


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    db = build_busy_kb(tmp_path_factory.mktemp("busy") / "kb.db")
    shots = tmp_path_factory.mktemp("screenshots")
    with browser_page(create_app(db), 1280, 1000) as (base, page, errors):
        yield base, page, errors, shots


def page_data(page, element_id: str):
    return json.loads(page.inner_text(f"#{element_id}"))


def drawn_graph(page) -> dict:
    """What vis-network drew: every node's label (or none), and for each labelled node its box with the label on
    the screen and the label's height in screen pixels, against the canvas's own box."""
    page.wait_for_selector("#graph[data-ready='1']", timeout=READY)
    return page.evaluate("""() => {
        const box = document.getElementById("graph");
        const network = box.alaqatNetwork;
        const rect = box.getBoundingClientRect();
        const nodes = {};
        for (const [id, node] of Object.entries(network.body.nodes)) {
            if (id.startsWith("edgeId:")) continue;
            const label = node.options.label;
            let screen = null;
            if (label) {
                const b = network.getBoundingBox(id);
                const tl = network.canvasToDOM({ x: b.left, y: b.top });
                const br = network.canvasToDOM({ x: b.right, y: b.bottom });
                screen = { left: tl.x, top: tl.y, right: br.x, bottom: br.y,
                           font: node.options.font.size * network.getScale() };
            }
            nodes[id] = { label: label || null, screen: screen };
        }
        return { nodes: nodes, width: rect.width, height: rect.height, scale: network.getScale(),
                 edges: Object.keys(network.body.edges).length, labelled: box.dataset.labelled.split(" ") };
    }""")


def assert_legible(drawn: dict, strongest: list[str]) -> None:
    """The labels drawn are those of the strongest nodes, the strongest first; each fits on the canvas, is at
    least 10 pixels high, and covers no other."""
    labelled = {i for i, n in drawn["nodes"].items() if n["label"]}
    assert labelled == set(drawn["labelled"]) and labelled <= set(strongest) and strongest[0] in labelled
    assert len(labelled) >= min(10, len(strongest))
    boxes = [drawn["nodes"][i]["screen"] for i in sorted(labelled)]
    for box in boxes:
        assert 0 <= box["left"] < box["right"] <= drawn["width"] and 0 <= box["top"] < box["bottom"] <= drawn["height"]
        assert box["font"] >= 10
    for n, a in enumerate(boxes):
        for b in boxes[n + 1:]:
            assert not (a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"]
                        and b["top"] < a["bottom"]), (a, b)


def test_the_whole_graph_labels_its_strongest_nodes_inside_the_picture(busy):
    base, page, errors, shots = busy
    page.goto(base + "/graph")
    drawn = drawn_graph(page)
    page.screenshot(path=str(shots / "graph.png"))
    data = page_data(page, "graph-data")
    assert len(drawn["nodes"]) == len(data["nodes"]) and drawn["edges"] == len(data["edges"])
    strongest = [n["id"] for n in sorted(data["nodes"], key=lambda n: (-n["events"], n["id"]))[:LABELLED]]
    assert sum(n["labelled"] for n in data["nodes"]) == min(LABELLED, len(data["nodes"]))  # asked of the browser
    assert_legible(drawn, strongest)
    assert drawn["nodes"][BUSY_STATE]["label"] == "المملكة العربية السعودية"  # in the page's language
    shown = page.inner_text("#graph-shown")
    assert str(data["total"]["nodes"]) in shown and str(data["total"]["edges"]) in shown
    assert not errors


def test_edges_are_coloured_by_type_with_a_legend(busy):
    base, page, errors, _ = busy
    page.goto(base + "/graph")
    drawn_graph(page)
    data = page_data(page, "graph-data")
    assert all(e["colour"] == TYPE_COLOURS[e["type"]] for e in data["edges"])
    colours = page.evaluate("""() => Object.values(document.getElementById("graph").alaqatNetwork.body.edges)
        .map((e) => e.options.color.color)""")
    assert set(colours) == {e["colour"] for e in data["edges"]}
    legend = page.locator(".type-legend li")
    assert legend.count() == len({e["type"] for e in data["edges"]}) >= 3
    swatch = page.evaluate("getComputedStyle(document.querySelector('.type-legend .swatch')).backgroundColor")
    assert swatch.startswith("rgb(") and swatch != "rgb(0, 0, 0)"
    assert not errors


def test_ego_view_minimum_weight_and_node_limit(busy):
    base, page, errors, shots = busy
    page.goto(base + f"/graph?state={BUSY_STATE}&min_weight=3")
    drawn = drawn_graph(page)
    page.screenshot(path=str(shots / "graph-ego.png"))
    data = page_data(page, "graph-data")
    assert data["state"] == BUSY_STATE and page.input_value("#min-weight") == "3"
    partners = {e["source"] if e["target"] == BUSY_STATE else e["target"] for e in data["edges"]
                if BUSY_STATE in (e["source"], e["target"])}
    assert {n["id"] for n in data["nodes"]} == partners | {BUSY_STATE} and len(partners) >= 5
    assert all(e["weight"] >= 3 for e in data["edges"])
    rows = page.locator("table.edges tbody tr")
    assert rows.count() == len(data["edges"])
    assert all(int(w) >= 3 for w in page.locator("table.edges tbody tr td:last-child").all_inner_texts())
    others = [n["id"] for n in sorted(data["nodes"], key=lambda n: (-n["events"], n["id"])) if n["id"] != BUSY_STATE]
    ranked = [BUSY_STATE, *others[:LABELLED - 1]]
    assert_legible(drawn, ranked)  # the centre is always named
    page.goto(base + "/graph?nodes=8")
    drawn = drawn_graph(page)
    assert len(drawn["nodes"]) == 8 == len(page_data(page, "graph-data")["nodes"])
    assert not errors


def test_zoom_and_pan(busy):
    base, page, errors, _ = busy
    page.goto(base + "/graph")
    before = drawn_graph(page)["scale"]
    page.click("#graph-zoom-in")
    zoomed = page.evaluate("document.getElementById('graph').alaqatNetwork.getScale()")
    assert zoomed > before * 1.2
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 400)  # the wheel zooms out again
    page.wait_for_timeout(300)
    assert page.evaluate("document.getElementById('graph').alaqatNetwork.getScale()") < zoomed
    start = page.evaluate("document.getElementById('graph').alaqatNetwork.getViewPosition()")
    page.mouse.move(box["x"] + 15, box["y"] + 15)  # a corner, away from the nodes: dragging pans the view
    page.mouse.down()
    page.mouse.move(box["x"] + 215, box["y"] + 115, steps=8)
    page.mouse.up()
    moved = page.evaluate("document.getElementById('graph').alaqatNetwork.getViewPosition()")
    assert abs(moved["x"] - start["x"]) + abs(moved["y"] - start["y"]) > 50
    page.click("#graph-fit")
    assert not errors


def test_a_timeline_of_hundreds_of_facts_draws_one_bar_per_year_and_type(busy):
    base, page, errors, shots = busy
    page.goto(base + f"/timeline?state={BUSY_STATE}")
    page.wait_for_selector("#timeline[data-ready='1'] .vis-item", timeout=READY)
    page.screenshot(path=str(shots / "timeline-years.png"), full_page=True)
    items = page_data(page, "timeline-data")
    total = int(page.inner_text("h2 .total").strip("()"))
    assert total > MAX_TIMELINE_ITEMS and all(i["className"] == "bucket" for i in items)
    assert sum(int(i["content"]) for i in items) <= total  # undated facts have no bar
    bars = page.locator("#timeline .vis-item.bucket .vis-item-content")
    assert bars.count() == len(items)
    assert page.locator("#timeline .vis-label").count() == len(page_data(page, "timeline-groups"))
    # each bar's number is drawn inside the timeline, not clipped away (layout is asynchronous: wait for it)
    page.wait_for_function(DRAWN_INSIDE, arg=[".vis-item.bucket .vis-item-content", len(items)], timeout=READY)
    assert page.locator("#timeline-note").is_visible()
    # the list under it: one page of facts, under year headings, with a pager and the years to open
    assert page.locator("ul.facts > li.fact").count() == PAGE_SIZE
    assert page.locator(".year-heading").count() >= 2
    assert page.locator("nav.pager a").count() >= 2 and page.locator("nav.periods a").count() >= 20
    bars.first.click()
    page.wait_for_url("**period=*")
    page.wait_for_selector("#timeline[data-ready='1'] .vis-item", timeout=READY)
    page.screenshot(path=str(shots / "timeline-year.png"), full_page=True)
    year_items = page_data(page, "timeline-data")
    assert year_items and all("url" not in i for i in year_items)  # one item per fact now
    assert page.locator("#timeline .vis-item-content").count() == len(year_items)
    # every fact's words drawn whole inside the timeline
    page.wait_for_function(DRAWN_INSIDE, arg=[".vis-item-content", len(year_items)], timeout=READY)
    assert page.locator("ul.facts > li.fact").count() == len(year_items)
    assert not errors


def test_state_page_and_dossier_are_paged_and_sources_capped(busy):
    base, page, errors, shots = busy
    page.goto(base + f"/state/{BUSY_STATE}")
    facts = page.locator("ul.facts > li.fact")
    assert facts.count() == PAGE_SIZE
    assert page.locator(".year-heading").first.is_visible()
    assert page.locator("ul.claims").first.locator("li").count() <= 3
    page.click("nav.pager a >> text='2'")
    page.wait_for_url("**page=2")
    assert page.locator("ul.facts > li.fact").count() == PAGE_SIZE
    page.goto(base + f"/pair/{BUSY_STATE}/{BUSY_PARTNER}")
    page.screenshot(path=str(shots / "dossier.png"), full_page=True)
    for section in page.locator(".dossier-section").all():
        assert section.locator("ul.facts > li").count() <= 20
    assert not errors


def test_a_fact_told_by_many_sources_links_to_all_of_them(busy):
    base, page, errors, _ = busy
    page.goto(base + f"/state/{BUSY_STATE}")
    more = page.locator("a.more-sources")
    pages = 1
    while more.count() == 0 and pages < 12:  # the facts told four times may be on a later page
        pages += 1
        page.goto(base + f"/state/{BUSY_STATE}?page={pages}")
    assert more.count() >= 1
    more.first.click()
    page.wait_for_url("**/facts/*")
    assert page.locator("ul.claims.full > li").count() == 4
    assert not errors


def test_the_map_marks_every_partner_of_the_busy_state(busy):
    base, page, errors, shots = busy
    page.goto(base + f"/?focus={BUSY_STATE}")
    page.wait_for_selector("#map svg .partner", timeout=READY)
    page.screenshot(path=str(shots / "map.png"))
    partners = page_data(page, "map-data")
    marked = set(page.evaluate("[...document.querySelectorAll('#map svg [data-state]')].map((e) => e.dataset.state)"))
    assert marked == {p["id"] for p in partners if p["numeric"]} and len(marked) >= 25
    assert page.locator("table.partners tbody tr").count() == len(partners)
    # no partner says when relations began here, so the map shades them by the facts they share
    assert page.get_attribute("#map-legend", "data-by") == "facts"
    fills = page.evaluate("[...new Set([...document.querySelectorAll('#map svg .partner')].map((e) => e.style.fill))]")
    assert len(fills) >= 3
    assert page.locator("#map svg path.focus").count() == 1
    assert not errors
