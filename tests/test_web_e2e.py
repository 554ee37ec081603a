"""The web UI in a real headless Chromium: overview, dossier, citations, search, ask, language, escaping."""

from __future__ import annotations

import pytest

from alaqat.serve import create_app
from tests.web_support import TOKEN, browser_page, build_kb

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_kb(tmp_path_factory.mktemp("web") / "kb.db")
    with browser_page(create_app(db, token=TOKEN), 1200, 900) as opened:
        yield opened


def test_overview_to_dossier_to_highlighted_sentence(site, tmp_path):
    base, page, errors = site
    page.goto(base + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.wait_for_selector("#map svg path.partner", timeout=30_000)  # the map drew from served topojson
    assert page.locator("#map svg circle.partner[data-state='BH']").count() == 1  # too small for a polygon alone
    page.click("a.pair-link[href='/pair/KZ/SA']")
    page.wait_for_url("**/pair/KZ/SA")
    assert "1994-04-20" in page.inner_text("#sec-established")
    assert page.locator(".fact.conflict").count() >= 1  # the two sources disagree
    page.locator("#sec-established a.cite").first.click()
    page.wait_for_url("**/documents/*#s-*")
    target = page.evaluate("document.querySelector(':target').className")
    assert target == "sent"
    background = page.evaluate("getComputedStyle(document.querySelector(':target')).backgroundColor")
    assert background != "rgba(0, 0, 0, 0)"  # the cited sentence is highlighted
    page.screenshot(path=str(tmp_path / "document.png"))
    assert not errors


def test_search_and_ask(site):
    base, page, errors = site
    page.goto(base + "/search")
    page.fill("#q", "البحرين")
    page.press("#q", "Enter")
    page.wait_for_selector(".hits mark")
    assert "البحرين" in page.inner_text(".hits mark")
    page.goto(base + "/ask")
    page.fill("#q", "متى أقيمت العلاقات بين كازاخستان والبحرين؟")
    page.press("#q", "Enter")
    page.wait_for_selector("#answer")
    assert "1992-05-28" in page.inner_text("#answer")
    assert not errors


def test_ask_shows_what_it_understood_and_the_facts_it_used(site):
    base, page, errors = site
    page.goto(base + "/ask?lang=en")
    page.fill("#q", "When were relations between Kazakhstan and Saudi Arabia established?")
    page.press("#q", "Enter")
    page.wait_for_selector("#answer")
    answer = page.inner_text("#answer")
    assert "1994-04-20 (1 source) or 1996 (1 source)" in answer  # the two sources disagree, each date shown once
    assert page.get_attribute("section.answer", "data-status") == "conflict"
    assert "relations.established" in page.inner_text("#u-type")
    assert page.locator("#u-entities .entity[data-id='KZ']").count() == 1
    assert page.locator("#u-entities .entity[data-id='SA']").count() == 1
    page.locator(".facts-used a.fact-link").first.click()
    page.wait_for_url("**/facts/*")
    assert page.locator(".alternative").count() == 2  # one group of claims per date the sources give
    page.locator(".alternative a.cite").first.click()
    page.wait_for_url("**/documents/*#s-*")
    assert page.evaluate("document.querySelector(':target').className") == "sent"
    page.goto(base + "/ask?lang=ar&q=" + "هل زار نزارباييف الرياض عام 1994؟")
    page.wait_for_selector("#answer")
    assert page.inner_text("#answer").startswith("نعم") and "1994-09-25/1994-09-28" in page.inner_text("#answer")
    assert page.locator("#u-time").count() == 1 and page.locator("a.cite").count() >= 1
    page.goto(base + "/ask?lang=ar")  # leave the site in Arabic for the tests after this one
    assert not errors


def test_language_switch_timeline_and_graph(site):
    base, page, errors = site
    page.goto(base + "/timeline")
    page.click("#lang-switch")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert "Timeline" in page.inner_text("h1")
    page.wait_for_selector("#timeline .vis-item", timeout=30_000)
    page.goto(base + "/graph")
    page.wait_for_selector("#graph canvas", timeout=30_000)
    page.click("#lang-switch")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert not errors


def test_document_with_script_is_shown_escaped(site):
    base, page, errors = site
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base + "/documents/xss")
    assert "<script>alert('x')</script>" in page.inner_text("article.doc-text")
    assert page.locator("article.doc-text script").count() == 0 and page.locator("article img").count() == 0
    page.goto(base + "/documents")
    assert "<script>alert('title')</script>" in page.inner_text("table")
    assert dialogs == [] and not errors
