"""The dossier of a pair of states: what an analyst hands on, every line with its sources.

Sections follow the life of a relationship: establishment, recognition, missions, visits, talks, agreements,
memberships and multilateral cooperation, then the points where sources disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape

from alaqat.store.describe import describe, name_of, phrases, when
from alaqat.store.facts import Fact

if TYPE_CHECKING:
    from alaqat.store.kb import KnowledgeBase

SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("established", ("relations.established",)),
    ("recognition", ("recognition", "independence")),
    ("missions", ("mission.opened",)),
    ("visits", ("visit",)),
    ("talks", ("talks", "mediation", "support.expressed")),
    ("agreements", ("agreement.signed", "agreement.negotiated")),
    ("multilateral", ("membership.joined", "office.held", "hosting", "participation", "aid", "peacekeeping",
                      "disarmament")),
]


@dataclass
class Line:
    date: str | None
    text: str
    status: str
    fact_id: str
    citations: list[dict[str, Any]]
    sources: int = 0  # all the fact's claims, of which ``citations`` may carry only the first few
    when: str | None = None  # the date for people; for a conflict every date the sources give, with counts
    groups: list[dict[str, Any]] = field(default_factory=list)  # citations by the date they support

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class Section:
    key: str
    title: str
    lines: list[Line] = field(default_factory=list)
    total: int = 0  # lines in the whole section; ``lines`` is page ``page`` of ``pages`` when the dossier is paged
    page: int = 1
    pages: int = 1


@dataclass
class Dossier:
    a: str
    b: str
    lang: str
    title: str
    sections: list[Section]
    conflicts: list[Line]
    words: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "lang": self.lang, "title": self.title,
                "sections": [{"key": s.key, "title": s.title, "lines": [ln.to_json() for ln in s.lines]}
                             for s in self.sections],
                "conflicts": [ln.to_json() for ln in self.conflicts]}

    def render_markdown(self) -> str:
        out = [f"# {self.title}", ""]
        for section in [*self.sections, Section("conflicts", self.words["conflicts"], self.conflicts)]:
            if not section.lines:
                continue
            out += [f"## {section.title}", ""]
            for line in section.lines:
                sources = "; ".join(f"[{c['doc']}:{c['sentence'][0]}-{c['sentence'][1]}] «{c['text']}»"
                                    for c in line.citations)
                flag = " ⚠" if line.status == "conflict" else ""
                out.append(f"- **{line.when or self.words['undated']}**{flag} — {line.text}. "
                           f"{self.words['source']}: {sources}")
            out.append("")
        if not any(s.lines for s in self.sections):
            out.append(self.words["none"])
        return "\n".join(out).rstrip() + "\n"

    def render_html(self) -> str:
        return _templates().get_template("dossier.html.j2").render(d=self, dir="rtl" if self.lang == "ar" else "ltr")


@cache
def _templates() -> Environment:
    return Environment(loader=PackageLoader("alaqat.store", "templates"), autoescape=select_autoescape(["html", "j2"]))


def _citation(claim: Any) -> dict[str, Any]:
    return {"doc": claim.doc, "sentence": list(claim.sentence), "text": claim.text, "date": claim.date}


def _line(fact: Fact, kb: KnowledgeBase, lang: str) -> Line:
    groups = [{"date": date, "citations": [_citation(c) for c in claims]} for date, claims in fact.claim_groups()]
    return Line(fact.date, describe(fact.type, fact.roles, kb.names, lang, fact.modality), fact.status, fact.id,
                [_citation(c) for c in fact.claims], getattr(fact, "sources", len(fact.claims)), when(fact, lang),
                groups)


def build_dossier(kb: KnowledgeBase, a: str, b: str, lang: str = "ar", per_section: int | None = None,
                  section: str | None = None, page: int = 1, max_citations: int | None = None) -> Dossier:
    """Every fact of the pair, by section, and the conflicts. With ``per_section`` each section holds one page
    of its lines (page ``page`` of ``section``, the first of the others), each with at most ``max_citations``
    citations: what a web page shows of a pair with hundreds of facts, read from indexes, not every fact."""
    if per_section is not None:
        return _paged_dossier(kb, a, b, lang, per_section, section, page, max_citations)
    words = phrases(lang)["sections"]
    facts = kb.facts([a, b])
    sections = []
    for key, types in SECTIONS:
        lines = [_line(f, kb, lang) for f in facts if f.type in types]
        sections.append(Section(key, words[key], lines, len(lines)))
    conflicts = [_line(f, kb, lang) for f in facts if f.status == "conflict"]
    conflicts += [_line(f, kb, lang) for f in kb.conflicts([a]) + kb.conflicts([b])
                  if f.status == "conflict" and f.id not in {c.fact_id for c in conflicts}
                  and f.type in ("independence",)]
    title = words["title"].format(a=name_of(a, kb.names, lang), b=name_of(b, kb.names, lang))
    return Dossier(a, b, lang, title, sections, conflicts, words)


def _paged_dossier(kb: KnowledgeBase, a: str, b: str, lang: str, per_section: int, section: str | None, page: int,
                   max_citations: int | None) -> Dossier:
    from alaqat.store import views

    words = phrases(lang)["sections"]
    sections = []
    for key, types in SECTIONS:
        found = kb.fact_page([a, b], types, page=page if key == section else 1, size=per_section,
                             max_claims=max_citations)
        sections.append(Section(key, words[key], [_line(f, kb, lang) for f in found.facts], found.total, found.page,
                                found.pages))
    in_conflict = views.conflicts(kb.conn, [a, b], max_claims=max_citations)[0]
    seen = {f.id for f in in_conflict}
    for state in (a, b):  # a state's disputed independence belongs in the dossier of each of its pairs
        in_conflict += [f for f in views.conflicts(kb.conn, [state], ["independence"], max_claims=max_citations)[0]
                        if f.id not in seen and not seen.add(f.id)]
    title = words["title"].format(a=name_of(a, kb.names, lang), b=name_of(b, kb.names, lang))
    return Dossier(a, b, lang, title, sections, [_line(f, kb, lang) for f in in_conflict], words)
