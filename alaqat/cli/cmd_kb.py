"""Knowledge-base commands: ingest, facts, conflicts, timeline, dossier, search, ask, export, demo."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from alaqat.cli.app import app
from alaqat.cli.common import (
    COUNTRY_OPTION,
    MIN_CONFIDENCE_OPTION,
    BatchStatus,
    err_console,
    home_state,
    progress_bar,
)

if TYPE_CHECKING:
    from alaqat.scale.ingest import IngestCounts

DB_OPTION = typer.Option(Path("alaqat.db"), "--db", help="Knowledge base file (SQLite)")


class Lang(StrEnum):
    ar = "ar"
    en = "en"


class DossierFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    graphml = "graphml"
    timelinejs = "timelinejs"


def _kb(db: Path, must_exist: bool = True):
    from alaqat.errors import UsageError
    from alaqat.store.kb import KnowledgeBase

    if must_exist and not db.exists():
        raise UsageError(f"{db}: no such knowledge base (create one with 'alaqat ingest PATH --db {db}')")
    return KnowledgeBase(db)


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def _print_facts(facts, kb, lang: str = "ar") -> None:
    """One line a fact; a conflict's claims grouped by the date they support (1992 and 1992-05-28 together)."""
    from alaqat.store.describe import describe

    for fact in facts:
        flag = "CONFLICT " if fact.status == "conflict" else ""
        what = describe(fact.type, fact.roles, kb.names, lang, fact.modality)
        date = " | ".join(a.date for a in fact.alternatives) if fact.status == "conflict" else fact.date
        print(f"{date or '?':<24} {flag}{fact.type:<22} {what}"
              f"  [{len(fact.claims)} source{'s' if len(fact.claims) != 1 else ''}]")
        if fact.status == "conflict":
            for group_date, claims in fact.claim_groups():
                print(f"{'':<26}{group_date or '?'}:")
                for claim in claims:
                    print(f"{'':<28}- {claim.date or '?'}: {claim.doc} [{claim.sentence[0]}:{claim.sentence[1]}]")


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(
        None, help="Files or folders (recursive), - for text on stdin, or document tables (.jsonl, .parquet or a "
        "folder of .parquet) with id, text and optional date, title, url, country"),
    db: Path = DB_OPTION,
    meta: Path | None = typer.Option(None, "--meta", help="JSON Lines of {doc, date, title, url, country}"),
    country: str | None = COUNTRY_OPTION,
    min_confidence: float | None = MIN_CONFIDENCE_OPTION,
    from_parquet: Path | None = typer.Option(None, "--from-parquet", help="Load a Spark run's Parquet output"),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Processes running the pipeline; this one process writes"),
) -> None:
    """Add documents to the knowledge base (idempotent: unchanged documents are skipped by their hash before
    any extraction; a changed document replaces its events)."""
    from alaqat.scale.ingest import IngestCounts, ingest_documents
    from alaqat.scale.sources import count_documents, iter_documents

    status = BatchStatus()
    country = home_state(country)
    kb = _kb(db, must_exist=False)
    kb.min_confidence = min_confidence
    counts = _ingest_parquet_run(kb, from_parquet, status) if from_parquet is not None else IngestCounts()
    with progress_bar(count_documents(paths or []), "ingesting") as advance:
        def unreadable(message: str) -> None:
            status.fail(message)
            advance()

        docs = iter_documents(paths or [], meta, unreadable, country)
        done = ingest_documents(kb, docs, jobs, on_error=status.fail, on_done=lambda _doc, _status: advance(),
                                min_confidence=min_confidence)
    stats = kb.stats()
    failed = f", {counts.failed + done.failed} failed" if counts.failed + done.failed else ""
    err_console.print(f"{counts.added + done.added} added, {counts.replaced + done.replaced} replaced, "
                      f"{counts.unchanged + done.unchanged} unchanged{failed}; knowledge base: {stats.documents} "
                      f"documents, {stats.events} events, {stats.facts} facts, {stats.conflicts} conflicts")
    raise typer.Exit(status.exit_code)


def _ingest_parquet_run(kb, folder: Path, status: BatchStatus) -> IngestCounts:
    """A Spark (or local engine) run's Parquet output into the knowledge base, with its events, mentions and dates
    as extracted."""
    from alaqat.scale.ingest import ingest_parquet_run
    from alaqat.scale.sources import count_rows

    with progress_bar(count_rows(folder / "documents"), "loading") as advance:
        return ingest_parquet_run(kb, folder, on_error=status.fail, on_done=lambda _doc, _status: advance())


@app.command()
def facts(
    state: list[str] = typer.Option([], "--state", help="Only facts involving this state (repeatable)"),
    type: str | None = typer.Option(None, "--type", help="Only this event type"),
    as_json: bool = typer.Option(False, "--json"),
    lang: Lang = typer.Option(Lang.ar, "--lang"),
    db: Path = DB_OPTION,
) -> None:
    """Facts merged from all sources."""
    kb = _kb(db)
    found = kb.facts([s.upper() for s in state], type=type)
    _print_json([f.to_json() for f in found]) if as_json else _print_facts(found, kb, lang.value)


@app.command()
def conflicts(
    as_json: bool = typer.Option(False, "--json"), lang: Lang = typer.Option(Lang.ar, "--lang"), db: Path = DB_OPTION
) -> None:
    """Facts whose sources disagree, with every claim and its source."""
    kb = _kb(db)
    found = kb.conflicts()
    _print_json([f.to_json() for f in found]) if as_json else _print_facts(found, kb, lang.value)


@app.command()
def timeline(
    state: str = typer.Argument(..., help="ISO code, e.g. KZ"),
    other: str | None = typer.Argument(None, help="A second state"),
    as_json: bool = typer.Option(False, "--json"),
    lang: Lang = typer.Option(Lang.ar, "--lang"),
    db: Path = DB_OPTION,
) -> None:
    """The chronology of a state, or of a pair of states."""
    kb = _kb(db)
    found = kb.timeline(state.upper(), other.upper() if other else None)
    _print_json([f.to_json() for f in found]) if as_json else _print_facts(found, kb, lang.value)


@app.command()
def dossier(
    a: str = typer.Argument(...), b: str = typer.Argument(...),
    lang: Lang = typer.Option(Lang.ar, "--lang"),
    fmt: DossierFormat = typer.Option(DossierFormat.md, "--format"),
    db: Path = DB_OPTION,
) -> None:
    """The relations of a pair of states as a document, every line with its citation."""
    result = _kb(db).dossier(a.upper(), b.upper(), lang.value)
    if fmt is DossierFormat.json:
        _print_json(result.to_json())
    else:
        sys.stdout.write(result.render_html() if fmt is DossierFormat.html else result.render_markdown())


@app.command()
def search(
    query: str = typer.Argument(...), limit: int = typer.Option(20, "--limit", min=1, max=500),
    as_json: bool = typer.Option(False, "--json"), db: Path = DB_OPTION,
) -> None:
    """Arabic-aware full-text search over the sentences of every document (BM25)."""
    hits = _kb(db).search(query, limit=limit)
    if as_json:
        _print_json([h.to_json() for h in hits])
        return
    for hit in hits:
        print(f"{hit.score:6.2f}  {hit.doc} [{hit.sentence[0]}:{hit.sentence[1]}]  {hit.text}")


@app.command()
def ask(question: str = typer.Argument(...), as_json: bool = typer.Option(False, "--json"),
        full: bool = typer.Option(False, "--full", help="With --json: also what was understood (type, entities "
                                  "with roles, time, shape), the status, the facts used and related facts"),
        country: str | None = typer.Option(
            None, "--country", help="Who 'the Kingdom' (المملكة) in the question stands for (ISO code, e.g. SA); "
            "by default the home country of most of the base's documents, when they have one"),
        db: Path = DB_OPTION) -> None:
    """Answer a question in Arabic or English, with citations."""
    result = _kb(db).ask(question, home_state(country))
    if as_json:
        answer = result.to_json()
        _print_json(answer if full else {k: answer[k] for k in ("answer", "value", "citations", "passages")})
        return
    print(result.answer)
    for c in result.citations:
        print(f"  - {c['doc']} [{c['sentence'][0]}:{c['sentence'][1]}] {c['text']}")
    for p in result.passages:
        print(f"  ? {p['doc']} [{p['sentence'][0]}:{p['sentence'][1]}] {p['text']}")


@app.command()
def export(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format"),
    state: list[str] = typer.Option([], "--state", help="Only what involves this state (repeatable)"),
    out: Path | None = typer.Option(None, "--out", help="Write to this file instead of stdout"),
    lang: Lang = typer.Option(Lang.ar, "--lang"),
    db: Path = DB_OPTION,
) -> None:
    """Export events (JSONL, CSV), the relations graph (GraphML) or a timeline (TimelineJS JSON)."""
    from alaqat.store.export import export as run_export

    kb = _kb(db)
    if out is None:
        run_export(kb, fmt.value, sys.stdout, [s.upper() for s in state], lang.value)
        return
    with out.open("w", encoding="utf-8", newline="") as fh:
        run_export(kb, fmt.value, fh, [s.upper() for s in state], lang.value)


@app.command()
def demo(
    db: Path = typer.Option(Path("alaqat-demo.db"), "--db", help="Where to build the demo knowledge base"),
    serve: bool = typer.Option(True, "--serve/--no-serve", help="Serve the web UI after building"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Build a knowledge base from the bundled sample corpus, print a summary and serve the web UI."""
    from alaqat.demo import corpus_dir, meta_path
    from alaqat.read import load_meta
    from alaqat.store.kb import KnowledgeBase

    status = BatchStatus()
    with KnowledgeBase(db) as kb:
        results = kb.ingest_paths([corpus_dir()], load_meta(meta_path()), on_error=status.fail)
        stats = kb.stats()
    added = sum(r.status != "unchanged" for r in results)
    print(f"demo knowledge base {db}: {stats.documents} documents ({added} new), {stats.events} events, "
          f"{stats.facts} facts, {stats.conflicts} conflicts, {stats.states} states")
    if serve:
        from alaqat.serve import run_server

        run_server(db, host=host, port=port)
    raise typer.Exit(status.exit_code)
