"""Questions in Arabic or English answered from the facts, with the sentences that say so.

A question is understood, not matched against templates (``alaqat.store.questions``): its event type comes
from the extractor's own trigger lexicon and the question vocabulary, its entities and dates from the annotate
stage, the roles it gives them from prepositions and word order, the answer's shape from the question word.
The answer carries that understanding (``question``), the facts it used, and a citation for every sentence
behind them; when the base holds nothing it says so plainly and offers the best-matching passages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from alaqat.store.describe import describe, name_of, phrases
from alaqat.store.facts import Fact
from alaqat.store.questions.compose import Composed, compose
from alaqat.store.questions.parse import ParsedQuestion, parse_question
from alaqat.store.questions.select import select

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

MAX_PASSAGES = 5
# Names of the question kinds the first, template-based reader knew, kept for integrators who read ``intent``.
INTENTS = {("relations.established", "date"): "relations", ("independence", "date"): "independence",
           ("mission.opened", "date"): "mission", ("visit", "date"): "visits", ("visit", "actors"): "visitors",
           ("visit", "list"): "visits_of", ("membership.joined", "date"): "joined",
           ("membership.joined", "list"): "memberships", ("agreement.signed", "list"): "agreements",
           ("mediation", "actors"): "mediations"}


@dataclass
class Answer:
    answer: str
    value: Any = None
    citations: list[dict[str, Any]] = field(default_factory=list)
    passages: list[dict[str, Any]] = field(default_factory=list)
    intent: str | None = None
    known: bool = True
    status: str = "answered"  # answered, conflict, undated, not_asserted, none
    question: dict[str, Any] | None = None  # what was understood: type, entities with roles, time, shape
    facts: list[dict[str, Any]] = field(default_factory=list)  # the facts the answer used
    alternatives: list[dict[str, Any]] = field(default_factory=list)  # the dates sources put forward, if they differ
    related: list[dict[str, Any]] = field(default_factory=list)  # facts near the question that do not answer it
    facts_total: int = 0  # how many facts answer, when more than the ones carried in ``facts``

    def to_json(self) -> dict[str, Any]:
        return {"answer": self.answer, "status": self.status, "value": self.value, "known": self.known,
                "intent": self.intent, "question": self.question, "facts": self.facts,
                "facts_total": self.facts_total or len(self.facts),
                "alternatives": self.alternatives, "citations": self.citations, "related": self.related,
                "passages": self.passages}


def answer(kb: KnowledgeBase, question: str, country: str | None = None) -> Answer:
    parsed = parse_question(question, kb.pipeline, kb.latest_date(), country or kb.home_country())
    if parsed.unknown:
        names = ", ".join(parsed.unknown)
        return _unanswered(kb, parsed, question, phrases(parsed.lang)["ask"]["unknown_names"].format(names=names))
    if not parsed.types and not parsed.parts:
        return _unanswered(kb, parsed, question, phrases(parsed.lang)["ask"]["unknown"])
    composed = compose(kb, parsed, select(kb, parsed))
    return _answer(kb, parsed, question, composed)


def _answer(kb: KnowledgeBase, parsed: ParsedQuestion, question: str, composed: Composed) -> Answer:
    text = composed.text
    if parsed.time and parsed.time.relative_to:
        text += phrases(parsed.lang)["ask"]["relative"].format(text=parsed.time.text, value=parsed.time.value,
                                                               latest=parsed.time.relative_to)
    known = composed.status != "none"
    result = Answer(text, composed.value, _cites(composed.used) if known else [], [], _intent(parsed), known,
                    composed.status, parsed.to_json(), [_fact_json(kb, f, parsed.lang) for f in composed.used],
                    composed.alternatives, [_fact_json(kb, f, parsed.lang) for f in composed.related],
                    composed.total)
    if not known:
        result.passages = _passages_naming(kb, parsed)
    return result


def _unanswered(kb: KnowledgeBase, parsed: ParsedQuestion, question: str, text: str) -> Answer:
    return Answer(text, None, [], _passages(kb, question), _intent(parsed), False, "none", parsed.to_json())


def _passages(kb: KnowledgeBase, question: str) -> list[dict[str, Any]]:
    """Sentences sharing the most words with a question that was not understood."""
    return [h.to_json() for h in kb.search(question, limit=MAX_PASSAGES, any_term=True)]


def _passages_naming(kb: KnowledgeBase, parsed: ParsedQuestion) -> list[dict[str, Any]]:
    """Sentences naming every entity of an understood question the base does not answer (by their Arabic
    names, so that an English question finds Arabic text too): where a reader could look further."""
    names = " ".join(kb.gazetteer.name(p.id, "ar") for p in parsed.parts)
    return [h.to_json() for h in kb.search(names, limit=MAX_PASSAGES)] if names.strip() else []


def _intent(parsed: ParsedQuestion) -> str | None:
    if parsed.type == "recognition" and parsed.order == "first":
        return "recognized_first"
    if parsed.type is None:
        return None
    return INTENTS.get((parsed.type, parsed.shape), f"{parsed.type}:{parsed.shape}")


def _cites(facts: list[Fact]) -> list[dict[str, Any]]:
    """Every sentence behind the facts used, once, with the fact it supports."""
    seen, out = set(), []
    for fact in facts:
        for claim in fact.claims:
            key = (claim.doc, claim.sentence, fact.id)
            if key in seen:
                continue
            seen.add(key)
            out.append({"doc": claim.doc, "sentence": list(claim.sentence), "text": claim.text, "date": claim.date,
                        "modality": claim.modality, "fact": fact.id})
    return out


def _fact_json(kb: KnowledgeBase, fact: Fact, lang: str) -> dict[str, Any]:
    return {"id": fact.id, "type": fact.type, "date": fact.date, "status": fact.status, "modality": fact.modality,
            "text": describe(fact.type, fact.roles, kb.names, lang, fact.modality),
            "participants": [{"id": p, "name": name_of(p, kb.names, lang)} for p in fact.participants],
            "alternatives": [a.to_json() for a in fact.alternatives]}
