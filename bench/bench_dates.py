"""alaqat's date recognizer against dateparser.search.search_dates(languages=['ar']) on our test corpus
(tests/data/dates_cases.tsv): exact EDTF accuracy and characters per second.

    python bench/bench_dates.py

dateparser returns datetimes, not EDTF: a case counts as exact for it when it finds as many dates as
expected and each, cut to the expected granularity (day, month or year), equals the expected value.
Intervals, seasons, decades, relative and Hijri values have no dateparser equivalent and count as misses.
"""

from __future__ import annotations

import csv
import re
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "dates_cases.tsv"
PLAIN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load():
    with CASES.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        return [(r["text"], r["doc_date"] or None, [v for v in r["expected"].split(" | ") if v]) for r in reader]


def dateparser_values(text: str, doc_date: str | None) -> list[datetime]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(doc_date)} if doc_date else {}
    found = search_dates(text, languages=["ar"], settings=settings) or []
    return [d for _, d in found]


def dateparser_exact(found: list[datetime], expected: list[str]) -> bool:
    if len(found) != len(expected) or not all(PLAIN.match(v) for v in expected):
        return False
    return all(d.isoformat()[: len(v)] == v for d, v in zip(found, expected, strict=True))


def main() -> None:
    from alaqat.annotate.dates import DateRecognizer

    cases = load()
    chars = sum(len(t) for t, _, _ in cases)
    recognizer = DateRecognizer.load()
    recognizer.find("تمهيد 2020")  # warm up like dateparser below
    started = time.perf_counter()
    ours = [[d.value for d in recognizer.find(t, dd)] for t, dd, _ in cases]
    ours_time = time.perf_counter() - started
    ours_exact = sum(got == exp for got, (_, _, exp) in zip(ours, cases, strict=True))
    warnings.simplefilter("ignore")
    dateparser_values("تمهيد 2020", None)  # load its language data before timing
    started = time.perf_counter()
    theirs = [dateparser_values(t, dd) for t, dd, _ in cases]
    theirs_time = time.perf_counter() - started
    theirs_exact = sum(dateparser_exact(got, exp) for got, (_, _, exp) in zip(theirs, cases, strict=True))
    n = len(cases)
    print(f"{n} cases, {chars} characters")
    print(f"alaqat:     exact EDTF {ours_exact}/{n} = {ours_exact / n:.1%}   {chars / ours_time:,.0f} chars/s")
    print(f"dateparser: exact      {theirs_exact}/{n} = {theirs_exact / n:.1%}   {chars / theirs_time:,.0f} chars/s")
    print(f"speed ratio: {(chars / ours_time) / (chars / theirs_time):.1f}x")
    long_text = "\n".join(t for t, _, _ in cases) * 20
    started = time.perf_counter()
    recognizer.find(long_text, "2020-01-01")
    print(f"alaqat on one {len(long_text):,}-char text: {len(long_text) / (time.perf_counter() - started):,.0f} chars/s")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
