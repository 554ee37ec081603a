"""Entity linking: every gazetteer name found in the normalized text, with clitics, linked to one id.

One Aho-Corasick automaton holds every normalized alias (and, for names with the article, the form the
preposition ل fuses with: للعراق = ل + العراق). A match counts only on word boundaries, where the letters
before it are a proclitic sequence (و ف ب ل ك and combinations); longest matches win and never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from alaqat.annotate.gazetteer import ARTICLE, Alias, Gazetteer, default_gazetteer
from alaqat.lang import data_path, iter_tsv
from alaqat.model import Mention, Sentence, Token
from alaqat.normalize.text import NormalizedText, normalize_key
from alaqat.normalize.tokens import Segmenter, default_segmenter

_VOWEL_MARKS = re.compile("[\u064b-\u0650\u0652]")  # the short vowels and tanween, not the shadda (\u0651)
BEFORE_WINDOW = 25
AFTER_WINDOW = 20
WORD_BEFORE_REACH = 40  # characters before a name searched for the one word right before it
_LAST_WORD = re.compile(r"(?:^|[^\w])(\w+)[ \t]+$")
_PATRONYMIC = re.compile(r"(?:^|\s)(?:ا?بن|بنت)\s+$")  # the word before a father's name
_FATHER_NEXT = re.compile(r"\s+(?:بن|بنت)\s+\w")  # a father's name follows (سلطان بن سلمان)


@dataclass(frozen=True)
class _Key:
    alias: Alias
    fused: bool  # the key lost its article's alef to a preceding ل
    length: int  # the characters it matches in the text (the alias's, less the alef a fused ل took)
    clitics: frozenset[str]  # the proclitics it may follow in its word ("" among them unless it is fused)


def _proclitics() -> tuple[frozenset[str], frozenset[str]]:
    """(clitics allowed before a name, clitics ending in the ل that fuses with an article)."""
    plain = {normalize_key(r[0]) for r in iter_tsv(data_path("clitics.tsv")) if r[1].strip() == "no"}
    plain.add("")
    fused = {c for c in plain if c.endswith("ل")}
    return frozenset(plain), frozenset(fused)


def _word_before(text: str, start: int) -> str:
    """The whole word right before ``start``, across spaces only (حكومة of حكومة مالي), or ''."""
    match = _LAST_WORD.search(text, max(0, start - WORD_BEFORE_REACH), start)
    return match.group(1) if match else ""


def _proclitic(text: str, start: int) -> str:
    """The letters glued before a name that starts at ``start`` (و، ب، لل …), from the start of its word."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    return text[word_start:start]


class EntityLinker:
    """Finds and links entity mentions; load once, then call ``link`` per document."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._plain, self._fused = _proclitics()
        self._automaton = ahocorasick.Automaton()
        for alias in gazetteer.aliases:
            self._add(alias.key, _Key(alias, False, len(alias.key), self._plain))
            if alias.key.startswith(ARTICLE) and len(alias.key) > 3:
                fused = "ل" + alias.key[len(ARTICLE):]
                self._add(fused, _Key(alias, True, len(fused), self._fused - {""}))
        self._automaton.make_automaton()
        words = {w for alias in gazetteer.aliases for w in alias.key.split()}
        self.segmenter: Segmenter = default_segmenter().with_words(words)

    def _add(self, key: str, value: _Key) -> None:
        existing = self._automaton.get(key, None)
        if existing is None or (existing.fused and not value.fused):
            self._automaton.add_word(key, value)

    @classmethod
    def load(cls) -> EntityLinker:
        return cls(default_gazetteer())

    # -- matching --------------------------------------------------------------------------------------
    def _candidates(self, text: str) -> list[tuple[int, int, _Key]]:
        """Every alias the automaton finds that ends a word and follows a proclitic it allows (most start their
        word: no clitic to read back)."""
        found = []
        size = len(text)
        for last, key in self._automaton.iter(text):
            end = last + 1
            if end < size and text[end].isalnum():
                continue
            start = end - key.length
            prefix = _proclitic(text, start) if start and text[start - 1].isalnum() else ""
            if prefix in key.clitics:
                found.append((start, end, key))
        return found

    def _without_patronymics(self, text: str, candidates: list[tuple[int, int, _Key]]) -> list[tuple[int, int, _Key]]:
        """محمد بن سلمان بن عبدالعزيز is the son: a name that starts after بن inside a name begun earlier is
        that name's father (سلمان بن عبدالعزيز), however long, and not a mention of its own; so is a known man's
        name after بن when the son is a man the gazetteer does not know (الأمير سلطان بن سلمان بن عبدالعزيز is not
        King Salman)."""
        def patronymic(start: int, end: int, key: _Key) -> bool:
            if _PATRONYMIC.search(text, max(0, start - 6), start) is None:
                return False
            return any(s < start < e < end for s, e, _ in candidates) or self._names_person(key)
        return [c for c in candidates if not patronymic(*c)]

    def _without_other_fathers(self, text: str, candidates: list[tuple[int, int, _Key]]) -> list[tuple[int, int, _Key]]:
        """الأمير سلطان بن سلمان is not الأمير سلطان (Sultan bin Abdulaziz): a person's short name with no father in it,
        followed by بن and another father's name than the gazetteer's, names another man. The full name, when it
        is the known one (سلطان بن عبدالعزيز), is a longer candidate of its own and is kept."""
        def other_man(end: int, key: _Key) -> bool:  # (the father's word after it first: most names have none)
            return (_FATHER_NEXT.match(text, end) is not None and "بن" not in key.alias.key.split()
                    and self._names_person(key))
        return [c for c in candidates if not other_man(c[1], c[2])]

    def _names_person(self, key: _Key) -> bool:
        """Whether a candidate's alias names a person of the gazetteer (not a state, a body or a place)."""
        entity = self.gazetteer.get(key.alias.id)
        return entity is not None and entity.kind == "person"

    @staticmethod
    def _longest_first(candidates: list[tuple[int, int, _Key]]) -> list[tuple[int, int, _Key]]:
        """The candidates no longer one overlaps (the earlier of two as long), in text order. The characters taken
        are marked in a bytearray, whose ``find`` looks a span over in C."""
        taken = bytearray(max((end for _, end, _ in candidates), default=0))
        chosen = []
        for start, end, key in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, key))
        return sorted(chosen, key=lambda c: c[0])

    def _resolve(self, alias: Alias, text: str, start: int, sentence: tuple[int, int], end: int = 0,
                 spelling: str = "") -> str:
        """The entity an ambiguous alias stands for here (ambiguous.tsv), else the alias's own id. ``sentence`` is
        the span of its sentence in ``text``; ``spelling`` is the mention as the original text writes it, with the
        marks normalization drops (عمّان is Amman)."""
        rules = self.gazetteer.context_rules.get(alias.key)
        if not rules:
            return alias.id
        before = text[max(0, start - BEFORE_WINDOW): start]
        for rule in rules:
            if rule.where == "spelled" and rule.cue in _VOWEL_MARKS.sub("", spelling):
                return rule.id  # (عمَّان: a vowel mark written before the shadda hides it no more)
            if rule.where == "before" and rule.cue in before:
                return rule.id
            if rule.where == "clitic" and _proclitic(text, start).endswith(rule.cue):
                return rule.id
            if rule.where == "word_before" and not _proclitic(text, start) and _word_before(text, start) == rule.cue:
                return rule.id
            if rule.where == "after" and text[end:end + AFTER_WINDOW].lstrip().startswith(rule.cue):
                return rule.id
            if rule.where == "sentence" and rule.cue in text[sentence[0]:sentence[1]]:
                return rule.id
            if rule.where == "document" and rule.cue in text:
                return rule.id
        defaults = [r.id for r in rules if r.where == "*"]
        return defaults[0] if defaults else alias.id

    def link(
        self, doc_id: str, ntext: NormalizedText, tokens: Iterable[Token] = (), sentences: Iterable[Sentence] = ()
    ) -> list[Mention]:
        """Mentions of ``ntext`` sorted by start; spans exclude proclitics and point into the original."""
        text = ntext.text
        bounds = [(ntext.to_normalized(s.start), ntext.to_normalized(s.end)) for s in sentences] or [(0, len(text))]
        mentions: list[Mention] = []
        seen_full: set[str] = set()
        b = 0
        for start, end, key in self._longest_first(self._without_other_fathers(
                text, self._without_patronymics(text, self._candidates(text)))):
            while b < len(bounds) - 1 and bounds[b][1] <= start:
                b += 1
            o_start, o_end = ntext.span_to_original(start, end)
            spelling = ntext.original[o_start:o_end]
            entity_id = self._resolve(key.alias, text, start, bounds[b], end, spelling)
            entity = self.gazetteer.get(entity_id)
            if entity is None:
                continue
            if key.alias.form == "short" and entity_id not in seen_full:
                continue
            if key.alias.form != "short":
                seen_full.add(entity_id)
            kind = "org" if entity.kind == "org" else entity.kind
            mentions.append(Mention(doc_id, o_start, o_end, spelling, entity_id, kind,
                                    key.alias.form if entity.kind == "state" or key.alias.form == "short"
                                    else "name"))
        return mentions
