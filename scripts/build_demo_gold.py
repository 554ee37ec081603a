"""Write tests/gold/{events,entities}/<doc>.jsonl for the long demo articles from anchored specifications.

Offsets are never counted by hand: each gold event names a short ANCHOR that occurs once in its document, and the
sentence span is the sentence (``alaqat.normalize.split_sentences``) that holds the anchor. Entity mentions name
their surface form and which occurrence (all occurrences when ``None``). Run from the project root:

    python scripts/build_demo_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alaqat.demo import corpus_dir  # noqa: E402
from alaqat.normalize import split_sentences  # noqa: E402
from alaqat.read import read_file  # noqa: E402

NAZ = "person:nursultan-nazarbayev"
TOK = "person:kassym-jomart-tokayev"
NET = "person:benjamin-netanyahu"
HOS = "head_of_state"

# doc -> [(anchor, type, roles, modality, date)]
EVENTS: dict[str, list[tuple[str, str, dict, str, str | None]]] = {
    "ma_embassy_rabat": [
        ("أقام المغرب وكازاخستان علاقاتهما", "relations.established", {"parties": ["MA", "KZ"]}, "asserted",
         "1992-05-26"),
        ("أقام المغرب وكازاخستان علاقاتهما", "independence", {"state": "KZ"}, "asserted", None),
        ("يوم 30 أبريل 2021 مكالمة هاتفية", "talks", {"parties": ["MA", "KZ"], "channel": "phone", "level": "minister"},
         "asserted", "2021-04-30"),
        ("قررت الحكومة الكازاخستانية فتح سفارة", "mission.opened", {"sender": "KZ", "host": "MA", "mission": "embassy"},
         "planned", "2021"),
        ("حين أعلنت أستانا عزمها", "membership.joined", {"member": "KZ", "body": "instrument:abraham-accords"},
         "intended", "2025-11"),
        ("انضم إليها المغرب في دجنبر 2020", "membership.joined", {"member": "MA", "body": "instrument:abraham-accords"},
         "asserted", "2020-12"),
        ("منذ إغلاق موقع سيميبالاتينسك", "disarmament", {"state": "KZ", "what": "place:semipalatinsk-test-site"},
         "asserted", "1991-08-29"),
        ("واحتضانها في شتنبر 2017", "hosting", {"host": "KZ", "series": "series:oic-summit"}, "asserted", "2017-09"),
        ("ثم مشاركة الرئيس توكاييف في قمة جدة", "participation",
         {"participant": "KZ", "series": "series:gcc-central-asia-summit", "location": "place:jeddah"}, "asserted",
         "2023-07"),
        ("التي يوجد مقرها في العاصمة الكازاخستانية", "hosting", {"host": "KZ", "series": "org:IOFS"}, "asserted", None),
    ],
    "ma_iofs_food_security": [
        ("تحتضن العاصمة الكازاخستانية مقر", "hosting", {"host": "KZ", "series": "org:IOFS"}, "asserted", None),
        ("صادق مجلس وزراء خارجية الدول الأعضاء", "agreement.signed",
         {"parties": ["org:OIC"], "instrument": "instrument:iofs-statute"}, "asserted", "2013-12"),
        ("صادق مجلس وزراء خارجية الدول الأعضاء", "hosting",
         {"host": "GN", "series": "org:OIC", "location": "place:conakry"}, "asserted", "2013-12"),
        ("- إقامة العلاقات الدبلوماسية بين المغرب", "relations.established", {"parties": ["MA", "KZ"]}, "asserted",
         "1993"),
        ("- مكالمة هاتفية بين وزيري", "talks", {"parties": ["MA", "KZ"], "channel": "phone", "level": "minister"},
         "asserted", "2021-04"),
        ("- قرار كازاخستاني بفتح سفارة", "mission.opened", {"sender": "KZ", "host": "MA", "mission": "embassy"},
         "planned", "2021"),
    ],
    "dz_opec_energy": [
        ("تربط الجزائر بكازاخستان علاقات دبلوماسية", "relations.established", {"parties": ["DZ", "KZ"]}, "asserted",
         "199X"),
        ("احتضنت الجزائر يوم 28 سبتمبر 2016", "agreement.signed",
         {"parties": ["org:OPEC"], "instrument": "instrument:algiers-accord"}, "asserted", "2016-09-28"),
        ("احتضنت الجزائر يوم 28 سبتمبر 2016", "hosting", {"host": "DZ", "series": "org:OPEC"}, "asserted",
         "2016-09-28"),
        ("تم التوقيع في فيينا يوم 10 ديسمبر 2016", "agreement.signed",
         {"parties": ["org:OPEC", "KZ"], "instrument": "instrument:opec-plus-declaration"}, "asserted", "2016-12-10"),
        ("صار وزراء الطاقة في البلدين يلتقون", "talks",
         {"parties": ["DZ", "KZ"], "channel": "meeting", "level": "minister"}, "asserted", "2016-12-10/.."),
        ("كازاخستان لم تنضم إلى منظمة أوبك", "membership.joined", {"member": "KZ", "body": "org:OPEC"}, "negated", None),
        ("احتضنت أستانا في جوان 2011", "hosting", {"host": "KZ", "series": "org:OIC"}, "asserted", "2011-06"),
        ("وفي جويلية 2024 استضافت العاصمة", "hosting", {"host": "KZ", "series": "org:SCO"}, "asserted", "2024-07"),
    ],
    "tn_semipalatinsk": [
        ("أغلقت السلطات الكازاخستانية موقع", "disarmament", {"state": "KZ", "what": "place:semipalatinsk-test-site"},
         "asserted", "1991-08-29"),
        ("أغلقت السلطات الكازاخستانية موقع", "independence", {"state": "KZ"}, "asserted", None),
        ("احتضان البلاد لبنك الوكالة", "hosting", {"host": "KZ", "series": "org:IAEA"}, "asserted", None),
        ("وفي ماي 1992 وقعت كازاخستان", "agreement.signed",
         {"parties": ["KZ", "RU", "UA", "BY", "US"], "instrument": "instrument:lisbon-protocol"}, "asserted", "1992-05"),
        ("وفي ماي 1992 وقعت كازاخستان", "disarmament", {"state": "KZ", "what": "non_nuclear_status"}, "asserted",
         "1992-05"),
        ("ثم انضمت إلى المعاهدة في فيفري 1994", "membership.joined", {"member": "KZ", "body": "instrument:npt"},
         "asserted", "1994-02"),
        ("ونقلت آخر الرؤوس النووية", "disarmament", {"state": "KZ", "what": "nuclear_arsenal"}, "asserted", "1995-04"),
        ("- وقعت كازاخستان والوكالة", "agreement.signed",
         {"parties": ["KZ", "org:IAEA"], "instrument": "instrument:iaea-leu-bank-agreement"}, "asserted",
         "2015-08-27"),
        ("- افتتحت منشأة البنك", "hosting", {"host": "KZ", "series": "org:IAEA"}, "asserted", "2017-08-29"),
    ],
    "sy_astana_process": [
        ("وفرت أستانا منصة محايدة", "mediation", {"mediator": "KZ", "parties": ["SY"]}, "asserted", "2017/.."),
        ("وفرت أستانا منصة محايدة", "talks", {"parties": ["SY", "RU", "TR", "IR"], "channel": "meeting"}, "asserted",
         "2017/.."),
        ("عقدت الجولة الأولى من المحادثات", "talks",
         {"parties": ["SY", "RU", "TR", "IR", "org:UN"], "channel": "meeting"}, "asserted", "2017-01-23/2017-01-24"),
        ("عقدت الجولة الأولى من المحادثات", "hosting",
         {"host": "KZ", "series": "series:astana-process", "participants": ["SY", "RU", "TR", "IR", "org:UN"]}, "asserted",
         "2017-01-23/2017-01-24"),
        ("وفي 4 أيار/مايو 2017 تم التوقيع", "agreement.signed",
         {"parties": ["RU", "TR", "IR"], "instrument": "instrument:de-escalation-memorandum"}, "asserted",
         "2017-05-04"),
        ("ولم يتم التوقيع على المذكرة", "agreement.signed",
         {"parties": ["SY"], "instrument": "instrument:de-escalation-memorandum"}, "negated", "2017-05-04"),
        ("ويحضر الأردن جولات المسار", "participation", {"participant": "JO", "series": "series:astana-process"},
         "asserted", "2017/.."),
        ("وانضم إليه العراق ولبنان", "participation", {"participant": ["IQ", "LB"], "series": "series:astana-process"},
         "asserted", "2019-08"),
    ],
    "iq_engineers_council": [
        ("ففي آب 2003 أرسلت كازاخستان", "peacekeeping", {"contributor": "KZ", "location": "IQ"}, "asserted", "2003-08"),
        ("خلال عضوية البلاد غير الدائمة", "office.held",
         {"holder": "KZ", "body": "org:UNSC", "office": "non_permanent_member"}, "asserted", "2017/2018"),
        ("وكانت الجمعية العامة قد انتخبت", "office.held",
         {"holder": "KZ", "body": "org:UNSC", "office": "non_permanent_member"}, "asserted", "2016-06"),
        ("وترأست كازاخستان المجلس", "office.held", {"holder": "KZ", "body": "org:UNSC", "office": "chair"}, "asserted",
         "2018-01"),
    ],
    "lb_unifil_golan": [
        ("هؤلاء أفراد من الكتيبة الكازاخستانية", "peacekeeping",
         {"contributor": "KZ", "operation": "org:UN", "location": "LB"}, "asserted", None),
        ("بدأت كازاخستان عام 2018 إرسال", "peacekeeping", {"contributor": "KZ", "operation": "org:UN", "location": "LB"},
         "asserted", "2018"),
        ("وفي العام الماضي قررت أستانا", "peacekeeping",
         {"contributor": "KZ", "operation": "org:UN", "location": "place:golan-heights"}, "planned", "2024"),
        ("- يشارك لبنان بصفة مراقب", "participation", {"participant": "LB", "series": "series:astana-process"},
         "asserted", "2019-08/.."),
        ("تجربتها في مجلس الأمن بين 2017 و2018", "office.held",
         {"holder": "KZ", "body": "org:UNSC", "office": "non_permanent_member"}, "asserted", "2017/2018"),
        ("وتؤكد دعمها للجهود الأممية", "support.expressed", {"source": "KZ", "target": "LB"}, "asserted", None),
    ],
    "sa_relations_1994": [
        ("وقع البلدان في 20 أبريل 1994", "relations.established", {"parties": ["SA", "KZ"]}, "asserted", "1994-04-20"),
        ("وقع البلدان في 20 أبريل 1994", "independence", {"state": "KZ"}, "asserted", None),
        ("قام الرئيس نور سلطان نزارباييف بزيارة", "visit",
         {"visitor": NAZ, "visitor_state": "KZ", "host_state": "SA", "level": HOS}, "asserted",
         "1994-09-25/1994-09-28"),
        ("قام الرئيس نور سلطان نزارباييف بزيارة", "talks",
         {"parties": ["KZ", "SA"], "channel": "meeting", "level": HOS}, "asserted", "1994-09-25/1994-09-28"),
        ("منذ انضمامها إليها عام 1995", "membership.joined", {"member": "KZ", "body": "org:OIC"}, "asserted", "1995"),
        ("وفي يوليو 2023 استضافت مدينة جدة", "hosting",
         {"host": "SA", "series": "series:gcc-central-asia-summit", "participants": ["org:GCC", "KZ", "UZ", "KG", "TJ", "TM"]},
         "asserted", "2023-07"),
        ("وفي يوليو 2023 استضافت مدينة جدة", "participation",
         {"participant": "KZ", "series": "series:gcc-central-asia-summit", "location": "place:jeddah"}, "asserted",
         "2023-07"),
    ],
    "gulf_visits_1990s": [
        ("عندما استقلت كازاخستان", "independence", {"state": "KZ"}, "asserted", "1991-12-16"),
        ("فقد كانت سلطنة عمان أول دولة", "recognition", {"source": "OM", "target": "KZ"}, "asserted", "1992-01"),
        ("وفي العام نفسه أقامت مملكة البحرين", "relations.established", {"parties": ["BH", "KZ"]}, "asserted",
         "1992-05-28"),
        ("قام الرئيس نازارباييف بزيارة رسمية إلى البحرين", "visit",
         {"visitor": NAZ, "visitor_state": "KZ", "host_state": "BH", "level": HOS}, "asserted", "1997-09"),
        ("قام الرئيس نازارباييف بزيارة رسمية إلى البحرين", "agreement.signed", {"parties": ["BH", "KZ"]}, "asserted",
         None),
        ("- زيارة الرئيس نزارباييف إلى دولة قطر", "visit",
         {"visitor": NAZ, "visitor_state": "KZ", "host_state": "QA", "level": HOS}, "asserted", "1998-05"),
        ("- زيارة الرئيس الكازاخستاني إلى دولة الإمارات", "visit",
         {"visitor": NAZ, "visitor_state": "KZ", "host_state": "AE", "level": HOS}, "asserted", "1998"),
        ("- زيارة ثانية إلى الإمارات", "visit",
         {"visitor": NAZ, "visitor_state": "KZ", "host_state": "AE", "level": HOS}, "asserted", "2000"),
        ("وهكذا زار نزارباييف", "visit", {"visitor": NAZ, "visitor_state": "KZ", "host_state": "QA", "level": HOS},
         "asserted", "1998"),
        ("وهكذا زار نزارباييف", "visit", {"visitor": NAZ, "visitor_state": "KZ", "host_state": "AE", "level": HOS},
         "asserted", "1998"),
        ("ووقع البلدان عددا كبيرا من الاتفاقيات", "agreement.signed", {"parties": ["AE", "KZ"]}, "asserted", None),
        ("كما شاركت الإمارات بجناح", "participation", {"participant": "AE", "series": "series:expo-2017",
                                                       "location": "KZ"}, "asserted", "2017-06/2017-09"),
        ("كما شاركت الإمارات بجناح", "hosting", {"host": "KZ", "series": "series:expo-2017"}, "asserted",
         "2017-06/2017-09"),
        ("كما شاركت الإمارات بجناح", "hosting", {"host": "AE", "series": "series:expo-2020",
                                                 "location": "place:dubai"}, "asserted", None),
    ],
    "kw_om_background": [
        ("أن سلطنة عمان كانت أول دولة عربية", "recognition", {"source": "OM", "target": "KZ"}, "asserted", "1992"),
        ("قام بزيارة إلى البحرين في أكتوبر 1997", "visit",
         {"visitor": NAZ, "visitor_state": "KZ", "host_state": "BH", "level": HOS}, "asserted", "1997-10"),
        ("وشاركت الكويت وسلطنة عمان في قمة جدة", "participation",
         {"participant": ["KW", "OM", "KZ"], "series": "series:gcc-central-asia-summit", "location": "place:jeddah"},
         "asserted", "2023-07"),
        ("ومن المقرر أن تعقد القمة الثانية", "hosting", {"host": "UZ", "series": "series:gcc-central-asia-summit",
                                                  "location": "place:samarkand"},
         "planned", None),
    ],
    "eg_relations_oic": [
        ("أقامت مصر وكازاخستان علاقاتهما", "relations.established", {"parties": ["EG", "KZ"]}, "asserted", "1992"),
        ("انضمت كازاخستان إلى منظمة المؤتمر الإسلامي", "membership.joined", {"member": "KZ", "body": "org:OIC"},
         "asserted", "1995"),
        ("وقد ترأست كازاخستان مجلس وزراء خارجية", "office.held",
         {"holder": "KZ", "body": "org:OIC", "office": "chair"}, "asserted", "2011-06-28/2011-06-30"),
        ("وقد ترأست كازاخستان مجلس وزراء خارجية", "hosting", {"host": "KZ", "series": "org:OIC"}, "asserted",
         "2011-06-28/2011-06-30"),
        ("استضافت أستانا أول قمة لمنظمة التعاون", "hosting", {"host": "KZ", "series": "series:oic-summit"}, "asserted",
         "2017-09"),
    ],
    "tr_ir_ots_sco": [
        ("كانت تركيا أول دولة في العالم تعترف", "recognition", {"source": "TR", "target": "KZ"}, "asserted",
         "1991-12-16"),
        ("كانت تركيا أول دولة في العالم تعترف", "independence", {"state": "KZ"}, "asserted", "1991-12-16"),
        ("تأسس باتفاقية نخجوان عام 2009", "agreement.signed", {"instrument": "instrument:nakhchivan-agreement"},
         "asserted", "2009"),
        ("ثم تحول في نوفمبر 2021 خلال قمة إسطنبول", "hosting", {"host": "TR", "series": "org:OTS"}, "asserted",
         "2021-11"),
        ("وفي 3 نوفمبر 2023 استضافت أستانا", "hosting", {"host": "KZ", "series": "org:OTS"}, "asserted", "2023-11-03"),
        ("وفي 3 نوفمبر 2023 استضافت أستانا", "office.held", {"holder": "KZ", "body": "org:OTS", "office": "chair"},
         "asserted", "2023-11-03"),
        ("وفي الفترة 2023-2024 ترأست كازاخستان", "office.held", {"holder": "KZ", "body": "org:SCO", "office": "chair"},
         "asserted", "2023/2024"),
        ("وفي الفترة 2023-2024 ترأست كازاخستان", "membership.joined", {"member": "IR", "body": "org:SCO"}, "asserted",
         "2023-07-04"),
        ("واستضافت أستانا قمة المنظمة يومي", "hosting", {"host": "KZ", "series": "org:SCO", "participants": ["IR"]},
         "asserted", "2024-07-03/2024-07-04"),
        ("واستضافت أستانا قمة المنظمة يومي", "participation", {"participant": "IR", "series": "org:SCO",
                                                              "location": "KZ"}, "asserted", "2024-07-03/2024-07-04"),
    ],
    "il_abraham_accords": [
        ("أقامت كازاخستان وإسرائيل علاقاتهما", "relations.established", {"parties": ["KZ", "IL"]}, "asserted",
         "1992-04-10"),
        ("وفي ديسمبر 2016 قام رئيس الوزراء", "visit",
         {"visitor": NET, "visitor_state": "IL", "host_state": "KZ", "location": "KZ", "level": "head_of_government"},
         "asserted", "2016-12"),
        ("وفي ديسمبر 2016 قام رئيس الوزراء", "talks", {"parties": ["IL", "KZ"], "channel": "meeting",
                                                       "level": "head_of_state"}, "asserted", "2016-12"),
        ("ووقع الجانبان خلال الزيارة", "agreement.signed", {"parties": ["IL", "KZ"]}, "asserted", "2016-12"),
        ("وفي نوفمبر 2025 أعلنت كازاخستان عزمها", "membership.joined",
         {"member": "KZ", "body": "instrument:abraham-accords"}, "intended", "2025-11"),
        ("وجاء الإعلان خلال زيارة الرئيس", "visit",
         {"visitor": TOK, "visitor_state": "KZ", "host_state": "US", "location": "US", "level": HOS}, "asserted",
         "2025-11"),
        ("وجاء الإعلان خلال زيارة الرئيس", "participation",
         {"participant": "KZ", "series": "series:c5-us-summit", "location": "US"}, "asserted", "2025-11"),
        ("تؤكد الخارجية الكازاخستانية أن موقف", "support.expressed", {"source": "KZ", "target": "PS"}, "asserted",
         None),
    ],
    "il_netanyahu_visit_cp1256": [
        ("من المقرر أن يزور رئيس الوزراء", "visit",
         {"visitor": NET, "visitor_state": "IL", "host_state": "KZ", "location": "KZ", "level": "head_of_government"},
         "planned", "2016-12"),
        ("من المقرر أن يزور رئيس الوزراء", "visit",
         {"visitor": NET, "visitor_state": "IL", "host_state": "AZ", "level": "head_of_government"}, "planned",
         "2016-12"),
        ("منذ أن أقام البلدان علاقات دبلوماسية", "relations.established", {"parties": ["IL", "KZ"]}, "asserted",
         "1992-04"),
        ("وقد سبق للرئيس نازارباييف", "visit", {"visitor": NAZ, "visitor_state": "KZ", "host_state": "IL",
                                                "level": HOS}, "asserted", None),
        ("قبل أسابيع قليلة من بدء عضوية كازاخستان", "office.held",
         {"holder": "KZ", "body": "org:UNSC", "office": "non_permanent_member"}, "planned", "2017"),
        ("فكازاخستان تعترف بدولة فلسطين", "recognition", {"source": "KZ", "target": "PS"}, "asserted", None),
        ("فكازاخستان تعترف بدولة فلسطين", "support.expressed", {"source": "KZ", "target": "PS"}, "asserted", None),
        ("فكازاخستان تعترف بدولة فلسطين", "aid", {"donor": "KZ", "recipients": ["PS"], "kind": "humanitarian"},
         "asserted", None),
    ],
    "multilateral_cica_religions": [
        ("اقترح الرئيس نورسلطان نازارباييف عقد مؤتمر", "participation",
         {"participant": "KZ", "series": "org:UN", "location": "US"}, "asserted", "1992-10-05"),
        ("وعقدت القمة الأولى للمؤتمر في ألماتي", "hosting",
         {"host": "KZ", "series": "series:cica-summit", "location": "place:almaty"}, "asserted", "2002-06"),
        ("وفي أكتوبر 2022 استضافت أستانا القمة", "hosting", {"host": "KZ", "series": "series:cica-summit"}, "asserted",
         "2022-10"),
        ("وفي أكتوبر 2022 استضافت أستانا القمة", "participation",
         {"participant": "QA", "series": "series:cica-summit", "location": "KZ"}, "asserted", "2022-10"),
        ("تحتضن العاصمة الكازاخستانية منذ عام 2003", "hosting",
         {"host": "KZ", "series": "series:congress-world-religions"}, "asserted", "2003/.."),
        ("وعقد المؤتمر الأول في سبتمبر 2003", "hosting", {"host": "KZ", "series": "series:congress-world-religions"},
         "asserted", "2003-09"),
        ("حضر شيخ الأزهر", "participation", {"participant": ["EG", "VA"], "series": "series:congress-world-religions",
                                             "location": "KZ"}, "asserted", "2022-09"),
        ("انتخبت الجمعية العامة كازاخستان في 28 يونيو 2016", "office.held",
         {"holder": "KZ", "body": "org:UNSC", "office": "non_permanent_member"}, "asserted", "2016-06-28"),
        ("ففي عام 2010 خصصت كازاخستان", "aid", {"donor": "KZ", "recipients": ["AF"], "kind": "education"}, "asserted",
         "2010"),
        ("ففي عام 2010 خصصت كازاخستان", "aid", {"donor": "KZ", "recipients": ["AF"], "kind": "humanitarian"},
         "asserted", None),
    ],
}

# doc -> [(surface form, id, kind, occurrence or None for all)]
ENTITIES: dict[str, list[tuple[str, str, str, int | None]]] = {
    "ma_embassy_rabat": [
        ("الرباط", "MA", "state", None), ("أستانا", "KZ", "state", None), ("المغرب", "MA", "state", None),
        ("كازاخستان", "KZ", "state", None), ("ناصر بوريطة", "person:nasser-bourita", "person", None),
        ("مختار تلوبردي", "person:mukhtar-tileuberdi", "person", None),
        ("منظمة التعاون الإسلامي", "org:OIC", "org", None),
        ("المنظمة الإسلامية للأمن الغذائي", "org:IOFS", "org", None),
        ("اتفاقيات أبراهام", "instrument:abraham-accords", "instrument", None),
        ("موقع سيميبالاتينسك للتجارب النووية", "place:semipalatinsk-test-site", "place", None),
        ("توكاييف", "person:kassym-jomart-tokayev", "person", None), ("جدة", "place:jeddah", "place", None),
    ],
    "sa_relations_1994": [
        ("المملكة العربية السعودية", "SA", "state", None), ("كازاخستان", "KZ", "state", None),
        ("الرياض", "SA", "state", None), ("نور سلطان نزارباييف", NAZ, "person", None),
        ("الملك فهد بن عبد العزيز", "person:fahd-bin-abdulaziz", "person", None),
        ("منظمة التعاون الإسلامي", "org:OIC", "org", None), ("جدة", "place:jeddah", "place", None),
        ("مجلس التعاون لدول الخليج العربية", "org:GCC", "org", None),
        ("قاسم جومارت توكاييف", TOK, "person", None), ("أوزبكستان", "UZ", "state", None),
        ("قرغيزستان", "KG", "state", None), ("طاجيكستان", "TJ", "state", None), ("تركمانستان", "TM", "state", None),
        ("جمهورية كازاخستان", "KZ", "state", None), ("السعودية", "SA", "state", None),
    ],
    "gulf_visits_1990s": [
        ("كازاخستان", "KZ", "state", None), ("سلطنة عمان", "OM", "state", None), ("مملكة البحرين", "BH", "state", None),
        ("البحرين", "BH", "state", None), ("نازارباييف", NAZ, "person", None), ("نزارباييف", NAZ, "person", None),
        ("دولة قطر", "QA", "state", None), ("قطر", "QA", "state", None),
        ("دولة الإمارات العربية المتحدة", "AE", "state", None), ("الإمارات", "AE", "state", None),
        ("أستانا", "KZ", "state", None), ("ألماتي", "place:almaty", "place", None), ("دبي", "place:dubai", "place", None),
        ("أبوظبي", "AE", "state", None),
        ("إكسبو 2017", "series:expo-2017", "series", None),
    ],
    "il_abraham_accords": [
        ("كازاخستان", "KZ", "state", None), ("إسرائيل", "IL", "state", None),
        ("اتفاقيات أبراهام", "instrument:abraham-accords", "instrument", None),
        ("بنيامين نتنياهو", NET, "person", None), ("أستانا", "KZ", "state", None),
        ("نور سلطان نزارباييف", NAZ, "person", None), ("دونالد ترامب", "person:donald-trump", "person", None),
        ("قاسم جومارت توكاييف", TOK, "person", None), ("واشنطن", "US", "state", None),
        ("السوفياتية", "SU", "state", None), ("الأمريكي", "US", "state", None), ("فلسطينية", "PS", "state", None),
        ("الدولة العبرية", "IL", "state", None),
    ],
    "sy_astana_process": [
        ("كازاخستان", "KZ", "state", None), ("مسار أستانا", "series:astana-process", "series", None),
        ("روسيا", "RU", "state", None), ("تركيا", "TR", "state", None), ("إيران", "IR", "state", None),
        ("الأردن", "JO", "state", None), ("العراق", "IQ", "state", None), ("لبنان", "LB", "state", None),
        ("الأمم المتحدة", "org:UN", "org", None), ("سوريا", "SY", "state", None), ("السورية", "SY", "state", None),
        ("السوري", "SY", "state", None), ("دمشق", "SY", "state", None), ("أستانا", "KZ", "state", None),
        ("بيروت", "LB", "state", None), ("نور سلطان", "KZ", "state", None),
    ],
}


def sentence_span(text: str, anchor: str, doc: str) -> list[int]:
    """The span of the one sentence holding ``anchor`` (which must occur exactly once)."""
    if text.count(anchor) != 1:
        raise SystemExit(f"{doc}: anchor occurs {text.count(anchor)} times: {anchor}")
    at = text.index(anchor)
    for sentence in split_sentences(text):
        if sentence.start <= at and at + len(anchor) <= sentence.end:
            return [sentence.start, sentence.end]
    raise SystemExit(f"{doc}: anchor crosses a sentence boundary: {anchor}")


PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}
NISBA_ENDINGS = ("ي", "ية", "يون", "يين", "يان", "يتان", "يتين")


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Spans of ``form`` as a word: after proclitics (و ف ب ل ك), or as a nisba (الكازاخستانية, whole word)."""
    spans, at = [], text.find(form)
    while at >= 0:
        word_start = at
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word_end = at + len(form)
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        prefix, suffix = text[word_start:at], text[at + len(form):word_end]
        if suffix == "" and prefix in PROCLITICS:
            spans.append((at, at + len(form)))
        elif suffix in NISBA_ENDINGS and (prefix in PROCLITICS or (prefix[-2:] == "ال" and prefix[:-2] in PROCLITICS)):
            spans.append((at - 2 if prefix.endswith("ال") else at, word_end))
        at = text.find(form, at + 1)
    return spans


def entity_rows(doc: str, text: str) -> list[dict]:
    """Gold mentions for one document, longest form first and without overlaps, sorted by start."""
    taken: list[tuple[int, int]] = []
    rows = []
    for form, entity, kind, which in sorted(ENTITIES[doc], key=lambda e: -len(e[0])):
        spans = occurrences(text, form)
        if not spans:
            raise SystemExit(f"{doc}: no mention {form}")
        for start, end in spans if which is None else [spans[which - 1]]:
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            rows.append({"doc": doc, "start": start, "end": end, "text": text[start:end], "id": entity, "kind": kind})
    return sorted(rows, key=lambda r: r["start"])


def main() -> None:
    texts = {p.stem: read_file(p).text for p in corpus_dir().iterdir() if p.stem in EVENTS}
    missing = set(EVENTS) - set(texts)
    if missing:
        raise SystemExit(f"no such demo documents: {sorted(missing)}")
    out_events = ROOT / "tests" / "gold" / "events"
    out_entities = ROOT / "tests" / "gold" / "entities"
    total = 0
    for doc, specs in EVENTS.items():
        lines = []
        for anchor, kind, roles, modality, date in specs:
            event = {"doc": doc, "type": kind, "roles": roles, "modality": modality, "date": date,
                     "sentence": sentence_span(texts[doc], anchor, doc)}
            lines.append(json.dumps(event, ensure_ascii=False))
        (out_events / f"{doc}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        total += len(lines)
    for doc in ENTITIES:
        rows = entity_rows(doc, texts[doc])
        (out_entities / f"{doc}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{total} gold events in {len(EVENTS)} documents; entities for {len(ENTITIES)} documents")


if __name__ == "__main__":
    main()
