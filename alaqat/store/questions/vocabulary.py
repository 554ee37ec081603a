"""What a question's words mean, loaded once per language from ``lang/<lang>/questions/`` and, for Arabic,
from the extractor's own lexicon (``lang/ar/events/``: trigger words, their ``needs``, and the cue classes for
modality, level, office, channel, what was given up, kind of aid and of mission).

Deriving the type words from the trigger lexicon is what makes an event type askable the day the extractor
can extract it: a new trigger row is a new question word too. The curated files only add question forms the
extractor has no use for (present tense of a past act, a noun the press rarely uses as a trigger).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from alaqat.extract.lexicon import CLITICS, load_lexicon
from alaqat.lang import LANG_ROOT, read_json, read_tsv_dicts
from alaqat.normalize import normalize_key

NEEDS_UNMET = 0.6  # a trigger whose companion word is absent still counts, less surely: questions are short
QUALIFIER_CLASSES = {"office": "office", "what": "what", "channel": "channel", "level": "level",
                     "aid_kind": "kind", "mission": "mission"}  # cue class -> the event role it narrows
MODALITY_CLASSES = ("planned", "intended", "proposed", "negated")
_ARABIC_SUFFIX = r"(?:هما|هم|ها|ه|كم|ا)?"  # a pronoun, or the alef of an accusative noun (وسيطا، مقعدا)
_CONJUNCTIONS = r"(?:و|ف)"


@dataclass(frozen=True)
class Entry:
    """One vocabulary word: what it stands for (``value``), how sure it makes that (``weight``), and the
    words one of which must also be in the question for the full weight (``needs``)."""

    surface: str
    value: str
    weight: float = 1.0
    extra: str = ""
    needs: tuple[str, ...] = ()
    flag: str = ""  # question words: "yes" when only a question word at the start of the question


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry
    prefix: str = ""  # the proclitics before the word (Arabic), e.g. "ب" of "بكازاخستان"
    suffix: str = ""  # the pronoun after it (Arabic), e.g. "ها" of "زارها"


class Matcher:
    """Finds the entries of one word class in a normalized question, longest surface first."""

    def __init__(self, entries: Iterable[Entry], lang: str, clitics: str | None = CLITICS, suffixes: bool = True):
        self.by_surface: dict[str, list[Entry]] = {}
        for entry in entries:
            self.by_surface.setdefault(entry.surface, []).append(entry)
            if lang == "ar" and suffixes and entry.surface.endswith("ه") and " " not in entry.surface:
                # ta marbuta before a pronoun: رئاسة -> رئاستها
                self.by_surface.setdefault(entry.surface[:-1] + "ت", []).append(entry)
        surfaces = sorted(self.by_surface, key=len, reverse=True)
        if lang == "ar":
            alternation = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in surfaces) or r"(?!x)x"
            prefix = f"(?P<p>{clitics})?" if clitics else ""
            suffix = f"(?P<s>{_ARABIC_SUFFIX})" if suffixes else "(?P<s>)"
            self.regex = re.compile(rf"(?<![^\W_]){prefix}(?P<w>{alternation}){suffix}(?![^\W_])")
        else:
            parts = [re.escape(s.rstrip("*")).replace(r"\ ", r"\s+") + (r"[\w-]*" if s.endswith("*") else "")
                     for s in surfaces]
            alternation = "|".join(parts) or r"(?!x)x"
            self.regex = re.compile(rf"(?<![\w-])(?P<w>{alternation})(?![\w-])")
        self.lang = lang

    def find(self, text: str) -> list[Hit]:
        hits = []
        for match in self.regex.finditer(text):
            word = " ".join(match.group("w").split())
            entries = self.by_surface.get(word) or self._wildcard(word)
            groups = match.groupdict()
            for entry in entries:
                hits.append(Hit(match.start(), match.end(), entry, groups.get("p") or "", groups.get("s") or ""))
        return hits

    def _wildcard(self, word: str) -> list[Entry]:
        """The entries of an English ``stem*`` surface that ``word`` begins with (longest stem first)."""
        for surface in sorted(self.by_surface, key=len, reverse=True):
            if surface.endswith("*") and word.startswith(surface[:-1]):
                return self.by_surface[surface]
        return []


@dataclass(frozen=True)
class Vocabulary:
    lang: str
    types: Matcher
    question_words: Matcher
    nouns: Matcher
    time_words: Matcher
    roles: Matcher
    qualifiers: Matcher
    modality: Matcher
    names: dict[str, str]  # English only: lower-case name -> entity id


def _key(lang: str, word: str) -> str:
    return normalize_key(word) if lang == "ar" else " ".join(word.lower().split())


def _rows(lang: str, name: str) -> list[dict[str, str]]:
    return read_tsv_dicts(LANG_ROOT / lang / "questions" / name)


def _type_entries(lang: str) -> list[Entry]:
    """Type words: the curated question words, the type names of phrases.json, the ontology's own type codes
    (relations established -> relations.established) and, for Arabic, every trigger of the extractor."""
    entries = [Entry(_key(lang, r["word"]), r["type"], float(r["weight"])) for r in _rows(lang, "types.tsv")]
    for event_type, name in read_json(LANG_ROOT / lang / "phrases.json").get("type_names", {}).items():
        entries.append(Entry(_key(lang, name), event_type, 0.9))
    if lang == "ar":
        for surface, triggers in load_lexicon().triggers.items():
            for trigger in triggers:
                needs = tuple(n for n in trigger.needs if n != "@date")
                entries.append(Entry(surface, trigger.type, trigger.weight, needs=needs))
    return entries


def _cue_entries(classes: dict[str, str]) -> list[Entry]:
    """Entries from the extractor's cue classes (Arabic): ``classes`` maps a cue class to the value kept."""
    cues = load_lexicon().cues
    return [Entry(word, role, 0.9, extra=value)
            for cls, role in classes.items() for word, value in cues.get(cls, {}).items()]


def _qualifier_entries(lang: str) -> list[Entry]:
    entries = [Entry(_key(lang, r["word"]), QUALIFIER_CLASSES[r["class"]], float(r["weight"]), extra=r["value"])
               for r in _rows(lang, "qualifiers.tsv")]
    if lang == "ar":
        entries += _cue_entries(QUALIFIER_CLASSES)
    return entries


def _modality_entries(lang: str) -> list[Entry]:
    entries = [Entry(_key(lang, r["word"]), r["modality"]) for r in _rows(lang, "modality.tsv")]
    if lang == "ar":
        entries += [Entry(word, value) for word, value in load_lexicon().cues.get("modality", {}).items()
                    if value in MODALITY_CLASSES]
    return entries


@cache
def vocabulary(lang: str) -> Vocabulary:
    """The question vocabulary of ``lang`` ("ar" or "en"), loaded once."""
    conj = _CONJUNCTIONS if lang == "ar" else None
    words = [Entry(_key(lang, r["word"]), r["shape"], extra=r["asks"], flag=r["start"])
             for r in _rows(lang, "words.tsv")]
    nouns = [Entry(_key(lang, r["word"]), r["asks"]) for r in _rows(lang, "nouns.tsv")]
    times = [Entry(_key(lang, r["word"]), r["relation"], extra=r.get("value", "")) for r in _rows(lang, "time.tsv")]
    roles = [Entry(_key(lang, r["word"]), r["mark"], flag=r["pronoun"]) for r in _rows(lang, "roles.tsv")]
    names = {_key(lang, r["name"]): r["id"] for r in _rows(lang, "names.tsv")} if lang == "en" else {}
    return Vocabulary(
        lang=lang,
        types=Matcher(_type_entries(lang), lang),
        question_words=Matcher(words, lang, clitics=conj, suffixes=False),
        nouns=Matcher(nouns, lang),
        time_words=Matcher(times, lang, clitics=conj, suffixes=False),
        roles=Matcher(roles, lang, clitics=conj, suffixes=False),
        qualifiers=Matcher(_qualifier_entries(lang), lang),
        modality=Matcher(_modality_entries(lang), lang, clitics=conj),
        names=names,
    )
