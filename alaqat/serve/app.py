"""The HTTP API and the web UI: a thin layer over ``alaqat.store.KnowledgeBase``.

Pages are rendered on the server (readable without JavaScript; scripts only enhance them with a map, a
timeline and a graph), in Arabic right-to-left by default or English. Everything they load is served from
here. Writing needs a bearer token; bodies are size-limited; every piece of document text is escaped.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cache
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from alaqat.errors import AlaqatError, InputError
from alaqat.read import country_code, read_bytes, read_text
from alaqat.read.formats import Extracted
from alaqat.serve import pages
from alaqat.serve.cache import MAX_ENTRIES, DataVersion, ResponseCache
from alaqat.store import graph, views
from alaqat.store.describe import describe, modality_name, type_name, when
from alaqat.store.kb import KnowledgeBase

HERE = Path(__file__).resolve().parent
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_RESULTS = 1000
THREADS = 2
VENDOR_FILES = ("vis-timeline.min.js", "vis-network.min.js", "topojson-client.min.js", "countries-50m.json")
DOC_ID_RE = re.compile(r"[^\w.\-]+")
# Scripts only from here and never inline; styles may be inline because vis-timeline and vis-network set them.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


@cache
def strings(lang: str) -> dict[str, str]:
    return json.loads((HERE / "i18n" / f"{'en' if lang == 'en' else 'ar'}.json").read_text(encoding="utf-8"))


class SecurityHeaders:
    """CSP without inline scripts, no sniffing, no framing, no referrer; and the body size limit. Plain ASGI (no
    task group and no queue per request, unlike Starlette's BaseHTTPMiddleware): it runs on every request."""

    HEADERS = ((b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"))
    NAMES = frozenset(name for name, _ in HEADERS)

    def __init__(self, app: Any, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        app = self.app
        if scope["method"] in ("POST", "PUT"):
            length = dict(scope.get("headers") or []).get(b"content-length", b"").decode("latin-1")
            if length.isdigit() and int(length) > self.max_body:
                app = JSONResponse({"detail": f"request body too large (limit {self.max_body} bytes)"},
                                   status_code=413)

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                kept = [h for h in message.get("headers", []) if h[0].lower() not in self.NAMES]
                message["headers"] = [*kept, *self.HEADERS]
            await send(message)

        await app(scope, receive, send_with_headers)


class _Bases(threading.local):
    kb: KnowledgeBase | None = None


UNCACHED_PATHS = ("/healthz", "/upload", "/favicon.ico")


def _cacheable(path: str) -> bool:
    """Reads whose answer depends only on the knowledge base, the query string and the language."""
    return not path.startswith("/static/") and path not in UNCACHED_PATHS


def create_app(db_path: str | Path, token: str | None = None, max_upload_bytes: int = MAX_UPLOAD_BYTES,
               cache_entries: int = MAX_ENTRIES, threads: int = THREADS) -> FastAPI:
    """The ASGI application over the knowledge base at ``db_path`` (created if missing).

    ``cache_entries`` bounds the response cache of read routes (0 turns it off); see ``alaqat.serve.cache``.
    ``threads`` is how many requests are worked on at once (the others wait their turn in the event loop).
    """
    db_path = Path(db_path)
    KnowledgeBase(db_path).close()  # create and migrate once, before threads start
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Requests are answered in worker threads (SQLite and the templates are synchronous), but threads of one
        # process take turns on one core: with 40 of them (anyio's default) 20 clients got 116-160 uncached
        # pages a second on the July base, with 2 they get 255-267 (1: 278); two keep a slow request from
        # holding up every other one. More cores: --workers.
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    app = FastAPI(title="alaqat", version="0.1.0", lifespan=lifespan,
                  description="Arabic press on foreign relations as a sourced chronology and relations graph.")
    app.add_middleware(SecurityHeaders, max_body=max_upload_bytes + 64 * 1024)
    # Outermost, so that a cached response carries the security headers it was first sent with.
    app.add_middleware(ResponseCache, version=DataVersion(db_path), cacheable=_cacheable, max_entries=cache_entries)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    local = _Bases()
    # Without npm at install time the vendor files are absent: pages still work, and say what is missing.
    vendor_missing = not all((HERE / "static" / "vendor" / f).exists() for f in VENDOR_FILES)

    def kb() -> KnowledgeBase:
        if local.kb is None:
            local.kb = KnowledgeBase(db_path)
        return local.kb

    def lang_of(request: Request) -> str:
        lang = request.query_params.get("lang") or request.cookies.get("lang") or "ar"
        return "en" if lang == "en" else "ar"

    def render(request: Request, name: str, **context: Any) -> HTMLResponse:
        lang = lang_of(request)
        context.update(t=strings(lang), lang=lang, vendor_missing=vendor_missing,
                       dir="rtl" if lang == "ar" else "ltr", path=request.url.path,
                       name=lambda i: kb().names.name(i, lang),
                       describe=lambda ty, roles, mod="asserted": describe(ty, roles, kb().names, lang, mod),
                       type_name=lambda ty: type_name(ty, lang), modality_name=lambda mod: modality_name(mod, lang),
                       when=lambda fact: when(fact, lang))
        response = templates.TemplateResponse(request, name, context)
        if request.query_params.get("lang") in ("ar", "en"):
            response.set_cookie("lang", lang, samesite="strict", httponly=True)
        return response

    def authorize(header: str | None) -> None:
        if not header or not header.startswith("Bearer "):
            raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
        if not token or not hmac.compare_digest(header[len("Bearer "):].encode(), token.encode()):
            raise HTTPException(403, "invalid token" if token else "writing is disabled: the server has no token")

    def ingest(doc_id: str, extracted: Extracted, fields: Any):
        """Store an uploaded document; ``fields`` (form or JSON) give its date, title, url and home country."""
        from alaqat.read import make_document

        clean_id = DOC_ID_RE.sub("_", doc_id).strip("._")[:100]
        if not clean_id:
            raise HTTPException(422, "a document id is required")
        meta = {key: _str(fields.get(key)) for key in ("date", "title", "url", "country")}
        doc = make_document(clean_id, extracted, meta, None, "upload")
        return kb().ingest_document(doc)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> HTMLResponse:
        return HTMLResponse(status_code=204)

    # -- JSON API ------------------------------------------------------------------------------------------
    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "documents": kb().stats().documents}

    @app.get("/api/stats")
    def api_stats() -> dict[str, Any]:
        return kb().stats().to_json()

    @app.get("/api/events")
    def api_events(state: list[str] = Query([]), type: str | None = None,
                   date_from: str | None = Query(None, alias="from"),
                   date_to: str | None = Query(None, alias="to"), doc: str | None = None,
                   limit: int = Query(200, ge=1, le=MAX_RESULTS)) -> list[dict[str, Any]]:
        return [e.to_json() for e in kb().events(state, type, date_from, date_to, doc, limit)]

    @app.get("/api/facts")
    def api_facts(state: list[str] = Query([]), type: str | None = None,
                  date_from: str | None = Query(None, alias="from"),
                  date_to: str | None = Query(None, alias="to"), doc: str | None = None,
                  limit: int = Query(200, ge=1, le=MAX_RESULTS)) -> list[dict[str, Any]]:
        bounded = None if (date_from or date_to or doc) else limit  # filters in Python need every fact first
        facts = pages.filter_facts(kb().facts(state, type, limit=bounded), date_from, date_to, doc)
        return [f.to_json() for f in facts[:limit]]

    @app.get("/api/facts/{fact_id}")
    def api_fact(fact_id: str) -> dict[str, Any]:
        found = kb().fact(fact_id)
        if found is None:
            raise HTTPException(404, "no such fact")
        return found.to_json()

    @app.get("/api/conflicts")
    def api_conflicts(state: list[str] = Query([]), type: str | None = None,
                      date_from: str | None = Query(None, alias="from"),
                      date_to: str | None = Query(None, alias="to"), doc: str | None = None,
                      limit: int = Query(200, ge=1, le=MAX_RESULTS)) -> list[dict[str, Any]]:
        facts = [f for f in kb().conflicts(state) if not type or f.type == type]
        return [f.to_json() for f in pages.filter_facts(facts, date_from, date_to, doc)[:limit]]

    @app.get("/api/search")
    def api_search(q: str = Query(..., max_length=500), limit: int = Query(20, ge=1, le=200)) -> list[dict[str, Any]]:
        return [h.to_json() for h in kb().search(q, limit)]

    @app.get("/api/ask")
    def api_ask(q: str = Query(..., max_length=500), country: str | None = Query(None, max_length=20)
                ) -> dict[str, Any]:
        """``country``: who المملكة in the question stands for (default: the base's home country, if any)."""
        try:
            home = country_code(country)
        except InputError as exc:
            raise HTTPException(422, str(exc)) from None
        return kb().ask(q, home).to_json()

    @app.get("/api/documents")
    def api_documents(limit: int = Query(200, ge=1, le=MAX_RESULTS), offset: int = Query(0, ge=0)
                      ) -> list[dict[str, Any]]:
        return kb().documents(limit, offset)

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str) -> dict[str, Any]:
        found = kb().document(doc_id)
        if found is None:
            raise HTTPException(404, "no such document")
        return found

    @app.post("/api/documents", status_code=201)
    async def api_add_document(request: Request) -> dict[str, Any]:
        authorize(request.headers.get("authorization"))
        body = await request.body()
        if len(body) > max_upload_bytes + 64 * 1024:
            raise HTTPException(413, f"request body too large (limit {max_upload_bytes} bytes)")
        content_type = request.headers.get("content-type", "")
        try:
            if content_type.startswith("multipart/form-data"):
                form = await request.form()
                upload = form.get("file")
                if upload is None or isinstance(upload, str):
                    raise HTTPException(422, "multipart upload needs a 'file' field")
                data = await upload.read(max_upload_bytes + 1)
                if len(data) > max_upload_bytes:
                    raise HTTPException(413, f"file too large (limit {max_upload_bytes} bytes)")
                suffix = Path(upload.filename or "upload.txt").suffix.lower() or ".txt"
                stem = str(form.get("id") or Path(upload.filename or "upload").stem)
                extracted = read_bytes(data, suffix)
                result = ingest(stem, extracted, form)
            else:
                try:
                    payload = json.loads(body)
                except (json.JSONDecodeError, UnicodeDecodeError):
                    raise HTTPException(422, "body must be JSON {id, text, date?, title?, url?, country?}") from None
                if not isinstance(payload, dict) or not isinstance(payload.get("text"), str) \
                        or not isinstance(payload.get("id"), str):
                    raise HTTPException(422, "JSON needs string fields 'id' and 'text'")
                if len(payload["text"].encode("utf-8")) > max_upload_bytes:
                    raise HTTPException(413, f"text too large (limit {max_upload_bytes} bytes)")
                doc = read_text(payload["text"], payload["id"])
                result = ingest(payload["id"], Extracted(doc.text), payload)
        except (InputError, AlaqatError) as exc:
            raise HTTPException(422, str(exc)) from None
        return result.to_json()

    @app.get("/api/graph")
    def api_graph(date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                  type: list[str] = Query([]), state: str | None = Query(None, max_length=20),
                  min_weight: int = Query(1, ge=0, le=1_000_000, description="0: as many as keep it legible"),
                  max_nodes: int | None = Query(None, ge=1, le=MAX_RESULTS)) -> dict[str, Any]:
        """Every node and edge by default; ``state`` centres it on one state, ``min_weight`` and ``max_nodes``
        keep the strongest."""
        return kb().graph(date_from, date_to, type, state.upper() if state else None, min_weight or None, max_nodes)

    @app.get("/api/pair/{a}/{b}")
    def api_pair(a: str, b: str, lang: str = "ar") -> dict[str, Any]:
        return kb().dossier(a.upper(), b.upper(), "en" if lang == "en" else "ar").to_json()

    # -- pages ---------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request, focus: str | None = None) -> HTMLResponse:
        return render(request, "overview.html", **pages.overview(kb(), focus, lang_of(request)))

    @app.get("/state/{code}", response_class=HTMLResponse)
    def state_page(request: Request, code: str, period: str | None = Query(None, max_length=10),
                   page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
        return render(request, "state.html", **pages.state(kb(), code.upper()[:20], period, page))

    @app.get("/pair/{a}/{b}", response_class=HTMLResponse)
    def pair_page(request: Request, a: str, b: str, section: str | None = Query(None, max_length=20),
                  page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
        dossier = kb().dossier(a.upper(), b.upper(), lang_of(request), per_section=pages.DOSSIER_LINES,
                               section=section, page=page, max_citations=views.MAX_CLAIMS)
        return render(request, "pair.html", dossier=dossier, link=pages.link, pager=pages.pager)

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, state: str | None = None, type: str | None = None,
                      period: str | None = Query(None, max_length=10),
                      page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
        return render(request, "timeline.html", **pages.timeline(kb(), state, type, lang_of(request), period, page))

    @app.get("/graph", response_class=HTMLResponse)
    def graph_page(request: Request, date_from: str | None = Query(None, alias="from", max_length=10),
                   date_to: str | None = Query(None, alias="to", max_length=10), type: str | None = None,
                   state: str | None = Query(None, max_length=20), min_weight: str | None = Query(None, max_length=7),
                   nodes: str | None = Query(None, max_length=4)) -> HTMLResponse:
        shown = pages.whole_number(nodes, graph.MAX_NODES, 300) or graph.MAX_NODES
        return render(request, "graph.html", **pages.graph_page(kb(), date_from, date_to, type, state,
                                                               pages.whole_number(min_weight, None, 1_000_000), shown))

    @app.get("/facts/{fact_id}", response_class=HTMLResponse)
    def fact_page(request: Request, fact_id: str, page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
        found = kb().fact(fact_id)
        if found is None:
            raise HTTPException(404, "no such fact")
        return render(request, "fact.html", **pages.fact_page(kb(), found, page))

    @app.get("/documents", response_class=HTMLResponse)
    def documents_page(request: Request, page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
        return render(request, "documents.html", **pages.documents(kb(), page))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        found = kb().document(doc_id)
        if found is None:
            raise HTTPException(404, "no such document")
        sentences = pages.annotate(found, kb().names, lang_of(request))
        return render(request, "document.html", doc=found, sentences=sentences)

    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: str = Query("", max_length=500),
                    page: int = Query(1, ge=1, le=1000)) -> HTMLResponse:
        return render(request, "search.html", **pages.search(kb(), q, page))

    @app.get("/ask", response_class=HTMLResponse)
    def ask_page(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
        return render(request, "ask.html", q=q, result=kb().ask(q) if q.strip() else None,
                      max_citations=pages.ASK_CITATIONS)

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts_page(request: Request, page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
        found = kb().conflict_page(page)
        return render(request, "conflicts.html", facts=found.facts, total=found.total,
                      pager=pages.pager("/conflicts", found.page, found.pages))

    @app.get("/upload", response_class=HTMLResponse)
    def upload_page(request: Request) -> HTMLResponse:
        return render(request, "upload.html", message=None)

    @app.post("/upload")
    def upload_form(request: Request, doc_id: str = Form(..., max_length=100), text: str = Form(...),
                    date: str = Form(""), title: str = Form(""), country: str = Form("", max_length=10),
                    write_token: str = Form("")):
        authorize(f"Bearer {write_token}" if write_token else None)
        if len(text.encode("utf-8")) > max_upload_bytes:
            raise HTTPException(413, f"text too large (limit {max_upload_bytes} bytes)")
        try:
            result = ingest(doc_id, Extracted(read_text(text, doc_id).text),
                            {"date": date, "title": title, "country": country})
        except (InputError, AlaqatError) as exc:
            raise HTTPException(422, str(exc)) from None
        return RedirectResponse(f"/documents/{result.doc_id}", status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api") or request.url.path == "/healthz" or request.method != "GET":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        response = render(request, "error.html", status=exc.status_code, detail=exc.detail)
        response.status_code = exc.status_code
        return response

    return app


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def run_server(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
               cache_entries: int = MAX_ENTRIES, workers: int = 1) -> None:
    """Serve the knowledge base with uvicorn (127.0.0.1 unless told otherwise), in ``workers`` processes.

    One process answers on one core at a time (Python's GIL); more workers use more cores, each with its own
    response cache (each emptied on the knowledge base's every commit, as with one)."""
    import uvicorn

    print(f"alaqat: serving {db_path} on http://{host}:{port}/ (writes {'enabled' if token else 'disabled'}"
          f"{f', {workers} workers' if workers > 1 else ''})")
    if workers <= 1:
        uvicorn.run(create_app(db_path, token, cache_entries=cache_entries), host=host, port=port,
                    log_level="warning")
        return
    KnowledgeBase(db_path).close()  # create and migrate once, before the workers start
    os.environ.update({"ALAQAT_SERVE_DB": str(Path(db_path).resolve()), "ALAQAT_SERVE_CACHE": str(cache_entries)})
    if token:
        os.environ["ALAQAT_TOKEN"] = token
    _serve_in_processes(host, port, workers)


def _serve_in_processes(host: str, port: int, workers: int) -> None:
    """``workers`` processes accepting on one listening socket; SIGTERM or Ctrl-C stops them all.

    The socket is made here, as TCP by name: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on such
    sockets, and without that a small response waits 40 ms for the client's delayed ACK (uvicorn's own
    ``workers`` binds a socket asyncio does not recognize, and every page took 44 ms)."""
    import multiprocessing
    import signal
    import socket
    import sys

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(2048)
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_serve_socket, args=(listener,)) for _ in range(workers)]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        for process in processes:
            process.start()
        for process in processes:
            process.join()
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=30)
        listener.close()


def _serve_socket(listener: Any) -> None:
    """One worker process: the application from the environment, served on the inherited socket."""
    import uvicorn

    config = uvicorn.Config(app_from_environment, factory=True, log_level="warning")
    uvicorn.Server(config).run(sockets=[listener])


def app_from_environment() -> FastAPI:
    """The application of one of ``run_server``'s worker processes, configured by the environment it sets."""
    return create_app(os.environ["ALAQAT_SERVE_DB"], os.environ.get("ALAQAT_TOKEN") or None,
                      cache_entries=int(os.environ.get("ALAQAT_SERVE_CACHE", MAX_ENTRIES)))
