"""A question as read: its language, its normalized text, the entities it names and the dates it gives.

Arabic questions go through the same annotate stage as documents (the entity linker with its clitics, nisbas,
capitals and context rules; the date grammar with its relative phrases, resolved against the knowledge base's
latest date). English questions are read with the gazetteer's English names and ``lang/en/questions/names.tsv``
and a small date reader (``when.py``). Every position here is an index into the normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from alaqat.annotate.gazetteer import Entity, Gazetteer
from alaqat.normalize import normalize
from alaqat.pipeline import Pipeline
from alaqat.read import read_text
from alaqat.store import edtf
from alaqat.store.questions.vocabulary import Vocabulary

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_EN_TOKEN = re.compile(r"[a-z0-9][a-z0-9\-]*(?:'s|')?")
_MAX_NAME_WORDS = 10


@dataclass
class Named:
    """An entity the question names, where, and the proclitics glued to it (ب of بكازاخستان)."""

    id: str
    kind: str
    start: int
    end: int
    text: str
    prefix: str = ""
    possessive: bool = False  # English "Kazakhstan's"
    form: str = "name"  # how the linker found it: name, nisba (الكازاخستاني), capital, short
    phrase_start: int = -1  # where the actor phrase that is this very entity begins (الرئيس نزارباييف), else start


@dataclass
class DateSpan:
    start: int
    end: int
    value: str
    text: str
    relative: bool = False  # read against the base's latest date ("last year"), not written out


@dataclass
class Reading:
    lang: str
    original: str
    text: str  # normalized (Arabic letter forms; lower case)
    named: list[Named] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # English capitalized words that name nothing known

    def masked(self) -> str:
        """The text with named entities blanked out, so that words inside a name (the Lisbon *Protocol*, the
        Organisation of Islamic *Cooperation*) are not read as question words."""
        chars = list(self.text)
        for named in self.named:
            chars[named.start:named.end] = " " * (named.end - named.start)
        return "".join(chars)

    def people_at(self) -> frozenset[int]:
        """Where the persons the question names begin: a title right before one is his."""
        return frozenset(named.start for named in self.named if named.kind == "person")


def language_of(question: str) -> str:
    return "ar" if _ARABIC.search(question) else "en"


def read_question(question: str, pipeline: Pipeline, vocabulary: Vocabulary, latest: str | None,
                  home: str | None = None) -> Reading:
    """Read ``question`` (``latest``: the knowledge base's latest date, the anchor of "last year"; ``home``: the
    state المملكة or بلادنا stands for)."""
    if vocabulary.lang == "ar":
        reading = _read_arabic(question, pipeline, latest, home)
        _lone_surnames(reading, pipeline.linker.gazetteer, vocabulary)
        return reading
    return _read_english(question, pipeline.linker.gazetteer, vocabulary, latest)


def _read_arabic(question: str, pipeline: Pipeline, latest: str | None, home: str | None = None) -> Reading:
    span = edtf.parse(latest)
    day = span.lo.isoformat() if span is not None and span.month_day is None else None
    analysis = pipeline.annotate(read_text(question, doc_id="question", date=day, country=home))
    ntext = analysis.ntext
    reading = Reading("ar", question, ntext.text)
    for mention in analysis.mentions:
        start, end = ntext.to_normalized(mention.start), ntext.to_normalized(mention.end)
        word_start = ntext.text.rfind(" ", 0, start) + 1
        own = [a.start for a in analysis.actors
               if a.entity == mention.id and a.start <= mention.start and mention.end <= a.end]
        reading.named.append(Named(mention.id, mention.kind, start, end, ntext.text[start:end],
                                   prefix=ntext.text[word_start:start], form=mention.form or "name",
                                   phrase_start=ntext.to_normalized(min(own)) if own else start))
    for actor in analysis.actors:
        # المملكة، خادم الحرمين الشريفين, بلادنا: the home state, named by no mention of the entity stage
        if actor.form == "self" and actor.state and not any(
                n.start < ntext.to_normalized(actor.end) and ntext.to_normalized(actor.start) < n.end
                for n in reading.named):
            start, end = ntext.to_normalized(actor.start), ntext.to_normalized(actor.end)
            word_start = ntext.text.rfind(" ", 0, start) + 1
            reading.named.append(Named(actor.state, "state", start, end, ntext.text[start:end],
                                       prefix=ntext.text[word_start:start], form="self"))
    reading.named.sort(key=lambda n: n.start)
    for expression in analysis.dates:
        reading.dates.append(DateSpan(ntext.to_normalized(expression.start), ntext.to_normalized(expression.end),
                                      expression.value, expression.text, expression.basis == "document"))
    return reading


_AR_WORD = re.compile(r"[^\W\d_]+")


@cache
def _arabic_surnames(gazetteer: Gazetteer) -> dict[str, str]:
    """Normalized short name -> person id: the gazetteer's short names of persons (ظريف، لافروف) that name one
    person only; documents link them only after the full name, a question has no such name before it."""
    found: dict[str, set[str]] = {}
    for alias in gazetteer.aliases:
        if alias.form == "short" and alias.id.startswith("person:") and " " not in alias.key:
            found.setdefault(alias.key, set()).add(alias.id)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}


def _noun_shaped(word: str) -> bool:
    """Whether a normalized word (its article aside) has the shape of a noun rather than of a past verb: a مـ prefix
    (محادثات، معاهدة), a feminine or plural ending (زياره، اتفاقيه، مباحثات), or a verbal noun's long a before its
    last letter (اتفاق، اجتماع، استقبال). A noun of an event before a word makes it its genitive (محادثات سلام:
    peace talks), which is no man."""
    return word.startswith("م") or word.endswith(("ه", "ات", "ين", "ء")) \
        or (len(word) > 3 and word[-2] == "ا")


def _lone_surnames(reading: Reading, gazetteer: Gazetteer, vocabulary: Vocabulary) -> None:
    """A known person's short name alone (من التقى ظريف؟، متى زار ظريف الكويت؟) is read as him when it stands right
    after a verb of an event (التقى، زار) or after a person already read (الجبير وظريف، استقبل الملك سلمان ظريف);
    a short name that is also an ordinary word (سلام: peace) is read as no one after a noun (معاهدة سلام) or
    anywhere else."""
    surnames = _arabic_surnames(gazetteer)
    text = reading.text
    verbs = [hit.end for hit in vocabulary.types.find(text)
             if "ال" not in hit.prefix and not _noun_shaped(text[hit.start:hit.end].split()[-1])]
    for word in _AR_WORD.finditer(text):
        start, key = word.start(), word.group()
        joined = key.startswith("و") and key not in surnames and key[1:] in surnames
        if joined:
            start, key = start + 1, key[1:]
        person = surnames.get(key)
        if person is None or any(n.start < word.end() and start < n.end for n in reading.named):
            continue
        after_verb = any(text[end:word.start()].strip() == "" for end in verbs if end <= word.start())
        after_person = any(n.kind == "person" and text[n.end:word.start()].strip() == "" for n in reading.named)
        if after_verb or after_person:
            reading.named.append(Named(person, "person", start, word.end(), text[start:word.end()],
                                       prefix="و" if joined else "", form="surname"))
            reading.named.sort(key=lambda n: n.start)


def _english_name(entity: Entity) -> str:
    """An entity's English name, lower case, without a bracketed note (Georgia (country) -> georgia)."""
    return re.sub(r"\s*\(.*\)$", "", entity.name_en).lower()


@cache
def _english_surnames(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Lower-case surname (the last word of the English name) -> the persons who have it."""
    surnames: dict[str, set[str]] = {}
    for entity in gazetteer.entities("person"):
        surnames.setdefault(_english_name(entity).split()[-1], set()).add(entity.id)
    return {surname: frozenset(ids) for surname, ids in surnames.items()}


@cache
def _english_names(gazetteer: Gazetteer, extra: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], frozenset[str]]:
    """Lower-case English name -> entity id: names, a person's surname when no one else has it, extras; and
    the keys that are such a surname alone (may, of Theresa May), which a question word can outrank."""
    names: dict[str, str] = {}
    for entity in gazetteer.entities():
        name = _english_name(entity)
        names[name] = entity.id
        if name.startswith("the "):
            names[name[4:]] = entity.id
    lone = set()
    for surname, ids in _english_surnames(gazetteer).items():
        if len(ids) == 1 and surname not in names:
            names[surname] = next(iter(ids))
            lone.add(surname)
    names.update(dict(extra))
    return names, frozenset(lone - dict(extra).keys())


def _surname_of_the_time(token: str, gazetteer: Gazetteer, latest: str | None) -> str | None:
    """The one person of a shared surname (Carter) who held an office at the knowledge base's latest date: the
    Carter of the time the base covers (Ashton, in a base of 2015 news; not Jimmy)."""
    shared = _english_surnames(gazetteer).get(re.sub(r"'s?$", "", token), frozenset())
    if len(shared) < 2 or not latest:
        return None
    holding = [person for person in sorted(shared) if gazetteer.offices_held(person, latest)]
    return holding[0] if len(holding) == 1 else None


def _read_english(question: str, gazetteer: Gazetteer, vocabulary: Vocabulary, latest: str | None = None) -> Reading:
    text = normalize(question).text
    reading = Reading("en", question, text)
    names, lone = _english_names(gazetteer, tuple(sorted(vocabulary.names.items())))
    tokens = [(m.start(), m.end(), m.group()) for m in _EN_TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        found = _longest_name(tokens, i, names, question, gazetteer)
        if found is None and (person := _surname_of_the_time(tokens[i][2], gazetteer, latest)) is not None:
            found = (1, person)
        if found is None or (found[0] == 1 and tokens[i][2] in lone and _month_of_a_date(tokens, i, vocabulary)):
            i += 1
            continue
        length, entity_id = found
        start, end, last = tokens[i][0], tokens[i + length - 1][1], tokens[i + length - 1][2]
        possessive = last.endswith(("'s", "'"))
        if possessive:
            end -= 2 if last.endswith("'s") else 1
        entity = gazetteer.get(entity_id)
        reading.named.append(Named(entity_id, entity.kind if entity else "state", start, end, text[start:end],
                                   possessive=possessive))
        i += length
    reading.unknown = _unknown_capitalized(question, tokens, reading, vocabulary)
    return reading


def _month_of_a_date(tokens: list[tuple[int, int, str]], i: int, vocabulary: Vocabulary) -> bool:
    """Whether token ``i`` is a month beside a number (in May 1997, 5 May): a date, not a surname (May)."""
    if not any(hit.entry.value == "month" for hit in vocabulary.time_words.find(tokens[i][2])):
        return False
    return any(0 <= j < len(tokens) and tokens[j][2].isdigit() for j in (i - 1, i + 1))


def _longest_name(tokens: list[tuple[int, int, str]], i: int, names: dict[str, str], original: str,
                  gazetteer: Gazetteer) -> tuple[int, str] | None:
    for length in range(min(_MAX_NAME_WORDS, len(tokens) - i), 0, -1):
        words = [t[2] for t in tokens[i:i + length]]
        words[-1] = re.sub(r"'s?$", "", words[-1])
        key = " ".join(words)
        if key in names:
            return length, names[key]
        if key.startswith("the ") and key[4:] in names:
            return length, names[key[4:]]
    start, end, _ = tokens[i]
    code = original[start:end]
    entity = gazetteer.get(code)
    if len(code) == 2 and code.isupper() and entity is not None and entity.kind == "state":
        return 1, code
    return None


_FUNCTION_WORDS = frozenset({
    "i", "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "from", "with", "did", "does",
    "do", "is", "are", "was", "were", "has", "have", "had", "will", "which", "what", "who", "whom", "when",
    "where", "how", "many", "much", "ever", "it", "its", "their", "his", "her", "they", "he", "she"})


def _unknown_capitalized(question: str, tokens: list[tuple[int, int, str]], reading: Reading,
                         vocabulary: Vocabulary) -> list[str]:
    """Capitalized words after the first that are no known name nor a word of the question vocabulary: a name
    the base does not know ("When did Smith visit Astana?"), which must not be answered as if it were absent."""
    if len(reading.text) != len(question):  # normalization changed the length: positions would not match
        return []
    covered = [(n.start, n.end) for n in reading.named]
    people = reading.people_at()
    unknown = []
    for number, (start, end, word) in enumerate(tokens):
        surface = question[start:end]
        if number == 0 or not surface[:1].isupper() or any(s <= start < e for s, e in covered):
            continue
        if number + 1 < len(tokens) and tokens[number + 1][0] in people:
            continue  # Prince Mohammed bin Salman, Sheikh Tamim: a title before a person the base knows
        bare = re.sub(r"'s?$", "", word)
        if bare in _FUNCTION_WORDS or _known_word(vocabulary, bare):
            continue
        unknown.append(re.sub(r"'s?$", "", surface))
    return unknown


def _known_word(vocabulary: Vocabulary, word: str) -> bool:
    matchers = (vocabulary.types, vocabulary.question_words, vocabulary.nouns, vocabulary.time_words,
                vocabulary.qualifiers, vocabulary.modality, vocabulary.roles)
    return any(matcher.find(word) for matcher in matchers)
