"""Fuzzing every stage that reads text: no exception, offsets inside the text, surfaces that match, and the
same output for the same input. Found failures live in tests/fuzz/regressions/ and are replayed here."""

from __future__ import annotations

import os
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
# Arabic-heavy characters: letters, harakat and other marks, tatweel, three digit scripts (ASCII, Arabic-Indic,
# extended/Persian), Persian and Urdu letter forms, bidi and zero-width controls, presentation forms, Arabic
# and Latin punctuation, spaces and newlines.
ARABIC_CHARS = (
    [chr(c) for c in range(0x0621, 0x064B)]  # letters
    + [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670"]  # marks, superscript alef
    + ["\u0640"]  # tatweel
    + list("0123456789") + [chr(c) for c in range(0x0660, 0x066A)] + [chr(c) for c in range(0x06F0, 0x06FA)]
    + list("\u06cc\u06a9\u06af\u067e\u0686\u0698\u06c0\u06d5\u0671")  # Persian/Urdu forms
    + list("\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2069\ufeff")  # bidi, zero-width
    + [chr(c) for c in range(0xFB50, 0xFB60)] + [chr(c) for c in range(0xFE70, 0xFE80)] + ["\ufdf2", "\ufefb"]
    + list("\u060c\u061b\u061f\u066a\u066b\u066c\u06d4.,;:!?()[]«»\"'-/–—") + [" ", " ", " ", "\n", "\t", "\u00a0"]
)
arabic_chars = st.text(alphabet=st.sampled_from(ARABIC_CHARS), max_size=160)
texts = st.one_of(arabic_soup, raw_text, arabic_chars)
# ALAQAT_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py  for a deeper run by hand.
SETTINGS = settings(max_examples=int(os.environ.get("ALAQAT_FUZZ_EXAMPLES", "120")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_everything(text: str) -> None:
    n = normalize(text)
    for start in range(0, len(n.text) + 1, 5):
        s, e = n.span_to_original(start, min(len(n.text), start + 7))
        assert 0 <= s <= e <= len(text)
    sentences = split_sentences(text)
    assert sentences == split_sentences(text)
    for sentence in sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    tokens = tokenize(n)
    assert tokens == tokenize(normalize(text))
    for token in tokens:
        assert 0 <= token.start <= token.stem_start <= token.end <= len(text)
        assert token.start < token.end
    dates = find_dates(text, "2021-06-15")
    assert [d.to_json() for d in dates] == [d.to_json() for d in find_dates(text, "2021-06-15")]
    for d in dates:
        assert text[d.start:d.end] == d.text
    doc = read_text(text, doc_id="fuzz") if text.strip() else None
    if doc is None:
        return
    analysis = default_pipeline().analyze(doc)
    for m in analysis.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for d in analysis.dates:
        assert text[d.start:d.end] == d.text
    events = [e.to_json() for e in analysis.events]
    assert events == [e.to_json() for e in extract_events(read_text(text, doc_id="fuzz"))]
    for e in events:
        if e.get("date_basis") == "explicit" and e.get("date_text"):
            assert e["date_text"] in text, e
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
