"""Ingest at scale: a stream of documents into one knowledge base, extraction in worker processes if asked.

One process writes (SQLite has one writer); with ``jobs`` > 1 that many worker processes run the pipeline. A
document whose content is already stored is skipped by its hash before it is extracted or sent anywhere, so a
re-ingest runs no pipeline at all.
At most a few chunks of documents are in flight at any time, so memory does not grow with the input.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from alaqat.model import Document
from alaqat.store.kb import KnowledgeBase, Storable, storable

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 4  # documents per task sent to a worker: small, so the writer gets work early and evenly
AHEAD = 4  # chunks in flight per worker: enough to keep workers busy while the writer stores

OnError = Callable[[str], None]
OnDone = Callable[[Document, str], None]


@dataclass
class IngestCounts:
    """What an ingest did, by document."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list, repr=False)

    @property
    def documents(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed


def failure_line(doc: Document, exc: BaseException | str) -> str:
    """The one line a document that could not be ingested gets: where it came from, and why."""
    reason = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return f"{doc.path or doc.id}: not ingested ({reason})"


def _tally(counts: IngestCounts, on_error: OnError | None, on_done: OnDone | None
           ) -> Callable[..., None]:
    """The one place a document's outcome is counted and reported (``on_error`` for a failure, then ``on_done``)."""

    def finish(doc: Document, status: str, events: int = 0, error: str | None = None) -> None:
        setattr(counts, status, getattr(counts, status) + 1)
        counts.events += events
        if error is not None:
            counts.failures.append(error)
            if on_error:
                on_error(error)
        if on_done:
            on_done(doc, status)

    return finish


def prepare_one(doc: Document, min_confidence: float | None = None) -> tuple[Storable | None, str | None]:
    """Runs in a worker: the document's rows for the store, or the reason the pipeline failed on it."""
    from alaqat.pipeline import default_pipeline

    try:
        return storable(default_pipeline().analyze(doc, min_confidence)), None
    except Exception as exc:  # one document never stops the run
        return None, f"{type(exc).__name__}: {exc}"


def _apply(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def imap_ordered(fn: Callable[[T], R], items: Iterable[T], jobs: int, chunk: int = CHUNK, ahead: int = AHEAD
                 ) -> Iterator[tuple[T, R]]:
    """(item, fn(item)) in input order, computed by ``jobs`` processes with at most ``jobs * ahead`` chunks in
    flight: the input is read lazily, and the caller works on early results while the workers go on."""
    from alaqat.scale.local import _warm

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_warm)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    try:
        batch: list[T] = []
        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                pending.append((batch, pool.submit(_apply, fn, batch)))
                batch = []
                while len(pending) >= jobs * ahead:
                    done, future = pending.popleft()
                    yield from zip(done, future.result(), strict=True)
        if batch:
            pending.append((batch, pool.submit(_apply, fn, batch)))
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result(), strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def ingest_documents(kb: KnowledgeBase, docs: Iterable[Document], jobs: int | None = 1,
                     on_error: OnError | None = None, on_done: OnDone | None = None,
                     min_confidence: float | None = None) -> IngestCounts:
    """Store every document of ``docs`` in ``kb`` in batched transactions (see ``KnowledgeBase.batch``).

    Unchanged documents are skipped by hash before extraction; a document the pipeline fails on is one line
    to ``on_error`` and the rest goes on; ``on_done(doc, status)`` follows each document (added, replaced,
    unchanged, failed), e.g. for a progress bar. ``jobs`` > 1 runs the pipeline in that many processes, each
    keeping the events of at least ``min_confidence`` (the model's threshold when None), as ``kb``'s pipeline does.
    """
    counts = IngestCounts()
    jobs = jobs or os.cpu_count() or 1
    finish = _tally(counts, on_error, on_done)

    with kb.batch() as batch:
        if jobs == 1:
            for doc in docs:
                batch.checkpoint()
                try:
                    result = kb.ingest_document(doc)
                except Exception as exc:  # one bad document never stops the batch, and nothing stored is lost
                    finish(doc, "failed", error=failure_line(doc, exc))
                    continue
                finish(doc, result.status, result.events)
            return counts

        def changed() -> Iterator[Document]:
            for doc in docs:
                if kb.is_unchanged(doc):
                    batch.checkpoint()  # commits on time even through a long run of unchanged documents
                    finish(doc, "unchanged")
                else:
                    yield doc

        for doc, (rows, reason) in imap_ordered(partial(prepare_one, min_confidence=min_confidence), changed(), jobs):
            batch.checkpoint()
            if rows is None:
                finish(doc, "failed", error=failure_line(doc, reason or "extraction failed"))
                continue
            try:
                result = kb.ingest_storable(doc, rows)
            except Exception as exc:
                finish(doc, "failed", error=failure_line(doc, exc))
                continue
            finish(doc, result.status, result.events)
    return counts


def ingest_parquet_run(kb: KnowledgeBase, folder: Path, on_error: OnError | None = None,
                       on_done: OnDone | None = None) -> IngestCounts:
    """A run's Parquet output (``alaqat extract --out DIR``, Spark or local) into ``kb``, with its events as
    extracted and its mentions and dates when the run has them: no pipeline runs here beyond the tokens and
    sentences of the search index. A document the run failed on is one line to ``on_error`` and is not stored, as
    a direct ingest does, so that loading another run retries it; a document that cannot be stored is one line
    too, and the rest goes on."""
    from alaqat.scale.parquet import read_parquet_run

    counts = IngestCounts()
    finish = _tally(counts, on_error, on_done)
    with kb.batch() as batch:
        for item in read_parquet_run(folder):
            batch.checkpoint()
            if item.error is not None:
                finish(item.doc, "failed", error=f"{folder}: {item.doc.id}: not ingested ({item.error})")
                continue
            try:
                result = kb.ingest_events(item.doc, item.events, mentions=item.mentions, dates=item.dates)
            except Exception as exc:  # one bad document never stops the batch, and nothing stored is lost
                finish(item.doc, "failed", error=f"{folder}: {item.doc.id}: not ingested ({type(exc).__name__}: {exc})")
                continue
            finish(item.doc, result.status, result.events)
    return counts
