"""The seasons of EDTF Level 1 (21 spring, 22 summer, 23 autumn, 24 winter) against a calendar: which months each
holds, and which year a season named without one (هذا الصيف، الخريف المقبل، في الشتاء) falls in.

Northern meteorological seasons, as the Arab world's press counts them: spring March–May, summer June–August,
autumn September–November, winter December to the next February (winter 2015 is December 2015 to February 2016).
"""

from __future__ import annotations

from datetime import date

SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}  # winter's months run on into the next year


def _now(code: int, today: date) -> tuple[int, int]:
    """(year, month) with January and February counted as months 13 and 14 of the year before for winter."""
    if code == 24 and today.month <= 2:
        return today.year - 1, today.month + 12
    return today.year, today.month


def season_year(code: int, today: date, when: str) -> int:
    """The year of the season ``code`` that is the last one (``when`` "past"), the next one ("future") or the
    current one ("this") at ``today``: the summer past in July 2015 is 2014's, the autumn to come 2015's."""
    year, month = _now(code, today)
    first, last = SEASON_MONTHS[code]
    if when == "past":
        return year if last < month else year - 1
    if when == "future":
        return year if first > month else year + 1
    return year


def season_in_tense(value: str, today: date, future: bool) -> str:
    """A season named alone (في الخريف) is the next one for an act to come, the last one (or the current one) for an
    act told as done."""
    code = int(value[5:7])
    year, month = _now(code, today)
    first, last = SEASON_MONTHS[code]
    if future:
        return f"{year if last >= month else year + 1:04d}-{code}"
    return f"{year if first <= month else year - 1:04d}-{code}"
