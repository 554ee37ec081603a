"""The date recognizer on a corpus of our own (tests/data/dates_cases.tsv), the seeds, and arbitrary text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alaqat.annotate.dates import find_dates

CASES = Path(__file__).parent / "data" / "dates_cases.tsv"


def load_cases() -> list[tuple[str, str | None, list[str]]]:
    with CASES.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        return [(r["text"], r["doc_date"] or None, [v for v in r["expected"].split(" | ") if v]) for r in reader]


def test_corpus_is_large_and_has_negatives():
    cases = load_cases()
    assert len(cases) >= 300
    assert sum(1 for _, _, expected in cases if not expected) >= 25


@pytest.mark.parametrize(("text", "doc_date", "expected"), load_cases())
def test_case(text, doc_date, expected):
    found = find_dates(text, doc_date)
    assert [d.value for d in found] == expected
    for d in found:
        assert text[d.start:d.end] == d.text


def test_basis_is_reported():
    found = find_dates("أقيمت العلاقات عام 1995 بعد الاستقلال في العام السابق. وأعلنت الوزارة أمس", "2021-05-05")
    assert [(d.value, d.basis) for d in found] == [("1995", "explicit"), ("1994", "narrative"),
                                                  ("2021-05-04", "document")]


SEED_EXPECTED = {
    # doc id -> (surface, value) pairs that must be found, by their text in the seed
    "002_3615f07de240bcce": [("28 مايو عام 1992", "1992-05-28"), ("سبتمبر عام 1997", "1997-09"),
                             ("عامي 1997", "1997"), ("1998", "1998"), ("مايو عام 1998", "1998-05"),
                             ("يناير عام 1992", "1992-01"), ("20 أبريل 1994", "1994-04-20"),
                             ("25-28 سبتمبر من عام 1994", "1994-09-25/1994-09-28"), ("عام 2000", "2000")],
    "001_8840b6b5297ca520": [("16 ديسمبر 1991", "1991-12-16"), ("ماي 1992", "1992-05"), ("دجنبر 1994", "1994-12"),
                             ("26 ماي 1992", "1992-05-26/.."), ("صيف عام 1990", "1990-22"), ("مايو عام 1992", "1992-05"),
                             ("أكتوبر عام 2001", "2001-10"), ("الخميس 9 دجنبر الجاري", "XXXX-12-09"),
                             ("الجمعة 30 أبريل 2021", "2021-04-30"), ("مارس 2021", "2021-03"), ("عام 2030", "../2030")],
    "000_15dcf04a551a1c37": [("عام 1995", "1995"), ("في العام السابق", "1994"), ("عام 2008", "2008"),
                             ("أيار/مايو 2025", "2025-05"), ("منتصف التسعينيات", "1995~/..")],
    "003_58ce39f488cf5b50": [("عام 1991", "1991"), ("عام 2009", "2009"), ("عام 2017", "2017"), ("عام 2014", "2014"),
                             ("في العام نفسه", "2014"), ("عام 2003", "2003/.."), ("عام 2023", "2023")],
    "004_95045ce95f73ec43": [("عام 2020", "2020"), ("10 أبريل 1992", "1992-04-10"), ("عام 2016", "2016"),
                             ("1992-الحاضر", "1992/..")],
}


def test_seed_dates(seeds):
    for doc_id, expected in SEED_EXPECTED.items():
        found = find_dates(seeds[doc_id])
        pairs = {(d.text, d.value) for d in found}
        for surface, value in expected:
            assert any(surface in text and v == value for text, v in pairs), (doc_id, surface, value, sorted(pairs))
        values = [d.value for d in found]
        assert "19" not in values and "2019" not in values  # كوفيد-19 is no date


ALPHABET = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ /-.،عامسنةمايوديسمبرشتنبرجانفيكانونالثانيهـرجبمنذحتىفيمنإلىو\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80), st.sampled_from([None, "2021-12-10"]))
def test_arbitrary_text_never_crashes_and_offsets_hold(text, doc_date):
    found = find_dates(text, doc_date)
    assert found == find_dates(text, doc_date)
    previous = 0
    for d in found:
        assert previous <= d.start < d.end <= len(text)
        assert text[d.start:d.end] == d.text
        previous = d.end


def test_a_few_weeks_ago_is_the_month_it_reaches_back_into():
    """منذ بضعة أسابيع، قبل أسابيع: a few weeks (up to four) before the paper, as months, like قبل أيام for days."""
    assert [d.value for d in find_dates("وقعت الدولتان معاهدة للحدود منذ بضعة أسابيع.", "2015-07-31")] == ["2015-07"]
    assert [d.value for d in find_dates("أبرم البلدان قبل أسابيع اتفاقا للصيد.", "2015-07-10")] == ["2015-06/2015-07"]


def test_a_day_of_the_papers_own_month_told_past_or_coming_is_the_nearest_such_day():
    """14 يوليو الماضي in a paper of 24 July 2015 is ten days back (the nuclear agreement's day), not a year; a
    day of the month yet to come in it is this year's when المقبل, the month alone a year away either way."""
    def value(text: str) -> list[str]:
        return [d.value for d in find_dates(text, "2015-07-24")]

    assert value("أبرم الطرفان الصفقة في 14 يوليو (تموز) الماضي.") == ["2015-07-14"]
    assert value("التفجير الذي وقع يوم 20 يوليو الماضي.") == ["2015-07-20"]
    assert value("الاتفاق الموقع في 30 يوليو الماضي.") == ["2014-07-30"]
    assert value("تعقد القمة في 28 يوليو المقبل.") == ["2015-07-28"]
    assert value("تعقد القمة في 20 يوليو المقبل.") == ["2016-07-20"]
    assert value("زار الوزير البلاد في يوليو الماضي.") == ["2014-07"]


def test_a_months_two_names_side_by_side_are_one_month():
    """The news agencies write a month's two names side by side (يوليو تموز، مايو ايار): one date, not a second
    one read from the other name (تموز الماضي, last year's July); two different months in a row stay apart."""
    assert [d.value for d in find_dates("وقعت الحكومة في الثالث من مايو ايار الماضي اتفاقا للتعاون.", "2015-07-21")] \
        == ["2015-05-03"]
    found = find_dates("التقى الوزيران يوم 16 يوليو تموز في جنيف.", "2015-07-21")
    assert [(d.text, d.value) for d in found] == [("16 يوليو تموز", "2015-07-16")]
    assert [d.value for d in find_dates("في كانون الأول ديسمبر 2014", "2015-07-21")] == ["2014-12"]
    assert [d.value for d in find_dates("بين مايو يونيو 2015", "2015-07-21")] == ["2015-06"]


def test_the_day_after_tomorrow_named_by_its_weekday_is_never_before_the_paper():
    """بعد غد الاثنين in a Tuesday paper is the Monday after, not the one before: a weekday told in the future is the
    next one (the annotation guide's reading)."""
    assert [d.value for d in find_dates("سيسافر الرئيس بعد غد الاثنين إلى واشنطن.", "2015-07-21")] == ["2015-07-27"]
    assert [d.value for d in find_dates("وصل الرئيس أمس الاثنين إلى واشنطن.", "2015-07-21")] == ["2015-07-20"]
