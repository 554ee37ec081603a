"""The local engine: a process pool on every core, one pipeline per worker, output in input order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from alaqat.model import Document
from alaqat.scale.worker import extract_one

CHUNK = 8


def _warm() -> None:
    """Load the pipeline's data once when the worker starts, not with its first document."""
    from alaqat.pipeline import default_pipeline

    pipeline = default_pipeline()
    _ = pipeline.linker, pipeline.dates, pipeline.extractor


def run_local(docs: Iterable[Document], jobs: int | None = None) -> Iterator[tuple[Document, tuple]]:
    """(document, result of extract_one) in the order the documents came, computed by ``jobs`` processes."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for doc in docs:
            yield doc, extract_one(doc)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= CHUNK * jobs * 4:
                yield from zip(batch, pool.map(extract_one, batch, chunksize=CHUNK), strict=True)
                batch = []
        if batch:
            yield from zip(batch, pool.map(extract_one, batch, chunksize=CHUNK), strict=True)
