"""The answer in words, value and citations, from the selected facts and the shape the question asked for.

Rules an answer keeps: every value comes from a fact it cites; a plan, an intention or a denial is said as
such; sources that disagree are shown with each alternative (compatible dates counted as one); "the base does
not say" is never turned into "no" (only a denial is a no).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from alaqat.store import edtf
from alaqat.store.describe import describe, name_of, phrases, type_name, when
from alaqat.store.facts import Fact
from alaqat.store.questions.frames import BEGINNINGS, frame_of
from alaqat.store.questions.parse import ParsedQuestion
from alaqat.store.questions.select import FUTURE, Candidate, Selection, _values

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

MAX_ITEMS = 20  # facts worded in an answer; the rest are counted and listed in ``facts``
MAX_FACTS = 200  # facts an answer carries (and cites); a bigger answer says how many there were in all


@dataclass
class Composed:
    status: str  # answered, conflict, undated, not_asserted, none
    text: str
    value: Any = None
    used: list[Fact] = field(default_factory=list)
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    related: list[Fact] = field(default_factory=list)
    total: int = 0  # facts that answer, when more than the MAX_FACTS carried

    def __post_init__(self) -> None:
        if len(self.used) > MAX_FACTS:
            self.total, self.used = len(self.used), self.used[:MAX_FACTS]
        self.related = self.related[:MAX_FACTS]


class Words:
    """The answer phrases of one language (``phrases.json``, section ``ask``) and the wording helpers."""

    def __init__(self, kb: KnowledgeBase, lang: str):
        self.kb, self.lang = kb, lang
        self.p = phrases(lang)["ask"]

    def __getitem__(self, key: str) -> str:
        return self.p[key]

    def sep(self) -> str:
        return "؛ " if self.lang == "ar" else "; "

    def names(self, ids: list[str]) -> str:
        return ("، " if self.lang == "ar" else ", ").join(name_of(i, self.kb.names, self.lang) for i in ids)

    def fact(self, fact: Fact) -> str:
        when = self.alternatives(fact) if fact.status == "conflict" else (fact.date or self.p["no_date"])
        return f"{describe(fact.type, fact.roles, self.kb.names, self.lang, fact.modality)} ({when})"

    def facts(self, facts: list[Fact]) -> str:
        text = self.sep().join(self.fact(f) for f in facts[:MAX_ITEMS])
        return text + (self.p["more"].format(n=len(facts) - MAX_ITEMS) if len(facts) > MAX_ITEMS else "")

    def alternatives(self, fact: Fact) -> str:
        return when(fact, self.lang) or self.p["no_date"]


def compose(kb: KnowledgeBase, parsed: ParsedQuestion, selection: Selection) -> Composed:
    words = Words(kb, parsed.lang)
    answering, pending = _by_modality(selection.fits, parsed.modality)
    disputed, _ = _by_modality(selection.disputed, parsed.modality)
    if parsed.order:
        answering = _extreme(answering, parsed.order)
    if not answering and not disputed:
        return _without_answer(words, parsed, pending, selection)
    if parsed.shape == "yesno":
        result = _yes_no(words, answering, disputed)
    elif parsed.shape == "date":
        result = _dates(words, parsed, answering, disputed)
    else:
        result = _entities(words, parsed, answering, disputed)
    if pending:
        result.text += words["pending"].format(items=words.facts([c.fact for c in pending]))
        result.used += [c.fact for c in pending]
    return result


def _by_modality(candidates: list[Candidate], asked: str | None) -> tuple[list[Candidate], list[Candidate]]:
    """The facts that answer what is asked (done, or planned when a plan is asked about) and the others."""
    if asked in FUTURE:
        answering = [c for c in candidates if c.done or c.modalities & FUTURE]
    elif asked == "negated":
        answering = [c for c in candidates if "negated" in c.modalities]
    else:
        answering = [c for c in candidates if c.done]
    taken = {id(c) for c in answering}
    return answering, [c for c in candidates if id(c) not in taken]


def _first_day(candidate: Candidate) -> tuple[int, str]:
    first = candidate.fact.first_date
    return edtf.sort_key(first) if first else (1, "")


def _extreme(candidates: list[Candidate], order: str) -> list[Candidate]:
    """The earliest (or latest) dated facts, ties kept."""
    dated = [c for c in candidates if c.fact.alternatives]
    if not dated:
        return candidates
    pick = min if order == "first" else max
    best = pick(_first_day(c) for c in dated)
    return [c for c in dated if _first_day(c) == best]


def _without_answer(words: Words, parsed: ParsedQuestion, pending: list[Candidate], selection: Selection
                    ) -> Composed:
    facts = [c.fact for c in pending]
    if pending and all(c.denied for c in pending):
        if parsed.shape == "yesno":
            return Composed("answered", words["no"].format(items=words.facts(facts)), "no", facts)
        names = words.names([p.id for p in parsed.parts])
        text = words["denied"].format(type=type_name(parsed.type or "", parsed.lang), names=names,
                                      items=words.facts(facts))
        return Composed("not_asserted", text, None, facts)
    if pending:
        return Composed("not_asserted", words["not_asserted"].format(items=words.facts(facts)), None, facts)
    return _none(words, parsed, [c.fact for c in selection.near])


def _none(words: Words, parsed: ParsedQuestion, related: list[Fact]) -> Composed:
    about = [type_name(parsed.type, parsed.lang)] if parsed.type else []
    about += [name_of(p.id, words.kb.names, parsed.lang) for p in parsed.parts]
    if parsed.time:
        about.append(parsed.time.text)
    text = words["none"].format(about=words.sep().join(about))
    if related:
        text += words["related"].format(items=words.facts(related))
    return Composed("none", text, None, [], related=related)


def _yes_no(words: Words, answering: list[Candidate], disputed: list[Candidate]) -> Composed:
    if answering:
        facts = [c.fact for c in answering]
        return Composed("answered", words["yes"].format(items=words.facts(facts)), "yes", facts)
    fact = disputed[0].fact
    return Composed("conflict", words["disagree"].format(alternatives=words.alternatives(fact),
                                                        what=words.fact(fact)),
                    "disagree", [c.fact for c in disputed], _alternatives(fact))


def _alternatives(fact: Fact) -> list[dict[str, Any]]:
    return [a.to_json() for a in fact.alternatives]


def _dates(words: Words, parsed: ParsedQuestion, answering: list[Candidate], disputed: list[Candidate]
           ) -> Composed:
    facts = [c.fact for c in sorted(answering, key=_first_day)]
    if not facts:
        facts = [c.fact for c in disputed]
    if parsed.order or parsed.type in BEGINNINGS:
        first = facts[0] if parsed.order != "last" else facts[-1]
        if first.status == "conflict":
            return _conflict(words, first, facts)
        if not first.date:
            return Composed("undated", words["undated"].format(items=words.facts(facts)), None, facts)
        return Composed("answered", words["dated"].format(items=words.facts(facts)), first.date, facts)
    dated = [f for f in facts if f.status != "conflict" and f.date]
    if dated:
        text = words["dated"].format(items=words.facts(facts))
        rest = [f for f in facts if f.status == "conflict" or not f.date]
        return Composed("answered", text, [f.date for f in dated[:MAX_FACTS]], dated + rest)
    conflicts = [f for f in facts if f.status == "conflict"]
    if conflicts:
        return _conflict(words, conflicts[0], facts)
    return Composed("undated", words["undated"].format(items=words.facts(facts)), None, facts)


def _conflict(words: Words, fact: Fact, facts: list[Fact]) -> Composed:
    what = describe(fact.type, fact.roles, words.kb.names, words.lang, fact.modality)
    text = words["conflict"].format(what=what, alternatives=words.alternatives(fact))
    others = [f for f in facts if f is not fact]
    if others:
        text += " " + words.facts(others) + "."
    return Composed("conflict", text, None, facts, _alternatives(fact))


def _entities(words: Words, parsed: ParsedQuestion, answering: list[Candidate], disputed: list[Candidate]
              ) -> Composed:
    facts = [c.fact for c in sorted(answering, key=_first_day)]
    if parsed.asks == "fact" or parsed.asks is None:
        value: Any = len(facts) if parsed.shape == "count" else [f.date for f in facts[:MAX_FACTS]]
        template = "count_facts" if parsed.shape == "count" else "dated"
        text = words[template].format(n=len(facts), items=words.facts(facts))
        return _with_disputed(words, Composed("answered", text, value, facts), disputed)
    ids, facts = _asked_ids(words, parsed, facts)
    if not ids:
        # What did Saudi Arabia and Egypt sign? The slot asked for holds only the question's own states: the facts
        # are the answer (a count counts them), and no empty list of names opens it
        count = parsed.shape == "count"
        text = words["count_facts" if count else "dated"].format(n=len(facts), items=words.facts(facts))
        return _with_disputed(words, Composed("answered", text, len(facts) if count else ids, facts), disputed)
    if parsed.shape == "count":
        text = words["count"].format(n=len(ids), names=words.names(ids), items=words.facts(facts))
        return _with_disputed(words, Composed("answered", text, len(ids), facts), disputed)
    value = ids[0] if parsed.order and len(ids) == 1 else ids
    text = words["entities"].format(names=words.names(ids), items=words.facts(facts))
    return _with_disputed(words, Composed("answered", text, value, facts), disputed)


def _with_disputed(words: Words, result: Composed, disputed: list[Candidate]) -> Composed:
    """Facts whose sources disagree on whether they fall in the asked time are said, not counted."""
    if disputed:
        facts = [c.fact for c in disputed]
        result.text += words["disputed"].format(items=words.facts(facts))
        result.used += facts
    return result


def _asked_ids(words: Words, parsed: ParsedQuestion, facts: list[Fact]) -> tuple[list[str], list[Fact]]:
    """The entities in the asked slot of each fact (a visit's visitor when named, else its state), without the
    question's own entities when the slot is shared, and only states when the question asks for states; and
    the facts again, the first fact behind each entity first, so that a long answer still cites every one."""
    gazetteer = words.kb.gazetteer
    mine = {p.id for p in parsed.parts} | {p.state for p in parsed.parts if p.state}
    first: dict[str, Fact] = {}
    for fact in facts:
        found: list[str] = []
        for role in frame_of(fact.type).roles(parsed.asks or ""):
            found = _values(fact.roles, (role,))
            if found:
                break
        if parsed.asks == "parties":
            found = [i for i in found if i not in mine and (gazetteer.state_of(i) or i) not in mine]
        if parsed.asks_kind == "state":
            found = [i for i in found if (e := gazetteer.get(i)) is not None and e.kind in ("state", "person")]
        for entity_id in found:
            first.setdefault(entity_id, fact)
    leading = list({id(f): f for f in first.values()}.values())
    taken = {id(f) for f in leading}
    return list(first), leading + [f for f in facts if id(f) not in taken]
