"""The flow in one place: read -> normalize -> annotate (entities, actors, dates) -> extract events.

A ``Pipeline`` loads its language data once (gazetteer, date grammar, trigger lexicons) and then analyzes
documents one after another; the CLI, the knowledge base, the web app and the Spark job all use it, so
there is one implementation of the extraction whatever runs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from alaqat.model import Actor, Document, Event, Mention, Sentence, TemporalExpression, Token
from alaqat.normalize import NormalizedText, normalize, split_sentences, tokenize

if TYPE_CHECKING:
    from alaqat.annotate.actors import ActorLinker
    from alaqat.annotate.dates import DateRecognizer
    from alaqat.annotate.entities import EntityLinker
    from alaqat.extract.events import EventExtractor


@dataclass
class Analysis:
    """Everything the pipeline learned about one document; all offsets point into ``doc.text``."""

    doc: Document
    ntext: NormalizedText
    sentences: list[Sentence]
    tokens: list[Token]
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    non_state: list[tuple[int, int]] = field(default_factory=list)  # phrases acting for nobody (a company, a club)
    dates: list[TemporalExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def mentions_to_keep(self) -> list[Mention]:
        """The entity mentions, and where each person local to the document (a name the gazetteer does not know,
        whose id is a slug: person:rmdan-ahmd-qadyrwf) is named (form ``local``): what a knowledge base keeps,
        so that it can call him by the name the text gives him."""
        named = {(a.name, a.person) for a in self.actors if a.name is not None and a.person is not None}
        local = [Mention(self.doc.id, start, end, self.doc.text[start:end], person, "person", "local")
                 for (start, end), person in sorted(named)]
        return sorted(self.mentions + local, key=lambda m: (m.start, m.end))


class Pipeline:
    """Loads each stage lazily, once, and runs the stages in order. ``min_confidence`` drops the events the
    confidence model doubts (None: the default chosen on the dev data and shipped with the model)."""

    def __init__(self, min_confidence: float | None = None):
        self.min_confidence = min_confidence

    @cached_property
    def linker(self) -> EntityLinker:
        from alaqat.annotate.entities import EntityLinker

        return EntityLinker.load()

    @cached_property
    def actor_linker(self) -> ActorLinker:
        from alaqat.annotate.actors import ActorLinker

        return ActorLinker.load()

    @cached_property
    def segmenter(self):
        """The tokenizer's segmenter: it keeps the gazetteer's names and the actor words whole."""
        return self.linker.segmenter.with_words(self.actor_linker.words())

    @cached_property
    def dates(self) -> DateRecognizer:
        from alaqat.annotate.dates import DateRecognizer

        return DateRecognizer.load()

    @cached_property
    def extractor(self) -> EventExtractor:
        from alaqat.extract.events import EventExtractor

        return EventExtractor.load()

    def prepare(self, doc: Document) -> Analysis:
        """Normalize, split sentences and tokenize (with the gazetteer's names protected)."""
        ntext = normalize(doc.text)
        tokens = tokenize(ntext, self.segmenter)
        return Analysis(doc, ntext, split_sentences(doc.text), tokens)

    def annotate(self, doc: Document, *, with_dates: bool = True) -> Analysis:
        """``prepare`` plus entity mentions, the actors they and the titles make, and temporal expressions."""
        analysis = self.prepare(doc)
        analysis.mentions = self.linker.link(doc.id, analysis.ntext, analysis.tokens, analysis.sentences)
        reading = self.actor_linker.read(doc, analysis.ntext, analysis.tokens, analysis.mentions)
        analysis.actors, analysis.non_state = reading.actors, reading.non_state
        if with_dates:
            analysis.dates = self.dates.find(doc.text, doc.date, ntext=analysis.ntext)
        return analysis

    @property
    def threshold(self) -> float:
        """The confidence an event needs to be kept."""
        return self.extractor.default_min_confidence if self.min_confidence is None else self.min_confidence

    def analyze(self, doc: Document, min_confidence: float | None = None) -> Analysis:
        """The whole flow: annotate, then extract events (those at or above the confidence threshold; their ids
        number every candidate, so an event keeps its id whatever the threshold)."""
        analysis = self.annotate(doc)
        floor = self.threshold if min_confidence is None else min_confidence
        analysis.events = [e for e in self.extractor.extract(analysis) if e.confidence >= floor]
        return analysis


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A process-wide pipeline, so data loads once per process (and once per Spark worker)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
