"""What every command shares: reading a batch with one error line per bad file, progress on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from alaqat.errors import InputError, ReadError
from alaqat.model import Document
from alaqat.read import country_code, document_id, list_inputs, load_meta, read_file

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


PROGRESS_COLUMNS = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("eta"),
                    TimeRemainingColumn(), TextColumn("elapsed"), TimeElapsedColumn())


@contextmanager
def progress_bar(total: int, label: str, enabled: bool = True) -> Iterator[Callable[[], None]]:
    """A Rich progress bar with an ETA on stderr for ``total`` items; yields the function that counts one
    more. Nothing is drawn for fewer than two items, nor when stderr is not a terminal (a log file gets the error
    lines and the summary, not a bar's redraws)."""
    if not enabled or total < PROGRESS_MIN_ITEMS or not err_console.is_terminal:
        yield lambda: None
        return
    with Progress(*PROGRESS_COLUMNS, console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def progress(items: list[T], label: str, enabled: bool = True) -> Iterator[T]:
    """Iterate ``items`` with a Rich progress bar on stderr when there are several."""
    with progress_bar(len(items), label, enabled) as advance:
        for item in items:
            yield item
            advance()


COUNTRY_OPTION = typer.Option(
    None, "--country", help="Home state of the publications (ISO code, e.g. SA): who 'the Kingdom' and unqualified "
    "titles stand for; a document's own metadata 'country' wins")


MIN_CONFIDENCE_OPTION = typer.Option(
    None, "--min-confidence", min=0.0, max=1.0,
    help="Keep events whose confidence is at least this (default: the threshold chosen on the dev data)")


def home_state(value: str | None) -> str | None:
    """``--country`` checked once, before any document is read: an unknown code is a usage error (exit 2)."""
    try:
        return country_code(value)
    except InputError as exc:
        error_line(f"--country: {exc}")
        raise typer.Exit(2) from None


def iter_documents(
    paths: Iterable[str | Path], meta_path: Path | None, status: BatchStatus, label: str = "reading",
    country: str | None = None,
) -> Iterator[Document]:
    """Documents under ``paths``; each unreadable one is reported as ``path: reason`` and skipped. ``country`` is
    the home state of documents whose metadata names none."""
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
        given = meta.get(doc_id)
        if country and not (given or {}).get("country"):
            given = {**(given or {}), "country": country}
        try:
            yield read_file(item, given, doc_id)
        except ReadError as exc:
            status.fail(str(exc))
