"""Fuzzing every stage that reads text: no exception, offsets inside the text, surfaces that match, and the
same output for the same input. Found failures live in tests/fuzz/regressions/ and are replayed here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alaqat import extract_events, find_dates
from alaqat.normalize import normalize, split_sentences, tokenize
from alaqat.pipeline import default_pipeline
from alaqat.read import read_text

REGRESSIONS = sorted((Path(__file__).parent / "fuzz" / "regressions").glob("*.txt"))
WORDS = ["زار", "زيارة", "أقيمت", "العلاقات", "الدبلوماسية", "بين", "كازاخستان", "والبحرين", "إلى", "في",
         "عام", "1992", "مايو", "ماي", "دجنبر", "كانون", "الثاني", "السادس", "عشر", "من", "الرئيس", "نزارباييف",
         "وقع", "اتفاقية", "البلدين", "لم", "من المقرر", "منذ", "حتى", "هـ", "رجب", "1445", "25-28", "/", "،", ".",
         "\n", "؟", "ـ", "\u064e", "\u200f", "١٩٩٤", "۲۰۲۱", "ﻻ", "(", ")", "«", "»", "-"]
arabic_soup = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
raw_text = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Z", "S", "Cf"]),
                   max_size=120)
texts = st.one_of(arabic_soup, raw_text)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_everything(text: str) -> None:
    n = normalize(text)
    for start in range(0, len(n.text) + 1, 5):
        s, e = n.span_to_original(start, min(len(n.text), start + 7))
        assert 0 <= s <= e <= len(text)
    for sentence in split_sentences(text):
        assert 0 <= sentence.start < sentence.end <= len(text)
    for token in tokenize(n):
        assert 0 <= token.start < token.end <= len(text)
    dates = find_dates(text, "2021-06-15")
    assert [d.to_json() for d in dates] == [d.to_json() for d in find_dates(text, "2021-06-15")]
    for d in dates:
        assert text[d.start:d.end] == d.text
    doc = read_text(text, doc_id="fuzz") if text.strip() else None
    if doc is None:
        return
    analysis = default_pipeline().analyze(doc)
    for m in analysis.mentions:
        assert text[m.start:m.end] == m.text
    events = [e.to_json() for e in analysis.events]
    assert events == [e.to_json() for e in extract_events(read_text(text, doc_id="fuzz"))]
    for e in events:
        s, t = e["evidence"]["sentence"], e["evidence"]["trigger"]
        assert 0 <= s[0] <= t[0] < t[1] <= s[1] <= len(text)
        assert text[s[0]:s[1]] == e["evidence"]["text"]


@SETTINGS
@given(texts)
def test_every_stage_on_arbitrary_text(text):
    check_everything(text)


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_regressions(path):
    check_everything(path.read_text(encoding="utf-8"))
