"""The typed records that flow between the stages: read -> normalize -> annotate -> extract -> store.

Every span is a pair of Python string indices (code points) into the ORIGINAL document text,
never into a normalized copy, so that ``doc.text[start:end]`` is always the surface the reader saw.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityKind = Literal["state", "org", "person", "place", "instrument", "series", "group"]
Modality = Literal["asserted", "planned", "intended", "proposed", "negated"]
DateBasis = Literal["explicit", "narrative", "document"]

EVENT_TYPES: tuple[str, ...] = (
    "independence",
    "recognition",
    "relations.established",
    "mission.opened",
    "visit",
    "talks",
    "agreement.signed",
    "agreement.negotiated",
    "membership.joined",
    "office.held",
    "hosting",
    "mediation",
    "participation",
    "aid",
    "peacekeeping",
    "disarmament",
    "support.expressed",
)
MODALITIES: tuple[str, ...] = ("asserted", "planned", "intended", "proposed", "negated")


@dataclass(frozen=True, slots=True)
class Document:
    """One input document as read: its text is what every offset points into."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD; anchors document-relative dates
    url: str | None = None
    source_format: str | None = None  # txt, md, html, pdf, docx, json, stdin
    encoding: str | None = None
    country: str | None = None  # the publication's home state (ISO code): who "the Kingdom", "the minister" are

    def row(self) -> dict[str, Any]:
        """The document as a row of a document table (JSON Lines, Parquet, Spark)."""
        return {"id": self.id, "text": self.text, "date": self.date, "title": self.title, "url": self.url,
                "country": self.country}


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    """A word of the original text, with its normalized form and its clitic segmentation. Not frozen, unlike the
    other records: a month of press makes millions of tokens, and a frozen dataclass is built four times slower;
    nothing changes a token once made.

    ``prefix`` is the proclitic string (normalized, e.g. ``"وال"``) split off ``norm``; ``stem`` is the rest.
    ``stem_start`` is the original offset where the stem begins.
    """

    start: int
    end: int
    norm: str
    prefix: str
    stem: str
    stem_start: int


@dataclass(frozen=True, slots=True)
class Mention:
    doc: str
    start: int
    end: int
    text: str
    id: str
    kind: EntityKind
    # How the entity is named: "name" (كازاخستان), "nisba" (الكازاخستاني), "capital" (أستانا standing for KZ),
    # "short" (a first name after a full mention). Not part of the interchange format.
    form: str = "name"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text,
                "id": self.id, "kind": self.kind}


ActorKind = Literal["state", "org", "person", "official", "body"]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts in a phrase of the text, and for whom (a state, or an international organization): a state named
    (مصر، المملكة), an organization (الأمم المتحدة), a person (أوباما), an official by title (وزير الخارجية الإيراني
    محمد جواد ظريف, السفير, نظيره العماني) or a body (الحكومة اليمنية، الوفد التونسي). The event frames read actors,
    never raw entity mentions, so a company, a club or a topic (الأزمة اليمنية) never fills a state's role.

    ``kind``: state, org, person (a named individual), official (a title with no name), body (a delegation, a
    government, a ministry …). ``form`` says how it was found: name, nisba, capital, self (the home state),
    title, surname, counterpart (نظيره), antecedent (a bare title standing for an earlier one), person.
    """

    doc: str
    start: int  # the whole phrase, in the original text
    end: int
    text: str
    kind: ActorKind
    state: str | None = None  # the state it acts for
    org: str | None = None  # the organization it acts for (its officials, or itself)
    person: str | None = None  # person:… (the gazetteer's, or one local to the document)
    office: str | None = None  # head_of_state, foreign_minister, ambassador, delegation …
    level: str | None = None  # the ontology's level (head_of_state … delegation)
    form: str = "name"
    posting: str | None = None  # the state an ambassador or envoy is posted to (سفير … لدى الأردن)
    entity: str | None = None  # the linked mention it rests on, when one names it (KZ, org:UN, person:…)
    explicit: bool = True  # its state is said in the phrase (or by a known person), not inferred from context
    former: bool = False  # a former holder of his office (الرئيس الفرنسي السابق): acts for his state only in the past
    name: tuple[int, int] | None = None  # where a person local to the document is named (his person id is a slug)

    @property
    def party(self) -> str | None:
        """The id that takes part in events: the state it acts for, else its organization."""
        return self.state or self.org

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    start: int
    end: int
    text: str
    value: str  # EDTF, Level 0/1
    granularity: str  # day, month, year, season, decade, century, interval, set, ...
    basis: DateBasis = "explicit"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    text: str


@dataclass(slots=True)
class Event:
    """One claim made by one sentence of one document (see ../shared/ontology.md)."""

    id: str
    doc: str
    type: str
    roles: dict[str, str | list[str]]
    modality: Modality
    date: str | None
    date_text: str | None
    date_basis: DateBasis | None
    evidence: Evidence
    confidence: float
    cameo: str | None = None
    plover: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The interchange object of the ontology, key for key and in its order."""
        return {
            "id": self.id,
            "doc": self.doc,
            "type": self.type,
            "roles": self.roles,
            "modality": self.modality,
            "date": self.date,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "evidence": {
                "sentence": list(self.evidence.sentence),
                "trigger": list(self.evidence.trigger),
                "text": self.evidence.text,
            },
            "confidence": self.confidence,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Event:
        ev = obj["evidence"]
        return cls(
            id=obj["id"],
            doc=obj["doc"],
            type=obj["type"],
            roles=obj.get("roles", {}),
            modality=obj.get("modality", "asserted"),
            date=obj.get("date"),
            date_text=obj.get("date_text"),
            date_basis=obj.get("date_basis"),
            evidence=Evidence(tuple(ev["sentence"]), tuple(ev["trigger"]), ev["text"]),
            confidence=float(obj.get("confidence", 0.5)),
        )
