"""Understanding a question: what it is about (event type, modality, qualifiers), who (entities in the roles
the question gives them), when (time filter and order), and what shape of answer it wants.

Nothing here is a template: each part comes from the vocabulary (``vocabulary.py``) and from the positions
of words. Arabic is read verb first (زار نزارباييف قطر: the first name after the verb is the agent) with
prepositions and clitics marking the other roles (إلى، في، بـ، لـ، من، بين، مع); English by position around
the verb (Nazarbayev visited Qatar) and its prepositions (to, in, by, from, between, with).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from alaqat.annotate.gazetteer import Gazetteer
from alaqat.pipeline import Pipeline
from alaqat.store.questions.frames import Frame, frame_of
from alaqat.store.questions.reading import Named, Reading, language_of, read_question
from alaqat.store.questions.vocabulary import NEEDS_UNMET, Hit, Vocabulary, vocabulary
from alaqat.store.questions.when import TimeFilter, read_time

THING_KINDS = ("org", "instrument", "series")
STATE_SLOTS = ("agent", "patient")
ANSWERING_SHAPES = ("actors", "list", "count")
_COORDINATION = {"ar": ("و", "،", ",", "او"), "en": ("and", ",", "or", "&")}
_ARTICLES = ("the", "a", "an")


@dataclass
class Part:
    """An entity of the question, the slot it fills, and the state it stands for."""

    id: str
    kind: str
    text: str
    slot: str | None
    state: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "text": self.text, "role": self.slot, "state": self.state}


@dataclass
class ParsedQuestion:
    lang: str
    text: str
    types: list[str]
    shape: str
    asks: str | None  # the slot asked for (agent, patient, parties, thing) or "fact"; None for date / yes-no
    asks_kind: str | None  # state, person, thing or fact, when a noun says so (which *states* …)
    parts: list[Part] = field(default_factory=list)
    time: TimeFilter | None = None
    order: str | None = None  # first, last
    modality: str | None = None  # planned, intended, proposed or negated when the question asks about that
    qualifiers: dict[str, str] = field(default_factory=dict)  # event role -> value (office=chair …)
    unknown: list[str] = field(default_factory=list)

    @property
    def type(self) -> str | None:
        return self.types[0] if self.types else None

    @property
    def frame(self) -> Frame:
        return frame_of(self.type)

    def to_json(self) -> dict[str, Any]:
        return {"lang": self.lang, "type": self.type, "shape": self.shape, "asks": self.asks,
                "asks_kind": self.asks_kind, "entities": [p.to_json() for p in self.parts],
                "time": self.time.to_json() if self.time else None, "order": self.order,
                "modality": self.modality, "qualifiers": self.qualifiers, "unknown": self.unknown}


def parse_question(question: str, pipeline: Pipeline, latest: str | None = None,
                   home: str | None = None) -> ParsedQuestion:
    """Read ``question`` (Arabic or English); ``latest`` anchors relative time ("last year"); ``home`` is the state
    a self-reference stands for (المملكة in a question put to a Saudi paper's archive)."""
    lang = language_of(question)
    vocab = vocabulary(lang)
    reading = read_question(question, pipeline, vocab, latest, home)
    masked = reading.masked()
    types, main = _types(vocab.types.find(masked), reading.text)
    frame = frame_of(types[0] if types else None)
    word = _question_word(vocab.question_words.find(masked), masked)
    shape = word.entry.value if word else "list"
    time, order = read_time(reading, vocab, latest)
    nouns = [h for h in vocab.nouns.find(masked) if word is None or h.start >= word.start]
    role_hits = vocab.roles.find(masked)
    hint = _asked_hint(shape, word, role_hits, nouns, main, frame, lang)
    gazetteer = pipeline.linker.gazetteer
    subjects = [h.start for h in vocab.qualifiers.find(masked) if h.entry.value == "level"]
    parts = _parts(reading, frame, role_hits, vocab, main, hint, gazetteer, time, subjects)
    asks, asks_kind = _asked(shape, hint, nouns, frame, parts, bool(types))
    return ParsedQuestion(lang, question, types, shape, asks, asks_kind, parts, time, order,
                          _modality(vocab, masked), _qualifiers(vocab, masked, reading.people_at()),
                          reading.unknown)


# -- what the question is about ----------------------------------------------------------------------------
def _types(hits: list[Hit], text: str) -> tuple[list[str], Hit | None]:
    """The best-scoring event type; between equal scores the word said first (the question's verb comes
    before a noun it governs: recognized Kazakhstan's independence is a recognition)."""
    best: dict[str, tuple[float, int, Hit]] = {}
    for hit in hits:
        weight = hit.entry.weight
        if hit.entry.needs and not any(need in text for need in hit.entry.needs):
            weight *= NEEDS_UNMET
        old = best.get(hit.entry.value)
        if old is None or (weight, -hit.start) > (old[0], -old[1]):
            best[hit.entry.value] = (weight, hit.start, hit)
    if not best:
        return [], None
    event_type, (_, _, hit) = max(best.items(), key=lambda item: (item[1][0], -item[1][1]))
    return [event_type], hit


def _question_word(hits: list[Hit], text: str) -> Hit | None:
    for hit in sorted(hits, key=lambda h: h.start):
        before = text[:hit.start].strip(" \t،,؟?!.:")
        if hit.entry.flag == "yes" and before and not text[:hit.start].rstrip().endswith(("،", ",")):
            continue
        return hit
    return None


def _modality(vocab: Vocabulary, text: str) -> str | None:
    hits = sorted(vocab.modality.find(text), key=lambda h: h.start)
    return hits[0].entry.value if hits else None


def _qualifiers(vocab: Vocabulary, text: str, people: frozenset[int] = frozenset()) -> dict[str, str]:
    """Per event role, the value its strongest word gives (chair beats the member an election implies). A title
    right before a person's name is his (من التقى الأمير محمد بن سلمان: a prince, no emir's level asked)."""
    best: dict[str, tuple[float, str]] = {}
    for hit in vocab.qualifiers.find(text):
        if hit.entry.value == "level" and _title_of(text, hit.end, people):
            continue
        role, weight = hit.entry.value, hit.entry.weight
        if role not in best or weight > best[role][0]:
            best[role] = (weight, hit.entry.extra)
    return {role: value for role, (_, value) in best.items()}


def _title_of(text: str, end: int, people: frozenset[int]) -> bool:
    """Whether a person's name begins right after ``end``, spaces between (the name itself is blanked out too)."""
    at = end
    while at < len(text) and at not in people and text[at] == " ":
        at += 1
    return at in people


# -- what is asked -------------------------------------------------------------------------------------------
def _asked_hint(shape: str, word: Hit | None, role_hits: list[Hit], nouns: list[Hit], main: Hit | None,
                frame: Frame, lang: str) -> str | None:
    """What the question words say is asked, before the names are placed: a noun of things or events
    (organizations, visits), a pronoun on a preposition (الدول التي اعترفت بها: the patient), the question word
    (من: the agent), an object pronoun on the verb (الدول التي زارها: the patient)."""
    if shape not in ANSWERING_SHAPES:
        return None
    noun = nouns[0].entry.value if nouns else None
    if noun in ("thing", "fact"):  # كم زيارة قام بها …: the pronoun stands for the visits counted
        return noun
    pronoun = next((h.entry.value for h in role_hits if h.entry.flag == "yes"), None)
    if pronoun:
        return pronoun
    if word is not None and word.entry.extra:
        return word.entry.extra
    if noun == "person":
        return "agent"
    if lang == "ar" and main is not None and main.suffix:
        return "patient" if frame.patient else "thing"
    return "state" if noun == "state" else None


def _asked(shape: str, hint: str | None, nouns: list[Hit], frame: Frame, parts: list[Part], typed: bool
           ) -> tuple[str | None, str | None]:
    """The slot the answer lists, once the names have their slots."""
    kind = nouns[0].entry.value if nouns else None
    if shape not in ANSWERING_SHAPES:
        return None, kind
    if not typed:
        return "fact", kind
    filled = {p.slot for p in parts}
    if hint == "place":
        hint = frame.located
    if hint == "fact":
        return "fact", kind
    if hint == "thing":
        return ("thing" if frame.thing else "fact"), kind
    if frame.shared:
        return "parties", kind
    if hint == "parties":
        return ("parties" if frame.parties else _free_state_slot(frame, filled) or "fact"), kind
    if hint in STATE_SLOTS:
        if not frame.roles(hint):
            return ("thing" if frame.thing and "thing" not in filled else "agent"), kind
        if hint in filled and (other := _free_state_slot(frame, filled)):
            return other, kind
        return hint, kind
    if hint is None and frame.thing and "thing" not in filled:
        return "thing", kind
    return _free_state_slot(frame, filled) or ("parties" if frame.parties else "fact"), kind


def _free_state_slot(frame: Frame, filled: set[str | None]) -> str | None:
    return next((slot for slot in STATE_SLOTS if frame.roles(slot) and slot not in filled), None)


# -- who: the names and their slots -------------------------------------------------------------------------
@dataclass
class _Placed:
    named: Named
    mark: str | None  # agent, patient, in, weak, parties
    coordinated: bool  # joined to the name before by "and" / و
    slot: str | None = None


def _parts(reading: Reading, frame: Frame, role_hits: list[Hit], vocab: Vocabulary, main: Hit | None,
           hint: str | None, gazetteer: Gazetteer, time: TimeFilter | None, subjects: list[int]) -> list[Part]:
    type_hits = vocab.types.find(reading.masked())
    clitics = {letter: entries[0].value for letter in ("ب", "ل") if (entries := vocab.roles.by_surface.get(letter))}
    placed = []
    previous: Named | None = None
    for named in reading.named:
        placed.append(_Placed(named, _mark(reading, named, role_hits, type_hits, clitics, main.start if main else -1),
                              previous is not None and _coordinated(reading, previous, named)))
        previous = named
    _place(placed, frame, hint, main, reading.lang, subjects)
    on = time.value if time else None
    return [Part(p.named.id, p.named.kind, p.named.text, p.slot, _state_of(p.named, gazetteer, on)) for p in placed]


def _state_of(named: Named, gazetteer: Gazetteer, on: str | None) -> str | None:
    if named.kind in THING_KINDS:
        return None
    return gazetteer.state_of(named.id, on) or gazetteer.state_of(named.id)


def _mark(reading: Reading, named: Named, role_hits: list[Hit], type_hits: list[Hit], clitics: dict[str, str],
          main_start: int) -> str | None:
    """The preposition that governs a name: a clitic on it (بكازاخستان), a word before it (إلى الإمارات, to
    the UAE), an English possessive (Israel's prime minister, Nazarbayev's visit: the agent; but in
    "recognized Kazakhstan's independence" the possessive belongs to another event's noun), or the preposition
    on a noun it completes (باستقلال كازاخستان)."""
    text = reading.text
    if named.possessive:
        after = len(text) - len(text[named.end:].lstrip("'s").lstrip())
        other_noun = any(h.start == after and h.start != main_start for h in type_hits)
        return None if other_noun else "agent"
    glued = named.prefix.lstrip("وف") if reading.lang == "ar" else ""
    if glued[:1] in clitics:
        return clitics[glued[:1]]
    head = named.start - len(named.prefix)
    for hit in role_hits:
        if hit.entry.flag == "yes" or hit.end > head:
            continue
        gap = text[hit.end:head].split()
        if all(word in _ARTICLES for word in gap):
            return hit.entry.value
    for hit in type_hits:
        letter = hit.prefix.lstrip("وف")[:1]
        if hit.end <= head and not text[hit.end:head].strip() and letter in clitics:
            return clitics[letter]
    return None


def _coordinated(reading: Reading, previous: Named, named: Named) -> bool:
    between = reading.text[previous.end:named.start - len(named.prefix)].strip()
    if reading.lang == "ar" and named.prefix.startswith("و") and not between:
        return True
    words = between.replace(",", " , ").replace("،", " ، ").split()
    words = [w for w in words if w not in _ARTICLES]
    return bool(words) and all(w in _COORDINATION[reading.lang] for w in words)


def _place(placed: list[_Placed], frame: Frame, hint: str | None, main: Hit | None, lang: str,
           subjects: list[int]) -> None:
    """Give each name a slot: things their slot, shared acts their parties, then marked names, then the
    others by their place in the sentence."""
    for p in placed:
        if p.named.kind in THING_KINDS or (p.named.kind == "place" and frame.thing and not frame.patient):
            p.slot = "thing" if frame.thing else ("parties" if frame.parties else None)
        elif frame.shared:
            p.slot = "parties"
        elif not frame.agent:
            p.slot = None  # no type named: any role
    rest = [p for p in placed if p.slot is None and frame.agent]
    strong_patient = any(p.mark == "patient" for p in rest)
    for p in rest:
        if p.coordinated:
            continue
        if p.mark == "parties" and frame.parties:
            p.slot = "parties"
        elif p.mark == "agent":
            p.slot = "agent"
        elif p.mark in ("patient", "parties"):
            p.slot = "patient" if frame.patient else "agent"
        elif p.mark == "in" and frame.located != "patient":
            p.slot = frame.located if frame.roles(frame.located) else "agent"
        elif p.mark in ("in", "weak"):
            p.slot = "agent" if strong_patient or not frame.patient else "patient"
    unmarked = [p for p in rest if p.slot is None and not p.coordinated]
    for p in unmarked:
        if lang == "ar" and len(unmarked) == 1 and _after_subject_noun(p, main, subjects) and frame.patient:
            p.slot = "patient"  # زار وفد أستانا: a delegation is the subject, the lone name its object
        else:
            p.slot = _unmarked_slot(p, placed, frame, hint, main, lang)
    last: str | None = None
    for p in placed:
        if p.coordinated and p.slot is None:
            p.slot = last
        last = p.slot


def _after_subject_noun(p: _Placed, main: Hit | None, subjects: list[int]) -> bool:
    """Whether a common noun naming an official (وفد, وزير, الرئيس) stands between the verb and this name,
    which is not an adjective of it (الرئيس الكازاخستاني is the Kazakh president: the agent) nor its own title
    (الرئيس نزارباييف is one person, as the actor stage reads it: the agent)."""
    if main is None or p.named.form == "nisba":
        return False
    before = p.named.phrase_start if p.named.phrase_start >= 0 else p.named.start
    return any(main.end <= start < before for start in subjects)


def _unmarked_slot(p: _Placed, placed: list[_Placed], frame: Frame, hint: str | None, main: Hit | None,
                   lang: str) -> str:
    """A name without a preposition: in English the subject stands before the verb and the object after it;
    in Arabic the first such name is the agent, the next the patient, unless the question word already asks
    for the agent (من زار كازاخستان) or an object pronoun stands for the patient (الدول التي زارها …)."""
    if not frame.patient:
        return "parties" if frame.parties and hint == "agent" else "agent"
    if p.named.kind == "place":  # a city is where an act happens (قمة جدة), not who does it
        return frame.located if frame.roles(frame.located) else "patient"
    taken = {q.slot for q in placed if q is not p}
    if lang == "en" and main is not None:
        preferred = "agent" if p.named.start < main.start else "patient"
    elif hint == "agent":
        preferred = "patient"
    else:
        preferred = "agent"
    if preferred in taken:
        other = "patient" if preferred == "agent" else "agent"
        if other not in taken:
            return other
    return preferred
