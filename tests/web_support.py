"""Helpers for the web tests: a small knowledge base of our own texts and a server on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn

from alaqat.read import read_text
from alaqat.store.kb import KnowledgeBase

TOKEN = "test-token-123"
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
