"""The date vocabularies of ``lang/ar/dates/`` as normalized lookup tables and regex macros."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from alaqat.lang import data_path, read_tsv_dicts
from alaqat.normalize.text import normalize_key


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of normalized words, longest first, spaces matching any white space."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)


@dataclass(frozen=True)
class RelativePhrase:
    basis: str
    unit: str
    offset: int


@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    hijri_months: dict[str, int]
    ordinals: dict[str, int]
    weekdays: dict[str, int]
    decades: dict[str, int]
    words: dict[str, dict[str, str]]  # class -> normalized word -> value
    relative: dict[str, RelativePhrase]
    quantity_after: frozenset[str]
    code_before: frozenset[str]
    accusative_endings: tuple[str, ...]
    adverbs: frozenset[str]

    def lookup(self, table: dict[str, int] | dict[str, str], surface: str):
        return table[" ".join(surface.split())]

    def macros(self) -> dict[str, str]:
        month = _alternation(self.months)
        # أيار/مايو، سبتمبر (أيلول)، غشت-أغسطس; the space before a closing bracket is the bracket's, never a trailing
        # one (a match ending in a space is one the windows, which end at a word, cannot see)
        # … and the news agencies' two names of one month side by side (يوليو تموز، مايو ايار): only the pairs of one
        # month, so that two months in a row of a list are never read as one
        pairs = _alternation(f"{a} {b}" for a, m in self.months.items() for b, n in self.months.items()
                             if m == n and a != b)
        double = rf"(?:{pairs}|(?:{month})(?:\s*(?:/|\(|-)\s*(?:{month})(?:\s*\))?)?)"
        w = self.words
        # a day in digits may carry the article (في الـ20 من أغسطس، normalized ال20 or ال 20)
        day = rf"(?:(?:ال\s?)?[0-3]?\d(?!\d)|{_alternation(self.ordinals)})"
        counts = _alternation([*w["span_count"], *("ال" + c for c in w["span_count"])])
        return {
            "MONTH": double,
            "HMONTH": _alternation(self.hijri_months),
            "DAY": day,
            "YEAR": r"(?:1[5-9]\d\d|20\d\d)(?!\d)",
            "YI": rf"(?:من\s+)?(?:ل|ب)?(?:{_alternation(w['year_intro'])})\s*",
            "ERA": rf"(?:\s?(?:{_alternation(w['era'])})(?![^\W_]))?",
            "HIJRI": rf"\s*(?:{_alternation(w['hijri'])})(?![^\W_])",
            "SEP": r"\s*(?:من\s+)?(?:شهر\s+)?",
            "WD": rf"(?:(?:يوم\s+)?\(?(?:{_alternation(self.weekdays)})\)?\s*،?\s*)?",
            "WEEKDAY": _alternation(self.weekdays),
            "PART": _alternation(w["part"]),
            "SEASON": _alternation(w["season"]),
            "SEASONDEF": _alternation(w["season_def"]),
            "QUARTER": _alternation(w["quarter"]),
            "DECADE": _alternation(self.decades),
            "CENT": _alternation([*w["century_prev"], *w["century_this"]]),
            "PRESENT": _alternation(w["present"]),
            "REL": _alternation(self.relative),
            # the paper's month and its neighbours (الشهر الجاري، الشهر الماضي), for a day named in one of them
            "RELMONTH": _alternation([phrase for phrase, r in self.relative.items()
                                      if r.unit == "month" and r.basis == "document"]),
            # the paper's month or year or the one before or after it, whose early, mid or late part may be named
            "RELPERIOD": _alternation([phrase for phrase, r in self.relative.items()
                                       if r.unit in ("month", "year") and r.basis == "document"]),
            "SPAN": _alternation([*w["span_unit"], *w["span_dual"]]),
            "SPANCOUNT": rf"(?:{counts}|(?:ال)?\d{{1,2}}(?!\d))",
            "SPANREL": _alternation([*w["span_past"], *w["span_future"]]),
            "AGOUNIT": _alternation(w["ago_unit"]),
            "AGOABOUT": _alternation(w["ago_about"]),
        }


def _table(name: str, key: str, value: str) -> dict[str, int]:
    return {normalize_key(r[key]): int(r[value]) for r in read_tsv_dicts(data_path("dates", name))}


def _with_bare_forms(table: dict[str, int]) -> dict[str, int]:
    """Decade words also appear without the article (ثمانينيات القرن الماضي)."""
    return table | {k[2:]: v for k, v in table.items() if k.startswith("ال")}


@cache
def vocabulary() -> Vocabulary:
    months = _table("months_cldr.tsv", "name", "month") | _table("months.tsv", "name", "month")
    words: dict[str, dict[str, str]] = {}
    for row in read_tsv_dicts(data_path("dates", "words.tsv")):
        words.setdefault(row["class"], {})[normalize_key(row["word"])] = row.get("value", "")
    relative = {
        normalize_key(r["phrase"]): RelativePhrase(r["basis"], r["unit"], int(r["offset"]))
        for r in read_tsv_dicts(data_path("dates", "relative.tsv"))
    }
    not_dates = read_tsv_dicts(data_path("dates", "not_dates.tsv"))
    return Vocabulary(
        months=months,
        hijri_months=_table("hijri_months.tsv", "name", "month"),
        ordinals=_table("ordinals.tsv", "word", "number"),
        weekdays=_table("weekdays.tsv", "word", "number"),
        decades=_with_bare_forms(_table("decades.tsv", "word", "decade")),
        words=words,
        relative=relative,
        quantity_after=frozenset(normalize_key(r["word"]) for r in not_dates if r["where"] == "after"),
        code_before=frozenset(normalize_key(r["word"]) for r in not_dates if r["where"] == "before"),
        accusative_endings=tuple(r["word"] for r in not_dates if r["where"] == "after_accusative"),
        adverbs=frozenset(normalize_key(r["word"]) for r in not_dates if r["where"] == "adverb"),
    )
