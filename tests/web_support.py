"""Helpers for the web tests: a small knowledge base of our own texts and a server on a free loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from alaqat.read import read_text
from alaqat.store.kb import KnowledgeBase

TOKEN = "test-token-123"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TEXTS = {
    "sa-1994": ("أقيمت العلاقات الدبلوماسية بين كازاخستان والمملكة العربية السعودية في 20 أبريل 1994. "
                "وزار الرئيس نور سلطان نزارباييف الرياض في 25-28 سبتمبر 1994.", "العلاقات السعودية"),
    "sa-1996": ("يذكر هذا المصدر أن العلاقات الدبلوماسية بين كازاخستان والسعودية أقيمت عام 1996.", "مصدر مخالف"),
    "bh": ("قامت العلاقات الدبلوماسية بين كازاخستان ومملكة البحرين في 28 مايو 1992.", "البحرين"),
    "xss": ("<script>alert('x')</script> زار وفد من قطر أستانا في مارس 2020 <img src=x onerror=alert(1)>",
            "<script>alert('title')</script>"),
}


def build_kb(path: Path) -> Path:
    with KnowledgeBase(path) as kb:
        for doc_id, (text, title) in TEXTS.items():
            kb.ingest_document(read_text(text, doc_id=doc_id, title=title, date="2024-01-01"))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn in a thread on 127.0.0.1, stopped on exit."""

    def __init__(self, app):
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@contextmanager
def browser_page(app, width: int, height: int) -> Iterator[tuple[str, object, list[str]]]:
    """(base URL, page, page errors) of Debian's headless Chromium on ``app`` served on loopback; skips the
    tests when chromium or Playwright is missing."""
    import pytest

    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed")
    playwright = pytest.importorskip("playwright.sync_api")
    with Server(app) as base, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        yield base, page, errors
        browser.close()


BUSY_STATE, BUSY_PARTNER = "SA", "KZ"
BUSY_TEXT = ("زار وفد رسمي العاصمة في إطار تعزيز العلاقات الثنائية. وعقد الجانبان محادثات حول التعاون. "
             "ووقع الطرفان اتفاقية للتعاون الاقتصادي.")


def build_busy_kb(path: Path, documents: int = 160, seed: int = 5) -> Path:
    """A base with hundreds of facts about one state (SA), spread over thirty years and many partners, some told
    by several sources: our own sentence, with events made up around it (the store and the pages are tested,
    not the extractor)."""
    import random

    from alaqat.model import Event, Evidence

    rng = random.Random(seed)
    partners = ["KZ", "AE", "QA", "KW", "BH", "OM", "EG", "JO", "IQ", "TR", "IR", "US", "GB", "FR", "DE", "CN", "RU",
                "MA", "DZ", "TN", "YE", "SY", "LB", "PK", "IN", "JP", "ID", "MY", "NG", "ZA"]
    kinds = ["visit", "talks", "agreement.signed", "support.expressed", "aid"]
    sentence = (0, BUSY_TEXT.index(".") + 1)
    told: list[tuple[str, dict, str]] = []  # stories a later document tells again (a fact with several sources)
    with KnowledgeBase(path) as kb, kb.batch() as batch:
        for number in range(documents):
            doc = read_text(BUSY_TEXT, doc_id=f"busy-{number:03d}", title=f"busy {number}", date="2024-01-01")
            events = []
            for n in range(5):
                if told and rng.random() < 0.15:
                    kind, roles, date = rng.choice(told)
                else:
                    kind = rng.choice(kinds)
                    a = BUSY_STATE if rng.random() < 0.8 else rng.choice(partners)
                    b = rng.choice([p for p in partners if p != a][:8] if rng.random() < 0.5 else
                                   [p for p in partners if p != a])
                    roles = ({"visitor_state": a, "host_state": b} if kind == "visit" else
                             {"source": a, "target": b} if kind == "support.expressed" else
                             {"donor": a, "recipient": b} if kind == "aid" else {"parties": [a, b]})
                    date = f"{rng.randint(1992, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    told.append((kind, roles, date))
                events.append(Event(f"{doc.id}#{n + 1}", doc.id, kind, roles, "asserted", date, date, "explicit",
                                    Evidence(sentence, (0, 3), BUSY_TEXT[sentence[0]:sentence[1]]), 0.8))
            batch.checkpoint()
            kb.ingest_events(doc, events)
    return path
