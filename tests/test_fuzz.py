"""Fuzzing every stage that reads text: no exception, offsets inside the text, surfaces that match, and the
same output for the same input. Found failures live in tests/fuzz/regressions/ and are replayed here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.checks import check_everything

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
SETTINGS = settings(max_examples=int(os.environ.get("ALAQAT_FUZZ_EXAMPLES", "120")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_every_stage_on_arbitrary_text(text):
    check_everything(text)


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_regressions(path):
    check_everything(path.read_text(encoding="utf-8"))
