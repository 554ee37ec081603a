"""Pages and API on a base with hundreds of facts about one state: every list bounded and paged, bad paging
input harmless, the graph's parameters, one fact with all its sources."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from alaqat.serve import create_app
from alaqat.serve.pages import ASK_CITATIONS, DOCUMENTS_PAGE, MAX_TIMELINE_ITEMS
from alaqat.store.views import PAGE_SIZE
from tests.web_support import BUSY_STATE, build_busy_kb


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(build_busy_kb(tmp_path_factory.mktemp("pages") / "kb.db", documents=240)))


def facts_on(page: str) -> int:
    return len(re.findall(r'<li class="fact ', page))


def test_state_pages_hold_one_page_of_facts_and_clamp_the_page_number(client):
    first = client.get(f"/state/{BUSY_STATE}").text
    assert facts_on(first) == PAGE_SIZE and 'class="pager"' in first and 'class="year-heading"' in first
    total = int(re.search(r'<small class="total">\((\d+)\)</small>', first).group(1))
    last = client.get(f"/state/{BUSY_STATE}", params={"page": 10_000}).text
    assert facts_on(last) == total - PAGE_SIZE * (-(-total // PAGE_SIZE) - 1)
    year = client.get(f"/state/{BUSY_STATE}", params={"period": "2001"}).text
    assert 0 < facts_on(year) <= PAGE_SIZE and "2001-" in year and "1999-" not in year.split("year-heading")[-1]
    assert client.get(f"/state/{BUSY_STATE}", params={"period": "x' OR 1"}).status_code == 200
    assert client.get(f"/state/{BUSY_STATE}", params={"page": 0}).status_code == 422


def test_timeline_items_are_bounded(client):
    import json

    page = client.get("/timeline", params={"state": BUSY_STATE}).text
    items = json.loads(re.search(r'id="timeline-data">(.*?)</script>', page).group(1))
    assert len(items) > 0 and all(i["className"] == "bucket" and "period=" in i["url"] for i in items)
    month = client.get("/timeline", params={"state": BUSY_STATE, "period": "2001-03"}).text
    items = json.loads(re.search(r'id="timeline-data">(.*?)</script>', month).group(1))
    assert len(items) <= MAX_TIMELINE_ITEMS and all("url" not in i for i in items)


def test_graph_api_views(client):
    whole = client.get("/api/graph").json()
    assert whole["min_weight"] == 1 and len(whole["nodes"]) == whole["total"]["nodes"]
    top = client.get("/api/graph", params={"max_nodes": 5}).json()
    assert len(top["nodes"]) == 5
    ego = client.get("/api/graph", params={"state": BUSY_STATE.lower(), "min_weight": 4}).json()
    assert ego["state"] == BUSY_STATE and all(e["weight"] >= 4 for e in ego["edges"])
    auto = client.get("/api/graph", params={"min_weight": 0}).json()
    assert len(auto["edges"]) <= 150
    assert client.get("/api/graph", params={"min_weight": -1}).status_code == 422
    page = client.get("/graph", params={"min_weight": "", "nodes": "abc", "state": ""})
    assert page.status_code == 200 and 'id="min-weight"' in page.text


def test_a_fact_page_and_its_api_give_every_source(client):
    found = client.get("/api/facts", params={"state": BUSY_STATE, "limit": 1000}).json()
    many = max(found, key=lambda f: len(f["claims"]))
    assert len(many["claims"]) > 3
    one = client.get(f"/api/facts/{many['id']}").json()
    assert one["sources"] == len(one["claims"]) == len(many["claims"])
    html = client.get(f"/facts/{many['id']}").text
    assert html.count('<a class="cite"') == len(many["claims"])
    assert client.get("/api/facts/nope").status_code == 404 and client.get("/facts/nope").status_code == 404


def test_ask_search_and_documents_pages_are_bounded(client):
    answer = client.get("/ask", params={"q": "Which states did Saudi Arabia visit?"}).text
    cited = len(re.findall(r'<a class="cite"', answer.split('class="citations"')[1].split("</ul>")[0]))
    assert cited == ASK_CITATIONS and 'id="more-citations"' in answer
    hits = client.get("/search", params={"q": "العلاقات"}).text
    assert hits.count("<li><a class=\"cite\"") == 20 and "page=2" in hits
    second = client.get("/search", params={"q": "العلاقات", "page": 2}).text
    assert 'start="21"' in second
    documents = client.get("/documents").text
    assert documents.count('<tr><td><a href="/documents/') == DOCUMENTS_PAGE and "page=3" in documents
