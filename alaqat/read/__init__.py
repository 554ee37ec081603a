"""Stage 1: read. Files, folders and pasted text become ``Document`` objects; failures become ``ReadError``.

A batch never stops at a bad file: ``read_paths`` yields a ``ReadError`` for it and goes on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from alaqat.errors import InputError, ReadError
from alaqat.lang import state_codes
from alaqat.model import Document
from alaqat.read.formats import READERS, Extracted

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # the largest file read; larger ones are refused with a clear line
MAX_DOCUMENT_CHARS = 5_000_000  # the longest text kept after extraction

SUPPORTED_SUFFIXES = tuple(sorted(READERS))


T = TypeVar("T")
STDIN = "-"  # the path that means: pasted text on standard input


def document_id(path: Path) -> str:
    """The document id of a file: its name without the extension (``stdin`` for ``-``)."""
    if str(path) == STDIN:
        return "stdin"
    return path.stem if path.suffix else path.name


def load_meta(path: str | Path) -> dict[str, dict[str, Any]]:
    """Metadata by document id from a JSON Lines file of ``{"doc", "date"?, "title"?, "url"?, "country"?}``
    objects (``country``: the publication's home state, an ISO code)."""
    meta: dict[str, dict[str, Any]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read metadata ({exc.__class__.__name__})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{number}: not a JSON object") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("doc"), str):
            raise InputError(f'{path}:{number}: each line needs a "doc" id')
        meta[obj["doc"]] = obj
    return meta


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files named and files under folders named (recursively, sorted, links to folders not followed)."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            yield path
        elif path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root, name)
                    if child.suffix.lower() in READERS and not name.startswith("."):
                        yield child
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield ReadError(str(raw), "no such file or folder")


def read_bytes(data: bytes, suffix: str) -> Extracted:
    """Text and metadata of a file's content given its suffix (``.txt`` when unknown)."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        raise InputError(f"unsupported file type {suffix or '(none)'}; supported: {', '.join(SUPPORTED_SUFFIXES)}")
    if not data.strip():
        raise InputError("empty document")
    extracted = reader(data)
    if not extracted.text.strip():
        raise InputError("empty document (no text)")
    if len(extracted.text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"text too long ({len(extracted.text):,} characters; limit {MAX_DOCUMENT_CHARS:,})")
    return extracted


def read_file(path: str | Path, meta: dict[str, Any] | None = None, doc_id: str | None = None) -> Document:
    """One file as a ``Document``; raises ``ReadError`` naming the file and the reason."""
    path = Path(path)
    if str(path) == STDIN:
        return _read_stdin(meta, doc_id)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(f"file too large ({size:,} bytes; limit {MAX_DOCUMENT_BYTES:,})")
        if not path.is_file():
            raise InputError("not a regular file")
        with path.open("rb") as fh:
            data = fh.read(MAX_DOCUMENT_BYTES + 1)
        extracted = read_bytes(data, path.suffix or ".txt")
        return make_document(doc_id or document_id(path), extracted, meta, str(path), path.suffix.lower().lstrip("."))
    except InputError as exc:
        raise ReadError(str(path), str(exc)) from None
    except PermissionError:
        raise ReadError(str(path), "permission denied") from None
    except FileNotFoundError:
        reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        raise ReadError(str(path), reason) from None
    except OSError as exc:
        raise ReadError(str(path), exc.strerror or exc.__class__.__name__) from None


def _read_stdin(meta: dict[str, Any] | None, doc_id: str | None) -> Document:
    """Pasted text on standard input (any encoding the text reader detects), as one document whose id comes
    from its content (``stdin-<sha256 prefix>``): pasting the same text twice changes nothing in a knowledge base, and
    pasting another text never replaces the first."""
    data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    try:
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InputError(f"text too large (more than {MAX_DOCUMENT_BYTES:,} bytes)")
        extracted = read_bytes(data, ".txt")
        if doc_id in (None, "stdin"):
            doc_id = "stdin-" + hashlib.sha256(data).hexdigest()[:12]
        return make_document(doc_id, extracted, meta, None, "stdin")
    except InputError as exc:
        raise ReadError("stdin", str(exc)) from None


def make_document(
    doc_id: str, extracted: Extracted, meta: dict[str, Any] | None, path: str | None, fmt: str | None
) -> Document:
    """A ``Document`` whose metadata prefers ``meta`` (from --meta) over what the file itself says; an unknown
    ``country`` code is an ``InputError``."""
    given = meta or {}
    found = extracted.meta
    return Document(
        id=doc_id,
        text=extracted.text,
        path=path,
        title=given.get("title") or found.get("title"),
        date=_iso_date(given.get("date") or found.get("date")),
        url=given.get("url") or found.get("url"),
        source_format=fmt,
        encoding=extracted.encoding,
        country=country_code(given.get("country")),
    )


def country_code(value: Any) -> str | None:
    """A home state as metadata or ``--country`` give it (``sa`` or ``SA``), upper-cased; ``None`` when absent.
    A code no state has is an ``InputError``: a typo must not silently make every title stateless."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    code = str(value).strip().upper()
    if code not in state_codes():
        raise InputError(f"unknown country code {str(value)[:20]!r} (expected an ISO 3166-1 alpha-2 code such as SA)")
    return code


def document_from_row(row: dict[str, Any], where: str, fmt: str) -> Document:
    """A row of a document table (``id``, ``text``, optional ``date``, ``title``, ``url``, ``country``) as a
    ``Document``; a bad row is an ``InputError`` naming ``where``."""
    doc_id, text = row.get("id"), row.get("text")
    if not isinstance(doc_id, str) or not doc_id or not isinstance(text, str):
        raise InputError(f"{where}: a row needs string 'id' and 'text'")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{where}: text too long ({len(text):,} characters; limit {MAX_DOCUMENT_CHARS:,})")

    def opt(key: str) -> str | None:
        value = row.get(key)
        return str(value) if value not in (None, "") else None

    try:
        country = country_code(row.get("country"))
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    return Document(doc_id, text.lstrip("\ufeff"), row.get("path") or where, opt("title"), opt("date"), opt("url"),
                    fmt, country=country)


def _iso_date(value: Any) -> str | None:
    if not value:
        return None
    text = str(value)[:10]
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        return text
    return None


def read_text(text: str, doc_id: str = "stdin", **meta: Any) -> Document:
    """Pasted text as a ``Document``."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{doc_id}: text too long ({len(text):,} characters; limit {MAX_DOCUMENT_CHARS:,})")
    return make_document(doc_id, Extracted(text.lstrip("\ufeff")), meta, None, "stdin")


def read_paths(
    paths: Iterable[str | Path], meta: dict[str, dict[str, Any]] | None = None
) -> Iterator[Document | ReadError]:
    """Every document under ``paths`` in a stable order; unreadable ones as ``ReadError`` values."""
    meta = meta or {}
    seen: dict[str, str] = {}
    for item in _expand(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        doc_id = document_id(item)
        if doc_id in seen and seen[doc_id] != str(item):
            yield ReadError(str(item), f"document id {doc_id!r} already used by {seen[doc_id]}")
            continue
        seen[doc_id] = str(item)
        try:
            yield read_file(item, meta.get(doc_id), doc_id)
        except ReadError as exc:
            yield exc


def with_country(items: Iterable[T], country: str | None) -> Iterator[T]:
    """Documents (and errors, passed through) with ``country`` as the home state of those that name none:
    ``--country`` gives a batch's home state, a document's own metadata still wins."""
    for item in items:
        if country and isinstance(item, Document) and item.country is None:
            item = dataclasses.replace(item, country=country)
        yield item


def list_inputs(paths: Iterable[str | Path]) -> list[Path | ReadError]:
    """The expanded inputs, for a progress bar that knows its total."""
    return list(_expand(paths))


__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_DOCUMENT_CHARS",
    "SUPPORTED_SUFFIXES",
    "Document",
    "ReadError",
    "country_code",
    "document_from_row",
    "document_id",
    "list_inputs",
    "load_meta",
    "read_bytes",
    "read_file",
    "read_paths",
    "read_text",
    "with_country",
]
