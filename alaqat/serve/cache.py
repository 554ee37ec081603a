"""A response cache for the read-only routes, valid until the knowledge base changes.

The knowledge base only changes when something is ingested (by this server or by another process), and SQLite
tells us when that happened: ``PRAGMA data_version`` on a connection changes whenever any other connection has
committed. So a cached page is served only while that number is the one it was rendered under; the first
request after a commit anywhere empties the cache. Rendering a dossier of a busy pair costs tens of
milliseconds; serving it again costs well under one, which is what keeps latency low with many readers.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_ENTRIES = 512
MAX_BODY_BYTES = 2 * 1024 * 1024


class DataVersion:
    """The knowledge base's change counter, read on a connection of its own (cheap: no table is touched)."""

    def __init__(self, db_path: Path):
        self._conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def __call__(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()


class ResponseCache:
    """ASGI middleware: remembers complete 200 responses to GET requests whose path passes ``cacheable``.

    The key is the path, the query string and the language cookie (the only request state a page depends
    on). Requests carrying credentials are never cached; neither are streamed or oversized bodies.
    """

    def __init__(self, app: ASGIApp, version: Callable[[], int], cacheable: Callable[[str], bool],
                 max_entries: int = MAX_ENTRIES):
        self.app = app
        self.version = version
        self.cacheable = cacheable
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, bytes, str], tuple[int, list[Message]]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (self.max_entries <= 0 or scope["type"] != "http" or scope["method"] != "GET"
                or not self.cacheable(scope["path"])):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if b"authorization" in headers:
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""), _lang_cookie(headers.get(b"cookie", b"")))
        version = self.version()
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found[0] == version:
                self._entries.move_to_end(key)
                self.hits += 1
            else:
                found = None
                self.misses += 1
        if found is not None:
            for message in found[1]:
                await send(message)
            return
        await self._render_and_keep(scope, receive, send, key, version)

    async def _render_and_keep(self, scope: Scope, receive: Receive, send: Send,
                               key: tuple[str, bytes, str], version: int) -> None:
        messages: list[Message] = []
        size = 0
        keep = True

        async def capture(message: Message) -> None:
            nonlocal size, keep
            if message["type"] == "http.response.start":
                keep = message["status"] == 200
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
                keep = keep and size <= MAX_BODY_BYTES
            if keep:
                messages.append(dict(message))
            await send(message)

        await self.app(scope, receive, capture)
        complete = bool(messages) and not messages[-1].get("more_body", False)
        if keep and complete and self.version() == version:
            with self._lock:
                self._entries[key] = (version, messages)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)


def _lang_cookie(cookie: bytes) -> str:
    for part in cookie.decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "lang":
            return value
    return ""
