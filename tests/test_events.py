"""Event extraction: the seeds against our gold, texts of our own about other states, and the interface."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from alaqat import extract_events
from alaqat.extract.score import load_gold, score, score_press
from alaqat.model import EVENT_TYPES, MODALITIES
from alaqat.read import read_text

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "events"
SEED_GOLD = ROOT / "tests" / "gold" / "seeds"
# The seeds' gold was annotated again, blind, by reading, following ../shared/annotation-guide.md (the older gold had
# been bootstrapped from the extractor's output). Measured: F1 0.955, exact dates 0.938 (see BENCHMARKS.md); the
# floors sit under (the dates' under 0.95 of a single miss: 48 dated events). The F1 floor is the issue's 0.95 since
# a model retrained on one genre's gold let two seed events slip under its threshold (0.947) unnoticed.
SEED_F1_FLOOR = 0.95
SEED_DATE_FLOOR = 0.90


def events_of(text: str, doc_date: str | None = None) -> list[dict]:
    """Every candidate the rules find (the confidence threshold is tested on its own): these tests are about
    what the rules read, not about how sure the model is."""
    from alaqat.pipeline import default_pipeline

    doc = read_text(text, doc_id="t", date=doc_date)
    return [e.to_json() for e in default_pipeline().analyze(doc, min_confidence=0.0).events]


def brief(text: str, doc_date: str | None = None) -> list[tuple]:
    return [(e["type"], e["roles"], e["modality"], e["date"]) for e in events_of(text, doc_date)]


def test_seeds_against_gold(seeds):
    """The seeds against their blind gold, scored as the real press is (participants and the acting side)."""
    predicted = []
    for doc_id, text in seeds.items():
        predicted += [e.to_json() for e in extract_events(read_text(text, doc_id=doc_id))]
    result = score_press(predicted, load_gold(SEED_GOLD, seeds))
    print("events on seeds (blind gold):", result.summary())
    assert result.f1 >= SEED_F1_FLOOR
    assert result.date_rate >= SEED_DATE_FLOOR


def test_interchange_format_follows_the_ontology(seeds):
    text = seeds["002_3615f07de240bcce"]
    for e in events_of(text):
        assert list(e) == ["id", "doc", "type", "roles", "modality", "date", "date_text", "date_basis",
                           "evidence", "confidence"]
        assert e["type"] in EVENT_TYPES and e["modality"] in MODALITIES
        s, t = e["evidence"]["sentence"], e["evidence"]["trigger"]
        assert text[s[0]:s[1]] == e["evidence"]["text"]
        assert s[0] <= t[0] < t[1] <= s[1]
        if e["date_text"]:
            assert e["date_text"] in text
        assert 0 <= e["confidence"] <= 1


def test_coordinated_hosts_give_one_visit_each():
    got = brief("أجرى الرئيس الأوزبكي شوكت ميرضيائيف زيارات رسمية إلى البحرين وقطر والكويت في مارس 2019.")
    hosts = [roles["host_state"] for t, roles, _, date in got if t == "visit"]
    assert hosts == ["BH", "QA", "KW"]
    assert all(date == "2019-03" for t, _, _, date in got if t == "visit")


def test_two_dates_give_two_events_and_person_stands_for_state():
    got = brief("قام الرئيس التركي رجب طيب أردوغان بزيارتين إلى القاهرة في عام 2011 وفي عام 2012.")
    visits = [(r["visitor_state"], r["host_state"], d) for t, r, _, d in got if t == "visit"]
    assert visits == [("TR", "EG", "2011"), ("TR", "EG", "2012")]


def test_pair_words_resolve_to_the_passage_pair():
    text = ("تطورت العلاقات بين الأردن وأذربيجان بسرعة. وقد أقام البلدان علاقات دبلوماسية في 1993، "
            "ثم وقع الجانبان اتفاقية للتعاون الثقافي عام 1998.")
    got = brief(text)
    assert ("relations.established", {"parties": ["JO", "AZ"]}, "asserted", "1993") in got
    assert ("agreement.signed", {"parties": ["JO", "AZ"]}, "asserted", "1998") in got


def test_nisba_passive_and_levantine_month():
    got = brief("تم التوقيع على مذكرة تفاهم بين الوفد التونسي والجانب الكازاخستاني في تشرين الأول 2015.")
    assert got == [("agreement.signed", {"parties": ["TN", "KZ"]}, "asserted", "2015-10")]


def test_modality_planned_intended_proposed_negated():
    assert brief("من المقرر أن يزور وزير الخارجية الجزائري أستانا الشهر المقبل.", "2023-05-02")[0][2:] == (
        "planned", "2023-06")
    assert brief("أعلنت أوزبكستان عزمها الانضمام إلى منظمة التعاون الإسلامي.")[0][2] == "intended"
    # a verb of giving with سـ governs the aid noun after it: what it will provide is planned
    assert brief("وأشار إلى أن الكويت ستؤمن يوميا طائرة مساعدات لليمن.")[0][2] == "planned"
    assert brief("اقترح الرئيس المصري افتتاح قنصلية في ألماتي.")[0][2] == "proposed"
    got = brief("لم يوقع البلدان اتفاقية التجارة الحرة بين مصر وتركيا حتى الآن.")
    assert got and got[0][2] == "negated"


def test_plain_la_before_the_trigger_and_working_towards_a_signing():
    """لا right before the verb denies that act alone (لا يزور الرئيس …); what a state "works to" conclude (تعمل على
    إبرام اتفاق) is what it means to do, not done."""
    got = brief("لا يزور الرئيس المصري الأردن هذا الشهر بسبب الأوضاع.", "2023-05-02")
    assert got and got[0][:3] == ("visit", {"visitor_state": "EG", "host_state": "JO", "level": "head_of_state"},
                                  "negated")
    got = brief("قالت الوزارة إن تونس تعمل على إبرام اتفاق مع الجزائر لتسهيل عبور الشاحنات.")
    assert [(t, m) for t, _, m, _ in got] == [("agreement.signed", "intended")]


def test_praise_by_a_private_person_named_alone_or_a_vendor_is_no_states():
    """A resident thanking the government (وثمن عبده ناصر جهود حكومة المملكة …) or a vendor at a festival (نوه
    البائع …: نوه is a verb, its ه a root letter) backs nobody for a state; the July articles these were found in
    are read in tests/test_press.py."""
    def saudi_paper(text: str) -> list:
        doc = read_text(text, doc_id="t", date="2015-07-31", country="SA")
        return [e.to_json() for e in extract_events(doc, min_confidence=0.0)]

    assert saudi_paper("وثمن عبده ناصر جهود حكومة المملكة في خدمة المقيمين اليمنيين.") == []
    assert saudi_paper("من جهته، نوه البائع سامي خليل بالإقبال على ركن السجاد التركي في سوق المهرجان.") == []


def test_a_list_joined_and_relief_obstructed_are_no_membership_and_no_aid():
    """انضمت المعالم إلى قوائم اليونسكو للتراث العالمي: a list joined, no body; وإعاقة الجهود الإغاثية: the relief a
    condemnation says was obstructed, no aid given."""
    doc = read_text("انضمت المملكة مؤخراً إلى قوائم اليونسكو للتراث العالمي بموقعين.", doc_id="t",
                    date="2015-07-31", country="SA")
    assert all(e.type != "membership.joined" for e in extract_events(doc, min_confidence=0.0))
    doc = read_text("واستنكر مجلس الوزراء خرق الهدنة الإنسانية بهدف إفشالها وإعاقة الجهود الإغاثية للشعب اليمني.",
                    doc_id="t", date="2015-07-24", country="SA")
    assert all(e.type != "aid" for e in extract_events(doc, min_confidence=0.0))


def test_independence_among_values_is_no_declaration():
    """لحريته، ووحدته، واستقلاله: a country's independence named among its values is no act of gaining it."""
    assert brief("انتصر أحرار اليمن لحريته، ووحدته، واستقلاله في معارك عام 2015.") == []


def test_a_letter_arriving_is_no_visit():
    """والرسالة وصلت إلى صنعاء وعدن: what arrived is a message, no one travelled (the July column it was found in is
    read in tests/test_press.py)."""
    doc = read_text("قال الأمير كلمته، والرسالة وصلت من الرياض إلى صنعاء وعدن.", doc_id="t",
                    date="2015-07-31", country="SA")
    assert all(e.type != "visit" for e in extract_events(doc, min_confidence=0.0))


def test_the_president_of_the_kurdistan_region_named_before_his_title_acts_for_iraq():
    got = brief("وبحث وزير الخارجية الفرنسي يوم الأحد مع مسعود البرزاني رئيس الإقليم ملف النازحين.", "2015-07-31")
    assert ("talks", {"parties": ["FR", "IQ"], "channel": "meeting", "level": "minister"}, "asserted",
            "2015-07-26") in got


def test_whoever_visits_is_nobody_in_particular():
    """إن مَن زار القاهرة قبل عقدين سيدهشه ما تغير: the relative من before the verb is "whoever"; عاد من زيارة is a
    preposition before a noun, and the visit stands."""
    doc = read_text("إن مَن زار القاهرة قبل عقدين سيدهشه ما تغير فيها.", doc_id="t", date="2015-07-21",
                    country="SA")
    assert extract_events(doc, min_confidence=0.0) == []
    assert [t for t, *_ in brief("وعاد وزير الخارجية المصري من زيارة رسمية إلى الإمارات.")] == ["visit"]


def test_a_states_pavilion_at_a_world_expo_is_participation():
    """A world exposition is a meeting of states (شاركت الدولة بجناح في معرض إكسبو): the exhibition's word is no
    reason to drop it (a trade fair's pavilion was tried as one, and took the Expo with it)."""
    got = brief("شاركت الإمارات بجناح في معرض إكسبو 2017 الذي احتضنته أستانا من يونيو إلى سبتمبر 2017.")
    assert "participation" in [t for t, *_ in got]


def test_representing_ones_country_at_a_meeting_is_participation():
    got = brief("وقال رئيس الوفد الكويتي، الذي مثل بلاده في اجتماعات المجلس الوزاري للصندوق، إن النتائج جيدة.")
    assert [(t, r["participant"]) for t, r, *_ in got if t == "participation"] == [("participation", "KW")]


def test_informing_a_counterpart_is_talks_and_defending_a_states_right_is_support():
    """Telling a counterpart or an envoy a decision (أبلغ نظيره) is an exchange between two states; defending a
    state's right to act (دافع عن حق …) backs it; a state's loans to another (قدمت قروضا) are aid."""
    told = brief("أبلغ الرئيس الفرنسي نظيره التونسي أمس قرار حكومته تمديد برنامج التعاون الأمني.", "2015-07-21")
    assert [(t, r["parties"], d) for t, r, _, d in told] == [("talks", ["FR", "TN"], "2015-07-20")]
    backed = brief("ودافعت الخارجية الأمريكية أمس عن حق الأردن في حماية حدوده من الهجمات.", "2015-07-21")
    assert [(t, r["source"], r["target"]) for t, r, *_ in backed] == [("support.expressed", "US", "JO")]
    lent = brief("وقدمت الصين قروضا ميسرة لأنغولا العام الماضي.", "2015-07-21")
    assert [(t, r["donor"], r["recipients"], d) for t, r, _, d in lent] == [("aid", "CN", ["AO"], "2014")]
    # a source telling a newspaper is no counterpart
    assert "talks" not in [t for t, *_ in brief("وأبلغ مصدر مطلع الصحيفة أن الوزير سيزور القاهرة قريبا.")]


def test_the_year_of_a_deed_praised_is_not_the_praises():
    """Praise is voiced when it is told; the deed it praises (بموقف المملكة في حرب 1973) may be decades old, and its
    year dates the deed. A year told before the praised thing (أشاد في عام 1990 بـ) is the praise's own."""
    old_deed = brief("وأشاد الرئيس المصري بموقف المملكة العربية السعودية في حرب أكتوبر عام 1973.")
    assert [(t, r["source"], r["target"], d) for t, r, _, d in old_deed] == [("support.expressed", "EG", "SA", None)]
    then = brief("وأشاد الرئيس المصري في عام 1990 بموقف المملكة العربية السعودية.")
    assert [d for *_, d in then] == ["1990"]


def test_reopening_an_embassy_stays_a_mission_opened():
    """The words of reopening (إعادة فتح) belong to the embassy they reopen: a trigger of aid written on them (for
    equipment flown in to reopen an airport) took the span and lost the reopened embassy, so there is none."""
    got = brief("وشهدت واشنطن أمس إعادة فتح السفارة الكوبية في واشنطن بعد 54 عاما من إغلاقها.", "2015-07-22")
    assert [(t, r["sender"], r["host"], d) for t, r, _, d in got if t == "mission.opened"] == [
        ("mission.opened", "CU", "US", "2015-07-21")]


def test_an_official_on_his_way_to_a_state_visits_it():
    """Speaking on the way (وهو في طريقه إلى برلين) places the official on a journey to that state; a player on
    his way to a stadium goes to no state."""
    got = brief("وقال وزير الدفاع الأمريكي وهو في طريقه إلى برلين إن بلاده ملتزمة بأمن حلفائها.")
    assert [(t, r["visitor_state"], r["host_state"]) for t, r, *_ in got] == [("visit", "US", "DE")]
    assert brief("وكان اللاعب في طريقه إلى الملعب حين وقع الحادث.") == []
    # a name alone in quotation marks, as some papers write names, is no speech: the state is where he goes
    quoted = brief('وتوجه وزير الدفاع الأمريكي إلى "إسرائيل" أمس.', "2015-07-21")
    assert [(t, r["host_state"], d) for t, r, _, d in quoted] == [("visit", "IL", "2015-07-20")]


def test_an_initiative_of_reconciliation_between_states_is_mediation():
    got = brief("وأطلق الرئيس الروسي مبادرة مصالحة بين سورية وتركيا لوضع حد للأزمة.")
    assert [(t, r["mediator"], r["parties"]) for t, r, *_ in got] == [("mediation", "RU", ["SY", "TR"])]


def test_a_meeting_closed_in_a_capital_is_hosted_there():
    """اختتم in the masculine, as اختتمت: a meeting closed in a capital was hosted by its state."""
    got = brief("واختتم في الرياض أمس الاجتماع الوزاري الخليجي.", "2015-07-21")
    assert [(t, r["host"], d) for t, r, _, d in got] == [("hosting", "SA", "2015-07-20")]
    assert brief("واختتم اللاعب موسمه بهدف في مرمى الفريق المنافس.") == []


def test_draft_agreement_is_negotiated_not_signed():
    got = brief("ناقش وزيرا العدل في الأردن ولبنان مسودة اتفاقية لتسليم المطلوبين في أيار/مايو 2022.")
    assert [t for t, *_ in got] == ["agreement.negotiated"]
    assert got[0][1] == {"parties": ["JO", "LB"]} and got[0][3] == "2022-05"


def test_background_states_no_act():
    assert brief("تتميز العلاقات بين مصر والأردن بالمتانة، ويرغب الجانبان في تعزيز التعاون في جميع المجالات.") == []


def test_recognition_and_independence():
    got = brief("أعلنت أوزبكستان استقلالها في 31 أغسطس 1991. وكانت تركيا أول دولة اعترفت باستقلال أوزبكستان في ديسمبر 1991.")
    assert ("independence", {"state": "UZ"}, "asserted", "1991-08-31") in got
    assert ("recognition", {"source": "TR", "target": "UZ"}, "asserted", "1991-12") in got


def test_mediation_hosting_aid_peacekeeping_office():
    text = ("استضافت قطر جولة من المفاوضات. وفي عام 2020، وفرت الدوحة منصة محايدة للحوار بين أفغانستان والولايات المتحدة. "
            "وقدمت الكويت مساعدات إنسانية لليمن في عام 2015. وساهمت الأردن بقوات في بعثات حفظ السلام التابعة للأمم المتحدة. "
            "وفي عام 2014 تم انتخاب الأردن عضوا غير دائم في مجلس الأمن.")
    types = {t: r for t, r, _, _ in brief(text)}
    assert types["hosting"]["host"] == "QA"
    assert types["mediation"] == {"mediator": "QA", "parties": ["AF", "US"]}
    assert types["aid"]["donor"] == "KW" and types["aid"]["recipients"] == ["YE"]
    assert types["peacekeeping"]["contributor"] == "JO"
    assert types["office.held"] == {"holder": "JO", "body": "org:UNSC", "office": "non_permanent_member"}


def test_cli_jsonl_and_bad_file(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("أقيمت العلاقات الدبلوماسية بين مصر وأوزبكستان في 21 مارس 1992.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)))
    run = subprocess.run([sys.executable, "-m", "alaqat", "extract", str(good), str(bad)], capture_output=True,
                         text=True, cwd=ROOT)
    assert run.returncode == 1
    assert f"{bad}: not a text document (binary)" in run.stderr and "Traceback" not in run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert rows[0]["type"] == "relations.established" and rows[0]["date"] == "1992-03-21"
    assert rows[0]["id"] == "good#1"


def test_cli_reads_pasted_text_from_stdin(tmp_path):
    text = "أقيمت العلاقات الدبلوماسية بين مصر وأوزبكستان في 21 مارس 1992."
    command = [sys.executable, "-m", "alaqat", "extract", "-"]
    first, again = (subprocess.run(command, input=t, capture_output=True, text=True, cwd=ROOT) for t in (text, text))
    assert first.returncode == 0 and first.stdout == again.stdout
    row = json.loads(first.stdout.splitlines()[0])
    assert row["doc"].startswith("stdin-") and row["date"] == "1992-03-21"
    assert first.stdout[:100] != subprocess.run(command, input=text + " ", capture_output=True, text=True,
                                                cwd=ROOT).stdout[:100]  # another text, another id
    cp1256 = subprocess.run(command, input=text.encode("cp1256"), capture_output=True, cwd=ROOT)
    assert json.loads(cp1256.stdout.splitlines()[0])["date"] == "1992-03-21"
    binary = subprocess.run(command, input=bytes(range(256)), capture_output=True, cwd=ROOT)
    assert binary.returncode == 1 and binary.stderr.decode().startswith("stdin: ")
    assert b"Traceback" not in binary.stderr


DEMO_F1_FLOOR = 0.9
# The 15 held-out demo articles (meta "heldout") were written after the extraction rules, and their gold is a hand
# reading of the text (scripts/build_demo_gold.py), not the extractor's output. They were split at random into
# "dev" (8: may be read when improving the rules) and "test" (7: may not), before any rule was changed for them.
# Before the split, all 15: P 0.478 R 0.282 F1 0.355, exact dates 0.758 (33 matched, 36 extra, 84 missed).
# At the split: dev F1 0.370, test F1 0.333. After rules written from the dev articles' errors only: dev 0.705,
# test 0.439 (the test split's gain is the honest one). The floors sit just under these (see BENCHMARKS.md).
HELDOUT_FLOORS = {"dev": 0.67, "test": 0.47}


def demo_docs(heldout: str | None) -> list:
    """Demo documents of one held-out split ("dev", "test"), or the others (None)."""
    from alaqat.demo import corpus_dir, meta_path
    from alaqat.read import load_meta, read_paths

    meta = load_meta(meta_path())
    docs = [d for d in read_paths([corpus_dir()], meta)]
    return [d for d in docs if meta.get(d.id, {}).get("heldout") == heldout]


def test_demo_corpus_against_gold():
    docs = demo_docs(heldout=None)
    predicted = [e.to_json() for d in docs for e in extract_events(d)]
    result = score(predicted, load_gold(GOLD, [d.id for d in docs]))
    print("events on the demo corpus:", result.summary())
    assert result.f1 >= DEMO_F1_FLOOR


@pytest.mark.parametrize(("split", "size"), [("dev", 8), ("test", 7)])
def test_heldout_demo_articles_against_gold(split: str, size: int):
    """Generality of the rules: event P/R/F1 on articles written after them, scored against hand-read gold."""
    docs = demo_docs(heldout=split)
    assert len(docs) == size
    predicted = [e.to_json() for d in docs for e in extract_events(d)]
    result = score(predicted, load_gold(GOLD, [d.id for d in docs]))
    print(f"events on the held-out demo articles ({split}):", result.summary())
    assert result.f1 >= HELDOUT_FLOORS[split]


GENERAL = ROOT / "tests" / "data" / "events_general"
GENERAL_F1_FLOOR = 0.9
GENERAL_DATE_FLOOR = 0.97  # 1.000 since talks and signings take the date of the visit they happen at


def test_general_texts_against_gold():
    """Passages of our own about other pairs (Egypt-Jordan, Turkey-Azerbaijan, Uzbekistan-UAE, Algeria,
    Tunisia, Iraq-Jordan) with receptions, regional month names, negation, plans and proposals."""
    texts = sorted(GENERAL.glob("*.txt"))
    assert len(texts) >= 6
    predicted = [e.to_json() for p in texts
                 for e in extract_events(read_text(p.read_text(encoding="utf-8"), doc_id=p.stem))]
    result = score(predicted, load_gold(GENERAL))
    print("events on our general texts:", result.summary())
    assert result.f1 >= GENERAL_F1_FLOOR
    assert result.date_rate >= GENERAL_DATE_FLOOR


def test_reception_makes_the_guest_the_visitor():
    got = brief("استقبل العاهل الأردني الملك عبد الله الثاني الرئيس التركي رجب طيب أردوغان في عمان يوم 3 أيار 2022.")
    visits = [(r["visitor_state"], r["host_state"], d) for t, r, _, d in got if t == "visit"]
    assert visits == [("TR", "JO", "2022-05-03")]


def test_who_attends_a_reception_is_no_guest():
    # the one attending (بحضور) is of the receiving side: the guest is named after him, however far he reaches
    got = brief("استقبل أمير الكويت في قصره بحضور ولي العهد صباح اليوم وزير الخارجية الأردني.", "2016-03-02")
    assert [(t, r.get("parties"), r.get("visitor_state"), r.get("host_state")) for t, r, _, _ in got] == [
        ("visit", None, "JO", "KW"), ("talks", ["KW", "JO"], None, None)]
    got = brief("استقبل أمير الكويت وبحضور ولي عهد دولة الكويت الشيخ نواف الأحمد صباح اليوم في قصره رئيس وزراء "
                "الأردن.", "2016-03-02")
    assert sorted((t, r.get("parties"), r.get("visitor_state")) for t, r, _, _ in got) == [
        ("talks", ["KW", "JO"], None), ("visit", None, "JO")]
    # attending after the guest changes nothing
    got = brief("استقبل أمير الكويت رئيس وزراء الأردن بحضور ولي العهد.", "2016-03-02")
    assert sorted((t, r.get("parties"), r.get("visitor_state")) for t, r, _, _ in got) == [
        ("talks", ["KW", "JO"], None), ("visit", None, "JO")]


def test_a_consul_or_an_ambassador_received_lives_there_and_made_no_visit():
    assert brief("استقبل محافظ جدة أمس القنصل العام الأمريكي.", "2016-03-02") == [
        ("talks", {"parties": ["SA", "US"], "channel": "meeting", "level": "official"}, "asserted", "2016-03-01")]
    assert brief("استقبل محافظ الطائف في مكتبه أمس السفير الياباني.", "2016-03-02") == [
        ("talks", {"parties": ["SA", "JP"], "channel": "meeting", "level": "official"}, "asserted", "2016-03-01")]


def test_taking_part_needs_a_meeting_abroad_or_an_international_one():
    abroad = brief("شارك وفد سعودي أمس في المؤتمر الدولي للطاقة في فيينا.", "2016-03-02")
    assert abroad == [("participation", {"participant": "SA", "location": "AT"}, "asserted", "2016-03-01")]
    summit = brief("يشارك الرئيس التونسي في القمة العربية المقبلة.")
    assert [(t, r["participant"]) for t, r, _, _ in summit] == [("participation", "TN")]
    # at a meeting held in one's own capital (the host), at a ceremony at home with no meeting of states
    # (an international conference held there is hosted by it, as the press gold reads المؤتمر الذي عقد في …)
    assert brief("شارك وزير الخارجية الأردني أمس في المؤتمر الدولي للإعلام الذي عقد في عمان.") == [
        ("hosting", {"host": "JO"}, "asserted", None)]
    assert brief("تشارك وزارة الثقافة التونسية في احتفالات افتتاح الجسر الجديد الشهر المقبل.") == []


def test_a_summit_named_by_a_relative_clause_dates_the_participation_and_keeps_its_host_out():
    got = brief("وأجرى الوزير الأوزبكي محادثات مع نظيره العماني على هامش القمة التي استضافتها الدوحة في 5 مايو 2021.")
    talks = [(r["parties"], d) for t, r, _, d in got if t == "talks"]
    assert talks == [(["UZ", "OM"], "2021-05-05")]  # Qatar hosted the summit; it took no part in the talks
    got = brief("وشارك الوفد التونسي في القمة التي احتضنتها الرباط في أكتوبر 2019.")
    assert {(t, d) for t, _, _, d in got} == {("participation", "2019-10"), ("hosting", "2019-10")}


def test_a_relative_clause_of_another_act_does_not_lend_its_date():
    got = brief("ووقع وزيرا خارجية الكويت وتركمانستان الاتفاقية التي جرى التفاوض عليها في عام 2019.")
    assert [(t, d) for t, _, _, d in got if t == "agreement.signed"] == [("agreement.signed", None)]


def test_talks_and_signing_at_a_visit_take_its_date():
    text = ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة يوم 3 مايو 2019 الرئيس الكازاخستاني قاسم جومارت "
            "توكاييف، وبحث الجانبان تطوير التعاون. "
            "وتناول الاقتصاد حيزا من النقاش. ووقع وزيرا خارجية البلدين خلال الزيارة اتفاقية للتعاون الثقافي.")
    dated = {(e["type"], e["date"], e["date_basis"]) for e in events_of(text)}
    assert ("visit", "2019-05-03", "explicit") in dated
    assert any(t == "talks" and d == "2019-05-03" for t, d, _ in dated)  # the reception itself is talks
    assert ("agreement.signed", "2019-05-03", "narrative") in dated


def test_a_signing_without_an_occasion_stays_undated():
    text = ("زار رئيس كازاخستان الدوحة في 3 مايو 2019. وعاد الوفد. ثم تحدث الإعلام. وتوالت التعليقات. "
            "ووقع وزيرا خارجية البلدين خلال الزيارة اتفاقية للتعاون الثقافي. ووقعت قطر وكازاخستان اتفاقية أخرى.")
    signed = [e["date"] for e in events_of(text) if e["type"] == "agreement.signed"]
    assert signed == [None, None]  # four sentences on, "during the visit" is too far to be sure


def test_common_forms_of_relations_calls_recognition_and_peacekeeping():
    assert brief("أقام الأردن وأوزبكستان علاقاتهما الدبلوماسية عام 1992.") == [
        ("relations.established", {"parties": ["JO", "UZ"]}, "asserted", "1992")]
    [call] = events_of("أجرى وزير الخارجية الأردني في 3 مارس 2020 مكالمة هاتفية مع نظيره الأوزبكي.")
    assert (call["type"], call["roles"]["channel"], call["date"]) == ("talks", "phone", "2020-03-03")
    assert brief("كانت مصر من أوائل الدول التي تعترف باستقلال أوزبكستان في يناير 1992.")[0][:2] == (
        "recognition", {"source": "EG", "target": "UZ"})
    [kept] = events_of("أرسلت أوزبكستان عام 2021 قوات حفظ سلام إلى لبنان، وتعمل ضمن قطاع اليونيفيل.")
    assert kept["type"] == "peacekeeping" and kept["roles"]["operation"] == "org:UN"


def test_a_title_and_a_date_name_the_visitor_when_one_person_held_the_office():
    [visit] = events_of("زيارة الرئيس الكازاخستاني إلى سلطنة عمان عام 1998.")
    assert visit["roles"]["visitor"] == "person:nursultan-nazarbayev"
    [changed] = events_of("زار الرئيس الكازاخستاني مسقط عام 2019.")  # two presidents held office in 2019
    assert "visitor" not in changed["roles"] and changed["roles"]["level"] == "head_of_state"


def test_the_organization_named_by_its_head_noun_and_summits_of_an_organization():
    text = ("انضمت أوزبكستان إلى منظمة شنغهاي للتعاون عام 2001. وتحدث الوزير أمام الجمعية العامة للأمم المتحدة. "
            "واستضافت طشقند قمة المنظمة في سبتمبر 2022.")
    hosting = [e for e in events_of(text) if e["type"] == "hosting"]
    assert [(e["roles"], e["date"]) for e in hosting] == [({"host": "UZ", "series": "series:sco-meetings", "participants": ["org:SCO"]}, "2022-09")]
    summit = events_of("استضافت طشقند في مايو 2023 أول قمة لمنظمة التعاون الإسلامي حول المياه.")
    assert summit[0]["roles"]["series"] == "series:oic-summit"
    no_body = events_of("واستضافت طشقند قمة المنظمة في سبتمبر 2022.")  # no organization named before
    assert "series" not in no_body[0]["roles"]


def test_the_body_whose_office_is_held_is_the_one_after_a_preposition():
    [held] = events_of("انتخبت الجمعية العامة الأردن في 5 يونيو 2013 عضوا غير دائم في مجلس الأمن.")
    assert held["roles"] == {"holder": "JO", "body": "org:UNSC", "office": "non_permanent_member"}


def test_seats_summits_held_and_taking_part_in_a_hosted_event():
    seat = events_of("ويعمل الطرفان مع منظمة شنغهاي للتعاون، التي يوجد مقرها في بكين.")
    assert [(e["type"], e["roles"]) for e in seat] == [("hosting", {"host": "CN", "series": "series:sco-meetings", "participants": ["org:SCO"]})]
    held = events_of("انضمت مصر إلى منظمة التعاون الإسلامي. وعقدت القمة الأولى للمنظمة في الرباط عام 1969.")
    assert ("hosting", {"host": "MA", "series": "series:oic-summit"}, "1969") in [
        (e["type"], e["roles"], e["date"]) for e in held]
    text = "واستضافت طشقند معرض إكسبو 2017 في يونيو 2017، وشارك فيه وفد أردني."
    taking_part = [e for e in events_of(text) if e["type"] == "participation"]
    assert [(e["roles"], e["date"]) for e in taking_part] == [
        ({"participant": "JO", "series": "series:expo-2017", "location": "UZ"}, "2017-06")]
    assert events_of("من المتوقع أن يؤدي احتضان أوزبكستان لهذه الاتفاقيات إلى تحولات كبيرة.") == []


def test_a_meeting_held_in_a_place_is_hosted_by_its_state():
    ufa = events_of("وأطلقت الدول الخمس البنك في قمة المجموعة التي عقدت في مدينة قازان الروسية في 8 يوليو 2015.")
    assert [(e["type"], e["roles"]["host"], e["date"]) for e in ufa] == [("hosting", "RU", "2015-07-08")]
    opened = events_of("انطلقت أمس في تونس أعمال المؤتمر الدولي لأمن الحدود بمشاركة وفود من ثلاثين دولة.",
                       "2016-03-02")
    assert [(e["type"], e["roles"]["host"], e["date"]) for e in opened] == [("hosting", "TN", "2016-03-01")]
    named = events_of("وتدعم المنظمة قمة أبوجا التي تعقد في نوفمبر المقبل لبحث التغير المناخي.", "2016-03-02")
    assert [(e["type"], e["roles"]["host"], e["modality"]) for e in named] == [("hosting", "NG", "planned")]
    # held, but no meeting (a campaign), no place (in hard conditions), a parliament's sitting, a company's meeting
    assert events_of("وتتواصل الحملة الدولية التي انطلقت في عمان الشهر الماضي.", "2016-03-02") == []
    assert events_of("انعقد المؤتمر الدولي في ظروف صعبة جراء الحرب في سوريا.") == []
    assert events_of("ويعقد النواب جلستهم في عمان بينما حصلت الحكومة على دعم من حلف شمال الأطلسي.") == []
    assert events_of("وقال إن مؤتمر الشركة الذي عقد في دبي ناقش الأسعار العالمية.") == []


def test_heading_ones_delegation_to_a_council_is_no_office_in_it():
    assert [e for e in brief("يترأس وزير المالية الكويتي وفد بلاده إلى الدورة السنوية لصندوق النقد الدولي.")
            if e[0] == "office.held"] == []
    assert brief("ترأست مصر الدورة العادية لمجلس الجامعة العربية.") == [
        ("office.held", {"holder": "EG", "body": "org:LAS", "office": "chair"}, "asserted", None)]


def test_pronouns_and_the_organization_in_memberships_and_offices():
    text = "ترأست أوزبكستان منظمة شنغهاي للتعاون، وهي المنظمة التي انضمت إليها إيران في 4 يوليو 2023."
    assert ("membership.joined", {"member": "IR", "body": "org:SCO"}) in [(e["type"], e["roles"]) for e in events_of(text)]
    text = ("وتحولت الهيئة إلى منظمة الدول التركية. وفي 3 نوفمبر 2023 استضافت سمرقند قمة المنظمة، "
            "وتسلمت أوزبكستان رئاستها الدورية.")
    held = [e for e in events_of(text) if e["type"] == "office.held"]
    assert [(e["roles"], e["date"]) for e in held] == [
        ({"holder": "UZ", "body": "org:OTS", "office": "chair"}, "2023-11-03")]


def test_a_date_before_an_act_used_as_a_time_reference_is_not_its_date():
    text = "أقام المغرب وأوزبكستان علاقاتهما الدبلوماسية يوم 26 ماي 1992، أي بعد أشهر قليلة من استقلال أوزبكستان."
    assert [e["type"] for e in events_of(text)] == ["relations.established"]  # no independence in May 1992
    own = events_of("أعلنت أوزبكستان بعد أيام من استقلالها في 31 أغسطس 1991 رغبتها في التعاون.")
    assert [(e["type"], e["date"]) for e in own] == [("independence", "1991-08-31")]  # a date after it is its own


def test_support_affirmed_with_the_subject_between_verb_and_noun():
    assert brief("وأكدت مصر دعمها لسيادة الأردن.") == [("support.expressed", {"source": "EG", "target": "JO"},
                                                      "asserted", None)]
    assert brief("وأكد الوزير دعم بلاده للاستثمار في الطاقة.") == []  # support of investment, no state named


def test_masculine_feminine_and_dual_verb_forms():
    assert brief("استضاف المغرب في مراكش عام 2016 مؤتمرا دوليا.")[0][:2] == ("hosting", {"host": "MA"})
    assert brief("توسط العراق بين إيران والسعودية عام 2021.") == [
        ("mediation", {"mediator": "IQ", "parties": ["IR", "SA"]}, "asserted", "2021")]
    assert brief("أبرمت قطر وأوزبكستان اتفاقا للتعاون الجمركي عام 2019.") == [
        ("agreement.signed", {"parties": ["QA", "UZ"]}, "asserted", "2019")]
    [talks] = events_of("التقت وزيرة الخارجية الأردنية نظيرها الأوزبكي في 3 مايو 2022.")
    assert (talks["type"], talks["roles"]["level"], talks["date"]) == ("talks", "minister", "2022-05-03")
    assert brief("أشادت مصر بجهود الأردن في الوساطة.")[0][:2] == ("support.expressed", {"source": "EG", "target": "JO"})


def test_aid_whose_giver_a_relative_clause_names():
    praised = brief("أشاد الوزير اليمني بالمساعدات التي قدمتها اليابان لليمن.")
    assert [(t, r) for t, r, _, _ in praised if t == "aid"] == [("aid", {"donor": "JP", "recipients": ["YE"]})]
    # the place the ship brought it to, said before the aid word, is where it goes
    shipped = brief("وصلت أمس إلى ميناء المكلا سفينة تحمل المساعدات الإنسانية التي أرسلتها الكويت.", "2016-03-02")
    assert shipped == [("aid", {"donor": "KW", "recipients": ["YE"], "kind": "humanitarian"}, "asserted",
                        "2016-03-01")]


def test_aid_described_by_two_joined_nisbas_is_a_gift_of_each_state():
    found = brief("وصلت أمس مساعدات كويتية وقطرية جديدة إلى مدينة تعز اليمنية.", "2015-08-03")
    aid = sorted((roles["donor"], roles["recipients"]) for kind, roles, *_ in found if kind == "aid")
    assert aid == [("KW", ["YE"]), ("QA", ["YE"])]


def test_a_government_sitting_abroad_does_not_visit_its_seat_while_it_sits_there():
    text = "وأكد رئيس الوزراء اليمني خلال ترؤسه أمس بالرياض اجتماعا لحكومته أن الأولوية للجرحى."
    assert [e for e in brief(text, "2015-06-10") if e[0] == "visit"] == []
    # before the stay and after it, the same words are a visit
    assert ("visit", "YE", "SA") in [(kind, roles.get("visitor_state"), roles.get("host_state"))
                                     for kind, roles, *_ in brief(text, "2016-06-10")]


def test_a_stay_abroad_covers_a_date_only_when_the_whole_date_falls_inside_it():
    from alaqat.annotate.gazetteer import default_gazetteer

    seats = default_gazetteer().seats_on
    assert seats("2015-07-14").get("YE") == "SA" and seats("2015-07").get("YE") == "SA"
    assert seats("2015-07-20/2015-07-26").get("YE") == "SA"
    assert "YE" not in seats("2015") and "YE" not in seats("2015-03") and "YE" not in seats(None)
    assert seats(None)["org:GCC"] == "SA"  # organizations keep their seats at any date


def test_a_sentence_leading_in_a_list_states_no_event_of_its_own():
    text = ("تتوالى الاجتماعات بين الأردن وتركيا في صور عدة، منها:\n"
            "زار وزير الخارجية الأردني أنقرة في مايو 2010.")
    assert [(kind, roles.get("host_state")) for kind, roles, *_ in brief(text)] == [("visit", "TR")]
    # a colon that opens speech is no list
    said = brief("وقال البيان الصادر عن اجتماعات الحوار السياسي بين الأردن وتركيا ما يلي: إن التعاون يتعمق.")
    assert [kind for kind, *_ in said] == ["talks"]


def test_a_meeting_named_by_the_adjectives_of_its_two_sides_is_talks_between_them():
    for text, pair in [("انعقدت أمس في نيودلهي القمة الهندية اليابانية.", ["IN", "JP"]),
                       ("افتتح في تونس الاجتماع التونسي - الليبي الثالث.", ["TN", "LY"]),
                       ("وقالت مصادر إن الاجتماعات السعودية البريطانية تبدأ قريبا.", ["SA", "GB"]),
                       # negotiations, and one adjective of the act's own before the two sides
                       ("وأضاف أن مفاوضات جدية مغربية – موريتانية تجري حول الحدود.", ["MA", "MR"]),
                       ("عقد الرئيسان مباحثات رسمية سعودية فرنسية في الرياض.", ["SA", "FR"])]:
        assert [roles["parties"] for kind, roles, *_ in brief(text, "2015-08-03") if kind == "talks"] == [pair]
    # meetings of a joint committee between two sides
    held = brief("وعقب أول اجتماعات للجنة التعاون بين الاتحاد الأوروبي وجورجيا، رحب التكتل بالإصلاحات.", "2015-08-03")
    assert [roles["parties"] for kind, roles, *_ in held if kind == "talks"] == [["org:EU", "GE"]]
    # a summit named by one adjective is a gathering of many, no talks between two sides
    assert [e for e in brief("انعقدت القمة العربية في شرم الشيخ.", "2015-08-03") if e[0] == "talks"] == []


def test_a_place_after_li_right_after_a_visit_is_its_destination_not_its_visitor():
    said = brief("وقال قائد الجيش الذي يقوم بزيارة رسمية للبرازيل إن التعاون مع الأرجنتين مهم.", "2015-08-03")
    assert all(roles.get("visitor_state") != "BR" for kind, roles, *_ in said if kind == "visit")
    started = brief("بدأ الرئيس الكيني أمس زيارة رسمية لإثيوبيا.", "2015-08-03")
    assert [(roles["visitor_state"], roles["host_state"]) for kind, roles, *_ in started if kind == "visit"] == [
        ("KE", "ET")]


def test_a_state_s_style_between_independence_and_the_state_keeps_it_the_state_that_became_independent():
    found = brief("انتهت الحرب الأهلية في باكستان باستقلال دولة بنغلاديش عام 1971.", "2015-08-03")
    assert [(roles["state"], date) for kind, roles, _, date in found if kind == "independence"] == [("BD", "1971")]


def test_a_swimmer_crossing_to_another_country_is_sport_not_a_visit():
    assert brief("وصل السباح الأردني إلى مصر أمس بعد أن قطع خليج العقبة.", "2015-08-03") == []


def test_two_leaders_who_spoke_on_the_phone_held_talks():
    found = events_of("وأعلن قصر الإليزيه أن الرئيس الفرنسي تحدث هاتفيا مع نظيره المصري مساء أمس.", "2015-07-10")
    assert [(e["type"], sorted(e["roles"]["parties"]), e["roles"]["channel"], e["date"]) for e in found] == [
        ("talks", ["EG", "FR"], "phone", "2015-07-09")]
    # a private person's phone call is nobody's talks
    assert events_of("وقالت الأم إنها تحدثت هاتفيا مع ابنها أمس.", "2015-07-10") == []


def test_a_call_with_the_paper_before_a_quote_is_an_interview():
    text = "وأضافت الوزيرة الإيطالية خلال مكالمة هاتفية: «تونس تستقبل مهاجرين قادمين من ليبيا»."
    assert [e for e in events_of(text) if e["type"] == "talks"] == []


def test_most_parties_of_a_known_instrument_name_it_in_its_story():
    # the six powers listed, Iran after the list: the nuclear deal, with all seven
    text = "وقعت القوى الست (الولايات المتحدة، وروسيا، والصين، وبريطانيا، وفرنسا، وألمانيا) وإيران اتفاقا يقيد برنامجها النووي."
    signed = [e for e in events_of(text) if e["type"] == "agreement.signed"]
    assert signed and all(e["roles"].get("instrument") == "instrument:jcpoa" and len(e["roles"]["parties"]) == 7
                          for e in signed)
    # its first party with two others, an indefinite "an agreement", in a story of the nuclear file
    text = "وبعد أن وقعت واشنطن وبرلين وبقية القوى اتفاقا مع إيران بشأن ملفها النووي، بدأ الكونغرس مراجعته."
    signed = [e for e in events_of(text) if e["type"] == "agreement.signed"]
    assert signed and signed[0]["roles"].get("instrument") == "instrument:jcpoa"


def test_an_expected_or_possible_agreement_was_not_signed():
    text = "وقال المسؤول إن كندا تتوقع إبرام اتفاق لتصدير القمح إلى الصين قبل نهاية العام."
    assert {e["modality"] for e in events_of(text) if e["type"] == "agreement.signed"} <= {"planned"}
    text = "ومما يقلق الأسواق احتمال توصل فنزويلا إلى اتفاق مع روسيا بشأن الديون."
    assert {e["modality"] for e in events_of(text) if e["type"] == "agreement.signed"} <= {"proposed"}


def test_a_cue_of_the_main_clause_leaves_the_verb_of_a_relative_clause_alone():
    text = "ومن المنتظر أن يناقش البرلمان الاتفاق الذي وقعته تونس والجزائر في الخامس من يوليو 2015."
    signed = [e for e in events_of(text, "2015-07-20") if e["type"] == "agreement.signed"]
    assert [(e["modality"], e["date"]) for e in signed] == [("asserted", "2015-07-05")]


def test_a_state_named_in_what_a_traveller_said_is_no_place_he_went_to():
    text = "وكان وزير الخارجية الهولندي صرح فور وصوله إلى القاعة: «نرجو أن نرى كوريا الشمالية أكثر تعاونا»."
    assert [e for e in events_of(text) if e["type"] == "visit"] == []
    # a place named after the arrival, before any quote, is still where he went
    text = "وقال وزير الخارجية الهولندي لدى وصوله إلى طوكيو: «نتمنى أن تتعاون كوريا الشمالية مع المفتشين»."
    assert [e["roles"]["host_state"] for e in events_of(text) if e["type"] == "visit"] == ["JP"]


def test_a_nisba_of_the_clause_before_the_comma_is_not_the_visitor():
    text = ("وافتتحت كينيا وتنزانيا أمس طريقا يربط بين البلدين قرب البحيرة التنزانية، وفي غضون ذلك يصل أوغندا "
            "الأحد المقبل وفد من وزارة الطاقة الرواندية.")
    visits = [e for e in events_of(text, "2015-07-22") if e["type"] == "visit"]
    assert [(e["roles"]["visitor_state"], e["roles"]["host_state"]) for e in visits] == [("RW", "UG")]


def test_press_scoring_reads_an_organizations_id_whatever_its_case_or_hyphens():
    line = {"doc": "d", "type": "talks", "roles": {"parties": ["SA", "org:arab-parliament"]}, "span": [0, 50],
            "optional": False, "modality": "asserted", "date": None}
    event = {"doc": "d", "type": "talks", "roles": {"parties": ["SA", "org:ArabParliament"]},
             "evidence": {"sentence": [0, 40], "trigger": [0, 5]}, "modality": "asserted", "date": None}
    assert score_press([event], [line]).tp == 1
    other = dict(event, roles={"parties": ["SA", "org:AU"]})
    assert score_press([other], [line]).tp == 0


def test_the_key_word_gate_finds_every_trigger_the_full_pattern_finds():
    """The extractor tries its trigger pattern only where a trigger's first word begins and one of that word's
    triggers has its key (longest) word in the sentence (في opens في القمة only where القمة is): for every trigger,
    told with a clitic, inside a sentence, the gated search finds what a scan of the whole sentence finds."""
    from alaqat.extract.events import (
        _first_word_automaton,
        _key_word_automaton,
        _matches_near,
        _trigger_word_starts,
    )
    from alaqat.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    first_words = _first_word_automaton(lexicon.triggers)
    key_words, keys_of_first = _key_word_automaton(lexicon.triggers)
    for surface in lexicon.triggers:
        text = f"وقال المسؤول في المدينة و{surface} أمس في الاجتماع."
        keys = sorted((last - len(w) + 1, w) for last, w in key_words.iter(text))
        firsts = sorted({(last - len(w) + 1, w) for last, w in first_words.iter(text)})
        starts = _trigger_word_starts(keys, [k for k, _ in keys], firsts, keys_of_first, 0, len(text))
        gated = [m.span() for m in _matches_near(lexicon.regex, text, 0, len(text), starts)]
        assert gated == [m.span() for m in lexicon.regex.finditer(text)], surface


def test_the_words_that_coordinate_an_act_are_data_not_code():
    """"Also" and "meanwhile" after a comma (، كما، ، فيما), the words after فيما that make it "as for" or "later", the
    sentence opened by كما, "one of them" after an aid word, the forces that act and the press adjective after a
    meeting word are cue classes of ``cues.tsv``: the extractor's patterns are built from them."""
    import dataclasses

    from alaqat.extract.events import EventExtractor
    from alaqat.extract.lexicon import _needs_regex, load_lexicon

    lexicon = load_lexicon()
    for cls in ("also", "not_meanwhile", "sentence_also", "done_auxiliary", "one_of_them", "forces_of",
                "press_adjective"):
        assert lexicon.cues.get(cls), cls
    extractor = EventExtractor.load()
    assert extractor._also.search("وصل الوزير أمس، فيما التقى الرئيس نظيره")
    assert extractor._also.search("وصل الوزير أمس، وكما التقى الرئيس نظيره")
    assert not extractor._also.search("وصل الوزير أمس، فيما يتعلق بالملف")
    assert extractor._opens_with_also.match("كما تم بحث الملف")
    assert extractor._opens_with_also.match("وكما رست سفينة في الميناء")
    assert not extractor._opens_with_also.match("كما تبحث الحكومة الملف")
    # without the class, the same words coordinate nothing
    bare = dataclasses.replace(lexicon, cues={k: v for k, v in lexicon.cues.items() if k != "also"})
    assert not EventExtractor(bare, extractor.gazetteer, extractor.model)._also.search("وصل أمس، فيما التقى")
    press = lexicon.cues["press_adjective"]
    assert _needs_regex(("مؤتمر",), press).search("في مؤتمر دولي") is not None
    assert _needs_regex(("مؤتمر",), press).search("في مؤتمر صحفي") is None
    assert _needs_regex(("مؤتمر",), press).search("في المؤتمر الصحافي") is None
    assert _needs_regex(("مؤتمر",)).search("في مؤتمر صحفي") is not None


def test_a_lexicon_made_from_another_compiles_its_own_phrases():
    """``Lexicon.phrase`` caches a template's pattern per lexicon: one made with other cues (dataclasses.replace)
    reads its own words, never the patterns the first compiled."""
    import dataclasses

    from alaqat.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    template = r"(?<![^\W_])(?:{earlier})(?![^\W_])"
    assert lexicon.phrase(template).search("أشاد في وقت سابق بدور المملكة")
    other = dataclasses.replace(lexicon, cues={**lexicon.cues, "earlier": {"قبل ذلك": "yes"}})
    assert not other.phrase(template).search("أشاد في وقت سابق بدور المملكة")
    assert other.phrase(template).search("أشاد قبل ذلك بدور المملكة")
    assert lexicon.phrase(template).search("أشاد في وقت سابق بدور المملكة")
