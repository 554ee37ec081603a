"""EDTF values as day intervals, to tell whether two claims about a date can both be true.

``1992-05`` and ``1992-05-28`` are compatible (the second refines the first); ``1991-12-16`` and ``1994`` are
not. Seasons, decades, approximate (~) and open (..) values widen the interval; ``XXXX-12-16`` (a day whose
year the text does not give) is compatible with any value that allows that month and day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}
MIN_DAY, MAX_DAY = date(1, 1, 1), date(9999, 12, 31)


@dataclass(frozen=True)
class Span:
    lo: date
    hi: date
    month_day: tuple[int, int | None] | None = None  # for XXXX-MM(-DD): only month and day are known

    @property
    def days(self) -> int:
        return (self.hi - self.lo).days


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _point(value: str, upper: bool) -> tuple[date, date] | None:
    """The interval a single EDTF date (no slash) covers."""
    approximate = value.endswith(("~", "?", "%"))
    value = value.rstrip("~?%")
    parts = value.split("-")
    head = parts[0]
    if len(head) == 4 and head.endswith("X") and head[:3].isdigit():  # 199X
        lo, hi = date(int(head[:3] + "0"), 1, 1), date(int(head[:3] + "9"), 12, 31)
    elif len(head) == 4 and head.endswith("XX") and head[:2].isdigit() and head[:2] != "00":  # 19XX
        lo, hi = date(int(head[:2] + "00"), 1, 1), date(int(head[:2] + "99"), 12, 31)
    elif len(head) == 4 and head.isdigit():
        year = int(head)
        if len(parts) == 1:
            lo, hi = date(year, 1, 1), date(year, 12, 31)
        else:
            month = int(parts[1])
            if month in SEASONS:
                first, last = SEASONS[month]
                lo = date(year, first, 1)
                hi = _end_of_month(year + (1 if last < first else 0), last)
            elif len(parts) == 2:
                lo, hi = date(year, month, 1), _end_of_month(year, month)
            else:
                lo = hi = date(year, month, int(parts[2]))
    else:
        return None
    if approximate:
        lo = date(max(1, lo.year - 1), lo.month, min(lo.day, 28))
        hi = date(min(9999, hi.year + 1), hi.month, min(hi.day, 28))
    return lo, hi


@lru_cache(maxsize=65536)
def parse(value: str | None) -> Span | None:
    """The span of an EDTF value, or None for values this module does not read (cached: facts re-read the
    same few thousand values many times, and a Span is immutable)."""
    if not value:
        return None
    try:
        if value.startswith("XXXX-"):
            bits = value.split("-")
            return Span(MIN_DAY, MAX_DAY, (int(bits[1]), int(bits[2]) if len(bits) > 2 else None))
        if "/" in value:
            start, end = value.split("/", 1)
            lo = MIN_DAY if start in ("", "..") else (_point(start, False) or (None, None))[0]
            hi = MAX_DAY if end in ("", "..") else (_point(end, True) or (None, None))[1]
            return Span(lo, hi) if lo and hi else None
        point = _point(value, False)
        return Span(*point) if point else None
    except (ValueError, IndexError):
        return None


def _allows(span: Span, month_day: tuple[int, int | None]) -> bool:
    month, day = month_day
    if span.days >= 366:
        return True
    probe = span.lo
    while probe <= span.hi:
        if probe.month == month and (day is None or probe.day == day):
            return True
        probe = date.fromordinal(probe.toordinal() + 1)
    return False


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two date claims can both be true (an unknown date is compatible with anything)."""
    sa, sb = parse(a), parse(b)
    if sa is None or sb is None:
        return True
    if sa.month_day and sb.month_day:
        return (sa.month_day[0] == sb.month_day[0] and None in (sa.month_day[1], sb.month_day[1])) or \
            sa.month_day == sb.month_day
    if sa.month_day:
        return _allows(sb, sa.month_day)
    if sb.month_day:
        return _allows(sa, sb.month_day)
    return sa.lo <= sb.hi and sb.lo <= sa.hi


def conflicts(a: str | None, b: str | None) -> bool:
    """Whether two date claims cannot both be true (the test behind a fact's ``conflict`` status)."""
    return not compatible(a, b)


def _month_day_covers(month_day: tuple[int, int | None], span: Span) -> bool:
    """Whether every day of ``span`` has the month (and day) a year-less value names."""
    month, day = month_day
    if span.month_day is not None:
        return span.month_day[0] == month and (day is None or span.month_day[1] == day)
    if span.lo.year != span.hi.year or span.lo.month != month or span.hi.month != month:
        return False
    return day is None or (span.lo == span.hi and span.lo.day == day)


def contains(outer: str | None, inner: str | None) -> bool:
    """Whether every day ``inner`` allows is also allowed by ``outer`` (1992 contains 1992-05-28).

    An unknown or unreadable value contains nothing and is contained in nothing.
    """
    so, si = parse(outer), parse(inner)
    if so is None or si is None:
        return False
    if so.month_day is not None:
        return _month_day_covers(so.month_day, si)
    if si.month_day is not None:
        return so.lo == MIN_DAY and so.hi == MAX_DAY
    return so.lo <= si.lo and si.hi <= so.hi


def refines(precise: str | None, coarse: str | None) -> bool:
    """Whether ``precise`` says strictly more than ``coarse`` and agrees with it (1992-05-28 refines 1992-05)."""
    return contains(coarse, precise) and not contains(precise, coarse)


def refine(values: list[str]) -> str | None:
    """The most precise of mutually compatible values (1992-05 and 1992-05-28 give 1992-05-28)."""
    spans = [(parse(v), v) for v in values if v]
    known = [(s, v) for s, v in spans if s is not None and s.month_day is None]
    if known:
        return min(known, key=lambda pair: (pair[0].days, pair[1]))[1]
    return next((v for _, v in spans), None)


def sort_key(value: str | None) -> tuple[int, str]:
    """Chronological order, undated last."""
    span = parse(value)
    if span is None or span.month_day is not None:
        return (1, "")
    return (0, span.lo.isoformat())


def year_of(value: str | None) -> int | None:
    span = parse(value)
    return span.lo.year if span and span.month_day is None and span.lo != MIN_DAY else None
