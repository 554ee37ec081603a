"""A confidence that means something: the probability that a candidate event is a claim the text makes.

The rules propose candidates; a logistic regression trained on hand-read gold (``scripts/train_confidence.py``:
the real-press dev split, the seeds, our own texts; never a test split) weighs what they were built from: the
trigger, how each role was filled (a titled official or a named state in the verb's frame, or a state carried
from an earlier sentence), the date, the modality, the sentence. The weights ship as a data file
(``lang/ar/events/confidence.json``) and are applied here in plain Python, so extraction stays fast and needs no
machine-learning library. Each genre has its best threshold in cross-validation, daily news a higher one than
essays; the file's threshold is the news one, and its ``news`` weight carries the gap, so that an essay's event
at its own genre's threshold stands at the shipped one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from alaqat.lang import data_path

MODEL_FILE = ("events", "confidence.json")

# How a role's value was found, from the strongest evidence to the weakest.
SOURCES = ("official", "person", "body", "state_name", "capital", "nisba", "self", "org", "inferred", "context")


@dataclass(frozen=True)
class Model:
    intercept: float
    weights: dict[str, float]
    threshold: float  # the default --min-confidence, chosen on the dev data

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model() -> Model | None:
    """The shipped model, or None when there is none yet (the trigger weights then stand as confidence)."""
    path = data_path(*MODEL_FILE)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()},
                 float(data["threshold"]))


def features(*, etype: str, trigger_weight: float, modality: str, date_basis: str | None, roles: dict[str, Any],
             sources: Iterable[str], trigger_to_party: int, sentence_chars: int, trigger_offset: int,
             sentence_index: int,
             agents_in_doc: int, officials_in_sentence: int, states_in_sentence: int, quoted: bool,
             restatements: int, home: str | None, question: bool = False,
             context: WordContext | None = None) -> dict[str, float]:
    """The numbers the model reads; every name here is a weight in the model file (a word the model never saw has
    none, and counts for nothing)."""
    sources = list(sources)
    values = [v for v in _role_values(roles)]
    out: dict[str, float] = {f"type={etype}": 1.0, f"modality={modality}": 1.0,
                             f"date={date_basis or 'none'}": 1.0, "trigger_weight": trigger_weight}
    for source in SOURCES:
        out[f"source={source}"] = sources.count(source) / max(1, len(sources))
    out["all_explicit"] = float(bool(sources) and all(s not in ("context", "inferred") for s in sources))
    out["roles"] = math.log1p(len(roles))
    out["distance"] = math.log1p(max(0, trigger_to_party))
    out["sentence_chars"] = math.log1p(sentence_chars)
    # the lead of a long press sentence states its news (بحث الرئيس … ونظيره …، خلال اتصال هاتفي …، الحرب في …);
    # what comes deep in it is more often background
    out["trigger_offset"] = math.log1p(trigger_offset)
    out["crowded"] = float(states_in_sentence > 3)  # a sentence naming many states is seldom about one act
    out["quoted"] = float(quoted)
    out["restated"] = math.log1p(restatements)
    out["org_party"] = float(any(v.startswith("org:") for v in values))
    # no role filled by an official, a person or a body: states read from names, adjectives or context alone (في
    # آخر رحلة لي إلى أوروبا، 120 بريطانيا سافروا) are often private travel, business or opinion
    out["no_agent"] = float(not any(s in ("official", "person", "body") for s in sources))
    out["question"] = float(question)  # ألم تسع الدول الكبرى … إلى توقيع معاهدة؟: a rhetorical question asserts nothing
    # a paper with a home state is daily news, whose candidates the rules propose more loosely than an essay's
    out["news"] = float(bool(home))
    if context is not None:
        out.update(context.features())
    return out


CONTEXT_WORDS = 4  # words read on each side of the trigger
# the names of the word features: a word of the sentence, before the trigger, after it, the trigger's own words
WORD_FEATURES = ("w=", "b=", "a=", "t=")


@dataclass(frozen=True)
class WordContext:
    """The words around a candidate, as stems (clitics off, normalized): the trigger's, the few before and after it,
    and all of its sentence's. What the hand-built features cannot say, the words often do: a sentence about a
    match, a price or a court (مباراة، سعر، محكمة) seldom states an act between states; one that opens with
    قال or أكد and names the act deep inside often restates it as background; the words right before a noun of
    talks (استئناف، إطلاق، تعليق) say whether the talks took place."""

    trigger: tuple[str, ...]
    before: tuple[str, ...]
    after: tuple[str, ...]
    sentence: tuple[str, ...]

    def features(self) -> dict[str, float]:
        out = {f"w={w}": 1.0 for w in self.sentence}
        out.update({f"b={w}": 1.0 for w in self.before})
        out.update({f"a={w}": 1.0 for w in self.after})
        if self.trigger:
            out["t=" + " ".join(self.trigger)] = 1.0
        return out


def word_context(stems: list[str], sentence: tuple[int, int], trigger: tuple[int, int]) -> WordContext:
    """The words of a candidate's sentence (token indexes [start, end) into the document's ``stems``) around its
    trigger's tokens (the same). Only the sentence's stems are read, not the document's."""
    words = [_word(w) for w in stems[sentence[0]:sentence[1]]]
    first, last = trigger[0] - sentence[0], trigger[1] - sentence[0]
    return WordContext(trigger=tuple(words[max(first, 0):max(last, 0)]),
                       before=tuple(words[max(0, first - CONTEXT_WORDS):max(first, 0)]),
                       after=tuple(words[max(last, 0):last + CONTEXT_WORDS]),
                       sentence=tuple(sorted({w for w in words if len(w) > 1})))


def _word(stem: str) -> str:
    """A stem as the model knows it: numbers are one word (the 14 of 14 يوليو tells nothing of its own)."""
    return "#" if any(c.isdigit() for c in stem) else stem


def _role_values(roles: dict[str, Any]) -> list[str]:
    values: list[str] = []
    for value in roles.values():
        values += value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]
