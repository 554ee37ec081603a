"""The date rules run only inside anchored windows; these tests hold that to a scan of the whole text."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alaqat.annotate.dates.patterns import needs_digit, parse, required_strings
from alaqat.annotate.dates.recognizer import _WORD, DateRecognizer
from alaqat.lang import data_path, read_tsv_dicts
from alaqat.normalize.text import NormalizedText, normalize
from alaqat.read import read_file

DATA = Path(__file__).parent / "data"
DEMO = Path(__file__).parents[1] / "alaqat" / "demo" / "corpus"
RECOGNIZER = DateRecognizer.load()


def _spans(candidates) -> list[tuple[int, int, int]]:
    return sorted((start, end, rank) for start, end, rank, _ in candidates)


def assert_same_candidates(text: str) -> None:
    norm = normalize(text).text
    assert _spans(RECOGNIZER._candidates(norm)) == _spans(RECOGNIZER._candidates(norm, [(0, len(norm))]))


def _texts() -> list[str]:
    with (DATA / "dates_cases.tsv").open(encoding="utf-8") as handle:
        cases = [row["text"] for row in csv.DictReader(handle, delimiter="\t")]
    rule_examples = [row.get("example", "") for row in read_tsv_dicts(data_path("dates", "rules.tsv"))]
    files = [*DEMO.glob("*.txt"), *(DATA / "events_general").glob("*.txt")]
    return [*cases, *filter(None, rule_examples), *(read_file(f).text for f in files)]


def test_windows_find_every_match_of_the_test_texts() -> None:
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        assert_same_candidates(text)


def test_windows_find_every_match_of_the_seeds(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        assert_same_candidates(text)


def test_windows_skip_text_without_anchors() -> None:
    assert RECOGNIZER.windows("بحث الوزيران سبل تعزيز التعاون بين البلدين") == []
    text = "وقع الجانبان اتفاقا في 5 مارس 2019 في أستانا"
    [(start, end)] = RECOGNIZER.windows(normalize(text).text)
    assert "5 مارس 2019" in text[start:end]
    assert "الجانبان" not in text[start:end] and "أستانا" not in text[start:end]


def test_every_rule_names_an_anchor() -> None:
    """A rule without a digit, a month, a decade, a weekday, a relative phrase or a season with its article could
    match outside windows."""
    anchors = re.compile(r"\\d|\{(?:MONTH|HMONTH|DECADE|WEEKDAY|REL|YEAR|PRESENT|SPAN:|SEASONDEF)")
    for row in read_tsv_dicts(data_path("dates", "rules.tsv")):
        assert anchors.search(row["pattern"]), row["name"]


@pytest.mark.parametrize(
    "text",
    ["السبعيناتوP ", "زار الوفد البلاد أمسوفي المساء", "في 5 مارس الماضيوفي عام 2020م", "وقع عام 2019وفي"],
)
def test_windows_keep_a_match_that_ends_before_a_glued_conjunction(text: str) -> None:
    assert_same_candidates(text)
    assert RECOGNIZER._candidates(normalize(text).text)


@pytest.mark.parametrize("text", ["الاولاغسطس ", "في الاولاغسطس 2015", "الاربعاءالخامس من مارس"])
def test_two_grammar_words_glued_by_a_typo_are_no_date(text: str) -> None:
    """Found by hypothesis: a rule's optional space let a full scan read الاولاغسطس; the windows never did."""
    assert_same_candidates(text)
    norm = normalize(text).text
    glued = re.search(r"الاول\S+|الاربعاء\S+", norm)
    assert glued
    assert not [c for c in RECOGNIZER._candidates(norm, [(0, len(norm))]) if c[0] < glued.end() and c[1] > glued.start()]


_GRAMMAR = sorted(RECOGNIZER._grammar_words)
_PIECES = st.one_of(
    st.sampled_from(_GRAMMAR),
    st.sampled_from(["و" + w for w in _GRAMMAR[:200]]),
    st.integers(0, 2100).map(str),
    st.sampled_from(["بحث", "الوفد", "x", "زيارة", "أستانا", "2020x", "م", "هـ", "_", "ـ", "٢٠١٩", "۱۴۴۰"]),
)
_GLUE = st.sampled_from([" ", " ", " ", "، ", "-", "/", ".", "\n", "(", ")", "", " و", "–"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), min_size=1, max_size=25))
def test_windows_agree_with_a_full_scan_on_random_date_like_text(parts: list[tuple[str, str]]) -> None:
    assert_same_candidates("".join(piece + glue for piece, glue in parts))


_MIXED = st.text(st.sampled_from([*map(chr, range(0x0600, 0x0700)), *"abcé09²①_ .-\n", "\u0966", "\U0001D7CE", "😀"]),
                 max_size=30)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_MIXED, st.sampled_from(["عربي", "abc", "2019", " "])), max_size=6))
def test_the_windows_cut_of_words_is_their_own_whatever_the_tokenizer_cut(parts: list[str]) -> None:
    """``find`` reads the windows' words off the tokenizer's cut where the two agree: never where they may not (a
    letter or a digit one takes and the other not, an Arabic word glued to a Latin one)."""
    text = "".join(parts)
    for ntext in (normalize(text), NormalizedText(text, text, None, frozenset())):  # as read, and as it stands
        assert RECOGNIZER._words(ntext) == re.split(f"({_WORD.pattern})", ntext.text)


def test_find_is_unchanged_on_a_long_document() -> None:
    text = "\n".join(read_file(f).text for f in sorted(DEMO.glob("*.txt")))
    found = RECOGNIZER.find(text, "2024-01-01")
    norm = normalize(text).text
    full = RECOGNIZER._select(RECOGNIZER._candidates(norm, [(0, len(norm))]))
    assert [(c[0], c[1]) for c in RECOGNIZER._select(RECOGNIZER._candidates(norm))] == [(c[0], c[1]) for c in full]
    assert len(found) > 20


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])


def test_a_double_month_ends_at_its_last_letter_or_its_bracket():
    """Found by hypothesis: غشت-غشت followed by a space was read with the space by a full scan and without it by the
    windows (the double form's optional closing bracket took the blank before it even with no bracket)."""
    assert_same_candidates("P والثلاثين غشت-غشت ")
    norm = normalize("في 3 سبتمبر (أيلول) 2015").text
    assert _spans(RECOGNIZER._candidates(norm))


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [(r"\d{4}", True), (r"عام\s+(?P<y>[0-9]{2,4})", True), (r"(?:\d+|الماضي)", False), (r"[^0-9]+", False),
     (r"\d*", False), (r"(?:1|2)\d?", True), (r"(?=\d)\w+", False), (r"[0-9x]", False)],
)
def test_a_rule_needs_a_digit_only_when_every_match_holds_one(pattern: str, needs: bool) -> None:
    """A window without a digit skips the rules that need one: only a digit on every path through the pattern
    may say so (an alternative, an optional part, a look-ahead or a mixed set says nothing)."""
    assert needs_digit(parse(re.compile(pattern))) is needs


def test_every_match_of_a_rule_that_needs_a_digit_holds_one() -> None:
    for text in _texts():
        norm = normalize(text).text
        for rule in RECOGNIZER.rules:
            if rule.needs_digit:
                for m in rule.regex.finditer(norm):
                    assert any(c.isdecimal() for c in m.group()) or not m.group(), (rule.name, m.group())


@pytest.mark.parametrize(
    ("pattern", "required"),
    [(r"\d{4}", None), (r"(?:مارس|ابريل)\s+\d+", {"مارس", "ابريل"}), (r"(?:شهر\s+)?(?:مارس|ابريل)", {"مارس", "ابريل"}),
     (r"(?<=في )امس", {"امس"}), (r"(?:في\s+)?العام\s+(?:الماضي|المقبل)", {"الماضي", "المقبل"}),
     (r"(?:امس)?", None), (r"(?:امس|\d+)", None), (r"(?i:abc)", None), (r"(?:ال)?(?:عام|سنه)", {"عام", "سنه"})],
)
def test_a_rule_requires_strings_only_when_every_match_holds_one(pattern: str, required: set[str] | None) -> None:
    """A window that holds none of a rule's required strings skips it: only a string on every path through the
    pattern may be required (an optional part, an alternative without one or a look-around says nothing)."""
    found = required_strings(parse(re.compile(pattern)))
    assert found == (frozenset(required) if required is not None else None)


def test_every_match_of_a_rule_holds_one_of_its_required_strings() -> None:
    rules = [rule for rule in RECOGNIZER.rules if rule.required]
    assert len(rules) > len(RECOGNIZER.rules) // 2
    for text in _texts():
        norm = normalize(text).text
        for rule in rules:
            for m in rule.regex.finditer(norm):
                assert any(s in m.group() for s in rule.required) or not m.group(), (rule.name, m.group())
