"""One reader per file format, each from bytes to (text, metadata). Offsets later point into this text."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from alaqat.errors import InputError
from alaqat.read.decode import decode_bytes


@dataclass
class Extracted:
    text: str
    encoding: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def read_plain(data: bytes) -> Extracted:
    text, encoding = decode_bytes(data)
    return Extracted(text.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def read_html(data: bytes) -> Extracted:
    """Main text and metadata of an article page (trafilatura), without menus, scripts and footers."""
    import trafilatura

    html, encoding = decode_bytes(data)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=False
    )
    if result is None:
        raise InputError("no article text found in the HTML")
    get = result.get if isinstance(result, dict) else (lambda k: getattr(result, k, None))
    text = (get("text") or "").strip()
    if not text:
        raise InputError("no article text found in the HTML")
    meta = {k: str(get(k)) for k in ("title", "date", "url") if get(k)}
    return Extracted(text, encoding, meta)


def read_pdf(data: bytes) -> Extracted:
    """Text layer of a PDF, page after page; a scan without a text layer is an error, not an empty text."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputError(f"unreadable PDF ({type(exc).__name__})") from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise InputError("PDF has no text layer (scanned image?)")
    meta = {"title": str(title)} if title else {}
    return Extracted(text, None, meta)


def read_docx(data: bytes) -> Extracted:
    """Paragraphs and table cells of a Word document, in document order."""
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"unreadable .docx ({type(exc).__name__})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells]
                lines.append(" | ".join(dict.fromkeys(c for c in cells if c)))
    text = "\n".join(lines).strip()
    title = document.core_properties.title
    return Extracted(text, None, {"title": title} if title else {})


READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_plain,
    ".markdown": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
