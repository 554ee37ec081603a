"""The normalizer maps every span back to the original surface, whatever it changed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from alaqat.normalize import normalize, normalize_key, split_sentences, tokenize
from alaqat.normalize.text import _normalize_char_by_char, _normalize_each_char, _rules

ARABIC_ALPHABET = (
    "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"  # letters
    "ًٌٍَُِّْٰ"  # marks
    "ـ"  # tatweel
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # digits
    "کیۀگپچژ"  # Persian forms
    "\u200c\u200d\u200e\u200f\u202b\u202c\u2067\u2069\ufeff\u00a0\u00ad"  # invisible marks
    "ﻻﷲﺍﺏ"  # presentation forms
    " .،؛؟!\n-«»0123456789abcXYZ"
)
arabic_text = st.text(alphabet=ARABIC_ALPHABET, max_size=200)


def test_letter_forms_fold_for_matching():
    assert normalize_key("إسرائيل") == normalize_key("اسرائيل")
    assert normalize_key("کازاخــستان") == "كازاخستان"
    assert normalize_key("العَلاقاتُ") == "العلاقات"
    assert normalize_key("مصطفى") == normalize_key("مصطفي")
    assert normalize_key("١٩٩٤") == normalize_key("۱۹۹۴") == "1994"
    assert normalize_key("عُمان\u200f") == "عمان"
    assert normalize_key("ﻻ") == "لا"
    assert normalize_key("OIC") == "oic"


def test_span_maps_to_original_surface_with_trailing_marks():
    original = "زيارةُ کازاخــستانَ في ١٩٩٧"
    n = normalize(original)
    word = "كازاخستان"
    start = n.text.index(word)
    s, e = n.span_to_original(start, start + len(word))
    assert original[s:e] == "کازاخــستانَ"
    y = n.text.index("1997")
    s, e = n.span_to_original(y, y + 4)
    assert original[s:e] == "١٩٩٧"


def test_invisible_marks_do_not_join_spans():
    original = "\u200fالعراق"
    n = normalize(original)
    s, e = n.span_to_original(0, len(n.text))
    assert original[s:e] == "العراق"


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_every_normalized_span_maps_inside_original(text):
    n = normalize(text)
    assert len(n.text) <= 18 * len(text)  # NFKC of a ligature such as ﷺ is at most 18 characters
    for start in range(0, len(n.text) + 1, 3):
        for end in range(start, min(len(n.text), start + 9) + 1, 2):
            s, e = n.span_to_original(start, end)
            assert 0 <= s <= e <= len(text)
            if end > start:
                # The original surface normalizes back to the normalized span (marks fold away).
                assert normalize(text[s:e]).text == n.text[start:end] or _expanded(text[s:e])


def _expanded(surface: str) -> bool:
    return bool(re.search("[\ufb50-\ufdff\ufe70-\ufefc]", surface))


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_tokens_and_sentences_point_into_original(text):
    n = normalize(text)
    for tok in tokenize(n):
        assert 0 <= tok.start <= tok.stem_start <= tok.end <= len(text)
        assert normalize(text[tok.start:tok.end]).text == tok.norm or _expanded(text[tok.start:tok.end])
    previous_end = 0
    for sent in split_sentences(text):
        assert previous_end <= sent.start < sent.end <= len(text)
        assert text[sent.start:sent.end] == text[sent.start:sent.end].strip()
        previous_end = sent.end


def test_normalization_is_deterministic():
    text = "وأعربت قيادة مملكة البحرين"
    assert normalize(text).text == normalize(text).text


def test_clitics_split_but_names_stay_whole():
    def seg(word):
        toks = tokenize(normalize(word))
        assert len(toks) == 1
        return toks[0].prefix, toks[0].stem

    assert seg("والعراق") == ("و", "العراق")
    assert seg("للعراق") == ("ل", "العراق")
    assert seg("بالمغرب") == ("ب", "المغرب")
    assert seg("لكازاخستان") == ("ل", "كازاخستان")
    assert seg("وكازاخستان") == ("و", "كازاخستان")
    assert seg("بغداد") == ("", "بغداد")
    assert seg("بيروت") == ("", "بيروت")
    assert seg("وزير") == ("", "وزير")
    assert seg("فرنسا") == ("", "فرنسا")


def test_sentences_cope_with_headings_abbreviations_and_glued_stops():
    text = "عنوان المقال\nبقلم: د. أحمد علي\nزار الوفد الرباط في 1994م. ثم عاد.وبعدها بدأ العمل؟ نعم 3.5 مليون."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == [
        "عنوان المقال",
        "بقلم: د. أحمد علي",
        "زار الوفد الرباط في 1994م.",
        "ثم عاد.",
        "وبعدها بدأ العمل؟",
        "نعم 3.5 مليون.",
    ]


def test_a_participle_of_saying_after_a_full_stop_carries_the_sentence_on():
    text = "أعربت الوزارة عن قلقها إزاء الوضع.. مؤكدةً دعمها للحكومة. وقال الوزير إن البلدين متفقان. مشيرا إلى الاتفاق."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == [
        "أعربت الوزارة عن قلقها إزاء الوضع.. مؤكدةً دعمها للحكومة.",
        "وقال الوزير إن البلدين متفقان. مشيرا إلى الاتفاق.",
    ]
    # a word that merely starts like one does not
    assert len(split_sentences("انتهى الاجتماع. مؤكدات الخبر كثيرة.")) == 2


def _hard_wrapped(paragraph: str, width: int) -> str:
    """``paragraph`` cut into lines of at most ``width`` characters at spaces, each line keeping its trailing space,
    the way some papers deliver their text."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = ""
        line += word + " "
    return "\n".join([*lines, line])


def test_a_hard_wrapped_sentence_is_one_sentence_and_reads_whole():
    sentence = ("التقى سمو أمير منطقة مكة المكرمة صباح الأحد في ديوان الإمارة بجدة سفير الأرجنتين المعين حديثا لدى "
                "المملكة وناقشا أوجه التعاون القائم بين البلدين الصديقين وآفاق توسيعه في ميادين التجارة والثقافة.")
    text = "عنوان قصير للخبر\n" + _hard_wrapped(sentence, 58) + "\nوفي خبر آخر افتتح المعرض."
    assert text.count("\n") >= 4
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert len(got) == 3 and got[0] == "عنوان قصير للخبر" and got[2] == "وفي خبر آخر افتتح المعرض."
    assert " ".join(got[1].split()) == sentence
    # the normalized text reads the wrap as a space, one space, and maps back exactly
    n = normalize(text)
    assert "امير منطقه مكه المكرمه" in n.text and "\n" in n.text
    at = n.text.index("امير منطقه")
    assert text[slice(*n.span_to_original(at, at + len("امير منطقه")))] == "أمير منطقة"


def test_lines_of_a_list_or_of_headings_keep_their_breaks():
    text = ("أخبار الاقتصاد المحلي والعالمي اليوم في سطور\n"
            "أخبار الرياضة المحلية والعالمية اليوم في سطور\n"
            "1 - افتتح الوزير المعرض الدولي للكتاب في الرياض أمس بحضور عدد\n"
            "2 - أعلنت الهيئة العامة للإحصاء أرقام التضخم لشهر يونيو الماضي أمس\n")
    assert len(split_sentences(text)) == 4


def test_runs_of_spaces_of_a_wrapped_text_read_as_one_and_map_back():
    lines = ["تسلم صاحب السمو الملكي الأمير سعود أمير منطقة  ", " الرياض صباح اليوم أوراق اعتماد القنصل الياباني ",
             "العام الجديد لدى المملكة   وتحدث معه عن أوجه التعاون ", "بين البلدين."]
    text = "\n".join(lines)
    n = normalize(text)
    assert "امير منطقه الرياض صباح" in n.text and "المملكه وتحدث" in n.text
    for word in ("الرياض", "وتحدث"):
        at = n.text.index(word)
        assert text[slice(*n.span_to_original(at, at + len(word)))] == word
    # an ordinary text keeps its one-to-one map (every later stage reads it without a search)
    assert normalize("قال  الوزير").text == "قال  الوزير"


@given(st.text(alphabet=ARABIC_ALPHABET + "".join(map(chr, _rules().table)), max_size=200))
@settings(max_examples=200, deadline=None)
def test_replacing_the_characters_a_text_holds_is_translating_it(text):
    """``_Rules.translate`` replaces the table's characters one after another: the same as ``str.translate``."""
    rules = _rules()
    assert rules.changed_re is not None
    assert rules.translate(text) == text.translate(rules.table)


@given(st.text(alphabet=ARABIC_ALPHABET + "ﻼﻵﷺ\ufe8d\u064e", max_size=200))
@settings(max_examples=200, deadline=None)
def test_a_text_with_presentation_forms_normalizes_as_character_by_character(text):
    """The slow path replaces each presentation form by its NFKC form and translates the text between them at once:
    the same text and map back as translating every character in turn."""
    rules = _rules()
    assert rules.one_to_one
    at_once, in_turn = _normalize_char_by_char(text, rules), _normalize_each_char(text, rules)
    assert (at_once.text, at_once.origin) == (in_turn.text, in_turn.origin)
