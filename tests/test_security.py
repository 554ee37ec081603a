"""Attacks on the server: stored XSS through text, titles and metadata; SQL and FTS5 injection through every
query parameter; path traversal in upload names; writes without or with a wrong token; oversized bodies; the
default bind address."""

from __future__ import annotations

import inspect

import pytest
from fastapi.testclient import TestClient

from alaqat.serve import create_app, run_server
from tests.web_support import TOKEN, build_kb

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAYLOADS = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "</textarea><svg onload=alert(1)>", "{{7*7}}", "{% raw %}x{% endraw %}"]
INJECTIONS = ["' OR 1=1 --", "KZ'; DROP TABLE events; --", '" OR "1"="1', "NEAR(a b)", "a* OR b", "x:y",
              "^العراق", "-مصر", "العراق AND NOT مصر", "(", ")", '"', "%", "_", "\x00", "١' OR '1'='1"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_kb(tmp_path_factory.mktemp("sec") / "kb.db")
    return TestClient(create_app(db, token=TOKEN, max_upload_bytes=50_000))


def test_stored_xss_through_text_title_and_url(client):
    for number, payload in enumerate(PAYLOADS):
        body = {"id": f"x{number}", "text": f"زار الرئيس أستانا. {payload}", "title": payload, "url": payload}
        assert client.post("/api/documents", json=body, headers=AUTH).status_code == 201
        for url in (f"/documents/x{number}", "/documents", "/search?q=" + "أستانا", "/"):
            page = client.get(url).text
            if "<" in payload:
                assert payload not in page, (url, payload)
            assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page
        assert 'href="javascript:' not in client.get(f"/documents/x{number}").text
    assert "{{7*7}}" in client.get("/documents/x4").text  # shown as written, never evaluated


def test_sql_and_fts_injection_through_every_parameter(client):
    before = client.get("/api/stats").json()
    for value in INJECTIONS:
        for url, params in (("/api/events", {"state": value}), ("/api/events", {"type": value}),
                            ("/api/events", {"from": value, "to": value}), ("/api/events", {"doc": value}),
                            ("/api/facts", {"state": value, "type": value}), ("/api/conflicts", {"state": value}),
                            ("/api/search", {"q": value}), ("/api/ask", {"q": value}), ("/search", {"q": value}),
                            ("/ask", {"q": value}), ("/timeline", {"state": value, "type": value}),
                            ("/graph", {"from": value, "to": value, "type": value})):
            r = client.get(url, params=params)
            assert r.status_code in (200, 422), (url, params, r.status_code)
        if value.isprintable():
            assert client.get(f"/api/documents/{value}").status_code in (404, 422)
            assert client.get(f"/pair/KZ/{value}").status_code in (200, 404)
    assert client.get("/api/stats").json() == before


def test_upload_names_never_become_paths(client):
    for name in ("../../../../etc/passwd.txt", "..\\..\\win.ini.txt", "/etc/shadow.txt", "a/../../b.txt"):
        files = {"file": (name, "زار وفد مصري الرباط في 2020.".encode(), "text/plain")}
        r = client.post("/api/documents", files=files, headers=AUTH)
        assert r.status_code == 201
        assert "/" not in r.json()["doc"] and "\\" not in r.json()["doc"] and ".." not in r.json()["doc"]


def test_writes_without_or_with_a_wrong_token(client):
    body = {"id": "t", "text": "نص"}
    assert client.post("/api/documents", json=body).status_code == 401
    for header in ("Bearer", "Bearer ", "Basic " + TOKEN, "bearer " + TOKEN, "Bearer " + TOKEN + "x"):
        assert client.post("/api/documents", json=body, headers={"Authorization": header}).status_code in (401, 403)
    form = {"doc_id": "t", "text": "نص", "write_token": "wrong"}
    assert client.post("/upload", data=form).status_code == 403
    assert client.post("/upload", data={"doc_id": "t", "text": "نص"}).status_code == 401


def test_oversized_bodies(client):
    big = "ا" * 60_000
    assert client.post("/api/documents", json={"id": "big", "text": big}, headers=AUTH).status_code == 413
    files = {"file": ("big.txt", big.encode(), "text/plain")}
    assert client.post("/api/documents", files=files, headers=AUTH).status_code == 413
    raw = client.post("/api/documents", content=b"x" * 200_000, headers={**AUTH, "Content-Type": "application/json"})
    assert raw.status_code == 413


def test_default_bind_address_is_loopback():
    assert inspect.signature(run_server).parameters["host"].default == "127.0.0.1"
    from alaqat.cli import cmd_serve

    host_option = inspect.signature(cmd_serve.serve).parameters["host"].default
    assert host_option.default == "127.0.0.1"


def assert_no_live_markup(page: str) -> None:
    for live in ("<script>alert", "<img src=x", "<svg onload", "onerror=alert(1)>", 'href="javascript:'):
        assert live not in page, live


def test_stored_xss_through_dates_uploaded_html_titles_and_the_form(client):
    payload = "<script>alert(1)</script>"
    body = {"id": "d-xss", "text": "زار وفد مصري أستانا في 2021.", "date": payload, "title": "ت"}
    r = client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code in (201, 422)
    html = (f"<html><head><title>{payload}</title></head><body><article><p>زار وفد كويتي أستانا في 2019."
            f" &lt;img src=x onerror=alert(1)&gt; {payload}</p></article></body></html>")
    files = {"file": (f"{payload}.html", html.encode(), "text/html")}
    r = client.post("/api/documents", files=files, headers=AUTH)
    assert r.status_code == 201
    uploaded = r.json()["doc"]
    assert "<" not in uploaded and ">" not in uploaded
    form = {"doc_id": "form-xss", "text": f"زار وفد عماني أستانا في 2018. {payload}", "title": payload,
            "date": "2018-01-01", "write_token": TOKEN}
    assert client.post("/upload", data=form, follow_redirects=False).status_code == 303
    for url in ("/documents/d-xss", f"/documents/{uploaded}", "/documents/form-xss", "/documents",
                "/search?q=أستانا", "/ask?q=متى زار وفد أستانا؟", "/timeline?state=KZ", "/pair/KZ/EG", "/"):
        r = client.get(url)
        if r.status_code == 200:
            assert_no_live_markup(r.text)
    api = client.get(f"/api/documents/{uploaded}").json()
    assert "<img src=x onerror=alert(1)>" in api["text"]  # text as written in the page; pages must escape it
