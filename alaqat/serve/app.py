"""The HTTP API and the web UI: a thin layer over ``alaqat.store.KnowledgeBase``.

Pages are rendered on the server (readable without JavaScript; scripts only enhance them with a map, a
timeline and a graph), in Arabic right-to-left by default or English. Everything they load is served from
here. Writing needs a bearer token; bodies are size-limited; every piece of document text is escaped.
"""

from __future__ import annotations

import hmac
import json
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.base import BaseHTTPMiddleware

from alaqat.errors import AlaqatError, InputError
from alaqat.read import read_bytes, read_text
from alaqat.read.formats import Extracted
from alaqat.serve import pages
from alaqat.serve.cache import MAX_ENTRIES, DataVersion, ResponseCache
from alaqat.store.describe import describe, modality_name, type_name, when
from alaqat.store.kb import KnowledgeBase

HERE = Path(__file__).resolve().parent
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_RESULTS = 1000
VENDOR_FILES = ("vis-timeline.min.js", "vis-network.min.js", "topojson-client.min.js", "countries-50m.json")
DOC_ID_RE = re.compile(r"[^\w.\-]+")
# Scripts only from here and never inline; styles may be inline because vis-timeline and vis-network set them.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


@cache
def strings(lang: str) -> dict[str, str]:
    return json.loads((HERE / "i18n" / f"{'en' if lang == 'en' else 'ar'}.json").read_text(encoding="utf-8"))


class SecurityHeaders(BaseHTTPMiddleware):
    """CSP without inline scripts, no sniffing, no framing, no referrer; and the body size limit."""

    def __init__(self, app: Any, max_body: int):
        super().__init__(app)
        self.max_body = max_body

    async def dispatch(self, request: Request, call_next):  # type: ignore[no-untyped-def]
        length = request.headers.get("content-length")
        if request.method in ("POST", "PUT") and length and length.isdigit() and int(length) > self.max_body:
            return JSONResponse({"detail": f"request body too large (limit {self.max_body} bytes)"}, status_code=413)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response


class _Bases(threading.local):
    kb: KnowledgeBase | None = None


UNCACHED_PATHS = ("/healthz", "/upload", "/favicon.ico")


def _cacheable(path: str) -> bool:
    """Reads whose answer depends only on the knowledge base, the query string and the language."""
    return not path.startswith("/static/") and path not in UNCACHED_PATHS


def create_app(db_path: str | Path, token: str | None = None, max_upload_bytes: int = MAX_UPLOAD_BYTES,
               cache_entries: int = MAX_ENTRIES) -> FastAPI:
    """The ASGI application over the knowledge base at ``db_path`` (created if missing).

    ``cache_entries`` bounds the response cache of read routes (0 turns it off); see ``alaqat.serve.cache``.
    """
    db_path = Path(db_path)
    KnowledgeBase(db_path).close()  # create and migrate once, before threads start
    app = FastAPI(title="alaqat", version="0.1.0",
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
                       name=lambda i: kb().gazetteer.name(i, lang),
                       describe=lambda ty, roles, mod="asserted": describe(ty, roles, kb().gazetteer, lang, mod),
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
        facts = pages.filter_facts(kb().facts(state, type), date_from, date_to, doc)
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
    def api_ask(q: str = Query(..., max_length=500)) -> dict[str, Any]:
        return kb().ask(q).to_json()

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
                  type: list[str] = Query([])) -> dict[str, Any]:
        return kb().graph(date_from, date_to, type)

    @app.get("/api/pair/{a}/{b}")
    def api_pair(a: str, b: str, lang: str = "ar") -> dict[str, Any]:
        return kb().dossier(a.upper(), b.upper(), "en" if lang == "en" else "ar").to_json()

    # -- pages ---------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request, focus: str | None = None) -> HTMLResponse:
        return render(request, "overview.html", **pages.overview(kb(), focus, lang_of(request)))

    @app.get("/state/{code}", response_class=HTMLResponse)
    def state_page(request: Request, code: str) -> HTMLResponse:
        return render(request, "state.html", **pages.state(kb(), code.upper()))

    @app.get("/pair/{a}/{b}", response_class=HTMLResponse)
    def pair_page(request: Request, a: str, b: str) -> HTMLResponse:
        return render(request, "pair.html", dossier=kb().dossier(a.upper(), b.upper(), lang_of(request)))

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, state: str | None = None, type: str | None = None) -> HTMLResponse:
        return render(request, "timeline.html", **pages.timeline(kb(), state, type, lang_of(request)))

    @app.get("/graph", response_class=HTMLResponse)
    def graph_page(request: Request, date_from: str | None = Query(None, alias="from"),
                   date_to: str | None = Query(None, alias="to"), type: str | None = None) -> HTMLResponse:
        graph = kb().graph(date_from or None, date_to or None, [type] if type else [])
        return render(request, "graph.html", graph=graph, date_from=date_from or "", date_to=date_to or "",
                      type=type or "", types=pages.TYPES)

    @app.get("/documents", response_class=HTMLResponse)
    def documents_page(request: Request) -> HTMLResponse:
        return render(request, "documents.html", documents=kb().documents())

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        found = kb().document(doc_id)
        if found is None:
            raise HTTPException(404, "no such document")
        sentences = pages.annotate(found, kb().gazetteer, lang_of(request))
        return render(request, "document.html", doc=found, sentences=sentences)

    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
        return render(request, "search.html", q=q, hits=kb().search(q, 50) if q.strip() else None)

    @app.get("/ask", response_class=HTMLResponse)
    def ask_page(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
        return render(request, "ask.html", q=q, result=kb().ask(q) if q.strip() else None)

    @app.get("/facts/{fact_id}", response_class=HTMLResponse)
    def fact_page(request: Request, fact_id: str) -> HTMLResponse:
        found = kb().fact(fact_id)
        if found is None:
            raise HTTPException(404, "no such fact")
        return render(request, "fact.html", fact=found, **pages.fact(kb(), found))

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts_page(request: Request) -> HTMLResponse:
        return render(request, "conflicts.html", facts=kb().conflicts())

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
               cache_entries: int = MAX_ENTRIES) -> None:
    """Serve the knowledge base with uvicorn (127.0.0.1 unless told otherwise)."""
    import uvicorn

    print(f"alaqat: serving {db_path} on http://{host}:{port}/ (writes {'enabled' if token else 'disabled'})")
    uvicorn.run(create_app(db_path, token, cache_entries=cache_entries), host=host, port=port, log_level="warning")
