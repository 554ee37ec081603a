"""What every command shares: reading a batch with one error line per bad file, progress on stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from alaqat.errors import ReadError
from alaqat.model import Document
from alaqat.read import document_id, list_inputs, load_meta, read_file

err_console = Console(stderr=True, highlight=False, soft_wrap=True)
T = TypeVar("T")
PROGRESS_MIN_ITEMS = 2


def error_line(message: str) -> None:
    """One plain line on stderr, no markup, no traceback."""
    print(message, file=sys.stderr, flush=True)


@dataclass
class BatchStatus:
    """Counts the failures of a batch so the command can exit non-zero at the end."""

    failures: int = 0

    def fail(self, message: str) -> None:
        self.failures += 1
        error_line(message)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def progress(items: list[T], label: str, enabled: bool = True) -> Iterator[T]:
    """Iterate ``items`` with a Rich progress bar on stderr when there are several."""
    if not enabled or len(items) < PROGRESS_MIN_ITEMS:
        yield from items
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=len(items))
        for item in items:
            yield item
            bar.advance(task)


def iter_documents(
    paths: Iterable[str | Path], meta_path: Path | None, status: BatchStatus, label: str = "reading"
) -> Iterator[Document]:
    """Documents under ``paths``; each unreadable one is reported as ``path: reason`` and skipped."""
    meta = load_meta(meta_path) if meta_path else {}
    seen: dict[str, str] = {}
    for item in progress(list_inputs(paths), label):
        if isinstance(item, ReadError):
            status.fail(str(item))
            continue
        doc_id = document_id(item)
        if doc_id in seen and seen[doc_id] != str(item):
            status.fail(f"{item}: document id {doc_id!r} already used by {seen[doc_id]}")
            continue
        seen[doc_id] = str(item)
        try:
            yield read_file(item, meta.get(doc_id), doc_id)
        except ReadError as exc:
            status.fail(str(exc))
