"""Actors: who acts in each phrase, and for which state or organization.

Political event coders (PETRARCH and its successors) code an actor as a country plus an agent. alaqat does the
same over its entity mentions: a title or body that acts for a state (رئيس، وزير الخارجية، سفير، وفد، حكومة …,
``lang/ar/actors/agents.tsv``) takes its state from what follows it in the phrase (a nisba, a state or an
organization in the genitive, a known person), else from the last actor of the same office in the document, else
from the document's home state (``Document.country``: who "the Kingdom" and an unqualified "the foreign
minister" are). A phrase headed by a company, club, player, gunman, festival … (``non_state``) or by a topic
(الأزمة اليمنية، الملف النووي الإيراني: ``not_actor``) acts for nobody, and the states it names are no actors.

The stage reads the normalized text's tokens and the linked mentions and returns ``Actor`` records (original
offsets, non-overlapping, in text order). Names that follow a title and are not in the gazetteer become persons
local to the document, found again later by their surname.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from heapq import heappop, heappush
from itertools import accumulate, compress
from operator import add

from alaqat.annotate.gazetteer import LEADER_OFFICES, Gazetteer, default_gazetteer
from alaqat.lang import data_path, read_tsv_dicts, read_word_list
from alaqat.model import Actor, Document, Mention, Token
from alaqat.normalize.text import NormalizedText, normalize_key
from alaqat.normalize.tokens import strip_article, words_of

HOLDER_NAME_REACH = 6  # items after an honorific where the known name of a title's holder may end (الأستاذ عادل الجبير)
MAX_NAME_TOKENS = 4  # words of a personal name after a title (محمد جواد ظريف، عبد ربه منصور هادي)
PORTFOLIO_TOKENS = 3  # words of a ministry's field before its nisba (وزير التجارة والصناعة الصيني)
_UNNAMED_OFFICES = ("official",)  # مسؤول، المسؤولين: who holds no office of his own
NON_STATE_REACH = 4  # words a non-state head takes with it (شركة برايفت إير السعودية)
_FRONTED_PLACE = re.compile(r"\s*[وف]{0,2}في\s+(\S+)\s*،")  # وفي إثيوبيا، … (a sentence's opening place)
_BREAK = re.compile(r"[.،,;:؛!?؟()«»\"'\[\]{}\n\u2013\u2014/|]")
_ARTICLE = "ال"
_NISBA_ENDING = normalize_key("ية")  # a feminine nisba's ending, as keys spell it
SAME_CLAUSE_REACH = 40  # characters between two titles of one clause (سيلتقي الرئيس الصيني في بكين بالرئيس …)
_NAME_QUOTES = "\"'«»“”()"
_COUNTERPART = "counterpart"
_BODY_OFFICES = frozenset({"delegation", "government", "cabinet", "ministry", "embassy", "consulate", "mission",
                           "parliament", "army", "side", "relief"})
# Offices whose bare title, with no antecedent, is the home state's (the guide: "وزير الخارجية" with no nisba in
# Saudi press is Saudi); a bare "ambassador" or "envoy" is more often a foreign one, and so is "the government" or
# "the army" of a story about another country, so they wait for context.
# Offices that head a body: followed by a genitive (للمشروع، لحزب), they head that body, not the last one named
_HEAD_OF_BODY = frozenset({"secretary_general"})
# offices whose holder heads a region of a state when a region follows the title (رئيس جمهورية الشيشان)
_REGION_HEADS = LEADER_OFFICES | {"governor"}  # and a governor of a city or province
REGIONAL_HEAD = "regional_head"  # the office of a head of a region: an official of its state
# Offices held abroad: a state or place after لدى / في is where the holder is posted (سفير … لدى الأردن)
POSTED_OFFICES = frozenset({"ambassador", "representative", "envoy", "consul", "attache", "embassy", "consulate",
                             "mission"})
# … of which those who live there (an envoy is sent on errands: المبعوث الأممي بصنعاء is where he went)
_RESIDENT_OFFICES = POSTED_OFFICES - {"envoy", "representative"}
_HOME_DEFAULT = frozenset({"head_of_state", "crown_prince", "deputy_crown_prince", "head_of_government",
                           "deputy_head_of_government", "foreign_minister", "minister", "ministry", "cabinet",
                           "head_of_agency"})
# Offices every state has, whose bare title is the home state's only in a story that speaks of the home state at
# all: وزير العمل in a story about Lebanon that never names Saudi Arabia is Lebanon's, not the Saudi paper's
_FOREIGN_STORY_MENTIONS = 2  # a story names another state at least this often before it is taken for that state's
_STORY_OFFICES = frozenset({"head_of_government", "deputy_head_of_government", "foreign_minister", "minister",
                            "ministry", "cabinet"})
_TO = normalize_key("إلى")
# The gazetteer's name (offices.tsv) of an office the vocabulary names otherwise (نائب رئيس الوزراء)
_GAZETTEER_OFFICE = {"deputy_head_of_government": "deputy_prime_minister"}
# Bare titles that stand for an earlier actor of the same family (الوزير after وزير الخارجية الروسي).
_FAMILY = {"foreign_minister": "minister", "minister": "minister", "deputy_head_of_government": "minister",
           "head_of_state": "head_of_state", "crown_prince": "crown_prince", "deputy_crown_prince": "crown_prince",
           "head_of_government": "head_of_government", "ambassador": "ambassador", "representative": "ambassador",
           "envoy": "envoy", "secretary_general": "secretary_general", "delegation": "delegation"}


@dataclass(frozen=True)
class Agent:
    office: str
    level: str
    required: bool  # acts for somebody only with an explicit state, organization or person
    state: str | None  # a title that always names one state's office
    portfolio: bool
    style: str | None = None  # the style a bare head's title names (president): home only if home's head bears it


TITLE_AFTER_NAME = 2  # items after a name where a title says it is an official's (the title, or a comma and it)
EPITHET_REACH = 400  # characters back to the person an epithet (الدبلوماسي السويدي) may describe
STYLE_REACH = 20  # characters before a person's name where the style that names him may stand (صاحب السمو)


@dataclass(frozen=True)
class Entry:
    cls: str  # agent, honorific, non_state, not_actor, self
    agent: Agent | None = None
    states: frozenset[str] = frozenset()  # self: the home states it may mean ("*" = any)
    count: int = 0  # counted: how many states it stands for (الدول الثلاث)
    honorific: str = ""  # pronoun_person: the style its person was named with (سموه: سمو)
    levels: frozenset[str] = frozenset()  # pronoun_person: the levels that style is given to


@dataclass(frozen=True)
class Vocabulary:
    """The actor words of ``lang/ar/actors/``, keyed by their normalized token sequence."""

    entries: dict[tuple[str, ...], Entry]
    longest: int
    posting: frozenset[str]
    name_link: frozenset[str]
    name_stop: frozenset[str]
    given: frozenset[str]  # given names that may open a personal name the gazetteer does not know
    heads: dict[str, int] = field(default_factory=dict)  # first word of an entry -> its longest entry's length
    title_adjectives: frozenset[str] = frozenset()  # الخاص، الدائم: between what a title acts for and its posting
    field_joiners: frozenset[str] = frozenset()  # وشؤون: a second field joined to a ministry's title
    agent_modifiers: frozenset[str] = frozenset()  # برلماني، رسمي: between an agent and what it acts for
    foreign_given: frozenset[str] = frozenset()  # جون، برونو: given names that are no home official's
    nationality: frozenset[str] = frozenset()  # الجنسية: after a nisba, a person's nationality (باكستاني الجنسية)
    spoken_for: frozenset[str] = frozenset()  # باسم، نيابة عن: the title after them is the speaker's state's
    state_styles: frozenset[str] = frozenset()  # جمهورية، دولة: after a title and ب, the style of its state's name
    home_styles: dict[str, frozenset[str]] = field(default_factory=dict)  # state -> the styles its heads bear
    scene: frozenset[str] = frozenset()  # في، إلى: before a place, where the story happens
    epithets: frozenset[str] = frozenset()  # الدبلوماسي: with a nisba, a description of the man just named
    regnal: frozenset[str] = frozenset()  # الثاني، السادس: the number of a ruler's name, no surname of his
    then: frozenset[str] = frozenset()  # آنذاك، حينها: between a title and the name of the one who then held it
    head_of: frozenset[str] = frozenset()  # برئاسة: between a body (الوفد التشادي) and the title of its head
    former: frozenset[str] = frozenset()  # السابق، الأسبق، المخلوع: after a title, one who no longer holds it
    home_princes: dict[str, frozenset[str]] = field(default_factory=dict)  # state -> its royals' honorifics
    # جامعة، مطار: nouns of things named after a person, whatever other class the same word has (جامعة acts for
    # nobody, and a university named after a princess is no princess acting)
    named_after: frozenset[str] = frozenset()
    the_country: frozenset[str] = frozenset()  # البلاد: after a title, the state where the sentence is set
    governs_body: frozenset[str] = frozenset()  # رئيس، جلسة: a noun whose genitive a body after it is (no actor)
    plural_titles: frozenset[str] = frozenset()  # سفراء، قادة: after a title, other people (no one man's office)
    # الأوروبي -> org:EU: an adjective that, right after one official's title, names the body he serves
    body_adjectives: dict[str, str] = field(default_factory=dict)
    own_fields: frozenset[str] = frozenset()  # خارجيتها، دفاعه: a ministry's field with "its": the state just named
    speaker_pronouns: frozenset[str] = frozenset()  # أنه، إنها: "that he", the one who says it (أنه والملك …)

    def home_bears(self, home: str, agent: Agent) -> bool:
        """Whether a bare title may stand for the home state: الرئيس may in an Egyptian paper, not in a Saudi one,
        whose king heads the state and chairs its council of ministers. A state without a row takes every title."""
        styles = self.home_styles.get(home)
        return agent.style is None or styles is None or agent.style in styles

    def words(self) -> set[str]:
        """Every word the tokenizer must keep whole (لوزير = ل + وزير only if وزير is known)."""
        words = {w for key in self.entries for w in key}
        return words | set(self.posting) | set(self.name_link) | set(self.state_styles)

    def match(self, stems: list[str], at: int) -> tuple[int, Entry] | None:
        """The longest entry starting at token ``at``: (its length in tokens, the entry). Most words open no
        entry, so the first word is looked up before any longer key is built."""
        longest = self.heads.get(stems[at], 0) if self.heads else self.longest
        for length in range(min(longest, len(stems) - at), 0, -1):
            entry = self.entries.get(tuple(stems[at:at + length]))
            if entry is not None:
                return length, entry
        return None


@cache
def load_vocabulary() -> Vocabulary:
    entries: dict[tuple[str, ...], Entry] = {}
    for row in read_tsv_dicts(data_path("actors", "agents.tsv")):
        agent = Agent(row["office"], row["level"], row["qualifier"] == "required", row.get("state") or None,
                      row.get("portfolio") == "yes", row.get("style") or None)
        entries[tuple(normalize_key(row["agent"]).split())] = Entry("agent", agent)
    sets: dict[str, set[str]] = {"posting": set(), "name_link": set(), "name_stop": set(), "title_adjective": set(),
                                 "field_joiner": set(), "agent_modifier": set(), "nationality": set(),
                                 "spoken_for": set(), "state_style": set(), "scene": set(), "epithet": set(),
                                 "regnal": set(), "then": set(), "head_of": set(), "former": set(),
                                 "the_country": set(), "governs_body": set(), "plural_title": set(),
                                 "own_field": set(), "speaker_pronoun": set()}
    named_after: set[str] = set()
    body_adjectives: dict[str, str] = {}
    for row in read_tsv_dicts(data_path("actors", "words.tsv")):
        key = tuple(normalize_key(row["word"]).split())
        if row["class"] == "body_adjective":
            body_adjectives[" ".join(key)] = row["value"]
        elif row["class"] in sets:
            sets[row["class"]].add(" ".join(key))
        elif row["class"] == "self":
            entries[key] = Entry("self", states=frozenset(row["value"].split()))
        elif row["class"] == "counted":
            entries[key] = Entry("counted", count=int(row["value"]))
        elif row["class"] == "pronoun_person":
            style, *levels = row["value"].split()
            entries[key] = Entry("pronoun_person", honorific=normalize_key(style), levels=frozenset(levels))
        else:
            # شركة and الشركة, المطعم and مطعم: a head word is the same with or without its article; an honorific
            # only loses it (الشيخ، شيخ): with it, دولة (the style of a prime minister) would be الدولة (وزير الدولة)
            first = key[0]
            other = first[len(_ARTICLE):] if first.startswith(_ARTICLE) and len(first) > 4 else _ARTICLE + first
            variants = [key]
            if row["class"] != "honorific" or not other.startswith(_ARTICLE):
                variants.append((other, *key[1:]))
            for variant in variants:
                entries.setdefault(variant, Entry(row["class"]))
                if row["class"] == "named_after":
                    named_after.add(" ".join(variant))
    foreign = frozenset(normalize_key(w) for w in read_word_list(data_path("actors", "foreign_given_names.txt")))
    given = foreign | frozenset(normalize_key(w) for w in read_word_list(data_path("actors", "given_names.txt")))
    heads: dict[str, int] = {}
    for key in entries:
        heads[key[0]] = max(heads.get(key[0], 0), len(key))
    return Vocabulary(entries, max(len(k) for k in entries), frozenset(sets["posting"]),
                      frozenset(sets["name_link"]), frozenset(sets["name_stop"]), given, heads,
                      frozenset(sets["title_adjective"]), frozenset(sets["field_joiner"]),
                      frozenset(sets["agent_modifier"]), foreign, frozenset(sets["nationality"]),
                      frozenset(sets["spoken_for"]), frozenset(sets["state_style"]), _home_styles(),
                      frozenset(sets["scene"]), frozenset(sets["epithet"]), frozenset(sets["regnal"]),
                      frozenset(sets["then"]), frozenset(sets["head_of"]), frozenset(sets["former"]),
                      _home_princes(), frozenset(named_after), frozenset(sets["the_country"]),
                      frozenset(sets["governs_body"]), frozenset(sets["plural_title"]), body_adjectives,
                      frozenset(sets["own_field"]), frozenset(sets["speaker_pronoun"]))


_FATHER_LINKS = frozenset({normalize_key("بن"), normalize_key("بنت"), normalize_key("ابن")})  # فلان بن فلان


def _home_princes() -> dict[str, frozenset[str]]:
    princes: dict[str, set[str]] = {}
    for row in read_tsv_dicts(data_path("actors", "home_princes.tsv")):
        princes.setdefault(row["state"], set()).add(normalize_key(row["honorific"]))
    return {state: frozenset(words) for state, words in princes.items()}


def _home_styles() -> dict[str, frozenset[str]]:
    return {row["state"]: frozenset(row["styles"].split())
            for row in read_tsv_dicts(data_path("actors", "home_styles.tsv"))}


# -- the token stream as items ----------------------------------------------------------------------------------
@dataclass(slots=True)
class _Item:
    """A mention, a vocabulary entry or a plain word, over tokens [first, last]."""

    first: int
    last: int
    start: int  # normalized offsets of the item (from the stem: a proclitic is not part of it)
    end: int
    clitic: str  # proclitic before it (و، ل، ب، ال is not a clitic here)
    broken: bool  # punctuation between the previous item and this one
    mention: Mention | None = None
    entry: Entry | None = None
    stem: str = ""


@dataclass
class _Draft:
    """An actor being read, piece by piece."""

    first: _Item
    last: _Item
    offices: list[Agent] = field(default_factory=list)
    state: str | None = None  # said in the phrase
    org: str | None = None
    person: str | None = None
    name: list[str] = field(default_factory=list)  # a name the gazetteer does not know
    name_span: tuple[int, int] | None = None  # where that name is written (normalized offsets)
    surname: str | None = None  # the last word of the gazetteer's name for the person, when it may stand alone
    posting: str | None = None
    entity: str | None = None
    form: str = "title"
    honorific: bool = False
    style: str = ""  # the honorific's key (الأمير), when one was read
    definite: bool = False  # the title is definite (الوزير، وزير الخارجية): "the" one of the context
    portfolio: bool = False  # a ministry's field was read (وزير الاقتصاد): a specific office, no anaphor
    lineage: bool = False  # the name went on with بن (عبدالله بن عبدالمحسن): a nisba after it is a family name
    unknown_body: bool = False  # الأمين العام للتيار الوطني: the head of a body we do not know, no anaphor
    former: bool = False  # الرئيس الفرنسي السابق: he held the office once, and holds it no longer

    @property
    def has_name(self) -> bool:
        return bool(self.person or self.name)


@dataclass
class ActorReading:
    """What the actor stage read in a document: its actors, and the spans (original offsets) of the phrases headed
    by a word that never acts for a state."""

    actors: list[Actor]
    non_state: list[tuple[int, int]]


class ActorLinker:
    """Reads the actors of a document; load once with ``ActorLinker.load()``."""

    def __init__(self, vocabulary: Vocabulary, gazetteer: Gazetteer):
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
        # روحاني، لافروف: the short names of known people, which the entity stage takes alone only after a full
        # mention; right after a title they name the holder at once (الرئيس روحاني)
        self.short_people = {alias.key: alias.id for alias in gazetteer.aliases if alias.form == "short"
                             and (entity := gazetteer.get(alias.id)) is not None and entity.kind == "person"}
        # the words that may make an actor of an item neither a mention nor an entry: a given name (which may open
        # a name) and a speaker's pronoun (أنه والملك)
        self.plain_openers = vocabulary.given | vocabulary.speaker_pronouns

    @classmethod
    def load(cls) -> ActorLinker:
        return cls(load_vocabulary(), default_gazetteer())

    def words(self) -> set[str]:
        return self.vocabulary.words()

    # -- per document ---------------------------------------------------------------------------------------
    def link(self, doc: Document, ntext: NormalizedText, tokens: list[Token], mentions: list[Mention]) -> list[Actor]:
        return self.read(doc, ntext, tokens, mentions).actors

    def read(self, doc: Document, ntext: NormalizedText, tokens: list[Token], mentions: list[Mention]) -> ActorReading:
        """The actors, and the phrases read as acting for nobody (a company, a family, a club …), whose place in a
        sentence the event frames need: such a phrase as a clause's subject leaves no state to carry over to it."""
        items = self._items(ntext, tokens, mentions)
        reader = _DocumentReader(self, doc, ntext, items)
        actors = reader.read()
        if reader.home_defaulted and not self._speaks_of_home(actors, mentions, doc):
            reader = _DocumentReader(self, doc, ntext, items, home_titles=False)
            actors = reader.read()
        return ActorReading(_named_in_apposition(actors, doc.text),
                            [ntext.span_to_original(s, e) for s, e in reader.non_state])

    def _speaks_of_home(self, actors: list[Actor], mentions: list[Mention], doc: Document) -> bool:
        """Whether the document names its home state otherwise than by a bare title: by name, nisba, capital,
        self-reference (المملكة), a known person of it or one of its places (جدة)."""
        home = doc.country
        # نظيره الماليزي names whom the story's official meets, not whose story it is
        others = Counter(a.state for a in actors if a.state and a.state != home and a.explicit
                         and a.form != "counterpart")
        if not others or others.most_common(1)[0][1] < _FOREIGN_STORY_MENTIONS:
            return True  # too little said of any other state to call the story another's
        return any(a.state == home and (a.explicit or a.form == "self") for a in actors) or any(
            m.kind == "place" and self.gazetteer.state_of(m.id) == home and self._at_scene(doc.text, m.start)
            for m in mentions)

    def _at_scene(self, text: str, start: int) -> bool:
        """Whether a scene preposition (في، إلى) stands right before ``start`` in the original text; the word is
        normalized as the vocabulary is (إلى is kept as الي)."""
        before = text[max(0, start - 8):start].split()
        return bool(before) and normalize_key(before[-1]) in self.vocabulary.scene

    def _items(self, ntext: NormalizedText, tokens: list[Token], mentions: list[Mention]) -> _Items:
        """The document's tokens as items: a mention or a vocabulary entry over the tokens it covers, every other
        token a plain word. Most tokens open neither, and the reading looks at few of the plain ones, so only the
        tokens that open an entry or a mention are read here, one by one; a plain word's item is made when the
        reading first asks for it (``_LazyItems``)."""
        layout = _token_layout(ntext, tokens)
        stems = [t.stem for t in tokens]
        size = len(tokens)
        by_token, ends = _mentions_by_token(ntext, layout, mentions)
        heads = self.vocabulary.heads  # most words open no entry: only those that may are looked up
        opening = sorted({*compress(range(size), map(heads.__contains__, stems)), *by_token}) if heads else range(size)
        items = _LazyItems(layout, stems)
        token_of = items.token_of
        item_stems: list[str] = []
        opened: list[int] = []
        i = 0
        for first in opening:
            if first < i:
                continue  # inside the mention or entry read last
            token_of += range(i, first)
            item_stems += stems[i:first]
            item = self._opened_item(ntext, layout, stems, by_token, ends, first)
            if item is None:
                i = first + 1
            else:
                items[len(token_of)] = item
                opened.append(len(token_of))
                i = item.last + 1
            token_of.append(first)
            item_stems.append(stems[first])
        token_of += range(i, size)
        item_stems += stems[i:]
        items.size = len(token_of)
        return _Items(items, item_stems, opened)

    def _opened_item(self, ntext: NormalizedText, layout: _Layout, stems: list[str], by_token: dict[int, Mention],
                     ends: dict[int, int], i: int) -> _Item | None:
        """The mention or vocabulary entry token ``i`` opens (the longer when both do), or None for a plain word."""
        vocabulary = self.vocabulary
        heads = vocabulary.heads
        broken = layout.broken
        matched = vocabulary.match(stems, i) if not heads or stems[i] in heads else None
        if matched is not None and matched[0] > 1:  # one word holds no name and no punctuation
            while matched is not None and any(t in by_token and ends[t] >= i + matched[0]
                                              for t in range(i + 1, i + matched[0])):
                # رئيس جمهورية مصر العربية: a vocabulary entry never cuts a name in two (one it holds whole, as
                # مركز الملك سلمان للإغاثة holds الملك سلمان, it keeps)
                matched = vocabulary.match(stems[:i + matched[0] - 1], i)
            while matched is not None and matched[0] > 1 and _split_by_punctuation(broken, i, matched[0]):
                # حركة «حماس»: an entry that punctuation cuts (حركة حماس) leaves the shorter one it opens (حركة)
                matched = vocabulary.match(stems[:i + matched[0] - 1], i)
        # (what is left of ``matched`` is cut by no punctuation: the loop above ends only so)
        mention = by_token.get(i)
        clitic = layout.prefixes[i]
        if mention is not None and (matched is None or ends[i] - i + 1 >= matched[0]):
            last = ends[i]
            return _Item(i, last, ntext.to_normalized(mention.start), layout.ends[last], clitic, broken[i],
                         mention=mention, stem=stems[i])
        if matched is not None:
            last = i + matched[0] - 1
            return _Item(i, last, layout.stem_starts[i], layout.ends[last], clitic, broken[i], entry=matched[1],
                         stem=stems[i])
        return None


class _LazyItems(dict[int, _Item]):
    """A document's items by index, as a list of them would be read (an index from the end counts back, one past
    the end raises ``IndexError``, ``len`` is the number of items), but a plain word's item is made only when it is
    first asked for, then kept (so the same index is always the same object): the reading visits few of them, and
    making one for every token was half the stage's time. Slices are ``span``; the reading takes ``size`` for
    ``len``, which a dict would not give it at the speed of a list."""

    __slots__ = ("layout", "size", "stems", "token_of")

    def __init__(self, layout: _Layout, stems: list[str]):
        super().__init__()
        self.layout = layout
        self.stems = stems
        self.token_of: list[int] = []  # the first token of each item
        self.size = 0

    def __missing__(self, k: int) -> _Item:
        if k < 0 and k + self.size >= 0:
            return self[k + self.size]
        if not 0 <= k < self.size:
            raise IndexError("item index out of range")
        t = self.token_of[k]
        layout = self.layout
        item = self[k] = _Item(t, t, layout.stem_starts[t], layout.ends[t], layout.prefixes[t], layout.broken[t],
                               None, None, self.stems[t])
        return item

    def __len__(self) -> int:
        return self.size

    def span(self, start: int, stop: int) -> list[_Item]:
        """The items ``[start:stop]`` (``start`` not negative), as a list's slice would give them."""
        return [self[k] for k in range(start, min(stop, self.size))]


@dataclass(frozen=True, slots=True)
class _Items:
    """A document's items, with what the reader looks up in all of them at once."""

    items: _LazyItems
    stems: list[str]  # each item's stem
    opened: list[int]  # the items that are a mention or a vocabulary entry, in order


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where each token lies in the normalized text, and whether punctuation stands before it."""

    starts: list[int]
    ends: list[int]
    stem_starts: list[int]  # after the token's proclitic
    prefixes: list[str]
    broken: list[bool]  # punctuation between the token before and this one (the first token: True)


def _mentions_by_token(ntext: NormalizedText, layout: _Layout, mentions: list[Mention]
                       ) -> tuple[dict[int, Mention], dict[int, int]]:
    """({first token: the mention there}, {first token: the last token the mention covers})."""
    starts, token_ends = layout.starts, layout.ends
    size = len(starts)
    by_token: dict[int, Mention] = {}
    ends: dict[int, int] = {}
    k = 0
    for m in mentions:
        ms, me = ntext.to_normalized(m.start), ntext.to_normalized(m.end)
        while k < size and token_ends[k] <= ms:
            k += 1
        last = k
        while last + 1 < size and starts[last + 1] < me:
            last += 1
        if k < size:
            by_token[k] = m
            ends[k] = last
    return by_token, ends


_APPOSITION_GAP = re.compile(r"\s*[،,]\s*")
_POSTED_GAP = re.compile(r"\s+(?:إلى|الى|لدى|لدي|في)\s+")  # المبعوث الأممي إلى سوريا: where the title serves


def _named_in_apposition(actors: list[Actor], text: str) -> list[Actor]:
    """An official by title alone (and where he serves), then a comma and a named man of the same state or body
    (or of none known): the man is the holder (وصل المبعوث الأممي إلى مالي، فلان الفلاني، إلى باماكو), so the
    title names him too, as it does with no comma between."""
    out = list(actors)
    for i, title in enumerate(actors):
        if title.kind != "official" or title.person is not None or i + 1 >= len(actors):
            continue
        end, k = title.end, i + 1
        if actors[k].kind == "state" and k + 1 < len(actors) and _POSTED_GAP.fullmatch(text, end, actors[k].start):
            end, k = actors[k].end, k + 1
        man = actors[k]
        if man.kind == "person" and man.person and man.state in (None, title.state) and man.org in (None, title.org) \
                and _APPOSITION_GAP.fullmatch(text, end, man.start):
            out[i] = replace(title, person=man.person)
    return out


def _token_layout(ntext: NormalizedText, tokens: list[Token]) -> _Layout:
    """The tokens' offsets in the normalized text, and the punctuation between them. The tokenizer found the tokens
    as the words of the normalized text, so they are those words again: the tokenizer's cut of the text into gaps
    and words (``words_of``, made once a text), whose offsets are their lengths added up (``accumulate``), and a gap
    breaks when it holds punctuation; all of it in passes of ``map``, no Python statement a token. A token list made
    otherwise is mapped back offset by offset."""
    pieces = words_of(ntext)
    prefixes = [t.prefix for t in tokens]
    if pieces[1::2] != [t.norm for t in tokens]:
        return _token_layout_by_offsets(ntext, tokens, prefixes)
    bounds = list(accumulate(map(len, pieces)))  # the end of each piece: a word's start, then its end
    starts, ends = bounds[0:-1:2], bounds[1::2]
    stem_starts = list(map(add, starts, map(len, prefixes)))
    # a text has few distinct gaps (mostly a single space): each is searched for punctuation once
    gaps = pieces[2:-1:2]
    search = _BREAK.search
    breaks = {gap: search(gap) is not None for gap in set(gaps)}
    broken = [True, *map(breaks.__getitem__, gaps)] if tokens else []
    return _Layout(starts, ends, stem_starts, prefixes, broken)


def _token_layout_by_offsets(ntext: NormalizedText, tokens: list[Token], prefixes: list[str]) -> _Layout:
    starts = [ntext.to_normalized(t.start) for t in tokens]
    ends = [ntext.to_normalized(t.end) for t in tokens]
    stem_starts = [ntext.to_normalized(t.stem_start) for t in tokens]
    text, search = ntext.text, _BREAK.search
    broken = [k == 0 or bool(search(text, ends[k - 1], starts[k])) for k in range(len(tokens))]
    return _Layout(starts, ends, stem_starts, prefixes, broken)


def _split_by_punctuation(broken: list[bool], first: int, length: int) -> bool:
    """Whether punctuation stands between two of the ``length`` tokens from ``first``."""
    return True in broken[first + 1:first + length]


class _DocumentReader:
    """One pass over a document's items; remembers the actors read so far for antecedents and surnames."""

    def __init__(self, linker: ActorLinker, doc: Document, ntext: NormalizedText, items: _Items,
                 home_titles: bool = True):
        self.vocabulary = linker.vocabulary
        self.gazetteer = linker.gazetteer
        self.doc, self.ntext, self.items = doc, ntext, items.items
        self.size = items.items.size  # len(self.items), at an attribute's speed
        self.home = doc.country
        self.at_scene = linker._at_scene
        self.home_titles = home_titles  # whether a bare minister's title may stand for the home state
        self.home_defaulted = False  # a bare minister's title was read as the home state's for want of any other
        self.actors: list[Actor] = []
        self.non_state: list[tuple[int, int]] = []  # normalized spans of phrases that act for nobody
        self.surnames: dict[str, Actor] = {}
        # the style of the title each head was named by (king, president), by actor: a bare الملك stands back for a
        # king, never for the president named since
        self.styles: dict[int, str | None] = {}
        self.short_people = linker.short_people
        self.plain_openers = linker.plain_openers
        self.stems = items.stems
        self.stops = self._first_stops(items.opened)  # a heap of the items still to visit (``read``)
        self.at = -1  # the item being read
        named_after = self.vocabulary.named_after
        self.named_after_ends = {self.items[k].end for k in items.opened
                                 if self.items[k].entry is not None and self.stems[k] in named_after}

    def read(self) -> list[Actor]:
        """The actors of the document, in text order. Most items are plain words that make no actor (neither an
        entry nor a mention, nor a given name that may open a name, nor a speaker's pronoun): the reading visits
        only the others, and a plain word once a surname read before it makes it one (``_remember_surname``)."""
        stops = self.stops
        j = 0
        while stops:
            at = heappop(stops)
            if at >= j:  # else read already, as part of the phrase before it
                self.at = at
                j = self._read_at(at)
        return self.actors

    def _read_at(self, j: int) -> int:
        """Reads the phrase item ``j`` opens; returns the item after it."""
        item = self.items[j]
        entry = item.entry
        cls = entry.cls if entry is not None else None
        if cls is None and item.mention is None and (item.clitic or item.stem not in self.vocabulary.given):
            # a plain word: only a surname read earlier or a speaker's pronoun makes an actor of it (a given name
            # with a clitic cannot open a name before a title: ``_name_then_title`` would say None at once)
            if item.stem in self.surnames:
                self._surname(item)
            elif item.stem in self.vocabulary.speaker_pronouns and self._joined_to_another(j):
                self._speaker_pronoun(item)
            return j + 1
        if cls == "non_state":
            end = self._skip_non_state(j)
            self.non_state.append((item.start, self.items[end - 1].end))
            return end
        if cls == "not_actor":
            return self._skip_topic(j)
        if cls == "agent" and self._genitive_of_a_noun(j):
            return j + 1  # النائب الأول لرئيس مجلس الوزراء، جلسة مجلس الوزراء: the body is a word of another phrase
        if cls in ("agent", "honorific"):
            return self._phrase(j)
        if cls == "self":
            if not self._styled_by_nisba(j):
                self._self_reference(item)
            return j + 1
        if cls == "counted":
            group = self._counted(entry.count)
            if group:
                self._emit(_Draft(item, item, state=group, form="name"), explicit=False)
            return j + 1
        if cls == "pronoun_person":
            self._pronoun_person(item)
            return j + 1
        if item.mention is not None and self._counted_people(j):
            # 120 بريطانيا سافروا إلى العراق: nationals counted, not their state, and nobody acting for one
            self.non_state.append((self.items[j - 1].start, item.end))
            return j + 1
        if item.mention is not None and self._nationality(j):
            # الجاني … باكستاني الجنسية: a private person's nationality, not his state acting
            self.non_state.append((item.start, self.items[j + 1].end))
            return j + 2
        if item.mention is not None:
            return self._mention(j)
        if (after := self._name_then_title(j) or self._private_name(j)) is not None:
            return after
        self._surname(item)
        return j + 1

    def _first_stops(self, opened: list[int]) -> list[int]:
        """The items the reading visits whatever it reads before them, in order (so a heap): the vocabulary's
        entries and the mentions (``opened``), the given names with no clitic and the speakers' pronouns."""
        items, pronouns = self.items, self.vocabulary.speaker_pronouns
        named = compress(range(self.size), map(self.plain_openers.__contains__, self.stems))
        return sorted({*opened, *(k for k in named if not items[k].clitic or items[k].stem in pronouns)})

    def _remember_surname(self, surname: str, actor: Actor) -> None:
        """The last word of a name read (the first actor to bear it): the same word alone later is that actor again,
        so its later items become stops of the reading."""
        if surname in self.surnames:
            return
        self.surnames[surname] = actor
        stems, at = self.stems, self.at
        while True:
            try:
                at = stems.index(surname, at + 1)
            except ValueError:
                return
            heappush(self.stops, at)

    def _private_name(self, j: int) -> int | None:
        """A personal name nobody's title goes with (وثمن عبده ناصر جهود الحكومة …: a given name of our list and
        another name word, no title before or after it, no known person, no surname read before) is a private
        person's, who acts for no state: the phrase acts for nobody. Returns where the name ends, None when item
        ``j`` opens no such name."""
        item = self.items[j]
        if not self._bare_given_name(j) or item.stem in self.vocabulary.foreign_given or item.stem in self.surnames \
                or j == 0 or self.items[j - 1].entry is not None or self.items[j - 1].mention is not None:
            return None  # a foreign given name (مارتن) is as often a company's or an official's told by name
        if self._rest_of_a_name(j):
            return None
        draft = _Draft(item, item)
        k = self._take_name(draft, j)
        name_words = [w for w in draft.name if w not in self.vocabulary.name_link]
        if len(name_words) < 2 or any(w in self.surnames or w in self.vocabulary.regnal for w in name_words) \
                or self._title_after(k):
            return None  # فيصل الأول: a ruler, named by his number
        self.non_state.append((item.start, draft.last.end))
        return k

    def _genitive_of_a_noun(self, j: int) -> bool:
        """Whether a cabinet (مجلس الوزراء) is the genitive of the noun right before it (لرئيس مجلس الوزراء، أمين عام
        مجلس الوزراء، جلسة مجلس الوزراء): part of a title or of a thing, and no body acting. Only the cabinet: the
        other bodies' titles (رئيس الحكومة) are entries of their own."""
        item = self.items[j]
        if item.entry is None or item.entry.agent is None or item.entry.agent.office != "cabinet" or j == 0:
            return False
        word = self.items[j - 1].stem  # a plain word keeps its clitics and its article: لرئيس، العام
        bare = {word, word[1:] if word[:1] in "لبو" else word}
        bare |= {strip_article(w) for w in bare}
        return not item.broken and item.clitic in ("", "ل") and bool(bare & self.vocabulary.governs_body)

    # -- phrases that act for nobody --------------------------------------------------------------------------
    def _skip_non_state(self, j: int) -> int:
        """A company, club, player …: the words after it (its name, its nisba) are no actors."""
        end = j + 1
        named = False  # a state named in the phrase (وكالة الأنباء اليمنية): a plain word after it opens another phrase
        while end < self.size and end - j <= NON_STATE_REACH:
            item = self.items[end]
            if named and item.mention is None and item.entry is None:
                break  # حسب وكالة الأنباء الأردنية مواقف الهند: India is named on its own, after the agency's name
            named = named or item.mention is not None
            if (item.broken and not self._quoted_name_gap(end)) or item.stem in self.vocabulary.name_stop or (
                    item.entry is not None and item.entry.cls != "not_actor" and (
                    end > j + 1 or item.entry.cls != "agent")):
                break  # another head (an agent, another company) is read on its own; right after the head, an
                # agent word is its name (رئيس حزب القوات اللبنانية: a party, not an army), and so is a word a
                # nisba may describe (شركة السوق المالية السعودية: the market is the firm's name, not a topic)
            if item.clitic.startswith("و") and item.mention is None:
                break
            end += 1
        return end

    def _counted_people(self, j: int) -> bool:
        """A nisba right after a number (120 بريطانيا، 3 سعوديين) counts people of that nationality."""
        item = self.items[j]
        return (item.mention.form == "nisba" and j > 0 and not item.broken and not item.clitic
                and self.items[j - 1].stem.isdigit())

    def _fronted_state(self, first: _Item) -> str | None:
        """وفي إثيوبيا، سيلتقي برئيس الوزراء …: a title met (governed by ب or ل, or after مع) in a sentence that opens
        with "in <state>," is that state's official, not the paper's own. A title acting (وفي القاهرة، التقى وزير
        الخارجية نظيره) keeps the home state: the paper's minister travels."""
        text = self.ntext.text
        governed = first.clitic[-1:] in ("ب", "ل") or text[max(0, first.start - 4):first.start].strip() == "مع"
        if not governed:
            return None
        fronted = _FRONTED_PLACE.match(text, self._sentence_opening(first.start), first.start)
        if fronted is None:
            return None
        return next((a.state for a in self.actors if a.kind == "state" and a.state
                     and self.ntext.to_normalized(a.start) == fronted.start(1)), None)

    def _head_of_body(self, first: _Item) -> str | None:
        """الوفد التشادي برئاسة وزير الخارجية: a bare title right after a body of a state and a ``head_of`` word
        heads that body, and is that state's official, not the paper's own (nor the last foreign minister named)."""
        before = self.ntext.text[max(0, first.start - 20):first.start].split()
        cue = next((n for n in (1, 2) if len(before) >= n and " ".join(before[-n:]) in self.vocabulary.head_of), None)
        if cue is None or not self.actors:
            return None
        body = self.actors[-1]
        gap = self.ntext.text[self.ntext.to_normalized(body.end):first.start].split()
        return body.state if body.kind == "body" and body.state and len(gap) == cue else None

    def _on_behalf_of(self, first: _Item) -> str | None:
        """وأعرب وزير الخارجية الفلسطيني باسم الرئيس والحكومة …: a title the speaker speaks for (باسم، نيابة عن) is of
        the speaker's state, the last one an actor of the sentence was read with."""
        text = self.ntext.text
        before = text[max(0, first.start - 20):first.start].split()
        if not any(" ".join(before[-n:]) in self.vocabulary.spoken_for for n in (1, 2, 3) if len(before) >= n):
            return None
        speaker = next((a for a in reversed(self.actors) if a.state and a.kind in ("person", "official", "body")
                        and self.ntext.to_normalized(a.end) <= first.start), None)
        opening = self._sentence_opening(first.start)
        return speaker.state if speaker is not None and self.ntext.to_normalized(speaker.start) >= opening else None

    def _sentence_opening(self, at: int) -> int:
        """Where the sentence holding normalized offset ``at`` opens: after the last full stop or line end before."""
        return max(self.ntext.text.rfind(mark, 0, at) for mark in ".!؟?\n") + 1

    def _named_after(self, first: _Item) -> bool:
        """Whether a noun of a thing named after a person (قلادة، مطار، جسر) stands right before ``first``."""
        at = first.start
        while at > 0 and self.ntext.text[at - 1] == " ":
            at -= 1
        return at in self.named_after_ends

    def _nationality(self, j: int) -> bool:
        """A nisba right before a word of nationality (مقيم يمني الجنسية) tells what passport a person holds."""
        item = self.items[j]
        after = self.items[j + 1] if j + 1 < self.size else None
        return (item.mention.form == "nisba" and after is not None and not after.broken
                and after.stem in self.vocabulary.nationality)

    def _quoted_name_gap(self, k: int) -> bool:
        """شركة "بلو سكاي" الأمريكية، شركة (نوفا) الروسية: quotes or brackets around a firm's name do not end its
        phrase; a comma or a full stop does."""
        gap = self.ntext.text[self.items[k - 1].end:self.items[k].start]
        return bool(gap.strip()) and not gap.strip(_NAME_QUOTES + " ")

    def _skip_topic(self, j: int) -> int:
        """الأزمة اليمنية، الملف النووي الإيراني: adjectives and the nisba of a topic are no actors."""
        end = j + 1
        while end < self.size and not self.items[end].broken:
            item = self.items[end]
            if item.mention is not None and item.mention.kind == "state" and item.mention.form == "nisba":
                end += 1
                continue
            if item.entry is not None and item.entry.cls == "not_actor":
                end += 1
                continue
            break
        return end

    # -- single words ---------------------------------------------------------------------------------------
    def _styled_by_nisba(self, j: int) -> bool:
        """المملكة الأردنية، المملكة المغربية: a word the paper names its own state by, followed by another state's
        nisba, is that state's style; the nisba after it stands for the state."""
        if j + 1 >= self.size or self.items[j].broken:
            return False
        after = self.items[j + 1].mention
        return after is not None and after.kind == "state" and after.form == "nisba" and after.id != self.home

    def _self_reference(self, item: _Item) -> None:
        entry = item.entry
        if self.home and ("*" in entry.states or self.home in entry.states):
            self._emit(_Draft(item, item, state=self.home, form="self"), explicit=False)

    def _counted(self, count: int) -> str | None:
        """الدول الثلاث، قادة البلدان الأربعة: the last ``count`` states named, as a group of their own."""
        states: list[str] = []
        for actor in reversed(self.actors):
            if actor.kind == "state" and actor.state and not actor.state.startswith("group:") \
                    and actor.state not in states:
                states.append(actor.state)
                if len(states) == count:
                    return "group:" + "+".join(sorted(states))
        return None

    def _pronoun_person(self, item: _Item) -> None:
        """سموه، معاليه: "his highness", the last person named with that style (a prince is سمو, a president
        فخامة: برقية الأمير … للرئيس السيسي … بعد زيارة سموه is the prince's visit), else the last person named."""
        named = [a for a in reversed(self.actors) if a.person and a.party]
        entry = item.entry
        style, levels = (entry.honorific, entry.levels) if entry is not None else ("", frozenset())
        earlier = next((a for a in named if style and style in self._styled(a)), None) \
            or next((a for a in named if a.level in levels), None) or next(iter(named), None)
        if earlier is not None:
            self._stand_in(item, earlier, "person")

    def _stand_in(self, item: _Item, earlier: Actor, kind: str) -> None:
        """A word (a pronoun, سموه، أنه) standing for an actor read before: the same state, body, person and
        office, as an antecedent."""
        self.actors.append(self._actor(item, item, kind=kind, state=earlier.state, org=earlier.org,
                                       person=earlier.person, office=earlier.office, level=earlier.level,
                                       form="antecedent", explicit=False))

    def _joined_to_another(self, j: int) -> bool:
        """Whether و and an actor's first word (a title, an honorific, a name the gazetteer knows) come right after
        item ``j`` (أنه والملك سلمان، إنها ونظيرها)."""
        if j + 1 >= self.size or self.items[j].clitic:
            return False
        after = self.items[j + 1]
        return (not after.broken and after.clitic == "و"
                and (after.mention is not None or (after.entry is not None
                                                   and after.entry.cls in ("agent", "honorific"))))

    def _speaker_pronoun(self, item: _Item) -> None:
        """أوضح الوزير أنه والملك أكدا …: "that he and the king", he being the one who says it, the last actor read
        before it in the sentence; with another joined to him he is a side of what the two did together."""
        opening = self._sentence_opening(item.start)
        earlier = next((a for a in reversed(self.actors) if a.state or a.org), None)
        if earlier is None or self.ntext.to_normalized(earlier.start) < opening or earlier.kind == "state":
            return
        self._stand_in(item, earlier, earlier.kind)

    def _styled(self, actor: Actor) -> str:
        """The words an actor was named with and the few before it (صاحب السمو الملكي الأمير …), normalized."""
        original = self.ntext.original
        return normalize_key(original[max(0, actor.start - STYLE_REACH):actor.end])

    def _mention(self, j: int) -> int:
        item = self.items[j]
        m = item.mention
        if m.kind == "person":
            return self._phrase(j)
        if m.kind == "state" and m.form == "nisba" and self._after_lineage(j):
            return j + 1  # عبدالله بن عبدالمحسن التركي: a family name, not Turkey
        if m.kind in ("state", "group"):  # a group (مجموعة 5+1) acts as its members: the frames expand it
            self._emit(_Draft(item, item, state=m.id, entity=m.id, form=m.form))
        elif m.kind == "org":
            self._emit(_Draft(item, item, org=m.id, entity=m.id, form="name"))
        return j + 1

    def _right_after_title(self, k: int) -> bool:
        """Whether item ``k`` follows a title word at once (الرئيس روحاني), not a posting, a place or an honorific
        between (مبعوث المجلس إلى اليمن الدكتور فلان: whoever is named there is read as any name is)."""
        before = self.items[k - 1] if k > 0 else None
        return before is not None and before.entry is not None and before.entry.cls == "agent"

    def _surname_of(self, item: _Item) -> str | None:
        """The word that names a person the gazetteer knows when it comes back alone later (بخاري after محمد بخاري),
        as a name the gazetteer does not know gives its last word. None for a lineage or a family (سلمان بن
        عبدالعزيز: its last word is a father's or a family's, many people's) and for a ruler's number (الثاني)."""
        words = normalize_key(self.ntext.text[item.start:item.end]).split()
        if len(words) < 2 or words[-1] in self.vocabulary.regnal \
                or any(word in self.vocabulary.name_link for word in words):
            return None
        return words[-1]

    def _surname(self, item: _Item) -> None:
        """A surname read after a title and a name earlier in the document (لافروف) is that person again."""
        earlier = self.surnames.get(item.stem)
        if earlier is not None:
            self.actors.append(self._actor(item, item, kind=earlier.kind, state=earlier.state, org=earlier.org,
                                           person=earlier.person, office=earlier.office, level=earlier.level,
                                           form="surname", explicit=earlier.explicit, former=earlier.former))

    # -- titles, names and what they act for ----------------------------------------------------------------
    def _phrase(self, j: int) -> int:
        draft = _Draft(self.items[j], self.items[j])
        k = j
        then = False
        while k < self.size:
            item = self.items[k]
            if k > j and item.broken:
                break
            entry = item.entry
            if draft.offices and not draft.has_name and not then and not item.clitic \
                    and item.stem in self.vocabulary.then:
                then, k = True, k + 1  # وزير الخارجية آنذاك الدكتور بيتر هولم: the one who then held the office
                continue
            if entry is not None and entry.cls == "honorific":
                if draft.has_name or (draft.offices and not then and not self._holder_after_honorific(k, draft)):
                    break
                draft.honorific, draft.style, draft.last = True, draft.style or item.stem, item
                k += 1
            elif entry is not None and entry.cls == "agent" and self._name_before_father(draft, k):
                k = self._take_name(draft, k, first_is_name=True)  # الأمير سلطان بن سلمان: a name, no sultan
            elif entry is not None and entry.cls == "agent":
                if k > j and (entry.agent.office == _COUNTERPART or item.clitic[:1] in ("و", "ب")
                              or item.stem in self.vocabulary.plural_titles):
                    break  # ونظيره، والوزير، بالرئيس: another person (أوباما بالرئيس كينياتا: "with the president";
                    # ل is often "of": المبعوث الخاص للأمين العام); سفراء: other people
                if draft.offices and not draft.has_name and (self._bare_title(self.items[k - 1], draft.offices)
                                                              or self._opens_name(k)) \
                        and entry.agent.office not in {a.office for a in draft.offices}:
                    break  # استقبل الوزير سفير …، استقبل ولي ولي العهد وزير الخارجية فلان: two people (but
                    # خادم الحرمين الشريفين الملك سلمان is one: the same office, styled then titled)
                if draft.offices and not draft.has_name and draft.definite and not (draft.state or draft.org) \
                        and self._qualified_definite_title(k, draft.offices[-1]):
                    break  # استقبل وزير الخارجية السفير الفرنسي: the minister receives the ambassador
                group = self._title_group(k)
                if (draft.offices or draft.has_name) and not self._same_person(draft, group):
                    break
                if self._styled_bare_title(draft) and (group.state or group.org):
                    break  # هنأ الملك رئيس سنغافورة، التقى الملك الرئيس المصري: the king and another state's head
                self._take_group(draft, group)
                k = group.next
            elif item.mention is not None and item.mention.kind == "person":
                if draft.person or (k > j and item.clitic.startswith("و")) or self._another_states_man(draft, item):
                    break
                # عبدالفتاح السيسي: a given name read as a name, then the gazetteer's person: that person
                draft.person, draft.entity, draft.last, draft.name = item.mention.id, item.mention.id, item, []
                draft.surname = self._surname_of(item)
                k += 1
            elif item.stem in self.surnames and not draft.has_name and (draft.offices or draft.honorific):
                earlier = self.surnames[item.stem]  # الرئيس أوباما after باراك أوباما: the same person
                draft.person, draft.last = earlier.person, item
                draft.state, draft.org = draft.state or earlier.state, draft.org or earlier.org
                k += 1
            elif not draft.has_name and not draft.person and draft.offices and not item.broken \
                    and item.mention is None and item.stem in self.short_people \
                    and item.stem not in self.vocabulary.given and self._right_after_title(k):
                person = self.short_people[item.stem]  # الرئيس روحاني: a title and a known holder's short name
                draft.person, draft.entity, draft.last = person, person, item
                draft.state = draft.state or self.gazetteer.state_of(person, self.doc.date)
                k += 1
            elif draft.has_name and item.stem in self.vocabulary.name_link and k + 1 < self.size \
                    and not self.items[k + 1].broken:
                draft.last, k = self.items[k + 1], k + 2  # محمد بن نايف بن عبد العزيز آل سعود: the rest of the name
                if draft.last.stem in self.vocabulary.name_link and k < self.size and not self.items[k].broken:
                    draft.last, k = self.items[k], k + 1  # … بن عبد العزيز: the father's name is two words
                draft.lineage = True
            elif draft.lineage and draft.last is self.items[k - 1] and self._family_nisba(item):
                draft.last, k = item, k + 1  # عبدالله بن عبدالمحسن التركي: a family name, not Turkey
            elif self._may_name(draft, item) or self._unknown_name_then_title(draft, k):
                after = self._take_name(draft, k)
                if after == k:
                    break  # a lone name link (عبد، أبو) is no name
                k = after
            else:
                break
        k = self._delegation_from_a_body(draft, k)
        end = self._delegation_of_nobody(draft, k) or self._title_of_nobody(draft, k)
        if end:
            self.non_state.append((draft.first.start, self.items[end - 1].end))
            return end
        self._emit(draft)
        return max(k, j + 1)

    def _delegation_drawn_from(self, draft: _Draft, k: int) -> bool:
        """Whether the phrase read is a bare delegation (وفد، الوفد: nobody's yet) with words after it that may say
        whom it is drawn from (من …)."""
        return (bool(draft.offices) and all(a.office == "delegation" for a in draft.offices)
                and not (draft.state or draft.org or draft.person) and k + 1 < self.size)

    def _delegation_from_a_body(self, draft: _Draft, k: int) -> int:
        """وفد من وزارة الزراعة الأردنية: a delegation drawn from a body of a state acts for that state; the phrase runs
        to the body's end. Returns where the phrase ends (``k`` when it does not go on)."""
        if not self._delegation_drawn_from(draft, k):
            return k
        link, source = self.items[k], self.items[k + 1]
        if link.stem != "من" or link.clitic or link.broken or source.broken or source.clitic:
            return k
        if source.entry is None or source.entry.cls != "agent" or source.entry.agent.office not in _BODY_OFFICES:
            return k
        group = self._title_group(k + 1)
        state = group.state or group.fixed
        if not state or group.org:
            return k
        draft.state, draft.last = state, group.last
        return group.next

    def _delegation_of_nobody(self, draft: _Draft, k: int) -> int:
        """وفد من الشركة، وفد من المثقفين المصريين: a delegation drawn from a company, or from people of a
        nationality, acts for no state (وفد من وزارة الخارجية is read on: a ministry acts for one). Returns the
        end of the phrase that acts for nobody, or 0."""
        if not self._delegation_drawn_from(draft, k):
            return 0
        link, source = self.items[k], self.items[k + 1]
        if link.stem != "من" or link.clitic or source.broken or source.clitic or source.mention is not None:
            return 0
        if source.entry is not None:
            return self._skip_non_state(k + 1) if source.entry.cls == "non_state" else 0
        people = self.items[k + 2] if k + 2 < self.size else None  # المثقفين المصريين: people, then a nisba
        nationals = (people is not None and not people.broken and not people.clitic and people.mention is not None
                     and people.mention.kind == "state" and people.mention.form == "nisba")
        return k + 3 if nationals else 0

    def _serves_where_no_such_style(self, k: int, style: str) -> bool:
        """Whether the titles from ``k`` on name a state (or a body) whose heads bear no ``style``: a bare styled
        title before them (ولي العهد، الملك) is then another man's, not his first office (ولي العهد نائب رئيس مجلس
        الوزراء وزير الداخلية is one man; so is ولي العهد وزير الدفاع السعودي, Saudi Arabia having a crown prince)."""
        rest = self._title_group(k)
        if rest.org:
            return True
        return rest.state is not None and style not in self.vocabulary.home_styles.get(rest.state, frozenset())

    @staticmethod
    def _styled_bare_title(draft: _Draft) -> bool:
        """Whether the phrase read so far is one bare styled title (الملك، الرئيس, no name, no state): a title after
        it that names a state of its own is another man's, not a second office of his."""
        return len(draft.offices) == 1 and draft.offices[0].style is not None and not draft.has_name \
            and not draft.person and not (draft.state or draft.org)

    def _title_of_nobody(self, draft: _Draft, k: int) -> int:
        """قائد الجيش الحر، المتحدث باسم المعارضة: a title whose genitive is a phrase that acts for nobody (a
        ``non_state`` head) is that phrase's officer, no state's, and no bare title standing for the home state.
        Returns the end of the phrase that acts for nobody, or 0."""
        if not draft.offices or draft.state or draft.org or draft.person or k >= self.size:
            return 0
        item = self.items[k]
        # (its genitive right after it, no clitic: الأمين العام للجامعة names a body the passage may mean, the League)
        if item.broken or item.clitic or item.entry is None or item.entry.cls != "non_state":
            return 0
        return self._skip_non_state(k)

    def _after_lineage(self, j: int) -> bool:
        """Whether the item at ``j`` ends a name with بن (… بن عبدالمحسن التركي), with nothing broken between."""
        if j < 2 or self.items[j].clitic or any(self.items[i].broken for i in (j - 1, j)):
            return False
        link = self.items[j - 2]
        return link.stem in self.vocabulary.name_link and link.entry is None and self.items[j - 1].mention is None

    @staticmethod
    def _family_nisba(item: _Item) -> bool:
        m = item.mention
        return m is not None and m.kind == "state" and m.form == "nisba" and not item.clitic and not item.broken

    @dataclass
    class _Group:
        offices: list[Agent]
        state: str | None
        org: str | None
        posting: str | None
        last: _Item
        next: int
        fixed: str | None
        definite: bool = False
        portfolio: bool = False
        former: bool = False

    def _title_group(self, k: int) -> _DocumentReader._Group:
        """Agent words in a row (ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية), a ministry's field, what they act
        for (a nisba, a state or organization in the genitive, خادم الحرمين الشريفين, المملكة) and a posting."""
        items, vocab = self.items, self.vocabulary
        offices: list[Agent] = []
        state = org = posting = fixed = None
        definite = portfolio = False
        last = items[k]
        while k < self.size:
            item = items[k]
            if offices and not item.broken and item.clitic.startswith("و") and item.stem in vocab.field_joiners:
                # وزير الخارجية وشؤون المغتربين الأردني: a second field of the same ministry
                after = self._skip_portfolio(k + 1)
                k, last = after, items[after - 1]
                continue
            if offices and (item.broken or item.clitic.startswith("و")):
                break
            if offices and item.clitic[:1] == "ب" and item.entry is not None and item.entry.cls == "agent":
                break  # وزير الخارجية بالرئيس: a title governed by a preposition is the other side
            entry = item.entry
            if entry is not None and entry.cls == "agent" and (not offices or entry.agent.office != _COUNTERPART):
                if state or org or fixed:
                    # a second title after a qualified one is another person (… الأمريكي وزير الخارجية); after a
                    # title that names its state (خادم الحرمين الشريفين) it is read as a group of its own, which
                    # joins this person when it names no other state (… الملك سلمان) and is another when it
                    # does (هنأ خادم الحرمين الشريفين رئيس وزراء اليونان)
                    break
                if offices and (self._bare_title(items[k - 1], offices) or self._opens_name(k)
                                or item.stem in vocab.plural_titles):
                    break  # استقبل الوزير سفير …، استقبل ولي ولي العهد وزير الخارجية فلان، وزير الخارجية سفراء …:
                    # two people, or one and a group
                if offices and definite and self._qualified_definite_title(k, offices[-1]):
                    break  # استقبل وزير الخارجية السفير الفرنسي: the minister receives the ambassador
                if len(offices) == 1 and offices[0].style and not (state or org or fixed) \
                        and self._serves_where_no_such_style(k, offices[0].style):
                    break  # التقى ولي العهد وزير الخارجية الأمريكي: no American is crown prince; two men
                offices.append(entry.agent)
                fixed = fixed or entry.agent.state
                definite = definite or _definite(self.tokens_of(item))
                last, k = item, k + 1
                if entry.agent.portfolio:
                    after = self._skip_portfolio(k)
                    portfolio = portfolio or after > k
                    definite = definite or after > k
                    owner = self._owner_of_field(k) if after == k and not state else None
                    k, last = after, items[after - 1]
                    if owner:
                        # وزير خارجيتها، وزير دفاعه: the field says whose minister with a pronoun, which stands for
                        # the last state or person acting for one named before it in the sentence
                        state, portfolio, definite, last, k = owner, True, True, items[k], k + 1
                continue
            if not offices:
                break
            if not (state or org) and not item.broken and not item.clitic and item.mention is None \
                    and item.stem in vocab.agent_modifiers:
                last, k = item, k + 1  # وفد برلماني ألماني: the delegation's kind, then its state
                continue
            if item.mention is not None and item.mention.kind == "state" and not state:
                if org and item.mention.form != "nisba":
                    # زار الأمين العام للأمم المتحدة الأردن: an organization's name takes no genitive; the state
                    # after it is the verb's object (where he went, whom he met), not whom he serves
                    break
                if item.clitic[:1] == "ل" and item.mention.form == "capital":
                    break  # زيارة … ووزير الدفاع للقاهرة: a capital after ل is where he went, not whom he serves
                if definite and not item.clitic and (item.mention.form == "capital" or (
                        item.mention.form == "name" and not _agrees_as_nisba(item.mention.text))):
                    # غادر … وزير الدفاع جمهورية كازاخستان، زار الوزير النرويج: a definite title takes no genitive
                    # (وزير خارجية مصر would): the state after it is the verb's object (السفارة السعودية: a name with
                    # the article that reads as a nisba agrees with it as one); nor a capital (ستزور الوزيرة هافانا)
                    break
                state, last, k = item.mention.id, item, k + 1
                continue
            if item.mention is not None and item.mention.kind == "org" and not (state or org):
                org, last, k = item.mention.id, item, k + 1
                continue
            if not (state or org) and len(offices) == 1 and offices[0].office not in _BODY_OFFICES \
                    and not item.clitic and not item.broken and item.mention is None \
                    and item.stem in vocab.body_adjectives and items[k - 1].stem not in vocab.plural_titles:
                # المسؤول الأوروبي، المفوض الأوروبي: "European" after one official's title names the body he
                # serves; after a body (الحكومات الأوروبية) or elsewhere (الدول الأوروبية) it names no actor
                org, last, k = vocab.body_adjectives[item.stem], item, k + 1
                continue
            region_state = None if state or org else self._region_state(offices, item, definite, last)
            if region_state:
                # رئيس جمهورية الشيشان، رئيس إقليم كردستان: the head of a region of a state acts for that state, as
                # one of its officials, not as its head of state or government
                offices[-1] = _regional(offices[-1])
                state, last, k = region_state, item, k + 1
                continue
            if entry is not None and entry.cls == "counted" and not state:
                group = self._counted(entry.count)
                if group:
                    state, last, k = group, item, k + 1
                    continue
            if entry is not None and entry.cls == "self" and not (state or org) and self.home \
                    and ("*" in entry.states or self.home in entry.states):
                state, last, k = self.home, item, k + 1
                continue
            if item.stem in vocab.the_country and not item.clitic and not (state or org):
                scene = self._scene_state(k)
                if scene:
                    # أجرى الوزير الإيراني في الكويت مباحثات مع أمير البلاد: the emir of the country he is in
                    state, last, k = scene, item, k + 1
                    continue
            if self._styled_state(k) and not (state or org):
                # وزير الشؤون الخارجية بجمهورية ألبانيا: ب and the style of a state's name say whose minister
                state, last, k = items[k + 1].mention.id, items[k + 1], k + 2
                continue
            if self._styled_state(k, clitic="") and not (state or org):
                # سفير جمهورية البيرو: the style of a state's name, then the name, in the genitive of the title
                state, last, k = items[k + 1].mention.id, items[k + 1], k + 2
                continue
            if self._serves_body_in(k) and not (state or org):
                # مسؤول في منظمة الصحة العالمية، مسؤولة السياسة الخارجية في الاتحاد الإفريقي: an official "in" a body
                # serves it (a state after في is where he is posted, read below)
                org, last, k = items[k + 1].mention.id, items[k + 1], k + 2
                continue
            if self._serves_state_in(k, offices) and not (state or org):
                # وزير الصحة في الأردن: a minister "in" a state named outright is its minister (an envoy there
                # is posted, read below; a capital after في is where he spoke)
                state, last, k = items[k + 1].mention.id, items[k + 1], k + 2
                continue
            if (state or org) and item.stem in vocab.title_adjectives and k + 2 < self.size \
                    and items[k + 1].stem in vocab.posting and not items[k + 1].broken:
                k += 1  # مبعوث الأمم المتحدة الخاص إلى ليبيا: the adjective, then the posting
                item = items[k]
            if (state or org) and item.clitic == "ب" and not item.broken and item.mention is not None \
                    and item.mention.kind in ("state", "place") and any(a.office in _RESIDENT_OFFICES for a in offices):
                # القنصلية الأمريكية بجدة، السفير الياباني بالرياض: the city joined by ب is where the mission lives
                posting = self.gazetteer.state_of(item.mention.id) or posting
                break
            if item.stem in vocab.posting and k + 1 < self.size and not items[k + 1].broken:
                target = items[k + 1]
                if target.mention is not None and target.mention.kind in ("state", "place") \
                        and _posted(offices) and not self._travels_to_city(item, target):
                    # سفير … لدى الأردن: posted there; the state stays an argument of its own (the host of a mission)
                    posting = self.gazetteer.state_of(target.mention.id) or posting
                elif target.entry is not None and target.entry.cls == "self" and self.home and _posted(offices) \
                        and ("*" in target.entry.states or self.home in target.entry.states):
                    posting = self.home  # سفير المغرب لدى المملكة: posted in the paper's own country
            break
        # الرئيس الفرنسي السابق، رئيس وزراء لبنان الأسبق: the word after the title says he holds it no longer (it
        # stays out of the phrase: a name after it is read as before, a person of his own)
        former = bool(offices) and k < self.size and not items[k].broken and not items[k].clitic \
            and items[k].stem in vocab.former
        return self._Group(offices, state, org, posting, last, k, fixed, definite, portfolio, former)

    def _scene_state(self, k: int) -> str | None:
        """The state the sentence sets its story in before item ``k``: the last state or place named after a scene
        preposition (في الكويت، إلى عمان) since the sentence opened; what البلاد after a title stands for."""
        opening = self._sentence_opening(self.items[k].start)
        for j in range(k - 1, -1, -1):  # back from the title, without copying the document's items
            item = self.items[j]
            if item.start < opening:
                return None
            mention = item.mention
            if mention is not None and mention.kind in ("state", "place") and self.at_scene(self.doc.text,
                                                                                          mention.start):
                return mention.id if mention.kind == "state" else self.gazetteer.state_of(mention.id)
        return None

    def _travels_to_city(self, word: _Item, target: _Item) -> bool:
        """إلى + a capital or a city after an envoy's title is where he travels (وصل المبعوث الروسي إلى الرياض),
        not his post: an envoy is sent to a state (المبعوث الأممي إلى اليمن)."""
        return word.stem == _TO and (target.mention.kind == "place" or target.mention.form == "capital")

    def _serves_body_in(self, k: int) -> bool:
        """في + an organization's name right after a title (مسؤول في الأمم المتحدة)."""
        items = self.items
        if items[k].stem != "في" or items[k].clitic or k + 1 >= self.size or items[k + 1].broken:
            return False
        target = items[k + 1]
        return target.mention is not None and target.mention.kind == "org" and not target.clitic

    def _serves_state_in(self, k: int, offices: list[Agent]) -> bool:
        """في + a state's own name right after a title that posts nobody abroad (وزير الصحة في الأردن), or its
        capital after a bare "official" (مسؤولين في طهران)."""
        items = self.items
        if items[k].stem != "في" or items[k].clitic or k + 1 >= self.size or items[k + 1].broken or _posted(offices):
            return False
        target = items[k + 1]
        # المسؤولين في دمشق: an official with no office of his own is the government's of the capital he is in
        forms = ("name", "capital") if all(o.office in _UNNAMED_OFFICES for o in offices) else ("name",)
        return target.mention is not None and target.mention.kind == "state" and target.mention.form in forms \
            and not target.clitic

    def _region_state(self, offices: list[Agent], item: _Item, definite: bool, title: _Item) -> str | None:
        """The state of a region named right after a head's indefinite title (رئيس جمهورية الشيشان: RU), else None:
        a place in the genitive of رئيس is a region that has a head of its own, never a city (رئيس بلدية); a
        governor's is the city or province he governs (محافظ عدن: YE)."""
        if not (item.mention is not None and item.mention.kind == "place" and not item.clitic and not item.broken
                and not definite and item.first == title.last + 1 and offices[-1].office in _REGION_HEADS):
            return None
        return self.gazetteer.state_of(item.mention.id)

    def _styled_state(self, k: int, clitic: str = "ب") -> bool:
        """Whether item ``k`` is ب (or ``clitic``) + a state's style (بجمهورية، بدولة، بسلطنة) right before that
        state's name."""
        items = self.items
        return (items[k].clitic == clitic and items[k].stem in self.vocabulary.state_styles and k + 1 < self.size
                and not items[k + 1].broken and not items[k + 1].clitic and items[k + 1].mention is not None
                and items[k + 1].mention.kind == "state" and items[k + 1].mention.form == "name")

    def _owner_of_field(self, k: int) -> str | None:
        """The state a field with a possessive pronoun at item ``k`` (خارجيتها، دفاعه) belongs to: that of the last
        actor read before it in the same sentence, if any."""
        if k >= self.size:
            return None
        item = self.items[k]
        if item.broken or item.clitic or item.mention is not None or item.stem not in self.vocabulary.own_fields:
            return None
        opening = self._sentence_opening(item.start)
        for actor in reversed(self.actors):
            if self.ntext.to_normalized(actor.start) < opening:
                return None
            if actor.state and not actor.state.startswith("group:"):
                return actor.state
        return None

    def _skip_portfolio(self, k: int) -> int:
        """Words naming a ministry's field (الدفاع، التجارة والصناعة، الدولة للشؤون الخارجية)."""
        start = k
        while k < self.size and k - start < PORTFOLIO_TOKENS:
            item = self.items[k]
            # a topic word is a field here (الملحق العسكري), not the head of a topic phrase
            if item.broken or item.mention is not None or (item.entry is not None and item.entry.cls != "not_actor"):
                break
            if not (item.stem.startswith(_ARTICLE) or item.clitic in ("ل", "و", "لل") or self._construct_head(k)):
                break
            if item.stem in self.vocabulary.name_stop:
                break
            k += 1
        return k

    def _construct_head(self, k: int) -> bool:
        """وزير حقوق الإنسان، وزير شؤون الرئاسة: a field may open with a noun in construct with the next word."""
        if k + 1 >= self.size or self.items[k].mention is not None:
            return False
        following = self.items[k + 1]
        return (not following.broken and following.stem.startswith(_ARTICLE) and following.mention is None
                and (following.entry is None or following.entry.cls == "not_actor")
                and len(self.items[k].stem) >= 3 and self.items[k].stem not in self.vocabulary.name_stop)

    def _qualified_definite_title(self, k: int, before: Agent) -> bool:
        """Whether the title at item ``k`` opens a person of its own after a complete definite title: one word with
        the article (السفير، الوزير) of another office, qualified at once by a nisba or an organization (السفير
        الفرنسي، المبعوث الأممي). A chain of one man's offices goes on with indefinite titles (ولي العهد نائب رئيس
        مجلس الوزراء) or an ordinal (النائب الثاني), never with a nisba of its own."""
        item, agent = self.items[k], self.items[k].entry.agent
        if item.first != item.last or item.clitic or not _definite(self.tokens_of(item)):
            return False
        if _FAMILY.get(agent.office, agent.office) == _FAMILY.get(before.office, before.office):
            return False
        following = self.items[k + 1] if k + 1 < self.size else None
        return (following is not None and not following.broken and not following.clitic
                and following.mention is not None
                and (following.mention.kind == "org" or (following.mention.kind == "state"
                                                         and following.mention.form == "nisba")))

    def _bare_title(self, item: _Item, offices: list[Agent]) -> bool:
        """A one-word definite title (الوزير، الرئيس، السفير) takes no second title."""
        return len(offices) == 1 and item.first == item.last and _definite(self.tokens_of(item))

    def _opens_name(self, k: int) -> bool:
        """Whether the title at item ``k`` (with its field and what it acts for) is followed by a name."""
        entry = self.items[k].entry
        j = self._skip_portfolio(k + 1) if entry.agent.portfolio else k + 1
        if j < self.size and self.items[j].mention is not None and self.items[j].mention.kind in ("state", "org"):
            j += 1
        return self._name_at(j)

    def _same_person(self, draft: _Draft, group: _DocumentReader._Group) -> bool:
        """A title after a name or another title is an apposition (الرئيس عبد الفتاح السيسي رئيس جمهورية مصر
        العربية) unless it names another state (استقبل الأمير محمد بن سلمان وزير الدفاع الأمريكي)."""
        known = draft.state or draft.org or (self._person_party(draft.person) if draft.person else None) \
            or (self.home if self._home_prince(draft) else None)  # الأمير سلطان بن سلمان وزير الخارجية الكويتي
        said = group.state or group.org or group.fixed
        if said and known:
            return said == known
        if said and draft.has_name and self._name_at(group.next):
            return False  # استقبل الدكتور فلان محافظ عدن علي …: a title with a name of its own is the guest's
        if said and draft.has_name and not draft.offices:
            return True  # الأمير محمد بن نايف ولي العهد: the titles of the name just read
        if said and not known and draft.has_name and not group.definite and not self._name_at(group.next):
            # الرئيس رمضان قاديروف رئيس جمهورية الشيشان: an indefinite title naming a state, no name after it, is the
            # apposition of the name just read (رئيس وزراء لبنان تمام سلام, with a name of its own, is another man)
            return True
        return not (draft.has_name and draft.offices)

    def _another_states_man(self, draft: _Draft, item: _Item) -> bool:
        """Whether the known person at ``item`` acts for another state than the title just read (استقبل الرئيس
        الأمريكي الملك سلمان: the president receives the king, two men)."""
        if not draft.state or draft.org or draft.state.startswith("org:"):
            return False
        party = self._person_party(item.mention.id)
        return party is not None and not party.startswith(("org:", "group:")) and party != draft.state

    def _holder_after_honorific(self, k: int, draft: _Draft) -> bool:
        """Whether the name after the honorific at item ``k`` is of the one who holds the title just read (وزير
        الخارجية الأستاذ عادل الجبير): a known person who then held that office for the title's state (the
        home state's, when the title names none; or any state's, when the title names none: وزير الخارجية الشيخ
        صباح الخالد is Kuwait's minister, in a Saudi paper as anywhere).
        Any other name after a title and an honorific is another person (استقبل وزير الخارجية الدكتور نبيل العربي:
        the minister receives the League's head, who then held no such office)."""
        side = draft.state or draft.org or self.home
        unnamed_side = not draft.state and not draft.org
        for item in self.items.span(k + 1, k + 1 + HOLDER_NAME_REACH):
            if item.broken:
                return False
            if item.mention is not None:
                if item.mention.kind != "person":
                    return False
                return any(_GAZETTEER_OFFICE.get(o.office, o.office) == held.title
                           and (held.state == side or unnamed_side)
                           for held in self.gazetteer.offices_held(item.mention.id, self.doc.date)
                           for o in draft.offices)
            if item.entry is not None and item.entry.cls != "honorific" and item.stem not in self.vocabulary.name_link:
                return False
        return False

    def _name_at(self, k: int) -> bool:
        """Whether item ``k`` opens a personal name (a known person or a given name) right where it stands."""
        if k >= self.size or self.items[k].broken:
            return False
        item = self.items[k]
        return (item.mention is not None and item.mention.kind == "person") or item.stem in self.vocabulary.given

    def _take_group(self, draft: _Draft, group: _DocumentReader._Group) -> None:
        if not draft.offices:
            draft.definite, draft.portfolio = group.definite, group.portfolio
        draft.offices += group.offices
        draft.state = draft.state or group.state or group.fixed
        draft.org = draft.org or group.org
        draft.posting = draft.posting or group.posting
        draft.former = draft.former or group.former
        draft.last = group.last
        if not (group.state or group.org or group.fixed) and group.next < self.size:
            following = self.items[group.next]
            # الأمين العام للتيار الوطني في لبنان: a genitive that names no body we know is some other body's
            draft.unknown_body = draft.unknown_body or (
                any(a.office in _HEAD_OF_BODY for a in group.offices) and not following.broken
                and following.clitic in ("ل", "لل") and following.mention is None
                and (following.entry is None or following.entry.cls == "not_actor"))

    def _may_name(self, draft: _Draft, item: _Item) -> bool:
        """A word that can begin an unknown personal name right after a title or an honorific (not after a title
        that acts for nobody yet: رئيس المجلس is no name)."""
        if draft.has_name or not (draft.offices or draft.honorific):
            return False
        if draft.offices and all(a.required for a in draft.offices) and not (draft.state or draft.org):
            return False
        return item.stem in self.vocabulary.given and _name_like(item, self.vocabulary) and not item.clitic

    def _unknown_name_then_title(self, draft: _Draft, k: int) -> bool:
        """Whether item ``k`` opens a name our list of given names lacks, of the one who holds the title just read
        with an honorific, because a title naming a state follows it (فخامة الرئيس إيسوفو محمدو رئيس جمهورية
        النيجر: Niger's president, not the one the bare title would fall back on)."""
        if draft.has_name or not (draft.offices and draft.honorific) or draft.state or draft.org:
            return False
        for at in range(k, min(k + MAX_NAME_TOKENS + 1, self.size)):
            item = self.items[at]
            if at > k and (item.broken or item.clitic):
                return False
            if item.entry is not None and item.entry.cls == "agent":
                if at == k or item.entry.agent.office == _COUNTERPART:
                    return False
                group = self._title_group(at)
                return bool(group.state or group.org) and not self._name_at(group.next)
            if not _name_like(item, self.vocabulary) or item.clitic:
                return False
        return False

    def _name_then_title(self, j: int) -> int | None:
        """An unknown personal name right before a title that says whom it acts for (خالد الكعبي وزير الدولة العُماني:
        a given name of our list, a second name word, then a title naming a state or an organization) is that
        official; returns where the phrase ends. None when no such title follows: a name before a bare title (…
        وزير الخارجية) is left to the title alone."""
        item = self.items[j]
        if not self._bare_given_name(j):
            return None
        ahead = self.items.span(j + 1, j + 2 + MAX_NAME_TOKENS)
        if not any(it.entry is not None and it.entry.cls == "agent" for it in ahead):
            return None  # most names are followed by no title: the name itself is not read for them
        if self._rest_of_a_name(j):
            return None
        draft = _Draft(item, item, form="title")
        k = self._take_name(draft, j)
        if len(draft.name) < 2 or k >= self.size:
            return None
        title = self.items[k]
        if title.broken or title.clitic or title.entry is None or title.entry.cls != "agent" \
                or title.entry.agent.office == _COUNTERPART or title.entry.agent.office in _BODY_OFFICES:
            return None  # ثمن عبده ناصر جهود حكومة المملكة: a body after a name is no title of his
        group = self._title_group(k)
        if not (group.state or group.org or group.fixed) or not group.offices:
            return None
        self._take_group(draft, group)
        self._emit(draft)
        return group.next

    def _bare_given_name(self, j: int) -> bool:
        """Whether item ``j`` is a given name of our list, with no clitic, that may open an unknown personal name."""
        item = self.items[j]
        return not item.clitic and item.stem in self.vocabulary.given and _name_like(item, self.vocabulary)

    def _rest_of_a_name(self, j: int) -> bool:
        """Whether item ``j`` goes on a name just read or one an honorific opened (الشيخ صباح خالد الكواري وزير
        خارجية تركيا): the same man, not a new one."""
        return bool(self.actors and self._adjacent(self.actors[-1], self.items[j])) or self._after_honorific(j)

    def _title_after(self, k: int) -> bool:
        """Whether a title follows the name ending before item ``k``, right after it or after a comma (سالم أحمد
        العمري نائب الرئيس، عبده ناصر، رئيس الجالية): the name is that official's."""
        return any(it.entry is not None and (it.entry.cls == "honorific" or (
            it.entry.cls == "agent" and it.entry.agent.office not in _BODY_OFFICES))
            for it in self.items.span(k, k + TITLE_AFTER_NAME))  # جهود حكومة المملكة: a body is no title of his

    def _after_honorific(self, j: int) -> bool:
        """Whether an honorific stands one or two words before item ``j``, unbroken (الشيخ صباح خالد): the name began
        there."""
        for back in (1, 2):
            if j - back < 0 or any(self.items[i].broken for i in range(j - back + 1, j + 1)):
                return False
            entry = self.items[j - back].entry
            if entry is not None and entry.cls == "honorific":
                return True
        return False

    def _adjacent(self, actor: Actor, item: _Item) -> bool:
        """Whether nothing but a space stands between an actor and the item after it."""
        gap = self.ntext.text[self.ntext.to_normalized(actor.end):item.start]
        return gap.strip() == "" and len(gap) <= 2

    def _name_before_father(self, draft: _Draft, k: int) -> bool:
        """Whether the title word at item ``k`` is a given name instead, after an honorific and before بن (الأمير
        سلطان بن سلمان, الشيخ سلطان بن زايد: men named Sultan, not sultans)."""
        item = self.items[k]
        return (draft.honorific and not draft.offices and not draft.has_name and not item.clitic
                and item.stem in self.vocabulary.given and k + 1 < self.size
                and not self.items[k + 1].broken and self.items[k + 1].stem in _FATHER_LINKS)

    def _take_name(self, draft: _Draft, k: int, first_is_name: bool = False) -> int:
        names, start = [], k
        while k < self.size and k - start < MAX_NAME_TOKENS:
            item = self.items[k]
            if k > start and (item.broken or item.clitic):
                break
            linking = item.stem in self.vocabulary.name_link and k + 1 < self.size
            if names and names[-1] not in self.vocabulary.name_link and self._family_nisba(item):
                names.append(item.stem)  # اللواء منصور التركي، السفير عبدالله المصري: a family name, no state
                draft.last = item
                k += 1
                break
            if not linking and not (first_is_name and k == start) and (
                    item.mention is not None or item.entry is not None or not _name_like(item, self.vocabulary)):
                break
            names.append(item.stem)
            draft.last = item
            k += 1
            if len(names) >= 2 and item.stem in self.short_people and item.stem not in self.vocabulary.given:
                break  # وزير الخارجية محمد ظريف زيارته …: a known holder's surname ends the name (never a given name)
        while names and names[-1] in self.vocabulary.name_link:
            names.pop()
            k -= 1
            draft.last = self.items[k - 1]
        draft.name = names
        draft.name_span = (self.items[start].start, self.items[k - 1].end) if names else None
        return k

    # -- what an actor acts for -------------------------------------------------------------------------------
    def _person_party(self, person: str) -> str | None:
        return self.gazetteer.state_of(person, self.doc.date)

    def _emit(self, draft: _Draft, explicit: bool = True) -> None:
        if (draft.offices or draft.has_name) and self._named_after(draft.first):
            return  # قلادة الملك عبدالعزيز، مطار الأمير سلطان: a thing's name, not the person acting
        # الرئيس رمضان قاديروف رئيس جمهورية الشيشان: the region he heads says which president he is
        office = next((o for o in draft.offices if o.office == REGIONAL_HEAD), draft.offices[0]) \
            if draft.offices else None
        state, org = draft.state, draft.org
        form = draft.form
        person = draft.person
        described = self._described_official(draft)
        if described is not None:
            # واجرى الدبلوماسي السويدي … after دي ميستورا: the UN's envoy, whatever his nationality
            state, org, person, form, explicit = None, described.org, described.person, "antecedent", False
        if not person and draft.offices and len(draft.name) == 2 and draft.name[-1] in self.short_people \
                and draft.name[0] not in self.short_people:
            # الرئيس حسين روحاني: a title, a first name the gazetteer does not spell so, and a known holder's short
            # name is that holder (a variant or a slip of the paper), not a stranger
            person = draft.entity = self.short_people[draft.name[-1]]
        if person and not (state or org):
            party = self._person_party(person)
            if party and party.startswith("org:"):
                org = party
            else:
                state = party
            form = "person" if not draft.offices else form
        if not (state or org or person) and self._home_prince(draft):
            state, form, explicit = self.home, "person", False
            if office is not None and (office.office == "head_of_state"
                                       or not self.vocabulary.home_bears(self.home, office)):
                # الأمير فلان بن فلان الرئيس العام لرعاية الشباب: the head of a body, not of the state (the
                # gazetteer knows the home state's head, so a prince it does not know is not he)
                office = None
        if office is not None and office.office == _COUNTERPART:
            form = "counterpart"
            explicit = state is not None
        elif office is not None and not (state or org):
            if office.required and not person:
                return  # رئيس، القوات، الجانب with nothing they stand for
            if not draft.definite and not person:
                return  # حكومة غربية، وزير سابق: "a" government or minister is nobody in particular
            fronted = self._fronted_state(draft.first) or self._head_of_body(draft.first)
            chained = None if draft.has_name or fronted else (self._title_chain(office, draft.first)
                                                              or self._joined_to_official(office, draft.first))
            if chained is not None:
                antecedent, met = chained, None  # a second office of the official just named
            elif (holder := self._holder_named_before(draft)) is not None:
                # وزير الخارجية نفسه after وزير الخارجية آنذاك بيتر هولم: the holder of that very office named before
                antecedent, met = holder, None
            elif draft.portfolio or draft.unknown_body or fronted:
                antecedent, met = None, None
            else:
                antecedent, met = self._antecedent(office, draft.first)
            if met is not None and antecedent is None and not draft.has_name:
                return  # سيلتقي الرئيس الصيني بالرئيس …: one meets another president, not himself; whose, unsaid
            if fronted is not None:
                state, form, explicit = fronted, "title", False
            elif antecedent is not None and not (draft.has_name and antecedent.person):
                # (الرئيس حسين روحاني after أوباما: a title with a name of its own is another man than the last
                # holder named, whose state it does not borrow)
                state, org = antecedent.state, antecedent.org
                person = person or antecedent.person
                form, explicit = "antecedent", False
            elif self.home and office.office in _HOME_DEFAULT and not self._foreign_name(draft):
                state = self._on_behalf_of(draft.first)
                if state is None and self.vocabulary.home_bears(self.home, office) and (
                        self.home_titles or office.office not in _STORY_OFFICES):
                    state = self.home
                    self.home_defaulted |= office.office in _STORY_OFFICES
                form, explicit = "title", False
        if office is None and not (state or org or person):
            return
        named_here = None
        if draft.name and not person:
            person = "person:" + slug(draft.name)
            named_here = self.ntext.span_to_original(*draft.name_span) if draft.name_span else None
        if office is None:
            kind = "person" if person else ("org" if org and not state else "state")
        elif office.office in _BODY_OFFICES:
            kind = "body"
        else:
            kind = "person" if person else "official"
        actor = self._actor(draft.first, draft.last, kind=kind, state=state, org=org, person=person,
                            office=office.office if office else None, level=office.level if office else None,
                            form=form, posting=draft.posting or self._post_of_bare_title_before(draft, person),
                            entity=draft.entity, explicit=explicit,
                            former=draft.former or bool(person and self.gazetteer.former_leader(person, self.doc.date)),
                            name=named_here)
        self.actors.append(actor)
        self.styles[id(actor)] = office.style if office else None
        surname = draft.name[-1] if draft.name else draft.surname
        if surname and len(surname) >= 3:
            self._remember_surname(surname, actor)

    def _post_of_bare_title_before(self, draft: _Draft, person: str | None) -> str | None:
        """المبعوث الخاص إلى الصومال جيمس سوان: a known man named right after an envoy's title and its posting
        holds that post; the title names no body, so it is no party of its own and only he can carry the post (and
        keep the state of his post from being taken for the place he travels to)."""
        if not person or draft.offices or len(self.actors) < 2 or self.actors[-1].kind != "state":
            return None
        title = self.actors[-2]  # the posting's state is read as an actor of its own, between the title and him
        if title.kind != "official" or title.posting is None or title.state or title.org or title.person:
            return None
        start = self.ntext.span_to_original(draft.first.start, draft.first.end)[0]
        gap = self.ntext.original[title.end:start].split()
        return title.posting if 2 <= len(gap) <= 3 and normalize_key(gap[0]) in self.vocabulary.posting else None

    def _home_prince(self, draft: _Draft) -> bool:
        """Whether an unknown name with a father's name, after a royal honorific of the home state (home_princes.tsv),
        is one of its princes: استقبل أمير الكويت الأمير نواف بن فيصل in a Saudi paper receives a Saudi prince."""
        fathered = draft.lineage or any(word in _FATHER_LINKS for word in draft.name[1:-1])
        return bool(self.home and draft.name and fathered and draft.style
                    and draft.style in self.vocabulary.home_princes.get(self.home, ()))

    def _described_official(self, draft: _Draft) -> Actor | None:
        """The person an epithet with a nisba describes (الدبلوماسي السويدي, no name after it): the last person named
        a few sentences back, when he acts for an organization. An international official's nationality is no state he
        acts for; the epithet names him, not a Swedish diplomat. None for anyone else."""
        first = draft.first
        if draft.has_name or draft.person or draft.org or not draft.state or len(draft.offices) != 1 \
                or first.stem not in self.vocabulary.epithets or first.clitic.strip("و"):
            return None
        for actor in reversed(self.actors):
            if actor.kind != "person" or actor.person is None:
                continue
            # items are in normalized offsets, actors in the original text's
            near = first.start - self.ntext.to_normalized(actor.end) <= EPITHET_REACH
            return actor if near and actor.org and not actor.state else None
        return None

    def _joined_to_official(self, office: Agent, first: _Item) -> Actor | None:
        """نائب المستشارة الألمانية ووزير الاقتصاد …: a bare title of another office joined by و right after an
        official of a named state is of that state (the same man's second office, or his colleague); never the
        paper's own by default."""
        if not self.actors or not first.clitic.startswith("و"):
            return None
        last = self.actors[-1]
        if last.kind not in ("person", "official") or not last.state or not last.explicit or last.office is None:
            return None
        if last.office == office.office:
            return None  # وزير الخارجية الأمريكي ووزير الخارجية: his counterpart, whoever's
        gap = self.ntext.text[self.ntext.to_normalized(last.end):first.start]
        return last if gap.strip() == "و" else None

    def _title_chain(self, office: Agent, first: _Item) -> Actor | None:
        """حسن علوي نائب الرئيس العراقي رئيس مجلس الوزراء: a bare title of another office right after an official, with
        nothing between them, is a second office of the same man, and acts for his state."""
        if not self.actors:
            return None
        last = self.actors[-1]
        if last.kind not in ("person", "official") or not (last.state or last.org) or last.office is None:
            return None
        if _FAMILY.get(last.office, last.office) == _FAMILY.get(office.office, office.office):
            return None  # الرئيس … الرئيس: one meets another of his rank
        if last.org and not last.state and office.office in _HOME_DEFAULT:
            return None  # استقبل المبعوث الأممي فلان وزير الخارجية: an organization's man holds no minister's office
        return last if self._adjacent(last, first) else None

    def _foreign_name(self, draft: _Draft) -> bool:
        """وزير الخارجية برونو رودريغيز in a Saudi paper: a name of another language is no home official's, so the
        unqualified title before it does not default to the paper's state."""
        return bool(draft.name) and draft.name[0] in self.vocabulary.foreign_given

    def _holder_named_before(self, draft: _Draft) -> Actor | None:
        """The last person named before with the same titled office as this bare one (وزير الخارجية … بيتر هولم), when
        the family of offices finds no antecedent for it: a ministry's title, or a holder whose state is unknown."""
        if draft.has_name:
            return None
        title = self.ntext.text[draft.first.start:draft.last.end]
        for actor in reversed(self.actors):
            if actor.person and actor.office:
                start = self.ntext.to_normalized(actor.start)
                if self.ntext.text.startswith(title + " ", start):
                    return actor if draft.portfolio or not (actor.state or actor.org) else None
        return None

    def _antecedent(self, office: Agent, first: _Item) -> tuple[Actor | None, Actor | None]:
        """(the antecedent, the official of the same clause passed over): the last official of the title's family
        named before it (الرئيس is the president last spoken of), but not one a few words back in its own clause,
        whom it meets or honours (أقام وزير الخارجية القطري مأدبة تكريما لوزير الخارجية: the other minister, the one
        spoken of before him, acting for another party)."""
        family = _FAMILY.get(office.office)
        if family is None:
            return None, None
        met = None
        for actor in reversed(self.actors):
            if not (actor.office and _FAMILY.get(actor.office) == family and (actor.state or actor.org)):
                continue
            if office.style and self.styles.get(id(actor)) not in (None, office.style):
                continue  # الملك after الرئيس أوباما: the king told of before him
            if met is None and self._same_clause(actor, first):
                met = actor
            elif met is None:
                return actor, None
            elif (actor.state, actor.org) != (met.state, met.org):
                return actor, met
        return None, met

    def _same_clause(self, actor: Actor, first: _Item) -> bool:
        """Whether a few words of one clause (no punctuation, no word opening with و) are all that stand between
        an actor and a later title."""
        gap = self.ntext.text[self.ntext.to_normalized(actor.end):first.start]
        return len(gap) <= SAME_CLAUSE_REACH and not _BREAK.search(gap) and not any(
            word.startswith("و") for word in gap.split())

    def tokens_of(self, item: _Item) -> list[str]:
        """The normalized words of an item (its stems, proclitics left out)."""
        return self.ntext.text[item.start:item.end].split()

    def _actor(self, first: _Item, last: _Item, **fields) -> Actor:
        start, end = self.ntext.span_to_original(first.start, last.end)
        return Actor(self.doc.id, start, end, self.ntext.original[start:end], **fields)


def _regional(office: Agent) -> Agent:
    """A head's title read as the head of a region (رئيس جمهورية الشيشان): an official of the state, whose visits and
    meetings are not its head of state's; a governor is one already."""
    if office.office not in LEADER_OFFICES:
        return office
    return replace(office, office=REGIONAL_HEAD, level="official")


def _agrees_as_nisba(name: str) -> bool:
    """السعودية، الجمهورية العربية السورية: a state's name with the article and a nisba's ending, which after a
    definite title reads as its adjective; النرويج، الأردن cannot."""
    key = normalize_key(name)
    return key.startswith(_ARTICLE) and key.endswith(_NISBA_ENDING)


def _definite(words: list[str]) -> bool:
    """وزير الخارجية، الرئيس: a title is definite when its last word has the article (a construct takes it from its
    last word)."""
    return bool(words) and words[-1].startswith(_ARTICLE)


def _posted(offices: list[Agent]) -> bool:
    return any(a.office in POSTED_OFFICES for a in offices)


def _name_like(item: _Item, vocabulary: Vocabulary) -> bool:
    stem = item.stem
    return (len(stem) >= 2 and not stem.isdigit() and stem not in vocabulary.name_stop
            and item.mention is None and item.entry is None and not stem[0].isdigit())


# -- document-local person ids ------------------------------------------------------------------------------------
_LATIN = str.maketrans({
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "ئ": "y", "ؤ": "w", "پ": "p", "چ": "ch",
    "گ": "g", "ڤ": "v"})


def slug(words: Iterable[str]) -> str:
    """A latin slug for a name the gazetteer does not know (عادل الجبير -> adl-aljbyr): the id of a person local to
    the document, the same wherever the same name is written the same way."""
    parts = [w.translate(_LATIN) for w in words]
    out = "-".join(re.sub(r"[^a-z0-9]+", "", p) for p in parts if p)
    return out.strip("-") or "unknown"
