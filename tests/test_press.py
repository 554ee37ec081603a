"""Reading daily news: modality from the verb, dates against the paper's date, what is no event, the home state,
and the real-press gold (SaudiNewsNet July 2015, read from ../shared at run time; those tests skip without it).

None of the corpus's text is in this file: the texts below are our own, and the gold is ids and offsets.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alaqat import extract_events
from alaqat.pipeline import default_pipeline
from alaqat.read import read_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import saudinewsnet  # noqa: E402

needs_corpus = pytest.mark.skipif(not saudinewsnet.available(), reason="../shared/corpora/saudinewsnet is absent")
DOC_DATE = "2015-07-22"  # a Wednesday


def brief(text: str, date: str | None = DOC_DATE, country: str | None = "SA", threshold: float | None = 0.0):
    doc = read_text(text, doc_id="t", date=date, country=country)
    events = default_pipeline().analyze(doc, min_confidence=threshold).events
    return [(e.type, {k: v for k, v in e.roles.items() if k not in ("level", "channel", "visitor", "kind")},
             e.modality, e.date) for e in events]


def modalities(got: list, etype: str) -> list[str]:
    """The modality of each event of one type in a ``brief`` result, in order."""
    return [e[2] for e in got if e[0] == etype]


def parties(got: list, etype: str) -> list:
    """The parties of each event of one type in a ``brief`` result, in order."""
    return [e[1]["parties"] for e in got if e[0] == etype]


def visit_sides(got: list) -> list[tuple[str, str]]:
    """(visitor_state, host_state) of each visit in a ``brief`` result."""
    return [(e[1]["visitor_state"], e[1]["host_state"]) for e in got if e[0] == "visit"]


def support_sides(got: list) -> list[tuple[str, str]]:
    """(source, target) of each support event in a ``brief`` result."""
    return [(e[1]["source"], e[1]["target"]) for e in got if e[0] == "support.expressed"]


# -- modality from the verb ------------------------------------------------------------------------------------------
def test_a_visit_on_a_coming_weekday_is_a_plan():
    got = brief("يزور الرئيس الفرنسي الرياض الثلاثاء المقبل لبحث العلاقات.")
    assert ("visit", {"visitor_state": "FR", "host_state": "SA"}, "planned", "2015-07-28") in got


def test_a_negation_reaches_no_act_told_in_a_relative_clause_between_commas():
    # the denial is of what follows أن; the talks are where the denier stood, told in passing
    got = brief("ونفى فابيوس، الذي تشدد خلال المحادثات مع إيران، أن يضر ذلك بالشركات.")
    assert modalities(got, "talks") == ["asserted"]
    # a relative clause closed before the trigger leaves it in the denial's reach
    closed = brief("ونفى الوزير الفرنسي، الذي وصل أمس، أن يكون قد التقى وزير الخارجية الإيراني.")
    assert modalities(closed, "talks") == ["negated"]


def test_denying_a_verb_of_stopping_abandoning_or_affecting_affirms_the_act_after_it():
    for text in ("وقال الناطق إن موسكو لن تتخلى يوما عن دعمها لسوريا.",
                 "وأكد الوزير أن القرار لن يؤثر على الدعم الكبير الذي تقدمه روسيا للحكومة السورية."):
        got = [e for e in brief(text) if e[0] == "support.expressed"]
        assert [(e[1]["source"], e[1]["target"], e[2]) for e in got] == [("RU", "SY", "asserted")], text
    # a visit told before and not announced is no visit denied
    got = brief("في جولة لم يعلن عنها مسبقا، بدأ وزير الخارجية الفرنسي أمس زيارة إلى بغداد.")
    assert modalities(got, "visit") == ["asserted"]
    # the denial of the act itself still denies it
    got = brief("ونفى الناطق أن تكون روسيا قد أكدت دعمها للحكومة السورية.")
    assert modalities(got, "support.expressed") == ["negated"]


def test_what_a_verb_of_denying_denies_follows_its_own_complementizer_after_a_relative_clause():
    got = brief("ونفى فابيوس الذي تشدد خلال المحادثات مع إيران أن يضر ذلك بالشركات.")
    assert modalities(got, "talks") == ["asserted"]
    got = brief("ونفى الوزير الذي وصل أمس إلى القاهرة أن يكون قد التقى نظيره الإيراني.")
    assert modalities(got, "talks") == ["negated"]


def test_a_present_verb_negated_by_la_negates_the_act_it_takes_as_object():
    got = brief("ويشكو اللاجئون الصوماليون من أنهم لا يتلقون المساعدات الموعودة من الأمم المتحدة في كينيا.")
    assert modalities(got, "aid") in ([], ["negated"])
    got = brief("وأوضح المتحدث أن البرنامج لا يشمل زيارة وزير الخارجية الياباني إلى القاهرة.")
    assert modalities(got, "visit") in ([], ["negated"])
    # لا تزال says the act goes on
    got = brief("ولا تزال المساعدات الكويتية تصل إلى اليمن عبر ميناء عدن.")
    assert modalities(got, "aid") == ["asserted"]


def test_a_participle_of_saying_after_a_negated_verb_opens_a_statement_of_its_own():
    got = brief("وأكد المتحدث أن موقف روسيا من الأزمة في سوريا لم يتبدل، مضيفا أن روسيا قدمت شتى أشكال الدعم إلى "
                "الشعب السوري.")
    assert ("support.expressed", {"source": "RU", "target": "SY"}, "asserted", None) in \
        [(t, {k: v for k, v in r.items() if k in ("source", "target")}, m, d) for t, r, m, d in got]


def test_a_weekday_alone_takes_the_tense_of_the_verb():
    future = brief("يلتقي وزير الخارجية عادل الجبير نظيره الأردني الثلاثاء في جدة.")
    past = brief("التقى وزير الخارجية عادل الجبير نظيره الأردني الثلاثاء في جدة.")
    assert [(m, d) for t, _, m, d in future if t == "talks"] == [("planned", "2015-07-28")]
    assert [(m, d) for t, _, m, d in past if t == "talks"] == [("asserted", "2015-07-21")]


def test_future_cues_make_plans_and_a_decision_is_no_act():
    assert brief("ومن المقرر أن يلتقي الرئيس المصري نظيره الفرنسي في باريس.")[0][2] == "planned"
    assert {m for t, _, m, _ in brief("وتحدث الوزيران عن زيارة مرتقبة للرئيس التونسي إلى الجزائر.")
            if t == "visit"} == {"planned"}
    assert brief("أعلنت أوزبكستان عزمها الانضمام إلى منظمة التعاون الإسلامي.")[0][2] == "intended"
    assert brief("نفت الحكومة الأردنية توقيع اتفاقية مع إيران.")[0][2] == "negated"


def test_a_postponed_act_is_still_to_come_and_a_cancelled_one_will_not_happen():
    sides = {"visitor_state": "FR", "host_state": "SA"}
    assert modalities(brief("تأجلت زيارة الرئيس الفرنسي إلى الرياض."), "visit") == ["planned"]
    assert modalities(brief("أرجأ الرئيس الفرنسي زيارته إلى الرياض إلى موعد لاحق."), "visit") == ["planned"]
    assert ("visit", sides, "negated", None) in brief("ألغى الرئيس الفرنسي زيارته إلى الرياض.")


def test_a_meeting_a_future_verb_announces_is_planned():
    # وسيلي الاحتفال اجتماع …، سيغادر … في زيارة يلتقي خلالها: the meeting is the future verb's subject or purpose
    got = brief("وسيلي الاحتفال اجتماع في وزارة الخارجية بين وزير الخارجية الأمريكي ونظيره الكوبي.")
    assert ("talks", {"parties": ["US", "CU"]}, "planned", None) in got
    got = brief("وستشهد القاهرة غدا اجتماعا بين وزير الخارجية المصري ونظيره السعودي.")
    assert modalities(got, "talks") == ["planned"]
    # سيكون in a clause before is no plan of the meeting told after it (not a cue)
    got = brief("أكد وزير الخارجية الأمريكي أن الطريق سيكون صعبا، خلال لقائه أمس نظيره الكوبي في واشنطن.")
    assert ("talks", {"parties": ["US", "CU"]}, "asserted", "2015-07-21") in got


def test_a_known_holders_surname_ends_his_name_after_a_title():
    """وزير الخارجية محمد ظريف جولته …: the surname the gazetteer knows for Iran's minister ends the name, so the
    noun after it (جولته) is no part of a stranger's name and the bare title is not the paper's own minister."""
    got = brief("يواصل وزير الخارجية محمد ظريف جولته في المنطقة، حيث بحث في مسقط العلاقات الثنائية.")
    assert [(e[0], e[1].get("parties") or e[1].get("visitor_state")) for e in got] == [("talks", ["IR", "OM"]),
                                                                                       ("visit", "IR")]


def test_talks_held_in_a_third_state_are_not_the_passages_pair_for_a_pair_word():
    """After a sentence on Iran and the six powers, بحث في الدوحة التعاون الثنائي: the bilateral cooperation is
    that of the visitor and the state the talks were held in, not of the pair the story began with."""
    text = ("قال الرئيس الإيراني إن بلاده انتصرت على مجموعة 5+1 في المفاوضات النووية. ويواصل وزير الخارجية الإيراني "
            "زيارته لدول مجلس التعاون، حيث بحث في الدوحة التعاون الثنائي وقضايا المنطقة مثل الأزمة في اليمن "
            "والعراق وسوريا.")
    assert [e[1]["parties"] for e in brief(text) if e[0] == "talks"] == [["IR", "QA"]]


def test_talks_told_during_the_meeting_just_told_are_that_meeting():
    """وعقب اجتماع جمعه أمس بنظيره …، بحثا خلاله …: the talks "during it" are yesterday's meeting, not a second one on
    the day another word of the sentence (اليوم) names."""
    text = ("وصل وزير الدفاع الأمريكي اليوم إلى أربيل. وعقب اجتماع جمعه أمس بنظيره العراقي في بغداد، بحثا خلاله "
            "تطوير التعاون الدفاعي بين البلدين، ينتظر أن يلتقي اليوم خلال جولته رئيس الإقليم الكردي.")
    got = brief(text, date="2015-07-24")
    assert [(e[1]["parties"], e[2], e[3]) for e in got if e[0] == "talks"] == [(["US", "IQ"], "asserted", "2015-07-23")]


def test_an_idea_a_role_to_play_and_antiquity_are_no_sports_story():
    """فكرة (ف + كرة)، للعب دور، منذ القدم: the words of a ball, of playing and of the foot have other senses in
    political news; only a game named in full (كرة القدم) makes a sports story."""
    got = brief("التقى وزير الخارجية الفرنسي نظيره المصري، وطرح فكرة عقد مؤتمر دولي للسلام.")
    assert [e[1]["parties"] for e in got if e[0] == "talks"] == [["FR", "EG"]]
    got = brief("التقى وزير الخارجية المصري نظيره الروسي وأكد أن علاقات البلدين راسخة منذ القدم.")
    assert [e[1]["parties"] for e in got if e[0] == "talks"] == [["EG", "RU"]]
    got = brief("أكد وزير الخارجية الأردني خلال لقائه نظيره الكويتي أن البلدين مؤهلان للعب دور إيجابي.")
    assert [e[1]["parties"] for e in got if e[0] == "talks"] == [["JO", "KW"]]
    assert brief("يلتقي فريق النادي الأهلي نظيره الأردني في بطولة كرة القدم العربية.") == []


def test_an_elected_government_is_no_national_team():
    """المنتخب names a national team, whose sentence is a sports story; after a holder or a body (الحكومة المنتخبة،
    الرئيس النيجيري المنتخب) it is the adjective "elected" and blocks nothing."""
    got = brief("أشاد وزير الخارجية التونسي بدعم المملكة للحكومة الليبية المنتخبة.")
    assert support_sides(got) == [("TN", "SA")]
    got = brief("هنأ خادم الحرمين الشريفين الرئيس النيجيري المنتخب بفوزه في الانتخابات.")
    assert support_sides(got) == [("SA", "NG")]
    assert brief("يلتقي المنتخب السعودي نظيره الأردني غدا في عمان.") == []


def test_the_imperfect_of_meeting_with_or_without_the_future_prefix_is_talks_planned():
    """يجتمع / سيجتمع: the imperfect of اجتمع announces a meeting to come, like يلتقي and سيلتقي."""
    got = brief("سيجتمع وزير الخارجية المصري مع نظيره الأردني غدا في عمان.")
    assert [(e[1]["parties"], e[2]) for e in got if e[0] == "talks"] == [(["EG", "JO"], "planned")]
    got = brief("يجتمع الرئيس التونسي بنظيره الجزائري الأسبوع المقبل.")
    assert [(e[1]["parties"], e[2]) for e in got if e[0] == "talks"] == [(["TN", "DZ"], "planned")]


def test_a_planned_visit_takes_the_day_a_later_sentence_names_it_again_with():
    """A visit planned for next week, then named again two sentences on with its day (والزيارة مقررة في 29 يوليو):
    the visit, and the meeting planned for it, take the day inside the week; a day outside the period planned is
    another matter and changes nothing."""
    text = ("أعلن وزير الخارجية الإيطالي أنه سيتوجه إلى أنقرة الأسبوع المقبل حيث سيلتقي الرئيس التركي. "
            "وقال الوزير إنه تلقى دعوة من نظيره. والزيارة مقررة في 29 يوليو بحسب مصادر دبلوماسية.")
    got = brief(text, date="2015-07-21")
    assert [(e[0], e[3]) for e in got if e[0] in ("visit", "talks")] == [("visit", "2015-07-29"),
                                                                          ("talks", "2015-07-29")]
    got = brief(text.replace("29 يوليو", "15 أغسطس"), date="2015-07-21")
    assert [(e[0], e[3]) for e in got if e[0] in ("visit", "talks")] == [("visit", "2015-07-27/2015-08-02"),
                                                                          ("talks", "2015-07-27/2015-08-02")]


def test_a_planned_visit_a_days_verb_speaks_of_does_not_take_that_day():
    # the plan is said after the noun (التي من المقرر); today is the day of the criticism, not of the visit
    got = brief("هاجمت الصحف المحلية اليوم الزيارة المقرر أن يجريها لطهران وزير الخارجية الفرنسي الأسبوع القادم.",
                country="IR")
    assert ("visit", {"visitor_state": "FR", "host_state": "IR"}, "planned", None) in got
    # a verb in the future tense keeps the day told before it
    got = brief("اليوم يزور وزير الخارجية الفرنسي طهران في زيارة تستغرق يومين.", country="IR")
    assert [(e[2], e[3]) for e in got if e[0] == "visit"] == [("asserted", "2015-07-22")]


def test_an_undated_act_takes_the_day_of_the_same_sides_act_told_just_before():
    text = ("أقامت المملكة وجمهورية ناميبيا علاقات دبلوماسية أمس في نيويورك. "
            "ووقع سفيرا البلدين في نيويورك اتفاقية إقامة العلاقات بين المملكة وناميبيا.")
    got = brief(text)
    assert [(e[3], e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [("2015-07-21", ["SA", "NA"])]
    # two sentences on, or between other sides, the story has moved on
    text = ("أقامت المملكة وجمهورية ناميبيا علاقات دبلوماسية أمس في نيويورك. وتحدث المندوب عن الاتفاقية. "
            "ووقع سفيرا البلدين في نيويورك اتفاقية إقامة العلاقات بين المملكة وناميبيا.")
    assert [e[3] for e in brief(text) if e[0] == "agreement.signed"] == [None]


def test_an_agreement_a_relative_clause_says_was_made_between_two_states():
    got = brief("وجاء فتح المعبر بعد الاتفاق الذي تم بين عمّان وبغداد الشهر الماضي.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["IQ", "JO"]]


def test_valuing_highly_is_praise_and_an_estimate_is_none():
    got = brief("وقدر رئيس الوزراء الأردني عاليا وقوف الكويت إلى جانب بلاده في أزمتها.")
    assert support_sides(got) == [("JO", "KW")]
    got = brief("وقدر وزير المالية الأردني خسائر الأردن بملياري دولار.")
    assert not [e for e in got if e[0] == "support.expressed"]


def test_a_word_of_support_takes_the_day_of_the_statement_it_was_said_in():
    got = brief("هنأ وزير الخارجية الأردني الشعب المغربي بعيد العرش، مؤكدا في تصريح له أمس عمق العلاقات بين البلدين.")
    assert [(e[1]["source"], e[3]) for e in got if e[0] == "support.expressed"] == [("JO", "2015-07-21")]
    text = ("أعرب رئيس البرلمان الأردني عن تضامنه مع الكويت في مواجهة الإرهاب. ورأى أن هذه الهجمات لا تخدم "
            "الاستقرار في المنطقة. وشدد النائب الأردني في تصريح له اليوم على وحدة مصير البلدين.")
    assert [e[3] for e in brief(text) if e[0] == "support.expressed"][:1] == ["2015-07-22"]
    # a day that names no statement is not the support's
    got = brief("هنأ وزير الخارجية الأردني الشعب المغربي بعيد العرش، وكان قد وصل أمس إلى عمّان.")
    assert [e[3] for e in got if e[0] == "support.expressed"] == [None]


def test_a_participation_told_after_its_meeting_takes_the_meetings_day():
    got = brief("ينطلق اليوم الاجتماع السنوي لمجلس محافظي الصندوق العربي للإنماء بمشاركة وزير المالية الكويتي.")
    assert [(e[1]["participant"], e[3]) for e in got if e[0] == "participation"] == [("KW", "2015-07-22")]


def test_a_meeting_between_two_officials_is_talks():
    got = brief("جرى أمس لقاء بين وزير الخارجية المصري ونظيره السعودي في القاهرة.")
    assert [(e[1]["parties"], e[2], e[3]) for e in got if e[0] == "talks"] == [(["EG", "SA"], "asserted", "2015-07-21")]
    assert not [e for e in brief("انتهى اللقاء بين الهلال والنصر بالتعادل.") if e[0] == "talks"]


def test_what_is_supposed_to_happen_is_planned():
    got = brief("ومن المفترض أن يشارك الرئيس الكيني في القمة الإقليمية في أديس أبابا.")
    assert modalities(got, "participation") == ["planned"]
    # a relative clause after it tells of its noun on its own terms: the agreement was signed
    got = brief("ومن المفترض أن يسمح الاتفاق الذي وقعته السعودية ومصر في 14 يوليو بزيادة التبادل التجاري.")
    assert [(e[2], e[3]) for e in got if e[0] == "agreement.signed"] == [("asserted", "2015-07-14")]


# -- dates against the paper's date ------------------------------------------------------------------------------
def test_document_relative_dates():
    cases = {"أمس": "2015-07-21", "أول من أمس": "2015-07-20", "اليوم": "2015-07-22", "أمس الاثنين": "2015-07-20",
             "الأحد الماضي": "2015-07-19", "في 14 يوليو": "2015-07-14"}
    for words, value in cases.items():
        got = brief(f"استقبل خادم الحرمين الشريفين {words} وزير الخارجية الفرنسي.")
        assert ("talks", {"parties": ["SA", "FR"]}, "asserted", value) in got, words


def test_a_present_tense_verb_with_a_weekday_or_a_month_is_to_come():
    # تغادر، تتوجه are imperfect verbs like يغادر: a weekday named with them is the next one, and a plan
    assert ("visit", {"visitor_state": "IT", "host_state": "SA"}, "planned", "2015-07-26") in brief(
        "تغادر وزيرة الخارجية الإيطالية إلى الرياض الأحد.")
    assert ("visit", {"visitor_state": "IT", "host_state": "SA"}, "planned", "2015-09") in brief(
        "تتوجه وزيرة الخارجية الإيطالية إلى الرياض في سبتمبر.")


def test_a_meeting_opened_closed_or_going_on_somewhere_is_hosted_there():
    assert ("hosting", {"host": "SA"}, "asserted", "2015-07-21") in brief(
        "اختتمت في الرياض أمس أعمال القمة الخليجية التشاورية.")
    assert ("hosting", {"host": "SA"}, "planned", "2015-07-23") in brief(
        "تبدأ أعمال القمة الخليجية التشاورية غدا في الرياض.")
    assert ("hosting", {"host": "FR"}, "asserted", "2015-07-21") in [
        (t, {k: v for k, v in r.items() if k == "host"}, m, d) for t, r, m, d in brief(
            "قال المنظمون إن الندوة الدولية للحوار بين الأديان اختتمت أمس في مدينة نانت الفرنسية أعمالها.")]
    # a national meeting, a campaign, a festival: no hosting of states
    assert not [e for e in brief("اختتمت في الرياض أمس أعمال المؤتمر الوطني للجودة.") if e[0] == "hosting"]
    assert not [e for e in brief("بدأت الحملة في الرياض أمس.") if e[0] == "hosting"]


def test_dates_of_letters_and_of_the_hijri_year():
    # a letter quoted with its date written day / month name / year; a Hijri day without its year, in the paper's
    # Hijri year (1436) as الماضي places it; the article before a day in digits
    assert ("talks", {"parties": ["YE", "SA"]}, "asserted", "2015-07-07") in brief(
        "بعث الرئيس اليمني رسالة إلى خادم الحرمين الشريفين بتاريخ 7 / يوليو /2015 م طلب فيها الدعم.")
    assert ("visit", {"visitor_state": "EG", "host_state": "SA"}, "asserted", "2015-05-05") in brief(
        "وصل وزير الخارجية المصري إلى الرياض في 16 من رجب الماضي.")
    assert ("visit", {"visitor_state": "EG", "host_state": "SA"}, "planned", "2015-08-03") in brief(
        "يصل وزير الخارجية المصري إلى الرياض في الـ 3 من أغسطس المقبل.")


def test_a_visit_takes_no_year_since_which_its_destination_has_been_so():
    got = brief("وتحدث رئيس الوزراء الهندي خلال زيارة إلى نيبال التي يحكمها التحالف نفسه منذ 1990 عن التعاون.")
    assert [e[3] for e in got if e[0] == "visit"] == [None]
    # a visit under way since a day did start on it
    got = brief("يواصل الرئيس الفرنسي زيارته إلى الرياض منذ أمس.")
    assert [e[3] for e in got if e[0] == "visit"] == ["2015-07-21/.."]


def test_the_year_an_instrument_was_signed_is_no_date_of_an_act_done_under_it():
    got = brief("واتفقت المملكة وجمهورية بنين على إقامة العلاقات الدبلوماسية استنادا إلى معاهدة فيينا الموقعة في "
                "عام 1961 وسعيا لتوثيق التعاون.")
    assert [e[3] for e in got if e[0] == "relations.established"] == [None]
    # a signing's own participle dates it
    got = brief("وقال الوزير إن الاتفاق بين إيران والولايات المتحدة المبرم في 14 يوليو الماضي صامد.")
    assert [e[3] for e in got if e[0] == "agreement.signed"] == ["2015-07-14"]


def test_a_signing_recalled_as_the_time_of_another_act_takes_none_of_its_date():
    got = brief("أبدت الولايات المتحدة اليوم انزعاجها من تصريحات المرشد الإيراني بعد توقيع الاتفاق النووي بين إيران "
                "والقوى الكبرى.")
    assert [e[3] for e in got if e[0] == "agreement.signed"] == [None]
    # told as the news itself, the signing keeps its day
    got = brief("وقعت السعودية ومصر أمس اتفاقية للتعاون في مجال النقل البحري.")
    assert [e[3] for e in got if e[0] == "agreement.signed"] == ["2015-07-21"]


def test_a_month_named_alone_takes_the_tense_of_the_verb():
    # the paper is of 22 July 2015: September told in the past is last year's, in the future this year's
    past = brief("زار وزير الخارجية الإيراني القاهرة في سبتمبر (أيلول) لبحث العلاقات.")
    plan = brief("يزور وزير الخارجية الإيراني القاهرة في سبتمبر (أيلول) لبحث العلاقات.")
    assert [(m, d) for t, _, m, d in past if t == "visit"] == [("asserted", "2014-09")]
    assert [(m, d) for t, _, m, d in plan if t == "visit"] == [("planned", "2015-09")]
    assert [d for t, _, _, d in brief("زار وزير الخارجية الإيراني القاهرة في شهر مارس.") if t == "visit"] == [
        "2015-03"]


def test_the_giver_of_aid_named_after_it():
    assert ("aid", {"donor": "org:UN", "recipients": ["YE"]}, "asserted", "2015-07-21") in brief(
        "وصلت أمس سفينة محملة بمساعدات إنسانية تابعة للأمم المتحدة إلى عدن.")
    assert [e[1] for e in brief("وصلت مساعدات طبية مقدمة من الكويت إلى اليمن.") if e[0] == "aid"] == [
        {"donor": "KW", "recipients": ["YE"]}]

    # a nisba after the aid word names the giver even when a preposition governs the noun: the army that benefits
    # from British aid gives nothing to Britain
    assert not [e for e in brief("واستفاد الجيش اللبناني من المساعدات البريطانية في تحصين الحدود.")
                if e[0] == "aid" and e[1]["donor"] == "LB"]
    assert [e[1] for e in brief("ووزعت في عدن كميات من المساعدات الإماراتية على الأسر اليمنية.") if e[0] == "aid"] == [
        {"donor": "AE", "recipients": ["YE"]}]


def test_an_interests_section_restored_as_an_embassy():
    got = brief("استعادت شعبة المصالح الليبية في تونس أمس وضع السفارة بعد سنوات من القطيعة.")
    assert ("mission.opened", {"sender": "LY", "host": "TN", "mission": "embassy"}, "asserted", "2015-07-21") in got
    got = brief("ورفع العلم على مقر البعثة الدبلوماسية الليبية في تونس التي استعادت وضع السفارة.")
    assert [e[1] for e in got if e[0] == "mission.opened"] == [{"sender": "LY", "host": "TN", "mission": "embassy"}]


def test_two_states_reopening_their_embassies_open_one_each_way():
    got = [e for e in brief("أعادت مصر وقطر الاثنين فتح سفارتيهما في القاهرة والدوحة.") if e[0] == "mission.opened"]
    assert sorted((e[1]["sender"], e[1]["host"], e[2], e[3]) for e in got) == [
        ("EG", "QA", "asserted", "2015-07-20"), ("QA", "EG", "asserted", "2015-07-20")]
    assert not [e for e in brief("وبعد سنوات من القطيعة أعيد فتح سفارتيهما.") if e[0] == "mission.opened"]


SIX_POWERS_AND_IRAN = ["IR", "US", "GB", "FR", "RU", "CN", "DE"]


def test_the_iran_nuclear_deal_is_one_instrument_with_its_known_parties():
    texts = ["وتراجعت أسعار النفط بعد توصل طهران لاتفاق نووي وسط مخاوف من تباطؤ الطلب في الصين.",
             "وتأتي الزيارة عقب الاتفاق النووي الذي أبرمته طهران والدول الكبرى قبل أسبوع.",
             "وكانت إيران ومجموعة 5+1 قد توصلت إلى اتفاق ينهي الخلاف حول الملف النووي."]
    for text in texts:
        signed = [e for e in brief(text) if e[0] == "agreement.signed"]
        assert [(sorted(e[1]["parties"]), e[1].get("instrument")) for e in signed] == [
            (sorted(SIX_POWERS_AND_IRAN), "instrument:jcpoa")], text
    # the six powers "that signed the agreement with them", in a story about the nuclear file
    signed = [e for e in brief("وتناول المقال الملف النووي. ووقعت إيران والدول الست الكبرى الاتفاق بعد سنوات.")
              if e[0] == "agreement.signed"]
    assert [e[1].get("instrument") for e in signed] == ["instrument:jcpoa"]
    # "the agreement" with two of its parties is the deal, not an agreement of those two; another one is another
    text = "وتناول المقال البرنامج النووي الإيراني. ورأى أن تطبيع فرنسا وإيران علاقاتهما ممكن بعد توقيع الاتفاق."
    assert [(sorted(e[1]["parties"]), e[1].get("instrument")) for e in brief(text) if e[0] == "agreement.signed"] == [
        (sorted(SIX_POWERS_AND_IRAN), "instrument:jcpoa")]
    text = "وتناول المقال البرنامج النووي الإيراني. ووقعت إيران وروسيا اتفاقية لبناء محطة كهرباء."
    assert [e[1] for e in brief(text) if e[0] == "agreement.signed"] == [{"parties": ["IR", "RU"]}]


def test_an_agreement_of_the_same_parties_made_before_the_nuclear_deal_is_another_one():
    # the interim deal of 2013 binds the same seven, but it came before the deal of July 2015
    got = brief("وكانت إيران والدول الست قد وقعت في جنيف في نوفمبر 2013 اتفاقا مؤقتا حول برنامجها النووي.")
    assert [(e[1].get("instrument"), e[3]) for e in got if e[0] == "agreement.signed"] == [(None, "2013-11")]
    # a span of days that holds the deal's day is compatible with it
    got = brief("وأعلنت إيران والدول الست الأسبوع الماضي توقيع الاتفاق النووي في فيينا.")
    assert [e[1].get("instrument") for e in got if e[0] == "agreement.signed"] == ["instrument:jcpoa"]


def test_a_visit_ruled_out_is_negated_and_talks_with_a_rebel_people_have_no_second_state():
    got = brief("واستبعد وزير الخارجية التركي في اللحظة الأخيرة زيارة الأردن.")
    assert modalities(got, "visit") == ["negated"]
    # the one partner acts for no state: the passage's pair does not stand in for it
    got = brief("وتحدث المقال عن العلاقات بين تركيا والعراق. وكان رئيس الوزراء التركي قد بدأ محادثات سلام مع الأكراد "
                "عام 2012 لكنها تعثرت بين الطرفين.")
    assert not [e for e in got if e[0] == "talks" and e[3] == "2012"]


def test_the_eus_high_representative_acts_for_the_eu_and_is_no_actress():
    got = brief("وعقد الوزير الأردني اجتماعا موسعا مع الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية في عمان.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["JO", "org:EU"]]


def test_women_poets_and_artists_of_two_states_are_no_sides_of_a_meeting():
    got = brief("حضر الشوق واللقاء في قصائد قرأتها خمس سيدات كويتيات وعمانيات في الأمسية.")
    assert not [e for e in got if e[0] == "talks"]


def test_an_act_asked_about_with_whether_is_no_claim_but_one_in_a_relative_clause_is():
    got = brief("ويريد الصحفيون معرفة ما إذا كان وزير الخارجية القطري قد زار إيران الشهر الماضي.")
    assert not [e for e in got if e[0] == "visit"]
    got = brief("وتساءل المحلل عما إذا كان الاتفاق الذي وقعته تونس مع الجزائر سيخفض الأسعار.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["DZ", "TN"]]


def test_who_reports_a_signing_is_no_party_to_it():
    got = brief("وقال وزير الخارجية الكويتي إن البرازيل والأرجنتين وقعتا في بوينس آيرس اتفاقية للطاقة.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["AR", "BR"]]
    # one side named after the report: the reporter's own state is the other
    got = brief("وأعلن وزير الخارجية الأردني أن بلاده وقعت مع العراق اتفاقية للنقل البري.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["IQ", "JO"]]


def test_a_law_a_president_signed_is_no_agreement():
    got = brief("وبموجب قانون وقعه الرئيس البرازيلي في مارس فإن أمام البرلمان شهرين لإقرار الاتفاقية مع الأرجنتين.")
    assert not [e for e in got if e[0] == "agreement.signed"]


def test_an_agreement_named_as_between_two_sides_is_theirs_alone():
    # "the (nuclear) agreement between A and B" names a concluded agreement, its parties those after بين
    for text in ["وانتقد نواب في برلين الاتفاق النووي بين إيران والدول الست أمام الصحفيين.",
                 "ورأى محللون أن الاتفاق بين إيران ومجموعة 5+1 سيخفض أسعار الطاقة."]:
        signed = [e for e in brief(text) if e[0] == "agreement.signed"]
        assert [(sorted(e[1]["parties"]), e[1].get("instrument")) for e in signed] == [
            (sorted(SIX_POWERS_AND_IRAN), "instrument:jcpoa")], text
    text = "وقال وزير الخارجية البرازيلي إن الاتفاقية بين بيرو وتشيلي ستنعش تجارة المنطقة."
    assert [sorted(e[1]["parties"]) for e in brief(text) if e[0] == "agreement.signed"] == [["CL", "PE"]]
    # Iran and all six powers, with no word of the nuclear file in the text, are still the nuclear deal's parties
    text = "وقال الخبير إن الاتفاق الذي أبرمته إيران مع الدول الست الكبرى سيغير سوق النفط."
    assert [e[1].get("instrument") for e in brief(text) if e[0] == "agreement.signed"] == ["instrument:jcpoa"]
    # without Iran in the document, a nuclear agreement is not that one
    other = [e[1] for e in brief("وقعت الهند وباكستان اتفاقا نوويا.") if e[0] == "agreement.signed"]
    assert other == [{"parties": ["IN", "PK"]}]


def test_a_call_told_with_the_verb_is_talks_by_phone():
    got = brief("اتصل الرئيس الأمريكي أمس بنظيره الصيني وشكره على دور بلاده.")
    assert ("talks", {"parties": ["US", "CN"]}, "asserted", "2015-07-21") in got
    assert not [e for e in brief("اتصل الوزير بالسفارة في الرياض.") if e[0] == "talks"]


def test_a_coordinated_verb_shares_the_subject_of_the_first():
    got = brief("هنأ الرئيس المصري نظيره التونسي بعيد الجمهورية، وهنأ ملك المغرب بعيد العرش، واستقبل وزير الخارجية الأردني.")
    pairs = {(e[0], e[1].get("source"), e[1].get("target"), tuple(e[1].get("parties", ()))) for e in got}
    assert ("support.expressed", "EG", "MA", ()) in pairs and ("talks", None, None, ("EG", "JO")) in pairs
    assert not [e for e in got if e[1].get("source") in ("TN", "MA")]
    # a diary whose subject is never said: the congratulated is nobody's subject
    got = brief("وفي صباح الأحد هنأ رئيس بلغاريا بعيد استقلال بلاده، والتقى الرئيس التركي.")
    assert not [e for e in got if e[0] == "talks" and "BG" in e[1].get("parties", ())]


def test_the_guest_of_an_invitation_told_by_its_noun_is_the_one_after_li():
    """نقل ولي العهد دعوة خادم الحرمين الشريفين للرئيس الروسي لزيارة …: the noun of inviting takes its inviter in the
    genitive (the King) and its guest after ل; the guest is the visitor, whatever the inviter's title."""
    got = brief("نقل ولي العهد دعوة خادم الحرمين الشريفين للرئيس الروسي لزيارة الرياض.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [
        ("RU", "SA", "proposed")]


def test_a_visit_that_an_invitation_proposes_is_proposed_and_planned_once_accepted():
    assert ("visit", {"visitor_state": "RU", "host_state": "SA"}, "proposed", None) in brief(
        "دعا الملك سلمان الرئيس الروسي لزيارة المملكة.")
    assert ("visit", {"visitor_state": "RU", "host_state": "SA"}, "planned", None) in brief(
        "قبل الرئيس الروسي دعوة الملك سلمان لزيارة المملكة.")
    assert ("visit", {"visitor_state": "TN", "host_state": "SA"}, "asserted", None) in brief(
        "وصل الرئيس التونسي إلى الرياض تلبية لدعوة من خادم الحرمين الشريفين.")
    # a call made during a meeting leaves the meeting asserted
    got = brief("ودعا الرئيس الصومالي خلال لقائه أمس مبعوث الأمم المتحدة الخاص إلى وقف القتال.")
    assert modalities(got, "talks") == ["asserted"]


def test_an_undated_sentence_takes_the_news_date_of_the_one_before():
    got = brief("وصل وزير الخارجية المصري إلى جدة أمس. واستقبله خادم الحرمين الشريفين وبحث معه العلاقات الثنائية.")
    assert ("talks", {"parties": ["EG", "SA"]}, "asserted", "2015-07-21") in got
    # background told with كان … قد, and a date weeks old, lend nothing
    got = brief("وصل وزير الخارجية المصري إلى جدة أمس. وكان الملك قد استقبل الرئيس التونسي في الرياض.")
    assert [e[3] for e in got if e[0] == "talks"] == [None]
    got = brief("أعلنت الوزارة في 2 يونيو الماضي خطتها. واستقبل الملك الرئيس التونسي في الرياض.")
    assert got and all(e[3] is None for e in got)
    # a year told beside the lead's day is background: the day still dates the news
    got = brief("دعا الرئيس التشادي أمس إلى إنهاء الحرب المستمرة منذ عام 2013 في المنطقة.\n"
                "وأوضح عقب محادثاته مع الرئيس النيجري أن الوضع خطير.")
    assert [e[3] for e in got if e[0] == "talks"] == ["2015-07-21"]


def test_praise_of_a_states_support_goes_to_that_state():
    for text in ("وثمن الرئيس اليمني دعم المملكة لليمن.",
                 "ونقل وزير الخارجية اليمني تحيات الرئيس اليمني وتقديره لمواقف المملكة تجاه اليمن.",
                 "وأعرب الرئيس اليمني عن تقديره لدعم المملكة لليمن."):
        assert {(e[1]["source"], e[1]["target"]) for e in brief(text) if e[0] == "support.expressed"} == {
            ("YE", "SA")}, text
    assert ("support.expressed", {"source": "SA", "target": "YE"}, "asserted", None) in brief(
        "أكدت السعودية دعمها لليمن.")


def test_a_plane_of_a_state_landing_is_no_visit():
    assert not [e for e in brief("وصلت إلى مطار المكلا أمس الطائرة الكويتية الثالثة محملة بالأدوية.") if e[0] == "visit"]
    assert [e[1] for e in brief("وصل إلى الرياض على متن الطائرة الرئاسية الرئيس المصري.") if e[0] == "visit"] == [
        {"visitor_state": "EG", "host_state": "SA"}]


def test_an_envoy_posted_to_the_host_is_no_visitor_but_a_minister_he_meets_is():
    assert not [e for e in brief("وحضر الحفل في جدة سفير الأردن لدى المملكة وأعضاء السفارة.") if e[0] == "visit"]
    assert not [e for e in brief("زار السفير الياباني لدى المملكة مدينة الدمام أمس.") if e[0] == "visit"]
    assert [e[1] for e in brief("وصل وزير الخارجية الأردني إلى جدة أمس وكان في استقباله سفير الأردن لدى المملكة.")
            if e[0] == "visit"] == [{"visitor_state": "JO", "host_state": "SA", "location": "place:jeddah"}]


def test_an_attache_in_the_capital_of_the_other_side_makes_no_visit_of_a_meeting():
    got = brief("عقد وزير الدفاع في مكتبه بجدة اجتماعا مع وزير الدفاع الكندي. وحضر الاجتماع الملحق العسكري السعودي "
                "في أوتاوا العميد فهد الحربي.")
    assert [e[1] for e in got if e[0] == "visit"] == [{"visitor_state": "CA", "host_state": "SA",
                                                       "location": "place:jeddah"}]


def test_cargo_arriving_first_in_its_clause_is_no_visit():
    for text in ("وصلت صباح أمس إلى مطار المكلا أول طائرة شحن إماراتية محملة بالمواد الطبية.",
                 "وصلت مساعدات كويتية جديدة إلى مدينة المكلا.",
                 "وبتوجيه من الأمير نقلت المساعدات إلى الميناء، ووصلت بحمد الله أمس ثاني سفينة إلى ميناء المكلا."):
        assert not [e for e in brief(text) if e[0] == "visit"], text
    got = brief("وصل وزير الخارجية الكويتي، أمس، إلى الدوحة على متن طائرة خاصة.")
    assert [e[1] for e in got if e[0] == "visit"] == [{"visitor_state": "KW", "host_state": "QA"}]


def test_relief_a_states_vehicle_carries_is_aid_though_no_word_of_aid_is_said():
    # a relief ship or plane, or one carrying food or medicine, of a state, to where it arrived or was sent
    for text, donor in (("رست في ميناء المكلا مساء أمس سفينة كويتية محملة بالأدوية والمواد الغذائية.", "KW"),
                        ("وصلت سفينة إغاثة قطرية إلى ميناء المكلا أمس وعلى متنها مواد غذائية.", "QA"),
                        ("سيرت الكويت أمس سفينة إغاثة ثالثة إلى المكلا.", "KW"),
                        ("أرسلت قطر أمس طائرة محملة بالأدوية إلى اليمن.", "QA")):
        got = brief(text)
        assert [(e[1]["donor"], e[1]["recipients"], e[3]) for e in got if e[0] == "aid"] == \
            [(donor, ["YE"], "2015-07-21")], text
    # the vehicle told before the place it landed at, as its subject, with the day it landed
    got = brief("وقال المسؤول إن الطائرة الكويتية الأولى التي هبطت الأحد في مطار المكلا؛ حملت مواد غذائية.")
    assert [(e[1]["donor"], e[1]["recipients"], e[3]) for e in got if e[0] == "aid"] == [("KW", ["YE"], "2015-07-19")]
    # a ship of food in a home port is trade, and a relief centre's name is no relief carried
    assert not [e for e in brief("وصلت إلى ميناء جدة أمس سفينة محملة بالمواد الغذائية.") if e[0] == "aid"]


def test_aid_a_states_plane_or_ship_carries_goes_where_it_arrived():
    got = brief("هبطت مساء أمس في مطار المكلا طائرة كويتية تحمل مساعدات طبية.")
    assert [e[1] for e in got if e[0] == "aid"] == [{"donor": "KW", "recipients": ["YE"]}]
    assert not [e for e in got if e[0] == "visit"]
    # a ship of nobody's state, or one an agency chartered, says nothing of who gives
    for text in ("رست أمس في ميناء المكلا باخرة يملكها برنامج الأغذية العالمي وعليها ألف طن من المساعدات.",
                 "قال الوزير في الرياض إن المدينة باتت تستقبل المساعدات الإنسانية من الدول الشقيقة."):
        assert not [e for e in brief(text) if e[0] == "aid" and e[1]["donor"] != "org:WFP"], text


def test_former_leaders_act_for_the_state_they_led_then():
    # a past president named with his title but no nisba acts for his state, not for the paper's home state
    got = brief("وفي عام 1985 التقى الرئيس رونالد ريغان ميخائيل غورباتشوف في جنيف.")
    assert [(sorted(e[1]["parties"]), e[3]) for e in got if e[0] == "talks"] == [(["SU", "US"], "1985")]
    got = brief("ويتذكر الدبلوماسيون زيارة المستشار هلموت كول إلى موسكو عام 1990.")
    assert visit_sides(got) == [("DE", "SU")]


def test_aid_on_a_plane_that_belongs_to_a_state_is_that_states():
    got = brief("وصلت صباح اليوم بمطار سيئون الدولي طائرة عسكرية تابعة لدولة قطر تحمل مساعدات إنسانية للشعب اليمني.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("QA", ["YE"])]


def test_relief_goods_two_planes_carry_and_aid_a_leader_ordered_have_their_giver():
    # two planes (a dual) of a state land with medical supplies: that state's aid to where they landed
    got = brief("وحطت الطائرتان القطريتان أمس في مطار المكلا وعلى متنهما أدوية ومستلزمات طبية للمستشفيات.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("QA", ["YE"])]
    # relief goods given by a state's agency are that state's aid
    got = brief("ووزعت الفرق مواد الإغاثة المقدمة من الهلال الأحمر الكويتي على اللاجئين في الصومال.")
    assert [e[1]["donor"] for e in got if e[0] == "aid"] == ["KW"]
    # aid given "on the directives of" a head of state: his state gives it
    got = brief("وجاءت الخطوة بتوجيهات من أمير قطر الشيخ تميم بن حمد بتقديم مساعدات عاجلة للشعب السوداني.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("QA", ["SD"])]


def test_a_comma_before_what_a_verb_governs_with_an_does_not_end_its_clause():
    """أعرب الوزير، عن …: the comma press puts after a subject or a date leaves عن with its verb."""
    got = brief("وأعرب وزير الخارجية الأردني، عن تقدير بلاده لدور الكويت في دعم اللاجئين.")
    assert support_sides(got) == [("JO", "KW")]
    got = brief("كشفت منظمة الأغذية والزراعة أمس، عن زيادة مساعداتها الغذائية للصومال.")
    assert [(e[1]["recipients"], e[3]) for e in got if e[0] == "aid"] == [(["SO"], "2015-07-21")]


def test_a_firm_named_by_what_it_trades_acts_for_no_state():
    """شركة السوق المالية الكويتية: the market is the firm's name, and the nisba after it the firm's, not Kuwait's."""
    assert not brief("ستنظم شركة السوق المالية الكويتية زيارات إلى لندن وباريس لجذب المستثمرين.")


def test_undated_aid_takes_the_day_its_plane_arrived():
    text = ("تنفيذا لأمر الملك بإرسال المساعدات العاجلة إلى الشعب الصومالي، وبتنسيق من مركز الإغاثة، هبطت صباح اليوم "
            "ثالث طائرة في مطار مقديشو وعلى متنها عشرون طنا من الأدوية.")
    assert [(e[1]["donor"], e[1]["recipients"], e[3]) for e in brief(text) if e[0] == "aid"] == [
        ("SA", ["SO"], DOC_DATE)]


def test_his_tour_or_trip_that_takes_in_states_is_a_visit_to_each():
    got = brief("استهل وزير الخارجية الماليزي أمس جولته الآسيوية التي تشمل اليابان وكوريا الجنوبية.")
    assert sorted(visit_sides(got)) == [("MY", "JP"), ("MY", "KR")]
    assert not brief("سجل المهاجم هدفين في جولته التدريبية مع ناديه في أستراليا.")


def test_a_season_without_a_year_is_dated_by_the_verbs_tense():
    got = brief("يزور الرئيس الكازاخستاني الرياض في الخريف.")
    assert [(e[2], e[3]) for e in got if e[0] == "visit"] == [("planned", "2015-23")]
    got = brief("زار الرئيس الكازاخستاني الرياض في الخريف.")
    assert [(e[2], e[3]) for e in got if e[0] == "visit"] == [("asserted", "2014-23")]


def test_a_place_with_another_states_adjective_lies_in_that_state():
    """إقليم كردستان الإيراني is in Iran: a visit there by Iran's president is no visit to Iraq."""
    assert not visit_sides(brief("ألقى الرئيس الإيراني خطابا أمس خلال زيارته لإقليم كردستان الإيراني."))
    assert visit_sides(brief("زار وزير الخارجية القطري إقليم كردستان العراق أمس.")) == [("QA", "IQ")]


def test_who_takes_part_is_named_right_after_the_verb_or_goes_on_unsaid():
    """تشارك طالبة … في مهرجان: a student, named after the verb, acts for no state; ويشارك في القمة goes on with the
    sentence before."""
    for text in ("أعلن وزير الثقافة السعودي برنامج الصيف أمس. وتشارك طالبة الهندسة بجامعة الملك سعود في مهرجان "
                 "الرياض للفنون.",
                 "وتشارك أربعون أسرة منتجة في معرض الحرف اليدوية بالدمام."):
        assert not [e for e in brief(text) if e[0] == "participation"], text
    got = brief("وصل الرئيس الغاني إلى أديس أبابا أمس. ويشارك في القمة الأفريقية.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["GH"]


def test_a_since_date_of_a_first_time_neither_dates_the_sentence_nor_keeps_the_leads_day_from_it():
    text = ("وصل وزير الخارجية الكوبي أمس إلى مكسيكو. وأجرى الوزير الذي يقوم بأول جولة في المكسيك لمسؤول كوبي "
            "منذ 1959 محادثات مع نظيره المكسيكي.")
    assert [(e[0], e[3]) for e in brief(text)] == [("visit", "2015-07-21"), ("talks", "2015-07-21")]


def test_an_undated_lead_takes_the_day_of_the_report_after_it():
    text = ("أبدت تونس انشغالها بما يجري في لبنان، وجددت دعمها التام للحكومة اللبنانية. وقال المتحدث باسم "
            "الخارجية التونسية في بيان له اليوم إن بلاده تتابع الوضع عن كثب.")
    assert [(e[1]["source"], e[1]["target"], e[3]) for e in brief(text) if e[0] == "support.expressed"] == [
        ("TN", "LB", DOC_DATE)]


def test_a_news_date_set_off_by_a_comma_before_the_object_is_still_the_acts():
    sent = ("أرسلت هيئة الهلال الأحمر الإماراتي أمس، عشر شاحنات تحمل مساعدات غذائية إلى الشعب الليبي. "
            "أجرى رئيس الوزراء المغربي في مكتبه بالرباط اليوم، محادثات مع نظيره التونسي.")
    got = brief(sent)
    assert ("aid", "2015-07-21") in [(e[0], e[3]) for e in got]
    assert ("talks", DOC_DATE) in [(e[0], e[3]) for e in got]
    # a comma before reported speech ends the saying's date: what is said is dated by nothing of its own
    said = brief("قال وزير الخارجية المغربي أمس، إن بلاده أرسلت مساعدات غذائية إلى الشعب الليبي.")
    assert [e[3] for e in said if e[0] == "aid"] == [None]


def test_what_was_discussed_during_the_reception_is_that_meetings_claim_and_day():
    text = ("قال متحدث حكومي إن بلاده تتابع الأوضاع عن كثب. واستقبل رئيس الوزراء الإيطالي في مكتبه بروما أمس وزير "
            "الخارجية التونسي. كما استقبل رئيس غرفة التجارة. وجرى خلال الاستقبال بحث الموضوعات ذات الاهتمام المشترك "
            "بين البلدين الصديقين.")
    assert [(e[1]["parties"], e[3]) for e in brief(text) if e[0] == "talks"] == [(["IT", "TN"], "2015-07-21")]


def test_a_noun_ending_in_ta_marbuta_is_no_verb_with_a_pronoun():
    # وزارة (ministry) and إشادة (praise) fold to the spelling of وزاره (and visited him) and أشاده (praised him)
    assert brief("وقال متحدث باسم وزارة الخارجية الكورية إن المقارنة بين بلاده وإيران غير منطقية.") == []
    assert brief("وأنهى رئيس الوزراء التونسي مهام وزير الفلاحة وألحق وزارته بوزارة البيئة.") == []
    assert visit_sides(brief("وصل الوزير الأردني إلى الرياض وزاره الملك في مقر إقامته.")) == [("JO", "SA")]


def test_an_island_or_province_unknown_by_name_lies_in_the_state_of_its_adjective():
    got = brief("وتوجه وفد تونسي اليوم إلى جزيرة بانتيليريا الإيطالية لمتابعة أوضاع المهاجرين.")
    assert visit_sides(got) == [("TN", "IT")]


def test_a_state_described_as_non_nuclear_has_not_given_anything_up():
    assert brief("ورأى الكاتب أن مواجهة كوبا وهي دولة غير نووية أسهل من مواجهتها نووية.") == []
    assert [e[1]["state"] for e in brief("وتعهدت منغوليا بأن تبقى دولة غير نووية.") if e[0] == "disarmament"] == ["MN"]


def test_a_congratulation_received_goes_from_its_sender_to_the_receiver():
    got = brief("تلقى الرئيس التونسي برقية تهنئة من نظيره الجزائري بمناسبة عيد الجمهورية.")
    assert support_sides(got) == [("DZ", "TN")]
    # support a movement receives from a state (حزب … يتلقى الدعم من إيران) is no support between states
    assert brief("وأكد أن حزب العمال يتلقى الدعم المادي من إيران.") == []


def test_a_reception_told_with_a_comma_after_its_day_and_in_the_presidential_palace_is_a_visit():
    got = brief("استقبل الرئيس السنغالي في قصر الرئاسة بدكار اليوم، وزير الخارجية المغربي.")
    assert visit_sides(got) == [("MA", "SN")]
    assert [(e[1]["parties"], e[3]) for e in got if e[0] == "talks"] == [(["SN", "MA"], DOC_DATE)]
    # a comma before و still ends the clause: what follows is another act
    assert visit_sides(brief("وصل الوزير الأردني إلى الرياض أمس، وكان في استقباله وزير الخارجية.")) == [("JO", "SA")]


def test_a_state_passed_through_is_no_side_of_a_visit():
    got = brief("وصل الرئيس الموريتاني إلى الخرطوم عبر مصر في زيارة رسمية.")
    assert visit_sides(got) == [("MR", "SD")]


def test_where_a_story_was_filed_or_an_accord_reached_is_no_party_to_it():
    filed = brief("رويترز- الدوحة (قطر): وقع يوم السبت ممثلو فصائل صومالية متنازعة على اتفاق لوقف إطلاق النار.")
    assert [e[1]["parties"] for e in filed if e[0] == "agreement.signed"] == []
    reached = brief("وتواصلت المفاوضات حتى الفجر بجنيف قبل التوصل إلى اتفاق الإطار بين إيران والقوى الكبرى.")
    assert all("CH" not in e[1].get("parties", []) for e in reached)


def test_a_plan_for_tomorrow_named_by_its_weekday_keeps_that_day_in_a_paper_filed_late():
    # the paper is dated Friday 24 July; "tomorrow, Thursday" was written on the Wednesday before
    got = brief("يغادر وزير الخارجية يوم غد الخميس إلى المغرب في زيارة رسمية.", date="2015-07-24")
    assert [(e[2], e[3]) for e in got if e[0] == "visit"] == [("planned", "2015-07-23")]


def test_states_joined_as_the_subject_give_aid_together_and_to_help_names_the_recipient():
    got = brief("وكانت هولندا والسويد والنرويج قد خصصت مساعدات إضافية لمساعدة الأردن في إيواء اللاجئين.")
    assert [(sorted(e[1]["donor"]), e[1]["recipients"]) for e in got if e[0] == "aid"] == [
        (["NL", "NO", "SE"], ["JO"])]
    # words with no و between do not join a giver to the subject (للشعب الليبي الشقيق أمر الوزير …)
    single = brief("ودعما للشعب الليبي الشقيق أمر وزير الدفاع الإماراتي بإرسال مساعدات طبية إلى ليبيا.")
    assert [e[1]["donor"] for e in single if e[0] == "aid"] == ["AE"]


def test_the_lead_dates_the_sentence_after_it_even_when_it_holds_no_event_of_ours():
    # the lead receives someone not known to act for a state: no event there, but its day is the meeting's
    meeting = "وناقش الجبير مع المسؤول الأممي سبل الإسراع في إيصال المساعدات إلى ليبيا."
    lead = "استقبل وزير الخارجية عادل الجبير أمس منسق الشؤون الإنسانية الإقليمي لليبيا. "
    assert [e[3] for e in brief(lead + meeting) if e[0] == "talks"] == ["2015-07-21"]
    # a lead that only reports speech dates the saying, not what follows
    said = "قال وزير الخارجية عادل الجبير أمس إن بلاده ترحب بالمبادرة. "
    assert [e[3] for e in brief(said + meeting) if e[0] == "talks"] == [None]


def test_those_named_after_with_the_participation_of_take_part():
    got = brief("افتتح في جنيف أمس المؤتمر الدولي للمانحين بمشاركة وزراء خارجية النرويج والسويد وفنلندا.")
    assert [(e[1]["participant"], e[1].get("location")) for e in got if e[0] == "participation"] == [
        ("NO", "place:geneva"), ("SE", "place:geneva"), ("FI", "place:geneva")]
    # the paper's own officials at a meeting at home are domestic news
    assert not brief("عقد اجتماع اللجنة المنظمة للمؤتمر بمشاركة مسؤولي وزارة الثقافة.")


def test_a_state_discussed_after_their_meeting_is_no_party_to_it():
    """اجتماعهم … سبل دعم تونس: Tunisia is what the ministers discuss; لقائه الرئيس المصري still meets Egypt."""
    assert not brief("يتدارس وزراء خارجية الاتحاد الأوروبي غدا أثناء اجتماعهم الدوري في بروكسل طرق تعزيز دعم الأردن "
                     "لاستقبال اللاجئين.")
    got = brief("وأكد وزير الخارجية الأردني خلال لقائه الرئيس المصري أهمية العلاقات.")
    assert parties(got, "talks") == [["JO", "EG"]]


def test_a_state_an_agreement_is_about_is_no_party_to_it():
    got = brief("وقع وزيرا خارجية مصر والسودان أمس اتفاقا حول إثيوبيا.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["EG", "SD"]]


def test_as_also_opens_another_act_of_the_same_subject():
    """، كما استقبل …: the King received the second guest too; كما التقى وزراء خارجية … و… و…: one object, three
    states, all met by the sentence's subject."""
    got = brief("استقبل خادم الحرمين الشريفين رئيس وزراء ماليزيا، كما استقبل وزير خارجية البرتغال.")
    assert sorted(e[1]["parties"] for e in got if e[0] == "talks") == [["SA", "MY"], ["SA", "PT"]]
    got = brief("التقى وزير الخارجية الأردني في بروكسل رئيس المفوضية الأوروبية، كما التقى وزراء خارجية هولندا "
                "وبلجيكا ولوكسمبورغ.")
    assert parties(got, "talks") == [["JO", "org:EU"], ["JO", "NL", "BE", "LU"]]


def test_an_agreement_with_rebels_has_no_state_for_its_other_side():
    text = "وصل وفد يوناني إلى الخرطوم أمس. وفي عام 2005 جرى توقيع اتفاق سلام بين الحكومة السودانية والمتمردين."
    assert not [e for e in brief(text) if e[0] == "agreement.signed"]


def test_a_commitment_to_join_is_no_accession():
    """التزمت … بالانضمام: a state that committed itself to join has not joined (as قرار … بالانضمام)."""
    got = brief("وفي عام 1993 وقعت أوكرانيا على البروتوكول، والتزمت بموجبه بالانضمام إلى معاهدة عدم انتشار الأسلحة "
                "النووية.")
    assert [(e[1]["member"], e[2]) for e in got if e[0] == "membership.joined"] == [("UA", "planned")]


def test_a_group_of_states_named_near_a_visit_is_no_side_of_it():
    for text in ("وغابريال هو أهم مسؤول غربي يزور طهران منذ توقيع الاتفاق بين إيران والقوى الكبرى.",
                 "وتجيء هذه الزيارة عقب إبرام الاتفاق بين القوى الكبرى وطهران الشهر الماضي."):
        assert not [e for e in brief(text) if e[0] == "visit"], text


def test_where_a_traveller_came_from_is_not_visited():
    assert not [v for v in visit_sides(brief("أعلن الوزير أن فريقا فنيا وصل من الكويت لإصلاح مطار المكلا."))
                if v[1] == "KW"]
    got = brief("وصل وزير الخارجية الكويتي إلى القاهرة أمس قادما من عمّان.")
    assert visit_sides(got) == [("KW", "EG")]
    got = brief("واستهل الوزير الإيراني أمس جولة شملت كلا من الكويت وقطر.")
    assert sorted(visit_sides(got)) == [("IR", "KW"), ("IR", "QA")]


def test_pointing_out_is_no_praise_and_a_brand_is_no_form_of_the_verb():
    assert brief("نوّه رئيس اللجنة الأردنية إلى أن خزانات الميناء بمدينة العقبة تستقبل شحنة من الوقود الإماراتي.",
                 threshold=0.0) == []
    assert [e[0] for e in brief("نوه وزير الخارجية المصري بالدور الذي تقوم به الكويت.")] == ["support.expressed"]
    # نوت (a product's name) is no نوه with a ta marbuta
    assert brief("وتطرح الشركة جهاز نوت الجديد بتقنية حديثة في الولايات المتحدة الشهر المقبل.", threshold=0.0) == []


def test_praise_received_goes_from_the_one_after_min_to_the_receiver():
    got = brief("وحظيت مصر بإشادة من الرئيس الفرنسي على جهودها.")
    assert support_sides(got) == [("FR", "EG")]
    assert not brief("وكان المشروع الخاص بمياه الأردن قد حظي بإشادة من الوزير البريطاني.")


def test_the_channel_of_talks_is_their_own_not_another_acts_of_the_sentence():
    got = default_pipeline().analyze(read_text("واستقبل خادم الحرمين الشريفين أمس رئيس وزراء ماليزيا، وتلقى رسالة "
                                               "خطية من أمير قطر.", doc_id="t", date=DOC_DATE, country="SA"),
                                     min_confidence=0.0).events
    assert [e.roles["channel"] for e in got if e.type == "talks" and "MY" in e.roles["parties"]] == ["meeting"]


def test_praise_of_you_in_a_letter_goes_to_the_one_addressed():
    got = brief("أتقدم إليكم يا فخامة الرئيس الفرنسي بالشكر على ما قدمته بلادكم لتونس، مثمنا لكم دعمكم للشعب التونسي.")
    assert support_sides(got) == [("TN", "FR")]


def test_a_state_named_in_a_quotation_is_not_the_subject_after_it():
    got = brief("وقال وزير الدفاع الكندي \"سنقف مع أصدقائنا في مواجهة نشاط روسيا\"، كما أعلن خلال زيارته الأسبوع الماضي "
                "إلى بولندا.")
    assert visit_sides(got) == [("CA", "PL")]


def test_people_counted_or_named_by_their_status_act_for_no_state():
    for text in ("وقال المسؤول إن 120 بريطانيا توجهوا إلى العراق العام الماضي.",
                 "وتوجه آلاف اللاجئين السوريين إلى ألمانيا."):
        assert not [e for e in brief(text) if e[0] == "visit"], text
    got = brief("ووقعت فرنسا وألمانيا اتفاقا لتدريب معارضين ليبيين في فرنسا.")
    assert parties(got, "agreement.signed") == [["FR", "DE"]]


def test_an_organizations_officials_do_not_visit_its_seat():
    got = brief("استقبل الرئيس المصري بمقر الرئاسة في القاهرة مساء أمس الأمين العام لجامعة الدول العربية.")
    assert [e[1] for e in got if e[0] == "talks"] == [{"parties": ["EG", "org:LAS"]}]
    assert not [e for e in got if e[0] == "visit"]


def test_condemning_what_was_said_against_a_state_is_support_for_it():
    got = brief("استنكرت الأمانة العامة لجامعة الدول العربية تصريحات المسؤول الإيراني ضد البحرين.")
    assert [(e[1]["source"], e[1]["target"], e[2]) for e in got if e[0] == "support.expressed"] == [
        ("org:LAS", "BH", "asserted")]
    got = brief("وأعرب وزير الخارجية الأردني عن رفضه للتصريحات التي اتهم فيها المسؤول العراقي الكويت بدعم الإرهاب.")
    assert support_sides(got) == [("JO", "KW")]
    # a state rebuking what was said against itself, or a verdict quoted, backs nobody
    assert not [e for e in brief("أدانت الكويت التصريحات الإيرانية تجاه الكويت المخالفة لميثاق الأمم المتحدة.")
                if e[0] == "support.expressed"]
    assert not [e for e in brief("واستنكرت شخصيات أردنية التصريحات، معتبرة إياها «تقربا من إيران».")
                if e[0] == "support.expressed"]
    # أعرب … عن: what is expressed is the word after عن, not a دعم further on
    assert not [e for e in brief("أعرب الوزير المصري عن قلقه من تقارير عن دعم جهات للمتمردين في ليبيا.")
                if e[0] == "support.expressed"]


def test_a_coordinated_act_that_is_no_event_ends_the_partners_of_the_one_before():
    got = brief("تلقى الرئيس التونسي اتصالا هاتفيا من ملك المغرب، وبعث برقية تعزية لرئيس مالي.")
    assert parties(got, "talks") == [["TN", "MA"]]
    got = brief("بحث الرئيس المصري مع نظيره التونسي، والعاهل الأردني الأوضاع في المنطقة.")
    assert parties(got, "talks") == [["EG", "TN", "JO"]]


def test_the_papers_own_head_of_state_is_the_unsaid_subject_of_his_diary():
    got = brief("وفي يوم الأحد استقبل خادم الحرمين الشريفين وزراء الزراعة بدول مجلس التعاون، وهنأ حاكم عام كندا بذكرى "
                "اليوم الوطني لبلاده.")
    assert support_sides(got) == [("SA", "CA")]


def test_the_object_of_a_diarys_unsaid_subject_is_not_carried_as_the_next_subject():
    diary = ("استقبل خادم الحرمين الشريفين وزير الداخلية. وفي يوم الاثنين هنأ رئيس جمهورية فنلندا بذكرى استقلال "
             "بلاده. وفي يوم الثلاثاء أجرى مباحثات رسمية مع رئيس وزراء ماليزيا.")
    assert [e[1]["parties"] for e in brief(diary) if e[0] == "talks"] == [["SA", "MY"]]


def test_a_visit_told_as_the_time_of_another_act_is_to_where_that_act_is():
    got = brief("وستقام في مدريد مراسم توقيع الاتفاق خلال زيارة لوزير الخارجية الياباني مرتقبة الشهر المقبل.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [
        ("JP", "ES", "planned")]


def test_a_planned_act_does_not_take_a_day_already_past():
    got = brief("افتتحت البعثة الكندية في طهران أمس على أن يرفع العلم خلال زيارة لوزير الخارجية الكندي مرتقبة.")
    assert [(e[2], e[3]) for e in got if e[0] == "visit"] == [("planned", None)]


def test_my_visit_is_the_speakers():
    got = brief("وقال وزير الخارجية الأمريكي إنه خلال زيارتي للقاهرة التقيت الرئيس.")
    assert visit_sides(got) == [("US", "EG")]


def test_a_firm_named_in_quotes_keeps_its_nisba():
    got = brief('وتوصلت هيئة الطيران المدني إلى اتفاق مع شركة "بلو سكاي" الأمريكية لتشغيل المطار.')
    assert not [e for e in got if e[0] == "agreement.signed"]


def test_what_could_be_or_what_a_side_is_ready_for_is_not_done():
    got = brief("وقال الخبير إنه يمكن للأردن والعراق التوصل إلى اتفاق للتعاون الأمني.")
    assert not [e for e in got if e[0] == "agreement.signed"]  # a reach still possible is no signing at all
    got = brief("وتحدث عن مدى استعداد موسكو للانخراط في محادثات جديدة مع طوكيو.")
    assert modalities(got, "talks") == ["intended"]


def test_the_places_of_a_later_visit_word_are_that_visits():
    got = brief("وبدأ الرئيس الفرنسي أمس جولة في أنغولا قبل أن يتوجه إلى الكاميرون.")
    assert sorted(e[1]["host_state"] for e in got if e[0] == "visit" and e[1].get("visitor_state") == "FR") == [
        "AO", "CM"]
    assert [e[3] for e in got if e[0] == "visit" and e[1]["host_state"] == "AO"] == ["2015-07-21"]


def test_a_ministry_one_goes_to_is_no_state_visited():
    got = brief("وتوجه الوزير الهندي عقب الجلسة إلى وزارة الخارجية لمقابلة نظيره الياباني.")
    assert not [e for e in got if e[0] == "visit" and e[1]["host_state"] == "SA"]


def test_an_organizations_official_visits_for_it():
    got = brief("وقد انتهت بتفاهم زيارة المدير العام للوكالة الدولية للطاقة إلى برازيليا.")
    assert visit_sides(got) == [("org:IAEA", "BR")]
    got = brief("ووصل إلى تونس مساء أمس برناردينو ليون موفد الأمم المتحدة.")
    assert visit_sides(got) == [("org:UN", "TN")]


def test_a_clubs_camp_and_an_idiom_of_meeting_are_no_events():
    for text in ("وتوجه فريق الوحدة الصاعد للدوري الممتاز إلى النمسا لإقامة معسكره الصيفي.",
                 "ووصل ريال مدريد بكامل لاعبيه إلى سيدني لخوض مباراته الأولى.",
                 "اجتمعت الآراء في القاهرة على جمال المدينة التي فازت بجائزة جامعة الدول العربية."):
        assert brief(text) == [], text


def test_the_one_invited_to_visit_is_the_visitor():
    got = brief("دعا وزير الخارجية الليبي، محمد الدايري، المفوض السامي لشؤون اللاجئين، لزيارة مدينة بنغازي للاطلاع على أوضاع "
                "النازحين.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [
        ("org:UNHCR", "LY", "proposed")]


def test_an_interview_by_phone_is_no_call_between_states():
    for text in ("وقال المتحدث باسم الحكومة الليبية في اتصال هاتفي، إن الوزراء سيعودون إلى طرابلس.",
                 "وأوضح وزير الخارجية التونسي في اتصال هاتفي مع «الصحيفة» أن الحكومة ستعود."):
        assert not [e for e in brief(text) if e[0] == "talks"], text
    assert [e[1]["parties"] for e in brief("وأجرى الرئيس المصري اتصالا هاتفيا مع العاهل الأردني.")
            if e[0] == "talks"] == [["EG", "JO"]]


def test_a_destination_no_name_resolves_takes_no_state_named_further_on():
    got = brief("توجه الرئيس التونسي إلى قاعدة جوية في الجنوب، حيث اطلع على عمليات التحالف في ليبيا.")
    assert not [e for e in got if e[0] == "visit"]
    got = brief("وقال الرئيس التركي خلال زيارة إلى الأجزاء الشمالية من العراق إن المحادثات مستمرة.")
    assert visit_sides(got) == [("TR", "IQ")]


def test_aid_named_outright_has_its_giver_whatever_the_word_order():
    for text in ("وصلت صباح اليوم دفعة ثالثة من الأدوية والمعونات الإغاثية إلى مدينة المكلا محمولة في شاحنات عبرت المنفذ البري "
                 "مقدمة من الكويت.",
                 "وصلت صباح اليوم دفعة ثالثة من الأدوية والمعونات الإغاثية إلى مدينة المكلا اليمنية محمولة في شاحنات قادمة من الكويت."):
        assert [(e[1]["donor"], e[1]["recipients"]) for e in brief(text) if e[0] == "aid"] == [("KW", ["YE"])], text


def test_discussed_by_two_ministers_or_a_leader_and_his_counterpart():
    assert [e[1] for e in brief("بحث وزيرا خارجية مصر والأردن العلاقات الثنائية.") if e[0] == "talks"] == [
        {"parties": ["EG", "JO"]}]
    assert [e[1] for e in brief("ناقش الرئيس الأمريكي ونظيره التركي الأوضاع في سوريا.") if e[0] == "talks"] == [
        {"parties": ["US", "TR"]}]
    assert not [e for e in brief("بحث الوزير خطة الوزارة للعام المقبل.") if e[0] == "talks"]


def test_a_first_time_since_is_not_the_acts_date_and_a_ship_arriving_is_no_visit():
    got = brief("استعادت البعثة الليبية في تونس أمس وضع السفارة لأول مرة منذ عام 1995.")
    assert [(e[0], e[3]) for e in got] == [("mission.opened", "2015-07-21")]
    assert not [e for e in brief("وصلت سفينة محملة بالمواد الغذائية إلى ميناء عدن اليوم.") if e[0] == "visit"]



def test_a_since_that_counts_a_length_of_time_leaves_the_date_after_it_to_the_act():
    got = brief("وقعت مصر اتفاقية نقل جوي مع الأردن هي الأولى بين البلدين منذ أربعة عقود في عام 2012.")
    assert [(e[0], e[3]) for e in got] == [("agreement.signed", "2012")]
    assert [e[3] for e in brief("زار الوزير طهران لأول مرة منذ عام 2010.")] == [None]


def test_talks_told_with_a_feminine_or_imperfect_verb_and_congratulations_in_the_present():
    for text in ("بحثت وزيرة الخارجية السويدية مع نظيرها التونسي أمس ملف الهجرة.",
                 "ناقشت النمسا مع الأردن أمس أوضاع اللاجئين.",
                 "يتباحث وزير الخارجية الياباني مع نظيره الهندي الأسبوع المقبل في التعاون البحري."):
        assert [e[1]["parties"] for e in brief(text) if e[0] == "talks"] in ([["SE", "TN"]], [["AT", "JO"]],
                                                                            [["JP", "IN"]]), text
    got = brief("وفي يوم الأحد 8 مارس يهنئ خادم الحرمين الشريفين الرئيس البلغاري بفوزه في الانتخابات.")
    assert [(e[0], e[1]["target"]) for e in got] == [("support.expressed", "BG")]


def test_a_language_or_a_states_name_makes_no_gathering_international():
    text = ("ويشارك المجلس الأردني للثقافة في الاحتفالات بمعرض للصور، وتصدر الوزارة دليلا باللغتين العربية "
            "والإنجليزية.")
    assert not [e for e in brief(text) if e[0] == "participation"]


def test_backing_told_in_the_perfect_backs_the_state_it_governs():
    assert [(e[0], e[1]) for e in brief("وقد ساندت الكويت البحرين في أزمتها الأخيرة.")] == [
        ("support.expressed", {"source": "KW", "target": "BH"})]
    assert [(e[0], e[1]) for e in brief("دعمت تركيا الحكومة الأذربيجانية في نزاعها الحدودي.")] == [
        ("support.expressed", {"source": "TR", "target": "AZ"})]
    assert not [e for e in brief("تدخل الجيش بعد أيام من تمرد دعمته جهات خارجية في البلاد المجاورة لكينيا.")
                if e[0] == "support.expressed"]
    assert [(e[0], e[1]) for e in brief("وأيدت فرنسا المغرب في مسعاه للعودة إلى الاتحاد الأفريقي.")] == [
        ("support.expressed", {"source": "FR", "target": "MA"})]


def test_a_tournament_named_after_a_continent_or_a_state_is_sport():
    assert not brief("استقبل الرئيس الأرجنتيني في قصر الحكومة أبطال كوبا أمريكا العائدين من تشيلي.")
    assert not brief("وصل وفد المنتخب المغربي إلى غينيا الاستوائية للمشاركة في كأس الأمم الأفريقية.")


def test_a_state_chairing_or_a_woman_leaving_for_a_visit_in_the_feminine():
    got = brief("وترأست الأردن مجلس الأمن الدولي في يناير الماضي.")
    assert [(e[0], e[1]["holder"], e[1]["body"]) for e in got] == [("office.held", "JO", "org:UNSC")]
    got = brief("وغادرت الرئيسة التشيلية سانتياغو أمس متوجهة إلى بكين في زيارة رسمية.")
    assert [(e[0], e[1]["host_state"]) for e in got if e[0] == "visit"] == [("visit", "CN")]

# -- what is no event -------------------------------------------------------------------------------------------------
NOT_DIPLOMACY = {
    "sports": "أعلن النادي الأهلي التعاقد مع لاعب برازيلي في صفقة انتقال حر، واستضاف الملعب مباراة ودية أمام "
              "المنتخب الإسباني الذي وصل إلى جدة أمس، وأشاد المدرب الإيطالي بأداء اللاعبين.",
    "trade": "وقعت شركة سعودية عقدا مع شركة صينية لتوريد معدات، وارتفعت الصادرات الصينية إلى المملكة، وأبرم بنك "
             "محلي اتفاقية تمويل مع مصرف إماراتي.",
    "crime": "فتح مسلحون النار على السفارة الفرنسية في المدينة فجر أمس، واعتقلت الشرطة المصرية ثلاثة متهمين، "
             "ووجهت النيابة إليهم تهما بالإرهاب.",
    "culture": "احتضن مهرجان جدة أمسية شعرية للفنانة المغربية، واستضاف المطعم الإيطالي حفلا للجالية اللبنانية، "
               "ووصل الفنان المصري إلى دبي لإحياء حفل.",
}


def test_a_sports_sentence_without_the_word_match_is_still_sports():
    for text in ("ووصل الهداف الأرجنتيني إلى جدة أمس.",
                 "والتقى الاتحاد السعودي بنظيره الياباني في نهائي كأس آسيا.",
                 "والتقت البرازيل مع المكسيك في النهائي الذي أقيم في سانتياغو أمس."):
        assert not brief(text), text
    # a final agreement is no final of a cup
    got = brief("ووقعت إيران والدول الست في فيينا أمس الاتفاق النهائي حول برنامجها النووي.")
    assert [e[0] for e in got] == ["agreement.signed"]
    # a rotating presidency (الرئيس الدوري) is no league
    got = brief("وتسلم الأمين العام لجامعة الدول العربية رسالة من وزير الخارجية اليمني الرئيس الدوري للمجلس.")
    assert [e[0] for e in got] == ["talks"]


def test_clubs_named_with_a_nisba_and_a_league_of_a_country_are_sports():
    for text in ("وفي الجولة الودية يلعب بنفيكا البرتغالي غدا مع سان جيرمان الفرنسي.",
                 "ويلتقي يوفنتوس الإيطالي مع نظيره الإسباني في برلين السبت المقبل.",
                 "واتفق ريال مدريد الإسباني مع نظيره البرتغالي بنفيكا على انتقال الحارس.",
                 "ويخوض الفريق لقاء مع نظيره التركي قبل انطلاق الدوري الإنجليزي."):
        assert not brief(text), text


@pytest.mark.parametrize("genre", sorted(NOT_DIPLOMACY))
def test_an_article_of_only_sports_trade_crime_or_culture_emits_nothing(genre, tmp_path):
    path = tmp_path / f"{genre}.txt"
    path.write_text(NOT_DIPLOMACY[genre], encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "alaqat", "extract", str(path), "--country", "SA"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0 and run.stdout == "", run.stdout


def test_a_clear_diplomatic_sentence_passes_the_default_threshold():
    got = [(e.type, e.roles.get("parties")) for e in extract_events(read_text(
        "استقبل اليوم خادم الحرمين الشريفين الملك سلمان في مكتبه بالرياض وزير الخارجية المصري "
        "سامح شكري، وبحث معه العلاقات الثنائية.", doc_id="t", date=DOC_DATE, country="SA"))]
    assert ("talks", ["SA", "EG"]) in got and ("visit", None) in got


def test_min_confidence_option(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("أقامت تونس وتركمانستان علاقات دبلوماسية عام 1993. وبحث الوزيران سبل التعاون.", encoding="utf-8")
    def count(*extra: str) -> int:
        run = subprocess.run([sys.executable, "-m", "alaqat", "extract", str(path), *extra], capture_output=True,
                             text=True, cwd=ROOT)
        assert run.returncode == 0
        return len(run.stdout.splitlines())
    assert count("--min-confidence", "0") >= count() >= count("--min-confidence", "0.99")


def test_tourists_a_country_receives_are_no_party_of_talks():
    assert brief("استقبلت اليونان قرابة مليوني سائح أغلبهم من الألمان والبريطانيين في يونيو.") == []
    # an official's guests named after a non-state word are still met (the verb's subject is not said)
    got = brief("وصل وزير الدفاع الأمريكي أمس إلى بغداد، حيث التقى مسؤولين عراقيين لبحث الحرب على تنظيم داعش.")
    assert ("talks", {"parties": ["US", "IQ"]}, "asserted", "2015-07-21") in got


# -- the home state ------------------------------------------------------------------------------------------------
def test_an_unknown_country_code_is_one_clear_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("التقى وزير الخارجية نظيره العماني.", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "alaqat", "extract", str(path), "--country", "XX"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == ["--country: unknown country code 'XX' (expected an ISO 3166-1 "
                                               "alpha-2 code such as SA)"]
    meta = tmp_path / "meta.jsonl"
    other = tmp_path / "b.txt"
    other.write_text("أقامت تونس وتركمانستان علاقات دبلوماسية عام 1993.", encoding="utf-8")
    meta.write_text(json.dumps({"doc": "a", "country": "QQ"}) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "alaqat", "extract", str(path), str(other), "--meta", str(meta)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip() == f"{path}: unknown country code 'QQ' (expected an ISO 3166-1 alpha-2 code such as SA)"
    assert json.loads(run.stdout.splitlines()[0])["doc"] == "b"  # the rest of the batch goes through


def test_the_home_state_decides_who_unqualified_titles_are():
    text = "استقبل وزير الخارجية في جدة أمس نظيره الأردني."
    assert ("talks", {"parties": ["SA", "JO"]}, "asserted", "2015-07-21") in brief(text, country="SA")
    assert not [e for e in brief(text, country=None) if e[0] == "talks"]


# -- who travels, and where (sentences of our own) -------------------------------------------------------------------
def test_a_pair_word_subject_is_the_pair_before_not_a_state_it_speaks_of():
    got = brief("بحث الرئيس الفرنسي ونظيره المغربي العلاقات الثنائية. وقد تعهد الرئيسان هاتفيا مساء أمس "
                "بالتنسيق \"لضبط الحدود مع الجزائر\"، بحسب بيان قصر الإليزيه.")
    talks = [e for e in got if e[0] == "talks"]
    assert talks and all(sorted(e[1]["parties"]) == ["FR", "MA"] for e in talks)


def test_the_states_of_an_itinerary_are_destinations_never_the_visitor():
    got = brief("قام وزير الخارجية الأردني بجولة شملت ماليزيا وفرنسا واليابان.")
    assert {e[1]["host_state"] for e in got if e[0] == "visit"} == {"MY", "FR", "JP"}
    assert {e[1]["visitor_state"] for e in got if e[0] == "visit"} == {"JO"}
    assert not [e for e in brief("وستقوم شركة الطيران الوطنية بزيارات ترويجية هذا العام تشمل ماليزيا وباريس.")
                if e[0] == "visit" and e[1].get("visitor_state") == "MY"]


def test_leaving_for_a_state_is_a_visit_and_leaving_a_place_is_not():
    got = brief("يغادر وزير الخارجية الأردني غدا إلى المغرب في زيارة عمل يلتقي خلالها العاهل المغربي.")
    assert ("visit", {"visitor_state": "JO", "host_state": "MA"}, "planned", "2015-07-23") in got
    # an act "during" a planned visit is planned with it, on its date
    assert ("talks", {"parties": ["JO", "MA"]}, "planned", "2015-07-23") in got
    assert not [e for e in brief("لم يغادر الوزير الأمريكي فيينا منذ أسبوع، كما قال مسؤول إلى الصحفيين.")
                if e[0] == "visit"]


def test_a_subject_that_acts_for_nobody_takes_no_state_from_the_passage():
    opening = "وصل وزير الخارجية الأردني إلى الرياض أمس. "
    for text in ("ويغادر الفريق بعد غد إلى هولندا لإقامة تدريباته.",
                 "وذكر الجد أن العائلة غادرت المملكة صباح العيد لتبدأ جولة سياحية تشمل قطر والبحرين.",
                 "وستقوم شركة الطيران الوطنية بزيارات ترويجية هذا العام تشمل ماليزيا وفرنسا."):
        assert [e[0] for e in brief(opening + text)] == ["visit"], text  # the minister's visit alone


def test_here_is_no_congratulation():
    assert not brief("وهنا يمكن القول إن فرنسا تتابع عن كثب حرب تونس على الإرهاب.")
    assert ("support.expressed", {"source": "FR", "target": "TN"}, "asserted", None) in brief(
        "هنأ الرئيس الفرنسي نظيره التونسي بفوزه في الانتخابات.")


def test_a_visit_that_will_be_or_comes_later_is_planned():
    got = brief("أما زيارة الرئيس الفرنسي إلى المغرب في وقت لاحق من الصيف فستكون الثالثة.")
    assert modalities(got, "visit") == ["planned"]


def test_a_meeting_during_a_planned_visit_told_in_the_next_sentence_is_planned():
    got = brief("يغادر وزير الخارجية الأردني يوم غد إلى المغرب في زيارة رسمية. ويلتقي الوزير خلال الزيارة "
                "العاهل المغربي.")
    assert ("talks", {"parties": ["JO", "MA"]}, "planned", "2015-07-23") in got


def test_a_city_that_names_an_instrument_is_no_party():
    got = brief("وتعد هذه الجولة الأولى للوزير منذ التوقيع على اتفاق فيينا المتعلق ببرنامج إيران النووي.")
    assert not [e for e in got if "AT" in str(e[1])]


def test_receiving_the_wounded_is_no_meeting():
    assert not brief("وقررت الحكومة الأردنية وقف استقبال الجرحى السوريين في مستشفياتها الحدودية.")


def test_a_departure_names_its_destination_after_the_travellers_titles():
    got = brief("يغادر بمشيئة الله يوم الخميس 14/10/1436هـ الموافق 30/7/2015م وزير الخارجية وشؤون المغتربين "
                "الأردني ناصر جودة إلى الجمهورية التونسية في زيارة عمل.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [
        ("JO", "TN", "planned")]


def test_praise_of_a_states_efforts_said_by_another_is_support():
    got = brief("وأكد الأمين العام لجامعة الدول العربية أن المواقف والجهود الصادقة للمملكة المغربية في مكافحة "
                "الإرهاب تضعها في مقدمة الدول.")
    assert ("support.expressed", {"source": "org:LAS", "target": "MA"}, "asserted", None) in got
    assert not brief("وبذلت الجهود الصادقة خلال الأعوام الماضية لتطوير التعليم في المملكة.")


def test_talks_we_held_between_our_two_countries_are_the_pairs():
    got = brief("بعث الرئيس التونسي برقية إلى العاهل المغربي جاء فيها: لقد أثبتت المباحثات التي عقدناها متانة "
                "الروابط بين بلدينا.")
    assert parties(got, "talks") == [["TN", "MA"]]


def test_a_caption_restates_the_story_it_illustrates():
    got = brief("جانب من الاجتماع بين الرئيس التونسي والعاهل المغربي. وعقد الرئيس التونسي أمس اجتماعا مع العاهل "
                "المغربي في الرباط تناول العلاقات الثنائية.")
    assert [(e[0], e[3]) for e in got if e[0] == "talks"] == [("talks", "2015-07-21")]


def test_leaving_tomorrow_is_planned_and_a_first_visit_since_a_year_is_not_dated_by_it():
    got = brief("يغادر يوم غد وزير الخارجية الأردني إلى تونس في زيارة رسمية.")
    assert modalities(got, "visit") == ["planned"]
    got = brief("وحضر المأدبة رئيس الوزراء الليبي في أول زيارة إلى روما يؤديها رئيس حكومة ليبي منذ 1969.")
    assert [e[3] for e in got if e[0] == "visit"] == [None]


def test_a_visit_of_a_business_council_and_receiving_news_are_no_events():
    assert not brief("وتأتي زيارة مجلس الأعمال السعودي الفرنسي في ظل ما تشهده العلاقات بين المملكة وفرنسا من تطور.")
    assert not brief("استقبل اليونانيون نبأ الاتفاق مع ألمانيا بارتياح.")


def test_a_visited_state_named_before_its_visitor():
    got = brief("وزار مصر أمس وفد برلماني ألماني برئاسة رئيس البرلمان.")
    assert visit_sides(got) == [("DE", "EG")]
    got = brief("وبعد ذلك زار لبنان قائد القوات الدولية الجنرال الإيطالي لوتشيانو بورتولانو.")
    assert visit_sides(got) == [("IT", "LB")]


def test_a_company_or_a_brand_neither_hosts_nor_takes_part_and_each_of_is_read_through():
    assert not brief("تستضيف شركة الكهرباء السعودية المؤتمر الدولي للطاقة في نوفمبر المقبل بمشاركة دولية واسعة.")
    assert not brief("وشاركت 146 علامة تجارية صينية في المعرض هذا العام.")
    assert ("hosting", {"host": "SA"}, "planned", "2015-11") in brief(
        "تستضيف المملكة المؤتمر الدولي للطاقة في نوفمبر المقبل بمشاركة دولية واسعة.")
    # the states of "each of" after في are the topic of a lecture, not its parties
    assert not brief("وشرح الوزير المصري للطلاب موقف بلاده من الأزمات في كل من السودان والصومال وليبيا.")


def test_blessings_are_not_yemen():
    assert not brief("وختم المحافظ كلمته داعيا أن يعود العيد على أهالي المحافظة باليمن والبركات.")


def test_a_family_or_a_community_acts_for_no_state():
    assert not brief("وفي المساء اجتمع الرئيس الفرنسي في مطعم صغير ببعض أفراد أسرته المغربية.")
    assert not brief("وقدم مدير الجوازات شكره لرؤساء الجاليات اليمنية الذين ساعدوا في تنظيم العمل.")



def test_a_city_after_fi_is_where_talks_between_two_states_were_held_not_a_third_side():
    got = brief("جرت مفاوضات بين واشنطن وطهران في فيينا أمس.")
    assert parties(got, "talks") == [["US", "IR"]]
    # a conjunct keeps the preposition of the first: بين … وبين … is still one list
    got = brief("جرت مفاوضات بين مصر وبين السودان وإثيوبيا أمس.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["EG", "ET", "SD"]]


def test_an_envoy_posted_here_received_by_a_minister_calls_and_did_not_travel():
    got = brief("استقبل وزير الخارجية أمس سفير اليابان لدى المملكة.")
    assert [e[0] for e in got] == ["talks"]
    # … and so does the paper's own ambassador received where he is posted, the meeting's place named
    got = brief("استقبل الرئيس المصري في القاهرة أمس السفير السعودي لدى مصر.")
    assert [e[0] for e in got] == ["talks"]
    # a minister received there did travel
    assert visit_sides(brief("استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي.")) == [("SA", "EG")]


def test_an_agreement_named_as_a_noun_phrase_is_signed_by_the_phrase_s_parties_only():
    # the welcomer is no party; the states after بين are
    got = brief("رحبت تونس بالاتفاق الموقع بين الأردن وكندا.")
    assert [(e[0], e[1]["parties"], e[2]) for e in got] == [("agreement.signed", ["JO", "CA"], "asserted")]
    # after مع, the other party is the state the agreement belongs to, named right before the phrase
    got = brief("وشدد الوزير على التزام كوريا الشمالية بالاتفاقية الموقعة مع الصين.")
    assert parties(got, "agreement.signed") == [["KP", "CN"]]
    # an agreement announced between two states
    got = brief("جاء ذلك بعد الإعلان عن الاتفاق بين فيتنام وكمبوديا.")
    assert parties(got, "agreement.signed") == [["VN", "KH"]]
    # with no بين or مع the phrase names no parties, and the speaker's state is none
    assert not brief("وقال رئيس الوزراء الياباني إن الاتفاق المبرم يخدم مصالح بلاده.")


def test_a_signing_that_dates_another_act_has_only_its_own_parties():
    # منذ إبرام الاتفاق: the visitor and the host of the visit are no parties of the agreement
    got = brief("وتوجه الوزير النمساوي إلى إيران أمس ليصبح أول مسؤول غربي يزور إيران منذ إبرام الاتفاق.")
    assert [e[0] for e in got] == ["visit"]
    # … and a named instrument keeps the parties it is known by
    got = brief("وبعد توقيع الاتفاق النووي، زار الوزير النمساوي طهران.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [
        ["CN", "DE", "FR", "GB", "IR", "RU", "US"]]


def test_the_six_powers_are_named_with_their_formula_bracketed_or_quoted():
    for group in ("مجموعة (5 + 1)", "مجموعة «5+1»", "دول (5+ 1)", "مجموعة الدول الخمس زائد واحد"):
        got = brief(f"ووقعت إيران و{group} اتفاقا في جنيف.")
        assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [
            ["CN", "DE", "FR", "GB", "IR", "RU", "US"]], group


def test_a_press_conference_held_with_a_counterpart_is_a_meeting():
    got = brief("وقال الرئيس الفرنسي في مؤتمر صحفي مشترك مع نظيره المكسيكي إن البلدين سيعززان التعاون.")
    assert [(e[0], e[1]["parties"]) for e in got] == [("talks", ["FR", "MX"])]
    got = brief("وقال وزير الخارجية، خلال مؤتمر صحافي عقده مع نظيره الأردني في جدة أمس، إن العلاقات متينة.")
    assert parties(got, "talks") == [["SA", "JO"]]
    # a press conference of one side, where a counterpart is only spoken of, is none
    got = brief("وأوضح وزير الخارجية الكيني خلال المؤتمر الصحفي الذي عقده في نيروبي أن نظيره الأوغندي سيزور نيروبي.")
    assert not [e for e in got if e[0] == "talks"]
    assert not brief("وقال المتحدث باسم الخارجية الأمريكية في مؤتمر صحفي إن واشنطن تتابع الوضع في ليبيا.")


def test_a_meeting_that_brought_him_together_with_a_guest_is_talks():
    # لقاء جمعه بـ / مؤتمر صحفي جمعه مع: the verb جمع after a meeting noun names its other side
    got = brief("وقال وزير الخارجية الكيني في مؤتمر صحفي جمعه أمس بنظيره الأوغندي في نيروبي إن الحدود آمنة.")
    assert parties(got, "talks") == [["KE", "UG"]]
    got = brief("وأشاد الرئيس التشيلي بالتعاون خلال اللقاء الذي جمعه أمس بسفير البيرو.")
    assert parties(got, "talks") == [["CL", "PE"]]
    # جمع without a meeting noun before it (he collected donations) is no meeting
    assert not [e for e in brief("جمع وزير المالية الكيني التبرعات من سفراء أوغندا والبيرو.") if e[0] == "talks"]


def test_a_place_fronted_before_a_comma_governs_nothing_after_the_verb():
    # وفي تنزانيا، التقى الرئيس …: the president is the verb's subject, not "in" anything
    got = brief("وفي تنزانيا، التقى الرئيس الصيني بالرئيس التنزاني.")
    assert [(e[0], e[1]["parties"]) for e in got] == [("talks", ["CN", "TZ"])]


def test_a_bare_title_met_in_its_own_clause_is_another_official():
    # … and in a sentence opening "in <state>," the bare title met is that state's
    got = brief("وفي تنزانيا، سيلتقي الرئيس الصيني بالرئيس جاكايا كيكويتي.")
    assert [(e[0], e[1]["parties"], e[2]) for e in got] == [("talks", ["CN", "TZ"], "planned")]
    # with no such opening, whose president he meets is unsaid: no side is made up
    assert not brief("سيلتقي الرئيس الصيني بالرئيس جاكايا كيكويتي.")
    # the minister honoured by his host is the other minister, the one spoken of before
    got = brief("وصل وزير الخارجية الأردني إلى الدوحة أمس. وأقام وزير الخارجية القطري خالد العطية مأدبة عشاء "
                "تكريما لوزير الخارجية والوفد المرافق له.")
    assert visit_sides(got) == [("JO", "QA")]
    assert not [e for e in got if e[0] != "visit" and "JO" not in str(e[1])]


def test_an_official_speaking_in_another_state_s_city_is_visiting_it():
    got = brief("أكد رئيس الوزراء الفنلندي أمس بالعاصمة الإسبانية مدريد أن التعاون مستمر.")
    assert [(e[0], e[1], e[2], e[3]) for e in got] == [
        ("visit", {"visitor_state": "FI", "host_state": "ES"}, "asserted", "2015-07-21")]
    assert visit_sides(brief("وفي لندن أعرب رئيس الوزراء السويدي عن ارتياحه للمحادثات.")) == [("SE", "GB")]
    assert visit_sides(brief("قال الرئيس الكيني في كمبالا إن المنطقة بحاجة إلى السلام.")) == [("KE", "UG")]
    # a place in what he said, his own capital, neutral ground, where an envoy is posted or a leader lives, a bare
    # title the paper guesses the state of: no visit
    for text in ("قال وزير الخارجية الأمريكي إن الهجوم في باريس كان مروعا.",
                 "وقال وزير الخارجية الإيراني في طهران إن الاتفاق جيد.",
                 "قال الوزير الفرنسي في جنيف إن المفاوضات صعبة.",
                 "قال السفير الياباني في الرياض إن العلاقات متينة.",
                 "وقال رئيس الحكومة الليبية المقيم في القاهرة إن الحوار مستمر.",
                 "وقالت وزيرة العدل خلال مؤتمر صحافي في واشنطن إن العنف مرفوض."):
        assert not visit_sides(brief(text)), text


def test_the_day_of_a_saying_does_not_date_an_agreement_its_relative_clause_recalls():
    recalled = brief("وقال زعيم الحزب اللبناني أمس الثلاثاء إن الحزب يعتمد على الدعم بعد الاتفاق الذي وقعته كوبا "
                     "مع الولايات المتحدة.", threshold=0.0)
    assert [(e[0], e[3]) for e in recalled] == [("agreement.signed", None)]
    # what the sentence after إن reports as news keeps the day
    news = brief("وقال المتحدث أمس إن وزير الخارجية الأردني التقى نظيره التونسي.", threshold=0.0)
    assert [(e[0], e[3]) for e in news] == [("talks", "2015-07-21")]


def test_a_verb_of_saying_does_not_cut_another_act_short():
    # the visit told in the relative clause keeps its place past the speaker's verb
    got = brief("وتقدم الجيش عقب جولة وزير الدفاع الفرنسي الذي شدد أثناء زيارته لباماكو على دعم بلاده للقوات "
                "المالية.")
    assert ("FR", "ML") in visit_sides(got)


def test_a_visit_s_host_is_named_in_its_own_clause():
    # the verb's object, not where the traveller went on to in the next act (ثم opens one after a comma)
    assert visit_sides(brief("زار الوزير الأردني العراق، ثم غادرها إلى الكويت.")) == [("JO", "IQ")]
    # a state that acts in the next clause was not visited for all the sentence says
    assert not visit_sides(brief("وأثناء زيارة الرئيس الصيني، وقعت كمبوديا اتفاقا مع شركة صينية."))


def test_a_reception_verb_glued_to_its_conjunction_is_still_a_reception():
    got = brief("وصل الوفد أمس، واستقبل الرئيس المصري وزير الخارجية الأردني في القاهرة.")
    assert visit_sides(got) == [("JO", "EG")]
    # the pronoun of استقبله is the guest: no state is known for it, so no visit is told backwards
    assert visit_sides(brief("واستقبله في المطار الرئيس الكيني ونائبه.")) == []
    # a receiver acting for no state is still the receiver
    got = brief("واستقبل رئيس حكومة إقليم كردستان في أربيل وزير الخارجية القطري صباح اليوم.")
    assert visit_sides(got) == [("QA", "IQ")]


def test_a_diarys_reception_with_its_subject_unsaid_is_the_papers_head_of_states():
    got = brief("وفي يوم الأربعاء 6 مايو استقبل رئيس وزراء ماليزيا.")
    assert visit_sides(got) == [("MY", "SA")]
    got = brief("هنأ الملك رئيس جمهورية توغو بذكرى اليوم الوطني لبلاده، واستقبل وزير الشؤون الخارجية بجمهورية "
                "ألبانيا.")
    assert visit_sides(got) == [("AL", "SA")] and ("talks", {"parties": ["SA", "AL"]}, "asserted", None) in got
    # a named subject after the verb and his guest after a comma: not a diary
    got = brief("استقبل الشيخ صباح الأحمد أمير الكويت، في قصره ظهر أمس، وزير الخارجية.")
    assert ("KW", "SA") not in visit_sides(got)


def test_people_a_nisba_describes_are_no_guests():
    assert visit_sides(brief("واستقبلت تركيا خلال الصيف ملايين السياح ومعظمهم من الألمان والروس.")) == []


def test_a_state_after_a_border_or_relation_noun_and_ma_is_spoken_of_not_met():
    got = brief("اتفق الرئيس الأمريكي ونظيره التركي أثناء اتصال هاتفي يوم الأربعاء على تأمين حدود تركيا مع سوريا.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["TR", "US"]]
    assert not [e for e in brief("بحث الوزير خلال اتصال هاتفي العلاقات مع إيران.") if e[0] == "talks"]
    # a counterpart after مع is met, whatever is spoken of
    got = brief("بحث الوزير في اتصال هاتفي مع نظيره الإيراني العلاقات مع سوريا.")
    assert parties(got, "talks") == [["SA", "IR"]]


def test_the_place_left_right_after_a_visit_is_where_the_visit_was():
    got = brief("غادر الأمير فيصل وزير الدفاع جمهورية كازاخستان بعد زيارة قصيرة.")
    assert visit_sides(got) == [("SA", "KZ")]
    assert visit_sides(brief("وغادر الرئيس المصري الرياض بعد زيارة قصيرة.")) == [("EG", "SA")]
    # a place left for no visit of the traveller's is none
    assert visit_sides(brief("غادر اللاعب النادي بعد زيارة الطبيب.")) == []


def test_talks_of_one_state_in_another_states_capital_are_with_that_state():
    got = brief("قال المتحدث إن مباحثات الوزير المصري في الرياض ستتناول العلاقات الثنائية.")
    assert parties(got, "talks") == [["EG", "SA"]]
    # not on neutral ground, nor at an organization's own seat
    assert not brief("يجري وزير الخارجية الإيراني مباحثات في فيينا.")
    assert not brief("تواصل الجامعة العربية في القاهرة مشاوراتها مع دولها الأعضاء حول موعد الاجتماع.")


def test_the_one_met_is_not_who_travels_on_after_the_meeting():
    got = brief("التقى الوزير الأمريكي بالرئيس المصري قبل أن يتوجه إلى الأردن.")
    assert visit_sides(got) == [("US", "JO")]
    # unless a relative pronoun makes him the subject, or the visit is his by its pronoun or an invitation
    assert visit_sides(brief("التقى الوزير الأمريكي بالرئيس المصري الذي توجه بعد ذلك إلى الأردن.")) == [("EG", "JO")]
    got = brief("بحث المسؤولون الفرنسيون الملف مع الرئيس التونسي الباجي قايد السبسي أثناء زيارته إلى باريس.")
    assert visit_sides(got) == [("TN", "FR")]
    assert visit_sides(brief("وجه رئيس الوزراء الهندي دعوة لأمير قطر لزيارة الهند.")) == [("QA", "IN")]


def test_taking_part_in_it_is_the_participation_of_the_one_named_after_it():
    """شارك فيه نواب: "in it" points at the meeting just told and the subject follows; deputies are no state, and the
    minister who held the meeting takes no part of his own in it, while an emir named there does."""
    got = brief("وأجرى وزير الدفاع البريطاني عقب وصوله إلى عمان محادثات مع رئيس الحكومة الأردنية، وعقد اجتماعا مع "
                "رئيس البرلمان شارك فيه نواب وخبراء.")
    assert [e for e in got if e[0] == "participation"] == []
    got = brief("استضافت أستانا القمة السادسة للمؤتمر، وشارك فيها أمير قطر.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["QA"]


def test_taking_part_at_home_in_no_meeting_of_states_is_no_participation():
    assert not brief("واستهلت فعاليات المهرجان بسباق القوارب الذي أشرف عليه الاتحاد السعودي للرياضات البحرية وشارك "
                     "فيه صيادو المحافظة.")
    assert not brief("ويشارك بالمعرض الذي يستمر لمدة خمسة أيام أكثر من مئة حرفي وحرفية من المملكة.")
    # a meeting of states, a body or a place abroad (also where the delegation went) still make one
    assert [e[0] for e in brief("شارك وفد سعودي في اجتماعات الدورة الـ42 لمجلس وزراء الخارجية.")] == ["participation"]
    got = brief("يتوجه وفد سعودي غدا إلى الأردن للمشاركة في ملتقى الشباب العربي.")
    assert ("participation", {"participant": "SA", "location": "JO"}, "planned", "2015-07-23") in got
    # an official after ب is someone met, not where
    got = brief("شارك الملك في افتتاح القمة الخليجية ورحب بالرئيس الفرنسي.")
    assert all("location" not in e[1] for e in got if e[0] == "participation")


def test_heads_of_international_organizations_act_for_them():
    got = brief("وصلت بوكوفا إلى مالي يوم الجمعة وتوجهت إلى تمبكتو.")
    assert visit_sides(got) == [("org:UNESCO", "ML")]
    assert visit_sides(brief("حذر ستيفن اوبراين من النتائج المروعة للحرب خلال زيارته جنوب السودان.")) == [("org:UN", "SS")]


def test_a_visit_owned_by_two_is_each_ones_visit_to_the_place_after_it():
    """زيارتهما روسيا: both sides named before the noun went to Russia; neither visited the other."""
    got = brief("التقى وزيرا الخارجية الإثيوبي والكيني أمس لساعتين خلال زيارتهما لفرنسا.")
    assert sorted(visit_sides(got)) == [("ET", "FR"), ("KE", "FR")]
    got = brief("اجتمع الرئيسان التشادي والنيجري أثناء زيارتهما الصين.")
    assert sorted(visit_sides(got)) == [("NE", "CN"), ("TD", "CN")]
    assert not visit_sides(brief("وأكد الرئيسان التشادي والنيجري في ختام زيارتهما أهمية التعاون."))


def test_an_agreement_told_as_made_stays_made_whatever_plan_follows_it():
    """الاتفاق المبرم بين …، من المقرر أن تتسلم …: the delivery is the plan; the agreement is already signed."""
    for text in ("وبموجب الاتفاق المبرم بين تشاد والنيجر من المقرر أن تتسلم نيامي شحنات من القمح.",
                 "وبحسب الاتفاقية التي وقعتها تشاد والنيجر من المقرر أن تفتتح نيامي قنصلية."):
        got = [e for e in brief(text) if e[0] == "agreement.signed"]
        assert [e[2] for e in got] == ["asserted"], text
    got = [e for e in brief("وبحث الجانبان الاتفاقية المرتقبة بين تشاد والنيجر.") if e[0] == "agreement.signed"]
    assert all(e[2] == "planned" for e in got)


def test_officials_of_other_states_coordinated_with_the_visitor_travel_with_him():
    got = brief("وصل الرئيس التشادي والرئيس النيجري إلى أبوجا أمس.")
    assert sorted(visit_sides(got)) == [("NE", "NG"), ("TD", "NG")]
    got = brief("وصل أمس إلى الدوحة الوفد التشادي برئاسة وزير الخارجية، والوفد النيجري برئاسة وزير الدفاع، "
                "والوفد الموريتاني.")
    assert sorted(visit_sides(got)) == [("MR", "QA"), ("NE", "QA"), ("TD", "QA")]
    # one man's two offices, the second with no state of its own; a verb after و opens another act
    assert visit_sides(brief("زار نائب الرئيس التشادي ووزير الاقتصاد نيامي أمس.")) == [("TD", "NE")]
    got = brief("وصل الرئيس التشادي إلى نيامي والتقى الرئيس النيجري.")
    assert visit_sides(got) == [("TD", "NE")]
    # arriving in a clause that explains the one before (، إذ وصل …) is arriving where that clause went
    got = brief("اكتمل أمس توافد القادة إلى الدوحة، إذ وصل الوفد المصري يرأسه عبد الفتاح السيسي رئيس مصر، والوفد "
                "الأردني يرأسه عبدالله الثاني.")
    assert sorted(visit_sides(got)) == [("EG", "QA"), ("JO", "QA")]


def test_who_spoke_the_words_condemned_never_condemns_them_nor_dates_the_condemnation():
    got = brief("رفضت جهات كثيرة تصريحات رئيس الوزراء التشادي ضد النيجر.")
    assert not [e for e in got if e[0] == "support.expressed"]
    got = [e for e in brief("استنكرت الجامعة العربية التصريحات التي أدلى بها وزير تشادي بتاريخ 3 يوليو 2015 ضد "
                            "النيجر.") if e[0] == "support.expressed"]
    assert [(e[1]["source"], e[1]["target"], e[3]) for e in got] == [("org:LAS", "NE", None)]


def test_a_tourists_or_a_familys_trip_is_no_states_visit():
    for text in ("ضاعفت الشركة رحلات الزيارة السياحية إلى تونس للمصريين.",
                 "قام الوزير التونسي بزيارة عائلية إلى فرنسا."):
        assert not visit_sides(brief(text)), text
    assert visit_sides(brief("قام الوزير التونسي بزيارة رسمية إلى فرنسا.")) == [("TN", "FR")]


def test_a_reception_of_guests_acting_for_nobody_is_no_talks():
    got = brief("وفي الموسم استقبلت الفنادق نزلاء من دول عربية أبرزها مصر والأردن.")
    assert not [e for e in got if e[0] == "talks"]
    got = brief("استقبل الرئيس التونسي في قصره وزير الخارجية الأردني.")
    assert parties(got, "talks") == [["TN", "JO"]]


def test_failing_to_reach_an_agreement_is_no_agreement_though_the_talks_took_place():
    got = brief("أخفقت المفاوضات بين تشاد والنيجر في إبرام اتفاق لترسيم الحدود.")
    assert modalities(got, "agreement.signed") == ["negated"]
    assert modalities(got, "talks") == ["asserted"]
    got = brief("فشلت المحادثات الأولى، ووقعت تشاد والنيجر اتفاقا حول الحدود.")
    assert modalities(got, "agreement.signed") == ["asserted"]


def test_praise_in_a_relative_clause_comes_from_the_subject_after_its_verb():
    """الاتفاق الذي أشاد به عدد كبير من التشاديين: many people praised the deal; no state praised anyone."""
    got = brief("انتقد الوزير النيجري الرئيس التشادي لرفضه الاتفاق الذي أشاد به معظم الناس في تشاد.")
    assert not [e for e in got if e[0] == "support.expressed"]
    # (the minister's own backing of the army, a body named with its nisba, is support of its own)
    got = brief("وأكد الوزير دعم الجيش التشادي الذي أشادت به فرنسا.")
    assert support_sides(got) == [("SA", "TD"),
                                                                                             ("FR", "TD")]


def test_a_visit_someone_is_called_on_to_make_is_only_proposed():
    got = brief("ناشد الرئيس التونسي وزير الخارجية الفرنسي بزيارة القيروان.")
    assert [(e[1]["visitor_state"], e[2]) for e in got if e[0] == "visit"] == [("FR", "proposed")]
    got = brief("رحب الرئيس التونسي بزيارة وزير الخارجية الفرنسي إلى القيروان.")
    assert modalities(got, "visit") == ["asserted"]


def test_a_visit_someone_will_make_told_in_a_relative_clause_is_a_plan():
    got = brief("وأكد الوزير أهمية الزيارة التي سيقوم بها المفوض السامي لحقوق الإنسان إلى عدن.")
    assert modalities(got, "visit") == ["planned"]

# -- real press ------------------------------------------------------------------------------------------------------
@needs_corpus
def test_the_stored_gold_is_well_formed():
    from check_press_gold import check_file

    folder = ROOT / "tests" / "gold" / "press"
    problems = [p for path in sorted(folder.glob("*.jsonl")) for p in check_file(path)]
    # first, second: the two independent readings of the doubly annotated fifth; pending: a batch scored blind
    # and not yet read by the scorer or the trainer
    for reading in ("first", "second", "pending"):
        problems += [p for path in sorted((folder / reading).glob("*.jsonl")) for p in check_file(path)]
    assert problems == []
    # the first reading is kept for every article read twice, so that agreement is measured between two readers
    assert {p.name for p in (folder / "first").glob("*.jsonl")} == {p.name for p in (folder / "second").glob("*.jsonl")}
    # every article read twice is marked double in the sample and belongs to one draw of second readings
    from eval_press import sample, second_draws

    twice = {p.stem for p in (folder / "second").glob("*.jsonl")}
    assert twice == {doc for doc, row in sample().items() if row["annotation"] == "double"} == set(second_draws())


@needs_corpus
def test_a_batch_drawn_again_is_the_one_stored():
    from eval_press import sample
    from press_sample import batch_docs

    stored = sample()
    third = batch_docs(3)
    assert len(third) == 45 and all(stored[d]["split"] == "dev" for d in third)
    assert not set(third) & set(batch_docs(1)) and not set(third) & set(batch_docs(2))
    fourth = batch_docs(4)
    splits = [stored[d]["split"] for d in fourth]
    assert len(fourth) == 60 and (splits.count("dev"), splits.count("test")) == (36, 24)
    assert not set(fourth) & (set(batch_docs(1)) | set(batch_docs(2)) | set(third))
    sixth = batch_docs(6)
    splits = [stored[d]["split"] for d in sixth]
    assert len(sixth) == 60 and (splits.count("dev"), splits.count("test")) == (36, 24)
    assert not set(sixth) & {d for b in range(1, 6) for d in batch_docs(b)}
    seventh = batch_docs(7)
    splits = [stored[d]["split"] for d in seventh]
    assert len(seventh) == 56 and (splits.count("dev"), splits.count("test")) == (34, 22)
    assert not set(seventh) & {d for b in range(1, 7) for d in batch_docs(b)}


# The real-press gold was written by reading (annotators given the guide and the ontology, never alaqat) and split
# at random into dev and test before any rule was written for it; rules were written from dev errors only. The floors
# sit just under the measured figures (BENCHMARKS.md, `python scripts/eval_press.py`): they guard against regressions,
# they are not the aim (F1 0.75 with precision 0.80 on test), which is not met.
# Measured at the seventh round's end (both splits grown by batch 6): dev 0.643, test 0.580. Batch 7 grew both (test
# 0.575 with it at fe86c97); the eighth round's rules moved test to 0.562 (dev 0.656), so its floor was 0.55. Batch 10
# (the eleventh round) grew test by 23 articles read blind at 0.235 (2 of 11 required events found): test fell to
# 0.543 with the model retrained on the grown dev split (0.549 before the retrain), so the floor is 0.53 now. Batch 11
# (the twelfth round) grew dev by 35 articles read blind at 0.304 and test by 23: with the model retrained, dev fell
# from 0.658 to 0.620 and test went from 0.551 to 0.561, so the dev floor is 0.60 now. Batch 12 (read blind at 0.326)
# grew dev by 34 articles and test by 22: dev 0.612, test 0.552 with the model retrained. Batch 13 (read blind at
# 0.523) grew dev by 36 and test by 24: dev 0.605, test 0.553 with the model retrained, so the dev floor is 0.58.
# In the thirteenth round the gold was adjudicated (dev 0.624, test 0.561 with the model retrained); batch 14 (read
# blind at 0.377) grew dev by 32 articles and test by 22: dev 0.624, test 0.537 with the model retrained.
# In the fourteenth round a retrain after a rule that changed one event's date chose the news threshold 0.56 where
# it had chosen 0.55 (the cross-validated curve is flat there): the same rules read test 0.533 at 0.55 and 0.525 at
# 0.56, dev 0.635 and 0.636, so the test floor is 0.52: a guard against a real fall, not against this jitter.
# In the sixteenth round the last retrain chose 0.58 (0.57 before it): the same rules read test 0.542, 0.539, 0.535 and
# 0.518 at 0.55, 0.56, 0.57 and 0.58 (dev 0.657 to 0.660), so the test floor is 0.50, still far above a real fall.
# In the twenty-seventh round batch 19 (read blind at 0.422; one article alone holds 21 required lines of aid a fund
# approved) took test from 0.545 on the older 446 articles to 0.518 on 469 (the round's starting code: 0.519), so the
# floors stand.
PRESS_FLOORS = {"dev": 0.58, "test": 0.50}


@needs_corpus
@pytest.mark.parametrize("split", ["dev", "test"])
def test_real_press_against_its_gold(split):
    from eval_press import evaluate

    result = evaluate(split)
    print(f"real press, {split}:", result.summary())
    assert result.f1 >= PRESS_FLOORS[split]


@needs_corpus
def test_the_document_that_once_crashed_the_visit_frame():
    article = saudinewsnet.article("2015-07-23-588")
    default_pipeline().analyze(read_text(article.text, doc_id=article.id, date=article.date, country="SA"))


@needs_corpus
def test_the_shipped_confidence_model_is_reproduced_by_its_training_script():
    run = subprocess.run([sys.executable, "scripts/train_confidence.py", "--check"], capture_output=True, text=True,
                         cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


# -- real-press-shaped input never breaks the pipeline ---------------------------------------------------------------
PIECES = ["وزير الخارجية", "الإيراني", "محمد جواد ظريف", "خادم الحرمين الشريفين", "ولي ولي العهد", "نظيره",
          "لدى", "عبد", "أبو", "بن", "آل", "الأمير", "سمو", "سموه", "السفير", "شركة", "الأزمة اليمنية", "مجموعة 5+1",
          "استقبل", "زيارة", "بحث مع", "اتصالا هاتفيا", "برقية تهنئة", "أمس", "الثلاثاء", "المقبل", "في", "إلى",
          "(", ")", "،", ".", "«", "»", "\n", " ", "2015", "14 يوليو", "المملكة", "بلادنا", "وفد", "الوزير",
          # what normalization takes out (tatweel, diacritics): offsets of the original and the normalized text part
          "ـــــــــــــــــــ", "مُحَمَّدٌ", "والتقى", "وبحث معه"]


def _corpus_sentences() -> list[str]:
    if not saudinewsnet.available():
        return []
    out = []
    for article in list(saudinewsnet.articles())[:400:7]:
        out += [s.strip() for s in article.text.split(".") if 20 < len(s) < 400][:3]
    return out


CORPUS_SENTENCES = _corpus_sentences()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(CORPUS_SENTENCES or PIECES),
                          st.text(max_size=12)), min_size=1, max_size=30))
def test_real_press_shaped_input_never_breaks_the_pipeline(parts):
    """Corpus sentences (read at run time), titles, names, name links and punctuation in any order: the whole
    pipeline runs, and every span it reports points into the text."""
    text = " ".join(parts)
    if not text.strip():
        return
    doc = read_text(text, doc_id="p", date=DOC_DATE, country="SA")
    analysis = default_pipeline().analyze(doc, min_confidence=0.0)
    for actor in analysis.actors:
        assert doc.text[actor.start:actor.end] == actor.text
    for event in analysis.events:
        s, t = event.evidence.sentence, event.evidence.trigger
        assert doc.text[s[0]:s[1]] == event.evidence.text and s[0] <= t[0] < t[1] <= s[1]


def test_two_acts_of_a_sentence_after_text_normalization_shortens_are_read():
    # a run of tatweel before the story: the normalized text is shorter than the original, and no original offset
    # may index it (the purpose of a restated act was read at the trigger's original offset, past the text's end)
    text = "ـ" * 400 + "\nزار الرئيس الفرنسي الرياض أمس والتقى الملك سلمان وبحث معه العلاقات."
    got = brief(text, "2015-07-21")
    assert ("visit", {"visitor_state": "FR", "host_state": "SA"}, "asserted", "2015-07-20") in got


def test_a_deal_said_to_be_signed_is_not_also_still_under_negotiation():
    # a resolution negotiated under a deal that the same sentence says was concluded: one signing, no negotiation
    text = ("وصادق البرلمان على نص جرى التفاوض عليه تنفيذا للاتفاق الذي أبرم في جنيف الشهر الماضي بين "
            "البرازيل والأرجنتين.")
    got = brief(text, "2015-07-22")
    assert [e[0] for e in got if e[0].startswith("agreement.")] == ["agreement.signed"]
    # with no signing in the sentence, a negotiation is still one
    got = brief("بدأ الجانبان التفاوض على اتفاقية بين البرازيل والأرجنتين.", "2015-07-22")
    assert [e[0] for e in got] == ["agreement.negotiated"]


def test_a_cabinet_that_authorizes_talks_plans_them():
    text = "أقر مجلس الوزراء تفويض وزير الزراعة بالتباحث مع الجانب الكيني حول مسودة اتفاقية للتعاون الزراعي بين البلدين."
    got = brief(text, "2015-07-22")
    assert got and all(e[2] == "planned" for e in got)


def test_talks_between_a_state_and_an_organization_have_both_as_sides():
    got = brief("وتواصلت أمس المفاوضات الصعبة بين البرتغال والاتحاد الأوروبي وصندوق النقد الدولي حول القروض.",
                "2015-07-22")
    assert [(e[0], sorted(e[1]["parties"])) for e in got] == [("talks", ["PT", "org:EU", "org:IMF"])]


def test_an_official_inspecting_something_in_another_state_is_visiting_it():
    text = "حذر بان كي مون أمس خلال تفقده مخيما في تشاد من الجوع."
    got = brief(text, "2015-07-22")
    assert [(e[0], e[1]["visitor_state"], e[1]["host_state"]) for e in got if e[0] == "visit"] == \
        [("visit", "org:UN", "TD")]
    # a minister inspecting a hospital of his own country visits nobody
    assert brief("وأكد وزير الصحة السعودي خلال تفقده مستشفى في جدة أن الخدمات تحسنت.", "2015-07-22") == []


def test_friendlies_a_team_camp_and_qualified_squads_are_sport():
    assert brief("ويخوض النادي ثلاث مواجهات ودية أمام فريق العين الإماراتي ونادي أياكس الهولندي.") == []
    assert brief("وسيغادر لاعب الهلال معسكر الفريق في النمسا عائدا إلى الرياض.") == []
    assert brief("وتأهلت منتخبات تونس والمغرب إلى الدور الثاني بعد الفوز على ليبيا والسودان.") == []


def test_children_who_welcome_soldiers_are_no_state_receiving_a_visit():
    assert brief("استقبل أطفال مدينة المكلا أمس أفراد القوات الإماراتية المشاركة في الإغاثة بالورود.") == []


def test_boys_of_a_school_are_not_benin():
    got = brief("واستقبلت إدارة التعليم المتقدمين للوظائف التعليمية بنين في مقرها أمس.")
    assert all("BJ" not in str(e[1]) for e in got)
    got = brief("ووزعت الجمعية الحقائب على جميع المدارس بنين وبنات في المدينة.")
    assert all("BJ" not in str(e[1]) for e in got)
    # the state itself
    assert ("visit", {"visitor_state": "NG", "host_state": "BJ"}, "planned", "2015-07-23") in \
        brief("ومن المقرر أن يصل الرئيس النيجيري محمد بخاري غدا إلى بنين.")


def test_the_country_of_the_town_where_a_deal_is_signed_is_no_party():
    got = brief("ووقع ممثلو الفصائل الصومالية أمس في مدينة نيفاشا الساحلية بكينيا على مسودة اتفاق للسلام.")
    assert not [e for e in got if "KE" in str(e[1])]
    # a state after مع is a party, wherever the signing was
    got = brief("ووقعت إثيوبيا أمس في مدينة نيفاشا بكينيا اتفاقا مع السودان.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["ET", "SD"]]


def test_a_woman_arriving_for_a_visit_and_one_who_will_visit():
    got = brief("تصل وزيرة الخارجية الكندية إلى المملكة الأحد في زيارة رسمية بعد الاتفاق بين الغرب وكوبا، "
                "كما ستزور الوزيرة هافانا.")
    visits = [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"]
    # the arrival is the visit to Saudi Arabia; Cuba, a side of the deal "between", is visited only by ستزور
    assert ("CA", "SA", "planned") in visits and ("CA", "CU", "planned") in visits
    assert [v for v in visits if v[2] != "planned"] == []
    # a ship or aid that "reaches" a country makes no visit
    assert visit_sides(brief("وهذه أكبر شحنة مساعدات تصل إلى اليمن منذ بداية الأزمة.")) == []


def test_the_visitors_own_state_after_between_leaves_the_other_as_host():
    # a guard for the rule above: a side "between" is no host, unless the visitor's own state is the other side
    got = brief("وقال الوزير العراقي إن الزيارة ستبحث التعاون الأمني بين بغداد وأنقرة.")
    assert ("IQ", "TR") in visit_sides(got)


def test_a_woman_meeting_officials_among_them_a_minister():
    got = brief("ومن المقرر أن تلتقي وزيرة الخارجية السويدية بعدة مسؤولين من بينهم وزير المالية السعودي.")
    assert ("talks", {"parties": ["SE", "SA"]}, "planned", None) in got
    # two teams "meeting" are sport, not talks
    assert [e for e in brief("وتلتقي البرازيل مع الأرجنتين في نصف النهائي غدا.") if e[0] == "talks"] == []


def test_a_states_name_with_the_article_after_definite_aid_is_its_giver():
    # السعودية is the state's name and its feminine nisba: after المساعدات it describes the aid, so Saudi Arabia gives
    got = brief("وتناول الاجتماع أوضاع الجانب العراقي والمساعدات السعودية للعراق عبر مركز الإغاثة.")
    assert [e[1] for e in got if e[0] == "aid"] == [{"donor": "SA", "recipients": ["IQ"]}]


def test_talks_that_a_journey_is_made_for_are_with_the_state_travelled_to():
    got = brief("يصل وزير الخارجية الإيطالي إلى الكويت الخميس لإجراء محادثات.")
    # planned with the journey, on its Thursday (the noun alone would have taken the last Thursday)
    assert ("talks", {"parties": ["IT", "KW"]}, "planned", "2015-07-23") in got
    # an ambassador recalled "for consultations" travels home: no talks with the state he leaves
    assert [e for e in brief("واستدعت الحكومة الأردنية سفيرها لدى دمشق لإجراء مشاورات.") if e[0] == "talks"] == []


def test_a_state_after_with_is_no_visits_host():
    # the border "with" a neighbour is where the visitor stands, not the neighbour's land
    got = brief("وقام وزير الدفاع الفرنسي بزيارة إلى المنطقة الحدودية مع سوريا لتفقد القوات.")
    assert ("FR", "SY") not in visit_sides(got)


def test_the_one_elected_is_no_body():
    # انتخبه: "him" is the man the people elected, not the council named before
    got = brief("وتحدث المندوب أمام مجلس الأمن أمس. وقال الرئيس الإيراني إن الشعب انتخبه رئيسا عام 2013.")
    assert [e for e in got if e[0] == "office.held"] == []


def test_support_for_states_joined_by_and_is_one_claim_for_all():
    got = brief("وأكد الوزير الإيراني أن بلاده ستواصل دعمها لحلفائها في لبنان والعراق.")
    assert [e[1] for e in got if e[0] == "support.expressed"] == [{"source": "IR", "target": ["LB", "IQ"]}]
    # a state after a relative clause, with no و, is no second target
    got = brief("وأكد الوزير الكندي دعم بلاده لكييف التي تتهم موسكو بتسليح المتمردين.")
    assert [e[1]["target"] for e in got if e[0] == "support.expressed"] == ["UA"]


def test_a_minister_who_will_travel_to_a_capital_plans_a_visit():
    got = brief("وأعلن وزير الخارجية البلجيكي أنه سيسافر إلى الرباط الأسبوع المقبل لإجراء محادثات.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [("BE", "MA", "planned")]


def test_a_verb_trigger_with_the_article_is_another_word():
    # التوجه is "the trend" and الثمن "the price": a verb never takes the article
    got = brief("وانتقد الوزير البريطاني التوجه إلى تركيا بين الشباب، وقال إن الثمن الذي دفعته فرنسا كبير.")
    assert [e for e in got if e[0] in ("visit", "support.expressed")] == []
    # the verb itself still reads
    got = brief("وتوجه وزير الخارجية البريطاني إلى أنقرة أمس.")
    assert ("GB", "TR") in visit_sides(got)


def test_heading_to_a_training_camp_is_no_visit():
    # a club with a name of its own, out of season: the city of its camp is no visitor's state
    got = brief("ويتوجه الشباب الأحد القادم إلى معسكر في فيينا لأسبوعين قبل التوجه إلى ألمانيا.")
    assert not visit_sides(got)


def test_an_organizations_official_in_a_list_of_partners_passes_the_preposition_on():
    got = brief("والتقى الرئيس الفرنسي أمس مع رئيس كينيا ورئيس الاتحاد الأفريقي ووزير الخارجية التشادي.")
    assert [set(e[1]["parties"]) for e in got if e[0] == "talks"] == [{"FR", "KE", "org:AU", "TD"}]
    # a verb between opens the next clause: the body after it is its subject, no partner of the talks before
    got = brief("وبدأ المفوض الأوروبي المحادثات مع لشبونة، وأشادت المفوضية الأوروبية بقرار البرلمان البرتغالي.")
    assert ("support.expressed", {"source": "org:EU", "target": "PT"}) in [(e[0], e[1]) for e in got]


def test_an_arrival_needs_someone_who_arrives():
    # a state's efforts, a figure or a cargo plane "reaching" a place is no visit
    for sentence in ("وتساءل الكاتب إلى أين وصلت جهود مصر في دعم الحوار الليبي.",
                     "وأكد الخبير أن الوصول إلى نسبة 60 في المئة ممكن كما فعلت البرازيل والأرجنتين.",
                     "وقد وصلت إلى مطار بنغازي أمس طائرتان مصريتان محملتان بالأدوية."):
        assert not visit_sides(brief(sentence)), sentence
    # an official arriving is one
    assert ("JO", "IQ") in visit_sides(brief("وصل وزير الخارجية الأردني إلى بغداد أمس."))


def test_bayyana_opening_a_clause_is_a_verb_not_between():
    # وبين written without its shadda is "and he explained": the official after it is the subject, not a side "between"
    got = brief("وبين الوزير السعودي خلال لقائه بوزير الطاقة الروسي أمس أن الأسعار ستتعافى.")
    assert [set(e[1]["parties"]) for e in got if e[0] == "talks"] == [{"SA", "RU"}]
    # the preposition inside a clause still names the sides
    got = brief("وعقدت مباحثات بين الرياض وموسكو أمس.")
    assert [set(e[1]["parties"]) for e in got if e[0] == "talks"] == [{"SA", "RU"}]


def test_a_signing_that_an_act_is_for_is_planned():
    # لتوقيع: the minister travels in order to sign; the signing itself is still to come
    got = brief("ووصل وزير الخارجية التركي إلى الرياض أمس لتوقيع اتفاقية تعاون مع المملكة.")
    assert modalities(got, "agreement.signed") == ["planned"]
    got = brief("ووقع وزير الخارجية التركي ونظيره السعودي أمس اتفاقية تعاون.")
    assert modalities(got, "agreement.signed") == ["asserted"]


def test_moscow_before_1992_is_the_soviet_union():
    got = brief("ووقعت موسكو وواشنطن اتفاقية لخفض الصواريخ النووية في 1972.")
    assert [set(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [{"SU", "US"}]
    got = brief("ووقعت روسيا والولايات المتحدة معاهدة جديدة عام 2010.")
    assert [set(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [{"RU", "US"}]


def test_a_journey_still_to_come_takes_the_date_after_it_not_the_day_it_was_announced():
    got = brief("صرح وزير الخارجية الإيطالي أمس الثلاثاء بأنه سيتوجه إلى الجزائر الأسبوع المقبل في زيارة رسمية.")
    assert [(m, d) for t, _, m, d in got if t == "visit"] == [("planned", "2015-07-27/2015-08-02")]
    past = brief("صرح وزير الخارجية الإيطالي أمس الثلاثاء بأنه زار الجزائر في زيارة رسمية.")
    assert [d for t, _, _, d in past if t == "visit"] == ["2015-07-21"]


def test_an_organizations_official_named_by_his_title_is_the_owner_of_his_visit():
    got = brief("قال الأمين العام لمنظمة أوبك خالد المنصوري إن الأسعار ستتحسن، وذلك خلال زيارته لطوكيو.")
    assert visit_sides(got) == [("org:OPEC", "JP")]


def test_a_visit_an_invitation_is_intended_or_to_come_for_is_proposed():
    for verb in ("وتعتزم الرئاسة توجيه دعوة", "وسترسل الرئاسة دعوة"):
        got = brief(f"{verb} للمبعوث إسماعيل ولد الشيخ لزيارة تعز.")
        assert [(e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [("YE", "proposed")], verb


def test_an_undated_act_takes_the_office_held_for_the_side_the_person_acts_for():
    text = "تعتزم الرئاسة أن توجه للمبعوث الأممي إسماعيل ولد الشيخ دعوة لزيارة تعز."
    doc = read_text(text, doc_id="t", date=DOC_DATE, country="SA")
    visits = [e for e in default_pipeline().analyze(doc, min_confidence=0.0).events if e.type == "visit"]
    assert [(e.roles["visitor"], e.roles["level"]) for e in visits] == [
        ("person:ismail-ould-cheikh-ahmed", "official")]  # the UN's envoy then, his own country's minister later


def test_a_visit_told_as_the_time_of_the_act_takes_its_date_across_commas():
    got = brief("حذر وزير الخارجية الفرنسي أمس، من تدهور الأوضاع، خلال زيارته لبغداد.")
    assert [(e[1]["host_state"], e[3]) for e in got if e[0] == "visit"] == [("IQ", "2015-07-21")]


def test_states_listed_after_a_visit_are_its_destinations_and_a_negation_stays_in_its_act():
    got = brief("وذكر المحلل أن محمد جواد ظريف فضل عدم زيارة الإمارات والبحرين، وزار عمان، وزار أيضا الكويت والعراق.")
    visits = {(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"}
    assert visits == {("IR", "AE", "negated"), ("IR", "BH", "negated"), ("IR", "OM", "asserted"),
                      ("IR", "KW", "asserted"), ("IR", "IQ", "asserted")}
    # a man of no state who went to three countries: nobody's visit, and the first country is no visitor
    assert not [e for e in brief("عمل الباحث سنوات في القاهرة، وزار اليمن والسودان وليبيا.") if e[0] == "visit"]


def test_a_diary_verb_after_one_received_from_someone_has_the_papers_head_as_subject():
    got = brief("وفي يوم السبت تلقى برقية من رئيس وزراء اليابان، وهنأ رئيس موريتانيا بعيد الاستقلال.")
    assert [e[1] for e in got if e[0] == "support.expressed"] == [{"source": "SA", "target": "MR"}]


def test_undated_talks_right_after_a_dated_visit_of_the_same_sides_are_on_its_day():
    got = brief("يصل وزير الخارجية الياباني إلى الرياض الأربعاء المقبل في زيارة رسمية. ومن المقرر أن يلتقي "
                "الوزير الياباني بنظيره السعودي لبحث العلاقات.")
    assert ("talks", "planned", "2015-07-29") in {(e[0], e[2], e[3]) for e in got}
    got = brief("ووصل وزير الدفاع الكندي صباح الاثنين إلى بغداد. والتقى الوزير الكندي بعد وصوله بنظيره العراقي.")
    assert ("talks", "asserted", "2015-07-20") in {(e[0], e[2], e[3]) for e in got}


def test_the_word_for_non_negates_only_the_act_right_after_it():
    # عدم الانتشار names a subject (non-proliferation); the chairing after it is no denial
    got = brief("وخصصت كازاخستان خلال رئاستها مجلس الأمن جلسة لعدم الانتشار ترأسها الرئيس نزارباييف.", threshold=0.0)
    assert got and all(e[2] != "negated" for e in got)
    got = brief("وفضل وزير الخارجية الإيراني عدم زيارة البحرين.", threshold=0.0)
    assert [(e[0], e[2]) for e in got] == [("visit", "negated")]


def test_a_negated_verb_before_a_preposition_of_time_leaves_the_act_after_it_asserted():
    changed = brief("وقال الرئيس إن سياسة كوبا لم تتبدل رغم توقيعها على الاتفاق مع الولايات المتحدة.",
                    threshold=0.0)
    assert [(e[0], e[2]) for e in changed] == [("agreement.signed", "asserted")]
    after = brief("أكد أن سياسة كوبا لن تتبدل بعد توقيع الاتفاق بين كوبا والولايات المتحدة.", threshold=0.0)
    assert [(e[0], e[2]) for e in after] == [("agreement.signed", "asserted")]
    assert [(e[0], e[2]) for e in brief("لم توقع مصر الاتفاقية مع السودان بعد.", threshold=0.0)] == [
        ("agreement.signed", "negated")]


def test_searching_for_is_no_talks():
    for text in ("ويستمر البحث عن صلة بين الأميركي والمكسيكي في تلك الرواية.",
                 "وبدأ الجانب الأميركي البحث عن قنوات لاستئناف الحوار مع روسيا."):
        assert not [e for e in brief(text) if e[0] == "talks"], text


def test_a_state_in_a_quotation_cut_open_by_the_sentence_end_is_no_host():
    got = brief("وقال وزير الخارجية البريطاني عند وصوله إلى القاعة: «نريد أن نرى إيران أكثر مرونة (...)")
    assert not [e for e in got if e[0] == "visit" and e[1].get("host_state") == "IR"]


def test_a_state_where_a_situation_is_is_no_side_of_the_talks():
    # الشرعية في اليمن is what the talks are about: the sides are the visiting minister's state and the capital's
    got = brief("وأوضح المتحدث أن مباحثات وزير الخارجية الأردني في الرياض ستتناول التعاون الذي يجمع البلدين "
                "لدعم الشرعية في اليمن.")
    assert ("talks", {"parties": ["JO", "SA"]}) in [(e[0], e[1]) for e in got]
    assert not [e for e in got if "YE" in e[1].get("parties", [])]


def test_talks_that_began_on_one_day_and_go_on_the_next_are_one_act_of_the_first():
    got = brief("وقال المتحدث إن مباحثات الوزير المغربي في القاهرة التي انطلقت مساء أمس وتتواصل اليوم تتناول "
                "العلاقات الثنائية.")
    talks = [e for e in got if e[0] == "talks"]
    assert [e[3] for e in talks] == ["2015-07-21"]


def test_a_body_before_a_comma_and_a_verb_is_not_joined_to_the_subject():
    got = brief("وفي إطار جولته على الأطراف الإقليمية المعنية وأعضاء مجلس الأمن، زار المبعوث الأممي إلى ليبيا موسكو "
                "أمس واجتمع فيها مع نائب وزير الخارجية الروسي.")
    assert parties(got, "talks") == [["org:UN", "RU"]]


def test_the_giver_of_aid_named_after_from():
    got = brief("ووصلت قافلة مساعدات غذائية من منظمة الصحة العالمية إلى النازحين في الحديدة.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("org:WHO", ["YE"])]
    # a place after من is where the aid comes from, not who gives it
    got = brief("ووصلت مساعدات من ميناء جيبوتي إلى عدن.")
    assert not [e for e in got if e[0] == "aid" and e[1].get("donor") == "DJ"]


def test_the_papers_link_to_its_story_restates_the_headline():
    text = ("زار وزير الخارجية البريطاني مسقط أمس والتقى بالسلطان. "
            "رابط الخبر بصحيفة الوطن: وزير الخارجية الأردني يزور بغداد الأسبوع المقبل")
    got = brief(text)
    assert ("GB", "OM") in visit_sides(got)
    assert ("JO", "IQ") not in visit_sides(got)


def test_support_implied_by_a_condemnation_is_the_praise_the_article_states():
    text = ("استنكرت الجامعة العربية بشدة تصريحات المسؤول الإيراني ضد دولة الكويت. "
            "وأكد الأمين العام للجامعة العربية أن الجهود الصادقة لدولة الكويت في خدمة القضايا العربية معروفة للجميع.")
    got = [e for e in brief(text) if e[0] == "support.expressed"]
    assert [(e[1]["source"], e[1]["target"]) for e in got] == [("org:LAS", "KW")]
    doc = read_text(text, doc_id="t", date=DOC_DATE, country="SA")
    events = default_pipeline().analyze(doc, min_confidence=0.0).events
    assert [e.evidence.text[:4] for e in events if e.type == "support.expressed"] == ["وأكد"]


def test_backing_the_side_of_a_situation_in_a_state_is_no_support_of_that_state():
    got = brief("وأكد وزير الخارجية الأردني أن بلاده ملتزمة بدعم الاستقرار في ليبيا.")
    assert not [e for e in got if e[0] == "support.expressed" and e[1].get("target") == "LY"]
    got = brief("وأكد وزير الخارجية الأردني دعم بلاده لليبيا.")
    assert support_sides(got) == [("JO", "LY")]


@needs_corpus
def test_aid_for_a_people_is_not_given_by_them_when_the_sentence_before_spoke_of_them():
    # a relief centre's spokesman on its convoys to Yemen (July 2015): "this aid … for the Yemeni people" follows a
    # sentence whose subject is Yemen, which is no giver of it
    for doc in ("2015-07-25-364", "2015-07-26-713"):
        article = saudinewsnet.article(doc)
        document = read_text(article.text, doc_id=doc, date=article.date, country="SA")
        aid = [e for e in default_pipeline().analyze(document).events if e.type == "aid"]
        assert aid and not [e for e in aid if e.roles.get("donor") == "YE"], doc



@needs_corpus
def test_a_spokesman_restating_the_talks_makes_no_second_claim():
    # an Egyptian foreign minister's talks in Kuwait (a dev article), then his spokesman's report that "the
    # consultations showed" agreement between the two: one claim, though the report names another person
    doc = "2015-07-25-213"
    article = saudinewsnet.article(doc)
    document = read_text(article.text, doc_id=doc, date=article.date, country="SA")
    talks = [e for e in default_pipeline().analyze(document).events if e.type == "talks"]
    assert [sorted(e.roles["parties"]) for e in talks] == [["EG", "KW"]]


def test_the_purpose_of_a_planned_meeting_is_no_second_talks_held():
    """ستلتقي … لبحث العلاقات: the verbal noun of purpose restates the meeting planned; read alone it would be talks
    held (asserted), dated by the plan's weekday taken as past."""
    got = brief("وستلتقي وزيرة الخارجية الإيطالية الاثنين وزير الخارجية الأردني لبحث العلاقات بين البلدين.",
                date="2015-07-24")
    assert [(e[0], sorted(e[1]["parties"]), e[2], e[3]) for e in got] == [
        ("talks", ["IT", "JO"], "planned", "2015-07-27")]
    # two acts of one sentence, one done and one to come, stay two
    got = brief("التقى وزير الخارجية الإيطالي أمس نظيره الأردني، وسيلتقي الوزيران مجددا الأحد المقبل.",
                date="2015-07-24")
    assert sorted(e[2] for e in got if e[0] == "talks") == ["asserted", "planned"]


def test_the_genitive_of_a_noun_of_backing_is_the_backer():
    """دعم البحرين للشعب الفلسطيني: Bahrain backs, whoever tells of it; backing of a cause names no side backed, and
    the teller never backs the backer."""
    got = brief("أكدت الوزارة دعم البحرين للشعب الفلسطيني.")
    assert support_sides(got) == [("BH", "PS")]
    got = brief("أكدت الوزارة دعم البحرين للقضية الفلسطينية.")
    assert [e for e in got if e[0] == "support.expressed"] == []
    got = brief("أكد الأمين العام دعم الأمم المتحدة للحكومة اليمنية.")
    assert support_sides(got) == [("org:UN", "YE")]


def test_backing_said_with_musanada_is_support_as_with_dam():
    """مساندة is دعم's synonym (a backing noun already): confirmed or pledged, it is support like دعم."""
    got = brief("أكد الرئيس الفرنسي مساندة بلاده لتونس في حربها على الإرهاب.")
    assert support_sides(got) == [("FR", "TN")]
    got = brief("أكدت الوزارة مساندة البحرين للشعب الفلسطيني.")
    assert support_sides(got) == [("BH", "PS")]


def test_a_present_verb_of_backing_backs_only_the_state_it_governs_at_once():
    """تدعم العراق backs Iraq; يدعم ذلك (an argument) backs no state, though the sentence names one later."""
    got = brief("قال الوزير إن الولايات المتحدة تدعم العراق وتدرب جيشه.")
    assert support_sides(got) == [("US", "IQ")]
    got = brief("ويدعم ذلك رغبة روسيا في العودة إلى قاعدتها البحرية في سوريا.")
    assert [e for e in got if e[0] == "support.expressed"] == []


def test_money_given_to_a_state_or_its_people_is_aid_but_investment_is_not():
    got = brief("أعلنت الكويت تقديم 100 مليون دولار لدعم اللاجئين السوريين في الأردن.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["SY"])]
    got = brief("قال الوزير الإيراني إن بلاده ستقدم تسهيلات تجذب 300 مليار دولار من الاستثمارات الأجنبية إلى إيران "
                "من الصين.")
    assert [e for e in got if e[0] == "aid"] == []
    assert [e for e in brief("قدمت الشركة السعودية 20 مليون دولار لمستشفى في مصر.") if e[0] == "aid"] == []


def test_a_denied_plan_is_negated():
    """نفى أن يكون الوزير سيزور …: the future verb is what is denied, so the visit is negated, not planned; a plan
    told after another saying (… وقال إنه سيزور) is a plan again."""
    got = brief("نفى المتحدث باسم الخارجية الإيرانية أن يكون ظريف سيزور الرياض.")
    assert modalities(got, "visit") == ["negated"]
    assert modalities(brief("نفت الحكومة المصرية نية الرئيس زيارة قطر."), "visit") == ["negated"]
    got = brief("نفى الوزير الإيراني الاتهامات وقال إنه سيزور الرياض الأسبوع المقبل.")
    assert modalities(got, "visit") == ["planned"]


def test_praise_of_an_act_goes_to_the_one_whose_act_it_is():
    """أشاد … بالدعم الذي تقدمه المملكة للشعب اليمني: the Kingdom, subject of the relative clause, is praised; Yemen
    only receives what is praised."""
    got = brief("أشاد الأمين العام للأمم المتحدة بالدعم السخي الذي تقدمه المملكة للشعب اليمني.")
    assert support_sides(got) == [("org:UN", "SA")]
    got = brief("ثمن الرئيس اليمني الدعم الذي تقدمه المملكة لبلاده.")
    assert support_sides(got) == [("YE", "SA")]


def test_a_donors_conference_is_an_international_meeting_to_host():
    got = brief("تستضيف الكويت في أكتوبر المقبل مؤتمر المانحين لدعم الشعب السوري.")
    assert [(e[1]["host"], e[2], e[3]) for e in got if e[0] == "hosting"] == [("KW", "planned", "2015-10")]


def test_a_forum_of_a_continents_people_is_an_international_meeting_to_host():
    """ملتقى شباب أفريقيا: a continent in the genitive makes the meeting international, as الأفريقي would."""
    got = brief("اختتم في العاصمة السنغالية داكار أمس منتدى طلاب آسيا بمشاركة مئات الطلاب.", date="2015-07-21")
    assert [(e[1]["host"], e[3]) for e in got if e[0] == "hosting"] == [("SN", "2015-07-20")]


def test_heading_a_delegation_at_a_meeting_is_taking_part_in_it():
    """ترأس الوزير وفد المملكة في الاجتماع …: the subject stands between the verb and the delegation, so the
    phrase رأس الوفد never matched; heading a delegation on a visit (no meeting) and the head of a delegation already
    told (بوفد يرأسه) are no participation of their own."""
    got = brief("ترأس وزير الخارجية وفد المملكة في الاجتماع الوزاري لمنظمة التعاون الإسلامي في الكويت.")
    assert [(e[1]["participant"], e[1].get("series")) for e in got if e[0] == "participation"] == [
        ("SA", "series:oic-meetings")]
    got = brief("وسيرأس الرئيس البرتغالي وفدا من الوزراء ورجال الأعمال خلال جولته في أنغولا.")
    assert [e for e in got if e[0] == "participation"] == []
    got = brief("وتشارك المملكة غدا في مؤتمر الطاقة الدولي في أوسلو بوفد رفيع يرأسه وزير البترول.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["SA"]


def test_a_consulate_or_his_embassy_opened_is_a_mission():
    got = brief("أعادت تونس فتح قنصليتها في طرابلس.")
    assert [(e[1]["sender"], e[1].get("mission")) for e in got if e[0] == "mission.opened"] == [("TN", "consulate")]
    got = brief("فتح العراق سفارته في الرياض.")
    assert [(e[1]["sender"], e[1].get("host"), e[1].get("mission")) for e in got if e[0] == "mission.opened"] == [
        ("IQ", "SA", "embassy")]


def test_an_invitation_received_makes_its_receiver_the_guest():
    """تسلم الرئيس دعوة من نظيره لزيارة باريس: the one before the invitation received it and is the guest; one
    conveyed from someone to someone (نقل … دعوة من … إلى …) keeps the one after إلى as the guest."""
    got = brief("وتسلم الرئيس اللبناني دعوة رسمية من نظيره الفرنسي لزيارة باريس.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [
        ("LB", "FR", "proposed")]
    got = brief("نقل الوزير دعوة من الرئيس الفرنسي إلى نظيره الإيراني لزيارة باريس.")
    assert visit_sides(got) == [("IR", "FR")]


def test_a_strategic_dialogue_is_talks_and_one_date_is_read_once():
    got = brief("وسيزور وزير الخارجية الياباني البرازيل الأحد لإجراء حوار استراتيجي مع نظيره.")
    assert ("talks", "planned", "2015-07-26") in {(e[0], e[2], e[3]) for e in got}
    got = brief("ومن المنتظر وصول وزير الخارجية الهندي الأحد إلى طوكيو ليشارك مع نظيره الياباني في رئاسة "
                "الحوار الاستراتيجي بين البلدين.")
    talks = [(e[2], e[3]) for e in got if e[0] == "talks"]
    assert talks == [("planned", "2015-07-26")]


def test_the_future_prefix_makes_a_plan_of_any_imperfect_trigger():
    """سـ on an imperfect verb (سيوقع، ستستضيف) is the same trigger, planned; يعقد في (is held in) has no such form,
    for سيعقد most often says "will hold" a meeting, which is no hosting."""
    got = brief("وسيوقع وزير الخارجية السعودي مع نظيره الفرنسي اتفاقية للتعاون الأمني.")
    assert [(e[0], sorted(e[1]["parties"]), e[2]) for e in got] == [("agreement.signed", ["FR", "SA"], "planned")]
    got = brief("وستستضيف الصين الجولة الثانية من المحادثات الأفغانية الأسبوع المقبل.")
    assert [(e[1]["host"], e[2]) for e in got if e[0] == "hosting"] == [("CN", "planned")]
    got = brief("وأفاد بيان ليبي بأن الوزير سيعقد في تونس لقاء مع الموفد الأممي أثناء جولته.")
    assert "hosting" not in {e[0] for e in got}


def test_a_festival_is_no_meeting_a_state_takes_part_in():
    for text in ("وشاركت المستشارة الألمانية في افتتاح مهرجان الموسيقى في مدينة بايرويت.",
                 "وسيشارك الفتى الذي ولد في كمبوديا في إخراج العمل، ثم سيشارك في مهرجانات السينما الكبرى."):
        assert [e for e in brief(text) if e[0] == "participation"] == []


def test_feminine_imperfect_triggers_and_their_future():
    """A state or a minister may be feminine: توقعان، تتوجه، تبحث، تثمن are triggers as their ي forms are, ستتوجه is
    planned; ستعقد (will complicate) is no hosting."""
    got = brief("وأعلنت طوكيو أن اليابان والهند توقعان غدا اتفاقية للتعاون البحري.")
    assert [(e[0], sorted(e[1]["parties"]), e[2]) for e in got] == [("agreement.signed", ["IN", "JP"], "planned")]
    assert visit_sides(brief("وستتوجه وزيرة الخارجية السويدية إلى القاهرة الأحد.")) == [("SE", "EG")]
    got = brief("كما تبحث وزيرة الخارجية القبرصية مع نظيرها اليوناني ملف الطاقة.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["CY", "GR"]]
    assert brief("وقال البيان إن هذه الخطوة ستعقد فرص التسوية في اليمن.") == []


def test_a_word_of_a_name_is_no_modality_cue():
    """بن بنية is a name, not ب + نية (with the intention of): the rejection it opens is told as done."""
    got = brief("أعرب رئيس مجلس النواب الأردني بالإنابة سالم بن بنية عن رفضه لاتهامات مسؤول عراقي سابق زعم "
                "فيها أن المملكة تدعم الإرهاب.")
    assert [(e[0], e[1]["source"], e[1]["target"], e[2]) for e in got] == [("support.expressed", "JO", "SA", "asserted")]


def test_support_still_to_come_is_no_claim():
    assert brief("ولم تظهر الحكومة الإيرانية أي نية لوقف دعمها للحكومة السورية.") == []


def test_the_nisba_of_a_town_is_where_an_agreement_is_signed():
    got = brief("ووقعت مصر وفرنسا في مدينة مراكش الحمراء المغربية اتفاقا للتعاون البحري.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["EG", "FR"]]
    got = brief("ووقعت تونس في مدينة جنيف السويسرية مع جمهورية ناميبيا مذكرة للتعاون الثقافي.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["NA", "TN"]]


def test_the_one_thanked_for_hosting_is_the_host_not_the_speaker():
    got = brief("وعبر وزير الخارجية المصري في كلمته عن امتنانه لأمير دولة قطر لاستضافة اجتماع مجلس الجامعة العربية.")
    assert [e[1]["host"] for e in got if e[0] == "hosting"] == ["QA"]


def test_restored_relations_and_each_side_reopening_its_embassy():
    """أعادتا العلاقات is relations established again; each of the two reopening its embassy in the other's capital
    is one mission each way; re-opening an embassy is no relations restored."""
    got = brief("وفي خطوة تاريخية أعادت البرتغال والسنغال رسميا العلاقات الدبلوماسية، ثم أعادت كل من الدولتين فتح "
                "السفارة التي أغلقتها.", threshold=0.0)
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "relations.established"] == [["PT", "SN"]]
    assert sorted((e[1]["sender"], e[1]["host"]) for e in got if e[0] == "mission.opened") == [("PT", "SN"),
                                                                                               ("SN", "PT")]
    got = brief("أعادت المملكة المتحدة فتح سفارتها في طهران بعد أربع سنوات من قطع العلاقات الدبلوماسية.", threshold=0.0)
    assert [e[0] for e in got] == ["mission.opened"]
    got = brief("وفي خطوة تاريخية أقامت البرتغال والسنغال العلاقات الدبلوماسية، وافتتحت كل من الدولتين سفارة لدى الأخرى.",
                threshold=0.0)
    assert sorted((e[1]["sender"], e[1].get("host")) for e in got if e[0] == "mission.opened") == [("PT", "SN"),
                                                                                                   ("SN", "PT")]


def test_a_passive_future_makes_the_act_planned():
    got = brief("وسيتم توقيع اتفاقية بين مصر وفرنسا للتعاون البحري.", threshold=0.0)
    assert [(e[0], e[2]) for e in got] == [("agreement.signed", "planned")]
    got = brief("وسيُعاد كذلك فتح السفارة الإيطالية في طرابلس.", threshold=0.0)
    assert [(e[0], e[2]) for e in got] == [("mission.opened", "planned")]


def test_his_visit_to_the_country_of_the_one_he_met_is_the_guests():
    """التقى A B … خلال زيارته لبلد B: the nearest person is the one met there, so "his" visit is A's."""
    assert visit_sides(brief("التقى وزير الخارجية الياباني الخميس رئيس الوزراء الهندي في اليوم الأخير من زيارته "
                             "للهند.")) == [("JP", "IN")]
    assert visit_sides(brief("استقبل الرئيس المصري وزير الخارجية السعودي خلال زيارته للقاهرة.")) == [("SA", "EG")]


def test_an_act_called_for_is_only_proposed_but_a_meeting_called_is_convened():
    got = brief("وطالبت الجامعة العربية بتوقيع اتفاقية بين السودان وجنوب السودان لترسيم الحدود.")
    assert [(e[0], e[2]) for e in got] == [("agreement.signed", "proposed")]
    got = brief("ودعا أمين عام الناتو إلى لقاء عاجل مع تركيا يوم الثلاثاء المقبل.")
    assert [(e[0], e[2]) for e in got] == [("talks", "planned")]


def test_the_meeting_a_state_hosted_does_not_keep_the_hosting_from_its_date():
    got = brief("وكانت ألمانيا قد استضافت اجتماع قمة لزعماء الدول الصناعية في بافاريا الشهر الماضي.")
    assert [(e[0], e[1]["host"], e[3]) for e in got if e[0] == "hosting"] == [("hosting", "DE", "2015-06")]


def test_the_state_whose_celebration_a_delegation_attends_is_where_not_who():
    got = brief("وتوجه إلى بورت لويس وفد من حكومة المملكة برئاسة الأمير فيصل بن سلطان للمشاركة في احتفالات "
                "جمهورية موريشيوس بعيدها الوطني.")
    assert [(e[1]["participant"], e[1].get("location")) for e in got if e[0] == "participation"] == [("SA", "MU")]


def test_backing_told_in_a_relative_clause_goes_from_its_subject_to_the_antecedent():
    """الجماعة التي تدعمها إيران: Iran backs a group, no state; الجيش اللبناني الذي تدعمه فرنسا: France backs Lebanon."""
    assert brief("وقالت واشنطن إن العقوبات على الميليشيات المسلحة التي تدعمها إيران باقية.") == []
    got = brief("وحصل الجيش اللبناني الذي تدعمه فرنسا على دفعة جديدة من العتاد.")
    assert support_sides(got) == [("FR", "LB")]


def test_the_owner_of_praise_after_a_party_leader_is_no_state_told_before():
    text = ("زار وزير الخارجية التونسي الجزائر أمس. وأعرب رئيس حزب النهضة عن تقديره لجهود الجزائر في دعم "
            "الاستقرار.")
    assert [e for e in brief(text) if e[0] == "support.expressed" and e[1]["source"] == "TN"] == []


def test_a_group_of_states_alone_signs_for_its_members():
    got = brief("ووقعت دول مجموعة بريكس العام الماضي في البرازيل اتفاقية لإنشاء مصرف مشترك.")
    assert [(e[0], sorted(e[1]["parties"]), e[3]) for e in got] == [
        ("agreement.signed", ["BR", "CN", "IN", "RU", "ZA"], "2014")]
    # the bare name is the bloc one joins, not its members joining
    got = brief("وانضمت إيران إلى منظمة شنغهاي والبريكس.")
    assert [(e[0], e[1]["member"]) for e in got] == [("membership.joined", "IR")]


def test_an_act_told_as_what_time_runs_since_takes_no_date_of_the_sentence():
    for text in ("وصل الوزير الألماني إلى طهران أمس في أول زيارة منذ أن أبرمت القوى الست مع طهران الاتفاق النووي.",
                 "والتقى الوزير أمس نظيره الإيراني لأول مرة منذ توقيع طهران والقوى الست الاتفاق النووي."):
        got = brief(text)
        assert [e[3] for e in got if e[0] == "agreement.signed"] == [None], text
        assert [e[3] for e in got if e[0] != "agreement.signed"] == ["2015-07-21"], text


def test_a_demonstrative_points_back_at_the_act_already_told():
    got = brief("التقى ولي العهد يوم الأربعاء في جدة وزير دفاع الولايات المتحدة آشتون كارتر. وتعد هذه المباحثات "
                "بين الرئيس أوباما والملك سلمان الأولى منذ شهور.")
    assert [(e[0], e[3]) for e in got if e[0] == "talks"] == [("talks", "2015-07-22")]


def test_after_since_the_one_named_before_is_no_party_of_the_signing():
    got = brief("والتقى الرئيس الأمريكي الملك سلمان أمس للمرة الأولى منذ إبرام الاتفاقية مع طهران حول ملفها "
                "النووي.")
    assert [(e[0], e[1]["parties"]) for e in got if e[0] == "talks"] == [("talks", ["US", "SA"])]
    signed = [e[1] for e in got if e[0] == "agreement.signed"]
    assert [s.get("instrument") for s in signed] == ["instrument:jcpoa"] and "SA" not in signed[0]["parties"]


def test_talks_someone_is_authorized_to_hold_are_planned_however_long_his_title():
    got = brief("قرر المجلس تفويض وزير الطاقة والصناعة والثروة المعدنية نائب رئيس اللجنة العليا للتنمية – أو من "
                "ينيبه – بالتباحث مع الجانب الكوري في مذكرة تعاون.")
    assert [(e[0], e[1]["parties"], e[2]) for e in got] == [("talks", ["SA", "KR"], "planned")]
    # consultations a memorandum is about are its topic, not talks held
    assert not brief("وأقر المجلس اتفاقا في شأن المشاورات الدورية بين السعودية وتشيلي.")


def test_the_arab_human_rights_committee_acts_for_the_arab_league():
    got = brief("واجتمع وفد لجنة حقوق الإنسان العربية أمس بوزير العدل اليمني في الرياض.")
    assert [(e[0], sorted(e[1]["parties"])) for e in got if e[0] == "talks"] == [("talks", ["YE", "org:LAS"])]


def test_a_congratulation_is_not_dated_by_the_anniversary_it_marks():
    got = brief("وبعث الرئيس التونسي برقية تهنئة إلى نظيره المغربي بمناسبة الذكرى السادسة عشرة لتوليه العرش في 30 "
                "يوليو 1999.")
    assert [(e[0], e[1]["source"], e[3]) for e in got] == [("support.expressed", "TN", None)]


def test_headed_by_holds_an_office_only_in_the_body_named_right_before_it():
    got = brief("وافتتحت أمس الدورة العادية لمجلس الجامعة العربية برئاسة الكويت.")
    assert [(e[0], e[1]["holder"], e[1]["body"]) for e in got] == [("office.held", "KW", "org:LAS")]
    for text in ("وأشادت الحركة عقب اجتماع لمكتبها السياسي برئاسة الرئيس الفلسطيني بموقف الاتحاد الأوروبي.",
                 "وعقدت لجنة المتابعة العربية اجتماعا برئاسة مصر لبحث قرار مجلس الأمن.",
                 "واشتكى النواب من أن رئاسة البرلمان تسببت في أزمة دبلوماسية مع الاتحاد الأوروبي الأسبوع الماضي."):
        assert not [e for e in brief(text) if e[0] == "office.held"], text


def test_backing_in_a_relative_clause_after_an_indefinite_noun_backs_that_noun():
    got = brief("وصل الرئيس اليمني إلى عدن أمس. وسيطر مقاتلون محليون تدعمهم غارات التحالف الذي تقوده السعودية على "
                "الميناء.")
    assert not [e for e in got if e[0] == "support.expressed"]
    got = brief("أشاد الوزير المصري بجهود الاتحاد الأوروبي. وزار الوفد عشرين مستشفى يدعمها الاتحاد الأوروبي في "
                "المحافظات.")
    assert support_sides(got) == [("EG", "org:EU")]
    got = brief("وأكد الوزير أن المملكة تدعم اليمن وأن بلاده تسانده في مواجهة الإرهاب.")
    assert support_sides(got) == [("SA", "YE")]


def test_a_private_citizens_gift_or_a_scholarship_is_no_aid():
    for text in ("وتبرعت مواطنة سعودية خلال حفل خيري بمبلغ مالي للأسر اليمنية المقيمة في المدينة.",
                 "وتبرع رجل أعمال إماراتي بأجهزة طبية لمستشفى في الأردن.",
                 "وكان الباحث قد حصل على منحة دراسية من الحكومة البريطانية للدراسة في كندا.",
                 "ونالت الفنانة منحة الإبداع من مؤسسة فرنسية في إسبانيا عام 2010."):
        assert not [e for e in brief(text) if e[0] == "aid"], text
    got = brief("وقدمت المملكة منحة لليمن بقيمة مليار دولار.")
    assert [(e[0], e[1]["donor"], e[1]["recipients"]) for e in got] == [("aid", "SA", ["YE"])]


def test_aid_spoken_of_is_no_gift():
    for text in ("وبشأن المساعدات العسكرية لإسرائيل، قال المسؤول الأمريكي إن بلاده لا تحمل أي عرض جديد.",
                 "واتفق الطرفان على بدء مفاوضات حول المساعدات الأوروبية لليونان."):
        assert not [e for e in brief(text) if e[0] == "aid"], text


def test_relations_are_founded_only_when_the_founding_verb_governs_them():
    got = brief("تأسست العلاقات بين المملكة وكازاخستان عام 1994.")
    assert [(e[0], sorted(e[1]["parties"]), e[3]) for e in got] == [("relations.established", ["KZ", "SA"], "1994")]
    for text in ("وتأسست الشركة عام 1821 في جزيرة مالطا البريطانية ثم نسج صاحبها علاقات مع الفرنسيين.",
                 "وبعد توقيع الاتفاق تأسست بمدينة لاهاي هيئة تحكيم أمريكية إيرانية رغم تعقد العلاقات بين البلدين."):
        assert not [e for e in brief(text) if e[0] == "relations.established"], text


def test_a_participle_of_praise_praises_for_the_subject_of_its_sentence():
    got = brief("والتقى الرئيس التونسي أمس مبعوث مجلس التعاون الخليجي. ورحب الرئيس بمبعوث مجلس التعاون الخليجي لدى "
                "تونس مشيدا بمواقف الإخوة في دول المجلس المساندة لتونس.")
    assert support_sides(got) == [("TN", "org:GCC")]
    got = brief("وأكد الرئيس المصري أن البلدين جناحا الأمن العربي، مشيدا بحضور ولي العهد الأردني حفل التخرج.")
    assert support_sides(got) == [("EG", "JO")]


def test_the_place_left_after_a_visit_is_where_the_visit_was_whatever_titles_stand_between():
    got = brief("غادر الرياض أمس دولة رئيس وزراء ماليزيا السيد نجيب عبد الرزاق بعد زيارته للقاء المسؤولين.")
    assert [(e[0], e[1]["visitor_state"], e[1]["host_state"], e[3]) for e in got if e[0] == "visit"] == \
        [("visit", "MY", "SA", "2015-07-21")]
    # heading for Cairo, he ended a visit where he left and begins the next one
    got = brief("غادر الرياض أمس وزير الخارجية الماليزي متوجها إلى القاهرة بعد زيارته للبلدين.")
    assert visit_sides(got) == [("MY", "SA"), ("MY", "EG")]


def test_a_states_participation_in_the_proceedings_of_an_international_meeting():
    got = brief("وقال المسؤول إن مشاركة المملكة في أعمال المؤتمر الدولي لحوار الأديان في جنيف تأتي دعما للحوار.")
    assert [(e[0], e[1]["participant"]) for e in got] == [("participation", "SA")]
    assert not brief("وأشاد المدرب بمشاركة اللاعبين في أعمال الصيانة للملعب.")


def test_reaching_an_agreement_still_sought_is_no_signing():
    for text in ("ويقلق الخليجيين سعي واشنطن للتوصل إلى اتفاق مع طهران يخص ملفها الصاروخي.",
                 "وتراجعت الأسعار مع احتمال توصل روسيا إلى اتفاق مع أوكرانيا الشهر المقبل.",
                 "وقال المحلل إنه يمكن لمصر والأردن التوصل إلى اتفاق جديد لتبادل الغاز."):
        assert not [e for e in brief(text) if e[0] == "agreement.signed"], text
    got = brief("وتوصلت مصر والأردن أمس إلى اتفاق جديد لتبادل الغاز.")
    assert [(e[0], sorted(e[1]["parties"]), e[2]) for e in got] == [("agreement.signed", ["EG", "JO"], "asserted")]


def test_what_may_be_said_of_a_meeting_held_leaves_it_held():
    got = brief("يمكن وصف اللقاء الذي جرى أمس في الرياض بين وزيري خارجية المملكة وتونس بأنه صريح.")
    assert {(e[0], e[2]) for e in got} == {("talks", "asserted")}
    got = brief("وقال الخبير إنه يمكن عقد لقاء بين وزيري خارجية المملكة وتونس الشهر المقبل.")
    assert {e[2] for e in got if e[0] == "talks"} == {"proposed"}


def test_officials_met_after_the_arrival_are_no_visitors():
    got = brief("وغادر المبعوث بيروت أمس متوجها إلى باريس لمتابعة مشاوراته، وكان المبعوث وصل إلى لبنان يوم "
                "السبت قادما من عمّان حيث أجرى محادثات مع المسؤولين الأردنيين.")
    assert not [e for e in got if e[0] == "visit" and e[1].get("visitor_state") == "JO"]


def test_talks_after_a_sentence_of_two_planned_visits_take_the_date_of_the_one_they_meet():
    got = brief("وتصل المسؤولة الأوروبية فيدريكا موغيريني الأحد إلى الرياض في زيارة رسمية كما ستزور موغيريني "
                "الأردن. ومن المقرر أن تلتقي موغيريني الوزير الجبير في جدة لمناقشة الملفات الإقليمية.")
    assert [(sorted(e[1]["parties"]), e[2], e[3]) for e in got if e[0] == "talks"] == [
        (["SA", "org:EU"], "planned", "2015-07-26")]


def test_the_states_of_a_visitors_companions_are_no_hosts():
    got = brief("وزار المنسق المخيم الفلسطيني برفقته دبلوماسيون من السويد والدنمارك، وقال إن الهدم محظور.")
    assert not [e for e in got if e[0] == "visit"]
    got = brief("وزار وزير الخارجية النرويجي الأردن أمس برفقة وفد من رجال الأعمال.")
    assert visit_sides(got) == [("NO", "JO")]


def test_a_film_director_or_a_singer_travels_for_no_state():
    for text in ("وقالت الصحف إن الممثلة والمخرجة البريطانية إيما تومسون ستتوجه إلى تايلاند لتصوير فيلمها.",
                 "وتوجه المغني الأمريكي جون ليجند إلى تونس أمس لإحياء حفل غنائي."):
        assert not [e for e in brief(text) if e[0] == "visit"], text


def test_talks_of_a_movement_acting_for_nobody_take_no_state_from_the_passage():
    got = brief("واستضافت باكستان الجولة الأولى من المفاوضات. وقالت حركة طالبان أمس إنها لم تبلغ بموعد جولة جديدة من "
                "المحادثات مع السلطات الأفغانية.")
    assert not [e for e in got if e[0] == "talks" and "PK" in e[1]["parties"]]
    got = brief("واستضافت باكستان الجولة الأولى من المفاوضات. وقال وزير الخارجية الباكستاني إن محادثات السلام مع "
                "السلطات الأفغانية ستستأنف قريبا.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["AF", "PK"]]


def test_aid_negotiated_as_a_package_is_no_gift():
    got = brief("وذكر وزير المالية الألماني أن الأطراف اتفقت على التفاوض مجددا حول حزمة مساعدات ثالثة لقبرص.")
    assert not [e for e in got if e[0] == "aid"]
    got = brief("وقدمت ألمانيا حزمة مساعدات جديدة لقبرص.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("DE", ["CY"])]


def test_thanks_directed_by_a_verb_before_the_noun_is_support_of_each_state_and_body_thanked():
    got = brief("وألقى رئيس الوزراء الأردني كلمة في الجلسة. ووجه رئيس الوزراء الأردني الشكر لقطر ودول مجلس التعاون "
                "على وقوفها مع بلاده.")
    assert support_sides(got) == \
        [("JO", ["QA", "org:GCC"])]
    got = brief("وتقدم وزير الخارجية الليبي بالشكر لتونس على استضافة الحوار.")
    assert support_sides(got) == [("LY", "TN")]


def test_congratulations_presented_by_a_verb_or_a_participle_before_the_noun_are_support():
    # تهاني / التهاني after قدم or مقدما, like الشكر after وجه: the speaker congratulates the state after ل
    got = brief("والتقى وزير الخارجية الأردني نظيره التونسي أمس. وذكر الوزير الأردني أن الجانبين بحثا الأوضاع في "
                "ليبيا، مقدما تهاني بلاده لحكومة تونس على نجاح موسمها السياحي.")
    assert support_sides(got) == [("JO", "TN")]
    got = brief("وقدم وزير الخارجية الأردني التهاني لحكومة تونس على افتتاح الميناء الجديد.")
    assert support_sides(got) == [("JO", "TN")]
    # a wish of more progress (المزيد من التقدم) near congratulations is no verb presenting them
    assert not [e for e in brief("وعبر الوزير الأردني عن أبلغ التهاني، ولحكومة وشعب تونس المزيد من التقدم.")
                if e[0] == "support.expressed"]


def test_backing_aimed_at_after_ala_is_by_the_speakers_state_not_the_audience_or_the_state_backed():
    # حرص بلاده على دعم X: X after the bare noun is backed; the body before أمام is the audience, not the speaker
    got = brief("وأكد وزير الداخلية النمساوي في خطابه أمام البرلمان الأردني حرص بلاده على دعم الأردن في مواجهة "
                "التطرف بوصفه شريكا أساسيا للنمسا.")
    assert support_sides(got) == [("AT", "JO")]
    # with the article and a relative clause, the one who gives the backing is named in it
    got = brief("وأكد وزير الخارجية العراقي أن الاتفاق لن يؤثر على الدعم الذي تقدمه تركيا للعراق.")
    assert support_sides(got) == [("TR", "IQ")]


def test_backing_said_to_go_on_and_thanks_turned_to_a_state_are_support():
    # سنستمر في … لدعم X: backing that goes on is told as support, like ستواصل دعم
    got = brief('وقال أمير قطر في كلمته أمام القمة: "سنستمر في مساعينا لدعم ليبيا بكل الوسائل".')
    assert support_sides(got) == [("QA", "LY")]
    # توجه بشكر: indefinite thanks turned to a state, like تقدم بالشكر
    got = brief("وكانت اليابان قد توجهت عبر أحد وزرائها بشكر خاص لسلطنة عمان على وساطتها.")
    assert support_sides(got) == [("JP", "OM")]
    # شكر as a surname (سمير شكر) in a sentence that says تقدم is no thanks: only بشكر is
    got = brief("وقالت الخارجية اليابانية إن سمير شكر تقدم بطلب لجوء إلى سلطنة عمان.")
    assert not [e for e in got if e[0] == "support.expressed"]


def test_thanks_with_no_verb_of_its_own_before_it_is_no_support():
    # the verb of the sentence's first clause (قدمته) is no verb directing these thanks: the speaker is "I"
    got = brief("وقال إن ما قدمته الكويت كبير، وأريد في الختام أن أوجه رسالة للجميع، كما أوجه الشكر للبحرين.")
    assert not [e for e in got if e[0] == "support.expressed" and e[1]["target"] == "BH"]


def test_praise_of_a_state_and_a_body_joined_by_and_is_support_of_both():
    got = brief("وأشاد وزير الخارجية المصري بمواقف الأردن والاتحاد الأوروبي من القضية.")
    assert support_sides(got) == \
        [("EG", ["JO", "org:EU"])]


def test_a_summit_of_a_bodys_member_states_is_the_bodys_meeting_dated_by_a_while_ago():
    got = brief("أعلن أمير قطر انطلاق القمة الاستثنائية لزعماء دول مجلس التعاون في مدينة الدوحة قبل قليل.",
                date="2015-07-24")
    assert [(e[1], e[3]) for e in got if e[0] == "hosting"] == [({"host": "QA", "series": "series:gcc-meetings", "participants": ["org:GCC"]}, "2015-07-24")]


def test_the_host_of_a_meeting_takes_no_part_in_it_abroad():
    got = brief("استضافت الكويت أمس أعمال الدورة الوزارية لمنظمة التعاون الإسلامي. وألقى أمير الكويت كلمة في افتتاح "
                "أعمال الدورة الوزارية لمنظمة التعاون الإسلامي.")
    assert [e[0] for e in got] == ["hosting"]


def test_who_reports_a_visit_after_a_verb_of_saying_is_not_its_visitor():
    got = brief("قال مسؤول أردني إن قائدا في الجيش المصري قام بزيارة قصيرة لمدينة العقبة اليوم.")
    assert visit_sides(got) == [("EG", "JO")]
    # أن after قبل opens no report: the one who speaks is the one who travels
    got = brief("وقال الرئيس الإيراني قبل أن يتوجه إلى الهند إن بلاده تريد علاقات أوسع.")
    assert visit_sides(got) == [("IR", "IN")]


def test_an_exhibition_whose_organizer_has_an_arab_name_is_no_international_meeting_hosted():
    got = brief("استضافت قطر أمس معرضا للصور الفوتوغرافية تنظمه الجمعية العربية للفنون في مدينة الدوحة.")
    assert not [e for e in got if e[0] == "hosting"]
    got = brief("تستضيف الكويت خلال شهر نوفمبر المقبل، المؤتمر الدولي لمكافحة التصحر.")
    assert [(e[1]["host"], e[2]) for e in got if e[0] == "hosting"] == [("KW", "planned")]


def test_a_speaker_who_spent_years_in_a_capital_is_not_there_on_a_visit():
    got = brief("وقال مسؤول أردني عمل طيلة 15 عاما في القاهرة، إن العلاقات بين البلدين قوية.")
    assert not [e for e in got if e[0] == "visit"]
    got = brief("وقال وزير الخارجية الأردني في القاهرة أمس، إن العلاقات بين البلدين قوية.")
    assert visit_sides(got) == [("JO", "EG")]


def test_aid_appealed_for_is_no_aid_given_by_the_one_appealing():
    got = brief("وكان مركب بحري ينقل معونات إنسانية كويتية قد بلغ صباح أمس مرفأ الحديدة، وذلك عقب مناشدة حكومة اليمن "
                "للأسرة الدولية إرسال مساعدات إغاثة، بينما أعلنت الكويت تحرك قوافل بحرية كويتية إلى ميناء الحديدة.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["YE"])]


def test_the_verbal_noun_of_joining_only_speaks_of_a_joining_unless_told_done_or_planned():
    for text in ("وتناول المقال انضمام المغرب إلى الاتحاد الأفريقي.",
                 "وقد يعزز الاتفاق فرص انضمام صربيا إلى الاتحاد الأوروبي."):
        assert not [e for e in brief(text) if e[0] == "membership.joined"], text
    got = brief("وتعثرت المفاوضات بعد انضمام أرمينيا إلى الاتحاد الاقتصادي الأوراسي.")
    assert [(e[1]["member"], e[2]) for e in got if e[0] == "membership.joined"] == [("AM", "asserted")]
    got = brief("وقالت الحكومة إن صربيا تعتزم الانضمام إلى الاتحاد الأوروبي.")
    assert [(e[1]["member"], e[2]) for e in got if e[0] == "membership.joined"] == [("RS", "intended")]


def test_a_meeting_told_with_the_place_between_commas_still_finds_its_guest():
    # the subject's second title and the time and place between commas stand between the verb's subject and guest
    got = brief("التقى خالد بحاح نائب الرئيس اليمني رئيس الحكومة، صباح اليوم في مقر إقامته في الرياض، أنور قرقاش "
                "وزير الدولة الإماراتي.")
    assert parties(got, "talks") == [["YE", "AE"]]


def test_two_who_meet_each_other_take_no_guest_and_his_highness_is_no_guest_either():
    # the country they were both visiting is no third side of their meeting
    got = brief("التقى رئيسا الوزراء الياباني شينزو آبي والكوري الجنوبي نصف ساعة خلال زيارتهما الصين.")
    assert parties(got, "talks") == [["JP", "KR"]]
    # سموه (his highness) after the host's name is the host again; the guest is the ambassador after it
    got = brief("واستقبل أمير منطقة مكة المكرمة في مكتب سموه أمس سفير جمهورية تشيلي لدى المملكة.")
    assert parties(got, "talks") == [["SA", "CL"]]


def test_a_former_iranian_president_named_by_surname_alone_visits_the_state_a_pronoun_points_to():
    got = brief("كانت فرنسا أول بلد أوروبي يستقبل رئيسا إيرانيا منذ الثورة، وزارها خاتمي عام 1999.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[3]) for e in got if e[0] == "visit"] == [("IR", "FR", "1999")]


def test_a_ship_or_plane_belonging_to_an_organization_brings_its_aid():
    got = brief("رست أمس في ميناء المكلا باخرة تابعة لبرنامج الأغذية العالمي محملة بالمساعدات.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("org:WFP", ["YE"])]
    got = brief("هبطت في مطار عدن طائرة لمنظمة الصحة العالمية تحمل مساعدات طبية.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("org:WHO", ["YE"])]


def test_a_list_of_arriving_delegations_goes_on_past_a_head_whose_title_names_no_state():
    # the Emirati delegation's head is told by a title that names no state and a city (حاكم دبي)
    got = brief("وصل إلى جدة مساء أمس الوفد الأردني برئاسة الملك عبدالله الثاني، والوفد الإماراتي برئاسة نائب "
                "رئيس الدولة حاكم دبي، والوفد التونسي برئاسة وزير الخارجية.")
    assert visit_sides(got) == [("JO", "SA"), ("AE", "SA"), ("TN", "SA")]


def test_a_head_of_state_the_press_names_without_title_returns_from_a_visit():
    got = brief("وقال بينيا نييتو الذي عاد أمس الأول من زيارة رسمية لفرنسا إن حكومته ستحاسب المقصرين.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == \
        [("MX", "FR", "asserted")]


def test_a_meeting_awaited_is_planned_and_takes_the_day_named_inside_the_week():
    got = brief("وتترقب الأسواق اجتماعا هذا الأسبوع في الدوحة في 29 يوليو الجاري بين وزيري خارجية قطر والهند.",
                date="2015-07-27")
    assert [(e[1]["parties"], e[2], e[3]) for e in got if e[0] == "talks"] == [(["QA", "IN"], "planned", "2015-07-29")]


def test_an_envoy_arriving_in_a_capital_visits_it():
    assert visit_sides(brief("وصل مبعوث الرئيس الروسي إلى الرياض أمس.")) == [("RU", "SA")]
    assert visit_sides(brief("وصل المبعوث الأممي إلى الصومال نيكولاس كاي إلى أديس أبابا مساء أمس.")) == [("org:UN", "ET")]


def test_a_language_named_by_its_nisba_is_no_state():
    assert brief("يدعم التطبيق الجديد اللغتين الفرنسية والألمانية مجانا.") == []
    assert brief("وتتوفر الخدمة باللغات الإنجليزية والفرنسية والإسبانية.") == []


def test_the_one_a_traveller_stands_for_is_not_the_visitor():
    # Khamenei's representative arrives in Iraq: Khamenei did not travel
    doc = read_text("وانتقد نواب عراقيون وصول رجل دين إلى العراق ليعمل ممثلا لخامنئي في النجف.",
                    doc_id="t", date=DOC_DATE, country="SA")
    visits = [e for e in default_pipeline().analyze(doc, min_confidence=0.0).events if e.type == "visit"]
    assert not [e for e in visits if e.roles.get("visitor") == "person:ali-khamenei"]
    got = brief("نيابة عن خادم الحرمين الشريفين، وصل الأمير مقرن إلى باريس أمس للمشاركة في القمة.")
    assert visit_sides(got) == [("SA", "FR")]


def test_it_is_time_to_do_something_only_proposes_it():
    assert modalities(brief("وقال مسؤول مصري إنه حان الوقت لإعادة العلاقات الدبلوماسية بين القاهرة وطهران."),
                      "relations.established") == ["proposed"]


def test_a_former_leader_acts_for_nobody_in_the_paper_s_own_time():
    got = brief("قال مصدر إن ممثلين للرئيس اليمني المخلوع علي عبدالله صالح يجرون محادثات مع دبلوماسيين أمريكيين في مسقط.")
    assert parties(got, "talks") == []
    assert visit_sides(brief("يزور الرئيس الفرنسي السابق نيكولا ساركوزي المغرب الأسبوع المقبل.")) == []
    # what he did while in office stands
    got = brief("وزار وزير الخارجية الإيطالي الأسبق ماسيمو داليما طهران عام 2006.")
    assert visit_sides(got) == [("IT", "IR")]


def test_a_club_called_al_fateh_opens_no_embassy():
    assert brief("وصلت بعثة الفتح إلى تونس حيث استقبلها مندوبو سفارة خادم الحرمين الشريفين في المطار.") == []
    # the verbal noun without the article still opens one
    got = brief("قررت الجزائر فتح سفارة في طشقند.")
    assert [(e[1]["sender"], e[1]["host"]) for e in got if e[0] == "mission.opened"] == [("DZ", "UZ")]


def test_my_visit_in_a_quote_is_the_speaker_s():
    # the speaker far before the noun, other actors between: Paris is no visitor of Berlin
    got = brief("وقال وزير الخارجية الأردني ناصر جودة: إن الحكومة تسعى إلى دعم اللاجئين بقيادة الملك عبدالله الثاني "
                "وكذلك السعودية ودول الخليج، وهذا ما أوضحته خلال زيارتي في باريس وبرلين.")
    assert visit_sides(got) == [("JO", "FR"), ("JO", "DE")]


def test_a_city_in_a_relative_clause_after_thanks_is_where_the_one_thanked_served():
    text = ("وقدم السفير السعودي شكره وتقديره للدكتور فهد العتيبي على جهوده طوال الأعوام التي قضاها "
            "بعمان في خدمة الطلاب.")
    assert [e for e in brief(text) if e[0] == "support.expressed"] == []
    # a state praised after a relative pronoun is still the one praised
    got = brief("أعرب وزير الخارجية اليمني عن تقديره للدعم الذي قدمته المملكة لبلاده.")
    assert support_sides(got) == [("YE", "SA")]


def test_a_state_named_in_what_was_said_after_the_trigger_is_no_side_of_it():
    text = ('وأضاف الوزير عقب لقائه وزير الخارجية الأمريكي أمس إنه "لو سعت إيران إلى إثارة المتاعب في الإقليم '
            'فسنتصدى لها".')
    assert [e for e in brief(text) if e[0] == "talks" and "IR" in e[1]["parties"]] == []
    # the sides named before the quotation still meet
    got = brief("التقى الرئيس المصري نظيره الفرنسي وقال: «نعمل مع فرنسا من أجل السلام».")
    assert [sorted(p) for p in parties(got, "talks")] == [["EG", "FR"]]
    # a name in quotation marks is no speech, and a straight quote closing the one the trigger stands in opens none
    got = brief('ويصل وزير الخارجية الأمريكي الأحد إلى القاهرة ليترأس مع نظيره المصري "حوار إستراتيجي" بين '
                'البلدين.')
    assert [sorted(p) for p in parties(got, "talks")] == [["EG", "US"]]


def test_a_minister_of_a_states_regime_acts_for_that_state():
    got = brief("وكان وزير خارجية نظام إيران قد بدأ زيارة لدولتي قطر والكويت.")
    assert ("IR", "QA") in visit_sides(got) and ("IR", "KW") in visit_sides(got)
    assert all(side[0] == "IR" for side in visit_sides(got))


def test_praise_said_in_a_speech_is_its_givers_and_the_one_after_it_is_praised():
    # a tribal sheikh acts for no state: the king after the verb is the one praised, not the one praising
    text = "وفي الحفل تحدث الشيخ سالم العمري شيخ قبائل الوادي بكلمة ثمن فيها موقف خادم الحرمين الشريفين من اليمن."
    assert [e for e in brief(text) if e[0] == "support.expressed"] == []
    got = brief("وألقى وزير الخارجية اليمني كلمة ثمن فيها موقف خادم الحرمين الشريفين من بلاده.")
    assert support_sides(got) == [("YE", "SA")]


def test_a_verb_joined_to_a_tribal_sheikhs_speech_is_his_not_the_praised_states():
    text = ("وتحدث الشيخ أحمد النقيب شيخ مشايخ القبيلة بكلمة أشاد فيها بدور المملكة إلى جانب الشعب اليمني، "
            "وهنأ اليمنيين بالانتصارات.")
    assert [e for e in brief(text) if e[0] == "support.expressed"] == []
    # an official's second verb is still his
    got = brief("وأشاد وزير الخارجية اليمني بدور المملكة في الوقوف بجانب اليمن، وهنأ الشعب السعودي بنجاح موسم الحج.")
    assert support_sides(got) == [("YE", "SA")]


def test_a_firms_seat_and_a_mayors_signature_are_no_acts_of_states():
    # ومقرها: the clitic before the seat's word does not hide it; a research firm's seat is no international facility
    text = "وقالت شركة أبحاث ومقرها لندن إن نشاط المصانع تراجع في منطقة اليورو من دول الاتحاد الأوروبي."
    assert [e for e in brief(text) if e[0] == "hosting"] == []
    text = "ووقع رؤساء بلديات لمدن في الولايات المتحدة وفرنسا إعلانا بشأن المناخ."
    assert [e for e in brief(text) if e[0] == "agreement.signed"] == []
    got = brief("ووقع وزير الخارجية السعودي ونظيره الفرنسي اتفاقية للتعاون.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["FR", "SA"]]
    # an armed group told before the verb signs for no state; a state right after the verb is its subject
    text = "وأعلنت جماعة الحوثي المسلحة في الربيع أنها أبرمت اتفاقا مع إيران لتوسيع أحد الموانئ في الحديدة."
    assert [e for e in brief(text) if e[0] == "agreement.signed"] == []
    got = brief("وقال المتحدث في مؤتمر صحفي نقله التلفزيون بشأن الاتفاق الذي أبرمته إيران مع روسيا في مارس الماضي.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["IR", "RU"]]


def test_a_meeting_called_for_a_weekday_is_convened_for_the_coming_one():
    got = brief("دعا الأمين العام لحلف شمال الأطلسي الدول الأعضاء إلى اجتماع طارئ يوم الثلاثاء بطلب من تركيا.",
                date="2015-07-26")
    assert [(e[2], e[3]) for e in got if e[0] == "talks"] == [("planned", "2015-07-28")]


def test_talks_demanded_of_others_are_proposed_even_joined_to_another_demand():
    # the negotiating is joined by و to the noun the demand governs; nothing says the talks took place
    got = brief("وتحدث الرئيس التشيلي قبل أن يطالب الاتحاد الأوروبي بمراجعة سياسة الصيد البحري والتفاوض مع تشيلي.")
    assert modalities(got, "talks") in ([], ["proposed"])
    got = brief("وطالبت الحكومة السودانية إثيوبيا بوقف البناء والتفاوض مع مصر.")
    assert modalities(got, "talks") in ([], ["proposed"])
    got = brief("وطالبت الحكومة السودانية إثيوبيا باستئناف المفاوضات مع مصر.")
    assert modalities(got, "talks") in ([], ["proposed"])
    # a verb after و is an act of its own
    got = brief("دعا الرئيس الفرنسي إلى وقف القتال والتقى نظيره التشيلي في باريس أمس.")
    assert modalities(got, "talks") == ["asserted"]


def test_relations_resumed_are_established_and_a_door_opened_to_them_only_proposed():
    got = brief("واستأنفت البرتغال والسنغال العلاقات الدبلوماسية في مارس الماضي بعد قطيعة طويلة.")
    assert [(e[2], e[3]) for e in got if e[0] == "relations.established"] == [("asserted", "2015-03")]
    got = brief("وفي ديسمبر الماضي مهدت صفقة لتبادل الأسرى الباب أمام استئناف العلاقات بين البرتغال والسنغال.")
    assert modalities(got, "relations.established") in ([], ["proposed"])


def test_a_plan_verb_opening_the_sentence_governs_the_act_its_purpose_names_past_a_long_subject():
    got = brief("ويستعد وزير الخارجية البرتغالي، الذي تسلم منصبه قبل أشهر قليلة بعد انتخابات مبكرة، لزيارة السنغال.")
    assert modalities(got, "visit") == ["planned"]
    # a journey planned opening the sentence lends its own plan and day to the talks it is for
    got = brief("سيغادر وزير الخارجية البرتغالي غدا إلى السنغال في زيارة رسمية يلتقي خلالها نظيره السنغالي.",
                date="2015-07-21")
    assert [(e[2], e[3]) for e in got if e[0] == "talks"] == [("planned", "2015-07-22")]


def test_what_a_state_seeks_is_intended_and_procedures_still_to_complete_are_planned():
    got = brief("وتسعى مصر إلى توقيع اتفاقية للتعاون مع روسيا.")
    assert modalities(got, "agreement.signed") == ["intended"]
    got = brief("تسرع المملكة الخطى من أجل استكمال إجراءات فتح سفارتها في بغداد.")
    assert modalities(got, "mission.opened") == ["planned"]


def test_a_royal_prince_and_the_kings_adviser_are_officials_not_the_king():
    doc = read_text("وصل صاحب السمو الملكي الأمير مشعل بن ثامر مستشار خادم الحرمين الشريفين إلى الرباط.", doc_id="t",
                    date=DOC_DATE, country="SA")
    visits = [e for e in default_pipeline().analyze(doc, min_confidence=0.0).events if e.type == "visit"]
    assert [(e.roles["visitor_state"], e.roles["host_state"], e.roles.get("level")) for e in visits] == [
        ("SA", "MA", "official")]
    assert not visits[0].roles.get("visitor", "").endswith("mstshar")  # the adviser's title is no part of his name
    # an emir named with his state still heads it
    got = brief("وصل أمير قطر الشيخ تميم بن حمد إلى الرياض أمس.")
    assert visit_sides(got) == [("QA", "SA")]


def test_a_date_in_a_clause_of_contrast_is_not_the_act_before_it():
    got = brief("زار الرئيس التركي برلين، غير أن المستشارة انتقدت أنقرة في سبتمبر 2014.")
    assert [(e[1]["visitor_state"], e[3]) for e in got if e[0] == "visit"] == [("TR", None)]
    got = brief("زار الرئيس التركي برلين في سبتمبر 2014، لكنه لم يلتق المستشارة.")
    assert [(e[1]["visitor_state"], e[3]) for e in got if e[0] == "visit"] == [("TR", "2014-09")]


def test_a_state_goods_come_from_after_the_talks_topic_is_no_partner():
    text = "وأجرى وزير الدفاع الهندي مباحثات مع مسؤولين في شركة خاصة حول تمويل صفقة لشراء طائرات من فرنسا."
    assert [e for e in brief(text) if e[0] == "talks"] == []
    # a partner named before the topic still meets him
    got = brief("وأجرى وزير الدفاع الهندي مباحثات مع نظيره الفرنسي حول شراء طائرات من فرنسا.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["FR", "IN"]]


def test_press_transliterations_of_state_names_are_states():
    got = brief("وصل رئيس وزراء لوكسمبرغ إلى الرياض أمس.")
    assert visit_sides(got) == [("LU", "SA")]
    got = brief("وصل وزير خارجية نيكاراجوا إلى القاهرة أمس في زيارة رسمية.")
    assert visit_sides(got) == [("NI", "EG")]
    got = brief("وصل رئيس قازاخستان إلى أبوظبي أمس.")
    assert visit_sides(got) == [("KZ", "AE")]


def test_the_pronoun_of_praise_opening_a_clause_is_the_one_named_before():
    text = ("ونقل السفير للملك خلال اللقاء تحيات رئيس جمهورية السنغال، وتقديره لمواقف المملكة تجاه السنغال "
            "وشعبها في كل الظروف.")
    got = brief(text)
    assert support_sides(got) == [("SN", "SA")]


def test_a_denial_before_during_leaves_the_visit_told():
    got = brief("وقال المتحدث إن الرئيس الفرنسي لن يتمكن من زيارة القرية أثناء زيارته إلى المغرب.")
    assert ("FR", "MA", "asserted") in [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got
                                        if e[0] == "visit"]


def test_a_family_or_tribes_travelling_or_visiting_act_for_no_state():
    text = ("وقال العم إن أفراد العائلة يقضون إجازتهم في مسقط قبل رجوعهم إلى المملكة. "
            "وذكر أن الأسرة سافرت من المملكة بعد العيد، في جولة شملت الكويت والبحرين.")
    assert [e for e in brief(text) if e[0] == "visit"] == []
    text = "وتلقى أمير الكويت خلال الأيام الماضية زيارات وبرقيات تأييد من القبائل الكويتية في المملكة."
    assert [e for e in brief(text) if e[0] == "visit"] == []


def test_state_aid_of_competition_law_is_no_aid_between_states():
    text = "ويتوقع خبراء مساعدات الدولة في بروكسل أن تخسر أيرلندا القضية أمام المفوضية."
    assert [e for e in brief(text) if e[0] == "aid"] == []


def test_the_world_powers_of_the_iran_deal_are_the_six():
    got = brief("وأبرمت إيران مع القوى العالمية في فيينا اتفاقا بشأن برنامجها النووي.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [
        ["CN", "DE", "FR", "GB", "IR", "RU", "US"]]
    # with no word of Iran in the sentence they are no one
    assert [e for e in brief("وتراقب القوى العالمية أسعار النفط بعد اتفاق أوبك.") if e[0] == "agreement.signed"] == []


def test_aid_to_refugees_goes_to_their_state_not_the_camps():
    got = brief("وقدمت الكويت مساعدات غذائية للاجئين العراقيين في مخيمات تركيا.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["IQ"])]
    got = brief("وقدمت اليابان تبرعا بقيمة مليون دولار لدعم النازحين الصوماليين في كينيا.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("JP", ["SO"])]
    # aid to a state with no refugees named still goes to it
    got = brief("وقدمت الكويت مساعدات غذائية إلى الأردن.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["JO"])]


def test_a_title_after_a_comma_is_the_named_hosts_own_not_a_guest():
    text = ("التقى الأمير محمد بن نايف، ولي العهد النائب الأول لرئيس مجلس الوزراء، في الرياض، أمس، "
            "الرئيس رمضان قاديروف رئيس جمهورية الشيشان.")
    got = brief(text)
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["RU", "SA"]]


def test_families_are_people_aid_goes_to_but_no_visitors():
    got = brief("ووزعت الهيئة القطرية في تعز مساعدات غذائية على الأسر اليمنية المحتاجة.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("QA", ["YE"])]


def test_greeces_creditors_are_the_eu_the_ecb_and_the_imf():
    got = brief("وتعثرت المفاوضات بين اليونان ودائنيها طوال الأشهر الماضية.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["GR", "org:ECB", "org:EU", "org:IMF"]]
    # a company's creditors are no one's
    assert [e for e in brief("وتعثرت المفاوضات بين الشركة ودائنيها.") if e[0] == "talks"] == []


def test_the_leaders_of_the_eu_states_act_for_the_union():
    got = brief("واجتمع رئيس الوزراء البريطاني مع قادة دول الاتحاد الأوروبي في بروكسل.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["GB", "org:EU"]]


def test_aid_someone_is_told_must_come_is_no_aid_given():
    text = "وكان وزير الصحة قد أبلغ منظمة الصحة العالمية الشهر الماضي بضرورة إيصال المساعدات الطبية إلى اليمن."
    assert [e for e in brief(text) if e[0] == "aid"] == []


def test_signing_a_protocol_of_relations_far_from_its_verb_is_one_event():
    text = "ووقعت الكويت في جنيف يوم الاثنين الماضي مع جمهورية الجبل الأسود على بروتوكول إقامة علاقات دبلوماسية بينهما."
    got = brief(text)
    assert [e[0] for e in got] == ["relations.established"]


def test_the_one_it_happened_to_is_the_subject_and_the_sidelines_are_a_venue():
    got = brief("وسبق للرئيس التونسي أن زار الجزائر في العام الماضي.")
    assert visit_sides(got) == [("TN", "DZ")]
    got = brief("وسبق لرئيس الوزراء الياباني أن التقى الرئيس الصيني على هامش قمة منظمة شنغهاي للتعاون.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["CN", "JP"]]


def test_the_states_among_those_taking_part_take_part_and_a_symposium_is_a_meeting():
    text = ("بدأت في مدينة جنيف أمس أعمال المؤتمر الدولي حول اللاجئين بمشاركة ممثلين عن 30 دولة وعدد من المنظمات "
            "الدولية تتقدمها اليونسكو، من بينها الكويت والأردن.")
    got = [(e[1]["participant"], e[1].get("series")) for e in brief(text) if e[0] == "participation"]
    assert got == [("KW", None), ("JO", None)]
    got = brief("وتشارك المملكة اليوم في ندوة دولية تعقد في مدينة ستراسبورغ الفرنسية حول حوار الأديان.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["SA"]


def test_what_one_strove_for_is_intended_and_a_failure_named_at_length_denies_the_deal():
    got = brief("وكان الرئيس المصري قد سعى جاهدا لإعادة العلاقات مع إيران.")
    assert modalities(got, "relations.established") == ["intended"]
    assert modalities(brief("وتسعى مصر لتوقيع اتفاقية للتعاون مع روسيا."), "agreement.signed") == ["intended"]
    text = ("وأعلنت المفوضية فشل الجولة الرابعة من المحادثات الطويلة بين الاتحاد الأوروبي وروسيا وأوكرانيا، "
            "في التوصل إلى اتفاق نهائي حول أسعار الطاقة.")
    assert modalities(brief(text), "agreement.signed") == ["negated"]


def test_a_movements_delegation_praises_for_no_state():
    text = ("قدم وفد من حركة المقاومة الإسلامية الشكر لخادم الحرمين الشريفين على حسن الاستقبال، "
            "مثمنا مواقف قيادة المملكة تجاه قضية فلسطين.")
    assert [e for e in brief(text) if e[0] == "support.expressed"] == []
    # a state's minister with the same participle still praises
    got = brief("وقدم وزير الخارجية الفلسطيني الشكر لخادم الحرمين الشريفين، مثمنا مواقف المملكة تجاه القضية الفلسطينية.")
    assert ("PS", "SA") in support_sides(got)


def test_we_value_is_praise_and_ends_the_aid_clause_before_it():
    text = ("وقال وزير الصحة اليمني: وصلت إلى عدن أمس أدوية ومساعدات طبية مخصصة للمرضى، ونحن نثمن للكويت "
            "قيادة وشعبا وقوفها معنا.")
    got = brief(text)
    assert ("YE", "KW") in support_sides(got)
    assert not [e for e in got if e[0] == "aid" and e[1]["donor"] == "YE"]


def test_a_subject_after_that_is_no_ones_object_and_the_topics_sides_are_no_partners():
    text = ("وأشارت الوكالة إلى أن وزير الخارجية الألماني سيسافر من الرياض إلى طهران لعقد مباحثات مع نظيره الإيراني "
            "حول تطبيق الاتفاق النووي المبرم مع الدول الكبرى.")
    got = brief(text)
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["DE", "IR"]]


def test_a_deal_signed_between_two_states_is_an_agreement_but_not_a_smugglers():
    got = brief("وكانت الجزائر قد وقعت مع روسيا صفقة عسكرية بقيمة ملياري دولار في مارس الماضي.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["DZ", "RU"]]
    got = brief("ووقعت شركة أرامكو صفقة مع شركة يابانية لبيع النفط.")
    assert [e for e in got if e[0] == "agreement.signed"] == []


def test_a_remembered_date_leaves_the_sentence_to_the_leads_date():
    # the date an anniversary remembers dates nothing the sentence tells: the reception is the lead's day
    text = ("جدد وزير الخارجية الكويتي أمس دعم بلاده للأردن. "
            "وجاء ذلك خلال استقباله وزير الخارجية الأردني، وهنأه بمناسبة ذكرى استقلال بلاده في الخامس والعشرين من مايو.")
    got = brief(text, date="2015-07-25")
    assert [(sorted(e[1]["parties"]), e[3]) for e in got if e[0] == "talks"] == [(["JO", "KW"], "2015-07-24")]


def test_what_talks_relate_to_names_no_more_partners():
    text = ("وصلت وزيرة خارجية الاتحاد الأوروبي إلى جدة حيث تعقد مباحثات مع الوزير عادل الجبير، تتعلق بالتعاون "
            "التجاري وبما اتفقت عليه إيران مع الدول الكبرى.")
    got = brief(text)
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["SA", "org:EU"]]


def test_an_unnamed_official_of_an_organization_visits():
    # a state after the organization's name is where he goes, not whom he serves
    got = brief("زار الأمين العام للأمم المتحدة الأردن أمس.")
    assert visit_sides(got) == [("org:UN", "JO")]
    got = brief("يقوم الأمين العام لجامعة الدول العربية اليوم بزيارة إلى العراق.")
    assert visit_sides(got) == [("org:LAS", "IQ")]


def test_a_relative_clause_takes_its_antecedent_for_subject():
    # the actor right before الذي meets, whatever governs him (نقل عن …، أشاد ب …)
    got = brief("وتحدثت الصحف عن وزير الزراعة التونسي الذي اجتمع بوزير التجارة الإيطالي أمس في روما.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["IT", "TN"]]
    got = brief("وأشاد الوزير بالرئيس المصري الذي التقى أمس نظيره التونسي.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["EG", "TN"]]


def _draft(number: int, etype: str, roles: dict, date: str | None, modality: str = "asserted"):
    from alaqat.model import Event, Evidence
    event = Event(id="t", doc="t", type=etype, roles=roles, modality=modality, date=date,
                  date_text="أمس" if date else None, date_basis="document" if date else None,
                  evidence=Evidence((0, 1), (0, 1), "x"), confidence=1.0)
    return (number * 10, number, event, number, (0, 1))


def test_an_undated_visit_takes_the_day_of_its_meeting_told_next():
    from alaqat.extract.events import _visit_dated_by_its_meeting
    visit = {"visitor_state": "IT", "host_state": "IL"}
    meeting = {"parties": ["IT", "IL"], "channel": "meeting"}
    drafts = [_draft(3, "visit", visit, None), _draft(4, "talks", meeting, "2015-07-22")]
    _visit_dated_by_its_meeting(drafts)
    assert (drafts[0][2].date, drafts[0][2].date_basis) == ("2015-07-22", "narrative")
    # a call is no meeting of the visit, a meeting two sentences on is not told with it, nor one dated to a month
    for other in (_draft(4, "talks", {**meeting, "channel": "phone"}, "2015-07-22"),
                  _draft(5, "talks", meeting, "2015-07-22"), _draft(4, "talks", meeting, "2015-07")):
        drafts = [_draft(3, "visit", visit, None), other]
        _visit_dated_by_its_meeting(drafts)
        assert drafts[0][2].date is None


def test_states_joined_to_a_plural_title_met_after_bi_are_all_met():
    got = brief("التقى وزير الخارجية الأردني بسفراء فرنسا وألمانيا وإيطاليا.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["DE", "FR", "IT", "JO"]]
    # a state after ب alone is still a place
    got = brief("التقى وزير الخارجية الأردني بالسفير الفرنسي بعمان.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["FR", "JO"]]


def test_a_visit_told_as_the_time_of_a_long_act_is_its_subjects():
    text = ("وصف وزير الدفاع الأمريكي القوات الكردية بأنها مثال للقوة القادرة على دحر المتطرفين في المنطقة كلها "
            "أثناء زيارة لعاصمة إقليم كردستان العراق أمس.")
    got = brief(text)
    assert visit_sides(got) == [("US", "IQ")]


def test_a_pledge_is_a_plan():
    got = brief("وتعهدت اليابان بتقديم مساعدات بقيمة مليون دولار للأردن.")
    assert modalities(got, "aid") == ["planned"]
    got = brief("وكانت النرويج والدنمارك تعهدتا بتخصيص مساعدات أكبر لتونس.")
    assert modalities(got, "aid") == ["planned"]


def test_a_nisba_before_the_word_of_people_in_need_names_whose_they_are():
    got = brief("وقدمت الكويت مساعدات طبية في جيبوتي للإخوة الصوماليين النازحين واللاجئين.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["SO"])]


def test_public_figures_act_for_no_state():
    got = brief("وهنأت شخصيتان عراقيتان من الحراك الشعبي أمير الكويت بمناسبة العيد.")
    assert [e for e in got if e[0] == "support.expressed"] == []


def test_backing_told_of_a_pronoun_whose_noun_lies_in_another_clause_is_no_event():
    got = brief("وكانت البلدة هدفا لضربات جوية ينفذها التحالف العربي وتدعمها بريطانيا.")
    assert [e for e in got if e[0] == "support.expressed"] == []
    got = brief("وكانت البلدة هدفا لضربات جوية تقودها الإمارات وتدعمها بريطانيا.")
    assert [e for e in got if e[0] == "support.expressed"] == []


def test_the_one_who_says_it_is_no_side_of_what_he_says():
    got = brief("وأكد الوزير أن الكويت تدعم الأردن في مواجهة الإرهاب.")
    assert support_sides(got) == [("KW", "JO")]


def test_students_and_universities_act_for_no_state():
    got = brief("ويشارك في الدورة 40 طالبة من جامعات الكويت وبومباي بالهند.")
    assert [e for e in got if e[0] == "participation"] == []


def test_the_european_central_bank_and_the_rescue_fund_are_organizations():
    got = brief("وبحث وزير المالية القبرصي أمس مع البنك المركزي الأوروبي وصندوق النقد الدولي شروط القرض الجديد.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["CY", "org:ECB", "org:IMF"]]


def test_an_organization_joining_others_in_an_act_is_no_membership():
    got = brief("كما انضم محافظ البنك المركزي الأوروبي إلى صندوق النقد الدولي حين طالب بخفض ديون قبرص.")
    assert [e for e in got if e[0] == "membership.joined"] == []


def test_a_verbs_own_final_ha_is_no_pronoun_of_an_owner():
    # نوه is a verb: its subject praises, whatever state a dateline names before it
    text = "الرياض – واس\nنوه رئيس هيئة الأركان العامة في الأردن بدور الكويت."
    got = brief(text)
    assert support_sides(got) == [("JO", "KW")]


def test_the_european_community_is_the_union():
    got = brief("وكانت المجموعة الأوروبية قد أعلنت تخصيص مساعدات عاجلة للبرتغال.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("org:EU", ["PT"])]


def test_al_jalil_is_venerable_unless_israel_is_near():
    got = brief("وقام وفد من أهالي الدمام بزيارة تكريم لمدير التعليم السابق بمحافظة الأحساء المربي الجليل الشيخ صالح.")
    assert [e for e in got if e[0] == "visit"] == []


def test_south_and_latin_america_are_no_united_states():
    got = brief("وعاد رئيس الوزراء الإيطالي أمس من زيارة إلى أميركا الجنوبية.")
    assert [e for e in got if e[0] == "visit"] == []
    got = brief("وعاد رئيس الوزراء الإيطالي أمس من زيارة إلى أمريكا.")
    assert [e[1]["host_state"] for e in got if e[0] == "visit"] == ["US"]


def test_an_airlift_of_relief_is_aid():
    got = brief("وكانت الكويت قد قررت تسيير جسر جوي لإغاثة الشعب النيبالي بعد الزلزال.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["NP"])]
    got = brief("وسيرت تركيا جسرا جويا لنقل المساعدات إلى الصومال.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("TR", ["SO"])]


def test_a_series_of_meetings_with_officials_is_talks():
    got = brief("ووصل المبعوث الأممي إلى طرابلس أمس حيث أجرى سلسلة لقاءات مع المسؤولين الليبيين.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["LY", "org:UN"]]


def test_the_two_sides_after_a_meeting_with_an_envoy_are_the_state_and_his_organization():
    # (the council is only named in its resolution: no side of the meeting)
    text = ("واستقبل الرئيس الصومالي أمس في مقديشو مبعوث الأمين العام للأمم المتحدة إلى الصومال. وذكرت الوكالة أن "
            "الجانبين تناولا خلال اللقاء الذي حضره نائب الرئيس الصومالي، الأوضاع الراهنة وبحث سبل تطبيق قرار مجلس "
            "الأمن الدولي.")
    got = brief(text)
    assert {tuple(sorted(e[1]["parties"])) for e in got if e[0] == "talks"} == {("SO", "org:UN")}


def test_a_participle_after_a_clause_joined_by_wa_praises_for_the_sentences_subject():
    text = ("ووصف أمين عام مجلس التعاون الخليجي، الزياني، تلك الأقوال بالمضللة، وبأنها تأتي ضمن محاولات النائب "
            "لإفساد علاقات الأردن بجيرانه، وعزله عن عمقه العربي، لصالح أطراف خارجية بعيدة كل البعد عن المصالح الوطنية "
            "الأردنية، منوها بالبيان الصادر من الحكومة الأردنية في هذا الشأن.")
    got = brief(text)
    assert support_sides(got) == [("org:GCC", "JO")]


def test_medical_care_for_refugees_is_aid():
    got = brief("وقدمت البعثة الطبية القطرية الرعاية الطبية للاجئين السودانيين في شرق تشاد طوال الشهر الماضي.", threshold=0.0)
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("QA", ["SD"])]


def test_a_refusal_during_a_visit_does_not_deny_the_visit():
    got = brief("وقال المصدر إن كبير المفاوضين النرويجيين رفض لدى زيارته إلى السويد مؤخرا الإدلاء بأي تصريح.")
    assert [(e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [("SE", "asserted")]


def test_the_movement_acts_for_no_state():
    text = ("وعين الزعيم الجديد نائبا له مقربا من الاستخبارات الباكستانية.\nويقود الزعيم الجديد الذي تنتقد أطراف "
            "متشددة صلاته القوية بباكستان، الحركة في مرحلة حرجة من تاريخها؛ إذ بدأت للمرة الأولى محادثات للسلام مع "
            "الحكومة الأفغانية، بينما تتعرض مواقعها لهجمات متكررة.")
    assert [e for e in brief(text, date="2015-07-31") if e[0] == "talks"] == []


def test_a_movements_leader_acts_for_his_state_only_in_his_office_years():
    text = "وقال إسماعيل هنية إن اللقاء كان مثمرا، معربا عن تقديره لدور المملكة في دعم القضية."
    assert [e for e in brief(text) if e[0] == "support.expressed"] == []
    got = brief("وأشاد إسماعيل هنية بدور المملكة في دعم القضية.", date="2006-06-01")
    assert support_sides(got) == [("PS", "SA")]


def test_a_visit_made_by_members_of_a_movement_is_no_states():
    text = "وأكد الوزير المصري أنه لم تجر أي زيارة رسمية من قادة حركة «حماس» إلى الأردن، وإنما أدى بعضهم العمرة."
    assert [e for e in brief(text) if e[0] == "visit"] == []


def test_a_firms_office_is_no_mission_and_a_state_far_after_the_verb_opens_none():
    text = ("ويضم المعرض شركات أجنبية كثيرة منها «لومير» الحاضرة للمرة الأولى منذ أن افتتحت مكتبا في الدوحة "
            "العام الماضي، إلى جانب شركات أخرى قادمة من ميلانو ومن البرتغال ومن اليونان.")
    assert [e for e in brief(text) if e[0] == "mission.opened"] == []


def test_a_nisba_takes_the_preposition_of_the_people_it_describes():
    text = "وأكد المسؤول القطري استمرار قطر في دعمها الكامل للشعب الليبي."
    got = brief(text)
    assert support_sides(got) == [("QA", "LY")]


def test_a_visit_to_a_place_of_the_visitors_own_state_has_no_foreign_host():
    text = ("وقال إن الرئيس الأميركي أكد أنه لا مكان للنظام في مستقبل سوريا، وكرر ذلك خلال زيارته الأخيرة "
            "لـ«البنتاغون» الأميركي.")
    assert visit_sides(brief(text)) == []


def test_where_the_visitor_is_during_the_visit_outweighs_a_state_named_far_after_it():
    text = ("وتساءل الكاتب عما يعنيه قول وزير الخارجية الأميركي وهو في موسكو، خلال زيارته الأخيرة، إنه يعمل مع "
            "الروس لإيجاد دور لإيران في الحل.")
    assert visit_sides(brief(text)) == [("US", "RU")]
    near = "وقال الوزير الياباني وهو في مدريد، خلال زيارته لإيطاليا الأسبوع المقبل، إن الحوار مستمر."
    assert ("JP", "IT") in visit_sides(brief(near))


def test_verbs_of_negotiating_with_a_partner_are_talks_and_negotiating_on_an_agreement_stays_so():
    got = brief("وتتفاوض البرتغال مع الاتحاد الأوروبي على شروط القرض الجديد.")
    assert parties(got, "talks") == [["PT", "org:EU"]]
    got = brief("وقالت الوزارة إن كوستاريكا بدأت التفاوض على اتفاقية للتجارة الحرة مع بنما.")
    assert [e[0] for e in got] == ["agreement.negotiated"]


def test_an_official_speaking_at_a_press_conference_held_in_another_state_is_there():
    text = "وقال وزير الخارجية الإيراني محمد جواد ظريف في مؤتمر صحفي في الكويت إن أي تهديد لدولة هو تهديد للجميع."
    assert visit_sides(brief(text)) == [("IR", "KW")]
    home = "وقال وزير الخارجية الإيراني في مؤتمر صحفي في طهران إن الوضع في الكويت هادئ."
    assert visit_sides(brief(home)) == []


def test_talks_told_with_no_subject_take_the_sides_named_after_between_further_on():
    text = ("وأقر البرلمان اليوناني خطة تقشف جديدة. وتتجه الأنظار صوب المحادثات المرتقبة في 30 تموز الجاري في موسكو "
            "بين روسيا ومنظمة الدول المصدرة للبترول «أوبك» حول أوضاع السوق.")
    assert parties(brief(text), "talks") == [["RU", "org:OPEC"]]
    other = ("وأقر البرلمان اليوناني خطة تقشف جديدة. وتطرق اللقاء إلى الاتفاق النووي الأخير بين إيران ومجموعة "
             "الدول الست الكبرى.")
    assert ["IR", "US", "GB", "FR", "RU", "CN", "DE"] not in parties(brief(other), "talks")


def test_an_act_told_on_the_morrow_of_the_news_happened_the_day_before_it():
    text = ("أعلن مسؤول عسكري برازيلي الخميس أن الأرجنتين سمحت للبرازيل باستخدام قاعدة جوية. ويأتي الإعلان غداة "
            "محادثة هاتفية بين الرئيسة البرازيلية ونظيرتها الأرجنتينية تناولت أمن الحدود.")
    doc = read_text(text, doc_id="t", date="2015-07-24", country="SA")
    talks = [e for e in extract_events(doc, min_confidence=0.0) if e.type == "talks"]
    assert [(e.date, e.date_text, e.date_basis) for e in talks] == [("2015-07-22", "غداة", "narrative")]


def test_a_day_named_after_the_act_of_the_morrow_dates_another_clause_not_the_news():
    # the news is told before غداة (الخميس, the sentence before); the Friday belongs to a later clause's statement
    text = ("أعلن مسؤول عسكري برازيلي الخميس أن الأرجنتين سمحت للبرازيل باستخدام قاعدة جوية. ويأتي الإعلان غداة "
            "محادثة هاتفية بين الرئيسة البرازيلية ونظيرتها الأرجنتينية، وأعلن وزير الدفاع الأرجنتيني في بيان "
            "الجمعة أن بلاده مصممة على حماية حدودها.")
    doc = read_text(text, doc_id="t", date="2015-07-25", country="SA")
    talks = [e for e in extract_events(doc, min_confidence=0.0) if e.type == "talks"]
    assert [(e.date, e.date_text) for e in talks] == [("2015-07-22", "غداة")]


def test_a_meeting_within_the_frame_of_a_visit_keeps_its_partner_after_the_visit():
    got = brief("اجتمع وزير التجارة الأردني أمس، في إطار زيارة عمل يؤديها حاليا إلى اليابان، مع وزير الخارجية "
                "الياباني.")
    assert ("talks", {"parties": ["JO", "JP"]}, "asserted", "2015-07-21") in got


def test_looking_forward_to_taking_part_in_an_opening_ceremony_is_an_intention():
    got = brief("وجاء في رسالة الرئيس الفرنسي تطلعه للمشاركة في حفل افتتاح السد الجديد في إثيوبيا.")
    assert [(e[1]["participant"], e[2]) for e in got if e[0] == "participation"] == [("FR", "intended")]
    assert not [e for e in brief("ويستعد ممثلون من المملكة للمشاركة في أعمال درامية خليجية جديدة.")
                if e[0] == "participation"]


def test_the_rome_statute_is_no_city_and_a_visit_going_on_with_kama_is_the_sentence_subjects():
    got = brief("قلل أمر التوقيف أسفار الرئيس السوداني، لكنه واظب على زيارة بلدان لم تصادق على ميثاق روما "
                "مثل مصر، كما زار بلدانا صادقت على وثيقة روما ومن بينها نيجيريا.")
    visits = visit_sides(got)
    assert ("SD", "NG") in visits and not [v for v in visits if "IT" in v]


def test_the_month_an_office_was_taken_is_no_date_of_the_tour_told_after_it():
    from alaqat.pipeline import default_pipeline
    since_taking_office = default_pipeline().extractor._since_taking_office  # its words: taking_office cues
    assert since_taking_office.search("وهي الأولى منذ توليه مهامه في ")
    assert since_taking_office.search("منذ انتخابها ")
    assert not since_taking_office.search("تقيم البلدان علاقات منذ عام ")
    got = brief("وصل الرئيس الفنلندي أمس إلى الأردن في زيارة هي الأولى منذ توليه مهامه في مارس الماضي، وتأتي في "
                "إطار جولة شملت حتى الآن الكويت ومصر.")
    dates = {e[1]["host_state"]: e[3] for e in got if e[0] == "visit"}
    assert dates == {"JO": "2015-07-21", "KW": None, "EG": None}


def test_a_visit_told_again_with_the_people_met_there_is_one_visit():
    got = brief("وصل وزير الخارجية الياباني فوميو كيشيدا صباح الثلاثاء إلى العراق. وأجرى الوزير الياباني بعد "
                "وصوله إلى بغداد محادثات مع رئيس الوزراء حيدر العبادي.")
    assert [(e[1]["host_state"], e[3]) for e in got if e[0] == "visit"] == [("IQ", "2015-07-21")]


def test_aid_a_state_gave_in_a_relative_clause_goes_to_the_state_after_lam():
    got = brief("وأشاد الوزير بجهود الكويت في المساعدات التي قدمتها للأردن.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["JO"])]


def test_pride_in_a_president_and_his_people_is_support():
    got = brief("وأبدى الملك في البرقية اعتزازه الكبير بالرئيس التونسي وبالشعب التونسي.")
    assert support_sides(got) == [("SA", "TN")]


def test_welcoming_a_state_guest_is_support():
    got = brief("وفي مستهل المأدبة رحب الرئيس التونسي بولي العهد الكويتي.")
    assert support_sides(got) == [("TN", "KW")]


def test_a_visit_told_on_two_of_its_days_is_one_visit_dated_by_its_first():
    got = brief("التقى ولي العهد في الرياض أول من أمس بوزير الخارجية الأردني. وفي اليوم التالي، أمس، التقى "
                "الملك بالوزير الأردني في الرياض.")
    assert [(e[1]["host_state"], e[3]) for e in got if e[0] == "visit"] == [("SA", "2015-07-20")]


def test_a_mans_title_right_after_a_feminine_verb_is_whom_she_met():
    got = brief("التقت وزيرة الدفاع الإسرائيلية سفير السويد أمس. كما كانت التقت قبل أيام "
                "نائب وزير الخارجية الإسباني.")
    assert sorted(tuple(sorted(e[1]["parties"])) for e in got if e[0] == "talks") == [("ES", "IL"), ("IL", "SE")]


def test_the_earlier_stops_of_a_tour_take_no_date_from_the_lead():
    got = brief("وصل وزير الخارجية الياباني اليوم إلى بغداد. وهذه المحطة جزء من جولة "
                "شملت حتى الآن الكويت والأردن.")
    dates = {e[1]["host_state"]: e[3] for e in got if e[0] == "visit"}
    assert dates == {"IQ": "2015-07-22", "KW": None, "JO": None}


def test_praise_with_athna_ala_is_support():
    got = brief("وأثنى رئيس الوزراء الكندي على الدعم الذي قدمه الرئيس المكسيكي.")
    assert support_sides(got) == [("CA", "MX")]


def test_talks_that_are_a_journeys_purpose_with_lam_are_with_the_state_travelled_to():
    got = brief("توجه وزير الداخلية الإيطالي أمس إلى تونس للبحث مع مسؤولين أمنيين سبل ضبط الحدود.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "talks"] == [["IT", "TN"]]
    assert not [e for e in brief("وقبلت الحكومة أن يزور خبراء دوليون ليبيا لبحث أوضاع السجون.") if e[0] == "talks"]


def test_from_and_to_right_after_a_verb_of_travel_are_the_trip():
    got = brief("وأفادت مصادر بأن وزير الخارجية الياباني سيتوجه من القاهرة إلى أنقرة بعد غد.")
    assert visit_sides(got) == [("JP", "TR")]
    # a range named after a noun is still a span of the map, no trip
    assert not visit_sides(brief("وقام الرئيس بجولة في المنطقة الممتدة من المغرب إلى العراق."))


def test_a_state_and_an_organization_joined_as_subject_are_the_signing_parties():
    got = brief("ذكرت الوكالة أن مولدوفا والاتحاد الأوروبي وقعا الشهر الماضي اتفاقا لتمويل مشاريع الطاقة.")
    assert [sorted(p) for p in parties(got, "agreement.signed")] == [["MD", "org:EU"]]
    got = brief("ووقعت تونس اتفاقية قرض مع البنك الدولي لدعم الموازنة.")
    assert [sorted(p) for p in parties(got, "agreement.signed")] == [["TN", "org:WB"]]


def test_brussels_in_a_story_of_the_european_union_is_the_union():
    got = brief("قالت المفوضية الأوروبية إن الدفعة ستصل قريبا. وكانت تبليسي وبروكسل قد وقعتا في أبريل مذكرة تفاهم.")
    assert [sorted(p) for p in parties(got, "agreement.signed")] == [["GE", "org:EU"]]
    # the commission named again in short, after its full name, is the union too
    got = brief("أعلنت المفوضية الأوروبية الخطة. ووقع نائب رئيس المفوضية أمس مع وزير المالية الصربي مذكرة تفاهم.")
    assert [sorted(p) for p in parties(got, "agreement.signed")] == [["RS", "org:EU"]]


def test_an_organization_named_among_the_signers_of_a_known_deal_is_a_party_too():
    got = brief("وتناولت الصحف الاتفاق النووي. وقد وقعت على الاتفاق النووي مع إيران كل من روسيا والصين والولايات المتحدة "
                "وبريطانيا وفرنسا وألمانيا والاتحاد الأوروبي.")
    assert [sorted(p) for p in parties(got, "agreement.signed")] == [
        ["CN", "DE", "FR", "GB", "IR", "RU", "US", "org:EU"]]


def test_the_parties_after_the_signing_verb_are_its_own_not_those_of_an_earlier_between():
    got = brief("وقالت الخارجية الأمريكية إن التفاهمات بين طهران والوكالة الذرية جزء من الاتفاق النووي "
                "الذي وقع في فيينا بين طهران والقوى الست الكبرى.")
    assert [sorted(p) for p in parties(got, "agreement.signed")] == [["CN", "DE", "FR", "GB", "IR", "RU", "US"]]


def test_a_next_stop_after_wa_min_baadaha_is_visited_too():
    got = brief("وسيتوجه رئيس الوزراء الإيطالي إلى (تونس) ومن بعدها (الجزائر) في جولة مغاربية.")
    assert sorted(visit_sides(got)) == [("IT", "DZ"), ("IT", "TN")]


def test_a_state_joined_by_in_addition_to_is_one_more_of_the_list():
    got = brief("ويحضر العاهل الأردني الاجتماع الذي يضم مصر، والعراق، ولبنان، بالإضافة إلى الكويت.")
    assert [sorted(p) for p in parties(got, "talks")] == [["EG", "IQ", "KW", "LB"]]
    # … but standing by a state (إلى جانب) is support, no list
    assert parties(brief("وأكد وزير الخارجية الكويتي وقوف بلاده إلى جانب المملكة."), "talks") == []


def test_a_meeting_in_the_capital_glued_to_bi_is_a_visit_there():
    got = brief("اجتمع وزير الخارجية الأردني مع نظيره الإيطالي بالعاصمة الإيطالية روما أمس.")
    assert visit_sides(got) == [("JO", "IT")]


def test_the_guest_at_a_meeting_abroad_is_the_man_named_after_his_title():
    doc = read_text("التقى وزير الخارجية الأمريكي، جون كيري، بالرئيس الروسي في سوتشي أمس.", doc_id="t",
                    date=DOC_DATE, country="SA")
    visits = [e.roles for e in default_pipeline().analyze(doc, min_confidence=0.0).events if e.type == "visit"]
    assert visits == [{"visitor": "person:john-kerry", "visitor_state": "US", "host_state": "RU",
                       "location": "place:sochi", "level": "minister"}]


def test_contacts_with_a_state_are_talks_and_there_being_none_denies_them():
    got = brief("وأجرى وزير الخارجية البحريني اتصالات مع نظيره المغربي بشأن الأزمة.")
    assert [sorted(p) for p in parties(got, "talks")] == [["BH", "MA"]]
    got = brief("وأوضح المتحدث باسم الخارجية اليابانية أن ليس هناك في الوقت الراهن اتصالات مع كوريا الشمالية.")
    assert modalities(got, "talks") == ["negated"]


def test_a_meeting_of_an_organization_is_an_event_series_not_a_party():
    # the ontology's series role holds series: ids; the organization is no participant of a delegation's taking part,
    # and it is among the participants of the meeting hosted
    got = brief("وشارك وزير المالية الكويتي في الاجتماع السنوي لصندوق أوبك للتنمية الدولية في فيينا.")
    assert [e[1] for e in got if e[0] == "participation"] == [
        {"participant": "KW", "series": "series:ofid-meetings", "location": "AT"}]


def test_continuing_or_not_giving_up_support_for_friends_named_after_mithl_is_support_of_them():
    got = brief("وقال الرئيس الفنزويلي إن بلاده ستواصل دعم حلفائها مثل كوبا.")
    assert support_sides(got) == [("VE", "CU")]
    got = brief("وشدد الرئيس الإيراني على أن حكومته لن تتخلى يوما عن دعم حلفائها مثل لبنان.")
    assert [(e[1]["source"], e[1]["target"], e[2]) for e in got if e[0] == "support.expressed"] == [
        ("IR", "LB", "asserted")]


def test_a_reception_told_over_hard_wrapped_lines_is_read():
    # some papers deliver text cut at a fixed width, with one sentence running over several lines
    lines = ["استقبل أمير منطقة القصيم صباح أمس في ديوان الإمارة ببريدة ", "سفير جمهورية كولومبيا لدى المملكة، وتبادل معه ",
             "أحاديث ودية ونقل إليه السفير تقدير حكومته لما ", "تبذله المملكة ."]
    got = brief("\n".join(lines))
    assert ("talks", {"parties": ["SA", "CO"]}, "asserted", "2015-07-21") in got


def test_the_post_told_between_a_bare_envoy_title_and_his_name_is_not_where_he_goes():
    got = brief("وصل المبعوث الخاص إلى ليبيا برناردينو ليون إلى الجزائر أمس حيث اجتمع مع وزير الخارجية الجزائري رمطان "
                "لعمامرة.")
    assert [(t, roles) for t, roles, *_ in got if t in ("visit", "talks")] == [
        ("visit", {"visitor_state": "org:UN", "host_state": "DZ"}), ("talks", {"parties": ["org:UN", "DZ"]})]


def test_praise_of_an_envoy_is_not_praise_of_the_state_he_is_posted_to():
    got = brief("أثنى رئيس الوزراء التونسي على مساعي مبعوث المنظمة الدولية إلى ليبيا برناردينو ليون من أجل التهدئة.")
    assert [roles for t, roles, *_ in got if t == "support.expressed"] == [{"source": "TN", "target": "org:UN"}]


def test_a_date_in_a_relative_clause_about_the_acts_object_is_not_the_acts():
    got = brief("وذكر الوزير أنه ناقش مع نظيره الأردني اليوم في جدة سبل توثيق الصلات بين البلدين، وتطرق اللقاء إلى ملف "
                "اللاجئين وبحث الترتيبات التي تم الاتفاق عليها في ربيع العام الماضي.")
    assert {e[3] for e in got if e[0] in ("talks", "visit")} == {"2015-07-22"}
    # a clause whose verb holds the act, or one about the actor, still dates it
    held = brief("عرضت صحف عراقية ما دار في اللقاء الثنائي الذي أجراه وزير الدفاع الأمريكي ببغداد أمس الأول مع رئيس "
                 "الحكومة العراقية.")
    assert [e[3] for e in held if e[0] == "talks"] == ["2015-07-20"]


def test_solidarity_backing_and_standing_by_a_state_are_support():
    for text, roles in [
        ("أكد مجلس التعاون الخليجي تضامنه مع الأردن في مواجهة الإرهاب.", {"source": "org:GCC", "target": "JO"}),
        ("جددت ألمانيا تأييدها للحكومة التونسية في إصلاحاتها.", {"source": "DE", "target": "TN"}),
        ("قال وزير الخارجية إن إيطاليا تقف إلى جانب مالطا في أزمة المهاجرين.", {"source": "IT", "target": "MT"}),
    ]:
        assert [r for t, r, *_ in brief(text) if t == "support.expressed"] == [roles], text
    # what the backing is against is not backed
    got = brief("قال وزير الدفاع الأمريكي إن بلاده ستواصل دعم حلفائها ضد نشاط إيران في المنطقة.")
    assert not [r for t, r, *_ in got if t == "support.expressed" and r.get("target") == "IR"]


def test_a_contact_with_a_named_leader_is_talks():
    got = brief("قال رئيس الوزراء الإيطالي ماتيو رينزي إنه جرى اتصال مع ميركل وبحثا الأزمة اليونانية.")
    assert [r for t, r, *_ in got if t == "talks"] == [{"parties": ["IT", "DE"]}]


def test_an_act_framed_as_aid_gives_it_to_the_acts_object():
    got = brief("أعلنت السفارة اليابانية أن اليابان سلمت الأردن عشر سيارات إسعاف، في إطار حزمة مساعدات إنسانية للاجئين.")
    assert [r for t, r, *_ in got if t == "aid"] == [{"donor": "JP", "recipients": ["JO"]}]


def test_words_said_at_a_summit_are_its_speakers_participation():
    got = brief("وقال رئيس الوزراء الكندي للصحافيين خلال قمة مجموعة العشرين في تركيا إن بلاده ستزيد مساهمتها.")
    assert [r["participant"] for t, r, *_ in got if t == "participation"] == ["CA"]
    # at the peak of something is no summit
    assert not [t for t, *_ in brief("وأعلن الوزير السعودي أن المشروع يأتي في قمة أولويات الحكومة.")
                if t == "participation"]


def test_a_letter_told_as_the_one_he_received_is_talks():
    got = brief("وأطلع الرئيس التونسي الحكومة على فحوى الرسالة التي تلقاها من ملك المغرب.")
    assert [r for t, r, *_ in got if t == "talks"] == [{"parties": ["TN", "MA"]}]


def test_the_two_koreas_are_both_states():
    got = brief("أكدت الكوريتان أمس في بانمونجوم توقيع اتفاق لخفض التوتر على الحدود.")
    assert [r for t, r, *_ in got if t == "agreement.signed"] == [{"parties": ["KP", "KR"]}]


def test_negotiating_an_agreement_is_the_agreement_negotiated_not_talks():
    # the agreement after the subject and a preposition, as the noun's genitive, or pointed back at
    got = brief("قالت مصادر إن كندا تتفاوض على اتفاقية للصيد مع النرويج منذ أشهر.")
    assert [(t, r) for t, r, *_ in got] == [("agreement.negotiated", {"parties": ["CA", "NO"]})]
    got = brief("واجهت مفاوضات اتفاقية الاستثمار بين البرازيل والأرجنتين عقبات جديدة.")
    assert [(t, r) for t, r, *_ in got] == [("agreement.negotiated", {"parties": ["BR", "AR"]})]
    got = brief("ستستأنف البرتغال المفاوضات مع الاتحاد الأوروبي حول اتفاق القرض الأسبوع المقبل.")
    assert [t for t, *_ in got] == ["agreement.negotiated"]
    # negotiations with no agreement for their object stay talks
    got = brief("بدأت كندا مفاوضات مع النرويج حول حصص الصيد.")
    assert [(t, r) for t, r, *_ in got] == [("talks", {"parties": ["CA", "NO"]})]


def test_contacts_between_two_capitals_are_talks():
    got = brief("جرت اتصالات بين مدريد ولشبونة لإعادة البحارة المحتجزين.")
    assert [(t, r) for t, r, *_ in got] == [("talks", {"parties": ["ES", "PT"]})]


def test_money_set_aside_to_help_the_displaced_is_aid_to_their_state():
    got = brief("رصدت النمسا خمسة ملايين يورو لمساعدة النازحين في الأردن.")
    assert [(t, r) for t, r, *_ in got] == [("aid", {"donor": "AT", "recipients": ["JO"]})]
    # a call to help is no gift
    assert not brief("دعت المنظمة إلى الإسراع بمساعدة اللاجئين في الأردن.", threshold=None)


def test_mali_after_the_preposition_li_is_the_state():
    got = brief("أرسلت السنغال مساعدات غذائية لمالي.")
    assert [(t, r) for t, r, *_ in got] == [("aid", {"donor": "SN", "recipients": ["ML"]})]


def test_the_emir_of_the_country_is_the_emir_of_the_state_the_sentence_is_set_in():
    got = brief("أجرى رئيس الوزراء الهندي في الدوحة مباحثات مع أمير البلاد.")
    assert [(t, r) for t, r, *_ in got if t == "talks"] == [("talks", {"parties": ["IN", "QA"]})]
    # with no scene in the sentence البلاد stands for no state
    assert not [t for t, *_ in brief("قال رئيس البلاد إن الوضع مستقر.")]


def test_reviewing_relations_with_a_guest_is_talks():
    got = brief("استعرض الرئيس الكيني مع رئيس وزراء إثيوبيا العلاقات بين البلدين.")
    assert [(t, r) for t, r, *_ in got] == [("talks", {"parties": ["KE", "ET"]})]


def test_a_day_before_a_comma_dates_the_object_of_the_verb_of_doing():
    got = brief("وأجرى وزير الخارجية الهندي أمس الأحد في الدوحة، مباحثات مع نظيره القطري.", date="2015-07-27")
    assert [(t, d) for t, _, _, d in got if t == "talks"] == [("talks", "2015-07-26")]
    # a verb of saying before the comma lends its day to nothing after it (قريبا dates the talks: from the paper's day)
    got = brief("وأكد الوزير الهندي أمس في مقابلة، مباحثات مع الجانب القطري ستعقد قريبا.", date="2015-07-27")
    assert [d for t, _, _, d in got if t == "talks"] == ["2015-07-27/.."]


def test_giving_up_enrichment_or_dismantling_a_nuclear_programme_is_disarmament():
    got = brief("وافقت كوريا الشمالية على تفكيك برنامجها النووي مقابل رفع العقوبات.")
    assert [(t, r.get("state")) for t, r, *_ in got] == [("disarmament", "KP")]
    got = brief("تعهدت ليبيا عام 2003 بالتوقف عن تخصيب اليورانيوم.")
    assert [(t, r.get("state"), d) for t, r, _, d in got] == [("disarmament", "LY", "2003")]
    got = brief("أعلنت الأرجنتين الامتناع عن التخصيب على أراضيها.")
    assert [(t, r.get("state")) for t, r, *_ in got] == [("disarmament", "AR")]
    # limiting the spread of weapons in a region is no state's own disarmament
    assert not [t for t, *_ in brief("دعا الوزير البرازيلي إلى الحد من انتشار الأسلحة النووية في العالم.")
                if t == "disarmament"]


def test_a_head_of_state_opening_a_ministerial_session_hosts_it_unless_opened_abroad():
    got = brief("افتتح ملك المغرب اليوم أعمال الدورة الوزارية لمنظمة التعاون الإسلامي.")
    assert [(t, r.get("host")) for t, r, *_ in got if t == "hosting"] == [("hosting", "MA")]
    got = brief("افتتح وزير الخارجية المغربي في باريس أعمال الدورة الوزارية لمنظمة التعاون الإسلامي.")
    assert [(t, r.get("host")) for t, r, *_ in got if t == "hosting"] == [("hosting", "FR")]


def test_a_signing_between_one_state_and_an_unnamed_side_takes_no_state_from_elsewhere():
    text = ("ومع توقيع الاتفاقية بين كوبا والغرب، عاد الجدل إلى الصحافة حول الموقف البرازيلي من هذه الاتفاقية "
            "وحول ما تعنيه للمنطقة.")
    assert not [r for t, r, *_ in brief(text) if t == "agreement.signed"]
    # both sides named: the parties as before
    got = brief("وقعت الاتفاقية بين كوبا والبرازيل أمس.")
    assert [sorted(r["parties"]) for t, r, *_ in got if t == "agreement.signed"] == [["BR", "CU"]]


def test_an_act_told_in_the_first_person_plural_is_the_speakers_states():
    got = brief("وقال وزير الخارجية الياباني: تفاوضنا مع كوريا الجنوبية على ملف الصيد فقط.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["JP", "KR"])]


def test_sending_an_official_abroad_is_his_states_visit_with_no_visitor_named():
    got = brief("أوفدت الحكومة الكينية أمس نائب وزير الخارجية إلى العاصمة الأوغندية كمبالا.")
    assert [(t, r.get("visitor_state"), r.get("host_state"), "visitor" in r, "level" in r)
            for t, r, *_ in got if t == "visit"] == [("visit", "KE", "UG", False, False)]
    # a team sent to a hospital is no visit
    assert not [t for t, *_ in brief("أوفدت الوزارة فريقا طبيا إلى المستشفى.") if t == "visit"]


def test_an_agreement_described_as_concluded_between_two_states_is_their_signing_dated_after_the_participle():
    got = brief("أشار المسؤول إلى اتفاقية السلام الموقعة بين مصر والأردن عام 1994.")
    assert [(t, sorted(r["parties"]), d) for t, r, _, d in got if t == "agreement.signed"] == [
        ("agreement.signed", ["EG", "JO"], "1994")]
    # a day before the participle is the act the sentence tells of the agreement, not its signing
    got = brief("رحب البرلمان أمس بالاتفاقية المبرمة بين مصر والأردن.")
    assert [d for t, _, _, d in got if t == "agreement.signed"] == [None]


def test_a_list_of_two_leaders_split_by_a_comma_keeps_the_date_after_them():
    got = brief("وجاء ذلك خلال مباحثات عقدها سلطان بن سعيد بن عبد العزيز، وزير الخارجية السعودي، "
                "ورئيس وزراء الأردن، في عمان أمس.", date="2015-07-10")
    assert [(t, sorted(r["parties"]), d) for t, r, _, d in got if t == "talks"] == [
        ("talks", ["JO", "SA"], "2015-07-09")]


def test_the_commas_of_a_bracketed_list_close_no_clause_of_the_act():
    got = brief("ووقعت الدول الثلاث (قطر، البحرين، الكويت) اتفاقية أمنية مع تركيا.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got] == [("agreement.signed", ["BH", "KW", "QA", "TR"])]
    # … nor between the act and its date told after the list
    got = brief("ووقعت الدول الثلاث (قطر، البحرين، الكويت) إضافة إلى الأردن اتفاقية أمنية مع تركيا يوم الأحد "
                "الماضي في أنقرة.", date="2015-07-10")
    assert [(t, d) for t, _, _, d in got] == [("agreement.signed", "2015-07-05")]


def test_a_blessing_after_the_receiver_closes_no_clause():
    got = brief("استقبل الملك - حفظه الله، في قصره يوم أمس، وزير الخارجية بجمهورية تونس والوفد "
                "المرافق له.", date="2015-07-10")
    assert [(t, r.get("visitor_state"), r.get("host_state")) for t, r, *_ in got if t == "visit"] == [
        ("visit", "TN", "SA")]


def test_the_permanent_members_plus_germany_are_the_six_powers():
    got = brief("كان العالم ينتظر اتفاقا بين إيران ومجموعة الدول الخمس الدائمة العضوية في مجلس الأمن زائد ألمانيا، "
                "وقد جرت جولة المفاوضات في جنيف نوفمبر 2013.")
    assert ["CN", "DE", "FR", "GB", "IR", "RU", "US"] in [sorted(r.get("parties", [])) for t, r, *_ in got]
    # without their number, when Germany is named with them
    got = brief("أشاد الكاتب بالاتفاق النووي الذي وقعته إيران والدول الدائمة العضوية في مجلس الأمن وألمانيا.")
    assert ["CN", "DE", "FR", "GB", "IR", "RU", "US"] in [sorted(r.get("parties", [])) for t, r, *_ in got]


def test_a_meeting_during_a_visit_told_before_it_is_the_visitors():
    got = brief("انتهت أمس زيارة للرئيس الكيني إلى لندن استغرقت ثلاثة أيام التقى خلالها برئيس الوزراء البريطاني.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["GB", "KE"])]
    got = brief("جاء ذلك خلال زيارة لوزير الخارجية الهندي إلى طوكيو حيث التقى برئيس الوزراء الياباني.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["IN", "JP"])]


def test_a_named_joint_declaration_issued_by_two_states_is_their_agreement():
    got = brief("صدر أمس بيان مشترك (إعلان الرباط) بمناسبة زيارة الرئيس السنغالي إلى المغرب.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "agreement.signed"] == [
        ("agreement.signed", ["MA", "SN"])]
    # a joint statement that names no declaration is no agreement
    got = brief("صدر أمس بيان مشترك بمناسبة زيارة الرئيس السنغالي إلى المغرب.")
    assert not [t for t, *_ in got if t == "agreement.signed"]


def test_an_agreement_signed_between_the_two_countries_takes_the_sentences_pair():
    got = brief("تسلمت الهند أمس أول طائرتين من روسيا بموجب اتفاقية للتعاون الدفاعي الموقعة بين البلدين في مارس الماضي.")
    assert [(t, sorted(r["parties"]), d) for t, r, _, d in got if t == "agreement.signed"] == [
        ("agreement.signed", ["IN", "RU"], "2015-03")]


def test_a_similar_cable_goes_to_the_addressee_of_the_one_told_before_it():
    got = brief("بعث الملك برقية تهنئة لرئيس غانا بمناسبة ذكرى استقلال بلاده. "
                "وبعث ولي العهد برقية تهنئة مماثلة.")
    assert [(t, r["source"], r["target"]) for t, r, *_ in got if t == "support.expressed"] == [
        ("support.expressed", "SA", "GH"), ("support.expressed", "SA", "GH")]


def test_a_meeting_where_a_traveller_arrived_is_the_travellers():
    got = brief("وصل المبعوث الأممي إلى ليبيا أمس إلى طرابلس حيث التقى وزير الخارجية الليبي، قبل أيام من رفع "
                "تقريره إلى مجلس الأمن.")
    assert ("talks", ["LY", "org:UN"]) in [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"]


def test_the_name_between_commas_after_a_title_ends_no_clause():
    # the official's name said between commas right after his title: the verb's object after it is still its own
    got = brief("أشاد وزير الشؤون الدينية التونسي، الدكتور سالم بن علي، بالمبادرة التي أطلقتها الحكومة المغربية.")
    assert [(t, r["source"], r["target"]) for t, r, *_ in got if t == "support.expressed"] == [
        ("support.expressed", "TN", "MA")]
    got = brief("رحب وزير الخارجية الكندي، جون بيرد، بالخطوة التي اتخذتها الحكومة الأردنية.")
    assert [(t, r["source"], r["target"]) for t, r, *_ in got if t == "support.expressed"] == [
        ("support.expressed", "CA", "JO")]


def test_talks_held_in_a_state_named_right_after_their_word_are_with_it():
    # a foreign official's talks in the home state, then his words after a colon: no state of them is his partner
    got = brief("صرح وزير الخارجية الهولندي بعد مباحثات في المملكة: إن خطر تركيا على المنطقة يتزايد.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["NL", "SA"])]
    # a partner named after the venue is the one met, not the venue's state
    got = brief("أكد مبعوث الأمم المتحدة لقاءه المرتقب في الجزائر مع رئيس وزراء تونس.")
    assert [sorted(r["parties"]) for t, r, *_ in got if t == "talks"] == [["TN", "org:UN"]]


def test_we_in_a_quotation_are_the_state_of_the_official_who_spoke():
    # the sentence before is about another state, not about who speaks: "we" are the speaker's state
    got = brief("صرح وزير الخارجية البلجيكي ديدييه ريندرز بأن الحل يمر بالحوار. "
                "وأضاف: إن روسيا مطالبة بالتهدئة. وتابع: بحثنا مع وزير الخارجية الأوكراني مسار الحل.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["BE", "UA"])]


def test_a_nurse_or_a_volunteer_acts_for_no_state():
    got = brief("قالت الشرطة إن ممرضا كنديا قدم مساعدة طبية لجرحى في سوريا.")
    assert not [t for t, *_ in got if t == "aid"]


def test_a_call_to_a_leader_named_by_his_name_alone_is_talks():
    # a call is talks whoever is called, by title (اتصل بالرئيس) or by name alone
    got = brief("ذكر البيت الأبيض أن أوباما اتصل بفلاديمير بوتين مساء أمس.")
    assert [sorted(r["parties"]) for t, r, *_ in got if t == "talks"] == [["RU", "US"]]


def test_refusing_to_recognize_is_negated():
    got = brief("ترفض كوريا الشمالية الاعتراف بكوريا الجنوبية.")
    assert [(t, m) for t, _, m, _ in got if t == "recognition"] == [("recognition", "negated")]


def test_a_title_and_a_known_short_name_are_that_person_at_once():
    # no full name earlier in the text: the title before the short name is enough
    got = brief("التقى وزير الخارجية الكويتي أمس الرئيس روحاني في طهران.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["IR", "KW"])]


@pytest.mark.parametrize("text", [
    # لقاء before a pledge is "in exchange for"
    "رفع الاتحاد الأوروبي العقوبات عن كوبا لقاء ضمانات بعدم التعاون مع روسيا.",
    # the nuclear talks named as a whole are a process told of
    "وعرف الوزير الياباني بتشدده طوال المحادثات النووية مع كوريا الشمالية.",
])
def test_a_word_of_talks_in_another_sense_is_no_meeting(text):
    assert not [t for t, *_ in brief(text) if t == "talks"]


def test_final_touches_on_an_agreement_are_its_negotiation():
    got = brief("يضع وزيرا خارجية مصر والسودان هذه الأيام اللمسات الأخيرة على اتفاقية للتعاون الجمركي.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "agreement.negotiated"] == [
        ("agreement.negotiated", ["EG", "SD"])]


def test_bringing_stranded_nationals_home_is_aid_to_their_state():
    # the people's nisba, before or after the word, is the recipient, not the countries they were stranded in
    got = brief("أسهم الهلال الأحمر الكويتي بإعادة ألفي عالق سوداني في ليبيا وتونس إلى بلادهم.")
    assert [(t, r["donor"], r["recipients"]) for t, r, *_ in got if t == "aid"] == [("aid", "KW", ["SD"])]
    got = brief("وستقوم الهيئة الإماراتية بنقل النازحين الليبيين من تونس إلى طرابلس.")
    assert [(t, r["donor"], r["recipients"], m) for t, r, m, _ in got if t == "aid"] == [
        ("aid", "AE", ["LY"], "planned")]


def test_a_chief_of_staff_arriving_is_an_officials_visit():
    # the chief of staff is a person acting for his state's army, not the army itself: his arrival is a visit
    got = brief("وصل رئيس هيئة الأركان المشتركة الكندي إلى أنقرة مساء أمس في زيارة لم يعلن عنها.")
    assert [(t, r["visitor_state"], r["host_state"]) for t, r, *_ in got if t == "visit"] == [("visit", "CA", "TR")]


def test_food_handed_out_or_provided_is_aid_without_a_vehicle():
    # مواد غذائية needed a plane, a ship or a convoy in its sentence; a verb of giving it out is enough
    got = brief("وزع برنامج الأغذية العالمي مواد غذائية على آلاف الأسر في مدينة الموصل العراقية.")
    assert [(t, r["donor"], r["recipients"]) for t, r, *_ in got if t == "aid"] == [("aid", "org:WFP", ["IQ"])]


def test_attending_a_conference_is_taking_part_in_it():
    got = brief("وحضر المؤتمر الدولي للمياه وزير الزراعة الإندونيسي ووفود من دول عدة.")
    assert [(t, r["participant"]) for t, r, *_ in got if t == "participation"] == [("participation", "ID")]


def test_the_city_a_body_sits_in_is_no_side_of_the_act():
    got = brief("وجرت المفاوضات بين الولايات المتحدة والمنظمة الدولية ومقرها جنيف.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["US", "org:UN"])]


def test_a_body_based_in_a_city_told_in_passing_is_no_hosting():
    got = brief("وأكدت المنظمة الدولية ومقرها فيينا أن الدول الأعضاء (في الاتفاقية) ستستفيد من خفض الرسوم.")
    assert [t for t, *_ in got if t == "hosting"] == []
    # the seat told as such is a facility its host state hosts
    got = brief("وتتعاون الدول الثلاث مع منظمة شنغهاي للتعاون التي يوجد مقرها في بكين.")
    assert [r["host"] for t, r, *_ in got if t == "hosting"] == ["CN"]
    got = brief("وأعرب الوزير الكازاخستاني عن امتنانه لتونس على انضمامها في مايو إلى المنظمة الإسلامية للأمن الغذائي، "
                "التي أسستها منظمة التعاون الإسلامي بمبادرة من كازاخستان، حيث يوجد مقرها.")
    assert [r["host"] for t, r, *_ in got if t == "hosting"] == ["KZ"]


def test_a_consulate_official_touring_the_city_it_sits_in_is_no_visit():
    # the city joined by ب to a consulate or an embassy is where it lives: nobody came from abroad
    got = brief("زار مدير الشؤون الثقافية في القنصلية الكندية بدبي مقر الجامعة.", country="AE")
    assert not [t for t, *_ in got if t == "visit"]


def test_getting_ready_to_host_is_a_plan():
    got = brief("تستعد سنغافورة لاستضافة المؤتمر الدولي للأمن البحري.")
    assert modalities(got, "hosting") == ["planned"]


def test_a_planned_visit_takes_the_date_closing_the_meeting_told_right_after_it():
    got = brief("وقال المتحدث إن الرئيس البرازيلي سيزور اليابان ويلتقي رئيس الوزراء الياباني في أكتوبر.")
    assert [(t, d) for t, _, _, d in got if t in ("visit", "talks")] == [("visit", "2015-10"), ("talks", "2015-10")]


def test_an_almanac_line_happened_on_the_papers_day_of_its_leading_year():
    # the year leading the line, not the one inside it (بدأ في 1830), on the paper's month and day
    text = "1962 - الجزائر تنال استقلالها عن فرنسا بعد احتلال بدأ في 1830.\n"
    doc = read_text(text, doc_id="t", date="2015-07-05", title="هذا اليوم في التاريخ", country="SA")
    got = [(e.type, e.roles.get("state"), e.date) for e in default_pipeline().analyze(doc, min_confidence=0.0).events]
    assert ("independence", "DZ", "1962-07-05") in got


def test_an_almanac_run_on_in_one_line_dates_each_entry_by_its_own_year():
    # the paper ran two entries on one line: the truce belongs to the year leading its own sentence
    text = "1890 - الإمبراطور الألماني يقيل مستشاره. 1960 - توقيع اتفاق للهدنة بين الكوريتين في قرية حدودية.\n"
    doc = read_text(text, doc_id="t", date="2015-07-05", title="هذا اليوم في التاريخ", country="SA")
    got = [(e.type, e.date) for e in default_pipeline().analyze(doc, min_confidence=0.0).events]
    assert ("agreement.signed", "1960-07-05") in got


def test_an_almanac_line_takes_no_side_from_the_line_before_it():
    # each line led by its year tells a story of its own: the British queen of the line before is no party to the
    # treaty of the next one, which names one side only
    text = "1901 - وفاة ملكة بريطانيا فيكتوريا بعد حكم طويل. 1919 - توقيع معاهدة سلام مع بلغاريا تنهي الحرب.\n"
    doc = read_text(text, doc_id="t", date="2015-07-05", title="هذا اليوم في التاريخ", country="SA")
    got = [e.type for e in default_pipeline().analyze(doc, min_confidence=0.0).events]
    assert "agreement.signed" not in got


@pytest.mark.parametrize("text", [
    "عام 1901: وفاة ملكة بريطانيا فيكتوريا بعد حكم طويل.\nعام 1919: توقيع معاهدة سلام مع بلغاريا تنهي الحرب.\n",
    "عام 1995م: الرئيس الفرنسي يزور الجزائر.\nعام 1999م: الجزائر توقع اتفاقية تعاون جديدة تشمل النفط.\n",
])
def test_a_timeline_entry_takes_no_side_from_the_entry_before_it(text):
    # an entry led by عام and its year, like an almanac's line, tells its own story: the state of the entry before
    # is no party to a signing that names one side only
    assert [t for t, *_ in brief(text)].count("agreement.signed") == 0


@pytest.mark.parametrize(("text", "parties"), [
    ("دخلت المعاهدة الفنلندية النرويجية حيز التنفيذ.", ["FI", "NO"]),
    ("طوت المعاهدة البيروفية - الإكوادورية صفحة الحرب.", ["PE", "EC"]),
    ("أنهت اتفاقية السلام الإريترية - الإثيوبية عقدين من العداء.", ["ER", "ET"]),
])
def test_an_agreement_named_by_the_adjectives_of_two_states_is_signed_by_them(text, parties):
    # the two nisbas right after the treaty's noun (as after a summit's: القمة الهندية اليابانية) are its parties (a
    # bare اتفاقية is no such trigger: it would hide the longer ones that open with it, الاتفاقية بين …)
    assert [(t, r["parties"]) for t, r, *_ in brief(text) if t == "agreement.signed"] == [
        ("agreement.signed", parties)]


def test_the_saudi_campaign_opening_a_school_for_the_brothers_of_a_state_is_aid_to_it():
    # the campaign is a Saudi relief body; what it opens or runs for "the brothers" of a state is aid to that state,
    # and the sisters' host country (في جيبوتي) is where they live, not a recipient
    got = brief("أنشأت الحملة الوطنية السعودية لنصرة الأشقاء باليمن مدرسة للأخوات اليمنيات في جيبوتي.")
    assert [(t, r["donor"], r["recipients"]) for t, r, *_ in got if t == "aid"] == [("aid", "SA", ["YE"])]


@pytest.mark.parametrize(("text", "visits"), [
    # an official leaving his capital for another state visits it
    ("غادر الرئيس التشادي نجامينا إلى النيجر للمشاركة في القمة.", [("TD", "NE")]),
    # prisoners leaving a camp for other states are nobody's visit
    ("غادر عشرون سجينا المعتقل إلى أوروغواي وجورجيا.", []),
    # a state named right after the guest's title is where he held the talks: he came on a visit
    ("أجرى الرئيس الفرنسي في السنغال أمس محادثات مع الرئيس السنغالي.", [("FR", "SN")]),
    # a state named after a topic word is what the talks were about
    ("بحث الرئيس الفرنسي مع الرئيس السنغالي الأوضاع في مالي.", []),
])
def test_who_visits_whom_when_leaving_or_meeting_in_a_state(text, visits):
    got = brief(text)
    assert [(r["visitor_state"], r["host_state"]) for t, r, *_ in got if t == "visit"] == visits


def test_discussing_in_a_state_during_a_tour_is_talks_with_it():
    got = brief("يواصل وزير الخارجية الياباني جولته الآسيوية، حيث بحث في ماليزيا العلاقات الثنائية.")
    assert [(t, sorted(r["parties"])) for t, r, *_ in got if t == "talks"] == [("talks", ["JP", "MY"])]


def test_a_meeting_named_again_during_it_is_the_same_claim():
    # "during the meeting" with its article points back at the meeting told before, whoever else attended it:
    # one talks event, not a second one for the foreign minister who sat in
    got = brief("استقبل رئيس الوزراء الليبي عبد الله الثني أمس في البيضاء المبعوث الأممي برناردينو ليون. "
                "وتناول الطرفان خلال اللقاء الذي حضره وزير الخارجية الليبي محمد الدايري الوضع في بنغازي.")
    assert [(t, sorted(r["parties"]), d) for t, r, _, d in got if t == "talks"] == [
        ("talks", ["LY", "org:UN"], "2015-07-21")]


def test_a_visit_told_as_the_time_of_talks_is_the_subjects_not_the_last_man_met():
    # the last man named in the talks' object (the Iraqi prime minister) is no visitor
    got = brief("بحث وزير الدفاع الأسترالي كيفن أندروز مع قادة عسكريين عراقيين بينهم رئيس الحكومة حيدر العبادي "
                "أثناء زيارة مفاجئة لبغداد أمس قضايا الأمن.")
    assert visit_sides(got) == [("AU", "IQ")]


def test_a_state_in_a_clause_of_at_a_time_when_is_no_side_of_the_visit():
    got = brief("تأتي الزيارة في وقت تسعى فيه الحكومة الليبية إلى الحصول على دعم الولايات المتحدة.")
    assert visit_sides(got) == []


def test_a_high_delegation_named_after_its_destination_and_day_visits():
    # رفيع is the delegation's rank; the subject stands after the destination and the day
    doc = read_text("يصل إلى بيروت يوم الخميس المقبل وفد رفيع من وزارة الخارجية الفرنسية.", doc_id="t",
                    date=DOC_DATE, country="SA")
    got = [(e.type, e.roles["visitor_state"], e.roles["host_state"], e.roles.get("level"), e.modality)
           for e in default_pipeline().analyze(doc, min_confidence=0.0).events if e.type == "visit"]
    assert got == [("visit", "FR", "LB", "delegation", "planned")]


def test_a_conference_held_somewhere_is_hosted_there_but_not_a_meeting_someone_held():
    got = brief("وأشاد الوزير الأردني بالمنتدى الإقليمي للطاقة الذي عقد في مسقط أمس.")
    assert [(t, r["host"]) for t, r, *_ in got if t == "hosting"] == [("hosting", "OM")]
    got = brief("وكشفت مصادر تفاصيل الاجتماع الذي عقده وزير الخارجية الكندي في بغداد مع رئيس البرلمان العراقي.")
    assert not [t for t, *_ in got if t == "hosting"]


def test_a_comma_between_the_subject_and_the_object_of_praise_closes_no_clause():
    got = brief("أشادت منظمة التعاون الإسلامي، بالمبادرة التي أطلقتها الكويت لإغاثة اللاجئين.")
    assert [(t, r["source"], r["target"]) for t, r, *_ in got if t == "support.expressed"] == [
        ("support.expressed", "org:OIC", "KW")]


def test_leaving_a_state_for_another_at_the_end_of_a_visit_is_two_visits():
    # the visit that ended was to the state left; the one he heads for is the next
    got = brief("غادر رئيس الوزراء الهندي ناريندرا مودي أوزبكستان صباح الثلاثاء متجها إلى كازاخستان "
                "في ختام زيارة دامت يومين.")
    assert visit_sides(got) == [("IN", "UZ"), ("IN", "KZ")]


def test_amman_spelled_with_its_shadda_is_jordans_capital_not_oman():
    # normalization drops the shadda, and the bare عمان stands for Oman; عمّان as written is Amman
    assert visit_sides(brief("وصل وزير الخارجية الكويتي إلى عمّان مساء أمس في زيارة رسمية.")) == [("KW", "JO")]


def test_an_aid_word_ending_a_bodys_name_is_that_bodys_aid():
    # the campaign's name ends with its aim (لنصرة الأشقاء): the campaign gives, not the city the passage told of
    got = brief("قصد الوفد عمّان صباحا. وبين مسؤول ميداني تابع للحملة الوطنية السعودية لنصرة الأشقاء بلبنان أن "
                "الجولة تندرج ضمن متابعة ما تنفذه من مشاريع إغاثية.")
    assert [r["donor"] for t, r, *_ in got if t == "aid"] == ["SA"]


def test_a_name_opening_with_waw_or_fa_is_neither_a_conjunction_nor_a_trigger():
    # فيصل is a name, not ف + يصل (and arrives): read as a visit, it stood between the meeting and its date
    for name in ("فيصل المحمود", "وليد الحسني"):
        got = brief(f"أن مسؤولا أردنيا عقد اجتماعا مع نظيره المغربي، {name}، في الرباط الأسبوع الماضي.")
        assert [(e[1]["parties"], e[3]) for e in got if e[0] == "talks"] == [(["JO", "MA"], "2015-07-13/2015-07-19")]
        assert not [e for e in got if e[0] == "visit"], got
    # ، فيصل after a bare title opens no clause of its own: the prince is the one met, and the date is the meeting's
    got = brief("عقد الوزير الأردني اجتماعا مع الأمير، فيصل بن سلمان، في الرياض الشهر الماضي.")
    assert [(e[1]["parties"], e[3]) for e in got if e[0] == "talks"] == [(["JO", "SA"], "2015-06")], got
    # a real conjunction still opens a clause of its own, whose date is not the meeting's
    got = brief("أن مسؤولا أردنيا عقد اجتماعا مع نظيره المغربي، وسيسافر الأسبوع المقبل.")
    assert [e[3] for e in got if e[0] == "talks"] == [None], got


def test_a_meeting_after_haythu_is_the_visitor_s_even_past_a_clause_about_the_visit():
    # زيارة لم تعلن سلفا لوزير …: the visit's owner stands after a clause about it, and is the one who met
    got = brief("وصدر البيان خلال زيارة لم تعلن سلفا لوزير الدفاع الأسترالي إلى جاكرتا حيث التقى برئيس الوزراء "
                "الإندونيسي وشدد على أهمية التعاون.")
    assert parties(got, "talks") == [["AU", "ID"]], got


def test_those_at_the_reception_of_a_guest_on_his_arrival_are_his_hosts():
    # وكان في استقبال X لدى وصوله …، Y: Y received X; the guest is named first, the host after his arrival
    got = brief("وكان في استقبال رئيس الوزراء الياباني لدى وصوله إلى المطار، الرئيس الفلبيني.")
    assert parties(got, "talks") == [["JP", "PH"]], got
    # a reception with no arrival told is read as before: nothing is made up of the word alone
    assert not parties(brief("وكان في استقبال رئيس الوزراء الياباني حشد من المواطنين."), "talks")


def test_a_trigger_deep_in_a_relative_clause_about_the_subject_does_not_end_the_act():
    # يلتقي X الذي وصل صباحا إلى … في زيارة غير معلنة Y: the visit is the relative clause's, and Y is still met
    got = brief("يلتقي وزير الدفاع الأسترالي الذي حط صباحا في مطار جاكرتا ضمن زيارة لم تعلن سلفا رئيس الوزراء "
                "الإندونيسي.")
    assert parties(got, "talks") == [["AU", "ID"]], got


def test_the_unsaid_subject_after_before_that_is_the_sentence_s_subject():
    # قبل أن يتوجه إلى …: the one who goes on is the minister who met, not the counterpart he met
    got = brief("التقى وزير الخارجية الياباني نظيره الهندي في نيودلهي قبل أن يتوجه إلى باكستان.")
    assert ("JP", "PK") in visit_sides(got) and ("IN", "PK") not in visit_sides(got), got


def test_talks_held_in_a_state_named_right_after_the_word_are_a_visit_there():
    # تجري … محادثات في المملكة: the talks' venue, so the guest visits it
    got = brief("يجري وزير الخارجية البرازيلي اليوم محادثات في الأرجنتين قبل أن يتوجه غدا إلى تشيلي.")
    assert ("BR", "AR") in visit_sides(got) and ("BR", "CL") in visit_sides(got), got
    # في + a state after some other word is what the talks were about, not where they were held
    got = brief("بحث وزير الخارجية البرازيلي مع نظيره الأرجنتيني الأوضاع في فنزويلا.")
    assert not [s for s in visit_sides(got) if s[1] == "VE"], got


def test_an_indefinite_aid_word_names_its_giver_in_a_relative_clause_without_a_pronoun():
    # مساعدات … أرسلتها الكويت: an indefinite noun's relative clause takes no التي; its verb's subject gives
    got = brief("وصلت إلى ميناء الحديدة أمس مساعدات إنسانية أرسلتها الكويت.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["YE"])], got


def test_the_coverage_funnel_puts_a_missed_line_at_the_first_stage_it_fails():
    from press_coverage import stage_of, trigger_patterns

    from alaqat.normalize.text import normalize

    patterns = trigger_patterns()
    text = "التقى وزير الخارجية البرتغالي نظيره الأرجنتيني في لشبونة."
    line = {"doc": "d", "type": "talks", "span": [0, len(text)], "roles": {"parties": ["AR", "PT"]}}
    sentences = [(0, len(text), normalize(text).text)]
    both = [(6, 30, "PT"), (31, 47, "AR")]
    talks = {"doc": "d", "type": "talks", "evidence": {"sentence": [0, len(text)]}, "roles": {"parties": ["AR", "PT"]}}
    assert stage_of(line, [talks], sentences, both, patterns) == "below threshold"
    assert stage_of(line, [dict(talks, roles={"parties": ["PT", "ES"]})], sentences, both, patterns) == "wrong sides"
    assert stage_of(line, [dict(talks, type="visit", roles={})], sentences, both, patterns) == "other type"
    assert stage_of(line, [], sentences, both, patterns) == "trigger and actors"
    assert stage_of(line, [], sentences, both[:1], patterns) == "trigger only"
    plain = [(0, len(text), normalize("وصل الوزير البرتغالي والوزير الأرجنتيني إلى المدينة.").text)]
    assert stage_of(line, [], plain, both, patterns) == "actors only"


def test_a_visit_named_by_no_place_is_to_the_home_of_the_one_met_during_it():
    # خلال الزيارة (the word with its article: the cue before it is still read) names no place: the sentence's
    # subject visits the state of the official he met
    got = brief("التقى وزير الخارجية الكندي أمس رئيس وزراء الأردن، خلال الزيارة التي لم تعلن سلفا.")
    assert ("CA", "JO") in visit_sides(got), got
    # an ambassador met is posted where the meeting was, and says nothing of a visit to his own state
    got = brief("التقى وزير الخارجية الكندي سفير الأردن لدى كندا خلال الزيارة.")
    assert ("CA", "JO") not in visit_sides(got), got


def test_a_state_whose_name_opens_with_ba_or_lam_is_the_verbs_subject():
    assert brief("انضمت ليتوانيا إلى الاتحاد الأوروبي عام 2004.") == [
        ("membership.joined", {"member": "LT", "body": "org:EU"}, "asserted", "2004")]


def test_the_euro_area_is_a_body_of_its_own_not_the_union():
    got = brief("وقال رئيس وزراء لاتفيا إن بلاده انضمت إلى منطقة اليورو عام 2014 بعد سنوات من الإعداد.")
    assert [e[1] for e in got if e[0] == "membership.joined"] == [{"member": "LV", "body": "org:EUROZONE"}]
    # … but its ministers and summits negotiate, lend and sign as the union whose formation they are
    got = brief("وأبرمت اليونان مع دول منطقة اليورو أمس اتفاقا على خطة إنقاذ جديدة.")
    assert [e[1]["parties"] for e in got if e[0] == "agreement.signed"] == [["GR", "org:EU"]]


def test_a_date_before_the_relative_clause_recalling_an_agreement_is_the_main_acts():
    got = brief("وأصدر مجلس الأمن أمس قرارا يرحب بالاتفاق الذي وقعته إيران مع الولايات المتحدة.")
    assert [e[3] for e in got if e[0] == "agreement.signed"] == [None]
    assert [e[3] for e in brief("ووقعت إيران أمس مع الولايات المتحدة اتفاقا.") if e[0] == "agreement.signed"] == [
        "2015-07-21"]


def test_talks_held_during_a_dated_visit_take_its_date():
    got = brief("بحث وزير الخارجية الفرنسي مع رئيس الوزراء العراقي خلال زيارة لم يعلن عنها إلى بغداد أمس سبل التعاون.")
    assert [(e[0], e[3]) for e in got] == [("talks", "2015-07-21"), ("visit", "2015-07-21")]


def test_a_visit_told_in_its_meetings_sentence_takes_the_meetings_day():
    got = brief("والتقى رئيس الوزراء الأردني يوم السبت وزير الخارجية الإيطالي، الذي يزور عمّان حاليا، وبحثا العلاقات.",
                date="2015-07-26")
    assert [(e[0], e[3]) for e in got] == [("talks", "2015-07-25"), ("visit", "2015-07-25")]


def test_his_meeting_with_a_hamza_on_waw_is_talks_with_its_object():
    got = brief("وتكللت زيارة وزير الخارجية الأردني إلى مصر ولقاؤه الرئيس المصري باتفاق بين البلدين.")
    assert [sorted(p) for p in parties(got, "talks")] == [["EG", "JO"]]


def test_a_state_in_the_genitive_of_the_praised_noun_is_praised_not_praising():
    got = brief("وكان وزير الخارجية اليمني قد أشاد أمس بدور الكويت في عملية إغاثة مدينة تعز.")
    assert [e[1] for e in got if e[0] == "support.expressed"] == [{"source": "YE", "target": "KW"}]


def test_a_publishing_house_selling_to_a_media_group_is_no_agreement_between_states():
    assert brief("أعلنت دار النشر البريطانية أمس بيع صحيفتها إلى المجموعة الإعلامية اليابانية، موضحة أن الصفقة "
                 "المتوقع إبرامها في الخريف لا تشمل مجلتها.") == []


def test_troops_joining_a_force_make_their_state_no_member_of_the_body_behind_it():
    assert brief("وانضمت القوات الأوغندية إلى القوة العسكرية التي شكلها الاتحاد الأفريقي في الصومال.") == []
    assert brief("انضمت أوغندا إلى الاتحاد الأفريقي عام 1963.")[0][:2] == (
        "membership.joined", {"member": "UG", "body": "org:AU"})


def test_a_regions_president_with_his_state_from_context_is_not_the_states_president():
    text = ("زار رئيس جمهورية الشيشان المسجد النبوي بالمدينة المنورة أول من أمس. ووصل الرئيس الشيشاني أول من "
            "أمس إلى المدينة المنورة.")
    events = default_pipeline().analyze(read_text(text, doc_id="t", date="2015-07-22", country="SA"),
                                        min_confidence=0.0).events
    assert [e.roles.get("visitor") for e in events if e.type == "visit"] == [None]


def test_a_ta_marbuta_noun_in_its_t_form_is_a_trigger_only_before_a_pronoun():
    # منحت alone is the verb "granted" (awards at a film festival), not the noun منحة
    assert brief("وتشهد على ذلك الجوائز التي منحت في المهرجان يومها: الأولى للفيلم المغربي والثانية للفيلم اللبناني.") == []
    assert brief("وسلمت الكويت منحتها المالية لليمن أمس.")[0][:2] == ("aid", {"donor": "KW", "recipients": ["YE"]})


def test_a_signing_the_cabinet_authorizes_with_the_talks_is_planned():
    got = brief("قرر مجلس الوزراء تفويض وزير المواصلات – أو نائبه – بالتباحث مع الجانب الماليزي حول مشروع اتفاقية "
                "للنقل الجوي بين المملكة العربية السعودية وماليزيا، والتوقيع عليه، ثم رفع النسخة الموقعة.")
    assert modalities(got, "agreement.signed") == ["planned"]


def test_a_companys_seat_is_no_facility_a_state_hosts():
    assert brief("وبحسب المفوضية الأوروبية، فإن شركة البرمجيات الكبرى، التي مقرها أيرلندا، دفعت ضرائب لا تزيد على واحد "
                 "في المائة من دخلها.") == []


def test_two_sides_holding_a_meeting_is_talks_between_them():
    got = brief("عقد وزير الخارجية المصري ونظيره الأردني اجتماعا أمس في عمان.")
    assert [sorted(p) for p in parties(got, "talks")] == [["EG", "JO"]]
    assert [sorted(p) for p in parties(brief("عقدت مصر والأردن اجتماعا مشتركا أمس في عمان."), "talks")] == [["EG", "JO"]]


def test_an_interview_on_television_is_no_meeting():
    got = brief("وتحدث الأديب اللبناني في لقاء تلفزيوني عام 1978 بخصوص الإسرائيليين.")
    assert parties(got, "talks") == []


def test_places_visited_after_in_with_no_visitor_said_make_no_visit():
    # the traveller is nobody's envoy; the first state after في is where he went, not who went
    assert brief("أمضى الرحالة شبابه في زيارة الموانئ القديمة في عمان والهند وزنجبار.") == []


def test_a_delegation_described_as_taking_part_is_the_participant_not_the_host_of_the_occasion():
    got = brief("وترأس الوزير الوفد الكويتي المشارك في احتفالات جمهورية غانا بعيد استقلالها.")
    assert [e[1] for e in got if e[0] == "participation"] == [{"participant": "KW", "location": "GH"}]


def test_satellite_telecommunications_are_no_contacts_between_states():
    assert brief("وقعت الشركة عقدا لتطوير نظام للاتصالات بالأقمار الصناعية بين وزارة الدفاع البريطانية "
                 "ونظيرتها الكندية.") == []


def test_an_exchange_of_visits_between_business_people_is_no_states_visit():
    assert brief("ويشمل البرنامج تبادل الزيارات بين أصحاب الأعمال المصريين والأردنيين.") == []


def test_the_giver_of_aid_may_be_named_after_the_people_it_goes_to():
    got = brief("وصلت إلى ميناء بورتسودان سفينة تحمل أطنانا من المساعدات الغذائية للشعب السوداني من الهلال "
                "الأحمر الكويتي.")
    assert [e[1] for e in got if e[0] == "aid"] == [{"donor": "KW", "recipients": ["SD"]}]


def test_a_ministry_whose_state_is_only_inferred_receives_no_aid():
    got = brief("ووصلت تلك المساعدات إثر إعلان وزارة التنمية والتعاون الدولي أن المساعدات المقدمة من قطر "
                "للاستجابة للأزمة الإنسانية في الصومال بلغت مليون دولار.")
    assert [e[1] for e in got if e[0] == "aid"] == [{"donor": "QA", "recipients": ["SO"]}]


def test_a_participle_of_taking_part_describes_the_delegation_before_it_even_under_a_preposition():
    got = brief("أشاد الرئيس بوفد الكويت المشارك في مؤتمر المانحين في لندن.")
    assert [e[1] for e in got if e[0] == "participation"] == [{"participant": "KW", "location": "GB"}]


def test_a_joined_verb_with_no_subject_of_its_own_shares_the_first_verbs_subject():
    got = brief("هنأ الرئيس التونسي نظيره الجزائري بذكرى الاستقلال، وهنأ السيدة ماريا بفوزها في الانتخابات الرئاسية "
                "بالبرتغال.")
    assert [e[1] for e in got if e[0] == "support.expressed"] == [{"source": "TN", "target": "DZ"},
                                                                   {"source": "TN", "target": "PT"}]
    # "our support" joined to a verb of the same quotation: the speaker's state backs the people named
    got = brief("وأعلن البيت الأبيض أن الزيارة تؤكد «التزامنا بتوسيع شراكتنا مع الحكومة الكينية الجديدة، ودعمنا للشعب "
                "الكيني».")
    assert [e[1] for e in got if e[0] == "support.expressed"] == [{"source": "US", "target": "KE"}]


def test_a_masculine_relative_after_a_city_stands_for_the_noun_before_it_not_the_city():
    # the building on the seafront received the guests, not Beirut
    assert brief("ويبقى المبنى على كورنيش بيروت الذي استقبل عددا من المشاهير من أمثال شاه إيران.") == []
    got = brief("وكانت المنامة التي استقبلت الرئيس الإيراني أمس في زيارة رسمية.")
    assert [sorted(p) for p in parties(got, "talks")] == [["BH", "IR"]]


def test_a_visits_adjective_of_plan_may_follow_its_visitors_whole_title_and_name():
    got = brief("ويرى مراقبون أن زيارة وزير الخارجية النمساوي ماكسيميليان فون برونشتاين المرتقبة إلى الكويت تعكس "
                "أهمية العلاقات.")
    assert modalities(got, "visit") == ["planned"]


def test_thanks_a_party_leader_expresses_are_no_states_support():
    # the subject right after the verb heads a party: nobody's state thanks, whatever state is named after it
    assert brief("وأعرب رئيس حزب الوسط المغربي عن شكره وتقديره للكويت بقيادة أمير الكويت على ما يجده المغرب من "
                 "دعم.") == []


def test_a_visit_told_as_the_time_of_the_sentences_news_is_dated_by_it():
    got = brief("وأكد الرئيس الفرنسي الخميس أن بلاده تدعم الحوار، وخلال زيارة إلى تونس، قال إن التعاون الأمني سيتعزز.",
                date="2015-07-24")
    assert [e[3] for e in got if e[0] == "visit"] == ["2015-07-23"]


def test_a_message_by_way_of_speaking_is_no_letter_sent():
    assert brief("وكان جلوس ولي العهد السعودي بجوار الرئيس المصري في الحفل بمثابة رسالة وجهها البلدان للعالم.") == []


def test_agreements_in_the_plural_signed_with_several_are_one_with_each():
    got = brief("ووقعت المملكة أمس اتفاقيات تعاون مع روسيا وفرنسا في مجال الطاقة.")
    assert sorted(sorted(p) for p in parties(got, "agreement.signed")) == [["FR", "SA"], ["RU", "SA"]]
    # one agreement with two partners stays one
    got = brief("ووقعت مصر أمس اتفاقية ثلاثية مع الأردن والعراق.")
    assert [sorted(p) for p in parties(got, "agreement.signed")] == [["EG", "IQ", "JO"]]


def test_a_state_letting_another_use_its_bases_is_an_agreement_between_them():
    """سمحت الدولة لأخرى باستخدام قواعدها: the grant of bases, ports or airspace is an accord of the two states."""
    got = brief("أعلن مسؤول عسكري أن البرتغال سمحت لكندا باستخدام قاعدتها الجوية في الأزور لشن غارات.")
    assert sorted(parties(got, "agreement.signed")[0]) == ["CA", "PT"]


def test_a_draft_agreement_between_two_governments_is_the_agreement_negotiated():
    """مشروع اتفاق بين حكومتين, like مشروع اتفاقية: a draft discussed, not yet signed."""
    got = brief("أحال مجلس الوزراء مشروع اتفاق بين حكومة الأردن وحكومة البرازيل في مجال النقل البري.")
    assert [sorted(p) for p in parties(got, "agreement.negotiated")] == [["BR", "JO"]]


def test_states_agreeing_in_principle_negotiated_an_agreement():
    """اتفقتا من حيث المبدأ، اتفقوا مبدئيا: a framework still to be written and signed, the agreement negotiated."""
    got = brief("وكانت بيرو وتشيلي قد اتفقتا من حيث المبدأ على إطار للتعاون الجمركي في مارس الماضي.")
    assert [sorted(p) for p in parties(got, "agreement.negotiated")] == [["CL", "PE"]]


def test_a_visit_to_come_soon_is_dated_from_the_papers_day_on():
    """قريبا (soon) dates a planned act as an open interval from the paper's day, as the gold writes it; قريبا من
    (near to) is a place, no date."""
    got = brief("وأشارت المصادر إلى أن وزير الخارجية البرتغالي سيقوم بزيارة الأردن قريبا ضمن وفد رسمي.")
    assert [(e[0], e[2], e[3]) for e in got] == [("visit", "planned", "2015-07-22/..")]
    # … and no act told as done: the congratulation was made, the opening looked forward to is what is soon
    got = brief("وأفاد الوزير أن اللقاء تناول الأوضاع في ليبيا، مقدما تهاني المملكة لحكومة تونس على إنجاز الطريق "
                "السريع، متطلعا إلى افتتاحه قريبا.", date="2015-07-23")
    assert [(e[0], e[2], e[3]) for e in got] == [("support.expressed", "asserted", None)]


def test_a_range_of_weekdays_dates_a_visit_by_both_ends():
    """من الأحد إلى الثلاثاء: the visit spans the days (an interval), and told in the future both ends are the next
    ones, not the last."""
    got = brief("زار وزير الخارجية الهندي أنقرة من يوم الاثنين الماضي إلى الأربعاء وبحث التعاون.", date="2015-07-24")
    assert [(t, d) for t, _, _, d in got if t == "visit"] == [("visit", "2015-07-20/2015-07-22")]
    got = brief("يزور وزير الخارجية الهندي أنقرة من الاثنين حتى الأربعاء لبحث التعاون.", date="2015-07-24")
    assert [(t, m, d) for t, _, m, d in got if t == "visit"] == [("visit", "planned", "2015-07-27/2015-07-29")]


def test_an_embassy_reopened_with_the_relations_takes_their_day():
    """Relations restored on a day, and in the same sentence an embassy reopened: the reopening was that day too
    (the occasion cue relations.established -> mission.opened)."""
    got = brief("أعادت اليوم بوليفيا وتشيلي رسميا علاقاتهما الدبلوماسية المقطوعة منذ عقود، وأعادت تشيلي فتح سفارتها "
                "في لاباز.", date="2015-07-24")
    assert [(t, d) for t, _, _, d in got] == [("relations.established", "2015-07-24"),
                                              ("mission.opened", "2015-07-24")]


def test_a_visit_a_week_on_is_dated_about_seven_days_after_the_paper():
    """بعد أسبوع told of an act to come counts from the paper's day (about: 2015-07-29~ in a paper of the 22nd)."""
    got = brief("قالت الخارجية إن وزير الخارجية البرتغالي سيزور الأردن بعد أسبوع لبحث التعاون.")
    assert [(t, m, d) for t, _, m, d in got if t == "visit"] == [("visit", "planned", "2015-07-29~")]
    # … but "a single month after" another act (بعد شهر واحد فقط من) counts from that act, not the paper
    got = brief("وسيزور وزير الخارجية البرتغالي الأردن بعد شهر واحد فقط من تشكيل الحكومة هناك.")
    assert [(t, d) for t, _, _, d in got if t == "visit"] == [("visit", None)]


def test_the_leads_news_day_goes_on_over_a_sentence_of_background():
    """The lead's day (اليوم الأحد) dates an undated act a sentence of background later (its date is no news day);
    two sentences on, it does not."""
    lead = "بدأ وزير الخارجية الكندي اليوم الأحد مساعي لطمأنة جيرانه بشأن الخطة الجديدة. "
    background = "وتخشى عواصم عدة أن تؤدي الخطة التي أقرت في 3 يوليو إلى توتر إقليمي. "
    act = "وزار وزير الخارجية الكندي المكسيك والتقى الرئيس المكسيكي."
    got = brief(lead + background + act, date="2015-07-26")
    assert [(t, d) for t, _, _, d in got] == [("visit", "2015-07-26"), ("talks", "2015-07-26")]
    got = brief(lead + background + "وتنتظر الحكومة ردود العواصم على الخطة. " + act, date="2015-07-26")
    assert [(t, d) for t, _, _, d in got] == [("visit", None), ("talks", None)]


def test_a_visit_is_evidenced_by_its_first_full_telling_not_a_later_one_that_adds_the_day_it_began():
    """The guide's required line is the first full statement; a later telling (the arrival, the day before) is a
    restatement of it, so the merged visit keeps the first sentence as its evidence (and its day)."""
    text = ("التقى وزير الخارجية الإيطالي أمس رئيس الحكومة التونسية في اليوم الثاني من زيارته لتونس. "
            "وكان الوزير الإيطالي قد وصل إلى تونس العاصمة أول من أمس في زيارة رسمية.")
    doc = read_text(text, doc_id="t", date=DOC_DATE, country="SA")
    visits = [e for e in default_pipeline().analyze(doc, min_confidence=0.0).events if e.type == "visit"]
    assert [(e.roles["host_state"], e.evidence.sentence[0], e.date) for e in visits] == [("TN", 0, "2015-07-21")]


def test_the_nisba_of_the_capital_arrived_at_is_the_hosts_not_the_visitors():
    """يصل إلى العاصمة الـX-ية …: the adjective after إلى and a place noun says whose capital it is, so the delegation
    named after the verb is still the visitor."""
    got = brief("يصل إلى العاصمة الأردنية عمان غدا، وفد تونسي.")
    assert visit_sides(got) == [("TN", "JO")]


def test_a_man_named_after_a_feminine_hosting_verb_is_its_guest_not_the_host():
    """تستضيف الجامعة … رئيس البرلمان الكيني: a feminine verb cannot have him as subject, so he is the one hosted;
    the host is the verb's subject (here a body named earlier), never his state nor the passage's state."""
    text = ("قبلت منظمة التجارة العالمية أمس انضمام كمبوديا. "
            "وتقيم المنظمة حفلا في مقرها في جنيف بهذه المناسبة تستضيف خلاله رئيس وزراء كمبوديا هون سين.")
    assert [e[1]["host"] for e in brief(text) if e[0] == "hosting"] == []


def test_a_quoted_unknown_name_hosting_a_conference_is_a_company_not_a_state():
    """Papers quote a company's or a brand's name (تستضيف «X»); no state stands behind it, and no state of the
    passage is taken for the host instead."""
    got = brief("تستضيف «نسيج» المنتدى العربي الدولي للأقمشة في دورته الثالثة بمشاركة دولية واسعة في جدة.")
    assert [e for e in got if e[0] == "hosting"] == []
    assert [e[1]["host"] for e in brief("تستضيف السعودية المنتدى العربي الدولي للأقمشة في دورته الثالثة.")
            if e[0] == "hosting"] == ["SA"]


def test_a_share_in_paying_for_or_making_something_is_no_part_in_a_meeting():
    """What one takes part in is the noun after the first في, past the subject: financing or producing is no meeting,
    whatever meeting word (أعمال) stands further on."""
    for text in ("وشاركت الحكومة اليابانية في تمويل أعمال صيانة الطرق في عمان.",
                 "وشاركت الحكومة الكورية في إنتاج أعمال فنية عرضت في عمان."):
        assert [e for e in brief(text) if e[0] == "participation"] == []
    got = brief("شارك الوفد الياباني في أعمال المؤتمر الدولي في عمان.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["JP"]


def test_a_state_s_own_presidency_is_no_office_in_the_body_named_before():
    """انتخابه رئيسا لـ<state>: re-elected at home, in no international body, so the body of the passage (the League
    met the day before) is not taken for the one he heads."""
    text = ("ترأس الوزير وفد بلاده إلى اجتماع مجلس جامعة الدول العربية في القاهرة. "
            "وهنأ الملك الرئيس الأوزبكي بمناسبة إعادة انتخابه رئيسا لأوزبكستان.")
    assert [e for e in brief(text) if e[0] == "office.held"] == []
    got = brief("انتخبت الجمعية العامة مندوب الكويت رئيسا للجنة القانونية في الأمم المتحدة.")
    assert [e[1]["holder"] for e in got if e[0] == "office.held"] == ["KW"]


def test_a_date_in_a_relative_clause_about_another_noun_is_not_the_visits():
    """العملية التي جرت في <date>: the clause tells when the operation took place; a visit told past a comma (before
    or after it) is not dated by it."""
    before = ("وذكرت الوزارة أن الغارة التي جرت في 9 يوليو في إقليم هلمند أسفرت عن مقتل قيادي بارز، وذلك في بيان وزع "
              "على الصحافيين المرافقين لوزير الدفاع البريطاني في زيارته إلى الأردن.")
    after = ("وقالت الوزارة في بيان وزعته على الصحفيين المرافقين لوزير الدفاع البريطاني في زيارته إلى الأردن، أن الغارة "
             "التي جرت في 9 يوليو في إقليم هلمند أسفرت عن مقتل قيادي بارز.")
    for text in (before, after):
        assert [(e[1]["host_state"], e[3]) for e in brief(text, date="2015-07-25") if e[0] == "visit"] == [("JO", None)]
    held = brief("وتحدث وزير الدفاع البريطاني عن زيارته إلى الأردن التي جرت في 9 يوليو.", date="2015-07-25")
    assert [e[3] for e in held if e[0] == "visit"] == ["2015-07-09"]


def test_an_undated_act_of_a_leader_lately_out_of_office_is_todays_news_where_he_acts_for_no_state():
    """A named leader who left office a few years before the paper (offices.tsv), told in the perfect with no date
    and nothing placing it in his term, visits as a man out of office; a leader long gone (Sadat in 2015) is history
    told, and a marker of his term (إبان رئاسته) keeps the act his state's."""
    assert [e for e in brief("وقام ساركوزي بزيارة إلى المغرب التقى خلالها قادة حزب محلي.", date="2015-07-22")
            if e[0] == "visit"] == []
    kept = brief("وقام ساركوزي إبان رئاسته بزيارة إلى المغرب.", date="2015-07-22")
    assert [(e[1]["visitor_state"], e[1]["host_state"]) for e in kept if e[0] == "visit"] == [("FR", "MA")]
    history = brief("وقام السادات بزيارة إلى إسرائيل فاجأت العرب.", date="2015-07-22")
    assert [(e[1]["visitor_state"], e[1]["host_state"]) for e in history if e[0] == "visit"] == [("EG", "IL")]


def test_a_cabinet_leave_to_discuss_a_draft_agreement_and_sign_it_is_a_planned_negotiation_and_signing():
    """تفويض الوزير بالتباحث مع الجانب … في شأن مشروع اتفاقية …، والتوقيع عليه: discussing a draft is negotiating it,
    and both the negotiation and the signing are planned; neither is the other's past. Discussing an agreement in
    force stays talks."""
    got = brief("قرر مجلس الوزراء تفويض وزير الزراعة – أو نائبه – بالتباحث مع الجانب الكيني في شأن مشروع "
                "اتفاقية تعاون زراعي بين حكومتي المملكة العربية السعودية وجمهورية كينيا، والتوقيع عليه.")
    assert sorted((e[0], e[2]) for e in got) == [("agreement.negotiated", "planned"), ("agreement.signed", "planned")]
    kept = brief("تباحث وزير الخارجية مع نظيره الكيني حول الاتفاقية الموقعة بين البلدين العام الماضي.")
    assert [e[0] for e in kept if e[0].startswith(("talks", "agreement.negotiated"))] == ["talks"]


def test_a_part_in_military_operations_is_no_part_in_a_meeting():
    """شاركت الدولة في العمليات العسكرية / في عمليتي التحالف: the noun after the first في is a war's operations,
    whatever meeting word (أعمال) the sentence holds further on."""
    for text in ("وشاركت الكويت منذ بدايتها في عمليتي التحالف في اليمن، وكان لها دورها الفاعل في أعمال الإغاثة.",
                 "وشاركت الإمارات في العمليات العسكرية في اليمن ضمن أعمال التحالف."):
        assert [e for e in brief(text) if e[0] == "participation"] == []


def test_a_call_and_a_meeting_of_the_same_people_are_two_talks():
    """A phone call and a meeting of the same two sides on the same day are two talks, not one told twice; the
    sentence that goes back to the call (وجرى خلال الاتصال) restates the call and stays merged with it."""
    got = brief("أجرى ولي العهد اتصالا هاتفيا أمس بالرئيس الفرنسي. وجرى خلال الاتصال بحث العلاقات بين البلدين. "
                "وفي المساء التقى ولي العهد الرئيس الفرنسي في باريس وبحث معه التعاون العسكري.")
    assert parties(got, "talks") == [["SA", "FR"], ["SA", "FR"]]


def test_meetings_of_officials_named_by_other_offices_are_two_talks():
    """Officials known only by title name no person; two meetings of the same two states told with offices one man
    cannot hold at once (the king and the US defence secretary; the crown prince and the US secretary of state)
    are two talks, while the minister told again as the bare minister (الوزير الأمريكي) restates his meeting."""
    got = brief("استقبل خادم الحرمين الشريفين أمس وزير الدفاع الأمريكي وبحث معه التعاون العسكري. "
                "كما بحث ولي العهد أمس مع وزير الخارجية الأمريكي الأوضاع في المنطقة.")
    assert parties(got, "talks") == [["SA", "US"], ["SA", "US"]]
    got = brief("استقبل خادم الحرمين الشريفين أمس وزير الدفاع الأمريكي وبحث معه التعاون العسكري. "
                "وأكد الملك خلال استقباله الوزير الأمريكي متانة العلاقات بين البلدين.")
    assert parties(got, "talks") == [["SA", "US"]]


def test_the_commas_of_a_bracketed_list_open_no_clause_between_an_act_and_its_day():
    """(اليابان، والصين، وروسيا): a comma and و inside brackets join the members of a list; the day told after the
    brackets is still the signing's."""
    got = brief("ووقعت كوريا الجنوبية وجيرانها (اليابان، والصين، وروسيا) على الاتفاق التجاري في سيول الخميس الماضي.",
                date="2015-07-21")
    assert [(e[0], e[3]) for e in got] == [("agreement.signed", "2015-07-16")]


def test_a_traveller_named_after_the_fronted_destination_and_its_date_is_the_visitor():
    """تصل إلى العاصمة X مدينة … يوم … المقبل، وفد …: the destination and the date come between the verb and its
    subject; the subject's distance is counted from the destination's end, not from the verb."""
    got = brief("يصل إلى العاصمة الأردنية عمان صباح يوم الثلاثاء المقبل، وفد تونسي رفيع.")
    assert visit_sides(got) == [("TN", "JO")]


def test_an_official_who_expresses_a_hope_in_another_states_capital_is_visiting_it():
    """عبّر الوزير … في العاصمة الأخرى عن أمله: "expressed" is a verb of saying like أعرب, so an official named after
    it and placed in another state's city is there on a visit."""
    got = brief("عبر وزير الخارجية النرويجي أمس في كانبيرا عن أمله في تعاون أوسع بين البلدين.")
    assert visit_sides(got) == [("NO", "AU")]


def test_an_official_speaking_from_another_states_capital_is_there():
    """قال الوزير في حديث للإذاعة من العاصمة الـX-ية …: one speaks from the city he is in, as with في or ب."""
    got = brief("وأكد وزير الخارجية التونسي في حديث للإذاعة من العاصمة النمساوية فيينا أن الحوار مستمر.")
    assert visit_sides(got) == [("TN", "AT")]


def test_a_states_presidency_of_a_union_named_by_its_nisba_is_the_chair_it_holds():
    """الرئاسة الـX-ية (الحالية) للاتحاد: the office word opens the state's presidency, but with ل and a body after
    it this is the rotating chair of that body, held by the nisba's state."""
    got = brief("وقالت الرئاسة المالطية الحالية للاتحاد الأوروبي في ختام الاجتماع إن الاتفاق قريب.")
    assert [(e[1]["holder"], e[1]["body"]) for e in got if e[0] == "office.held"] == [("MT", "org:EU")]
    assert not [e for e in brief("وقالت الرئاسة المالطية إن الاتفاق قريب.") if e[0] == "office.held"]


def test_malawi_spelled_with_alef_is_a_states_name_and_keeps_a_list_of_hosts_going():
    """مالاوي is the state's name as often as its adjective (ملاوي): read as a nisba it is no place visited, and a
    list of hosts (… ونيجيريا، ومالاوي، وجيبوتي) broke there."""
    got = brief("وزار الرئيس الكيني هذا العام أربع دول بينها غانا، ومالاوي، وجيبوتي، وزامبيا.")
    assert [e[1]["host_state"] for e in got if e[0] == "visit"] == ["GH", "MW", "DJ", "ZM"]


def test_states_named_after_in_addition_to_before_a_tour_are_its_stops_too():
    """وإضافة إلى X وY تشمل جولة الوزير Z: the places after "in addition to", right before the tour's word, are more
    stops of the same tour."""
    got = brief("وإضافة إلى اليونان وقبرص تشمل جولة وزير الخارجية البرازيلي أيضا مالطا.")
    assert sorted(e[1]["host_state"] for e in got if e[0] == "visit") == ["CY", "GR", "MT"]


def test_a_year_forecast_after_a_meeting_is_not_the_meetings_date():
    """أكدا بعد اللقاء أنهما يتوقعان … في 2016: a verb of forecasting between the act and the year makes the year the
    one forecast for."""
    got = brief("وفي بيان صدر عقب اللقاء أعلنت أوبك والمكسيك أنهما تتوقعان سوقا أكثر استقرارا وتوازنا في 2016.",
                date="2015-07-31")
    assert [(e[0], e[3]) for e in got] == [("talks", None)]


def test_the_people_or_government_named_by_a_nisba_is_the_state_backed():
    """A nisba after الشعب / الحكومة (a ``nisba_noun``) names the state backed, even with no preposition on it;
    a nisba of a thing praised (الجهود …) is still no target of its own."""
    got = brief("أكد وزير الخارجية الأردني أن بلاده تدعم الشعب العراقي في أزمته.")
    assert support_sides(got) == [("JO", "IQ")]
    got = brief("وقال الوزير الأردني إن بلاده وقفت إلى جانب الحكومة اللبنانية طوال الأزمة.")
    assert support_sides(got) == [("JO", "LB")]
    got = brief("وقال الوزير الأردني إن بلاده تقدر الجهود المبذولة.")
    assert not [e for e in got if e[0] == "support.expressed"]


def test_stressing_support_and_a_body_noting_praise_are_support():
    """شدد على دعم is affirming it, like أكد دعم; نوهت is نوه said of a feminine subject (a body, a ministry)."""
    got = brief("وشدد وزير الخارجية الأردني على دعم بلاده للبنان في مواجهة الإرهاب.")
    assert support_sides(got) == [("JO", "LB")]
    got = brief("ونوهت منظمة الصحة العالمية بجهود المملكة في مكافحة الأوبئة.")
    assert support_sides(got) == [("org:WHO", "SA")]


def test_a_speaker_during_a_summit_abroad_takes_part_in_it():
    """خلال القمة / في القمة after a verb of saying: the speaker named before the phrase took part, not the nisba or
    the city of the meeting after it; fronted, the phrase frames a sentence whose subject it does not say, and a
    state named in what was said is no place of the meeting."""
    got = brief("وتحدث الرئيس البرازيلي خلال القمة الإقليمية التي احتضنتها لوساكا عن التجارة.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["BR"]
    got = brief("وقال رئيس الوزراء الكندي للصحافيين في قمة مجموعة العشرين في أنطاليا إن بلاده تدعم الخطة.")
    assert [(e[1]["participant"], e[1].get("location")) for e in got if e[0] == "participation"] == \
        [("CA", "place:antalya")]
    got = brief("وفي قمة بروكسل في أبريل الماضي، اتفق القادة على خطة للطاقة، وقال رئيس الحكومة البلجيكية إنها مهمة.")
    assert not [e for e in got if e[0] == "participation"]
    got = brief("وأبلغ الرئيس الأمريكي الزعماء في قمة كامب ديفيد أنه لا مكان للنظام في مستقبل ليبيا.")
    assert not [e for e in got if e[0] == "participation" and e[1].get("location") == "LY"]


def test_attending_a_meeting_abroad_as_its_guest_or_by_ones_own_taking_part_is_participation():
    """عقب حضوره مؤتمرا، خلال مشاركتها في اجتماع، ضيف شرف على القمة: the one named before the words took part (a person
    before the state he visited)."""
    got = brief("زار الرئيس البرازيلي غانا عقب حضوره مؤتمر الاستثمار في العاصمة النيجيرية أبوجا.")
    assert [(e[1]["participant"], e[1].get("location")) for e in got if e[0] == "participation"] == [("BR", "NG")]
    got = brief("قالت المندوبة الهندية لدى الأمم المتحدة خلال مشاركتها في اجتماع لمجلس الأمن إن بلادها تدعم الحل.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["IN"]
    got = brief("وكان رئيس الوزراء الياباني الذي حل ضيف القمة الأفريقية في أديس أبابا في مايو الماضي قد أيد الخطة.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["JP"]
    got = brief("إن حضور الرئيس الإيطالي ضيف شرف على قمة المنظمة الإقليمية المنعقدة في القاهرة يؤكد عمق العلاقات.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["IT"]


def test_aid_sent_to_carry_out_a_leaders_order_is_his_states_gift():
    """تنفيذا لتوجيهات أمير الكويت … بمساعدات: the one whose order the aid carries out gives it (as with بتوجيهات)."""
    got = brief("ووصلت إلى ميناء المكلا سفينة كبيرة تنفيذا لتوجيهات أمير الكويت الذي وجه بمساعدات إنسانية عاجلة.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("KW", ["YE"])]


def test_agreeing_to_something_during_a_summit_abroad_is_taking_part_in_it():
    got = brief("وكان رئيس الوزراء البرتغالي قد وافق على الإصلاحات خلال قمة لمنطقة اليورو في بروكسل الأسبوع الماضي.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["PT"]


def test_praise_of_what_a_quoted_company_gave_is_no_states_support():
    """ثمن الوزير دعم «X» لمصر: the act praised is a quoted name's (a company, a charity) in which no state or body is
    recognized, so no state is praised, though the help went to a state; the same words with a state's name are
    that state's support praised."""
    assert [e for e in brief("وثمن وزير الخارجية الأردني دعم «نخيل» لمصر.") if e[0] == "support.expressed"] == []
    got = brief("وثمن وزير الخارجية الأردني دعم الكويت لمصر.")
    assert [e[1]["target"] for e in got if e[0] == "support.expressed"] == ["KW"]


def test_an_agreement_the_two_carriers_signed_is_no_agreement_between_states():
    """الناقلتان: two airlines sign a code share; the states their flights reach are no parties."""
    text = "وتتيح الاتفاقية، التي أبرمتها الناقلتان سنة 2012، لركاب الشركتين السفر إلى الولايات المتحدة وكندا والمكسيك."
    assert brief(text) == []


def test_an_agreement_with_a_company_is_none_between_states_whatever_visit_the_passage_tells():
    """وقعت الدولة اتفاقا مع شركة …: the other side acts for no state, so the state of a visit told in the same
    sentence is no party."""
    text = "وخلال زيارة للرئيس الياباني وقعت سريلانكا اتفاقا مع شركة يابانية لتوسيع ميناء كولومبو."
    assert [e for e in brief(text) if e[0] == "agreement.signed"] == []
    got = brief("وخلال زيارة للرئيس الياباني وقعت سريلانكا اتفاقا مع اليابان لتوسيع ميناء كولومبو.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["JP", "LK"]]


def test_a_chance_or_a_medal_granted_is_no_aid():
    """منحته الإدارة … فرصة: the verb with its object pronoun reads like a grant's noun (منحة + ه); what is granted,
    past the subject, says it is no aid between states."""
    assert [e for e in brief("والوزير منحته الحكومة الأمريكية السابقة فرصة ليثبت قدرته على إدارة العراق.")
            if e[0] == "aid"] == []


def test_an_act_told_as_earlier_takes_no_day_from_the_news_before_it():
    """أشاد في وقت سابق: the praise came before, on no day the story gives; the visit's day in the sentence before
    (the same two states) is not its day."""
    got = brief("وصل وزير الخارجية الكويتي أمس إلى الأردن. وكان رئيس الوزراء الأردني أشاد في وقت سابق بدور الكويت "
                "في المنطقة.", date="2015-07-31")
    assert [(e[0], e[3]) for e in got] == [("visit", "2015-07-30"), ("support.expressed", None)]


def test_a_visit_his_party_speaks_from_takes_the_day_of_the_news_told_before():
    # the reporters travelling with the minister are told the news of the day before: the visit was under way then
    got = brief("قال المتحدث باسم الجيش الفرنسي أمس إن قواته أوقفت مهربا في الصحراء. وأوضحت الوزارة في بيان للصحافيين "
                "المرافقين لوزير الخارجية الفرنسي لوران فابيوس في زيارته إلى الأردن أن العملية أسفرت عن توقيف مهربين.",
                date="2015-07-22")
    assert [(e[2], e[3]) for e in got if e[0] == "visit"] == [("asserted", "2015-07-21")]


def test_a_visit_takes_the_day_of_the_meeting_verb_coordinated_right_after_it():
    # the day follows the meeting verb of the next clause: the meeting was held on the visit
    got = brief("ذكرت وكالات أن وزير الخارجية الياباني زار العاصمة الأردنية عمّان، والتقى الأحد بمسؤولين لبحث "
                "التعاون الاقتصادي.", date="2015-07-22")
    assert [e[3] for e in got if e[0] == "visit"] == ["2015-07-19"]


def test_talks_take_the_date_the_sentence_gives_the_call_when_it_names_it_again():
    got = brief("وأوضح مكتب رئيس الوزراء الإيطالي أن رينزي تباحث عبر الهاتف مع أمين عام الأمم المتحدة بان كي مون "
                "الوضع في ليبيا، مضيفا أن \"بان أعرب خلال الاتصال الذي جرى مساء أمس عن قلقه\".", date="2015-07-22")
    assert [(e[2], e[3]) for e in got if e[0] == "talks"] == [("asserted", "2015-07-21")]


def test_congratulating_ones_own_leader_on_deeds_in_a_foreign_land_backs_no_foreign_state():
    """قدم رئيس الهيئة التهنئة لولي العهد بما حققته قوات بلاده هناك: a congratulation addressed to the giver's own
    side is a courtesy at home; the state where the deeds were done is not backed. One to a foreign leader is."""
    got = brief("وفي الحفل قدم سمو رئيس الهيئة السعودية للإحصاء التهنئة لهم بما حققته القوات السعودية من انتصارات "
                "في معاركها بالعراق.")
    assert [e for e in got if e[0] == "support.expressed"] == []
    got = brief("وفي الحفل رفع رئيس الهيئة السعودية للإحصاء التهنئة لمقام خادم الحرمين الشريفين على نجاح "
                "المؤتمر الذي عقد في العراق.")
    assert [e for e in got if e[0] == "support.expressed"] == []
    got = brief("وبعث خادم الحرمين الشريفين برقية تهنئة للرئيس العراقي بمناسبة ذكرى استقلال بلاده.")
    assert support_sides(got) == [("SA", "IQ")]


def test_a_participle_after_a_sentence_opened_by_a_community_head_praises_for_nobody():
    """A participle of praise belongs to the sentence's opening subject; when that subject acts for no state (the
    head of an expatriate community), a state named later in a relative clause is not the one praising."""
    got = brief("وصف رئيس الجالية السودانية في قطر الدور الذي تقوم به الدوحة لإغاثة الشعب السوداني بالعظيم، "
                "مثمنا الوقفة الكريمة لدولة قطر مع السودان.")
    assert [e for e in got if e[0] == "support.expressed"] == []


def test_a_state_named_as_where_a_situation_is_is_no_destination_of_a_visit():
    """زيارة … للقوات المشاركة في التحالف لدعم الشرعية في ليبيا: Libya says where the legitimacy backed is, not where
    the visitor went."""
    got = brief("قام قائد القوات البحرية الأردنية بزيارة تفقدية للوحدات الأردنية المشاركة في التحالف لدعم "
                "الشرعية في ليبيا.")
    assert [e[1]["host_state"] for e in got if e[0] == "visit"] == []


def test_signing_with_unnamed_states_leaves_a_state_set_against_them_out():
    """أبرمت الوزارة اتفاقيات مع عدد من الدول، بينما …: the partners go unnamed; the state told after the contrast is
    the one with which nothing was signed. A list naming the partners keeps them."""
    got = brief("وقد أبرمت وزارة العمل الكويتية اتفاقيات مع عدد من الدول، في حين ما زالت الفلبين تضع شروطا صعبة "
                "على سفر عمالها.")
    assert [e for e in got if e[0] == "agreement.signed"] == []
    got = brief("وقعت وزارة العمل الكويتية اتفاقية مع الفلبين لتنظيم استقدام العمال.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["KW", "PH"]]


def test_european_after_one_officials_title_names_the_european_union():
    # المسؤول الأوروبي، المفوض الأوروبي: the EU's official; the European states or governments are no EU
    got = brief("وأعرب المسؤول الأوروبي، خلال لقائه سالم الحداد وزير الخارجية اليمني في بروكسل، عن ارتياحه.")
    assert ("talks", {"parties": ["org:EU", "YE"]}, "asserted", None) in got
    got = brief("والتقى المفوض الأوروبي للهجرة وزير الداخلية التونسي في تونس أمس.")
    assert any(e[0] == "talks" and "org:EU" in e[1]["parties"] for e in got)
    got = brief("وتتفاوض الحكومات الأوروبية مع أثينا على خطة جديدة.")
    assert not any("org:EU" in str(e[1]) for e in got)


def test_backing_owned_by_two_is_theirs_together_and_neither_backs_the_other():
    # دعمهما للاتفاق: the two back the deal together; the second of them is no target of the first
    got = brief("وأكد وزير الدفاع الكندي والملك الأردني خلال المحادثات دعمهما للاتفاق.")
    assert not any(e[0] == "support.expressed" for e in got)
    assert any(e[0] == "talks" for e in got)


def test_that_he_and_another_after_a_verb_of_saying_makes_the_speaker_a_side():
    # أوضح الوزير أنه والملك …: "he" is the one who says it, a side of the talks with the king
    got = brief("وأوضح وزير الدفاع الكندي أنه والملك الأردني عبدالله الثاني أكدا خلال المحادثات أهمية التعاون.")
    assert any(e[0] == "talks" and sorted(e[1]["parties"]) == ["CA", "JO"] for e in got)


def test_aid_told_from_the_side_that_receives_it():
    """حصلت الدولة على قرض من …، تلقت الحكومة منحة من …: the subject of a verb of receiving gets the aid, the one
    named after من (or by a nisba on the aid word) gives it; an unnamed lender (a local bank) makes no aid."""
    def aid(text):
        return [(e[1]["donor"], e[1]["recipients"]) for e in brief(text) if e[0] == "aid"]
    assert aid("وحصلت تونس على قرض بقيمة مليار دولار من صندوق النقد الدولي الشهر الماضي.") == [("org:IMF", ["TN"])]
    assert aid("تلقت الحكومة اليمنية منحة نفطية من الكويت.") == [("KW", ["YE"])]
    assert aid("قال الوزير إن الجيش الأردني سيتلقى تمويلا إضافيا من الاتحاد الأوروبي.") == [("org:EU", ["JO"])]
    assert aid("أعلن أن القوات البحرية الأردنية ستحصل على منحة عسكرية سعودية تشمل زوارق.") == [("SA", ["JO"])]
    assert aid("حصلت الشركة المصرية على قرض من بنك محلي.") == []
    # the European financial stabilisation mechanism is a fund of the Union's budget: its loans are the Union's
    assert aid("وستتلقى البرتغال قرضا من آلية الاستقرار المالي الأوروبية.") == [("org:EU", ["PT"])]


def test_heading_a_delegation_at_the_meeting_told_before_is_taking_part():
    """رأس وفد البلد في الاجتماع، after a sentence telling the meeting: the delegation's state takes part in it, even
    the paper's own state, with no body or place named again (the definite noun points back at the meeting)."""
    got = brief("افتتح رئيس البرلمان الماليزي اليوم أعمال الدورة العاشرة لمنظمة التعاون الإسلامي. "
                "ورأس وفد المملكة لأعمال الدورة وزير المالية.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["SA"]
    got = brief("التقى قادة الدول الأفريقية أمس الرئيس الصيني في بكين. وترأس الوفد المصري في الاجتماع وزير "
                "الخارجية بدلا من الرئيس.")
    assert [e[1]["participant"] for e in got if e[0] == "participation"] == ["EG"]


def test_aid_that_will_be_received_is_planned():
    """ستتلقى الدولة قرضا، سيحصل الجيش على منحة: a receiving verb in the future tells aid still to come."""
    assert modalities(brief("وستتلقى البرتغال قرضا من الاتحاد الأوروبي."), "aid") == ["planned"]
    assert modalities(brief("قال إن الجيش الأردني سيحصل على منحة عسكرية سعودية."), "aid") == ["planned"]


@needs_corpus
def test_whoever_visited_a_city_in_a_column_is_no_visit():
    # a Saudi column (July 2015) telling a reader that "whoever visited Dubai ten years ago" would not know it now:
    # the relative من makes the visitor anyone, so no Saudi visit to the Emirates
    doc = "2015-07-21-2745"
    article = saudinewsnet.article(doc)
    document = read_text(article.text, doc_id=doc, date=article.date, country="SA")
    assert not [e for e in default_pipeline().analyze(document).events if e.type == "visit"]


@needs_corpus
def test_the_judged_july_errors_of_the_forty_eighth_round_stay_fixed():
    # July articles outside the gold whose events readers judged wrong: a resident and a vendor praising (no state
    # backs anyone), figures bearing out a decision, a column's "the message reached Sanaa" (nobody travelled); and
    # one judged right but undated: the Erbil meeting with the Kurdistan Region's president named before his title,
    # dated by its "yesterday"
    def events(doc: str) -> list:
        article = saudinewsnet.article(doc)
        document = read_text(article.text, doc_id=doc, date=article.date, country="SA")
        return default_pipeline().analyze(document).events

    for doc in ("2015-07-31-1883", "2015-07-27-29", "2015-07-27-244"):
        assert not [e for e in events(doc) if e.type == "support.expressed"], doc
    # economic data that "support" a rate rise back nobody (a retrained model had let it over the threshold)
    assert not [e for e in events("2015-07-31-83") if e.type == "support.expressed"]
    assert not [e for e in events("2015-07-31-828") if e.type == "visit"]
    erbil = [e for e in events("2015-07-25-644") if e.type == "visit"]
    assert [(e.roles["host_state"], e.date) for e in erbil] == [("IQ", "2015-07-24")]


@needs_corpus
def test_a_claim_told_twice_keeps_the_telling_the_model_believes():
    # the nuclear deal's signing told first in a long sentence the model doubts and then plainly: the plain telling
    # is the event's evidence (and the event stands at the default threshold), not the doubted first one
    article = saudinewsnet.article("2015-07-25-590")
    document = read_text(article.text, doc_id=article.id, date=article.date, country="SA")
    signed = [e for e in default_pipeline().analyze(document).events if e.type == "agreement.signed"]
    assert [(e.date, e.evidence.sentence[0] <= 2384 < e.evidence.sentence[1]) for e in signed] == [("2015-07-14", True)]



def test_a_bodys_own_meeting_held_at_its_seat_is_no_hosting_but_a_summit_there_is():
    """The cartel's ministers meeting in the city of its seat is the body's routine; no state hosts it. A summit held
    in the capital where a regional council sits is still hosted by that state."""
    for text in ("وتعقد منظمة أوبك اجتماعها الوزاري المقبل مطلع ديسمبر في فيينا.",
                 "ثبتت أوبك حصصها في اجتماعها الذي انعقد بفيينا الشهر الماضي."):
        assert not [e for e in brief(text) if e[0] == "hosting"], text
    got = brief("انعقدت أمس في الرياض قمة مجلس التعاون الخليجي الطارئة.")
    assert [e[1]["host"] for e in got if e[0] == "hosting"] == ["SA"]


def test_two_ministers_named_by_a_dual_title_and_a_plural_nisba_act_for_their_state():
    got = brief("اجتمع منسق الأمم المتحدة في عدن أمس مع وزيري الصحة والمياه اليمنيين لبحث حاجات المستشفيات.")
    assert parties(got, "talks") == [["org:UN", "YE"]]


def test_a_few_days_ago_counted_with_several():
    """قبل عدة أيام as قبل أيام: a few days before the paper, in its month."""
    got = brief("وكان وزير الخارجية الياباني قد زار عمّان قبل عدة أيام.")
    assert [(e[0], e[3]) for e in got if e[0] == "visit"] == [("visit", "2015-07")]


def test_the_free_army_and_its_commander_act_for_no_state():
    """الجيش السوري الحر is an armed opposition, no army of Syria; its commander is its officer, not the paper's."""
    assert not [e for e in brief("أعلنت أنقرة اعترافها بالجيش السوري الحر ممثلا للمعارضة.") if e[0] == "recognition"]
    got = brief("استقبل الرئيس التركي قائد الجيش الحر في مكتبه يوم الأحد.")
    assert not [e for e in got if e[0] in ("visit", "talks")]


def test_a_head_receiving_guests_in_his_own_capital_is_no_visit_by_him():
    """No diary of the paper's own king: the receiver is named, and the capital is his own."""
    got = brief("استقبل رئيس الوزراء الماليزي وفدا من رجال الأعمال في كوالالمبور.")
    assert not [e for e in got if e[0] == "visit"]



def test_a_diarys_day_receives_several_guests_for_the_papers_head_and_its_next_act_is_another_clause():
    """A chronicle of the king's days names neither him nor his palace: on its day he received each guest joined
    by و, and the act after the comma (وهنأ …) is not one more guest."""
    got = brief("وفي يوم الاثنين 9 مارس استقبل ولي عهد الأردن ووزير الخارجية العماني، وبعث برقية لرئيس غانا.")
    assert parties(got, "talks")[:1] == [["SA", "JO", "OM"]]
    assert ("JO", "SA") in visit_sides(got)
    got = brief("وفي يوم الخميس 12 مارس استقبل رئيس وزراء فيتنام، وهنأ رئيس زامبيا بعيد بلاده.")
    assert ["SA", "VN"] in parties(got, "talks") and ("VN", "SA") in visit_sides(got)


def test_a_diarys_day_congratulates_each_head_named_for_the_papers_head():
    """هنأ opening a chronicle's entry with foreign heads after it, nobody before: the king congratulated each."""
    got = brief("وفي يوم الثلاثاء 14 أبريل هنأ رئيس جمهورية غانا بذكرى استقلال بلاده، واستقبل وزير خارجية كينيا.")
    assert ("SA", "GH") in support_sides(got) and ("KE", "SA") in visit_sides(got)
    got = brief("وفي يوم الأربعاء 15 أبريل هنأ رئيس جمهورية زامبيا، ورئيس جمهورية تشيلي بذكرى اليوم الوطني.")
    assert sorted(support_sides(got)) == [("SA", "CL"), ("SA", "ZM")]


def test_another_states_heir_is_named_with_it_and_a_bare_heir_stays_the_papers():
    got = brief("وفي يوم الأحد استقبل ولي عهد البحرين. وفي يوم الاثنين هنأ ولي العهد رئيس ليتوانيا بعيد الاستقلال.")
    assert ("BH", "SA") in visit_sides(got)
    assert ("SA", "LT") in support_sides(got)


def test_a_chronicles_entry_dates_the_acts_told_after_its_day_in_its_paragraph():
    """A diary's day opens the paragraph; the sentences going on with و took place that day. A new paragraph, or a
    sentence with a date of its own, is another entry."""
    text = ("وفي يوم الخميس 5 مارس افتتح الملك مشروعا للإسكان في المدينة. واستقبل رئيس وزراء سنغافورة في الرياض.\n"
            "واستقبل وزير خارجية تشيلي.")
    got = brief(text)
    dates = {e[1]["visitor_state"]: e[3] for e in got if e[0] == "visit"}
    assert dates == {"SG": "2015-03-05", "CL": None}


def test_aid_to_refugee_women_goes_to_their_state_not_the_camps_and_the_north_koreans_are_the_norths():
    got = brief("قدمت الحملة السعودية مساعدات طبية للاجئات السوريات في مخيم الزعتري بالأردن.")
    assert [e[1]["recipients"] for e in got if e[0] == "aid"] == [["SY"]]
    got = brief("أرسلت اليابان شحنات من المساعدات الغذائية للكوريين الشماليين في الشتاء الماضي.")
    assert [e[1]["recipients"] for e in got if e[0] == "aid"] == [["KP"]]


def test_discussing_a_draft_memorandum_is_negotiating_it():
    got = brief("فوض مجلس الوزراء وزير الخارجية بالتباحث مع الجانب الكولومبي حول مشروع مذكرة تفاهم للتشاور السياسي.")
    assert [(e[0], e[2]) for e in got if e[0] in ("talks", "agreement.negotiated")] == [
        ("agreement.negotiated", "planned")]


def test_the_same_mans_visit_told_again_after_its_plan_in_one_sentence_is_the_plan():
    got = brief("قال محللون إن زيارة وزير الخارجية الهندي سوشما سواراج المرتقبة إلى المملكة مهمة، مشيرين إلى أن زيارة "
                "سواراج إلى الخليج التي تبدأها بالرياض تهدف إلى تعزيز التعاون.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [
        ("IN", "SA", "planned")]


def test_a_bare_king_and_another_states_head_after_him_are_two_men():
    assert support_sides(brief("وهنأ الملك رئيس سنغافورة بذكرى استقلال بلاده.")) == [("SA", "SG")]
    assert parties(brief("التقى الملك الرئيس الفلبيني في جدة أمس."), "talks") == [["SA", "PH"]]


def test_an_act_consented_to_is_planned_but_not_a_commitment_or_an_approval():
    """وافق على استضافة المنتدى: agreed to host it, still to come; a state agreeing to limit its programme has made
    the commitment, and a parliament approving an agreement signs nothing."""
    got = brief("ووافقت الحكومة المصرية على استضافة القمة العربية المقبلة في شرم الشيخ.")
    assert [(e[0], e[1]["host"], e[2]) for e in got if e[0] == "hosting"] == [("hosting", "EG", "planned")]
    got = brief("وانتهى اللقاء بموافقة الرئيس الإندونيسي على زيارة الرياض العام المقبل.")
    assert [(e[1]["visitor_state"], e[1]["host_state"], e[2]) for e in got if e[0] == "visit"] == [
        ("ID", "SA", "planned")]
    got = brief("ووافقت كوريا الشمالية على تفكيك برنامجها النووي بموجب الاتفاق.")
    assert modalities(got, "disarmament") == ["asserted"]


def test_a_chronicle_entry_with_its_subject_unsaid_is_the_papers_own_heads():
    """الثلاثاء 24 مارس أجرى اتصالا هاتفيا …: an entry of the king's chronicle, not the last entry's guest calling; a
    day counted from the paper's (وأمس أجرى …) goes on with the last sentence's subject."""
    text = ("وفي يوم الأحد 22 مارس توجه إلى مصر لحضور القمة العربية، واجتمع فور وصوله برئيس جمهورية مصر "
            "العربية.\n\nالثلاثاء 24 مارس أجرى اتصالاً هاتفيًا برئيس وزراء اليابان.")
    assert ["SA", "JP"] in parties(brief(text), "talks")
    text = "التقى الرئيس المصري وزير خارجية اليابان في القاهرة يوم الأحد. وأمس أجرى اتصالاً هاتفيًا برئيس وزراء الهند."
    assert ["EG", "IN"] in parties(brief(text), "talks")


def test_the_nisba_of_one_of_the_aid_ships_is_its_giver_not_a_people_helped():
    """سفينتا إغاثة إحداهما كويتية: the Kuwaiti ship brings aid; Kuwait receives none from the state named before."""
    text = "وذكر المتحدث أن طائرة عسكرية قطرية حطت صباحا، مضيفا أن سفينتي إغاثة إحداهما كويتية بلغتا ميناء الحديدة."
    assert not [e for e in brief(text) if e[0] == "aid" and "KW" in e[1]["recipients"]]


def test_an_act_told_after_a_comma_and_also_shares_the_day_of_the_act_before():
    """، كما أشادت …: "also" tells another act of the same occasion, dated by the first clause's day; ثم (then) is
    another time."""
    got = brief("واتفقت فرنسا والمغرب الأحد على تعزيز التعاون الأمني، كما أشادت باريس بجهود الرباط في مكافحة الإرهاب.",
                date="2015-07-31")
    assert [(e[1]["source"], e[3]) for e in got if e[0] == "support.expressed"] == [("FR", "2015-07-26")]


def test_a_meeting_taken_part_in_is_dated_by_its_own_clause_past_a_long_title():
    """يرأس الوزير … وفد المملكة في اجتماعات المجلس …، الذي تبدأ أعماله غدا: however long the minister's name and
    the body's, the clause about the meeting dates the taking part (and makes it a plan)."""
    text = ("يرأس وزير الطاقة والصناعة والثروة المعدنية المهندس خالد بن عبدالرحمن بن إبراهيم الفالح وفد المملكة إلى "
            "اجتماعات المجلس الوزاري للوكالة الدولية للطاقة المتجددة (آيرينا) الحادي عشر على مستوى الوزراء في الدول "
            "الأعضاء بالوكالة، الدورة التي تعقد غدا الثلاثاء بأبوظبي.")
    got = [e for e in brief(text, date="2015-07-20") if e[0] == "participation"]
    assert [(e[1]["participant"], e[2], e[3]) for e in got] == [("SA", "planned", "2015-07-21")]


def test_a_signing_takes_no_date_of_what_has_gone_on_since():
    """A signing is done on a day: "since early June" after it, in the clause of what it led to, dates the fall
    of prices, not the agreement."""
    got = brief("وقعت كوريا الشمالية والولايات المتحدة اتفاقا نوويا وهو ما أدى إلى هبوط أسعار الذهب 5 بالمئة منذ بداية "
                "يونيو.")
    assert [(e[1]["parties"], e[3]) for e in got if e[0] == "agreement.signed"] == [(["KP", "US"], None)]


def test_an_act_told_after_a_comma_and_meanwhile_shares_the_day_of_the_act_before():
    """، فيما وصلت …: "meanwhile" tells another act on the day of the first clause; فيما يتعلق (as for) does not."""
    got = brief("أرسلت الكويت أمس طائرة محملة بالمساعدات الغذائية إلى الحديدة، فيما قدمت قطر مساعدات إنسانية "
                "للسودان.", date="2015-07-22")
    assert [(e[1]["donor"], e[3]) for e in got if e[0] == "aid"] == [("KW", "2015-07-21"), ("QA", "2015-07-21")]
    got = brief("أرسلت الكويت أمس طائرة محملة بالمساعدات الغذائية إلى الحديدة، فيما يتعلق بمساعدات قطر للسودان "
                "بقرار صدر في مايو.", date="2015-07-22")
    assert ("KW", "2015-07-21") in [(e[1]["donor"], e[3]) for e in got if e[0] == "aid"]


@needs_corpus
def test_besides_that_is_no_demonstrative_pointing_back_at_a_meeting():
    # a July report of the US defence secretary's meeting in Erbil opened by إلى ذلك ("besides"), and later the
    # meeting in Baghdad the day before, with Iraq's leaders: ذلك after a preposition points at no act told before,
    # so the two meetings stay two claims
    article = saudinewsnet.article("2015-07-25-644")
    document = read_text(article.text, doc_id=article.id, date=article.date, country="SA")
    talks = [e for e in default_pipeline().analyze(document, min_confidence=0.0).events if e.type == "talks"]
    assert len(talks) == 2


@needs_corpus
def test_the_meeting_named_after_after_is_the_dated_meeting_told_later():
    # a July report on OPEC's talks with Russia: the statement issued "after the meeting" in its lead names the
    # meeting the article dates further on (Thursday's), one claim with that day, not an undated second
    article = saudinewsnet.article("2015-07-31-1745")
    document = read_text(article.text, doc_id=article.id, date=article.date, country="SA")
    talks = [e for e in default_pipeline().analyze(document, min_confidence=0.0).events if e.type == "talks"]
    assert [e.date for e in talks] == ["2015-07-30"]


def test_a_state_after_a_noun_of_visiting_is_no_traveller():
    """توجه إلى … ورفع طلبا لزيارة العراق: the state after "visiting" is a place to be visited, not the subject of
    the verb of travel before it."""
    got = brief("وبعد أن طال انتظاره توجه إلى المكلا ورفع طلبا لزيارة العراق.")
    assert "IQ" not in [e[1].get("visitor_state") for e in got if e[0] == "visit"]


def test_aid_to_a_states_own_refugees_has_not_that_state_for_giver():
    """A Yemeni minister praising relief work for Yemeni refugees in Somalia: his state is the people helped, not the
    giver; with the giver unsaid there is no aid event, and the camp's country receives nothing."""
    got = brief("وتحدث الوزير اليمني عن الأعمال الإغاثية التي ينفذها المركز في مخيمات اللاجئين اليمنيين المقيمين "
                "في الصومال.")
    assert not [e for e in got if e[0] == "aid"]
    got = brief("قدمت السعودية مساعدات إغاثية للاجئين اليمنيين في الصومال.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("SA", ["YE"])]


@needs_corpus
def test_a_sentence_opened_by_also_shares_the_day_of_the_story_before():
    # a July report of relief ships reaching Aden: a ship told "yesterday", two sentences about its welcome, then
    # a sentence opened by كما and a past verb telling the food agency's ship: another act of that day
    article = saudinewsnet.article("2015-07-22-678")
    document = read_text(article.text, doc_id=article.id, date=article.date, country="SA")
    aid = [e for e in default_pipeline().analyze(document).events if e.type == "aid"]
    assert [(e.roles["donor"], e.date) for e in aid] == [("AE", "2015-07-21"), ("org:WFP", "2015-07-21")]


def test_peacekeepers_are_contributed_only_by_a_state_the_sentence_names_as_sending_them():
    """فيما جدد مجلس الأمن تفويض قوات حفظ السلام: the Council renews a mission, the state of the clause before sends
    nobody; قوات حفظ السلام طلبت المغادرة: the peacekeepers act; a state that sends troops in its own sentence does."""
    got = brief("أبقت الولايات المتحدة مالي على قائمة الدول المقلقة، فيما جدد مجلس الأمن الدولي تفويض قوات حفظ "
                "السلام في البلاد ستة أشهر.")
    assert not [e for e in got if e[0] == "peacekeeping"]
    got = brief("أعلنت الحكومة البلجيكية أن العائلات غادرت المخيم بطلب من قوات حفظ السلام الأممية.")
    assert not [e for e in got if e[0] == "peacekeeping"]
    got = brief("قررت نيبال توسيع مشاركتها، إذ وافقت على إرسال قوات حفظ سلام إلى جنوب السودان.")
    assert [e[1]["contributor"] for e in got if e[0] == "peacekeeping"] == ["NP"]


@needs_corpus
def test_a_press_conference_is_no_meeting_taken_part_in():
    # a July report of two foreign ministers' press conference in Jeddah: "the conference" the Egyptian minister
    # spoke at is a press conference, which gives "participation" no gathering of states to take part in
    for doc in ("2015-07-23-495", "2015-07-24-1755"):
        article = saudinewsnet.article(doc)
        document = read_text(article.text, doc_id=doc, date=article.date, country="SA")
        assert not [e for e in default_pipeline().analyze(document).events if e.type == "participation"], doc


def test_an_also_sentence_of_an_essay_takes_no_written_out_day_of_another_act():
    """كما أعطت زيارة …: in an essay each dated act is its own; a written-out day three sentences back (another
    minister's visit) is no day of the prince's visit told again."""
    text = ("وجرى التوقيع على اتفاق التعاون بين البلدين في 12 مارس 1996 خلال زيارة وزير خارجية قيرغيزستان إلى "
            "المملكة. وشكلت زيارة الرئيس القيرغيزي للمملكة في العام نفسه مرحلة جديدة. وكان لزيارة الأمير سلطان بن "
            "عبدالعزيز إلى قيرغيزستان أثر كبير في العلاقات. كما أعطت زيارة الأمير سلطان بن عبدالعزيز لقيرغيزستان "
            "دفعة للعلاقات مع دول الخليج.")
    got = brief(text, date=None)
    assert [e[3] for e in got if e[0] == "visit" and e[1].get("host_state") == "KG"] == [None]


def test_support_pledged_to_a_government_is_support_expressed_to_its_state():
    """تعهد الرئيس للحكومة التونسية بتقديم مساندة: a pledge of support is its expression, said now (not support to
    come), and the one it is made to, governed by ل between the pledge and the support word, is backed."""
    got = brief("تعهد الرئيس الفرنسي للحكومة التونسية بتقديم مساندة فرنسية بعد الهجوم.")
    assert [(e[1]["source"], e[1]["target"], e[2]) for e in got if e[0] == "support.expressed"] == \
        [("FR", "TN", "asserted")]
    got = brief("تعهدت المستشارة الألمانية للحكومة التركية بتقديم مساندة ألمانية بعد الهجوم.")
    assert [(e[1]["source"], e[1]["target"]) for e in got if e[0] == "support.expressed"] == [("DE", "TR")]
    # a pledge of aid stays aid to come
    got = brief("تعهدت الكويت بتقديم مساعدات إنسانية لليمن الشهر المقبل.")
    assert not [e for e in got if e[0] == "support.expressed"]


def test_a_fair_whose_takers_part_are_companies_is_no_state_hosting():
    """بمشاركة شركات من الإمارات: a meeting everyone named at which acts for no state (companies, businessmen) is
    no international meeting a state hosts, even called international; ministers make it one."""
    got = brief("انطلقت في جدة أمس فعاليات ملتقى التوظيف الدولي بمشاركة شركات من الإمارات والكويت.")
    assert not [e for e in got if e[0] == "hosting"]
    got = brief("انطلقت في جدة أمس فعاليات المؤتمر الدولي للطاقة بمشاركة وزراء من الإمارات والكويت.")
    assert [e[1]["host"] for e in got if e[0] == "hosting"] == ["SA"]


def test_a_deal_concluded_before_the_papers_day_is_no_plan_whatever_the_sentence_says_is_to_come():
    """سوف يكون قد نشر الكثير عن الاتفاق النووي بين إيران ودول 5+1: the future is the writing's; the nuclear deal of
    14 July 2015 was signed by the 21st, so its mention is of a signing done. Before that day it could be a plan."""
    text = "سوف يكون قد نشر الكثير من المقالات عن الاتفاق النووي بين إيران ودول 5+1 خلال الأيام الماضية."
    assert [e[2] for e in brief(text) if e[0] == "agreement.signed"] == ["asserted"]
    assert [e[2] for e in brief(text, date="2015-07-01") if e[0] == "agreement.signed"] == ["planned"]


def test_power_plants_closed_are_no_weapons_given_up():
    """أغلقت الدولة مفاعلاتها النووية: closing reactors or power stations is energy policy, no disarmament; closing a
    test site or dismantling nuclear installations still is."""
    got = brief("بعد الكارثة أغلقت اليابان كل مفاعلاتها النووية واستبدلت الطاقة النووية بالغاز.")
    assert not [e for e in got if e[0] == "disarmament"]
    got = brief("وافقت كوريا الشمالية على تفكيك منشآتها النووية مقابل مساعدات.")
    assert [e[1]["state"] for e in got if e[0] == "disarmament"] == ["KP"]


def test_a_state_named_bare_right_after_a_verb_of_visiting_is_the_state_visited():
    """زار السعودية 13 مرة والعراق 5 مرات: the states named bare after زار are its objects, visited, and no visitor
    is read from them (nor from the passage); an official named after the verb still visits."""
    assert not [e for e in brief("حيث زار السعودية 13 مرة، والعراق 5 مرات.") if e[0] == "visit"]
    assert not [e for e in brief("وكان الرئيس قد زار السعودية 13 مرة والعراق 5 مرات.") if e[0] == "visit"]
    got = brief("زار الرئيس المصري السعودية أمس.")
    assert [(e[1]["visitor_state"], e[1]["host_state"]) for e in got if e[0] == "visit"] == [("EG", "SA")]


def test_a_suspect_acts_for_no_state():
    """الانتحاري السعودي، المتهم الكويتي: a suspect or a bomber is no official of the state his nisba names; his trips
    are no visits (actor vocabulary: non_state)."""
    assert not [e for e in brief("وزار الانتحاري السعودي الكويت قبل أسبوع من الهجوم.") if e[0] == "visit"]


def test_aid_a_state_calls_on_others_to_give_is_no_aid_it_gives():
    """دعا الوزير المجتمع الدولي إلى تقديم المساعدات: the aid called for is asked of others (appeal cues: دعا، حث as
    well as ناشد، طالب); aid the state gives is still its own."""
    assert not [e for e in brief("ودعا وزير الخارجية السعودي المجتمع الدولي إلى تقديم المساعدات الإنسانية للشعب "
                                 "السوري.") if e[0] == "aid"]
    assert not [e for e in brief("ودعت الحكومة النمساوية إلى ربط المساعدات الجديدة لليونان بجهود أثينا في قضية "
                                 "اللجوء.") if e[0] == "aid"]
    got = brief("وقدمت المملكة مساعدات إنسانية للشعب السوري بقيمة مليون دولار.")
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got if e[0] == "aid"] == [("SA", ["SY"])]


def test_a_law_signed_is_no_agreement_between_states():
    """القانون الذي وقعه أوباما، وقع الرئيس على القانون: a law or a decree signed (signed_law cues) is no agreement,
    whatever agreement the sentence speaks of; an agreement signed under international law still is."""
    assert not [e for e in brief("وأطلع الوزير أعضاء الكونجرس على الاتفاق النووي مع إيران، حيث يمهل القانون الذي "
                                 "وقعه أوباما في مايو الماضي الكونجرس 60 يوما لمراجعة الاتفاق.")
                if e[0] == "agreement.signed"]
    assert not [e for e in brief("وقع الرئيس الأمريكي على القانون الذي يمنح الكونجرس حق مراجعة الاتفاق مع إيران.")
                if e[0] == "agreement.signed"]
    got = brief("وقعت مصر والسودان اتفاقية للتعاون في مجال النقل وفق القانون الدولي.")
    assert [sorted(e[1]["parties"]) for e in got if e[0] == "agreement.signed"] == [["EG", "SD"]]


def test_a_parliaments_presidency_or_a_department_headed_is_no_chair_of_a_body_of_states():
    """رئاسة الكنيست، يترأس قسم … في مكتب الأمم المتحدة: a parliament's presidency or a department a man heads is no
    state chairing the body named later in the sentence; a state taking a body's chair still is."""
    assert not [e for e in brief("واشتكى النواب من أن رئاسة الكنيست تسببت في حادثة دبلوماسية مع الاتحاد الأوروبي "
                                 "الليلة الماضية.") if e[0] == "office.held"]
    assert not [e for e in brief("وأضاف المسؤول الروسي الذي يترأس قسم مكافحة التمييز في مكتب حقوق الإنسان التابع "
                                 "للأمم المتحدة أن العنصرية تتزايد.") if e[0] == "office.held"]
    got = brief("تسلمت الكويت رئاسة مجلس الأمن الدولي.")
    assert [(e[1]["holder"], e[1]["body"]) for e in got if e[0] == "office.held"] == [("KW", "org:UNSC")]


def test_a_cable_of_thanks_is_a_claim_beside_the_thanks_voiced_in_person():
    """The thanks a minister voices in his host's capital and the cable of thanks he sends on his return are two
    claims of support, though one pair and one day: a cable is no restatement of words said in person."""
    text = ("عبر وزير الخارجية الأردني أمس عن بالغ شكره للرئيس المصري على حسن الاستقبال خلال زيارته القاهرة. "
            "وبعث الوزير الأردني أمس عقب عودته برقية شكر للرئيس المصري.")
    assert support_sides(brief(text)) == [("JO", "EG"), ("JO", "EG")]
    # two tellings in person, the same day, stay one claim
    text = ("عبر وزير الخارجية الأردني أمس عن بالغ شكره للرئيس المصري على حسن الاستقبال. "
            "وأعرب الوزير الأردني أمس عن شكره للرئيس المصري على كرم الضيافة.")
    assert support_sides(brief(text)) == [("JO", "EG")]


def test_a_verb_of_granting_names_the_recipient_before_the_aid():
    """منح takes two objects, whom it grants first: the state named bare between the verb (and its subject) and the
    aid word is the recipient, as in the verbal noun after a decision (وافق على منح …)."""
    for text in ("منحت اليابان الأردن مساعدات إنسانية جديدة.",
                 "وافقت اليابان أمس على منح الأردن مساعدات إنسانية جديدة.",
                 "وافقت اليابان على منح الأردن مساعدات مالية."):
        got = [e for e in brief(text) if e[0] == "aid"]
        assert [(e[1]["donor"], e[1]["recipients"]) for e in got] == [("JP", ["JO"])], text
    # people granted, no state: no aid between parties
    assert not [e for e in brief("منحت الحكومة المواطنين مساعدات مالية.") if e[0] == "aid"]
    # one actor right after the verb is its subject, no one granted: the Yemeni government gives, to nobody named
    assert not [e for e in brief("زار الوزير السعودي عدن. ومنحت الحكومة اليمنية مساعدات للنازحين.") if e[0] == "aid"]


def test_aid_reaches_a_port_named_bare_after_a_verb_of_arriving():
    """وصل takes its destination as a bare object (وصلت السفينة ميناء المكلا): the city is where the aid went, the
    nisba of the ship who gave it; so for a pair of ships, one of them described (سفينتا إغاثة إحداهما كويتية)."""
    for text in ("رست سفينة إغاثة كويتية ميناء المكلا صباح أمس.",
                 "وصلت سفينتا إغاثة إحداهما كويتية إلى ميناء المكلا أمس.",
                 "أعلن المحافظ أن سفينتي إغاثة إحداهما كويتية وصلتا ميناء المكلا أمس."):
        got = [e for e in brief(text) if e[0] == "aid"]
        assert [(e[1]["donor"], e[1]["recipients"]) for e in got] == [("KW", ["YE"])], text
    # a city named bare far on, the subject of another clause, is no destination
    assert not [e for e in brief("وصلت طائرة مساعدات قطرية أمس وأكد المسؤولون أن المكلا ستستقبل شحنات أخرى.")
                if e[0] == "aid"]


def test_aid_to_a_government_named_by_its_nisba_goes_to_its_state():
    """مساعدات للحكومة الأردنية: the nisba right after the aid word describes the government the aid goes to, not the
    aid (as مساعدات أردنية would): its state is the recipient, and the giver is the verb's subject."""
    got = [e for e in brief("قدمت الكويت أمس مساعدات للحكومة الأردنية.") if e[0] == "aid"]
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got] == [("KW", ["JO"])]
    # with no preposition the government is the aid's owner: its giver
    got = [e for e in brief("وصلت مساعدات الحكومة السعودية إلى عدن.") if e[0] == "aid"]
    assert [(e[1]["donor"], e[1]["recipients"]) for e in got] == [("SA", ["YE"])]


def test_thanks_to_ones_own_people_praise_no_foreign_state_named_later():
    """The word of praise governs its object at once (شكره للشعب الكويتي): thanks a Kuwaiti official gives his own
    people are no support between states, whatever state the sentence names later as what they did it for."""
    for text in ("ووجه المسؤول الكويتي شكره للشعب الكويتي على وقفته المشرفة مع أشقائه اللبنانيين.",
                 "ووجه المسؤول الكويتي شكره وامتنانه للشعب الكويتي على وقفته المشرفة مع أشقائه اللبنانيين."):
        assert not support_sides(brief(text)), text
    # thanks to another state's people stay its
    got = brief("ووجه الوزير الأردني شكره للشعب الكويتي على وقفته المشرفة مع أشقائه اللبنانيين.")
    assert support_sides(got) == [("JO", "KW")]
