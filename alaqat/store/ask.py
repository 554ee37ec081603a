"""Questions in Arabic or English answered from the facts, with the sentences that say so.

The question's intent comes from the patterns of ``lang/<lang>/questions.tsv``, its entities from the gazetteer,
a year from its digits. When no fact answers, alaqat says so plainly and offers the best-matching passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from alaqat.lang import LANG_ROOT, read_tsv_dicts
from alaqat.normalize import normalize_key
from alaqat.store import edtf
from alaqat.store.describe import describe, name_of, phrases
from alaqat.store.facts import Fact

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
MAX_PASSAGES = 5


@dataclass
class Answer:
    answer: str
    value: Any = None
    citations: list[dict[str, Any]] = field(default_factory=list)
    passages: list[dict[str, Any]] = field(default_factory=list)
    intent: str | None = None
    known: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"answer": self.answer, "value": self.value, "citations": self.citations, "passages": self.passages,
                "intent": self.intent, "known": self.known}


@cache
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(r["intent"], re.compile(r["pattern"])) for r in read_tsv_dicts(LANG_ROOT / lang / "questions.tsv")]


def _cite(fact: Fact) -> list[dict[str, Any]]:
    return [{"doc": c.doc, "sentence": list(c.sentence), "text": c.text, "date": c.date} for c in fact.claims]


def _intent(question: str, lang: str) -> str | None:
    key = normalize_key(question) if lang == "ar" else question.lower()
    return next((intent for intent, pattern in _patterns(lang) if pattern.search(key)), None)


def answer(kb: KnowledgeBase, question: str) -> Answer:
    lang = "ar" if _ARABIC.search(question) else "en"
    intent = _intent(question, lang)
    ids = [e.id for e in kb.gazetteer.search_name(question, in_order=True)]
    year = int(m.group(1)) if (m := _YEAR.search(question)) else None
    handler = HANDLERS.get(intent or "")
    result = handler(kb, ids, year, lang) if handler else None
    if result is None:
        passages = [h.to_json() for h in kb.search(question, limit=MAX_PASSAGES, any_term=True)]
        return Answer(phrases(lang)["answers"]["unknown"], None, [], passages, intent, known=False)
    result.intent = intent
    return result


def _asserted(facts: list[Fact]) -> list[Fact]:
    """What the sources say happened: a planned, intended or denied visit is no answer to "who visited"."""
    return [f for f in facts if f.modality == "asserted"]


def _states(kb: KnowledgeBase, ids: list[str]) -> list[str]:
    return [i for i in ids if kb.gazetteer.get(i) and kb.gazetteer.get(i).kind == "state"]


def _dates(facts: list[Fact]) -> str:
    return ", ".join(sorted({c.date or "?" for f in facts for c in f.claims}))


def _relations(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    states = _states(kb, ids)
    if len(states) < 2:
        return None
    a, b = states[:2]
    facts = kb.facts([a, b], type="relations.established")
    if not facts:
        return None
    fact, words = facts[0], phrases(lang)["answers"]
    names = {"a": name_of(a, kb.gazetteer, lang), "b": name_of(b, kb.gazetteer, lang)}
    if fact.status == "conflict":
        return Answer(words["relations_conflict"].format(dates=_dates([fact]), **names), None, _cite(fact))
    if not fact.date:
        return None
    return Answer(words["relations"].format(date=fact.date, **names), fact.date, _cite(fact))


def _independence(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    states = _states(kb, ids)
    if not states:
        return None
    facts = [f for f in kb.facts([states[0]], type="independence") if f.roles.get("state") == states[0]]
    if not facts:
        return None
    fact, words = facts[0], phrases(lang)["answers"]
    a = name_of(states[0], kb.gazetteer, lang)
    if fact.status == "conflict":
        return Answer(words["independence_conflict"].format(a=a, dates=_dates([fact])), None, _cite(fact))
    return Answer(words["independence"].format(a=a, date=fact.date), fact.date, _cite(fact)) if fact.date else None


def _recognized_first(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    states = _states(kb, ids)
    if not states:
        return None
    facts = [f for f in _asserted(kb.facts([states[0]], type="recognition"))
             if f.roles.get("target") == states[0] and f.date]
    if not facts:
        return None
    first = min(facts, key=lambda f: edtf.sort_key(f.date))
    source = first.roles.get("source")
    text = phrases(lang)["answers"]["recognized_first"].format(
        a=name_of(states[0], kb.gazetteer, lang), b=name_of(source, kb.gazetteer, lang), date=first.date)
    return Answer(text, source, _cite(first))


def _visit_facts(kb: KnowledgeBase, visitor: str, year: int | None) -> list[Fact]:
    facts = _asserted(kb.facts([visitor], type="visit"))
    facts = [f for f in facts if visitor in (f.roles.get("visitor"), f.roles.get("visitor_state"))]
    if year is not None:
        facts = [f for f in facts if edtf.year_of(f.date) == year]
    return facts


def _visits(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    if len(ids) < 2:
        return _visits_of(kb, ids, year, lang)
    visitor, host = ids[0], kb.gazetteer.state_of(ids[1]) or ids[1]
    facts = [f for f in _visit_facts(kb, visitor, year) if f.roles.get("host_state") == host]
    if not facts:
        return None
    items = _sep(lang).join(f.date or phrases(lang)["sections"]["undated"] for f in facts)
    text = phrases(lang)["answers"]["visits"].format(a=name_of(visitor, kb.gazetteer, lang),
                                                     b=name_of(host, kb.gazetteer, lang), items=items)
    return Answer(text, [f.date for f in facts], [c for f in facts for c in _cite(f)])


def _visits_of(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    if not ids:
        return None
    facts = _visit_facts(kb, ids[0], year)
    if not facts:
        return None
    hosts = list(dict.fromkeys(f.roles.get("host_state") for f in facts if f.roles.get("host_state")))
    items = _sep(lang).join(f"{name_of(f.roles['host_state'], kb.gazetteer, lang)} ({f.date or '?'})" for f in facts
                      if f.roles.get("host_state"))
    text = phrases(lang)["answers"]["visits_of"].format(a=name_of(ids[0], kb.gazetteer, lang), items=items)
    return Answer(text, hosts, [c for f in facts for c in _cite(f)])


def _joined(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    states = _states(kb, ids)
    bodies = [i for i in ids if i.startswith(("org:", "instrument:"))]
    if not states or not bodies:
        return None
    every = kb.facts([states[0], bodies[0]], type="membership.joined")
    facts = [f for f in _asserted(every) if f.date]
    if not facts:
        return _not_asserted(kb, every, lang)
    text = phrases(lang)["answers"]["joined"].format(a=name_of(states[0], kb.gazetteer, lang),
                                                     b=name_of(bodies[0], kb.gazetteer, lang), date=facts[0].date)
    return Answer(text, facts[0].date, _cite(facts[0]))


def _not_asserted(kb: KnowledgeBase, facts: list[Fact], lang: str) -> Answer | None:
    """What the sources say short of "it happened" (an intention, a plan, a denial), said as such."""
    others = [f for f in facts if f.modality != "asserted"]
    if not others:
        return None
    text = phrases(lang)["answers"]["not_asserted"].format(items=_described(kb, others, lang))
    return Answer(text, None, _cites(others))


def _memberships(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    """The organizations and treaties a state joined (in a year), in date order."""
    states = _states(kb, ids)
    if not states:
        return None
    facts = [f for f in _asserted(kb.facts([states[0]], type="membership.joined"))
             if states[0] in _as_list(f.roles.get("member")) and f.roles.get("body")]
    facts = _in_year_in_order(facts, year)
    if not facts:
        return None
    items = _sep(lang).join(f"{name_of(f.roles['body'], kb.gazetteer, lang)} ({f.date or '?'})" for f in facts)
    text = phrases(lang)["answers"]["memberships"].format(a=name_of(states[0], kb.gazetteer, lang), items=items)
    return Answer(text, [f.roles["body"] for f in facts], _cites(facts))


def _mediations(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    """Who mediated between the states the question names (or what a named state mediated), in date order."""
    states = _states(kb, [kb.gazetteer.state_of(i) or i for i in ids])
    if not states:
        return None
    facts = [f for f in _asserted(kb.facts(states[:1], type="mediation")) if set(states) <= set(f.participants)]
    facts = _in_year_in_order(facts, year)
    if not facts:
        return None
    text = phrases(lang)["answers"]["mediations"].format(items=_described(kb, facts, lang))
    return Answer(text, [f.roles.get("mediator") for f in facts], _cites(facts))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _in_year_in_order(facts: list[Fact], year: int | None) -> list[Fact]:
    """The facts of ``year`` (all when None), in date order, undated last."""
    kept = [f for f in facts if year is None or edtf.year_of(f.date) == year]
    return sorted(kept, key=lambda f: edtf.sort_key(f.date))


def _described(kb: KnowledgeBase, facts: list[Fact], lang: str, separator: str | None = None) -> str:
    """Each fact in words, its modality when not asserted, and its date: «… (negated) (?)»."""
    return (separator or _sep(lang)).join(
        f"{describe(f.type, f.roles, kb.gazetteer, lang, f.modality)} ({f.date or '?'})" for f in facts)


def _cites(facts: list[Fact]) -> list[dict[str, Any]]:
    return [c for f in facts for c in _cite(f)]


def _agreements(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    states = _states(kb, ids)
    if len(states) < 2:
        return None
    facts = kb.facts(states[:2], type="agreement.signed")
    if not facts:
        return None
    items = _described(kb, facts, lang, "؛ " if lang == "ar" else "; ")
    signed = any(f.modality == "asserted" for f in facts)
    template = phrases(lang)["answers"]["agreements" if signed else "agreements_none"]
    text = template.format(a=name_of(states[0], kb.gazetteer, lang), b=name_of(states[1], kb.gazetteer, lang),
                           items=items)
    return Answer(text, [f.date for f in facts], _cites(facts))


def _mission(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    """When a state first opened a mission in another (the sender is the first state the question names)."""
    states = list(dict.fromkeys(kb.gazetteer.state_of(i) or i for i in ids))
    states = _states(kb, states)
    if len(states) < 2:
        return None
    sender, host = states[:2]
    facts = [f for f in _asserted(kb.facts([sender, host], type="mission.opened"))
             if f.roles.get("sender") == sender and f.roles.get("host") == host]
    if not facts:
        return None
    fact, words = facts[0], phrases(lang)["answers"]
    what = describe(fact.type, fact.roles, kb.gazetteer, lang)
    if fact.status == "conflict":
        return Answer(words["mission_conflict"].format(what=what, dates=_dates([fact])), None, _cite(fact))
    if not fact.date:
        return None
    return Answer(words["mission"].format(what=what, date=fact.date), fact.date, _cite(fact))


def _visitors(kb: KnowledgeBase, ids: list[str], year: int | None, lang: str) -> Answer | None:
    """Who visited a state (in a year): the visitors of the visit facts whose host is that state."""
    states = _states(kb, [kb.gazetteer.state_of(i) or i for i in ids])
    if not states:
        return None
    host = states[0]
    facts = [f for f in _asserted(kb.facts([host], type="visit")) if f.roles.get("host_state") == host]
    if year is not None:
        facts = [f for f in facts if edtf.year_of(f.date) == year]
    facts = [f for f in facts if f.roles.get("visitor") or f.roles.get("visitor_state")]
    if not facts:
        return None
    visitors = [f.roles.get("visitor") or f.roles.get("visitor_state") for f in facts]
    items = _sep(lang).join(f"{name_of(v, kb.gazetteer, lang)} ({f.date or '?'})"
                            for v, f in zip(visitors, facts, strict=True))
    text = phrases(lang)["answers"]["visitors"].format(a=name_of(host, kb.gazetteer, lang), items=items)
    return Answer(text, list(dict.fromkeys(str(v) for v in visitors)), [c for f in facts for c in _cite(f)])


HANDLERS = {"relations": _relations, "independence": _independence, "recognized_first": _recognized_first,
            "visits": _visits, "visits_of": _visits_of, "joined": _joined, "memberships": _memberships,
            "agreements": _agreements, "mission": _mission, "visitors": _visitors, "mediations": _mediations}


def _sep(lang: str) -> str:
    return "، " if lang == "ar" else ", "
