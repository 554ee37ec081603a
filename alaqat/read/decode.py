"""Bytes to text for plain-text inputs: BOMs, UTF-8, UTF-16 with or without BOM, windows-1256, ISO-8859-6.

Decoding is strict first and guessed second (charset-normalizer), and a guess is accepted only when the
result looks like text; otherwise the input is reported as binary rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from alaqat.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GUESS_ENCODINGS = ["cp1256", "iso8859_6", "utf_16_le", "utf_16_be", "cp1252", "latin_1"]
_MAX_CONTROL_RATIO = 0.01


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    sample = text[:20000]
    bad = sum(
        1 for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t\f\v") or ch == "\ufffd"
    )
    return bad <= max(1, int(len(sample) * _MAX_CONTROL_RATIO))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM puts NUL in every other byte for ASCII and 0x06 for Arabic."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for encoding, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in high if b in (0x00, 0x06, 0x20, 0xFE, 0xFF)) / len(high)
        if share > 0.9:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a plain-text file's bytes; raises ``InputError`` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} text at byte {exc.start}") from None
    text16 = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if text16 is not None:
        return text16, "utf-16"
    if b"\x00" in data:
        raise InputError("not a text document (binary)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # A file cut inside its last character: keep everything before the cut.
            return data[: exc.start].decode("utf-8"), "utf-8"
    best = from_bytes(data, cp_isolation=_GUESS_ENCODINGS).best()
    if best is None:
        raise InputError("not a text document (binary)")
    text = str(best)
    if not _looks_like_text(text):
        raise InputError("not a text document (binary)")
    return text, best.encoding
