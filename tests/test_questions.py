"""Question understanding beyond the suite: the parsed question the API returns, persons standing for their
state at the time, compatible dates as one alternative in every view, unknown names, relative time, the
question vocabulary derived from the extractor's lexicon, and inputs that must never raise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from alaqat.model import EVENT_TYPES
from alaqat.read import read_text
from alaqat.serve import create_app
from alaqat.store.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
TEXTS = {
    "phone": "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي جون كيري في 12 مايو 2014.",
    "year": "أقيمت العلاقات الدبلوماسية بين الأردن وطاجيكستان عام 1992.",
    "day": "وتذكر مصادر أخرى أن العلاقات الدبلوماسية بين الأردن وطاجيكستان أقيمت في 28 مايو 1992.",
}
OTHER = "أقيمت العلاقات الدبلوماسية بين الأردن وطاجيكستان عام 1993."


@pytest.fixture
def kb(tmp_path):
    with KnowledgeBase(tmp_path / "kb.db") as base:
        for doc_id, text in TEXTS.items():
            base.ingest_document(read_text(text, doc_id=doc_id))
        yield base


def test_persons_stand_for_their_state_and_office_at_the_time(kb):
    for question in ("متى تحدث لافروف وكيري هاتفيا؟", "When did Lavrov and Kerry talk by phone?"):
        answer = kb.ask(question)
        assert answer.value == ["2014-05-12"] and answer.citations[0]["doc"] == "phone", question
        roles = {e["id"]: (e["role"], e["state"]) for e in answer.question["entities"]}
        assert roles == {"person:sergey-lavrov": ("parties", "RU"), "person:john-kerry": ("parties", "US")}
    # Putin was head of state, not the minister on the call: the call is not his
    assert kb.ask("When did Putin and Kerry talk by phone?").status == "none"


def test_compatible_dates_are_one_answer_and_a_real_disagreement_stays(kb):
    fact = kb.facts(["JO", "TJ"], type="relations.established")[0]
    assert fact.status == "agreed" and fact.date == "1992-05-28" and kb.conflicts() == []
    assert kb.ask("When were relations between Jordan and Tajikistan established?").value == "1992-05-28"
    kb.ingest_document(read_text(OTHER, doc_id="other"))
    conflict = kb.conflicts()[0]
    assert [(a.date, len(a.claims)) for a in conflict.alternatives] == [("1992-05-28", 2), ("1993", 1)]
    answer = kb.ask("متى أقيمت العلاقات بين الأردن وطاجيكستان؟")
    assert answer.status == "conflict" and "1992-05-28 (مصدران) أو 1993 (مصدر واحد)" in answer.answer
    assert "1992," not in answer.answer  # the year is not shown as a rival of the day it contains
    line = kb.dossier("JO", "TJ", "en").sections[0].lines[0]
    assert line.when == "1992-05-28 (2 sources) or 1993 (1 source)"
    assert [(g["date"], len(g["citations"])) for g in line.groups] == [("1992-05-28", 2), ("1993", 1)]
    assert "**1992-05-28 (2 sources) or 1993 (1 source)** ⚠" in kb.dossier("JO", "TJ", "en").render_markdown()
    assert json.loads(json.dumps(conflict.to_json()))["alternatives"][0] == {
        "date": "1992-05-28", "sources": 2, "events": ["day#1", "year#1"]}


def test_conflicts_and_timelines_show_each_alternative(kb, tmp_path):
    kb.ingest_document(read_text(OTHER, doc_id="other"))
    from alaqat.serve.pages import timeline
    from alaqat.store.export import timelinejs

    items = [i for i in timeline(kb, "JO", None, "en")["items"] if i["group"] == "relations.established"]
    assert [(i["start"], i["className"]) for i in items] == [("1992-05-28", "conflict"), ("1993-01-01", "conflict")]
    slides = [s for s in timelinejs(kb, ["JO"])["events"] if s["group"] == "relations.established"]
    assert [s["start_date"] for s in slides] == [{"year": "1992", "month": "5", "day": "28"}, {"year": "1993"}]
    run = subprocess.run([sys.executable, "-m", "alaqat", "conflicts", "--db", str(kb.path)], capture_output=True,
                         text=True, cwd=ROOT)
    assert run.returncode == 0 and "1992-05-28 | 1993" in run.stdout
    assert run.stdout.index("1992: year") > run.stdout.index("1992-05-28:")  # the year stands with the day


def test_a_page_that_carries_a_conflicts_first_sources_gives_every_date(kb):
    """Pages carry a fact's first sources only (alaqat.store.views); a conflict's dates and their counts are
    still those of all its sources, in lists, paged dossiers, timelines and the fact's own page."""
    from alaqat.serve.pages import timeline
    from alaqat.store import views
    from alaqat.store.describe import when

    kb.ingest_document(read_text(OTHER, doc_id="other"))
    full = kb.conflicts()[0]
    card = views.cards(kb.conn, [full.id], max_claims=1)[0]
    assert len(card.claims) == 1 and card.sources == 3
    assert when(card, "en") == when(full, "en") == "1992-05-28 (2 sources) or 1993 (1 source)"
    assert [date for date, _ in card.claim_groups()] == ["1992-05-28", "1993"]
    assert sum(len(claims) for _, claims in card.claim_groups()) == 1
    paged = kb.dossier("JO", "TJ", "en", per_section=20, max_citations=1)
    assert paged.sections[0].lines[0].when == when(full, "en") and paged.sections[0].lines[0].sources == 3
    assert [g["date"] for g in paged.conflicts[0].groups] == ["1992-05-28", "1993"]
    items = timeline(kb, "JO", None, "en", period="1992")["items"]
    assert [(i["start"], i["className"]) for i in items if i["group"] == "relations.established"] == [
        ("1992-05-28", "conflict")]
    client = TestClient(create_app(kb.path))
    state = client.get("/state/JO", params={"lang": "en"}).text
    assert "1992-05-28 (2 sources) or 1993 (1 source)" in state and f'id="f-{full.id}"' in state
    page = client.get(f"/facts/{full.id}", params={"lang": "en"}).text
    assert page.count('<section class="alternative">') == 2 and page.count('<a class="cite"') == 3
    assert client.get(f"/api/facts/{full.id}").json()["alternatives"] == [a.to_json() for a in full.alternatives]


def test_the_api_returns_what_was_understood_and_the_page_links_the_facts(kb):
    client = TestClient(create_app(kb.path))
    body = client.get("/api/ask", params={"q": "Which states did Kazakhstan visit after 2000?"}).json()
    assert body["question"]["type"] == "visit" and body["question"]["shape"] == "list"
    assert body["question"]["entities"] == [{"id": "KZ", "kind": "state", "text": "kazakhstan", "role": "agent",
                                             "state": "KZ"}]
    assert body["question"]["time"]["relation"] == "after" and body["status"] == "none"
    answer = client.get("/api/ask", params={"q": "متى تحدث لافروف وكيري هاتفيا؟"}).json()
    fact_id = answer["facts"][0]["id"]
    page = client.get("/ask", params={"q": "متى تحدث لافروف وكيري هاتفيا؟"}).text
    assert f'href="/facts/{fact_id}"' in page and 'id="understood"' in page
    assert client.get(f"/facts/{fact_id}").status_code == 200
    assert client.get(f"/api/facts/{fact_id}").json()["date"] == "2014-05-12"
    assert client.get("/api/facts/nope").status_code == 404 and client.get("/facts/nope").status_code == 404


def test_a_common_noun_subject_leaves_the_name_its_object(kb):
    roles = lambda q: [(e["id"], e["role"]) for e in kb.ask(q).question["entities"]]  # noqa: E731
    assert roles("متى زار وفد أستانا؟") == [("KZ", "patient")]
    assert roles("هل زار الرئيس الكازاخستاني البحرين؟") == [("KZ", "agent"), ("BH", "patient")]
    assert roles("هل زار وزير خارجية كازاخستان الكويت؟") == [("KZ", "agent"), ("KW", "patient")]


def test_a_title_of_the_name_itself_is_no_other_subject(kb):
    """الرئيس نزارباييف is one person (one actor phrase): the title does not make the name the object."""
    roles = lambda q: [(e["id"], e["role"]) for e in kb.ask(q).question["entities"]]  # noqa: E731
    naz = "person:nursultan-nazarbayev"
    assert roles("ما الدول التي زارها الرئيس نزارباييف سنة 1997؟") == [(naz, "agent")]
    assert roles("متى زار الرئيس نزارباييف قطر؟") == [(naz, "agent"), ("QA", "patient")]
    assert roles("هل زار رئيس الوزراء نتنياهو كازاخستان؟") == [("person:benjamin-netanyahu", "agent"),
                                                              ("KZ", "patient")]


def test_a_month_beside_a_number_is_a_date_not_a_surname(kb):
    """May 1997 is a month; May alone or Theresa May is the person (a surname the gazetteer knows)."""
    parsed = kb.ask("Did Kazakhstan's foreign minister visit Kuwait in May 1997?").question
    assert [e["id"] for e in parsed["entities"]] == ["KZ", "KW"] and parsed["time"]["value"] == "1997-05"
    assert kb.ask("Did they meet on 5 May 1997?").question["time"]["value"] == "1997-05-05"
    for question in ("When did Theresa May visit Riyadh?", "When did May visit Riyadh?"):
        assert kb.ask(question).question["entities"][0]["id"] == "person:theresa-may", question


def test_unknown_names_are_not_answered_as_if_absent(kb):
    answer = kb.ask("When did Smith talk by phone with Kerry?")
    assert answer.status == "none" and "Smith" in answer.answer and answer.citations == []


def test_relative_time_counts_from_the_latest_date_of_the_base(kb):
    answer = kb.ask("When did Russia and the United States talk by phone last year?")
    assert answer.question["time"] == {"relation": "in", "value": "2013", "text": "last year",
                                       "relative_to": "2014-05-12"}
    assert answer.status == "none"
    assert kb.ask("هل تحدثت روسيا والولايات المتحدة هاتفيا هذا العام؟").value == "yes"


def test_every_type_the_extractor_knows_is_askable_in_both_languages():
    from alaqat.extract.lexicon import load_lexicon
    from alaqat.store.questions.vocabulary import vocabulary

    arabic, english = vocabulary("ar").types, vocabulary("en").types
    for surface, triggers in load_lexicon().triggers.items():
        found = {h.entry.value for h in arabic.find(surface)}
        assert {t.type for t in triggers} <= found, surface
    assert set(EVENT_TYPES) <= {e.value for entries in english.by_surface.values() for e in entries}


@pytest.mark.parametrize("question", ["", "؟", "???", "a" * 500, "'; DROP TABLE facts; --", "متى", "When?",
                                      "هل هل هل", "Which which states", "1997", "متى زار وفد أستانا؟"])
def test_odd_questions_never_raise(kb, question):
    answer = kb.ask(question).to_json()
    assert answer["status"] in ("answered", "conflict", "undated", "not_asserted", "none")
    assert answer["status"] == "none" or answer["citations"]


def test_who_met_a_person_is_read_from_the_sentences_that_name_him(tmp_path):
    """Talks hold states only: the crown prince's meetings are the talks whose sentence names him, not every talk
    of a minister of his state at a minister's level (his other office); a title before his name (الأمير، Prince)
    is his, not a level asked, nor an unknown name."""
    texts = {
        "prince": "اجتمع الأمير محمد بن سلمان وزير الدفاع السعودي في جدة يوم 22 يوليو 2015 بوزير الدفاع الأمريكي "
                  "آشتون كارتر.",
        "health": "استقبل وزير الصحة السعودي في الرياض يوم 23 يوليو 2015 وزير الصحة الأردني.",
    }
    with KnowledgeBase(tmp_path / "kb.db") as base:
        for doc_id, text in texts.items():
            base.ingest_document(read_text(text, doc_id=doc_id, country="SA"))
        for question in ("من التقى الأمير محمد بن سلمان؟", "Who did Mohammed bin Salman meet?",
                         "Who did Prince Mohammed bin Salman meet?"):
            answer = base.ask(question)
            assert answer.value == ["US"] and [c["doc"] for c in answer.citations] == ["prince"], question
            assert not answer.question["qualifiers"] and not answer.question["unknown"], question


def test_a_known_persons_surname_alone_names_him_after_a_word_of_an_event(tmp_path):
    """من التقى ظريف؟: a surname the gazetteer knows for one person (and that no alias gives alone) is him when it
    follows a word of an event or joins a person with و; the same word elsewhere (an ordinary word) names nobody."""
    texts = {
        "kuwait": "أجرى الوزير الإيراني محمد جواد ظريف يوم 26 يوليو 2015 في الكويت مباحثات مع وزير خارجيتها.",
        "other": "استقبل وزير الخارجية الإيراني في طهران يوم 20 يوليو 2015 وزير الخارجية العماني.",
    }
    with KnowledgeBase(tmp_path / "kb.db") as base:
        for doc_id, text in texts.items():
            base.ingest_document(read_text(text, doc_id=doc_id, country="SA"))
        answer = base.ask("من التقى ظريف؟")
        assert answer.value == ["KW"] and [c["doc"] for c in answer.citations] == ["kuwait"]
        ids = [e["id"] for e in answer.question["entities"]]
        assert ids == ["person:mohammad-javad-zarif"]
        # a surname that is also a word (سلام: peace) names no one after a noun of another sense
        entities = base.ask("متى وقع اتفاق سلام بين مصر وإسرائيل؟").question["entities"]
        assert not [e for e in entities if e["id"].startswith("person:")]


def test_a_shared_english_surname_is_the_person_in_office_at_the_bases_time(tmp_path):
    """Carter is Jimmy's and Ashton's surname: in a base of 2015 news it is the one who held an office then, not
    an unknown name; the Arabic question with his short name reads the same man."""
    text = "استقبل الملك سلمان في جدة يوم 22 يوليو 2015 وزير الدفاع الأمريكي آشتون كارتر."
    with KnowledgeBase(tmp_path / "kb.db") as base:
        base.ingest_document(read_text(text, doc_id="jeddah", date="2015-07-22", country="SA"))
        for question in ("Did Carter visit Saudi Arabia on 22 July 2015?", "هل زار كارتر السعودية في 22 يوليو 2015؟"):
            answer = base.ask(question)
            assert answer.status == "answered" and [c["doc"] for c in answer.citations] == ["jeddah"], question
            assert "person:ashton-carter" in [e["id"] for e in answer.question["entities"]], question
            assert not answer.question["unknown"], question


def test_a_day_inside_a_stay_is_a_day_of_the_visit(tmp_path):
    """A visit told on its first and its last day is one stay; asked about a day between, the answer is yes, while
    a day after it is not said, and a week-long "this week" interval stays a maybe."""
    texts = {"first": ("وصل الوزير الأمريكي آشتون كارتر يوم 21 يوليو 2015 إلى جدة في زيارة رسمية للمملكة.",
                       "2015-07-21"),
             "last": ("استقبل الملك سلمان في جدة يوم 23 يوليو 2015 وزير الدفاع الأمريكي آشتون كارتر.", "2015-07-23")}
    with KnowledgeBase(tmp_path / "kb.db") as base:
        for doc_id, (text, day) in texts.items():
            base.ingest_document(read_text(text, doc_id=doc_id, date=day, country="SA"))
        fact = base.facts(["US", "SA"], type="visit")[0]
        assert fact.date == "2015-07-21/2015-07-23" and fact.stay
        for question in ("Did Carter visit Saudi Arabia on 22 July 2015?", "هل زار كارتر السعودية في 22 يوليو 2015؟"):
            assert base.ask(question).status == "answered", question
        assert base.ask("Did Carter visit Saudi Arabia on 25 July 2015?").status == "none"
