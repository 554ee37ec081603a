"""EDTF comparison helpers: interval containment, refinement and conflict, with property tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alaqat.store import edtf

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


def truncations(day: date) -> list[str]:
    """The day, its month and its year as EDTF: each one a coarser claim about the same day."""
    return [day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]]


@pytest.mark.parametrize(("outer", "inner"), [
    ("1992", "1992-05-28"), ("1992-05", "1992-05-28"), ("199X", "1995-03"), ("19XX", "1995"),
    ("1994-09", "1994-09-25/1994-09-28"), ("2017/..", "2020-01-01"), ("1990-22", "1990-07-04"),
    ("XXXX-12", "1991-12-16"), ("XXXX-12", "XXXX-12-16"), ("1995~", "1995-06"),
])
def test_contains(outer, inner):
    assert edtf.contains(outer, inner)
    assert edtf.compatible(outer, inner) and not edtf.conflicts(outer, inner)
    assert edtf.refines(inner, outer)


@pytest.mark.parametrize(("outer", "inner"), [
    ("1992-05-28", "1992-05"), ("1992", "1993-01"), ("1994-09", "1994-08-30/1994-09-02"),
    ("XXXX-12-16", "1991-12"), ("1990-22", "1990-09"), ("..", "1992"), (None, "1992"), ("1992", "not a date"),
])
def test_does_not_contain(outer, inner):
    assert not edtf.contains(outer, inner)


@pytest.mark.parametrize(("a", "b"), [
    ("1991-12-16", "1994"), ("1992-05-28", "1992-06"), ("199X", "2001"), ("XXXX-12-16", "XXXX-11-16"),
    ("1994-09-25/1994-09-28", "1994-10"), ("2017/..", "2016-12-31"), ("1990-24", "1990-06"),
])
def test_conflicts(a, b):
    assert edtf.conflicts(a, b) and edtf.conflicts(b, a)
    assert not edtf.contains(a, b) and not edtf.contains(b, a)


def test_unknown_dates_never_conflict():
    assert not edtf.conflicts(None, "1994") and not edtf.conflicts("1994", "garbage")


def test_refine_picks_the_most_precise_and_keeps_ranges():
    assert edtf.refine(["1994-09", "1994-09-25/1994-09-28"]) == "1994-09-25/1994-09-28"
    assert edtf.refine(["199X", "1995~"]) == "1995~"
    assert edtf.refine(["XXXX-12-16", "1991-12"]) == "1991-12"
    assert edtf.refine([]) is None


@given(DAYS)
def test_truncations_of_a_day_refine_each_other(day):
    values = truncations(day)
    for coarse_index, coarse in enumerate(values):
        for precise in values[:coarse_index]:
            assert edtf.contains(coarse, precise) and edtf.refines(precise, coarse)
            assert edtf.compatible(coarse, precise)
    assert edtf.refine(values[::-1]) == day.isoformat()


@given(DAYS, DAYS)
def test_compatibility_is_symmetric_and_means_overlap(a, b):
    for x in truncations(a):
        for y in truncations(b):
            assert edtf.compatible(x, y) == edtf.compatible(y, x)
            overlap = edtf.parse(x).lo <= edtf.parse(y).hi and edtf.parse(y).lo <= edtf.parse(x).hi
            assert edtf.compatible(x, y) == overlap


@given(DAYS, st.integers(min_value=0, max_value=40))
def test_a_range_contains_its_days(start, length):
    end = start + timedelta(days=length)
    value = f"{start.isoformat()}/{end.isoformat()}"
    assert edtf.contains(value, start.isoformat()) and edtf.contains(value, end.isoformat())
    assert edtf.conflicts(value, (end + timedelta(days=1)).isoformat())


@given(DAYS)
def test_different_years_conflict(day):
    other = day.replace(year=day.year + 1) if not (day.month == 2 and day.day == 29) else date(day.year + 1, 3, 1)
    assert edtf.conflicts(day.isoformat()[:4], other.isoformat())
