"""The time a question asks about: a date (year, month, day, decade, range, open interval), how it limits the
answer (in, after, before, since, until), relative phrases read against the knowledge base's latest date, and
an order (the first, the last).

A fact fits "in 1997" when its whole date lies in 1997; a fact dated "1998" only partly fits "in May 1998"
(the base cannot tell the month), and is said as such instead of being counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from alaqat.lang import LANG_ROOT, read_tsv_dicts
from alaqat.store import edtf
from alaqat.store.questions.reading import DateSpan, Reading
from alaqat.store.questions.vocabulary import Vocabulary

YES, PARTLY, NO = "yes", "partly", "no"


@dataclass
class TimeFilter:
    relation: str  # in, after, before, since, until
    value: str  # EDTF
    text: str
    relative_to: str | None = None  # the base's latest date, for "last year"

    @property
    def span(self) -> edtf.Span:
        return edtf.parse(self.value)  # type: ignore[return-value]  (built only from values it reads)

    def fits(self, value: str | None, stay: bool = False) -> str:
        """Whether a fact dated ``value`` lies in the asked time: yes, partly (it may), or no. A ``stay`` (a visit
        from its first day to its last) is in a time it overlaps: the visitor was there on each of its days."""
        span = edtf.parse(value)
        if span is None or span.month_day is not None:
            return NO
        lo, hi = self.span.lo, self.span.hi
        whole, some = {
            "in": (lo <= span.lo and span.hi <= hi, span.lo <= hi and lo <= span.hi),
            "after": (span.lo > hi, span.hi > hi),
            "before": (span.hi < lo, span.lo < lo),
            "since": (span.lo >= lo, span.hi >= lo),
            "until": (span.hi <= hi, span.lo <= hi),
        }[self.relation]
        if stay and self.relation == "in":
            whole = some
        return YES if whole else PARTLY if some else NO

    def sql_bounds(self) -> tuple[str | None, str | None]:
        """Bounds on a fact's ``sort_date`` (the first day of its date) met by every fact that fits, and by
        those that partly fit and begin at most two years earlier (a "1998" for "May 1998" is worth saying)."""
        lo, hi = self.span.lo, self.span.hi.isoformat()
        early = date(max(1, lo.year - 2), lo.month, min(lo.day, 28)).isoformat()
        after = date(max(1, self.span.hi.year - 2), 1, 1).isoformat() if self.span.hi.year < 9999 else None
        return {"in": (early, hi), "after": (after, None), "before": (None, lo.isoformat()),
                "since": (early, None), "until": (None, hi)}[self.relation]

    def to_json(self) -> dict[str, Any]:
        return {"relation": self.relation, "value": self.value, "text": self.text, "relative_to": self.relative_to}


def read_time(reading: Reading, vocabulary: Vocabulary, latest: str | None) -> tuple[TimeFilter | None, str | None]:
    """The question's time filter and order ("first", "last" or None)."""
    spans = reading.dates if reading.lang == "ar" else _english_dates(reading, latest)
    spans = [s for s in spans if edtf.parse(s.value) is not None and not _inside_name(s, reading)]
    hits = vocabulary.time_words.find(reading.masked())
    found = None
    if spans:
        first = spans[0]
        relation = "in"
        for hit in hits:
            gap = reading.text[hit.end:first.start]
            if hit.entry.value in ("after", "before", "since", "until") and len(gap.split()) <= 1 \
                    and hit.end <= first.start and not re.search(r"\d", gap):
                relation = hit.entry.value
        relative = latest if first.relative else None
        found = TimeFilter(relation, first.value, first.text, relative)
    taken = [(s.start, s.end) for s in spans]
    orders = [h.entry.value for h in hits if h.entry.value in ("first", "last")
              and not any(s <= h.start < e for s, e in taken)]
    return found, (orders[0] if orders else None)


def _inside_name(span: DateSpan, reading: Reading) -> bool:
    """A year inside a name (Expo 2017) is no date of the question."""
    return any(n.start <= span.start and span.end <= n.end for n in reading.named)


@cache
def _english_time_rows() -> list[dict[str, str]]:
    return read_tsv_dicts(LANG_ROOT / "en" / "questions" / "time.tsv")


@cache
def _english_patterns() -> list[tuple[str, re.Pattern[str]]]:
    months = "|".join(r["word"] for r in _english_time_rows() if r["relation"] == "month")
    decades = "|".join(re.escape(r["word"]) for r in _english_time_rows() if r["relation"] == "decade")
    relative = "|".join(re.escape(r["word"]) for r in _english_time_rows() if r["relation"] == "relative")
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<y>1[5-9]\d\d|20\d\d)"
    years = r"(?P<a>1[5-9]\d\d|20\d\d)\s+(?:and|to|until)\s+(?P<b>1[5-9]\d\d|20\d\d)"
    return [
        ("relative", re.compile(rf"\b(?P<r>{relative})\b")),
        ("range", re.compile(rf"\b(?:between|from)\s+{years}\b")),
        ("day", re.compile(rf"\b{day}\s+(?:of\s+)?(?P<m>{months})\s*,?\s*{year}\b")),
        ("day", re.compile(rf"\b(?P<m>{months})\s+{day}\s*,?\s*{year}\b")),
        ("month", re.compile(rf"\b(?P<m>{months})\s*,?\s*(?:of\s+)?{year}\b")),
        ("decade", re.compile(r"\b(?:the\s+)?(?P<c>1[5-9]\d0|20\d0)'?s\b")),
        ("decade_word", re.compile(rf"\b(?P<w>{decades})\b")),
        ("year", re.compile(rf"\b{year}\b")),
    ]


def _english_value(kind: str, match: re.Match[str], latest: str | None) -> str | None:
    rows = _english_time_rows()
    month_of = {r["word"]: int(r["value"]) for r in rows if r["relation"] == "month"}
    if kind == "relative":
        value = next(r["value"] for r in rows if r["relation"] == "relative" and r["word"] == match.group("r"))
        return _relative(value, latest)
    if kind == "range":
        return f"{match.group('a')}/{match.group('b')}"
    if kind == "day":
        return f"{match.group('y')}-{month_of[match.group('m')]:02d}-{int(match.group('d')):02d}"
    if kind == "month":
        return f"{match.group('y')}-{month_of[match.group('m')]:02d}"
    if kind == "decade":
        return match.group("c")[:3] + "X"
    if kind == "decade_word":
        return next(r["value"] for r in rows if r["relation"] == "decade" and r["word"] == match.group("w"))
    return match.group("y")


def _relative(value: str, latest: str | None) -> str | None:
    """``year:-1`` against the latest date: the year (or month) before it."""
    anchor = edtf.parse(latest)
    anchor_day = anchor.lo if anchor is not None and anchor.month_day is None else date.today()
    unit, offset = value.split(":")
    if unit == "year":
        return f"{anchor_day.year + int(offset):04d}"
    months = anchor_day.year * 12 + anchor_day.month - 1 + int(offset)
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _english_dates(reading: Reading, latest: str | None) -> list[DateSpan]:
    text = reading.masked()
    found: list[DateSpan] = []
    for kind, pattern in _english_patterns():
        for match in pattern.finditer(text):
            if any(s.start < match.end() and match.start() < s.end for s in found):
                continue
            value = _english_value(kind, match, latest)
            if value:
                found.append(DateSpan(match.start(), match.end(), value, reading.original[match.start():match.end()],
                                      relative=kind == "relative"))
    return sorted(found, key=lambda s: s.start)
