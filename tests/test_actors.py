"""The actor stage: who acts for which state or organization, from titles, names, nisbas and the home state."""

from __future__ import annotations

import pytest

from alaqat.annotate.actors import slug
from alaqat.pipeline import default_pipeline
from alaqat.read import read_text


def actors(text: str, country: str | None = None, date: str | None = "2015-07-22") -> list:
    doc = read_text(text, doc_id="t", date=date, country=country)
    found = default_pipeline().annotate(doc, with_dates=False).actors
    for actor in found:
        assert doc.text[actor.start:actor.end] == actor.text  # offsets point into the original text
    return found


def by_text(found: list, text: str):
    return next(a for a in found if a.text == text)


def test_title_nisba_and_name_make_one_official():
    found = actors("التقى في مسقط وزير الخارجية الإيراني محمد جواد ظريف نظيره العماني مساء الثلاثاء.")
    zarif = by_text(found, "وزير الخارجية الإيراني محمد جواد ظريف")
    assert (zarif.kind, zarif.state, zarif.office, zarif.level) == ("person", "IR", "foreign_minister", "minister")
    counterpart = by_text(found, "نظيره العماني")
    assert (counterpart.state, counterpart.form) == ("OM", "counterpart")


def test_a_nisba_right_after_a_given_name_is_a_family_name():
    # السفير عبدالله المصري is Ambassador Abdullah al-Masri, whoever he serves, not Egypt's ambassador
    envoy = by_text(actors("استقبل الوزير السفير عبدالله المصري.", country="SA"), "السفير عبدالله المصري")
    assert envoy.state is None
    assert by_text(actors("استقبل الوزير السفير المصري.", country="SA"), "السفير المصري").state == "EG"
    found = actors("التقى وزير الداخلية اللواء منصور التركي في الرياض.", country="SA")
    assert {a.state for a in found} == {"SA"}


def test_a_state_in_the_genitive_and_a_posting():
    assert by_text(actors("وصل رئيس وزراء لبنان إلى الرياض."), "رئيس وزراء لبنان").state == "LB"
    envoy = by_text(actors("استقبل الوزير سفير خادم الحرمين الشريفين لدى الأردن.", country="SA"),
                    "سفير خادم الحرمين الشريفين")
    assert (envoy.state, envoy.posting, envoy.office) == ("SA", "JO", "ambassador")


def test_a_governor_acts_for_the_state_of_the_city_he_governs():
    found = actors("استقبل الوزير أمس محافظ المكلا ومحافظ حلب.", country="SA")
    assert [(a.text, a.state, a.office) for a in found if a.office == "governor"] == [
        ("محافظ المكلا", "YE", "governor"), ("محافظ حلب", "SY", "governor")]
    assert not [a for a in actors("قال محافظ البنك المركزي إن الاحتياطي ارتفع.") if a.office == "governor"]


def test_the_land_forces_act_for_their_state():
    found = actors("وصل قائد القوات البرية الأردنية إلى الرياض أمس.", country="SA")
    assert [(a.text, a.state) for a in found if a.office == "army"] == [("القوات البرية الأردنية", "JO")]


def test_unqualified_titles_and_self_references_take_the_home_state():
    text = "استقبل ولي ولي العهد وزير الخارجية سامي الفلاني، وأكد أن المملكة تدعم الشرعية."
    home = actors(text, country="SA")
    assert by_text(home, "ولي ولي العهد").state == "SA"
    assert by_text(home, "وزير الخارجية سامي الفلاني").state == "SA"
    assert by_text(home, "المملكة").form == "self"
    assert all(a.party is None for a in actors(text)) or not actors(text)  # no home state: nobody is inferred
    assert not [a for a in actors(text, country="EG") if a.text == "المملكة"]  # Egypt is no kingdom


def test_a_foreign_name_keeps_an_unqualified_title_from_the_home_state():
    """وزير الخارجية برونو … in a Saudi paper is another state's minister; with an Arabic name he stays the home's."""
    foreign = actors("حضر الحفل وزير الخارجية فيكتور دوبوا ثم غادر المبنى.", country="SA")
    minister = by_text(foreign, "وزير الخارجية فيكتور دوبوا")
    assert minister.state is None and minister.person == "person:" + slug(["فيكتور", "دوبوا"])
    home = actors("حضر الحفل وزير الخارجية سامي الفلاني ثم غادر المبنى.", country="SA")
    assert by_text(home, "وزير الخارجية سامي الفلاني").state == "SA"


def test_a_name_stops_before_the_purpose_of_a_meeting_and_that_is_no_name():
    found = actors("يستقبل الرئيس اليوم نظيره الفرنسي هنري دوبوا لإجراء محادثات في القصر.")
    assert by_text(found, "نظيره الفرنسي هنري دوبوا").state == "FR"
    ministry = by_text(actors("أكدت وزارة العمل بأنّ طلبات العمال لم تعلق.", country="SA"), "وزارة العمل")
    assert (ministry.state, ministry.person) == ("SA", None)  # بأنّ folds into بان, no given name


def test_unknown_names_become_local_persons_found_again_by_surname():
    found = actors("قال وزير الخارجية الروسي سيرغي ريابكوف إن المحادثات ناجحة. وأضاف ريابكوف أن الجانبين متفقان.")
    first = by_text(found, "وزير الخارجية الروسي سيرغي ريابكوف")
    again = by_text(found, "ريابكوف")
    assert first.person == again.person == "person:" + slug(["سيرغي", "ريابكوف"])
    assert again.state == "RU" and again.form == "surname"


def test_a_bare_title_stands_for_the_last_of_its_office():
    found = actors("التقى وزير الخارجية التركي الوفد. وأكد الوزير أن العلاقات متينة.", country="SA")
    bare = by_text(found, "الوزير")
    assert (bare.state, bare.form) == ("TR", "antecedent")


def test_non_state_heads_and_topics_act_for_nobody():
    assert not [a for a in actors("وقعت شركة أرامكو السعودية عقدا مع شركة صينية.") if a.party]
    assert not [a for a in actors("أتم النادي صفقة لاعب برازيلي.") if a.party]
    found = actors("يزور الوزير القاهرة لبحث الأزمة اليمنية.", country="SA")
    assert "YE" not in {a.party for a in found}
    # factions and groups are no state, whatever the nisba after them
    assert [a.party for a in actors("وتساند الحكومة فصائل ليبية مسلحة وجماعات عراقية متشددة.") if a.party] == []


def test_a_group_stands_for_its_members():
    found = actors("توصلت إيران ومجموعة 5+1 إلى اتفاق نووي.")
    assert {a.party for a in found} == {"IR", "group:p5-plus-1"}
    gazetteer = default_pipeline().linker.gazetteer
    assert set(gazetteer.members("group:p5-plus-1")) == {"US", "GB", "FR", "RU", "CN", "DE"}


def test_officials_of_organizations_act_for_them():
    found = actors("التقى الأمين العام لجامعة الدول العربية في القاهرة المبعوث الخاص للأمين العام للأمم المتحدة.")
    assert [a.party for a in found if a.office] == ["org:LAS", "org:UN"]


@pytest.mark.parametrize("text", [
    "عبد", "أبو بن", "الرئيس عبد", "وزير الخارجية أبو", "السيد بن آل", "الأمير عبد بن",
])
def test_a_name_link_alone_ends_the_phrase(text):
    actors(text)  # an endless loop once: a lone عبد or أبو after a title took no word and the reader stood still


def test_an_honorific_pronoun_stands_for_the_person_styled_so():
    # سموه is the prince (صاحب السمو), not the president (فخامة) named after him
    found = actors("أرسل صاحب السمو الأمير محمد بن سلمان رسالة إلى فخامة الرئيس عبدالفتاح السيسي "
                   "بعد ختام زيارة سموه للقاهرة.", country="SA")
    pronoun = by_text(found, "سموه")
    assert (pronoun.person, pronoun.state, pronoun.form) == ("person:mohammed-bin-salman", "SA", "antecedent")
    found = actors("استقبل الرئيس عبدالفتاح السيسي الأمير محمد بن سلمان، ورحب فخامته بالضيف.", country="SA")
    assert by_text(found, "فخامته").person == "person:abdel-fattah-el-sisi"


def test_a_nisba_that_ends_a_name_with_bin_is_a_family_name():
    found = actors("استقبل الدكتور سالم بن ناصر التركي أمس الوزير.", country="SA")
    assert not [a for a in found if a.state == "TR"]
    named = actors("استقبل الوزير محمد بن علي المصري نظيره.", country="SA")
    assert by_text(named, "الوزير محمد بن علي المصري").state == "SA"
    # a nisba after a title is the state's
    assert by_text(actors("استقبل الرئيس التركي الوزير."), "الرئيس التركي").state == "TR"


def test_a_party_leader_acts_for_no_state():
    found = actors("وجه رئيس حزب القوات اللبنانية الشكر للمملكة.", country="SA")
    assert [a.state for a in found] == ["SA"]
    assert by_text(actors("أعرب الرئيس اللبناني عن شكره للمملكة."), "الرئيس اللبناني").state == "LB"


def test_a_style_then_a_title_of_the_same_office_is_one_person():
    found = actors("استقبل اليوم خادم الحرمين الشريفين الملك سلمان في مكتبه بالرياض وزير الخارجية الأردني.",
                   country="SA")
    king = by_text(found, "خادم الحرمين الشريفين الملك سلمان")
    assert (king.person, king.state) == ("person:salman-bin-abdulaziz", "SA")
    # two offices are two people
    two = actors("استقبل ولي ولي العهد وزير الخارجية عادل الجبير أمس.", country="SA")
    assert [a.text for a in two] == ["ولي ولي العهد", "وزير الخارجية عادل الجبير"]


def test_a_title_after_one_that_names_its_state_is_another_person_when_it_names_another_state():
    found = actors("وهنأ خادم الحرمين الشريفين رئيس وزراء اليونان بمناسبة توليه منصبه.", country="SA")
    assert (by_text(found, "خادم الحرمين الشريفين").state, by_text(found, "رئيس وزراء اليونان").state) == ("SA", "GR")
    king = by_text(actors("واستقبل خادم الحرمين الشريفين الملك سلمان ضيوفه.", country="SA"),
                   "خادم الحرمين الشريفين الملك سلمان")
    assert (king.state, king.person) == ("SA", "person:salman-bin-abdulaziz")
    # a known man of another state after a title naming its own is the other man, not its holder
    found = actors("والتقى الرئيس الأمريكي الملك سلمان في جدة.")
    assert [(a.text, a.state, a.person) for a in found] == [
        ("الرئيس الأمريكي", "US", None), ("الملك سلمان", "SA", "person:salman-bin-abdulaziz")]


def test_the_short_style_of_the_saudi_king_and_a_governor_general():
    found = actors("استقبل خادم الحرمين وزير الخارجية المصري، وهنأ حاكم عام نيوزيلندا.", country="SA")
    assert by_text(found, "خادم الحرمين").state == "SA"
    assert by_text(found, "حاكم عام نيوزيلندا").state == "NZ"


def test_a_secretary_general_of_a_body_we_do_not_know_is_not_the_last_one_named():
    found = actors("التقى الأمين العام لجامعة الدول العربية نبيل العربي الوزير. واستنكر الأمين العام للتيار الوطني "
                   "في لبنان التصريحات. وقال الأمين العام إن الجامعة تدعم لبنان.")
    general = [a for a in found if a.text.startswith("الأمين العام")]
    assert [a.org for a in general] == ["org:LAS", None, "org:LAS"]


def test_an_attache_is_posted_where_his_title_says():
    found = actors("وحضر اللقاء الملحق العسكري السعودي في واشنطن.")
    attache = by_text(found, "الملحق العسكري السعودي")
    assert (attache.state, attache.office, attache.posting) == ("SA", "attache", "US")



def test_a_ministrys_field_may_open_with_a_noun_in_construct():
    found = actors("استقبل وزير حقوق الإنسان الليبي الوفد.")
    assert by_text(found, "وزير حقوق الإنسان الليبي").state == "LY"


def test_a_rotating_president_acts_for_the_body_he_chairs():
    found = actors("التقى الوزير الرئيس الدوري لمجلس حقوق الإنسان في جنيف.", country="SA")
    chair = by_text(found, "الرئيس الدوري لمجلس حقوق الإنسان")
    assert (chair.state, chair.org, chair.office) == (None, "org:UNHRC", "chair")


def test_an_envoys_title_may_say_for_whom_with_an_adjective_then_where_he_is_posted():
    found = actors("زار مبعوث الأمم المتحدة الخاص إلى ليبيا برناردينو ليون الجزائر.")
    envoy = by_text(found, "مبعوث الأمم المتحدة")
    assert (envoy.org, envoy.posting) == ("org:UN", "LY")
    assert by_text(actors("التقى المبعوث الأممي إلى اليمن الرئيس.", country="SA"), "المبعوث الأممي").org == "org:UN"


def test_a_person_a_thing_is_named_after_is_no_actor_but_a_place_after_it_is():
    found = actors("وصل وزير الخارجية الأردني إلى مطار الملك خالد الدولي بالرياض، ومنحه الملك وسام الملك فيصل.",
                   country="SA")
    assert [a.text for a in found if a.text.startswith("الملك خالد") or a.text.startswith("الملك فيصل")] == []
    assert by_text(found, "الرياض").state == "SA"
    assert by_text(found, "وزير الخارجية الأردني").state == "JO"


def test_a_nationality_after_a_nisba_is_a_private_persons():
    found = actors("أوقفت الشرطة مقيما هندي الجنسية، وغادر الوزير الهندي نيودلهي.")
    assert [(a.text, a.state) for a in found if a.form != "capital"] == [("الوزير الهندي", "IN")]


def test_the_sunset_prayer_is_not_morocco():
    assert [a.state for a in actors("أفطر الأطباء بعد أذان المغرب، ثم صلوا صلاة المغرب في المستشفى.")] == []
    assert [a.state for a in actors("وصل ملك المغرب إلى الرياض.")][:1] == ["MA"]


def test_korea_alone_is_the_korea_named_in_full_before():
    found = actors("استقبل الملك رئيسة جمهورية كوريا الجنوبية. وعقد جلسة مباحثات مع رئيسة كوريا.", country="SA")
    assert by_text(found, "رئيسة كوريا").state == "KR"
    assert [a.text for a in actors("تحدث عن كوريا.")] == []


def test_a_title_after_a_preposition_is_another_person_than_the_one_before():
    found = actors("يلتقي أوباما بالرئيس التونسي، ثم يلتقي وزير الخارجية بالرئيس الجزائري.", country="SA")
    assert [(a.text, a.state) for a in found] == [("أوباما", "US"), ("الرئيس التونسي", "TN"),
                                                  ("وزير الخارجية", "SA"), ("الرئيس الجزائري", "DZ")]


def test_a_title_met_in_the_state_a_sentence_opens_with_is_that_states():
    found = actors("وفي ماليزيا، يلتقي الوزير برئيس الوزراء نجيب عبد الرزاق.", country="SA")
    assert [a.state for a in found if a.text.startswith("رئيس الوزراء")] == ["MY"]
    # the paper's own minister travels: a title acting there keeps the home state
    acting = actors("وفي ماليزيا، التقى وزير الخارجية نظيره الماليزي.", country="SA")
    assert by_text(acting, "وزير الخارجية").state == "SA"


def test_a_title_spoken_for_is_of_the_speakers_state():
    found = actors("وأعرب وزير الخارجية العماني باسم الرئيس والحكومة عن شكره.", country="SA")
    assert [(a.text, a.state) for a in found if a.state] == [("وزير الخارجية العماني", "OM"), ("الرئيس", "OM")]
    # باسم after a title is "on behalf of", not a given name
    assert [a.text for a in actors("تحدث وزير الخارجية باسم الحكومة.", country="SA")][:1] == ["وزير الخارجية"]


def test_the_bare_title_heading_a_states_delegation_is_of_that_state():
    found = actors("وكان وزير الخارجية السعودي في الاستقبال، ثم وصل الوفد التشادي برئاسة وزير الخارجية.", country="SA")
    assert [(a.text, a.state) for a in found if a.kind == "official"][-1] == ("وزير الخارجية", "TD")
    found = actors("وصل وفد نيجري يترأسه وزير التجارة إلى الرياض.", country="SA")
    assert [a.state for a in found if a.text == "وزير التجارة"] == ["NE"]
    # with no body before it, the bare title keeps the paper's state
    assert [a.state for a in actors("عقد اجتماع برئاسة وزير الخارجية.", country="SA")
            if a.text == "وزير الخارجية"] == ["SA"]


def test_the_kingdom_followed_by_another_states_nisba_is_that_state():
    found = actors("وأشاد الوزير بدور المملكة الأردنية في الوساطة.", country="SA")
    assert [a.state for a in found if a.kind == "state"] == ["JO"]
    found = actors("وأشاد الوزير بدور المملكة في الوساطة.", country="SA")
    assert [a.state for a in found if a.kind == "state"] == ["SA"]


def test_a_national_security_council_is_its_states_body_not_the_un_security_council():
    found = actors("وأوصى مجلس الأمن القومي الأمريكي بالانسحاب.", country="SA")
    assert [(a.kind, a.state, a.org) for a in found] == [("body", "US", None)]
    assert not [a for a in actors("وأوصى مجلس الأمن القومي بالانسحاب.", country="SA") if a.org == "org:UNSC"]
    assert [a.org for a in actors("وبحث مجلس الأمن الوضع في مالي.", country="SA")][:1] == ["org:UNSC"]


def test_officials_in_a_capital_are_that_states():
    found = actors("التقى المبعوث الأممي مسؤولين في أنقرة.", country="SA")
    assert [a.state for a in found if a.office == "official"] == ["TR"]
    # a titled minister "in" a capital is only where he spoke
    found = actors("قال وزير الخارجية في أنقرة إن العلاقات جيدة.", country="SA")
    assert [a.state for a in found if a.kind == "official"] == ["SA"]


def test_a_capital_after_li_is_where_a_title_went_not_whom_it_serves():
    found = actors("رحب المراقبون بزيارة الأمير فيصل مستشار الملك ووزير الدفاع للرباط.", country="SA")
    assert [a.state for a in found if a.text.startswith("وزير الدفاع")] == ["SA"]
    assert all(a.state != "MA" for a in found if a.kind != "state")
    # a state named in full after ل still says whom an envoy is of
    assert by_text(actors("قال المندوب الدائم للكويت لدى الأمم المتحدة", country="SA"),
                   "المندوب الدائم للكويت").state == "KW"


def test_a_title_before_bi_and_a_states_style_is_that_states():
    found = actors("استقبل الملك وزير الشؤون الخارجية بجمهورية ألبانيا.", country="SA")
    assert by_text(found, "وزير الشؤون الخارجية بجمهورية ألبانيا").state == "AL"


def test_a_definite_title_takes_no_state_named_after_it_as_its_genitive():
    found = actors("غادر الأمير فيصل وزير الدفاع جمهورية كازاخستان بعد زيارة قصيرة.", country="SA")
    assert [(a.state, a.kind) for a in found] == [("SA", "person"), ("KZ", "state")]
    # a construct does (وزير خارجية مصر), and a name with the article agrees as a nisba (السفارة السعودية)
    assert by_text(actors("قال وزير خارجية مصر", country="SA"), "وزير خارجية مصر").state == "EG"
    assert by_text(actors("أعلنت السفارة السعودية في لندن", country="AE"), "السفارة السعودية").state == "SA"
    # … but a name with the article that cannot read as a nisba (النرويج، الأردن) is the verb's object
    found = actors("زار الوزير النرويج الأسبوع الماضي.", country="SA")
    assert [(a.text, a.state) for a in found] == [("الوزير", "SA"), ("النرويج", "NO")]
    found = actors("استقبل السفير الأردن وفدا.", country="EG")
    assert by_text(found, "السفير").state != "JO"


def test_the_supreme_leader_s_adjective_stands_between_his_title_and_his_state():
    found = actors("وتبادل الرئيس الأمريكي الرسائل مع المرشد الأعلى الإيراني.", country="SA")
    leader = by_text(found, "المرشد الأعلى الإيراني")
    assert (leader.state, leader.office) == ("IR", "head_of_state")


def test_the_head_of_a_region_acts_for_the_state_the_region_belongs_to():
    found = actors("وصل رئيس جمهورية الشيشان إلى أبوظبي في زيارة رسمية.", country="AE")
    assert by_text(found, "رئيس جمهورية الشيشان").state == "RU"
    # … as one of its officials: Chechnya's head is not Russia's head of state
    head = by_text(actors("وصل رئيس جمهورية الشيشان رمضان قديروف إلى جدة أمس.", country="SA"),
                   "رئيس جمهورية الشيشان رمضان قديروف")
    assert (head.state, head.office, head.level) == ("RU", "regional_head", "official")
    found = actors("استقبل رئيس إقليم كردستان وزير الدفاع البريطاني في أربيل.", country="SA")
    assert by_text(found, "رئيس إقليم كردستان").state == "IQ"
    # the same place after a definite title is no genitive of it: the title stays the home state's
    assert by_text(actors("زار الرئيس الشيشان العام الماضي.", country="EG"), "الرئيس").state == "EG"


def test_an_indefinite_title_with_no_name_after_it_is_the_apposition_of_the_name_before():
    found = actors("التقى وزير الخارجية في الرياض الرئيس رمضان قاديروف رئيس جمهورية الشيشان وبحثا التعاون.",
                   country="SA")
    guest = next(a for a in found if a.text.startswith("الرئيس رمضان"))
    assert (guest.kind, guest.state) == ("person", "RU")
    assert guest.text.endswith("رئيس جمهورية الشيشان")
    assert guest.level == "official"  # the president of a region, not of Russia
    # a title followed by a name of its own is another man, whom the first one meets
    found = actors("استقبل الوزير خالد العتيبي رئيس وزراء لبنان تمام سلام في مكتبه.", country="KW")
    assert by_text(found, "الوزير خالد العتيبي").state == "KW"


def test_a_coordinator_of_an_organization_acts_for_it_and_of_a_festival_for_nobody():
    found = actors("اجتمع منسق الأمم المتحدة للشؤون الإنسانية في سوريا مع وزير الخارجية السوري.", country="SA")
    assert by_text(found, "منسق الأمم المتحدة").org == "org:UN"
    found = actors("وصل المنسق الإنساني للأمم المتحدة إلى صنعاء أمس.", country="SA")
    assert by_text(found, "المنسق الإنساني للأمم المتحدة").org == "org:UN"
    assert [a for a in actors("قال منسق المهرجان إن العروض تبدأ غدا.", country="SA") if a.kind != "state"] == []


def test_the_sultan_of_oman_is_oman_even_beside_jordan():
    found = actors("اتصل الملك بالعاهل الأردني ثم هنأ سلطان عمان بسلامة عودته.", country="SA")
    assert by_text(found, "سلطان عمان").state == "OM"


def test_a_delegation_drawn_from_private_nationals_acts_for_no_state():
    found = actors("استقبل الوزير وفدا من الأطباء السودانيين في مكتبه.", country="SA")
    assert [a.state for a in found] == ["SA"]  # the minister alone: the doctors act for no state
    # a delegation of a ministry or a parliament still acts for its state
    found = actors("التقى الوزير وفدا من البرلمان الأردني.", country="SA")
    assert "JO" in [a.state for a in found]


def test_a_country_director_of_an_agency_is_no_qatari():
    found = actors("زار المدير القطري لبرنامج الأغذية العالمي مخيمات النازحين في دارفور.", country="SA")
    assert "QA" not in [a.state for a in found]
    assert by_text(actors("وصل الوزير القطري إلى الخرطوم.", country="SA"), "الوزير القطري").state == "QA"


def test_a_bare_president_or_prime_minister_is_no_saudi_in_a_saudi_paper():
    # Saudi Arabia's head is a king; a bare "the president" in its press is another state's, whoever the story is about
    found = actors("وقالت المملكة إنها ترحب بالخطوة، وأعلن الرئيس أنه سيزور المنطقة قريبا.", country="SA")
    assert by_text(found, "الرئيس").state is None
    found = actors("وأكدت المملكة دعمها، فيما قال رئيس الوزراء إن الاتفاق صامد.", country="SA")
    assert by_text(found, "رئيس الوزراء").state is None
    # where the home state has presidents, the bare title is still its own, and a Saudi king still the Saudi one
    assert by_text(actors("أعلن الرئيس أنه سيزور المنطقة قريبا.", country="EG"), "الرئيس").state == "EG"
    assert by_text(actors("استقبل الملك وفدا من رجال الأعمال.", country="SA"), "الملك").state == "SA"


def test_a_story_that_never_names_the_home_state_lends_it_no_bare_minister():
    # a story about another country's cabinet: its bare ministers are not the paper's state
    story = ("عقدت الحكومة اللبنانية في بيروت جلسة طارئة أمس. وقال وزير الزراعة بعد لقائه رئيس الحكومة إن الجلسة كانت "
             "صعبة، وأشار وزير المالية إلى أن الموازنة لم تقر بعد.")
    found = actors(story, country="SA")
    assert "SA" not in [a.state for a in found]
    # a story about Lebanon that also names the kingdom, or sets itself in one of its cities, keeps the home default
    for opening in ("أعلنت المملكة أمس أن ", "في جدة، ", "بعد وصوله إلى جدة، "):
        found = actors(opening + "وزير المالية قال إن لبنان بخير وإن الحكومة اللبنانية مستقرة.", country="SA")
        assert by_text(found, "وزير المالية").state == "SA"
    # a home city in an agreement's name is no scene
    found = actors("وقال وزير المالية اللبناني السابق إن اتفاق الطائف أنهى الحرب، وأكد وزير المالية أن لبنان بخير.",
                   country="SA")
    assert by_text(found, "وزير المالية").state is None
    # a sentence that names another state once is too little to call the story that state's
    found = actors("استقبل وزير الخارجية أمس السفير الفرنسي في مكتبه.", country="SA")
    assert by_text(found, "وزير الخارجية").state == "SA"


def test_a_bare_cabinet_is_the_home_states_unless_the_story_is_another_states():
    found = actors("ونوه مجلس الوزراء في جلسته بما حققته الدبلوماسية في المنطقة.", country="SA")
    assert by_text(found, "مجلس الوزراء").state == "SA"
    found = actors("ورأس الرئيس اللبناني جلسة في بيروت، وقرر مجلس الوزراء اللبناني تأجيل البحث.", country="SA")
    assert by_text(found, "مجلس الوزراء اللبناني").state == "LB"
    story = "انعقدت في بيروت جلسة للحكومة اللبنانية، وقرر مجلس الوزراء تأجيل البحث في ملف لبنان."
    assert by_text(actors(story, country="SA"), "مجلس الوزراء").state != "SA"
    # the cabinet as the genitive of a title or of a thing is no body acting
    for text in ("وصل النائب الأول لرئيس مجلس الوزراء إلى القاهرة.", "وعقدت جلسة مجلس الوزراء في جدة."):
        assert not [a for a in actors(text, country="SA") if a.office == "cabinet"]


def test_a_bare_title_right_after_an_official_is_his_second_office():
    found = actors("واستقبل حسن علوي نائب الرئيس العراقي رئيس مجلس الوزراء الضيوف في مكتبه.", country="SA")
    second = by_text(found, "رئيس مجلس الوزراء")
    assert (second.state, second.form) == ("IQ", "antecedent")
    # after a comma the title is somebody else again (here, for want of any antecedent, the home state's)
    found = actors("وصل نائب الرئيس العراقي، وقال رئيس مجلس الوزراء إن الزيارة مهمة.", country="SA")
    assert by_text(found, "رئيس مجلس الوزراء").state == "SA"


def test_a_bare_styled_title_before_another_states_title_is_another_man():
    # no American is crown prince: the heir and the secretary are two men
    found = actors("والتقى ولي العهد وزير الخارجية الأمريكي في جدة مساء أمس.", country="SA")
    assert (by_text(found, "ولي العهد").state, by_text(found, "وزير الخارجية الأمريكي").state) == ("SA", "US")
    # a state whose heir is styled so keeps the chain one man's
    found = actors("وصرح ولي العهد وزير الدفاع البحريني بأن التمرين ناجح.", country="SA")
    assert [(a.text, a.state, a.office) for a in found] == [
        ("ولي العهد وزير الدفاع البحريني", "BH", "crown_prince")]


def test_a_definite_title_with_a_nisba_of_its_own_is_another_person():
    # the minister (no nisba: the home state's) receives the ambassador (the nisba's)
    found = actors("واستقبل وزير الخارجية السفير الإيطالي لدى المملكة في مكتبه بالرياض أمس.", country="SA")
    assert (by_text(found, "وزير الخارجية").state, by_text(found, "السفير الإيطالي").state) == ("SA", "IT")
    found = actors("وبحث رئيس الجمهورية المبعوث الأممي الجديد سبل التهدئة.", country="SA")
    assert by_text(found, "المبعوث الأممي").org == "org:UN"
    # one man's chain of offices goes on without a nisba of its own (here an adjective after the second title)
    found = actors("ورعى ولي العهد الرئيس الأعلى لهيئة الهلال مساء أمس الحفل.", country="SA")
    assert [a.text for a in found] == ["ولي العهد الرئيس الأعلى"]


def test_an_epithet_with_a_nisba_describes_the_organizations_man_just_named():
    text = ("اجتمع المبعوث الأممي ستافان دي ميستورا مع مسؤولين في دمشق أمس. "
            "وكان الدبلوماسي الإيطالي قد زار عمّان والقاهرة الشهر الماضي.")
    epithet = by_text(actors(text, country="SA"), "الدبلوماسي الإيطالي")
    assert (epithet.state, epithet.org, epithet.person) == (None, "org:UN", "person:staffan-de-mistura")
    # with nobody of an organization before it, the epithet is a diplomat of the nisba's state
    assert by_text(actors("وقال الدبلوماسي الإيطالي إن المحادثات مفيدة.", country="SA"),
                   "الدبلوماسي الإيطالي").state == "IT"


def test_an_organizations_man_takes_no_ministers_title_after_his_name():
    found = actors("التقى المبعوث الأممي ستافان دي ميستورا وزير الخارجية في جدة أمس.", country="SA")
    minister = by_text(found, "وزير الخارجية")
    assert (minister.state, minister.org) == ("SA", None)


def test_an_unknown_name_before_a_title_with_a_nisba_is_that_official():
    found = actors("وبحث الوزير مع خالد الكعبي وزير الدولة العُماني للشؤون الخارجية في جدة أمس سبل التعاون.",
                   country="SA")
    minister = by_text(found, "خالد الكعبي وزير الدولة العُماني")
    assert (minister.kind, minister.state, minister.office, minister.person) == (
        "person", "OM", "minister", "person:khald-alkaby")
    # a name begun after an honorific is one name, not a second man before the next title
    found = actors("استقبل وزير الخارجية القطري الشيخ صباح خالد الكواري وزير خارجية تركيا في المطار.", country="SA")
    assert by_text(found, "وزير خارجية تركيا").state == "TR"
    assert not any(a.text.startswith("خالد") for a in found)


def test_minister_of_state_is_a_title_not_a_style():
    # دولة styles a prime minister (دولة رئيس الوزراء); الدولة after وزير is the office's field
    found = actors("وشارك وزير الدولة في الاجتماع.", country="SA")
    assert by_text(found, "وزير الدولة").state == "SA"
    assert by_text(actors("وقال دولة رئيس الوزراء اللبناني إن الحكومة باقية.", country="SA"),
                   "دولة رئيس الوزراء اللبناني").state == "LB"


def test_a_delegation_drawn_from_a_states_ministry_acts_for_that_state():
    found = actors("ووصل إلى الرباط أمس وفد من وزارة الزراعة الأردنية.", country="SA")
    delegation = by_text(found, "وفد من وزارة الزراعة الأردنية")
    assert (delegation.state, delegation.office) == ("JO", "delegation")


def test_a_name_ends_at_the_particle_before_its_verb():
    # "قد" opens the verb (قد التقى): the name before it is two words, and the verb stays a verb
    found = actors("وكان السفير النرويجي جورج لارسن قد التقى في مارس الماضي مع وزير التجارة.", country="SA")
    envoy = next(a for a in found if a.office == "ambassador")
    assert (envoy.text, envoy.state) == ("السفير النرويجي جورج لارسن", "NO")


def test_a_woman_assistant_to_a_minister_is_an_official_of_his_state():
    found = actors("وحضرت مساعدة وزير الخارجية الكندي لشؤون أفريقيا الاجتماع.", country="SA")
    assistant = next(a for a in found if a.office == "deputy_minister")
    assert (assistant.state, assistant.level) == ("CA", "official")


def test_an_official_in_an_organization_serves_it():
    found = actors("وأكد مسؤول السياسة الخارجية في الاتحاد الإفريقي أن الحوار مستمر.", country="SA")
    assert [(a.text, a.org, a.state) for a in found] == [
        ("مسؤول السياسة الخارجية في الاتحاد الإفريقي", "org:AU", None)]
    assert by_text(actors("أكد مسؤول في الأمم المتحدة أن القافلة وصلت.", country="SA"),
                   "مسؤول في الأمم المتحدة").org == "org:UN"
    # a state after في is where an envoy is posted, as before
    envoy = by_text(actors("وقال السفير الهندي في موسكو إن الزيارة ناجحة.", country="SA"), "السفير الهندي")
    assert (envoy.state, envoy.posting) == ("IN", "RU")


def test_office_holders_of_2015_are_known_by_name_and_then_by_surname():
    # A bare title plus a name the gazetteer knows: the state comes from the person, not from the home paper.
    found = actors("وكان في استقبال الضيف الرئيس كينياتا وكبار المسؤولين.", country="SA")
    assert by_text(found, "الرئيس كينياتا").state == "KE"
    # A surname alone is the person only after a full mention in the same document.
    later = actors("حطت طائرة الرئيس النيجيري محمد بخاري صباحا. وقال بخاري إن الزيارة مثمرة.", country="SA")
    assert [(a.text, a.person, a.state) for a in later if a.text == "بخاري"] == [
        ("بخاري", "person:muhammadu-buhari", "NG")]
    assert not [a for a in actors("وقال بخاري إن الزيارة مثمرة.", country="SA") if a.person]


def test_a_known_persons_last_name_alone_is_that_person_after_his_full_name_but_no_ruler_number():
    found = actors("زار الرئيس الألماني الأسبق هورست كولر المدينة. ثم قال كولر إن الرحلة طويلة.", country="SA")
    assert [(a.person, a.state) for a in found if a.text == "كولر"] == [("person:horst-koehler", "DE")]
    # عبدالله الثاني: الثاني is the king's number, and a later الثاني (the second round) is nobody
    found = actors("استقبل الملك عبدالله الثاني الوفد. وبدأت الجولة في اليوم الثاني.", country="SA")
    assert not [a for a in found if a.text == "الثاني"]


def test_two_word_nisbas_name_their_own_state_not_the_first_words():
    found = actors("والتقى الرئيس الكوري الشمالي بالسفير الجنوب أفريقي ووزير الخارجية الجنوب سوداني والوزير الروماني.")
    assert [a.state for a in found if a.office] == ["KP", "ZA", "SS", "RO"]


def test_a_ruler_a_university_or_a_hospital_is_named_after_is_no_actor():
    found = actors("ووقعت جامعة الملك سعود اتفاقية مع مؤسسة الملك فيصل الخيرية.", country="SA")
    assert not [a for a in found if a.person]


def test_a_navy_or_an_air_force_acts_for_its_state():
    found = actors("وأعلنت البحرية الأمريكية أن سلاح الجو البريطاني شارك في التمرين.")
    assert {(a.state, a.office) for a in found} >= {("US", "army"), ("GB", "army")}


def test_a_title_held_then_keeps_its_holders_name_and_the_bare_title_later_is_him():
    text = ("وكان وزير الخارجية آنذاك الدكتور بيتر هولم قد أيد الخطة. "
            "ثم عاد وزير الخارجية نفسه فزار العاصمة بعد عامين.")
    found = actors(text, country="SA")
    assert [(a.person, a.state) for a in found if a.office == "foreign_minister"] == [
        ("person:bytr-hwlm", None), ("person:bytr-hwlm", None)]


def test_a_titles_genitive_may_name_a_state_by_its_style_and_a_variant_name_with_the_article():
    found = actors("والتقى أمير منطقة الجوف في سكاكا سفير جمهورية الشيلي لدى المملكة.", country="SA")
    assert [(a.state, a.office, a.posting) for a in found if a.office == "ambassador"] == [("CL", "ambassador", "SA")]
    assert not [a for a in found if a.office != "ambassador" and "سفير" in a.text]


def test_an_honorific_between_a_title_and_its_holders_known_name_is_one_person():
    found = actors("واستقبل وزير الخارجية السعودي الأستاذ عادل الجبير في مكتبه بجدة سفير اليابان.", country="SA")
    jubeir = by_text(found, "وزير الخارجية السعودي الأستاذ عادل الجبير")
    assert (jubeir.person, jubeir.state, jubeir.office) == ("person:adel-al-jubeir", "SA", "foreign_minister")
    found = actors("ووصل وزير الخارجية المهندس عادل بن أحمد الجبير مساء إلى الدوحة.", country="SA")
    assert by_text(found, "وزير الخارجية المهندس عادل بن أحمد الجبير").person == "person:adel-al-jubeir"
    # a known name that holds no such office for that state is the one received
    found = actors("واستقبل وزير الخارجية الدكتور نبيل العربي في مكتبه بجدة.", country="SA")
    assert [a.text for a in found][:2] == ["وزير الخارجية", "الدكتور نبيل العربي"]


def test_a_minister_in_a_state_named_outright_is_its_minister_but_not_in_a_capital():
    found = actors("والتقى نائب وزير الخارجية في كوريا الجنوبية بالسفير الأمريكي.")
    assert by_text(found, "نائب وزير الخارجية في كوريا الجنوبية").state == "KR"
    found = actors("وقال وزير الخارجية في القاهرة إن العلاقات متينة.", country="SA")
    assert by_text(found, "وزير الخارجية").state == "SA"


def test_a_title_with_a_name_of_its_own_after_a_named_host_is_the_guest():
    # the host is read by honorific and name, the governor of Aden after him has his own name: two men
    found = actors("استقبل الدكتور سعيد الحربي محافظ عدن علي سالم في مكتبه.", country="SA")
    assert [a.state for a in found if a.text.startswith("الدكتور")] != ["YE"]
    assert by_text(found, "محافظ عدن").state == "YE"


def test_an_unknown_name_between_an_honorific_title_and_a_title_naming_a_state_is_that_states_official():
    # فخامة الرئيس alone would fall back on the paper's own head of state; the title after the name says Mali
    found = actors("بحث الملك مع فخامة الرئيس باكاري تومبا رئيس جمهورية مالي سبل التعاون.", country="SA")
    guest = next(a for a in found if a.text.startswith("فخامة الرئيس"))
    assert (guest.state, guest.office) == ("ML", "head_of_state")
    assert guest.text.endswith("رئيس جمهورية مالي")


def test_a_chinese_leader_comes_back_by_his_family_name_which_comes_first():
    found = actors("وصل أردوغان إلى بكين للقاء الرئيس الصيني شي جين بينغ. ثم استقبل شي ضيفه في القاعة الكبرى.")
    assert any(a.text == "شي" and a.person == "person:xi-jinping" for a in found)


def test_a_title_with_its_holder_s_known_name_after_an_honorific_is_his_whoever_stands_before():
    # the gazetteer knows the deputy crown prince as the second deputy prime minister: the title is still his own,
    # not a second office of the president named just before it
    found = actors("التقى الرئيس الصيني شي جين بينغ ولي ولي العهد الأمير مقرن بن عبدالعزيز في بكين.", country="SA",
                   date="2014-06-01")
    guest = by_text(found, "ولي ولي العهد الأمير مقرن بن عبدالعزيز")
    assert (guest.state, guest.person, guest.office) == ("SA", "person:muqrin-bin-abdulaziz", "deputy_crown_prince")
    assert by_text(found, "الرئيس الصيني شي جين بينغ").state == "CN"
    # a second office he held that day names him too
    minister = by_text(actors("التقى وزير الدفاع الأمير محمد بن سلمان نظيره الأمريكي.", country="SA"),
                       "وزير الدفاع الأمير محمد بن سلمان")
    assert (minister.state, minister.person) == ("SA", "person:mohammed-bin-salman")


def test_an_envoy_goes_to_a_city_and_is_posted_to_a_state():
    # إلى + a capital after an envoy's title is where he travels: he comes from Moscow, posted nowhere by it
    envoy = by_text(actors("وصل مبعوث الرئيس الروسي إلى الرياض أمس.", country="SA"), "مبعوث الرئيس الروسي")
    assert (envoy.state, envoy.posting) == ("RU", None)
    # إلى + a state's name is his post (the UN's envoy to Yemen)
    envoy = by_text(actors("قال المبعوث الأممي إلى اليمن إن المحادثات مستمرة.", country="SA"), "المبعوث الأممي")
    assert (envoy.org, envoy.posting) == ("org:UN", "YE")


def test_a_title_called_former_and_a_leader_out_of_office_are_former():
    found = actors("يزور الرئيس الفرنسي السابق نيكولا ساركوزي المغرب الأسبوع المقبل.", country="SA")
    assert [a.former for a in found if a.state == "FR"] == [True, True]
    assert not by_text(found, "المغرب").former
    # a leader's term ended by the paper's date: former, whatever the text calls him
    assert by_text(actors("وصل نيكولا ساركوزي إلى الرباط أمس.", country="SA"), "نيكولا ساركوزي").former
    assert not by_text(actors("وصل نيكولا ساركوزي إلى الرباط أمس.", country="SA", date="2010-05-01"),
                       "نيكولا ساركوزي").former
    # a leader to come is no former one (Theresa May led Britain from 2016)
    assert not by_text(actors("وصلت تيريزا ماي إلى باريس أمس.", country="SA"), "تيريزا ماي").former


def test_a_states_regime_is_its_government_and_the_rome_statute_is_none():
    found = actors("وصل وزير خارجية نظام إيران إلى الكويت.", country="SA")
    minister = by_text(found, "وزير خارجية نظام إيران")
    assert (minister.state, minister.office) == ("IR", "foreign_minister")
    assert [a for a in actors("وصادقت فلسطين على نظام روما الأساسي.", country="SA") if a.state == "IT"] == []


def test_an_entry_cut_by_quotes_leaves_the_shorter_entry_it_opens():
    # حركة حماس is an entry; quotes cut it, and حركة alone still heads a phrase acting for nobody
    text = "التقى وفد من حركة «حماس» مسؤولين في القاهرة."
    analysis = default_pipeline().analyze(read_text(text, doc_id="t", date="2015-07-22"), min_confidence=0.0)
    assert [text[a:b] for a, b in analysis.non_state] == ["وفد من حركة «حماس"]  # and its delegation with it


def test_a_bare_title_then_an_honorific_and_another_states_holder_is_that_man():
    found = actors("حل الوزير المغربي ضيفا على الكويت، وعقد جلسة عمل أمس مع نائب رئيس الوزراء وزير الخارجية "
                   "الشيخ صباح خالد الحمد الصباح.", country="SA")
    sabah = next(a for a in found if "صباح خالد" in a.text)
    assert sabah.state == "KW" and sabah.text.startswith("نائب رئيس الوزراء")


def test_an_unknown_prince_in_a_saudi_paper_is_a_saudi_prince():
    text = "استقبل أمير الكويت في قصره ظهر اليوم الأمير فهد بن منصور رئيس هيئة الرياضة والوفد المرافق له."
    prince = next(a for a in actors(text, country="SA") if a.text.startswith("الأمير فهد"))
    # a prince we do not know acts for the paper's state, and is not its head of state
    assert (prince.state, prince.kind, prince.office) == ("SA", "person", None)
    assert all(a.state != "SA" for a in actors(text, country=None) if a.text.startswith("الأمير فهد"))


def test_a_given_name_that_is_also_a_title_opens_a_name_before_bin():
    found = actors("اجتمع الأمير سلطان بن فهد بوزير الداخلية البحريني في المنامة.", country="SA")
    prince = next(a for a in found if a.text.startswith("الأمير سلطان"))
    assert (prince.state, prince.office) == ("SA", None)
    assert prince.person != "person:sultan-bin-abdulaziz"  # another Sultan: his father is Fahd
    minister = next(a for a in found if "البحريني" in a.text)
    assert minister.state == "BH"


def test_a_university_named_after_a_princess_is_no_princess():
    # جامعة is a body acting for nobody and the noun of a thing named after a person: with an unknown prince read as
    # the home state's, the princess in its name must still not become an actor
    found = actors("افتتح مركز جديد بجامعة الأميرة سارة بنت خالد لاستقبال الطلاب المبتعثين.", country="SA")
    assert not any(a.kind == "person" for a in found)


def test_a_vice_chancellor_is_not_the_chancellor():
    found = actors("وصل نائب المستشار النمساوي إلى الرياض أمس.", country="SA")
    deputy = next(a for a in found if a.text.startswith("نائب"))
    assert (deputy.state, deputy.office, deputy.level) == ("AT", "deputy_head_of_government", "minister")


def test_a_bare_title_joined_by_waw_to_a_foreign_official_is_of_his_state():
    found = actors("زار نائب رئيس الوزراء الهولندي ووزير المالية فلان طهران الأسبوع الماضي.", country="SA")
    second = next(a for a in found if a.text.startswith("وزير المالية"))
    assert second.state == "NL"  # not the Saudi minister of finance
    # not joined to him, the bare title is still the paper's own
    found = actors("زار نائب رئيس الوزراء الهولندي طهران، فيما التقى وزير المالية وفدا.", country="SA")
    assert next(a for a in found if a.text.startswith("وزير المالية")).state == "SA"


def test_a_president_general_heads_an_agency_of_the_paper_s_state():
    found = actors("التقى حاكم الشارقة أمس معالي الرئيس العام للأرصاد وحماية البيئة.", country="SA")
    head = next(a for a in found if "الرئيس العام" in a.text)
    assert (head.state, head.office, head.level) == ("SA", "head_of_agency", "official")


def test_feminine_titles_act_for_their_state():
    # a woman deputy minister, envoy or spokeswoman acts for her state as the man in the same office does
    found = actors("التقت نائبة وزير الخارجية النيوزيلندي سفير تشيلي في ولنغتون.", country="SA")
    deputy = next(a for a in found if a.text.startswith("نائبة"))
    assert (deputy.state, deputy.office) == ("NZ", "deputy_minister")
    found = actors("قالت المتحدثة باسم الخارجية الكندية إن الوزير سيسافر.", country="SA")
    assert next(a for a in found if a.text.startswith("المتحدثة")).state == "CA"
    found = actors("واستقبل الوزير أمس منسقة السياسة الخارجية للاتحاد الأوروبي.", country="SA")
    assert next(a for a in found if a.text.startswith("منسقة")).org == "org:EU"


def test_a_title_then_a_comma_and_the_holders_name_names_him():
    found = actors("وصل المبعوث الأممي إلى مالي، برناردينو ليون، إلى باماكو أمس.")
    envoy = by_text(found, "المبعوث الأممي")
    assert (envoy.kind, envoy.org, envoy.person) == ("official", "org:UN", "person:bernardino-leon")
    # … but a man of another state after the comma is someone else
    found = actors("التقى وزير الخارجية السعودي، جون كيري، في الدوحة.")
    assert by_text(found, "وزير الخارجية السعودي").person is None


def test_a_title_with_a_name_of_its_own_is_not_the_last_holder_named():
    # the second president has a name the gazetteer does not spell so: he is not the first one, whose state he
    # must not borrow
    found = actors("قال الرئيس أوباما إن الاتفاق جيد. ورد الرئيس كمال بيرزادا على ذلك.", country="SA")
    stranger = by_text(found, "الرئيس كمال بيرزادا")
    assert stranger.person != "person:barack-obama" and stranger.state != "US"


def test_a_known_holders_short_name_after_a_variant_first_name_is_that_holder():
    found = actors("قال الرئيس أوباما إن الاتفاق جيد. ورد الرئيس حسين روحاني على ذلك.", country="SA")
    rouhani = by_text(found, "الرئيس حسين روحاني")
    assert (rouhani.person, rouhani.state) == ("person:hassan-rouhani", "IR")


def test_an_under_secretary_is_no_minister():
    found = actors("أعلن وكيل وزير الخارجية البريطاني أنه سيزور مسقط الأسبوع المقبل.", country="SA")
    deputy = by_text(found, "وكيل وزير الخارجية البريطاني")
    assert (deputy.state, deputy.office, deputy.level) == ("GB", "deputy_minister", "official")


def test_a_bare_king_stands_back_for_the_king_not_for_a_president_named_since():
    found = actors("وأعرب الملك عن الشكر للرئيس الأمريكي باراك أوباما. ثم وجه الملك المفدى شكره للوزراء.",
                   country="SA")
    kings = [a for a in found if a.text == "الملك"]
    assert [k.state for k in kings] == ["SA", "SA"]
    assert all(k.person != "person:barack-obama" for k in kings)


def test_a_scout_association_acts_for_no_state():
    assert actors("تشارك جمعية الكشافة الكويتية في المخيم الكشفي العالمي.", country="SA") == []


def test_a_plural_title_after_a_title_is_another_group_not_the_same_mans_office():
    # one man's titles in a row are singular; سفراء after a minister's title are the people he received
    found = actors("واستقبل وزير الخارجية سفراء فنلندا والنرويج في مكتبه.", country="SA")
    assert [(a.text, a.state, a.office) for a in found if a.kind == "official"] == [
        ("وزير الخارجية", "SA", "foreign_minister"), ("سفراء فنلندا", "FI", "ambassador")]


def test_the_islamic_republic_in_a_story_about_iran_is_iran():
    """الجمهورية الإسلامية alone, in a story that names Iran, is Iran (the press's usual second name for it); the
    Mauritanian or Pakistani one is named by its nisba right after it, and with no Iran in the story it is nobody."""
    def states(text: str) -> list[str]:
        doc = read_text(text, doc_id="t", date="2015-07-22", country="SA")
        return [m.id for m in default_pipeline().analyze(doc).mentions if m.kind == "state"]

    assert states("رفعت العقوبات عن إيران. وسيتوجه الوزير إلى الجمهورية الإسلامية غدا.") == ["IR", "IR"]
    assert states("رفعت العقوبات عن إيران. وسيتوجه الوزير إلى الجمهورية الإسلامية الموريتانية.") == ["IR", "MR"]
    assert states("نص الدستور على قيام الجمهورية الإسلامية.") == []


def test_a_state_after_a_news_agency_and_its_nisba_is_named_on_its_own():
    """وفقا لوكالة الأنباء الأردنية مواقف الكويت: the agency's phrase ends with the state that names it, so the state
    named after the next plain word is an actor again; the agency's own nisba is still none."""
    found = actors("وثمن الرئيس الأردني حسب وكالة الأنباء الأردنية مواقف الكويت الداعمة لبلاده.")
    assert [(a.text, a.state) for a in found if a.kind == "state"] == [("الكويت", "KW")]


def test_a_ministers_field_with_a_pronoun_names_the_state_just_before_it():
    # وزير داخليتها: "its interior minister", the minister of the state named before him in the sentence
    from alaqat.pipeline import default_pipeline
    from alaqat.read import read_text
    text = "نفت السلطات في ليبيا أمس تعرض وزير داخليتها مصطفى الفرجاني، لهجوم خلال زيارته إلى تونس."
    actors = default_pipeline().analyze(read_text(text, doc_id="t", date="2015-07-22", country="SA"),
                                        min_confidence=0.0).actors
    minister = next(a for a in actors if a.text.startswith("وزير"))
    assert minister.state == "LY"


def test_a_name_no_title_goes_with_is_a_private_person_acting_for_nobody():
    """A resident or a vendor quoted by name alone (وثمن عبده ناصر …) acts for no state: the body after the name
    (جهود حكومة المملكة) is what he praises, no title of his; a name with its title after it is the official's."""
    from alaqat.pipeline import default_pipeline as pipeline

    doc = read_text("وثمن عبده ناصر جهود حكومة المملكة في خدمة المقيمين اليمنيين.", doc_id="t",
                    date="2015-07-31", country="SA")
    analysis = pipeline().annotate(doc, with_dates=False)
    assert all(a.kind != "person" for a in analysis.actors)
    assert any(doc.text[s:e].startswith("عبده ناصر") for s, e in analysis.non_state)
    found = actors("استقبل سالم أحمد العمري نائب الرئيس اليمني وفدا يابانيا.", country="SA")
    assert any(a.state == "YE" for a in found)
    ruler = read_text("وزار فيصل الأول العراق.", doc_id="t", date="2015-07-31", country="SA")
    assert pipeline().annotate(ruler, with_dates=False).non_state == []  # a ruler by his number: no private man
