"""Event extraction: triggers in each sentence, roles from frames, then modality, date and evidence.

The flow per sentence: find triggers (``lang/ar/events/triggers.tsv``) outside entity names, keep those whose
companion words are present, pick the date(s) that belong to the trigger, fill roles with the type's frame,
read the modality from cue words before the trigger, and record the sentence and trigger offsets in the
original text. The pair of states a passage is about and the last subject are carried from sentence to
sentence so that البلدين and elided subjects resolve.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import ahocorasick

from alaqat.annotate.actors import load_vocabulary
from alaqat.annotate.dates.seasons import SEASON_MONTHS, season_in_tense
from alaqat.annotate.gazetteer import Gazetteer, default_gazetteer
from alaqat.extract.confidence import Model, WordContext, features, load_model, word_context
from alaqat.extract.frames import (
    FRAMES,
    PURPOSE_REACH,
    Arg,
    Frame,
    Roles,
    adjective_pair,
    invitation_to,
    lives_in,
    names_an_instrument,
    object_of_unsaid_subject,
    party,
    place_of_topic,
    post_of,
    quoted_after,
)
from alaqat.extract.lexicon import LONGEST_CLITIC, Lexicon, Trigger, load_lexicon, words_alternation
from alaqat.extract.lookback import LookBack
from alaqat.model import Actor, Event, Evidence, Mention, Sentence, TemporalExpression
from alaqat.normalize.sentences import with_spaces_at
from alaqat.normalize.text import normalize_key
from alaqat.pipeline import Analysis

RECENT_BODIES = 8  # organizations and series named before a sentence that "the organization" may stand for
NEGOTIATED_REACH = 60  # characters after a word of negotiating where the agreement negotiated is looked for
NEGOTIATED_WORDS = 6  # … and words: تفاوض الوزير مع نظيره التركي على اتفاقية، past the partner and a preposition
TIME_REFERENCE_REACH = 30  # characters before a trigger where "after/before … of" makes it a time reference
OCCASION_REACH = 3  # sentences after a visit in which "during the visit" still means that visit
LEAD_IN_REACH = 20  # characters before a sentence's final colon where a list's lead-in word stands
CAPTION_OPENING = 12  # characters at a sentence's start where a caption's opening words stand
SINCE_REACH = 12  # characters before a date where its "since" (منذ، منذ عام) stands
FIRST_SINCE_REACH = 80  # characters before that "since" where the first time it counts from is told
SINCE_LENGTH_WORDS = 2  # words between a since and the length it counts (منذ بضعة عقود، منذ 30 عاما)
FIRST_BEFORE = 20  # characters before a trigger (its own word included) where "first" makes a since-date the last time
DURING_AFTER_VERB = 16  # characters after a verb where "during it" may follow it (يلتقي خلالها)
PAIR_APPOSITION = 20  # characters after a pair word where the states it names may stand (البلدان، مصر والسعودية)
WHETHER_REACH = 45  # characters before a trigger where "whether" (ما إذا كان) makes it asked about
_CLAUSE_BREAK = re.compile(r"[،,؛;.:]")
STATEMENT_REACH = 2  # sentences after a word of support where the statement it was said in may be dated
STATEMENT_WORDS_REACH = 24  # characters before that day where the words naming the statement stand (في تصريح له)
MORROW_REACH = 12  # characters before an act's word where غداة may stand
LEAD_DAYS = 7  # an explicit day this close before the paper's date dates the news of the sentences after it
_BACKGROUND = re.compile(
    r"(?<![^\W_])[وف]?كان(?:ت|وا|ا|تا)?(?![^\W_]).{0,80}?(?<![^\W_])قد(?![^\W_])|سبق(?:ت)? (?:ان|و)")
DATELINE_REACH = 80  # characters at an article's start where its dateline may stand
_WORD_AT = re.compile(r"[^\W\d_]+")
RELATIVE_CLAUSE_REACH = 60  # characters a relative clause may run before a trigger inside it
DATE_REACH = 200  # characters between a trigger and a date that can still be its own
FINER_DATE_REACH = 30  # characters between a date and the day inside it that tells it more exactly
REMEMBERED_REACH = 40  # characters from an anniversary's word (ذكرى) to the date it remembers
AFTER_COMMA_REACH = 40  # … and, past a comma, between that comma and the date
BEFORE_PENALTY = 1.6  # a date after the trigger is preferred to one as near before it
LEAD_GAP = 1  # sentences between the lead and an undated act it still dates, when none of them dates news
LEAD_SENTENCES = 1  # the article's lead: its first sentence, or its second after a dateline
ARRIVAL_CARGO_REACH = 80  # characters after an arrival verb where the plane or ship that arrived is named
ARRIVAL_DATE_REACH = 40  # … and on either side of it, where the arrival's date stands
COMMA_PENALTY = 2.0  # a date after a comma (an apposition between) is less likely the trigger's own
DESCRIPTIVE_ROLES = frozenset({"kind", "level", "channel", "mission", "office", "what", "location"})
_CLAUSE_END = re.compile(r"[،؛:]")
_NEW_ACT = re.compile(r"[،,]\s*و")  # a comma, then و: the next act of the sentence
_FRONTED = re.compile(r"^\W*[وف]?(?:(?:في|منذ|خلال)\s+)?$")
_SUBJECT_THEN_OBJECT = re.compile(r"(?:\s+[^\s،,؛:]+){1,4}\s*[،,]")  # رحبت الأمم المتحدة، (the subject, then a comma)
_OBJECT_OPENS = re.compile(r"\s*ب[^\W\d_]")  # … ، بالهدنة: the object the verb governs with ب
# في وقت يشهد …، في الوقت الذي، في حين: a clause of "while", whose time word may take a present verb after it
_WHILE_CLAUSE = r"(?<![^\W_])(?:(?:{while_then_verb})\s+[يت][^\W_]+|(?:{while_clause}))(?![^\W_])"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
ELECTED_HOLDER_REACH = 30  # characters before المنتخب where the holder or body it describes as elected stands
# the seat word before a mention, with the في or ب that may follow it (ومقرها جنيف، مقره في بيروت، ومقرها بروما)
_SEAT_BEFORE = re.compile(r"(?:^|\s)و?([^\W\d_]+)\s+(?:في\s+|ب)?$")
SEAT_WORD_REACH = 16  # characters before a mention where its seat word may stand
# لـ«الصحيفة»: a clitic written alone before a quotation mark (its tatweel already gone in the normalized text)
_CLITIC_BEFORE_QUOTE = re.compile(r"(?<![^\W_])([بل])\s?[«\"“]$")
_WORDS = re.compile(r"([^\W\d_]+)")
SENSE_REACH = 20  # characters after a trigger where a word may give it another sense
WORD_BEFORE_REACH = 15  # characters before a trigger where the word right before it is read (تسهيل، من)
RELATIVE_DATE_REACH = 25  # characters before a date where the relative clause it stands in opens (التي جرت في)
OBJECT_REACH = 60  # characters after a trigger where the first في may name what the act is in
WIDE_SENSE_REACH = 60  # characters after a trigger, in its clause, where a clause_block word may stand
_SHARED_IN = re.compile(r"[^.؛\n]*?(?<![^\W_])في\s+([^\W\d_]+)")  # the word after the first في of the sentence
DENIED_CLAUSE_REACH = 60  # characters after a trigger in a relative clause where the denied clause's أن may open
_AFTER_A_COMMA = re.compile(r"،\s*$")  # a comma right before a word
RELATIVE_VERB_WORDS = 1  # words between a relative pronoun and a trigger that is its clause's verb (الذي تم التوصل)
INVITATION_REACH = 160  # characters before لزيارة where its invitation word may stand
GOVERNED_REACH = 120  # characters after أعرب where its عن may come (after a long subject: VSO)
GOVERNING_VERB_REACH = 40  # characters before a noun (الشكر) where the verb governing it (وجه، تقدم ب) may stand
NEED_REACH = 20  # characters after that عن where the needed word (دعمه، تأييدها) is looked for


def _chair_of_a_body(text: str, inside: tuple, start: int, end: int, mentions: list) -> bool:
    """الرئاسة الإيطالية للاتحاد الأوروبي: "the Italian presidency" names a state's presidency (a body acting for
    it) unless an organization follows it with ل, when it is the chair of that body the state holds; its office
    word is then a trigger though it opens the body's name."""
    actor = getattr(inside[2], "actor", None)
    if not text[start:end].split()[0].startswith(("رئاس", "رياس")) or actor is None or actor.kind != "body":
        return False
    # (one adjective may stand between: الرئاسة اللوكسمبورغية الحالية للاتحاد)
    return any(ms >= inside[1] and text[inside[1]:ms].split()[-1:] == ["ل"] and len(text[inside[1]:ms].split()) <= 2
               and getattr(m, "kind", None) == "org" for ms, _, m in mentions)


@dataclass
class _Found:
    trigger: Trigger
    start: int
    end: int
    suffix: str


@dataclass
class _NDate:
    expr: TemporalExpression
    start: int
    end: int


# لا يحصلون على …، لا تشمل …: لا, a present verb, and the preposition that takes the trigger as its object (normalized
# text: على is علي, إلى is الي)
_NEGATED_PRESENT = re.compile(r"(?<![^\W_])و?لا\s+([يت][^\W\d_]{2,})\s+(?:(?:علي|الي|من|في)\s+)?$")
_IN_A_MEETING = frozenset({"participation", "hosting"})  # types whose act is a meeting, named after the trigger
_GOVERNED_BY_ALA = re.compile(r"(?<![^\W_])علي\s+$")  # على in normalized text, right before a verbal noun
_GOVERNED_BY_BI = re.compile(r"(?<![^\W_])ب[^\W\d_]{3,}")  # بالتباحث، بالتفاوض: a verbal noun governed by ب


NEGATED_VERB_REACH = 30  # characters before a trigger where لا, a present verb and its preposition may stand
CALL_REACH = 60  # characters before a trigger (or the verbal noun it is joined to) where a call for it must stand
MEETING_REACH = 60  # characters before a "held in" word (half that after it) where the meeting held must be named
HOSTED_REACH = 3  # characters between a hosting verb and the meeting it hosts (استضاف اجتماع قمة)


# characters from a verb of signing to the words of establishing relations it signs (وقّع البلد في عاصمة ثالثة قبل
# أيام مع جمهورية بعيدة على بروتوكول لإقامة العلاقات): one event, the relations established
PROTOCOL_REACH = 100
# characters before an agreement's word where a word of failing may stand (أعلنت المفوضية فشل الجولة الرابعة من
# المحادثات بين الأطراف الثلاثة، في الوصول إلى اتفاق): the failure names the talks first, at length
FAILURE_REACH = 140


_WITH_PARTICIPATION = normalize_key("بمشاركة")


def _meeting_of_the_act(item: _Found, other: _Found) -> bool:
    """Whether ``other`` is the meeting a hosting trigger takes as its object (استضاف اجتماع قمة … العام الماضي): the
    same act told by its noun, so it keeps no date from the hosting; or the meeting a participation "with the
    participation of" (بمشاركة) is told after (ينطلق اليوم الاجتماع السنوي … بمشاركة الوزير): its day is the
    participation's."""
    if item.trigger.type == "participation" and item.trigger.surface == _WITH_PARTICIPATION:
        return other.trigger.type == "talks" and other.end <= item.start
    return item.trigger.type == "hosting" and other.trigger.type == "talks" \
        and 0 <= other.start - item.end <= HOSTED_REACH


class EventExtractor:
    """Extracts the ontology's events from an ``Analysis``; load once with ``EventExtractor.load()``."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, model: Model | None = None):
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.model = model
        self._doc_date: str | None = None
        self._list_commas: frozenset[int] = frozenset()
        self.prepositions = lexicon.cues["preposition"]
        continuations = words_alternation(lexicon.cues["continuation"])
        # A comma or semicolon ends a clause unless the clause goes on (، حيث …؛ ، بما في ذلك …).
        self._clause_end = re.compile(rf"؛|[،:](?!\s*(?:{continuations})(?![^\W_]))")
        # … and a new one opens with the conjunction و or ف, not with a word of which it is a letter (، في …).
        stems = lexicon.cues.get("not_conjunction", {})
        not_stem = rf"(?!(?:{words_alternation(stems)})(?![^\W_]))" if stems else ""
        # … or with a word that says the sentence's subject acts again (، كما استقبل …: he also received)
        openers = words_alternation(lexicon.cues.get("clause_opener", {}))
        self._new_clause = re.compile(rf"؛|[،:]\s*(?:(?:{openers})\s+(?=[^\W\d_])|(?!(?:{continuations})(?![^\W_]))"
                                      rf"{not_stem}[وف](?=[^\W\d_]))")
        # a comma and "also" or "meanwhile" opening a coordinated act (``also`` cues: ، كما …، فيما …), unless the word
        # after it makes it something else (``not_meanwhile``: فيما يتعلق "as for", فيما بعد "later"); without the
        # class, the words coordinate nothing
        also = words_alternation(lexicon.cues.get("also", {}))
        not_meanwhile = words_alternation(lexicon.cues.get("not_meanwhile", {}))
        self._also = re.compile(rf"[،,]\s*(?:{also})(?!\s+(?:{not_meanwhile}))\s")
        # a sentence opened by "also" and a verb in the past (كما رست، كما تم بحث: ``sentence_also``,
        # ``done_auxiliary``), not in the present of what goes on (كما تبحث مع …; a present verb's first letters are
        # grammar, not data)
        sentence_also = words_alternation(lexicon.cues.get("sentence_also", {}))
        done = words_alternation(lexicon.cues.get("done_auxiliary", {}))
        self._opens_with_also = re.compile(rf"\W*(?:{sentence_also})\s+(?:(?:{done})\s|[^\W\d_يتسن])")
        self._compile_phrases(lexicon)
        first_words = _first_word_automaton(lexicon.triggers)
        key_words, self._keys_of_first = _key_word_automaton(lexicon.triggers)
        self._given_names = load_vocabulary().given  # names a clitic letter opens (فيصل، وليد)
        block_words = _cue_first_words(lexicon.cues.get("sentence_block", {}))
        block_keys, self._block_keys_of_first = _key_word_automaton(lexicon.cues.get("sentence_block", {}))
        self._blocks_gated = block_words is not None
        # the four in one, scanned once per document: (first words, key words, the cues' first words, their keys)
        automata = [first_words, key_words, block_words, block_keys]
        self._words, self._word_kinds = _joined_automaton(automata), len(automata)
        # the types each class of cues read after a trigger rules out, and the types of each trigger word
        self._blockable = {cls: frozenset(t for value in lexicon.cues.get(cls, {}).values() for t in value.split())
                           for cls in ("sense_block", "clause_block", "object_block")}
        self._types_of = {surface: frozenset(t.type for t in triggers)
                          for surface, triggers in lexicon.triggers.items()}

    def _compile_phrases(self, lexicon: Lexicon) -> None:
        """The phrases of cue classes the extractor reads at a fixed place (their words are data; where they
        stand, and what may stand around them, is grammar)."""
        # "the agreement" with a clitic on it (للاتفاق، هذا الاتفاق), which an instrument the paper knows may fill
        self._the_agreement = lexicon.phrase(r"(?<![^\W_])(?:[وبلف]|لل)?(?:{the_agreement})(?![^\W_])")
        # غداة ("on the morrow of") right before an act's word, with a clitic or في on it (وغداة، في غداة)
        self._morrow_of = lexicon.phrase(r"(?<![^\W_])(?:[وف]?(?:في\s+)?)({morrow_of})\s+$")
        self._earlier = lexicon.phrase(r"(?<![^\W_])(?:{earlier})(?![^\W_])")  # on no day the news gives
        self._future_word = lexicon.phrase(r"(?:{future_word})")  # a date's own word for "next"
        self._tomorrow = lexicon.phrase(r"(?<![^\W_])(?:{tomorrow})(?![^\W_])")
        # منذ توليه منصبه في …، منذ تسلمها مهامها …: a date told after it is when the office was taken
        self._since_taking_office = lexicon.phrase(
            r"(?<!\w)منذ\s+(?:{taking_office})\w*\s+(?:\w+\s+)?(?:في\s+)?$")
        # a blessing's last word, then a comma (حفظه الله، طيب الله ثراه،): the last words of the prayer cues
        last_words = {words.split()[-1] for words in lexicon.cues.get("prayer", {}) if words.split()}
        self._blessing_end = re.compile(rf"(?:{words_alternation(last_words)})()\s*-?\s*([،,])")
        # what a call governs right before the act's word: إلى / ب, with a light noun between (إلى إبرام، بعقد
        # اجتماع) … or resuming (باستئناف المفاوضات)
        self._call_governs = lexicon.phrase(
            r"(?:(?<![^\W_])ب|(?<![^\W_])(?:الي|إلى|الى)\s+)(?:(?:{light_verbal_noun})\s+)?$")

    @classmethod
    def load(cls) -> EventExtractor:
        return cls(load_lexicon(), default_gazetteer(), load_model())

    @property
    def default_min_confidence(self) -> float:
        """The threshold chosen on the dev data with the shipped model (0 without a model)."""
        return self.model.threshold if self.model is not None else 0.0

    # -- per document -------------------------------------------------------------------------------------
    def extract(self, analysis: Analysis) -> list[Event]:
        ntext = analysis.ntext
        text = ntext.text
        self._doc_date = analysis.doc.date
        self._home = analysis.doc.country
        self._ntext = ntext
        # the tokens' stems and starts, for the confidence model's words: made when a document's first event is
        # scored (most documents have none)
        self._tokens, self._token_index = analysis.tokens, None
        mentions = _arguments(analysis)
        dateline = _dateline_end(text)
        mentions = [m for m in mentions if m[0] >= dateline]  # رويترز- الصخيرات (المغرب): where it was filed
        self._non_state = [(ntext.to_normalized(a), ntext.to_normalized(b)) for a, b in analysis.non_state]
        self._helped = self._people_helped(analysis)
        dates = [_NDate(d, ntext.to_normalized(d.start), ntext.to_normalized(d.end)) for d in analysis.dates]
        text = self._without_news_date_commas(text, dates)
        text = self._without_prayer_commas(text)
        text = self._without_apposition_commas(text, mentions, {d.start for d in dates})
        self._list_commas = _list_commas(text, mentions)
        self._name_letters = frozenset(ms for ms, _, _ in mentions)  # وليد، فلاديمير: a name's own first letter
        self._speaker: str | None = None
        recent_bodies: list[str] = []
        # each sentence's span, mentions and whether it starts a story of its own (a line of an almanac), kept for
        # what is carried into a later sentence with acts, worked out only then (``LookBack``)
        spans: list[tuple[int, int]] = []
        mentions_of: list[list] = []
        starts_a_story: list[bool] = []
        preps_of: dict[int, dict[int, str]] = {}
        naming_of: dict[int, set[int]] = {}

        def sentence_preps(j: int) -> dict[int, str]:
            """The preposition before each mention of sentence ``j``, worked out once."""
            if j not in preps_of:
                preps_of[j] = self._mention_prepositions(text, mentions_of[j], spans[j][0])
            return preps_of[j]

        def naming_cities(j: int) -> set[int]:
            """Where the cities naming an instrument (اتفاق فيينا) start in sentence ``j``: no side of it nor any
            frame's argument."""
            if j not in naming_of:
                naming_of[j] = self._instrument_cities(text, mentions_of[j], spans[j][0])
            return naming_of[j]

        # the pair of states a passage is about: a sentence's own pair holds from it on (the sentence included);
        # the state the sentences before are about, and the last official they name (whose words a quotation is).
        # A sentence that cannot tell one (``_may_pair``, ``_may_be_topic``, ``_may_speak``) needs no prepositions.
        pairs: LookBack[tuple[str, str]] = LookBack(
            lambda j: self._pair_of(text, mentions_of[j], sentence_preps(j), spans[j], naming_cities(j))
            if _may_pair(mentions_of[j]) else None, starts_a_story.__getitem__)
        topics: LookBack[str] = LookBack(
            lambda j: self._topic(text, mentions_of[j], sentence_preps(j)) if _may_be_topic(mentions_of[j]) else None,
            starts_a_story.__getitem__)
        speakers: LookBack[str] = LookBack(
            lambda j: self._last_official(mentions_of[j], sentence_preps(j), self._doc_date)
            if _may_speak(mentions_of[j]) else None)
        drafts: list[tuple[int, int, Event, int, tuple[int, int]]] = []
        dated_sentences: dict[int, list[_NDate]] = {}
        dates.sort(key=lambda d: d.start)
        mention_starts, date_starts = [t[0] for t in mentions], [d.start for d in dates]
        # where a trigger's first word occurs: a sentence without one has no trigger, and the trigger pattern (a
        # long alternation the regex engine cannot scan fast) is not run over it; a trigger of several words holds
        # its longest too (في القمة: القمة): a sentence without any trigger's key word is not searched, and a common
        # first word (في، خلال) is tried only where a key word of its triggers is; and so for the cues of a sports
        # story, whose first word may be as common as في (في النهائي)
        firsts, keys, block_firsts, block_keys = _words_found(self._words, self._word_kinds, text)
        hits = [start for start, _ in keys]
        if self._blocks_gated:
            block_hits = [start for start, _ in block_keys]
            # (a first word counts only where a key word is: with none in the text, and most have none, no cue is)
            if not block_keys:
                block_firsts = []
        timeline_entry = self.lexicon.phrase(_TIMELINE_ENTRY)  # عام 2003م: …, an entry of a dated timeline
        for sentence_number, sentence in enumerate(analysis.sentences):
            s, e = ntext.to_normalized(sentence.start), ntext.to_normalized(sentence.end)
            sent_mentions = mentions[bisect_left(mention_starts, s):bisect_left(mention_starts, e)]
            sent_dates = [d for d in dates[bisect_left(date_starts, s):bisect_left(date_starts, e)]
                          if not any(ms <= d.start and d.end <= me for ms, me, _ in sent_mentions)]
            told = [d for d in sent_dates if not self._remembered(text, d, s)]
            if told:
                dated_sentences[sentence_number] = told
            spans.append((s, e))
            mentions_of.append(sent_mentions)
            # a line of a list led by its year (1953 - توقيع الهدنة بين الكوريتين، عام 2003م: …) tells a story of
            # its own: the states of the lines before it are no side of its acts
            starts_a_story.append(_ALMANAC_LINE.match(analysis.doc.text, sentence.start) is not None
                                  or timeline_entry.match(analysis.doc.text, sentence.start) is not None)
            may_hold = bisect_left(hits, s) < bisect_left(hits, e)
            if may_hold:
                word_starts = _trigger_word_starts(keys, hits, firsts, self._keys_of_first, s, e)
                block_starts = None if not self._blocks_gated else _trigger_word_starts(
                    block_keys, block_hits, block_firsts, self._block_keys_of_first, s, e)
            found = [] if not may_hold or _heading(analysis.doc.text, sentence) or self._link_line(text, s, e) \
                or self._leads_in_a_list(text, s, e) \
                else self._triggers(text, s, e, sent_mentions, word_starts, block_starts)
            if found:
                # the prepositions, the pair, the topic and the speaker matter only to a sentence with acts
                preps = sentence_preps(sentence_number)
                self._naming_cities = naming_cities(sentence_number)
                pair = pairs.before(sentence_number + 1)
                carried = None if starts_a_story[sentence_number] else topics.before(sentence_number)
                if told and self._home and self._chronicle_entry(text, s, told, sent_mentions, found):
                    # الخميس 12 مارس هاتف رئيس كينيا: a chronicle's entry whose subject
                    # went unsaid is its protagonist's, the paper's own head, not the last entry's guest
                    carried = self._home
                self._speaker = speakers.before(sentence_number)
            # where bodies sit (ومقرها جنيف) matters only to the acts of a sentence that has some
            self._seated = {ms for ms, _, m in sent_mentions if self._after_seat_word(text, ms, s)} if found else set()
            self._text, self._sent_start, self._sent_end = text, s, e
            self._mention_ends = {me for _, me, _ in sent_mentions}
            candidates: list[tuple[int, Event, bool]] = []
            for item in found:
                for event in self._events(analysis, sentence, item, found, text, (s, e), sent_mentions, preps,
                                          sent_dates, pair, carried, tuple(recent_bodies[-RECENT_BODIES:])):
                    # a word of negotiating or discussing read as the agreement negotiated (not a draft's noun)
                    by_verb = event.type == "agreement.negotiated" and item.trigger.type == "talks"
                    candidates.append((item.start, event, by_verb))
            for i, (start, event, by_verb) in enumerate(candidates):
                others = [o for j, (_, o, _) in enumerate(candidates) if j != i]
                if any(self._restated(event, o, _purpose(text, start))
                       and ((o.date and not event.date) or j < i or o.modality != event.modality)
                       for j, o in enumerate(others)) or any(_negotiation_of_signing(event, o, by_verb)
                                                             for o in others) \
                        or _discussed_during_it(text, event, [o for _, o, _ in candidates[:i]], self.lexicon):
                    continue
                drafts.append((start, len(drafts), event, sentence_number, (s, e)))
            recent_bodies += [m.id for _, _, m in sent_mentions if m.kind in ("org", "series")]
        drafts.sort(key=lambda d: (d[0], d[1]))
        self._during_a_plan(text, drafts)
        _one_reading_of_a_date(drafts)
        self._date_by_occasion(text, drafts)
        _visit_dated_by_its_meeting(drafts)
        _dated_by_the_story_before(drafts, text, self._earlier)
        _also_on_that_day(drafts, text, self._opens_with_also, self._earlier)
        self._visit_during_the_news(text, drafts, dated_sentences)
        _talks_dated_where_restated(text, drafts, dated_sentences, self.lexicon)
        _planned_visit_dated_after(text, drafts, dated_sentences, self.lexicon)
        self._date_by_lead(text, drafts, dated_sentences, analysis.sentences)
        self._date_by_diary_day(text, drafts, dated_sentences, analysis.sentences)
        self._day_before(text, drafts, dated_sentences)
        self._dated_by_its_statement(text, drafts, dated_sentences)
        self._almanac_days(analysis, drafts)
        _participation_at_hosting(drafts)
        self._concluded_deals_signed(drafts, analysis.doc.date)
        drafts = [d for d in drafts if not _support_to_come(d[2]) and not _host_taking_part(d[2], drafts)]
        agents = sum(1 for a in analysis.actors if a.office)
        drafts = self._one_per_claim(drafts, agents, analysis.doc.country)
        events = []
        for number, (_, _, event, sentence_number, _) in enumerate(drafts, 1):
            event.id = f"{analysis.doc.id}#{number}"
            self._score(event, sentence_number, agents, analysis.doc.country)
            events.append(event)
        return events

    def _concluded_deals_signed(self, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                                doc_date: str | None) -> None:
        """A known deal concluded on or before the paper's day was signed: told then as to come (سوف يكون قد نشر
        الكثير عن الاتفاق النووي بين إيران والدول الست، عشية زيارة … بعيد توصل إيران إلى اتفاق), the future is the
        sentence's other act's, not the signing's."""
        for _, _, event, _, _ in drafts:
            instrument = event.roles.get("instrument")
            if event.type == "agreement.signed" and event.modality in ("planned", "intended", "proposed") \
                    and isinstance(instrument, str) and self.gazetteer.concluded_by(instrument, doc_date):
                event.modality = "asserted"

    def _words_of(self, event: Event) -> WordContext:
        """The words of an event's evidence sentence around its trigger, for the confidence model."""
        if self._token_index is None:
            self._token_index = ([t.stem for t in self._tokens], [t.start for t in self._tokens])
        stems, starts = self._token_index
        (s, e), (t0, t1) = event.evidence.sentence, event.evidence.trigger
        first = max(bisect_right(starts, t0) - 1, 0)
        return word_context(stems, (bisect_left(starts, s), bisect_left(starts, e)),
                            (first, max(first + 1, bisect_left(starts, t1))))

    def _people_helped(self, analysis: Analysis) -> list[tuple[int, str]]:
        """(where, state) of the nisbas inside a phrase of people in need (``people_helped`` cues: اللاجئين
        السوريين، النازحين اليمنيين): no actors, but the state an aid to them goes to."""
        regex = self.lexicon.cue_regexes.get("people_helped")
        if regex is None:
            return []
        ntext, out = analysis.ntext, []
        for a, b in analysis.non_state:
            head = regex.match(ntext.text, _token_start(ntext.text, ntext.to_normalized(a)))  # للاجئين: ل + لاجئين
            if head is None:
                continue
            out += [(at, m.id) for m in analysis.mentions
                    if m.kind == "state" and head.end() <= (at := ntext.to_normalized(m.start))
                    and ntext.to_normalized(m.end) <= ntext.to_normalized(b)]
        # للإخوة اليمنيين النازحين واللاجئين: a nisba right before the word of people in need says whose they are;
        # so does one right after it when no phrase acting for nobody took it (12000 عالق يمني)
        for m in analysis.mentions:
            if m.kind == "state" and m.form == "nisba":
                start, end = ntext.to_normalized(m.start), ntext.to_normalized(m.end)
                before = _WORD_BEFORE.search(ntext.text, max(0, start - PEOPLE_WORD_CHARS), start)
                if (regex.match(ntext.text, end + 1) and ntext.text[end:end + 1] == " ") or (
                        before is not None and regex.fullmatch(ntext.text, before.start(1), before.end(1))):
                    out.append((start, m.id))
        return out

    def _score(self, event: Event, sentence_number: int, agents: int, home: str | None) -> None:
        """The event's confidence: the model's probability over what the rules found (or the trigger's weight
        when no model ships), and the features kept for training."""
        found = self._features(event, sentence_number, agents, home)
        event.extra.pop("evidence")
        event.extra["features"] = found
        if self.model is not None:
            event.confidence = round(self.model.probability(found), 3)

    def _believed(self, draft: tuple, agents: int, home: str | None) -> bool:
        """Whether the model would keep a draft told on its own: of a claim told several times, the telling it
        believes is better evidence than a weaker one before it (a joint press conference before the meeting)."""
        if self.model is None:
            return True
        event = draft[2]
        return self.model.probability(self._features(event, draft[3], agents, home)) >= self.model.threshold

    def _features(self, event: Event, sentence_number: int, agents: int, home: str | None) -> dict[str, float]:
        seen = event.extra["evidence"]
        return features(etype=event.type, trigger_weight=event.confidence, modality=event.modality,
                         date_basis=event.date_basis, roles=event.roles, sources=seen["sources"],
                         trigger_to_party=seen["distance"], sentence_chars=len(event.evidence.text),
                         trigger_offset=event.evidence.trigger[0] - event.evidence.sentence[0],
                         sentence_index=sentence_number, agents_in_doc=agents,
                         officials_in_sentence=seen["officials"], states_in_sentence=seen["states"],
                         quoted=seen["quoted"], restatements=event.extra.get("restatements", 0), home=home,
                         question="؟" in event.evidence.text, context=self._words_of(event))

    def _one_per_claim(self, drafts: list, agents: int, home: str | None) -> list:
        """A story told again in its own article is one claim: events of the same type, key roles and modality
        whose dates can both be true (the same, one missing, or one inside the other) become the fullest of them
        (most roles and a date; the earliest of equals), with the finest date any of them gives."""
        kept: list = []
        groups: dict[tuple, list] = {}
        # a caption restates what a sentence of the story tells (dated or not): it is no claim of its own then
        captions = [self._caption(d[4]) for d in drafts]
        claims = [(d[2].type, d[2].modality, self._claim_key(d[2])) for d in drafts]
        told = {claim for claim, caption in zip(claims, captions, strict=True) if not caption}
        drafts = [d for d, claim, caption in zip(drafts, claims, captions, strict=True)
                  if not (caption and claim in told)]
        for draft in drafts:
            event = draft[2]
            key = (event.type, event.modality, self._claim_key(event))
            same = next((group for group in groups.get(key, []) if all(
                (self._restates(event, d[2]) and self._same_medium(event, d[2]))
                or self._implied_by_condemnation(draft, d) for d in group)), None)
            if same is None:
                groups.setdefault(key, []).append([draft])
                kept.append(draft)
            else:
                same.append(draft)
        out = []
        for draft in kept:
            event = draft[2]
            key = (event.type, event.modality, self._claim_key(event))
            group = next(g for g in groups[key] if g[0] is draft)
            # a sentence that states the support outright (أكد أن الجهود الصادقة للمملكة …) is better evidence of it
            # than one that condemns an attack on the supported (استنكر تصريحات …)
            # … and of a visit, its first full telling in the text (the guide's required line: the visitor named when
            # any telling names him, and the host), whatever place or day a later telling adds (those lend the date)
            named = any(d[2].roles.get("visitor") for d in group)
            believed = {d[1] for d in group if self._believed(d, agents, home)} if len(group) > 1 else set()
            best = max(group, key=lambda d: (_full_visit(d[2], named) if d[2].type == "visit" else
                                             _core_roles(d[2]) + (d[2].date is not None), not self._condemns(d[0]),
                                             d[1] in believed, -d[0]))
            finest = max((d[2] for d in group if d[2].date), key=lambda e: len(e.date), default=None)
            chosen = best[2]
            if finest is not None and (chosen.date is None or len(finest.date) > len(chosen.date)):
                chosen.date, chosen.date_text, chosen.date_basis = finest.date, finest.date_text, "narrative" \
                    if finest is not chosen and finest.evidence.sentence != chosen.evidence.sentence \
                    else finest.date_basis
            chosen.extra["restatements"] = len(group) - 1
            out.append(best)
        out.sort(key=lambda d: (d[0], d[1]))
        return out

    def _same_medium(self, event: Event, other: Event) -> bool:
        """Whether two supports are told in the same medium: a cable (بعث برقية شكر للرئيس) is a claim of its own
        beside the thanks its sender voiced in person (عبر عن بالغ شكره للرئيس), whatever their day."""
        if event.type != "support.expressed":
            return True
        return self._by_cable(event) == self._by_cable(other)

    def _by_cable(self, event: Event) -> bool:
        """Whether a support's trigger is or follows the noun of a cable (برقية تهنئة، برقية شكر: ``cable`` cues)."""
        start, end = (offset - event.evidence.sentence[0] for offset in event.evidence.trigger)
        words = [normalize_key(word) for word in event.evidence.text[max(0, start - CABLE_REACH):end].split()]
        cues = self.lexicon.cues.get("cable", {})
        return any(word in cues or (word[:1] in "وفب" and word[1:] in cues) for word in words)

    def _implied_by_condemnation(self, draft: tuple, other: tuple) -> bool:
        """Support implied by condemning an attack on the supported (استنكر تصريحات المالكي ضد المملكة) is the
        same claim as the support its source states outright in the article (أكد أن الجهود الصادقة للمملكة …)."""
        return draft[2].type == "support.expressed" and _compatible(draft[2].date, other[2].date) \
            and self._condemns(draft[0]) != self._condemns(other[0])

    def _condemns(self, start: int) -> bool:
        """Whether the trigger at ``start`` is a word of condemnation (استنكر، رفض), whose support is only implied."""
        words = self._text[start:start + CONDEMNATION_WORD].split()
        cues = self.lexicon.cues.get("condemnation", {})
        return bool(words) and (words[0] in cues or (words[0][1:] in cues and words[0][0] in "وف"))

    def _caption(self, sent: tuple[int, int]) -> bool:
        """Whether a sentence is a photo's caption (جانب من الاجتماع …), which restates what the story tells."""
        regex = self.lexicon.cue_regexes.get("caption")
        return regex is not None and regex.match(self._text, sent[0], min(sent[1], sent[0] + CAPTION_OPENING)) \
            is not None

    @staticmethod
    def _restates(event: Event, other: Event) -> bool:
        """Whether two events of one claim key can be one claim. Pairs sign many agreements and exchange many
        aid shipments, so for those only the same dated act, or the same named instrument, is a restatement. A
        visit lasts days: told on one of them and on the next (استقبل … مساء أول من أمس، استقبل … أمس), it is one.
        A call and a meeting (or a letter) of the same people are two talks, however close their days."""
        if not _compatible(event.date, other.date) and not (event.type == "visit"
                                                            and _days_apart(event.date, other.date) <= VISIT_DAYS):
            return False
        if event.extra.get("anaphoric") or other.extra.get("anaphoric"):
            return True  # هذه المباحثات points back at talks told before, with their date and people
        if not _same_people(event, other) or _other_offices(event, other):
            return False
        if event.type == "talks" and None not in (channel := event.roles.get("channel"), other.roles.get("channel")) \
                and channel != other.roles.get("channel"):
            return False  # a call and a meeting (or a letter) of the same people are two talks
        if (event.date is None) != (other.date is None) and event.type in _DATED_APART:
            return False  # talks in general (مباحثات على مستوى السفارات) and the talks of May 2025 are two
        if event.type in _MANY_PER_PAIR:
            same_date = event.date is not None and event.date == other.date
            same_instrument = event.roles.get("instrument") is not None and \
                event.roles.get("instrument") == other.roles.get("instrument")
            return same_date or same_instrument
        return True

    def _claim_key(self, event: Event) -> tuple:
        roles = self.lexicon.types[event.type].key
        return tuple(tuple(sorted(v)) if isinstance(v := event.roles.get(r), list) else v for r in roles)

    def _during_a_plan(self, text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]]) -> None:
        """An act told in the present tense "during" a planned visit (يغادر غدا إلى القاهرة في زيارة يلتقي خلالها
        الرئيس; or in a later sentence: ويلتقي خلال الزيارة …) is planned with it, and takes its date."""
        during = self.lexicon.cue_regexes["during"]
        phrase = self.lexicon.cue_regexes.get("occasion_phrase")
        visits = [(start, event, number) for start, _, event, number, _ in drafts if event.type == "visit"]
        plans = [v for v in visits if v[1].modality in ("planned", "intended")]
        purpose = self.lexicon.cue_regexes.get("talks_purpose")
        for start, _, event, number, span in drafts:
            if event.modality != "asserted" or event.type == "visit":
                continue
            journey = next((p for p in reversed(plans) if p[2] == number and p[0] < start), None) \
                if purpose is not None and purpose.search(text, max(span[0], start - PURPOSE_REACH), start) else None
            if journey is not None:
                # يزور الوزير مصر الأحد لإجراء محادثات: talks that are the purpose of a planned journey are planned
                # with it, on its day (the weekday read for a noun had taken the past one)
                event.modality = journey[1].modality
                if journey[1].date:
                    event.date, event.date_text, event.date_basis = (journey[1].date, journey[1].date_text,
                                                                      journey[1].date_basis)
                continue
            word = next(iter(text[start:start + 12].split()), "")
            if not (word.startswith(("ي", "ت")) or word in self.lexicon.cues.get("imperfect", {})):
                continue
            plan = next((p for p in plans if p[2] == number and p[0] < start
                         and during.search(text, p[0], start + DURING_AFTER_VERB) is not None), None)
            if plan is None and phrase is not None and phrase.search(text, *span) is not None:
                # يغادر الوزير غدا إلى عمّان. ويلتقي خلال الزيارة …: the last visit told, if a plan
                last = [p for p in visits if p[0] < start and number - p[2] <= OCCASION_REACH]
                plan = last[-1] if last and last[-1][1].modality in ("planned", "intended") else None
            if plan is not None:
                event.modality = plan[1].modality
                if event.date is None and plan[1].date:
                    event.date, event.date_text, event.date_basis = plan[1].date, plan[1].date_text, "narrative"

    def _date_by_occasion(self, text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]]) -> None:
        """Undated talks or signings that happen at a visit take the visit's date (basis ``narrative``): in the
        clause after a dated reception (استقبل … في 14 آذار 2023، وبحث الجانبان …), or in a later sentence that
        says so (ووقع الوزيران خلال الزيارة …, وجرى خلال الاستقبال بحث …, up to ``OCCASION_REACH`` sentences on).
        The occasion types (a visit, a meeting), what each lends its date to, and the phrases are the ``occasion``
        and ``occasion_phrase`` cues."""
        lends = {k: set(v.split()) for k, v in self.lexicon.cues.get("occasion", {}).items()}
        phrase = self.lexicon.cue_regexes.get("occasion_phrase")
        occasions: dict[str, tuple[Event, int]] = {}  # the last dated act of each lending type
        journeys: list[tuple[Event, int]] = []  # the dated visits, told as done or to come (a sentence may tell two)
        # a sentence that tells of a visit and its meeting already (استقبل …، وبحث الجانبان): talks after it are
        # talks of their own, kept apart from the dated ones as _restates keeps them
        met = {(number, tuple(sorted(event.roles["parties"]))) for _, _, event, number, _ in drafts
               if event.type == "talks" and isinstance(event.roles.get("parties"), list)}
        for _, _, event, number, (s, e) in drafts:
            lenders = [o for t, o in occasions.items() if event.type in lends[t]]
            if event.date is None and lenders and not event.extra.get("time_reference"):
                donor, donor_number = max(lenders, key=lambda o: o[1])
                same_sentence = donor_number == number
                said = phrase is not None and phrase.search(text, s, e) is not None
                if same_sentence or (said and number - donor_number <= OCCASION_REACH):
                    event.date, event.date_text, event.date_basis = donor.date, donor.date_text, "narrative"
            journey = next((j for j in reversed(journeys) if _meets_the_visit(event, number, *j)), None) \
                if event.date is None else None
            if journey is not None and (journey[1], tuple(sorted(event.roles["parties"]))) not in met:
                visit = journey[0]
                event.date, event.date_text, event.date_basis = visit.date, visit.date_text, "narrative"
            if event.type in lends and event.date and event.modality == "asserted":
                occasions[event.type] = (event, number)
            if event.type == "visit" and event.date and event.modality in ("asserted", "planned"):
                journeys.append((event, number))

    def _date_by_lead(self, text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                      dated_sentences: dict[int, list[_NDate]], sentences: list[Sentence]) -> None:
        """An undated act in a sentence with no date at all takes the date the sentence before it, or the
        article's lead, gives the news (وصل الوزير أمس إلى الرياض. واستقبله الملك …: the reception was yesterday
        too; basis ``narrative``), as the annotation guide widens a claim to its neighbour for its date. Only a
        news date counts there: one relative to the paper's date (أمس، اليوم، الاثنين) or a day at most
        ``LEAD_DAYS`` before it, that dates an act of that sentence (a report's date, قال المتحدث أمس, is no
        act's); and only for acts that recur (a first establishment of relations told undated is history, and
        agreements, which news mostly recalls), asserted, and not told as background (وكان … قد). The lead's date
        counts for the sentence right after it even where no event of ours was read in it (استقبل المشرف على
        المركز أمس المنسق الإقليمي …: a reception of someone not known to act for a state. وناقش معه …), unless the
        lead reports speech (قال المتحدث أمس)."""
        if not self._doc_date:
            return
        dated_acts = {(number, event.date) for _, _, event, number, _ in drafts if event.date}
        lead_number, lead_act = min(dated_sentences, default=LEAD_SENTENCES + 1), None
        if lead_number <= LEAD_SENTENCES:
            value = self._news_date(dated_sentences[lead_number])
            speech = self.lexicon.cue_regexes.get("speech")
            opening = self._ntext.to_normalized(sentences[lead_number].start)
            if value is not None and (speech is None or speech.search(text, opening, value.start) is None):
                lead_act = (lead_number, value.expr.value)
        first_told = min((number for _, _, _, number, _ in drafts), default=0)
        itinerary = self.lexicon.cue_regexes.get("itinerary")
        for start, _, event, number, (s, e) in drafts:
            if event.date is not None or event.modality != "asserted" or self._dated_apart_from_since(
                    dated_sentences.get(number, [])):
                continue
            if event.type == "visit" and itinerary is not None and itinerary.search(text, start, e):
                continue  # ضمن جولة شملت حتى الآن السعودية والأردن: the tour's stops came before the news
            if self.lexicon.types[event.type].once or event.type.startswith("agreement.") \
                    or _BACKGROUND.search(text, s, e) or self._earlier.search(text, s, e):
                continue
            # the lead is the first sentence, or the second after a dateline of its own (عين اليوم – واس)
            for source in dict.fromkeys((number - 1, lead_number if lead_number <= LEAD_SENTENCES else 0)):
                value = self._news_date(dated_sentences.get(source, []))
                # the date must be an act's (وصل الوزير أمس), not only a report's (قال المتحدث أمس)
                act = (source, value.expr.value) if value is not None else None
                if source < number and act is not None and (act in dated_acts or (act == lead_act and (
                        source == number - 1 or self._lead_goes_on(source, number, dated_sentences)))):
                    event.date, event.date_text, event.date_basis = value.expr.value, value.expr.text, "narrative"
                    break
            else:
                # أعربت مصر عن دعمها … وأوضح المتحدث في بيان له اليوم …: an undated lead is the news the sentence
                # after it reports, on the report's day
                lead = number == first_told <= LEAD_SENTENCES
                value = self._news_date(dated_sentences.get(number + 1, [])) if lead else None
                if value is not None:
                    event.date, event.date_text, event.date_basis = value.expr.value, value.expr.text, "narrative"

    def _date_by_diary_day(self, text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                           dated_sentences: dict[int, list[_NDate]], sentences: list[Sentence]) -> None:
        """An undated act in a sentence that goes on, with و, a paragraph a day opened (وفي يوم الثلاثاء 3 مارس
        استقبل الوفد. وعقد جلسة مباحثات مع …: a chronicle's entry) took place that day (basis ``narrative``), as
        the annotation guide widens a claim to its neighbour for its date. Only the sentence right after one that
        opens with its one day (or took it so), in the same paragraph, with no date of its own and no report of
        speech at its start; only acts that recur, asserted, and no agreement (``_date_by_lead`` dates news after
        its lead; this, a diary's days of any age)."""
        if not drafts:
            return
        days: dict[int, tuple[str, str | None]] = {}  # sentence -> the day its entry opened with, and its text
        for number, sent_dates in dated_sentences.items():
            day = self._opening_day(text, self._ntext.to_normalized(sentences[number].start), sent_dates)
            if day is not None:
                days[number] = (day.expr.value, day.expr.text)
        speech = self.lexicon.cue_regexes.get("speech")
        for _, _, event, number, (s, e) in sorted(drafts, key=lambda d: d[3]):
            if number - 1 not in days or event.date is not None or event.modality != "asserted" \
                    or dated_sentences.get(number) or self.lexicon.types[event.type].once \
                    or event.type.startswith("agreement."):  # an agreement told after a day is mostly recalled
                continue
            opening = s + len(text[s:e]) - len(text[s:e].lstrip())
            previous_end = self._ntext.to_normalized(sentences[number - 1].end)
            if not text.startswith("و", opening) or "\n" in text[previous_end:s] or (
                    speech is not None and speech.match(text, opening)):
                continue
            event.date, event.date_text = days[number - 1]
            event.date_basis = "narrative"
            days[number] = days[number - 1]

    def _chronicle_entry(self, text: str, start: int, told: list[_NDate], mentions: list, found: list) -> bool:
        """Whether the sentence opens a chronicle's entry whose subject is unsaid: its one day, written out with
        its month (الخميس 12 مارس، وفي يوم الأحد 22 مارس), opens it, and no one is named between the day and its
        first act's word. A day counted from the paper's (أمس أجرى اتصالا …) opens news told on, whose unsaid subject
        is the last sentence's."""
        day = self._opening_day(text, start, told)
        if day is None or not any(c.isdigit() for c in day.expr.text):
            return False
        first_act = min(item.start for item in found)
        return first_act >= day.end and not any(day.end <= m_start < first_act for m_start, _, _ in mentions)

    def _opening_day(self, text: str, start: int, sent_dates: list[_NDate]) -> _NDate | None:
        """The one day of the sentence starting at ``start`` when it opens the sentence (وفي يوم الثلاثاء 3 مارس
        …: a chronicle's entry), else None."""
        day = self._one_day(sent_dates)
        opening = self.lexicon.phrase(_DIARY_OPENING)
        return day if day is not None and opening.fullmatch(text, start, day.start) else None

    @staticmethod
    def _one_day(sent_dates: list[_NDate]) -> _NDate | None:
        """The one day a sentence names, written out or counted from the paper's (وفي يوم الجمعة 3 أبريل), else
        None."""
        days = [d for d in sent_dates
                if d.expr.basis in ("document", "explicit") and d.expr.granularity in ("day", "weekday")]
        return days[0] if len({d.expr.value for d in days}) == 1 else None

    def _lead_goes_on(self, lead: int, number: int, dated_sentences: dict[int, list[_NDate]]) -> bool:
        """Whether the lead's news date still holds ``number`` sentences on: at most ``LEAD_GAP`` sentences between,
        none of them telling news of a day of its own (بدأ الوزير اليوم حملة … . وتخشى الدول أن يعجل الاتفاق الذي
        أبرم في 14 يوليو … . وبدأ الوزير جولة …: the background date between is no news, the tour is the lead's)."""
        return number - lead - 1 <= LEAD_GAP and not any(
            self._news_date(dated_sentences.get(n, [])) is not None for n in range(lead + 1, number))

    def _remembered(self, text: str, date: _NDate, sentence_start: int) -> bool:
        """Whether a date is the one an anniversary remembers (بمناسبة ذكرى ثورة 23 يوليو، الذكرى الستين لاستقلالها
        عام 1955): it dates nothing the sentence tells, so the sentence is no more dated than without it."""
        anniversary = self.lexicon.cue_regexes.get("anniversary")
        if anniversary is None:
            return False
        cues = list(anniversary.finditer(text, max(sentence_start, date.start - REMEMBERED_REACH), date.start))
        return bool(cues) and self._clause_end.search(text, cues[-1].end(), date.start) is None

    @staticmethod
    def _dated_apart_from_since(sent_dates: list[_NDate]) -> bool:
        """Whether a sentence gives a date of its own, beside the start of a "since" (أول زيارة منذ 1959), which
        dates nothing it tells."""
        return any(not d.expr.value.endswith("/..") for d in sent_dates)

    def _almanac_days(self, analysis: Analysis, drafts: list[tuple[int, int, Event, int, tuple[int, int]]]) -> None:
        """An almanac of the day (هذا اليوم في التاريخ، في مثل هذا اليوم) lists past events one line each, led by
        their year (1955 - النمسا تستعيد استقلالها): each happened on the paper's month and day of that year, whatever
        other date its line names (… منذ انتهاء الحرب في 1945), so the leading year gives the date."""
        doc = analysis.doc
        regex = self.lexicon.cue_regexes.get("almanac")
        if not drafts or not doc.date or regex is None or not (
                regex.search(normalize_key(doc.title or "")) or regex.search(self._text, 0, ALMANAC_OPENING)):
            return
        month_day = doc.date[4:10]
        for _, _, event, _, _ in drafts:
            # its entry opens a line, or a sentence where the paper ran them on (… في القدس. 1954 - توقيع …)
            # (its sentence's own year first: a paper that runs them on puts several entries on one line)
            line_start = doc.text.rfind("\n", 0, event.evidence.trigger[0]) + 1
            lead = _ALMANAC_LINE.match(doc.text, event.evidence.sentence[0]) \
                or _ALMANAC_LINE.match(doc.text, line_start)
            day = lead.group(1) + month_day if lead is not None else None
            if not _day_number(day):
                continue  # no entry's year, or the 29th of February of a common year
            event.date, event.date_text, event.date_basis = day, lead.group(1), "document"
            if event.modality == "planned":
                event.modality = "asserted"  # told in the present of its year (1955 - النمسا تستعيد استقلالها)

    def _day_before(self, text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                    dated_sentences: dict[int, list[_NDate]]) -> None:
        """ويأتي الإعلان عن الاتفاق غداة محادثة هاتفية بين الرئيسين: an act told right after غداة ("on the morrow
        of") happened the day before the news its sentence tells, dated by the sentence itself or, undated, by the
        one before it (basis ``narrative``). An act already dated otherwise than by that news keeps its date."""
        for start, _, event, number, (s, _e) in drafts:
            word = self._morrow_of.search(text, max(s, start - MORROW_REACH), start)
            if word is None:
                continue
            # the news is told before غداة (ويأتي الإعلان … غداة …); a day named after the act is its own or that
            # of another clause (… وأعلن رئيس الوزراء في بيان الجمعة)
            told_before = [d for d in dated_sentences.get(number, []) if d.end <= start]
            news = self._news_date(told_before) or self._news_date(dated_sentences.get(number - 1, []))
            if news is None or event.date not in (None, news.expr.value):
                continue
            day = date.fromisoformat(news.expr.value) - timedelta(days=1)
            o_start, o_end = self._ntext.span_to_original(word.start(1), word.end(1))
            event.date, event.date_text, event.date_basis = day.isoformat(), self._ntext.original[o_start:o_end], \
                "narrative"

    def _visit_during_the_news(self, text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                               dated_sentences: dict[int, list[_NDate]]) -> None:
        """An undated visit told as the time of its sentence's news (نفى الرئيس الجمعة … وخلال زيارة إلى إندونيسيا،
        قال …) was under way on the day that news is dated: it takes that day (basis ``narrative``)."""
        if not self._doc_date:
            return
        during = self.lexicon.cue_regexes["during"]
        accompanying = self.lexicon.cue_regexes.get("accompanying")
        for start, _, event, number, (s, _) in drafts:
            if event.type != "visit" or event.date is not None or event.modality != "asserted":
                continue
            # قال الصحافيون المرافقون للوزير في زيارته، ذكر مستشاره الذي يرافقه في جولته: his party speaks from
            # a visit under way; undated, the sentence goes on with the news of the one before it (أعلنت الوزارة
            # أمس أن …. وأوضحت للصحافيين المرافقين للوزير في زيارته …)
            accompanied = accompanying is not None and accompanying.search(
                text, max(s, start - ACCOMPANYING_BEFORE_VISIT), start) is not None
            if not accompanied and during.search(text, max(s, start - DURING_BEFORE_VISIT), start) is None:
                continue
            value = self._news_date(dated_sentences.get(number, []))
            if value is None and accompanied:
                value = self._news_date(dated_sentences.get(number - 1, []))
            if value is not None:
                event.date, event.date_text, event.date_basis = value.expr.value, value.expr.text, "narrative"

    def _dated_by_its_statement(self, text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                                dated_sentences: dict[int, list[_NDate]]) -> None:
        """An undated word of support told as done takes the day of the statement it was said in, named after it
        in its sentence or in the next ``STATEMENT_REACH`` ones (هنأ الأمين العام مصر …، مشددا في تصريح له أمس;
        أعرب … عن رفضه … . وأكد في تصريح له اليوم): the statement is the act, its day the act's (basis
        ``narrative``)."""
        regex = self.lexicon.cue_regexes.get("statement_before_date")
        if regex is None:
            return
        for start, _, event, number, _ in drafts:
            if event.type != "support.expressed" or event.date is not None or event.modality != "asserted":
                continue
            for n in range(number, number + STATEMENT_REACH + 1):
                said = next((d for d in dated_sentences.get(n, []) if (n > number or d.start > start)
                             and self._relative_day(d)
                             and regex.search(text, max(0, d.start - STATEMENT_WORDS_REACH), d.start)), None)
                if said is not None:
                    event.date, event.date_text, event.date_basis = said.expr.value, said.expr.text, "narrative"
                    break

    def _news_date(self, sent_dates: list[_NDate]) -> _NDate | None:
        """The one day of a sentence when it dates news (see ``_date_by_lead``), else None. Only days count: a
        year or a season beside it (دعا الوزير أمس إلى إنهاء حرب تدور منذ عام 2013) is background."""
        ndate = self._one_day(sent_dates)
        if ndate is None:
            return None
        try:
            days = (date.fromisoformat(self._doc_date[:10]) - date.fromisoformat(ndate.expr.value)).days
        except ValueError:
            return None
        return ndate if 0 <= days <= LEAD_DAYS else None

    def _topic(self, text: str, sent_mentions: list, preps: dict[int, str]) -> str | None:
        """The state a sentence is about: its first named state not governed by a preposition."""
        args = _inherit_prepositions(text, _qualified_places(text, [self._arg(ms, me, m, None, preps)
                                                                     for ms, me, m in sent_mentions]))
        for i, arg in enumerate(args):
            if arg.state and arg.state != "SU" and arg.mention.form in ("name", "capital") and not arg.prep:
                # a diary's object (وهنأ رئيس أيرلندا …) is no topic to carry as the next sentence's subject
                rest = [a for a in args[i + 1:] if a.state and not a.prep]
                if object_of_unsaid_subject(self.lexicon, text, arg, rest, self._home, 0):
                    continue
                return arg.state
        return None

    def _last_official(self, sent_mentions: list, preps: dict[int, str], date: str | None) -> str | None:
        """The state of the last official or person a sentence names outside a preposition's phrase: the one whose
        words a quotation in the sentences after it may be (وأضاف: إننا …)."""
        for ms, _, mention in reversed(sent_mentions):
            actor = getattr(mention, "actor", None)
            if actor is not None and actor.kind in ("official", "person") and not preps.get(ms):
                return self._state(mention, date)
        return None

    def _state(self, mention: Mention, date: str | None) -> str | None:
        actor = getattr(mention, "actor", None)
        if actor is not None:
            if actor.form == "person":
                # a person acts for the state of the office held at the event's date (Tokayev: minister, then
                # president), which the document's date alone does not tell; an undated event, at the paper's date
                return self.gazetteer.state_of(actor.person, date or self._doc_date) or actor.state
            return self.gazetteer.as_of(actor.state, date)  # موسكو in 1972: the Soviet Union
        if mention.kind in ("org", "instrument", "series"):
            return None
        return self.gazetteer.state_of(mention.id, date)

    def _mention_prepositions(self, text: str, sent_mentions: list, s: int) -> dict[int, str]:
        """The preposition governing each mention of a sentence starting at ``s`` ("" for none), by its start."""
        return {ms: self._preposition(text, ms, s, _lookback(m)) or self._noun_preposition(text, ms, s, m)
                for ms, _, m in sent_mentions}

    def _instrument_cities(self, text: str, sent_mentions: list, s: int) -> set[int]:
        """Where the cities naming an instrument (اتفاق فيينا) start among a sentence's mentions."""
        return {ms for ms, _, m in sent_mentions
                if names_an_instrument(self.lexicon, text, ms, m.kind == "place" or m.form == "capital", s)}

    def _pair_of(self, text: str, sent_mentions: list, preps: dict[int, str],
                 sent: tuple[int, int], naming_cities: set[int]) -> tuple[str, str] | None:
        """The two states a sentence is about (a city after في or ب is where it happened, not one of them). A sentence
        whose pair word comes well before any state it names (واتفق الرئيسان … على ضبط الحدود مع الجزائر) is
        about the pair before it: the states it names are what the pair spoke of."""
        sides = [m for ms, _, m in sent_mentions
                 if not (preps.get(ms) in ("في", "ب") and (m.kind == "place" or m.form == "capital"
                                                           or place_of_topic(self.lexicon, text, ms, sent[0])))
                 and ms not in naming_cities]
        if sent_mentions:
            pair_word = self.lexicon.cue_regexes["pair"].search(text, sent[0], sent_mentions[0][0])
            if pair_word is not None and sent_mentions[0][0] - pair_word.end() > PAIR_APPOSITION:
                return None
        states = list(dict.fromkeys(x for x in (self._side(m) for m in sides) if x and x != "SU"))
        return (states[0], states[1]) if len(states) == 2 else None

    def _side(self, mention: Mention) -> str | None:
        """The state a mention stands for, or the organization an official of one acts for (the UN's envoy): a
        side of the sentence's act, which "the two sides" after it may stand for. An organization only named
        (قرار مجلس الأمن) is no side."""
        actor = getattr(mention, "actor", None)
        state = self._state(mention, None)
        if state is None and actor is not None and actor.org and actor.form in ("person", "title"):
            return actor.org
        return state

    def _link_line(self, text: str, s: int, e: int) -> bool:
        """Whether the sentence is the paper's link to the story (رابط الخبر بصحيفة …: and its headline): a heading
        restated, which states no event of its own."""
        regex = self.lexicon.cue_regexes.get("link_label")
        found = regex.search(text, s, min(e, s + LINK_LABEL_REACH)) if regex is not None else None
        return found is not None and not text[s:found.start()].strip()

    def _leads_in_a_list(self, text: str, s: int, e: int) -> bool:
        """Whether the sentence leads in a list (تتوالى الاجتماعات بين البلدين في صور عدة، منها:): what it sums up
        the items after it tell, each a claim of its own."""
        regex = self.lexicon.cue_regexes.get("list_lead_in")
        tail = text[s:e].rstrip()
        if regex is None or not tail.endswith(":"):
            return False
        colon = s + len(tail) - 1
        return any(m.end() == colon for m in regex.finditer(text, max(s, colon - LEAD_IN_REACH), colon))

    # -- triggers ---------------------------------------------------------------------------------------
    def _ta_marbuta(self, at: int) -> bool:
        """Whether the original text writes a ta marbuta (ة) where normalization wrote ه at ``at``."""
        o_start, o_end = self._ntext.span_to_original(at, at + 1)
        return self._ntext.original[o_start:o_end] == "ة"

    def _spelled_with_hamza(self, start: int, end: int) -> bool:
        """Whether the original text writes the trigger with a hamza (هنأ), which normalization folds away."""
        o_start, o_end = self._ntext.span_to_original(start, end)
        return any(c in "أإآؤئء" for c in self._ntext.original[o_start:o_end])

    def _triggers(self, text: str, s: int, e: int, sent_mentions: list, word_starts: list[int],
                  block_starts: list[int] | None = None) -> list[_Found]:
        found: list[_Found] = []
        sports = self._sentence_blocked(text, s, e, block_starts)
        if "*" in sports:
            return found
        for m in self._trigger_matches(text, s, e, word_starts):
            t_start, t_end = m.start("t"), m.end("t")
            inside = next((x for x in sent_mentions
                           if x[0] <= t_start < x[1] and not (t_start <= x[0] and t_end > x[1])), None)
            if inside is not None and not _chair_of_a_body(text, inside, t_start, t_end, sent_mentions):
                continue  # a word inside a name (محادثات أستانا) is no trigger; one holding a name is
                # (الاتفاق النووي بين)
            if m.start() < t_start and normalize_key(text[m.start():m.end()]) in self._given_names:
                continue  # فيصل is a man's name, not ف + يصل (and arrives)
            before = _WORD_BEFORE.search(text, max(s, m.start() - WORD_BEFORE_REACH), m.start())
            surface = " ".join(m.group("t").split())
            if self._anyone_does(before, surface):
                continue  # إن من يزور المدينة هذه الأيام يدرك …: whoever visits is nobody in particular
            whole = " ".join(text[m.start():t_end].split())
            if whole != surface and whole in self.lexicon.triggers:  # للقاء is a word of its own, not ل + لقاء
                surface, t_start = whole, m.start()
            if surface in self.lexicon.cues.get("verb_trigger", {}) and _with_article(text[m.start():m.start("t")]):
                continue  # الثمن (the price) is no ثمّن (praised): a verb never takes the article
            if surface in self.lexicon.cues.get("hamza_spelled", {}) and not self._spelled_with_hamza(t_start, t_end):
                continue  # هنا (here) is not هنأ (congratulated), whatever normalization made of both
            if m.group("suffix") and self._ta_marbuta(m.start("suffix")):
                continue  # وزارة (a ministry) is no وزاره (and visited him): normalization wrote both ه
            if " ".join(text[m.start():m.end()].split()) in self.lexicon.cues.get("noun_word", {}):
                continue  # وزارته: "his ministry", far likelier than "and she visited him"
            blocked = self._sense_blocked(text, t_end, e, self._types_of[surface]) | self._aim_blocked(text, before, s)
            if m.group("suffix"):  # استقلها is a verb with an object (rode it), not a state's independence
                blocked |= set(self.lexicon.cues.get("suffix_block", {}).get(surface, "").split())
            for trigger in self.lexicon.triggers[surface]:
                if trigger.type in blocked or trigger.type in sports:
                    continue
                if trigger.ends_in_pronoun and self._ta_marbuta(t_end - 1):
                    continue  # وزارة الخارجية (the ministry) is no وزاره (and visited him)
                if trigger.needs_regex is not None and not _needs_in(trigger, text, s, e):
                    continue
                if trigger.needs_regex is not None and \
                        not self._governs_need(text, trigger, surface, (t_start, t_end), (s, e)):
                    continue
                if surface in self.lexicon.cues.get("noting", {}) and self._notes_that(text, trigger, t_end, e):
                    continue  # نوه المسؤول إلى أن …: he pointed out, he did not praise
                if self._held_in(trigger, surface) and (
                        m.group("suffix") or not self._meeting_near(text, t_start, t_end, s, e)):
                    # الحملة التي انطلقت في المدينة: only a meeting is hosted where it is held; الاجتماع الذي عقده
                    # الوزير في بغداد: a meeting someone held there is no hosting
                    continue
                if "@pair" in trigger.needs and not adjective_pair(
                        text, t_end, [(ms, me, m.id, m.form) for ms, me, m in sent_mentions if m.kind == "state"]):
                    continue  # القمة alone names any gathering; القمة الهندية اليابانية, a meeting of two sides
                found.append(_Found(trigger, t_start, t_end, m.group("suffix") or ""))
        return self._suppress(found)

    def _held_in(self, trigger: Trigger, surface: str) -> bool:
        """Whether a hosting trigger only says "held in" (عقدت، انعقد، انطلاق … في), not "its seat" (مقرها في)."""
        return trigger.type == "hosting" and trigger.needs == ("في",) \
            and surface not in self.lexicon.cues.get("headquarters", {})

    def _meeting_near(self, text: str, start: int, end: int, s: int, e: int) -> bool:
        """Whether a meeting is named by a "held in" word: before it (القمة التي عقدت في) or right after it
        (انطلاق أعمال المؤتمر في)."""
        return self.lexicon.cue_regexes["meeting"].search(
            text, max(s, start - MEETING_REACH), min(e, end + MEETING_REACH // 2)) is not None

    def _notes_that(self, text: str, trigger: Trigger, end: int, limit: int) -> bool:
        """Whether a verb of praising by mention (نوه، منوها) says "that" (أن، إلى أن) before its ب: it then reports
        what was pointed out, no praise."""
        said = self.lexicon.cue_regexes["noted_that"].search(text, end, min(limit, end + GOVERNED_REACH))
        if said is None:
            return False
        praised = trigger.needs_regex.search(text, end, said.start()) if trigger.needs_regex is not None else None
        return praised is None

    def _governs_need(self, text: str, trigger: Trigger, surface: str, span: tuple[int, int],
                      sentence: tuple[int, int]) -> bool:
        """For a trigger of ``needs_after`` (أعرب … عن), whether its needed word opens the phrase after the
        governing word: أعرب عن دعمه is support, أعرب عن رفضه … بدعم الإرهاب is not. For a noun governed by a verb
        before it (``<``: وجه الرئيس الشكر), whether that verb stands just before it."""
        (start, end), (floor, limit) = span, sentence
        governing = self.lexicon.cues.get("needs_after", {}).get(surface) or (
            "*" if surface in self.lexicon.cues.get("condemnation", {}) else None)  # تصريحات somewhere after it
        if governing is None:
            return True
        if governing == "*":
            return trigger.needs_regex.search(text, end, min(limit, end + GOVERNED_REACH)) is not None
        if governing == "<":
            return trigger.needs_regex.search(text, max(floor, start - GOVERNING_VERB_REACH), start) is not None
        word = re.compile(rf"(?<!\S){re.escape(governing)}\s+").search(text, end, min(limit, end + GOVERNED_REACH))
        if word is None:
            return False
        need = trigger.needs_regex.search(text, word.end(), min(limit, word.end() + NEED_REACH))
        return need is not None and need.start() - word.end() <= 2

    def _sentence_blocked(self, text: str, start: int, end: int, cue_starts: list[int] | None = None) -> set[str]:
        """The types no trigger of this sentence can have: a sports story (``sentence_block`` cues: مباراة،
        المنتخب، لكرة القدم …) tells of teams meeting and arriving, not of states. ``cue_starts`` (sorted): where
        a cue may begin in ``text``, at its first word (where a key word of its cues is in the sentence too); a
        sentence with none has no cue, and the cue pattern (an alternation the regex engine cannot scan fast) is not
        run over it."""
        regex = self.lexicon.cue_regexes.get("sentence_block")
        if regex is None:
            return set()
        if cue_starts is not None and bisect_left(cue_starts, start) == bisect_left(cue_starts, end):
            return set()
        blocks = self.lexicon.cues["sentence_block"]
        # a cue's match begins with a clitic (``LONGEST_CLITIC`` at most) and then the cue's first word
        found = (regex.finditer(text, start, end) if cue_starts is None
                 else _matches_near(regex, text, start, end, cue_starts))
        return {t for m in found if not self._elected(text, m, start)
                for t in blocks[" ".join(m.group("w").split())].split()}

    def _elected(self, text: str, m: re.Match[str], floor: int) -> bool:
        """الحكومة المنتخبة، الرئيس المنتخب: the word for a national team is also the adjective "elected", which
        follows a holder or a body (``elected_holder`` cues, a clitic allowed on it); so said it is no sports story."""
        holders = self.lexicon.cues.get("elected_holder", {})
        if not holders or " ".join(m.group("w").split()) not in self.lexicon.cues.get("elected_word", {}):
            return False  # (كوبا أمريكا after الحكومة is a tournament still: only the word for a team means elected)
        # (the holder's nisba may stand between: الرئيس النيجيري المنتخب)
        words = _WORDS.findall(text, max(floor, m.start() - ELECTED_HOLDER_REACH), m.start())[-2:]
        return any(word in holders or (word[:1] in "وفبلك" and word[1:] in holders)
                   or (word[:2] in ("لل", "ول", "وب", "فل") and "ال" + word[2:] in holders) for word in words)

    def _trigger_matches(self, text: str, s: int, e: int, word_starts: list[int]) -> list[re.Match[str]]:
        """What ``lexicon.regex.finditer(text, s, e)`` finds, without scanning the sentence: every match's trigger
        begins with a trigger's first word (``word_starts``: where those occur in the text, sorted), after at most
        ``LONGEST_CLITIC`` characters of proclitic. The pattern is tried only at those few positions, left to right
        and past the previous match, as finditer would; the long alternation made a scan of the whole sentence one
        of the pipeline's costliest steps."""
        return _matches_near(self.lexicon.regex, text, s, e, word_starts)

    def _said_only(self, found: _Found) -> bool:
        """Whether a trigger is a verb of saying, a visit only by where its speaker stands (spoken_abroad)."""
        return found.trigger.type == "visit" and found.trigger.surface in self.lexicon.cues.get("spoken_abroad", {})

    def _sense_blocked(self, text: str, end: int, limit: int, types: frozenset[str]) -> set[str]:
        """The types a trigger cannot have here because of a word right after it (فتح النار is no mission, nor
        فتح مسلحون النار, nor فتح تحقيقا): ``sense_block`` cues name the word and the type it rules out. Only
        ``types``, those of the trigger's word, are looked for: the words after it are not read for a class of cues
        that rules out none of them (most triggers, visits and talks, have no type an object_block or a
        clause_block cue names)."""
        out: set[str] = set()
        if not types.isdisjoint(self._blockable["sense_block"]):
            blocks = self.lexicon.cues["sense_block"]
            for word in _WORDS.findall(text, end, min(limit, end + SENSE_REACH)):  # فتح مسلحون النار: VSO
                if word in blocks:  # (most words after a trigger are no cue)
                    out.update(blocks[word].split())
        # past the subject, in the clause: what is granted (منحته الإدارة الأمريكية فرصة: no aid), a list joined
        if not types.isdisjoint(self._blockable["clause_block"]):
            wide = self.lexicon.cues["clause_block"]
            hi = min(limit, end + WIDE_SENSE_REACH)
            clause_end = _CLAUSE_END.search(text, end, hi)
            for word in _WORDS.findall(text, end, clause_end.start() if clause_end else hi):
                if word in wide:
                    out.update(wide[word].split())
        # شاركت الحكومة اليابانية في تمويل …: what one takes part in is the noun after the first في, past the subject
        shared = _SHARED_IN.match(text, end, min(limit, end + OBJECT_REACH)) \
            if not types.isdisjoint(self._blockable["object_block"]) else None
        if shared is not None:
            out.update(self.lexicon.cues["object_block"].get(shared.group(1), "").split())
        return out

    def _aim_blocked(self, text: str, before: re.Match[str] | None, floor: int) -> set[str]:
        """The types a trigger cannot have because of the word right before it (``before``, as ``_WORD_BEFORE``
        found it): تسهيل تبادل الزيارات is an aim of a memorandum, not a visit (``aim_block`` cues)."""
        if before is not None and before.group(1) in self.lexicon.cues.get("aim_container", {}):
            # مفاوضات حول حزمة مساعدات: the word that makes it an aim may stand before the package's noun
            before = _WORD_BEFORE.search(text, max(floor, before.start(1) - WORD_BEFORE_REACH), before.start(1))
        if before is None:
            return set()
        return set(self.lexicon.cues.get("aim_block", {}).get(before.group(1), "").split())

    def _anyone_does(self, before: re.Match[str] | None, surface: str) -> bool:
        """Whether the verb is the act of "whoever" (من زار، لمن يزور: the relative من, the word ``before`` it, right
        before a verb of the ``whoever`` cue's list): a generic person, no actor of a state."""
        verbs = self.lexicon.cues.get("whoever", {}).get(before.group(1), "") if before is not None else ""
        return surface in verbs.split()

    @staticmethod
    def _suppress(found: list[_Found]) -> list[_Found]:
        """Signing the protocol that establishes relations is one event (relations.established), signing the
        agreement between two states is one signing (توقيع الاتفاق النووي بين …), and the independence a state
        recognizes (اعترفت باستقلال …) is the object of the recognition, not a claim."""
        relations = [f.start for f in found if f.trigger.type == "relations.established"]
        recognitions = [f.end for f in found if f.trigger.type == "recognition"]
        peacekeeping = [f.start for f in found if f.trigger.type == "peacekeeping"]
        signings = [f.end for f in found if f.trigger.type == "agreement.signed"]
        return [f for f in found
                if not (f.trigger.type == "agreement.signed" and any(0 <= f.start - s <= 2 for s in signings))
                and not (f.trigger.type == "participation" and any(0 < p - f.end <= 60 for p in peacekeeping))
                and not (f.trigger.type == "agreement.signed" and any(0 <= r - f.end <= PROTOCOL_REACH
                                                                        for r in relations))
                and not (f.trigger.type == "independence" and any(0 <= f.start - r <= 3 for r in recognitions))]

    # -- one trigger --------------------------------------------------------------------------------------
    def _events(self, analysis: Analysis, sentence: Sentence, item: _Found, found: list[_Found], text: str,
                sent: tuple[int, int], sent_mentions: list, preps: dict[int, str], sent_dates: list[_NDate], pair,
                carried, recent_bodies: tuple[str, ...] = ()) -> list[Event]:
        etype = self.lexicon.types[item.trigger.type]
        if etype.name == "talks" and self._negotiates_an_agreement(text, sent, item):
            etype = self.lexicon.types["agreement.negotiated"]
        # a verb of saying read as a visit (spoken_abroad) opens no act of its own for the other triggers: their
        # partners, places and dates reach past it (… الذي أكد خلال زيارته لبغداد)
        found = [f for f in found if f is item or not self._said_only(f)]
        said_from = self._speech_end(text, sent, item.start)
        chosen = self._dates_for(item, found, sent_dates, said_from)
        if item.trigger.surface in self.lexicon.cues.get("exchange", {}):
            chosen = [self._span_of_dates(analysis, item, sent_dates) or chosen[0]]
        if item.trigger.surface in self.lexicon.cues.get("headquarters", {}):
            chosen = [None]  # a seat (يوجد مقرها في …) is a standing fact: the sentence's date is another act's
        if chosen == [None] and item.trigger.type == "aid":
            chosen = [self._date_of_arrival(text, sent, sent_dates)]
        s_start = sent[0]
        horizon = min((f.start for f in found if f.start >= item.end and f.trigger.type != item.trigger.type
                       and not self._in_relative_clause(text, item.end, f.start)
                       # the act it is the time or the frame of (خلال الزيارة، في إطار الزيارة) is not the next one
                       and not self._word_before_in(text, item.end, f.start, "during", "framing")), default=sent[1])
        horizon = self._next_act(text, item.end, horizon, sent_mentions)
        same_next = min((f.start for f in found if f.start >= item.end and f.trigger.type == item.trigger.type),
                        default=sent[1])
        clause, opening = self._own_clause(text, sent, item, found), self._clause_opening(text, s_start, item.start)
        # منذ التوصل إلى الاتفاق: dated by no other act; هذه المباحثات: the talks already told
        marks = {name: True for name, said in (("time_reference", self._time_reference(text, item)),
                                                ("anaphoric", self._pointed_back_at(text, item))) if said}
        # وأضاف عقب لقائه الوزير الأمريكي إنه "إذا حاولت إيران …": a state named in what was said after the trigger is
        # none of its actors
        quoted = quoted_after(text, sent, item.end)
        events = []
        for ndate in chosen:
            fronted = ndate is not None and bool(_FRONTED.match(text[s_start:ndate.start]))
            value = self._event_date(ndate, etype.once and True, item, fronted)
            # المنظمة ومقرها جنيف: where a body sits is no side of any act but the seat's own (مقرها في …)
            seated = () if item.trigger.surface in self.lexicon.cues.get("seat", {}) else self._seated
            args = _inherit_prepositions(text, _qualified_places(text, [
                self._arg(ms, me, m, value, preps) for ms, me, m in sent_mentions if ms not in self._naming_cities
                and ms not in seated and not any(q0 <= ms < q1 for q0, q1 in quoted)]),
                acts=tuple(f.start for f in found))
            # بحثنا مع الوزير: "we" are the state of the last official who spoke, whatever the passage is about
            carried_here = (self._speaker or carried) if item.suffix == "نا" else carried
            frame = Frame(text, sent, (item.start, item.end), item.suffix, args, pair, carried_here, value,
                          self.gazetteer, self.lexicon, clause, recent_bodies=recent_bodies, horizon=horizon,
                          opening=opening, home=analysis.doc.country, same_next=same_next,
                          non_state=tuple(n for n in self._non_state if sent[0] <= n[0] < sent[1]),
                          helped=tuple(h for h in self._helped if sent[0] <= h[0] < sent[1]),
                          doc_date=analysis.doc.date)
            if item.trigger.needs == ("في",):
                frame.notes["passive"] = "yes"
            if self._held_in(item.trigger, item.trigger.surface):
                frame.notes["held_in"] = "yes"  # القمة التي عقدت في …: a meeting held there, no seat (مقرها في)
            if item.suffix or _OWNED_NOUN.search(text, item.start, item.end):
                frame.notes["pronoun"] = "yes"  # زيارته: an owner's pronoun, whether a suffix or the trigger's own
            if item.suffix or item.trigger.ends_in_pronoun:
                frame.notes["owned"] = "yes"  # تقديره، شكرها: the word's own pronoun names its owner, told before it
            if item.suffix in _MANY_OWNERS and item.trigger.surface.endswith("ه") and not item.trigger.ends_in_pronoun:
                frame.notes["owners"] = "many"  # زيارتهما روسيا: a noun owned by the two of them, no verb's object
            if "@date" in item.trigger.needs and ndate is None:
                continue
            for roles in FRAMES[etype.frame](frame):
                roles = self._expand_groups(roles)
                if item.trigger.surface in self.lexicon.cues.get("dispatch", {}):
                    # أوفد الرئيس رئيس الوزراء إلى الرياض: the sender's state visits, by someone he sends, not himself
                    roles = {k: v for k, v in roles.items() if k not in ("visitor", "level")}
                roles = self._series_of_body(etype.name, roles)
                if etype.name.startswith("agreement."):
                    roles = self._known_signatories(roles, text, text[sent[0]:sent[1]], value)
                if not _complete(roles) or self._nobody_arrives(item, roles):
                    continue
                event = self._event(analysis, sentence, item, etype, roles, ndate, value, text, sent)
                verb = text[max(sent[0], item.start - 20):item.end].split()[-2:]
                if self._still_sought(item, event) or self._asked_whether(text, sent, item) or _former_acts_now(
                        roles, args, event.date, analysis.doc.date, verb,
                        self.lexicon.cue_regexes.get("in_office_then"), (text, *sent),
                        lambda person: self.gazetteer.left_office_lately(person, analysis.doc.date)):
                    continue
                event.extra["evidence"] = _role_evidence(roles, args, (item.start, item.end), text, sent, said_from)
                event.extra.update(marks)
                events.append(event)
                if etype.name == "talks" and roles.get("channel") == "meeting":
                    visit_roles = _visit_at_meeting(roles, args, (item.start, item.end),
                                                   self.gazetteer.seats_on(value or analysis.doc.date), text)
                    if visit_roles:
                        guest = self._event(analysis, sentence, item, self.lexicon.types["visit"], visit_roles,
                                            ndate, value, text, sent)
                        guest.extra["evidence"] = _role_evidence(visit_roles, args, (item.start, item.end), text,
                                                                 sent, said_from)
                        guest.extra["derived"] = True
                        events.append(guest)
        return events

    def _speech_end(self, text: str, sent: tuple[int, int], trigger: int) -> int:
        """Where the last complementizer (أن، إن) before the trigger in its sentence ends: what stands before it is
        the report (who said it), 0 when there is none."""
        regex = self.lexicon.cue_regexes.get("complementizer")
        found = list(regex.finditer(text, sent[0], trigger)) if regex is not None else []
        return found[-1].end() if found else 0

    def _still_sought(self, item: _Found, event: Event) -> bool:
        """Reaching an agreement that is still sought, expected or possible (سعي واشنطن للتوصل إلى اتفاق، احتمال توصل
        إيران إلى اتفاق، تتوقع التوصل إلى اتفاق): the aim of talks, not a signing to come (``sought`` cues: the
        triggers that sign only when told as done or denied)."""
        return item.trigger.surface in self.lexicon.cues.get("sought", {}) \
            and event.modality in ("planned", "intended", "proposed")

    def _asked_whether(self, text: str, sent: tuple[int, int], item: _Found) -> bool:
        """ليعرف ما إذا كان اتصل بـ … أو إذا كان سافر إلى ليبيا: an act right after "whether" (``whether`` cues,
        within WHETHER_REACH characters and no clause break between) is asked about, not told."""
        regex = self.lexicon.cue_regexes.get("whether")
        if regex is None:
            return False
        found = list(regex.finditer(text, max(sent[0], item.start - WHETHER_REACH), item.start))
        # … عما إذا كان الاتفاق الذي توصلت إليه القوى الست يزيد …: a relative clause tells its act as known
        return bool(found) and not _CLAUSE_BREAK.search(text, found[-1].end(), item.start) \
            and not self._in_relative_clause(text, found[-1].end(), item.start)

    def _nobody_arrives(self, item: _Found, roles: Roles) -> bool:
        """An arrival (وصل، يصل، وصول) with no one arriving: the visitor is a state read alone, neither an official,
        a person nor a delegation (وصلت جهود الأردن إلى …، الوصول إلى نسبة 90%)."""
        return item.trigger.surface in self.lexicon.cues.get("arrival", {}) and "visitor" not in roles \
            and "level" not in roles and "visitor_state" in roles

    def _series_of_body(self, etype: str, roles: Roles) -> Roles:
        """A meeting of an organization is an event series of the ontology (اجتماع أوفيد: series:ofid-meetings), not
        the organization's id. Taking part in it involves the delegation, not the body; hosting it (or its facility)
        has the body among the hosted event's participants, as the ontology's hosting role says."""
        body = roles.get("series")
        if not (isinstance(body, str) and body.startswith("org:")):
            return roles
        out = {**roles, "series": self.gazetteer.meetings_of(body)}
        if etype == "hosting":
            present = roles.get("participants")
            present = present if isinstance(present, list) else [present] if present else []
            out["participants"] = list(dict.fromkeys([*present, body]))
        return out

    def _expand_groups(self, roles: Roles) -> Roles:
        """A group in a role (إيران ومجموعة 5+1) is its member states; a body that acts as another (the euro area
        as the European Union: acts_as.tsv) is that one."""
        out: Roles = {}
        for role, value in roles.items():
            if isinstance(value, list):
                value = list(dict.fromkeys(self.gazetteer.acting_body(v, role) if isinstance(v, str) else v
                                           for v in value))
            elif isinstance(value, str):
                value = self.gazetteer.acting_body(value, role)
            values = value if isinstance(value, list) else [value]
            if not any(isinstance(v, str) and v.startswith("group:") for v in values):
                out[role] = value
                continue
            expanded: list[str] = []
            for v in values:
                expanded += list(self.gazetteer.members(v)) if v.startswith("group:") else [v]
            out[role] = list(dict.fromkeys(expanded))
        return out

    def _known_signatories(self, roles: Roles, document: str, sentence: str, date: str | None = None) -> Roles:
        """An instrument whose parties are known (the Iran nuclear deal: Iran and the six powers) gives them to the
        agreement that names it, when the sentence names one of them; when it names none of them, the agreement
        read is another one, and the instrument is not its. An agreement between exactly those parties, in a
        document holding the instrument's cue word (النووي), is that instrument even when it goes unnamed (الدول
        الست التي وقعت معهم الاتفاق), and so are some of them with its first party in a sentence that says "the
        agreement" (بعد توقيع الاتفاق: France and Iran are two of its seven)."""
        instrument, parties = roles.get("instrument"), roles.get("parties")
        if not isinstance(parties, list):
            return roles
        if isinstance(instrument, str) and self.gazetteer.concluded_after(instrument, date):
            return {role: value for role, value in roles.items() if role != "instrument"}  # اتفاق تمهيدي في 2013
        # an organization the text names among the signers (… وروسيا والاتحاد الأوروبي) signed with them
        orgs = [p for p in parties if p.startswith("org:")]
        states = [p for p in parties if p not in orgs]
        if instrument is None:
            named = self.gazetteer.instrument_of(states, document, bool(self._the_agreement.search(sentence)))
            if not named or self.gazetteer.concluded_after(named, date):
                return roles
            known = list(self.gazetteer.signatories(named))
            return {**roles, "instrument": named, "parties": known + [o for o in orgs if o not in known]}
        known = self.gazetteer.signatories(instrument) if isinstance(instrument, str) else ()
        if not known:
            return roles
        shared = set(states) & set(known)
        if not shared or (orgs and len(shared) < 2 and not set(orgs) & set(known)):
            # تفاهمات طهران مع الوكالة الذرية: one of its parties with an organization
            # that is none of them is another agreement
            return {role: value for role, value in roles.items() if role != "instrument"}
        return {**roles, "parties": list(known) + [o for o in orgs if o not in known]}

    @staticmethod
    def _restated(event: Event, other: Event, purpose: bool = False) -> bool:
        """The same act said twice in one sentence: same type, its actors contained in the other's, and no
        date of its own that the other lacks. A purpose (ستلتقي … لبحث العلاقات) of the same act planned restates
        the plan, though its verbal noun reads as done and a day before it as past; so does the same man's visit to
        the same host told again."""
        # زيارة الوزيرة المرتقبة إلى المملكة …، مشيرين إلى أن جولتها في الخليج التي تبدأها بالرياض: the same named
        # visitor's visit to the same host, told again after the plan, is the plan
        same_visitor = event.type == "visit" and bool(event.roles.get("visitor")) \
            and event.roles.get("visitor") == other.roles.get("visitor")
        aim_of_plan = event.modality == "asserted" and other.modality == "planned" and (purpose or same_visitor)
        if other.type != event.type or (event.date and event.date != other.date and not aim_of_plan):
            return False
        if other.modality != event.modality and not aim_of_plan:
            return False
        # what was given up, which mission or office: a different one is another act of the same sentence
        return all(other.roles.get(k) == v for k, v in event.roles.items() if k not in ("level", "channel", "location",
                                                                                       "kind"))

    def _arg(self, ms: int, me: int, mention: Mention, date: str | None, preps: dict[int, str]) -> Arg:
        """An actor or a mention as an argument; ``preps`` holds the preposition before each of the sentence."""
        actor = getattr(mention, "actor", None)
        return Arg(mention, ms, me, self._state(mention, date), mention.kind, preps[ms], actor)

    def _preposition(self, text: str, start: int, floor: int, reach: int = 2) -> str:
        """The preposition governing a mention: a clitic ب/ل on it, or one of the ``reach`` words before it (a
        title opens its own phrase, so only the word right before it: لدى لقاء وزير الدفاع is not لدى وزير)."""
        word_start = start
        while word_start > floor and text[word_start - 1].isalnum():
            word_start -= 1
        clitic = text[word_start:start]
        quoted = None if clitic else _CLITIC_BEFORE_QUOTE.search(text, max(floor, start - 4), start)
        if quoted is not None:
            return quoted.group(1)  # زيارته لـ«البنتاغون»: the clitic stands before the quotation mark
        if clitic.endswith(("ب", "ل")):
            topic = _WORD_BEFORE.search(text, max(floor, word_start - 12), word_start)
            if clitic.endswith("ل") and topic and topic.group(1) in self.lexicon.cues.get("topic", {}):
                return ""  # أما بالنسبة لسلطنة عمان: the state is the topic, not an object
            if clitic.endswith("ل") and topic and topic.group(1) in self.lexicon.cues.get("lam_subject", {}):
                return ""  # وسبق لهولاند أن التقى روحاني: the one it happened to is the verb's subject
            return clitic[-1]
        position = word_start
        steps = 0
        while steps < reach:
            m = _WORD_BEFORE.search(text, max(floor, position - 25), position)
            if not m:
                return ""
            word = m.group(1)
            if self._opens_a_clause(word):
                return ""  # أشارت المصادر إلى أن موغيريني ستتوجه: the subject of the clause أن opens, not إلى's
            if word in self.prepositions and not self.prepositions[word]:
                position = m.start(1)  # إلى مدينة سيئون: a place noun is read through
                continue
            each = next((w for w in self.lexicon.cues.get("each_of", {})
                         if text[max(floor, m.start(1) - len(w) - 1):m.start(1)] == w + " "), None) \
                if word == "من" else None
            if each is not None:
                position = m.start(1) - len(each) - 1  # في كل من سوريا واليمن: "each of" is read through
                continue
            steps += 1
            # وفي، فمن: a conjunction on the preposition (two: فوفي); never a word that merely ends like one (وثمن)
            preposition = word if word in self.prepositions else next(
                (bare for bare, clitics in ((word[1:], word[:1]), (word[2:], word[:2]))
                 if bare in self.prepositions and clitics and all(c in "وف" for c in clitics)), None)
            if preposition is not None:
                return "" if _explained(text, preposition, m.start(1), floor) else self.prepositions[preposition] or ""
            position = m.start(1)
        return ""

    def _noun_preposition(self, text: str, start: int, floor: int, mention: Mention) -> str:
        """The preposition glued to the noun a bare nisba describes (للشعب الليبي، بالجانب الروسي، للحكومة اليمنية):
        the adjective stands where the noun does, so it takes its preposition (``nisba_noun`` cues: the nouns of a
        people, a government or a side that a nisba turns into its state); "" otherwise."""
        actor = getattr(mention, "actor", None)
        if mention.kind != "state" or mention.form != "nisba" or (actor is not None and actor.kind != "state"):
            return ""
        before = _WORD_BEFORE.search(text, max(floor, start - 25), start)
        if before is None or text[before.end(1):start].strip():
            return ""
        word = before.group(1)
        for clitic, cut, restore in (("ل", 2, "ال"), ("ب", 1, ""), ("ل", 1, "")):
            if word.startswith(clitic if cut == 1 else "لل") and len(word) > cut + 2 \
                    and restore + word[cut:] in self.lexicon.cues.get("nisba_noun", {}):
                return clitic
        return ""

    def _opens_a_clause(self, word: str) -> bool:
        """Whether a word is a complementizer (أن، إن، with و، ب or ل glued on: بأن، لأن): a clause opens after it."""
        said = self.lexicon.cues.get("complementizer", {})
        return word in said or (word[:1] in "وبل" and word[1:] in said)

    def _dates_for(self, item: _Found, found: list[_Found], sent_dates: list[_NDate],
                   said_from: int = 0) -> list[_NDate | None]:
        """The dates that belong to a trigger: no other trigger between them; all of them for plural triggers.
        ``said_from``: where the report before the trigger ends (``_speech_end``), 0 when there is none."""
        text = self._text
        others = [f.start for f in found if f is not item and f.trigger.type != item.trigger.type
                  and not (f.start >= item.end and self._lends_date(f, item, text))
                  and not _meeting_of_the_act(item, f)]

        fronted = [d for d in sent_dates if _FRONTED.match(text[self._sent_start:d.start])]
        # a visit told as the time of the sentence's act (… خلال زيارته، أثناء تفقده) took place when that act did
        during = item.trigger.type == "visit" and self._time_of(text, self._sent_start, item.start)

        def reachable(d: _NDate) -> bool:
            if d in fronted and not any(d.end <= o.start < item.start for o in sent_dates):
                return True  # a sentence-initial date governs every act of the sentence
            if d.start >= item.end:
                lo, hi = item.end, d.start
                if self._met_on_the_visit(text, item, lo, d):
                    return hi - lo <= DATE_REACH  # the meeting verb between is the visit's own business
                if any(m.start() not in self._list_commas and not self._name_opens(text, m.end() - 1)
                       and not _inside_parentheses(text, lo, m.start(), hi)  # (بريطانيا، والصين، …): a list
                       for m in self._new_clause.finditer(text, lo, hi)) \
                        or self._contrast_between(text, lo, hi):
                    return False
                commas = [m for m in _CLAUSE_END.finditer(text, lo, hi)
                          if not _inside_parentheses(text, lo, m.start(), hi)]
                if commas and hi - commas[-1].end() > AFTER_COMMA_REACH:
                    return False  # زار إسرائيل، غير أن … مطلع العام المقبل: a date deep in another clause
                anniversary = self.lexicon.cue_regexes.get("anniversary")
                if anniversary is not None and anniversary.search(text, lo, hi):
                    return False  # برقية تهنئة بمناسبة الذكرى الـ63 لثورة 23 يوليو 1952: the date is what is remembered
                forecast = self.lexicon.cue_regexes.get("forecast")
                if forecast is not None and forecast.search(text, lo, hi):
                    return False  # بعد اللقاء أكدا أنهما يتوقعان سوقا أكثر توازنا في 2016: the forecast's year
                if any(not self._since_a_length(text, since.end(), hi) for since in _SINCE.finditer(text, lo, hi)):
                    return False  # أول زيارة منذ تسلمه مهامه في فبراير: the date of what it has been since
                if self._object_relative_clause(text, lo, hi):
                    return False  # بحث الإصلاحات التي تم الاتفاق عليها صيف العام الماضي: the reforms' date
                if self._instrument_dated_between(text, item, lo, hi):
                    return False  # إقامة العلاقات وفقا لاتفاقية فيينا الموقعة في 1961: the convention's year
                if d.expr.value.endswith("/..") and _SINCE.match(text, d.start) and (
                        item.trigger.type == "agreement.signed"
                        or (item.trigger.type == "visit" and _YEAR_ONLY.fullmatch(d.expr.value[:-3]))):
                    # وقع البلدان اتفاقا وهو ما أدى إلى هبوط الذهب منذ بداية يونيو: a signing is done on a day; what
                    # has gone on since a day after it is another act's. زيارة إلى الشطر الذي تحتله تركيا منذ 1974:
                    # a visit lasts days, not since a year (يواصل زيارته منذ أمس does run since a day)
                    return False
                if self._date_of_the_deed_praised(text, item, lo, d):
                    return False  # منوها بمبادرة الملك بالتطوع … عام 1956: the deed's year, not the praise's
                if d.expr.value.endswith("/..") and self._first_since(text, max(self._sent_start, lo - FIRST_BEFORE),
                                                                       hi):
                    # استعادت وضع السفارة لأول مرة منذ 1961، يقوم بأول زيارة … منذ 1959: that was the last time
                    return False
            else:
                lo, hi = d.end, item.start
                if self._last_time_of_another(text, d):
                    return False  # يقوم بأول زيارة … منذ 1959 محادثات: 1959 is when such a visit last was
                if self._dated_by_relative_clause(text, d, item.start):
                    return False  # أن الغارة التي نفذت يوم 9 يوليو …، للوزير في جولته: the raid's day
                if self._since_taking_office.search(text, max(self._sent_start, d.start - SINCE_OFFICE_REACH), d.start):
                    return False  # أول زيارة له منذ توليه مهامه في مارس، ضمن جولة: the office's date
                boundary = self._clause_end.search(text, lo, hi)
                if boundary:  # across a comma, a date counts only as a fronted adverbial (في عام 1991، …)
                    if during and not any(lo < o < hi for o in others):
                        return hi - lo <= DATE_REACH  # حذر الوزير أمس، من …، خلال زيارته: the visit spans the act
                    if self._object_across_comma(text, d, boundary, hi):
                        return not any(lo < o < hi for o in others)
                    if self._also_then(text, lo, hi) and not any(lo < o < hi for o in others) \
                            and not any(d.end <= o.start < hi for o in sent_dates):
                        # استقبل الملك أمس الرئيس المصري، كما استقبل وزير خارجية الأردن: "also" tells another act
                        # of the same occasion, on the day the first was told on
                        return hi - lo <= DATE_REACH
                    if text[lo:boundary.start()].strip():
                        return False
                    if self._comma_after_news_date(text, d, boundary, hi):
                        return not any(lo < o < hi for o in others)
                    # … or as the news agencies' bracketed one (حل الوزير، الخميس 23 يوليو، بالعراق في زيارة)
                    return d in fronted or (_BRACKETED.search(text, max(0, d.start - 3), d.start) is not None
                                            and hi - lo <= DATE_REACH and not any(lo < o < hi for o in others))
            if d.start >= item.end and item.trigger.type in _IN_A_MEETING and self._meeting_clause_dates(text, d):
                # يرأس الوزير … وفد المملكة في اجتماعات المجلس …، الذي تبدأ أعماله غدا: the clause about the meeting
                # taken part in dates it; a long title between the act's word and the meeting's noun makes the date
                # no farther off
                lo = self._meeting_named_after(text, lo, hi)
            return hi - lo <= DATE_REACH and not any(lo < o < hi for o in others)

        eligible = [d for d in sent_dates if reachable(d)]
        said = self._words_condemned(text, item)
        if said is not None:  # استنكرت المنظمة التصريحات التي أدلى بها الوزير بتاريخ …: the date is the words'
            eligible = [d for d in eligible if d.start < said]
        participle = item.trigger.surface in self.lexicon.cues.get("participle", {})
        signing = item.trigger.type.startswith("agreement.")
        if participle or self._time_reference(text, item) or (
                signing and self._time_reference(text, item, "time_reference_signing")):
            # بعد أشهر من استقلال الجمهورية، أبدت واشنطن اليوم انزعاجها … بعد توقيع الاتفاق: a date before it is
            # another act's; so is one before a participle describing the instrument (قرارا يصادق على الاتفاق المبرم
            # بين …، أمس), which takes only a date after it (المبرم في 14 يوليو)
            eligible = [d for d in eligible if d.start >= item.end]
        if signing:
            # رحب المجلس أمس في قرار له بالاتفاق الذي أبرمته إيران مع الدول الكبرى: a date before the relative
            # clause an agreement is recalled in is the main act's
            eligible = [d for d in eligible
                        if d.start >= item.end or not self._in_relative_clause(text, d.end, item.start)]
        if said_from and self._in_relative_clause(text, said_from, item.start):
            # قال المسؤول أمس إن بلاده تعتمد على الاتفاق الذي وقعته مع …: the day before إن is the saying's, and
            # the agreement a relative clause recalls is no news of that day
            eligible = [d for d in eligible if d.start >= said_from]
        if not eligible:
            return [None]
        after = [d for d in eligible if d.start >= item.end]
        if after and text[item.start:item.end].startswith(("سي", "ست", "سن")):  # the word read, سـ and all
            # صرح الوزير أمس بأنه سيتوجه إلى الرباط الشهر المقبل: yesterday is the saying's day, and an act still
            # to come takes the date told after it
            eligible = [d for d in eligible if not self._past_news_day_before(d, item)]
        if item.trigger.plural and len(after) > 1:
            # مباحثات … بدأت الليلة الماضية وتتواصل اليوم: a date the act goes on to is no act of its own
            begun = [d for d in after if not self._goes_on_to(text, d)]
            return begun if len(begun) > 1 else [begun[0] if begun else after[0]]
        def distance(d: _NDate) -> float:
            if d.start >= item.end:
                return (d.start - item.end) * (COMMA_PENALTY if _CLAUSE_END.search(text, item.end, d.start) else 1)
            across = COMMA_PENALTY if _CLAUSE_END.search(text, d.end, item.start) else 1
            return (item.start - d.end) * BEFORE_PENALTY * across

        nearest = min(eligible, key=distance)
        # a meeting awaited this week, in Doha, on 29 July: a day inside the nearest date's span tells it exactly
        finer = [d for d in eligible if d is not nearest and _day_within(d.expr.value, nearest.expr.value)
                 and max(d.start, nearest.start) - min(d.end, nearest.end) <= FINER_DATE_REACH
                 and not _CLAUSE_END.search(text, min(d.end, nearest.end), max(d.start, nearest.start))]
        return [min(finer, key=distance) if finer else nearest]

    def _met_on_the_visit(self, text: str, item: _Found, lo: int, d: _NDate) -> bool:
        """Whether the date after a visit opens the clause of a meeting verb coordinated with it, right after that
        verb (زار الوزير طهران، والتقى الثلاثاء بمسؤولين): the meeting was held on the visit, which its day dates."""
        if item.trigger.type != "visit":
            return False
        clauses = list(self._new_clause.finditer(text, lo, d.start))
        if len(clauses) != 1:
            return False
        verb = _WORD_AFTER.match(text, clauses[0].end())
        return verb is not None and verb.group(1).removeprefix("و") in self.lexicon.cues.get("met_on_a_visit", {}) \
            and not text[verb.end():d.start].strip()

    def _name_opens(self, text: str, at: int) -> bool:
        """Whether the و or ف at ``at``, after a comma, is a name's own first letter (، وليد المعلم، فلاديمير بوتين,
        a mention or a given name) and opens no clause of its own."""
        if at in self._name_letters:
            return True
        word = _WORD_AT.match(text, at)
        return word is not None and normalize_key(word.group()) in self._given_names

    def _contrast_between(self, text: str, lo: int, hi: int) -> bool:
        """Whether a clause of contrast (``contrast`` cues after a comma: ، لكن، غير أن) opens between ``lo`` and
        ``hi``: what it says, and its date, is not the act's before it."""
        regex = self.lexicon.cue_regexes.get("contrast")
        return regex is not None and any(text[max(lo, m.start() - 3):m.start()].rstrip().endswith(("،", ","))
                                         for m in regex.finditer(text, lo, hi))

    def _words_condemned(self, text: str, item: _Found) -> int | None:
        """Where the words a condemnation trigger condemns (تصريحات، اتهامات: its needs) begin after it, if it is
        one."""
        if item.trigger.surface not in self.lexicon.cues.get("condemnation", {}) or item.trigger.needs_regex is None:
            return None
        said = item.trigger.needs_regex.search(text, item.end, self._sent_end)
        return said.start() if said is not None else None

    def _goes_on_to(self, text: str, d: _NDate) -> bool:
        """Whether a verb of going on (``goes_on``: يتواصل، تستمر) stands right before the date, one word between at
        most: the date is one the act continues to, not one it took place on."""
        words = text[max(self._sent_start, d.start - 30):d.start].split()[-2:]
        goes_on = self.lexicon.cues.get("goes_on", {})
        return any(w in goes_on or w.removeprefix("و") in goes_on for w in words)

    def _past_news_day_before(self, d: _NDate, item: _Found) -> bool:
        """Whether a date before the trigger is a day already past when the paper was written (أمس، الثلاثاء)."""
        return (d.end <= item.start and self._relative_day(d) and self._doc_date is not None
                and d.expr.value < self._doc_date[:10])

    @staticmethod
    def _relative_day(d: _NDate) -> bool:
        """Whether a date is a day told relative to the paper's (أمس، اليوم، a weekday)."""
        return d.expr.basis == "document" and d.expr.granularity in ("day", "weekday")

    def _without_news_date_commas(self, text: str, dates: list[_NDate]) -> str:
        """The text with the press's comma after a news date made a space (استقبل الرئيس في قصره اليوم، وزير
        الدولة: the guest after it is still the verb's), so that no clause ends there; offsets do not move. Not
        before و/ف or كما, which open another act (وصل أمس، وكان في استقباله), nor before reported speech."""
        soft = []
        for d in dates:
            comma = _NEWS_DATE_COMMA.match(text, d.end) if self._relative_day(d) else None
            if comma is None:
                continue
            if self._another_act_opens(text, comma.end()):
                continue
            soft.append(comma.start(1))
        return with_spaces_at(text, soft)

    def _without_prayer_commas(self, text: str) -> str:
        """The text with the comma after a blessing (``prayer``: استقبل الملك - حفظه الله، في قصره بجدة، الوزير)
        made a space: it closes a parenthesis, and the clause goes on. Offsets do not move."""
        prayer = self.lexicon.cue_regexes.get("prayer")
        soft = []
        # (a blessing's last word before a comma is looked for first: the cue pattern is slow to scan a whole text)
        for end in self._blessing_end.finditer(text) if prayer is not None else ():
            opening = max(0, end.start() - BLESSING_CHARS)
            if any(found.end() == end.start(1) for found in prayer.finditer(text, opening, end.start(1))):
                soft.append(end.start(2))
        return with_spaces_at(text, soft)

    def _without_apposition_commas(self, text: str, mentions: list[tuple[int, int, Mention]], dated: set[int]) -> str:
        """The text with the two commas around the name of an official said right after his title made spaces
        (نوه وزير الثقافة المغربي، الدكتور فلان الفلاني، بالمعرض الذي …): the name is an apposition, and the verb's
        clause goes on to its object. Offsets do not move. Only a name that opens with a given name, or with an
        honorific and two words; not before و/ف, reported speech or a clause opener, which begin another act after
        the name, nor before a date (…، فلان، الخميس، أن …: the date's own commas tell whose it is)."""
        vocabulary = load_vocabulary()
        soft = []
        for _, end, mention in mentions:
            actor = getattr(mention, "actor", None)
            found = _APPOSED_NAME.match(text, end) if actor is not None and actor.kind == "official" else None
            if found is None:
                continue
            words = [normalize_key(w) for w in found.group(2).split()]
            styled = getattr(vocabulary.entries.get((words[0],)), "cls", "") == "honorific" and len(words) > 2
            if not styled and words[0] not in vocabulary.given:
                continue  # الدكتور فلان الفلاني: a name after an honorific opens with any word
            if found.end() in dated or self._another_act_opens(text, found.end()):
                continue  # …، وأضاف: another act of his
            soft += [found.start(1), found.start(3)]
        return with_spaces_at(text, soft)

    def _another_act_opens(self, text: str, at: int) -> bool:
        """Whether the word at ``at``, right after a comma, opens another act: the conjunction و or ف (not a word
        of which it is a letter: وزير، وفد), reported speech (أن، إن) or a clause opener (كما)."""
        word = _WORD_AFTER.match(text, at)
        if word is not None and word.group(1)[:1] in ("و", "ف") \
                and word.group(1) not in self.lexicon.cues.get("not_conjunction", {}):
            return True
        return any(regex is not None and regex.match(text, at) for regex in (
            self.lexicon.cue_regexes.get("complementizer"), self.lexicon.cue_regexes.get("clause_opener")))

    def _meeting_clause_dates(self, text: str, d: _NDate) -> bool:
        """Whether the date stands in a relative clause whose verb carries out the act itself (``relative`` then an
        ``act_itself`` verb right before the date: الذي تبدأ أعماله غدا، التي تعقد الأسبوع المقبل)."""
        relatives, itself = self.lexicon.cues.get("relative", {}), self.lexicon.cues.get("act_itself", {})
        words = [w.group(1) for w in _WORDS.finditer(text, max(self._sent_start, d.start - RELATIVE_DATE_REACH),
                                                     d.start)]
        return any(word in relatives and nxt in itself for word, nxt in itertools.pairwise(words))

    def _meeting_named_after(self, text: str, lo: int, hi: int) -> int:
        """Where the first noun of a meeting (``meeting`` cues: الاجتماعات، القمة، المؤتمر) after a trigger ends,
        before ``hi``; ``lo`` when none stands there."""
        meeting = self.lexicon.cue_regexes.get("meeting")
        found = meeting.search(text, lo, hi) if meeting is not None else None
        return found.end() if found is not None else lo

    def _also_then(self, text: str, lo: int, trigger: int) -> bool:
        """Whether the trigger's clause is the last one between a date and it, opened by a comma and "also" (، كما،
        ، وكما) or "meanwhile" (، فيما: ``also`` cues), and the trigger stands in it."""
        also = None
        for m in self._also.finditer(text, lo, trigger):
            also = m
        return also is not None and self._clause_end.search(text, also.end(), trigger) is None

    def _comma_after_news_date(self, text: str, d: _NDate, boundary: re.Match[str], trigger: int) -> bool:
        """Whether the comma right after a date before the trigger is the press's comma after a news date that
        stands between a verb and its object (سيّر المركز أمس، سبع شاحنات تحمل مساعدات; عقد الملك في قصره اليوم،
        جلسة مباحثات): the date is still the act's. Only a date relative to the paper's (أمس، اليوم، a weekday), only
        when no other clause opens before the trigger, and not before reported speech (قال أمس، إن …), whose date
        is the saying's."""
        if not self._relative_day(d) or self._clause_end.search(text, boundary.end(), trigger):
            return False
        speech = self.lexicon.cue_regexes.get("complementizer")
        gap = text[boundary.end():trigger]
        return speech is None or speech.match(text, boundary.end() + len(gap) - len(gap.lstrip())) is None

    def _date_of_arrival(self, text: str, sent: tuple[int, int], sent_dates: list[_NDate]) -> _NDate | None:
        """The date of a plane or a ship arriving in the sentence (هبطت صباح اليوم ثالث طائرة في عدن; ``arrival``
        verbs with a ``cargo`` word after them, or before them as their subject: الطائرة التي حطت الأربعاء): the day
        undated aid of the same sentence came."""
        arrival, cargo = self.lexicon.cue_regexes.get("arrival"), self.lexicon.cue_regexes.get("cargo")
        if arrival is None or cargo is None or not sent_dates:
            return None
        for verb in arrival.finditer(text, *sent):
            if cargo.search(text, verb.end(), min(sent[1], verb.end() + ARRIVAL_CARGO_REACH)) is None \
                    and cargo.search(text, max(sent[0], verb.start() - ARRIVAL_CARGO_REACH), verb.start()) is None:
                continue
            near = [d for d in sent_dates if 0 <= d.start - verb.end() <= ARRIVAL_DATE_REACH
                    or 0 <= verb.start() - d.end <= ARRIVAL_DATE_REACH]
            if near:
                return min(near, key=lambda d: abs(d.start - verb.end()))
        return None

    def _last_time_of_another(self, text: str, d: _NDate) -> bool:
        """Whether a date is the "since" of a first time told before it (أول زيارة … منذ 1959), which dates that
        first time's last one, never a trigger after it."""
        since = _SINCE.search(text, max(self._sent_start, d.start - SINCE_REACH), d.end)  # منذ is often its own
        return since is not None and self._first_since(text, max(self._sent_start, since.start() - FIRST_SINCE_REACH),
                                                       since.start())

    def _since_a_length(self, text: str, since_end: int, date_start: int) -> bool:
        """Whether a "since" counts a length of time that ends before a date (اتفاقية هي الأولى منذ أربعة عقود في
        2012): the length closes it, so the date after is the act's own, not what it has been since."""
        length = self.lexicon.cue_regexes.get("length_of_time")
        found = length.search(text, since_end, date_start) if length is not None else None
        return found is not None and len(text[since_end:found.start()].split()) <= SINCE_LENGTH_WORDS

    def _first_since(self, text: str, lo: int, hi: int) -> bool:
        return self._cue_between("first_since", text, lo, hi)

    def _cue_between(self, cls: str, text: str, lo: int, hi: int) -> bool:
        """Whether a cue of ``cls`` stands between ``lo`` and ``hi``."""
        regex = self.lexicon.cue_regexes.get(cls)
        return regex is not None and regex.search(text, lo, hi) is not None

    @staticmethod
    def _date_of_the_deed_praised(text: str, item: _Found, lo: int, d: _NDate) -> bool:
        """Whether a date after a word of praise is the date of the deed praised: a calendar date (not a day
        counted from the paper's, أمس) past the praised thing's noun, which the praise takes with بـ (أشاد
        بموقف البلد في حرب 1973): praise is voiced when it is reported, the deed may be decades old."""
        if item.trigger.type != "support.expressed" or d.expr.basis == "document":
            return False
        return any(word.group(1).startswith("ب") and len(word.group(1)) > 3
                   for word in _WORDS.finditer(text, lo, d.start))

    def _object_relative_clause(self, text: str, lo: int, hi: int) -> bool:
        """Whether a relative clause opens between a trigger ending at ``lo`` and a date at ``hi`` after a word of its
        own (بحث الإصلاحات التي …): the clause tells of that word, not of the act; a relative right after the trigger
        (الزيارة التي قام بها أمس), or one whose verb holds or carries out the act (``act_itself``: اللقاء الثنائي
        الذي عقده الخميس), tells of the act itself; one about an actor (الوزير الذي صرح أثناء جولته الأربعاء) or a
        meeting (على هامش القمة التي …) tells of him or of the act's setting, and so does one about what the act
        followed (عقب الزلزال الذي ضربها في فبراير): they may well date the act."""
        relatives, itself = self.lexicon.cues.get("relative", {}), self.lexicon.cues.get("act_itself", {})
        words = list(_WORDS.finditer(text, lo, hi))
        return any(word.group(1) in relatives and self._about_another_noun(words, k)
                   and (k + 1 >= len(words) or words[k + 1].group(1) not in itself
                        # في جولته بالأردن، أن الغارة التي جرت في 9 يوليو: past a comma the clause's "held"
                        # tells of another noun's act
                        or self._clause_end.search(text, lo, word.start()) is not None)
                   for k, word in enumerate(words) if k)

    def _instrument_dated_between(self, text: str, item: _Found, lo: int, hi: int) -> bool:
        """Whether a participle describing an instrument (الموقعة، المبرمة: ``participle`` cues) stands between a
        trigger of another kind and a date after it: the date is when that instrument was signed (قرر البلدان
        إقامة العلاقات وفقا لأحكام اتفاقية فيينا الموقعة في 1961), not the act's. A signing's own participle
        (الاتفاق المبرم في 14 يوليو) does date it."""
        participle = self.lexicon.cue_regexes.get("participle")
        return participle is not None and not item.trigger.type.startswith("agreement.") \
            and participle.search(text, lo, hi) is not None

    def _dated_by_relative_clause(self, text: str, d: _NDate, trigger: int) -> bool:
        """Whether a date before a trigger dates the act of a relative clause about another noun (العملية التي جرت
        في 11 يوليو), closed by a comma before the trigger: that noun's act, not the trigger's. A meeting's clause
        (القمة التي عقدت في …) or a mention's (الوزير الذي وصل أمس) may well date the act, as may the trigger's own
        time anchor (عقب الزلزال الذي ضربها)."""
        relatives = self.lexicon.cues.get("relative", {})
        words = list(_WORDS.finditer(text, max(self._sent_start, d.start - RELATIVE_DATE_REACH), d.start))
        opened = [k for k, w in enumerate(words) if k and w.group(1) in relatives]
        if not opened or not _CLAUSE_END.search(text, d.end, trigger):
            return False
        return self._about_another_noun(words, opened[-1])

    def _about_another_noun(self, words: list[re.Match[str]], k: int) -> bool:
        """Whether the relative pronoun ``words[k]`` (k ≥ 1) opens a clause about a noun of its own, which then tells
        of that noun's act: not about an actor (الوزير الذي صرح …), a meeting (القمة التي عقدت …) or the act's time
        anchor (عقب الزلزال الذي ضربها في فبراير), which may well date the act."""
        antecedent = words[k - 1]
        return antecedent.end(1) not in self._mention_ends \
            and antecedent.group(1) not in self.lexicon.cues.get("meeting", {}) \
            and not (k >= 2 and words[k - 2].group(1) in self.lexicon.cues.get("time_of_act", {}))

    def _in_relative_clause(self, text: str, lo: int, at: int) -> bool:
        """Whether the trigger at ``at`` sits in a relative clause opened after ``lo`` (كارتر الذي يقوم بجولة …)."""
        relatives = self.lexicon.cues.get("relative", {})
        if any(w.group(1) in relatives for w in _WORDS.finditer(text, max(lo, at - 25), at)):
            return True
        # … الذي حط صباحا في مطار العاصمة ضمن زيارة مفاجئة: a longer clause, no comma closing it before the trigger
        opened = [w for w in _WORDS.finditer(text, max(lo, at - RELATIVE_CLAUSE_REACH), at) if w.group(1) in relatives]
        return bool(opened) and not self._clause_end.search(text, opened[-1].end(), at)

    @staticmethod
    def _span_of_dates(analysis: Analysis, item: _Found, sent_dates: list[_NDate]) -> _NDate | None:
        """تبادل الزيارات … في عامي 1997 و1998: which visit was when is not said, so each visit of the exchange
        is dated by the span the dates cover."""
        after = [d for d in sent_dates if d.start >= item.end and not d.expr.value.startswith((".", "/"))]
        if len(after) < 2:
            return None
        first, last = after[0], after[-1]
        low, high = first.expr.value.split("/")[0], last.expr.value.split("/")[-1]
        text = analysis.doc.text[first.expr.start:last.expr.end]
        return _NDate(TemporalExpression(first.expr.start, last.expr.end, text, f"{low}/{high}", "interval",
                                         first.expr.basis), first.start, last.end)

    def _negotiates_an_agreement(self, text: str, sent: tuple[int, int], item: _Found) -> bool:
        """Whether a word of negotiating (``negotiating`` cues) has an agreement for its object: the agreement named
        right after it or after a word opening its topic (تتفاوض على اتفاق تجارة، مفاوضات اتفاقية التجارة الحرة،
        المفاوضات حول الاتفاق), or named before it and pointed back at (الاتفاق الذي تفاوضت عليه الدول الست). Such
        talks are the agreement negotiated (the ontology's type for a draft discussed, not signed)."""
        cues = self.lexicon.cues
        first = item.trigger.surface.split()[0]  # المفاوضات مع: its first word
        negotiating, discussing = first in cues.get("negotiating", {}), first in cues.get("discussing", {})
        agreements = self.lexicon.cue_regexes.get("agreement_noun")
        if not (negotiating or discussing) or agreements is None:
            return False
        drafts = cues.get("draft", {})
        after = _WORDS.findall(text[item.end:min(sent[1], item.end + NEGOTIATED_REACH)])[:NEGOTIATED_WORDS + 1]
        for index, word in enumerate(after):
            if agreements.fullmatch(word):
                # التباحث مع الجانب الكيني في شأن مشروع اتفاقية: discussing a draft is negotiating it (a word of
                # discussing needs the draft; the draft's word does not count against the reach)
                draft = index > 0 and after[index - 1] in drafts
                if (discussing and not negotiating and not draft) or index - draft >= NEGOTIATED_WORDS:
                    return False
                k = index - draft
                return k == 0 or after[k - 1] in cues.get("negotiated_object", {})
        if after and after[0] in cues.get("negotiated_pointer", {}):
            before = text[max(sent[0], item.start - NEGOTIATED_REACH):item.start]
            return agreements.search(before) is not None
        return False

    def _after_seat_word(self, text: str, start: int, floor: int) -> bool:
        """Whether a mention stands right after a word of a body's seat (ومقرها جنيف، مقره في بيروت)."""
        word = _SEAT_BEFORE.search(text, max(floor, start - SEAT_WORD_REACH), start)
        return word is not None and word.group(1) in self.lexicon.cues.get("seat", {})

    def _pointed_back_at(self, text: str, item: _Found) -> bool:
        """Whether a demonstrative stands right before the trigger (هذه المباحثات، تلك الزيارة): the act is one
        the article already told."""
        start = _word_start(text, item.start)
        before = _WORD_BEFORE.search(text, max(self._sent_start, start - 8), start)
        if before is None:
            return False
        word = before.group(1)
        if word in self.lexicon.cues.get("demonstrative", {}):
            # إلى ذلك اجتمع الوزير: ذلك after a preposition is a pronoun ("besides"), pointing at no act
            prior = _WORD_BEFORE.search(text, max(self._sent_start, before.start(1) - 8), before.start(1))
            return prior is None or prior.group(1) not in self.lexicon.cues.get("demonstrative_pronoun", {})
        # خلال اللقاء، وحضر الاجتماع: the act named with its article after "during" or "attended" is the one told
        return text.startswith("ال", start) and word in self.lexicon.cues.get("pointing_back", {})

    def _time_reference(self, text: str, item: _Found, cls: str = "time_reference") -> bool:
        """Whether the trigger only says when something else happened (… بعد أشهر قليلة من استقلال …): a word of
        ``cls`` right before it."""
        regex = self.lexicon.cue_regexes.get(cls)
        if regex is None:
            return False
        window = max(self._sent_start, item.start - TIME_REFERENCE_REACH)
        return any(m.end() >= item.start - 2 for m in regex.finditer(text, window, item.start))

    def _own_clause(self, text: str, sent: tuple[int, int], item: _Found, found: list[_Found]) -> tuple[int, int]:
        """The trigger's clause, ending where a relative clause of another act begins (محادثات مع أمير قطر
        على هامش القمة التي استضافتها الرياض: the host of the summit is no party to the talks)."""
        start, end = _clause(self._clause_end, text, sent, item)
        relatives = self.lexicon.cues.get("relative", {})
        for other in sorted(found, key=lambda f: f.start):
            if item.end <= other.start < end:
                before = _WORD_BEFORE.search(text, max(item.end, other.start - 12), other.start)
                if before is not None and before.group(1) in relatives:
                    return start, before.start(1)
        return start, end

    def _time_of(self, text: str, start: int, other: int) -> bool:
        """Whether the trigger at ``other`` is only the time of the act before it (يلتقي الوزير خلال الزيارة
        العاهل): a word of "during" right before it; the partner after it is still the first act's."""
        return self._word_before_in(text, start, other, "during")

    def _word_before_in(self, text: str, start: int, other: int, *classes: str) -> bool:
        """Whether the word right before the trigger at ``other`` (its article read with it), not before ``start``,
        is a cue of one of ``classes``: "during" makes the act the time of the one before; "framing" (في إطار
        الزيارة التي يقوم بها …، مع نظيره) only its frame, which says nothing of when the framed act took place."""
        other = _word_start(text, other)
        before = _WORD_BEFORE.search(text, max(start, other - 12), other)
        return before is not None and any(before.group(1) in self.lexicon.cues.get(c, {}) for c in classes)

    def _next_act(self, text: str, start: int, horizon: int, sent_mentions: list) -> int:
        """Where a coordinated act that is no event of ours begins (تلقى اتصالا من رئيس تونس، وبعث برقية تعزية لرئيس
        مالي): '، و' + a word that opens no actor; '، ورئيس مالي' goes on a list of partners."""
        starts = {ms for ms, _, _ in sent_mentions}
        while_clause = self.lexicon.phrase(_WHILE_CLAUSE).search(text, start, horizon)
        if while_clause is not None:
            horizon = while_clause.start()
        for m in self._new_clause.finditer(text, start, horizon):
            word_start = m.end()
            if not any(word_start <= ms <= word_start + 1 for ms in starts) and not self._name_opens(text, m.end() - 1):
                return m.start()
        return horizon

    def _object_across_comma(self, text: str, d: _NDate, comma: re.Match, trigger: int) -> bool:
        """Whether the trigger, right after the comma, is the object of the verb of doing (``act_itself`` cues:
        أجرى، عقد) that opens the date's clause: أجرى الرئيس صباح الاثنين في عمان، محادثات مع …; the comma only
        closes the verb's adverbials, and the day is the talks'."""
        if text[comma.end():trigger].strip():
            return False
        verbs = self.lexicon.cue_regexes.get("act_itself")
        verb = verbs.search(text, self._sent_start, d.start) if verbs is not None else None
        return verb is not None and not self._clause_end.search(text, verb.end(), d.start)

    def _clause_opening(self, text: str, start: int, end: int) -> int:
        """Where the clause of a trigger at ``end`` opens: after the last '، و' + verb (a coordinated act with its
        own objects) before it in the sentence, else the sentence's start."""
        opening = start
        for m in self._new_clause.finditer(text, start, min(len(text), end + 1)):  # its look-ahead sees the verb
            if m.end() <= end and not self._name_opens(text, m.end() - 1):
                opening = m.end()
        return opening

    def _lends_date(self, other: _Found, item: _Found, text: str) -> bool:
        """Whether ``other`` opens a relative clause whose date is also ``item``'s (شاركت في القمة التي
        احتضنتها الجزائر في نونبر 2022): only for the type pairs of the ``same_time`` cues."""
        if item.trigger.type not in self.lexicon.cues.get("same_time", {}).get(other.trigger.type, "").split():
            return False
        before = _WORD_BEFORE.search(text, max(item.end, other.start - 12), other.start)
        # … or a visit the act took place during (بحث الوزير مع … خلال زيارة لبغداد أمس)
        return before is not None and (before.group(1) in self.lexicon.cues.get("relative", {}) or (
            other.trigger.type == "visit" and before.group(1) in self.lexicon.cues.get("during", {})))

    @staticmethod
    def _event_date(ndate: _NDate | None, once: bool, item: _Found, fronted: bool) -> str | None:
        """The event's date: "since X" means X for an act that happens once, or borrowed from an earlier
        clause; a sentence-initial "since X" (منذ 2003 تستضيف …) keeps its open interval."""
        if ndate is None:
            return None
        value = ndate.expr.value
        if value.endswith("/..") and (once or (ndate.end <= item.start and not fronted)):
            return value[:-3]
        return value

    def _modality(self, text: str, sent: tuple[int, int], item: _Found) -> str:
        clause_start = _clause_start(text, sent[0], item.start)
        window_start = max(sent[0], min(clause_start, item.start - 60), item.start - 60)
        best, value, best_word = -1, "asserted", ""
        # رفض تصريحات …: a condemnation's own word is its act, not a denial of it
        last = item.start - 1 if item.trigger.surface in self.lexicon.cues.get("condemnation", {}) else item.start
        relative = self.lexicon.cue_regexes.get("relative")
        for m in self.lexicon.cue_regexes["modality"].finditer(text, window_start, item.end):
            if m.start() > best and m.start() <= last and not self._in_a_name(text, m.start()):
                cue_word = " ".join(m.group("w").split())
                found = self.lexicon.cues["modality"][cue_word]
                if found == "negated" and _NEW_ACT.search(text, m.end(), item.start):
                    continue  # عدم زيارة البحرين، وزار قطر: a negation stays in its own act, a plan goes on
                if found == "negated" and self._cue_between("negation_stop", text, m.end(), item.start):
                    # لم يتغير موقفها رغم توقيعها الاتفاق: a preposition of time or concession (رغم، بعد، قبل) after
                    # the negation; the verb after لم is what is denied, the trigger its circumstance
                    continue
                best, value, best_word = m.start(), found, cue_word
        if value == "planned" and item.trigger.type == "support.expressed" \
                and best_word in self.lexicon.cues.get("pledge", {}):
            value = "asserted"  # تعهدت للحكومة بتقديم مساندة: to pledge support is to express it, now
        if value in ("planned", "intended") and self._plan_denied(text, window_start, best):
            value = "negated"  # نفى أن يكون الوزير سيزور الرياض، نفت نية الرئيس زيارة قطر: the plan is what is denied
        if best >= 0 and relative is not None and self._opens_relative_clause(text, relative, best, item):
            # يتوقع أن يبدأ تطبيق الاتفاق الذي أبرم الثلاثاء: the trigger is the verb of a relative clause, which tells
            # of its noun on its own terms; the cue before it qualifies the main clause
            best, value = -1, "asserted"
        if value == "asserted" and self._negated_right_before(text, item):
            value = "negated"
        word = text[item.start:item.end]
        if value == "asserted" and word.startswith(("سي", "ست")):
            value = "planned"
        if value == "asserted" and self._said_after(text, sent, item, "modality_after") \
                and not self._done_right_after(text, item):
            value = "planned"  # زيارة مرتقبة، الزيارة المقررة
        if item.trigger.type == "agreement.signed" and value in ("asserted", "planned") \
                and self._failed(text, max(sent[0], item.start - FAILURE_REACH), item):
            value = "negated"  # أخفقت المحادثات في التوصل إلى اتفاق: no agreement came of them
        if value == "asserted" and item.trigger.type == "agreement.signed" and _purpose(text, item.start):
            value = "planned"  # وصل إلى الرياض لتوقيع اتفاقية، مهلة لإبرام اتفاق: the signing is what the act is for
        if value == "asserted" and (call := self._call_for(text, window_start, item)) is not None:
            # دعا الرئيس إلى إبرام اتفاق سلام: what a call asks for has not happened; a meeting called (دعا الأمين العام
            # إلى اجتماع طارئ يوم الثلاثاء) is convened, to take place; talks demanded of others (طالب الاتحاد
            # بالتفاوض مع تونس) are only proposed
            value = self.lexicon.cues["call"][call.group("w")] if item.trigger.type in ("visit", "talks") \
                else "proposed"
        if value == "asserted" and self._consented_to(text, window_start, item):
            value = "planned"  # وافق المجلس على استضافة المنتدى: agreed to, still to come
        if value in ("asserted", "planned") and self._called_for(text, window_start, item, cue="seek"):
            value = "intended"  # تسعى مصر إلى توقيع اتفاقية: what a state seeks is what it means to do
        if value == "asserted" and _purpose(text, item.start):
            # ويستعد رئيس البرلمان …، الذي أسسه الرئيس …، لزيارة لندن: a plan verb opening the sentence governs the act
            # its ل takes, however long the subject between
            value = self._opening_plan(text, sent) or value
        if value == "asserted" and self._called_for(text, sent[0], item, cue="authorize"):
            # قرر المجلس تفويض النائب الثاني لرئيس الحكومة وزير المالية والاقتصاد الوطني، أو وكيله، بالتفاوض مع الطرف
            # الياباني: however long the title, the talks are only what he may now hold
            value = "planned"
        if value == "asserted" and self._authorized_with_another(text, sent, item):
            value = "planned"  # تفويض الوزير بالتباحث حيال مشروع مذكرة …، والتوقيع عليه: the signing is authorized too
        if value in ("asserted", "intended", "planned") and item.trigger.type == "visit":
            # دعا الوزير، فلان، المفوض السامي، رئيس المجلس، لزيارة …: the inviter and the guest may be long to name;
            # تعتزم الحكومة دعوته لزيارة، ستوجه إليه الدعوة لزيارة: what is intended or to come is the invitation,
            # and the visit it asks for is still only proposed
            value = self._invited(text, max(sent[0], item.start - INVITATION_REACH), item) or value
        return value

    def _plan_denied(self, text: str, window_start: int, cue: int) -> bool:
        """Whether a word of denial (``denial`` cues: نفى، تنفي) stands before the plan's cue in the trigger's clause,
        with no other act (، و) or saying (قال، أكد: the ``speech`` cues) between them to take the plan out of what
        is denied."""
        regex = self.lexicon.cue_regexes.get("denial")
        denials = list(regex.finditer(text, window_start, cue)) if regex is not None and cue > window_start else []
        if not denials:
            return False
        between = (denials[-1].end(), cue)
        return not _NEW_ACT.search(text, *between) and not self._cue_between("speech", text, *between)

    def _opening_plan(self, text: str, sent: tuple[int, int]) -> str | None:
        """The modality of a plan verb that opens the sentence (يستعد، تعتزم، ينوي: ``modality`` cues valued planned
        or intended, after و or ف at most, and no trigger of its own), else None."""
        first = _FIRST_WORD.match(text, sent[0], sent[1])
        if first is None or first.group(1) in self.lexicon.triggers:
            return None  # سيغادر … لبحث العلاقات: a journey planned opening it lends its plan and day (_during_a_plan)
        value = self.lexicon.cues.get("modality", {}).get(first.group(1))
        return value if value in ("planned", "intended") else None

    def _called_for(self, text: str, window_start: int, item: _Found, cue: str = "call") -> bool:
        """Whether the trigger is what a call asks for (see ``_call_for``)."""
        return self._call_for(text, window_start, item, cue) is not None

    def _call_for(self, text: str, window_start: int, item: _Found, cue: str = "call") -> re.Match[str] | None:
        """The verb of calling (دعا، طالب، حث) earlier in the trigger's clause when the trigger is what it asks for:
        governed by إلى or ب right before its word (إلى إبرام، بعقد), or joined by و to a noun so governed; with
        ``cue="authorize"``, the word authorizing someone to do it (تفويض الوزير – أو من ينيبه – بالتباحث)."""
        regex = self.lexicon.cue_regexes.get(cue)
        if regex is None:
            return None
        surface = item.trigger.surface
        if text.startswith("ب", item.start) and (not surface.startswith("ب") or surface[1:] in self.lexicon.triggers):
            at = item.start  # بتوقيع: the trigger was matched with its clitic, or is a row of its own with it
        elif cue == "seek" and item.start > 0 and text[item.start - 1] == "ل" \
                and (item.start < 2 or not text[item.start - 2].isalpha()):
            at = item.start - 1  # سعى جاهدا لإعادة العلاقات: what one strives for, governed by ل
        else:  # بالتباحث، إلى التوقيع
            end = _word_start(text, item.start)
            governed = self._call_governs.search(text, max(0, end - 16), end)
            at = governed.start() if governed is not None else -1
            if at < 0 and (at := _governed_with_its_partner(text, window_start, item)) >= 0:
                # the partner's own window: its call stands as close before it as a trigger's stands before that
                window_start = _clause_start(text, max(0, at - CALL_REACH), at)
        return regex.search(text, window_start, at) if at >= 0 else None

    def _consented_to(self, text: str, window_start: int, item: _Found) -> bool:
        """Whether a word of consent (``consent`` cues: وافق، بموافقة) earlier in the trigger's clause takes it as
        its object, governed by على right before its word (وافق على استضافة المنتدى). A body consenting to a member
        is the joining itself, a state consenting to limit its arms (وافقت على تفكيك برنامجها النووي) has
        made the commitment that disarmament is, and consent to an agreement named by its noun (وافق البرلمان على
        الاتفاق) approves one already made: none is left for later."""
        regex = self.lexicon.cue_regexes.get("consent")
        if regex is None or item.trigger.type in ("membership.joined", "disarmament"):
            return False
        end = _word_start(text, item.start)
        agreements = self.lexicon.cue_regexes.get("agreement_noun")
        if agreements is not None and agreements.match(text, end):
            return False
        return _GOVERNED_BY_ALA.search(text, max(0, end - 6), end) is not None \
            and regex.search(text, window_start, end) is not None

    def _authorized_with_another(self, text: str, sent: tuple[int, int], item: _Found) -> bool:
        """Whether the trigger is part of an act authorized earlier in its sentence: a signing joined to it by و, or
        the draft it negotiates (تفويض الوزير بالتباحث مع الجانب الياباني حول مشروع اتفاقية …، والتوقيع عليه): a
        cabinet's leave to negotiate and to sign is neither done yet."""
        regex = self.lexicon.cue_regexes.get("authorize")
        start = _token_start(text, item.start)
        if regex is None or not (text.startswith("و", start) or item.trigger.type == "agreement.negotiated"):
            return False
        cue = regex.search(text, sent[0], start)
        return cue is not None and _GOVERNED_BY_BI.search(text, cue.end(), start) is not None

    def _in_a_name(self, text: str, start: int) -> bool:
        """Whether the cue at ``start`` is a word of a personal name, after بن or أبو (مبارك بن بنية holds ب + نية,
        "with the intention of"): ``name_link`` cues."""
        before = _WORD_BEFORE.search(text, max(0, start - 8), start)
        return before is not None and before.group(1) in self.lexicon.cues.get("name_link", {})

    def _negated_right_before(self, text: str, item: _Found) -> bool:
        """Whether the word right before the trigger negates it alone (عدم زيارة), a ``negation_adjacent`` cue; or
        a لا negates the present verb that takes it as its object (لا يحصلون على المساعدات، لا تشمل الزيارة), unless
        that verb only says it goes on (لا تزال المساعدات: a ``continuing`` cue)."""
        words = self.lexicon.cues.get("negation_adjacent", {})
        before = text[max(0, item.start - 12):item.start].split()
        if bool(before) and before[-1] in words and text[item.start - 1:item.start].isspace():
            return True
        verb = _NEGATED_PRESENT.search(text, max(0, item.start - NEGATED_VERB_REACH), _word_start(text, item.start))
        return verb is not None and verb.group(1) not in self.lexicon.cues.get("continuing", {})

    def _invited(self, text: str, window_start: int, item: _Found) -> str | None:
        """A visit that is the purpose of an invitation (دعا الملك الرئيس لزيارة المملكة، دعوة لزيارة) is
        proposed; planned when the invitation was accepted (قبل الرئيس الدعوة لزيارة). Only the purpose form
        (لزيارة، إلى زيارة) counts: دعا … خلال لقائه is a meeting that happened."""
        invitation = invitation_to(self.lexicon, text, item.start, window_start)
        if invitation is None:
            return None
        accepted = self.lexicon.cue_regexes["acceptance"].search(text, max(window_start, invitation.start() - 40),
                                                                 invitation.start())
        return "planned" if accepted else "proposed"

    def _opens_relative_clause(self, text: str, relative: re.Pattern[str], cue: int, item: _Found) -> bool:
        """Whether the trigger belongs to a relative clause opened after the cue, which tells of its noun on its own
        terms: the trigger within one word of the relative pronoun (الذي أبرم، الذي تم التوصل إليه، التي وقعتها; not
        the object of the main verb after a short relative clause: أثناء جولته التي تدوم ثلاثة أيام مباحثات), or deeper
        in a clause no comma closes before it, when a comma opens the clause or the cue's own أن follows the trigger."""
        said = self.lexicon.cue_regexes.get("complementizer")
        for m in relative.finditer(text, cue, item.start):
            if len(text[m.end():item.start].split()) <= RELATIVE_VERB_WORDS:
                return True
            # نفى الوزير، الذي شارك في المفاوضات مع الجانب الآخر، أن …: a relative clause set off by a comma
            # and not closed before the trigger holds it, however deep
            if "،" in text[m.end():item.start]:
                continue
            if _AFTER_A_COMMA.search(text, max(cue, m.start() - 3), m.start()):
                return True
            # نفى الوزير الذي شارك في المفاوضات أن …: what the cue's verb says (denies, expects) follows its own أن,
            # after the relative clause that holds the trigger
            if said is not None and said.search(text, m.end(), item.start) is None \
                    and said.search(text, item.end, min(len(text), item.end + DENIED_CLAUSE_REACH)) is not None:
                return True
        return False

    def _failed(self, text: str, window_start: int, item: _Found) -> bool:
        """Whether a ``failure`` word (فشلت، إخفاق) stands before the trigger in its clause, with no full clause
        break between them."""
        regex = self.lexicon.cue_regexes.get("failure")
        if regex is None:
            return False
        last = None
        for m in regex.finditer(text, window_start, item.start):
            last = m
        return last is not None and not _NEW_ACT.search(text, last.end(), item.start)

    def _done_right_after(self, text: str, item: _Found) -> bool:
        """Whether a ``done_after`` word (المبرم، الذي وقعته) follows the trigger, one word between at most, or the
        trigger is itself a past verb of a relative clause (الاتفاق الذي وقعته مصر): the act is told as done, so a
        plan said after it (من المقرر أن تتسلم …) is another act's."""
        start = _word_start(text, item.start)
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if before is not None and before.group(1) in self.lexicon.cues.get("relative", {}) \
                and not item.trigger.surface.startswith(_NOT_PAST):
            return True
        regex = self.lexicon.cue_regexes.get("done_after")
        if regex is None:
            return False
        if regex.search(item.trigger.surface):
            return True  # الاتفاق المبرم is a trigger of its own
        m = regex.search(text, item.end, min(len(text), item.end + 24))
        return m is not None and len(text[item.end:m.start()].split()) <= 1

    def _said_after(self, text: str, sent: tuple[int, int], item: _Found, cls: str) -> bool:
        """Whether a word of ``cls`` follows the trigger in its clause (within ``SAID_AFTER_REACH`` characters: the
        adjective of a visit comes after its visitor's whole title and name, زيارة وزير الخارجية النمساوي
        ماكسيميليان فون برونشتاين المرتقبة)."""
        regex = self.lexicon.cue_regexes.get(cls)
        if regex is None:
            return False
        end = min(sent[1], item.end + SAID_AFTER_REACH)
        boundary = self._clause_end.search(text, item.end, end)
        return regex.search(text, item.end, boundary.start() if boundary else end) is not None

    def _verb_to_come(self, item: _Found) -> bool:
        """Whether the trigger is a verb in the imperfect or with سـ (يتوجه، سيلتقي): it tells of what is to come."""
        word = self._text[item.start:item.end]  # the word read: a generated سـ form keeps its base trigger's surface
        return item.trigger.surface in self.lexicon.cues.get("imperfect", {}) or item.trigger.surface.startswith("ي") \
            or word.startswith(("سي", "ست"))

    def _in_time(self, modality: str, value: str | None, ndate: _NDate | None, doc_date: str | None,
                 item: _Found) -> tuple[str, str | None]:
        """Modality and date read against the document's date: an act dated after the paper was written has not
        happened (يزور … الثلاثاء المقبل is a plan), and a weekday alone in the future tense (يلتقي الوزيران
        الثلاثاء) is the next one, not the last."""
        if not doc_date or value is None:
            return modality, value
        future = modality in ("planned", "intended") or self._verb_to_come(item)
        if ndate is not None and ndate.expr.granularity == "weekday" and future and value < doc_date:
            # both ends of a range of weekdays (من الاثنين إلى الأربعاء) move
            value = "/".join((date.fromisoformat(v) + timedelta(days=7)).isoformat() for v in value.split("/"))
        if ndate is not None and ndate.expr.granularity == "named_month":
            value = _named_month_in_tense(value, doc_date, future, modality)
        if ndate is not None and ndate.expr.granularity == "named_season":
            value = season_in_tense(value, date.fromisoformat(doc_date[:10]), future)
        said = normalize_key(ndate.expr.text) if ndate is not None else ""  # the date's own words
        told_ahead = ndate is not None and (ndate.expr.basis == "document" or future or self._future_word.search(said))
        if modality == "asserted" and told_ahead and _starts_after(value, doc_date):
            modality = "planned"  # a past-tense verb with a later explicit date says the paper's date is wrong
        elif modality == "asserted" and future and ndate is not None and self._tomorrow.search(said):
            modality = "planned"  # يغادر يوم غد الخميس: to come when written, whatever day the paper is filed under
        if modality == "planned" and ndate is not None and ndate.expr.basis == "document" \
                and ndate.expr.granularity == "day" and value < doc_date and not self._tomorrow.search(said):
            value = None  # افتتحت البعثة مقرها أمس … خلال زيارة مرتقبة: yesterday is the other act's day (but
            # يغادر يوم غد الخميس in a paper filed two days late is that Thursday)
        if modality == "asserted" and not future and ndate is not None and ndate.expr.basis == "document" \
                and value == f"{doc_date[:10]}/..":
            value = None  # قدم التهاني … متطلعا إلى افتتاح القناة قريبا: "soon" dates what is to come, not an act done
        return modality, value

    def _day_of_the_plans_news(self, text: str, sent: tuple[int, int], item: _Found, ndate: _NDate | None,
                               doc_date: str | None) -> bool:
        """Whether a day before a planned act's noun is the day its news was told, not its own (انتقد الحزب اليوم
        الزيارة المزمع أن يقوم بها الوزير): the plan is said after the noun, the day belongs to the verb before it."""
        if ndate is None or not doc_date or not self._relative_day(ndate) or ndate.end > item.start:
            return False
        if self._verb_to_come(item):
            return False  # اليوم يزور الوزير: the day is the verb's own
        return ndate.expr.value <= doc_date[:10] and self._said_after(text, sent, item, "modality_after")

    def _event(self, analysis: Analysis, sentence: Sentence, item: _Found, etype, roles: Roles,
               ndate: _NDate | None, value: str | None, text: str, sent: tuple[int, int]) -> Event:
        ntext = analysis.ntext
        t_start, t_end = ntext.span_to_original(item.start, item.end)
        confidence = item.trigger.weight - (0.05 if ndate is None else 0.0)
        modality, value = self._in_time(self._modality(text, sent, item), value, ndate, analysis.doc.date, item)
        if modality == "planned" and self._day_of_the_plans_news(text, sent, item, ndate, analysis.doc.date):
            value = None
        return Event(
            id="",
            doc=analysis.doc.id,
            type=etype.name,
            roles=roles,
            modality=modality,
            date=value,
            date_text=ndate.expr.text if ndate and value else None,
            date_basis=ndate.expr.basis if ndate and value else None,
            evidence=Evidence((sentence.start, sentence.end), (t_start, t_end),
                              analysis.doc.text[sentence.start:sentence.end]),
            confidence=round(max(0.3, min(0.99, confidence)), 2),
            cameo=etype.cameo,
            plover=etype.plover,
        )


def _one_reading_of_a_date(drafts: list[tuple[int, int, Event, int, tuple[int, int]]]) -> None:
    """One date of a sentence is read one way: talks told after a visit of the same two sides still to come, in its
    sentence, undated or dated by the same words (من المنتظر وصول الوزير الأحد إلى القاهرة ليترأس مع نظيره حوارا
    استراتيجيا), are held on that visit, planned with it on its day, not on the Sunday just past that the noun alone
    would take."""
    plans = [(start, number, event) for start, _, event, number, _ in drafts
             if event.type == "visit" and event.modality in ("planned", "intended") and event.date_text]
    for start, _, event, number, _ in drafts:
        if event.type != "talks" or event.modality != "asserted":
            continue
        sides = set(event.roles.get("parties") or ())
        visit = next((v for at, n, v in plans if n == number and at < start
                      and event.date_text in (None, v.date_text)
                      and {v.roles.get("visitor_state"), v.roles.get("host_state")} == sides), None)
        if visit is not None:
            event.modality, event.date, event.date_basis = visit.modality, visit.date, visit.date_basis
            event.date_text = visit.date_text


def _support_to_come(event: Event) -> bool:
    """Support is expressed by saying it, so it is told as done or denied: support "to come" is another act's
    object (لم تبد نيتها تعليق دعمها: the intention is to suspend it; تعتزم العمل من خلال مجلس الأمن), not a claim."""
    return event.type == "support.expressed" and event.modality in ("intended", "planned", "proposed")


def _participation_at_hosting(drafts: list[tuple[int, int, Event, int, tuple[int, int]]]) -> None:
    """Taking part "in it" (استضافت أستانا القمة السادسة للمؤتمر، وشارك فيها أمير قطر): a participation with no
    series of its own, in the sentence of a hosting that names one, is at that event, where and when it was."""
    for _, _, event, number, _ in drafts:
        if event.type != "participation" or "series" in event.roles:
            continue
        hosting = next((e for _, _, e, n, _ in drafts if n == number and e.type == "hosting"
                        and e.modality == "asserted" and "series" in e.roles), None)
        if hosting is None:
            continue
        event.roles["series"] = hosting.roles["series"]
        if "location" not in event.roles and hosting.roles.get("host") != event.roles.get("participant"):
            event.roles["location"] = hosting.roles["host"]
        if event.date is None and hosting.date:
            event.date, event.date_text, event.date_basis = hosting.date, hosting.date_text, "narrative"


def _host_taking_part(event: Event, drafts: list[tuple[int, int, Event, int, tuple[int, int]]]) -> bool:
    """Whether a participation is the host's at the meeting it hosts (استضافت الرياض القمة …، وبدأ الملك كلمته
    الافتتاحية للقمة): participation is a delegation's abroad, the host's part is its hosting."""
    if event.type != "participation":
        return False
    return any(e.type == "hosting" and e.modality == "asserted"
               and e.roles.get("host") == event.roles.get("participant")
               and event.roles.get("series") in (None, e.roles.get("series"))
               and _same_day_told(e.date, event.date) for _, _, e, _, _ in drafts)


def _same_day_told(a: str | None, b: str | None) -> bool:
    """Whether two dates are both told and can name the same day."""
    return bool(a and b) and _compatible(a, b)


# what may stand before the day that opens a diary's entry (وفي يوم الثلاثاء 3 مارس): و، في، يوم, nothing else
_DIARY_OPENING = r"\s*(?:و?في\s+)?(?:(?:{day_word})\s+)?"
_QUOTES = re.compile(r"[«»\"“”]")
_DATED_APART = frozenset({"talks"})
# the offices one man holds at a time, by which two tellings of a meeting name the same people or others
_OFFICES = frozenset({"head_of_state", "crown_prince", "deputy_crown_prince", "head_of_government",
                      "deputy_head_of_government", "vice_president", "foreign_minister", "minister", "deputy_minister",
                      "secretary_general", "ambassador", "envoy", "chief_of_staff", "consul"})
_PORTFOLIO = re.compile(r"(?<!ال)وزير\s+(ال\w+)")  # وزير الدفاع: the ministry a minister heads (not الوزير الفرنسي)
_MANY_PER_PAIR = frozenset({"agreement.signed", "agreement.negotiated", "aid", "support.expressed"})


def _role_evidence(roles: Roles, args: list[Arg], trigger: tuple[int, int], text: str,
                   sent: tuple[int, int], said_from: int = 0) -> dict:
    """How the event's roles were filled, for its confidence: the kind of argument each state or organization came
    from (or "context" when no argument of the sentence names it: a passage's pair, an earlier subject), the
    distance from the trigger to the nearest of them, and what the sentence holds."""
    sources, nearest = [], None
    for role, value in roles.items():
        if role in DESCRIPTIVE_ROLES:
            continue
        for v in value if isinstance(value, list) else [value]:
            if not isinstance(v, str) or not (v.startswith("org:") or (len(v) == 2 and v.isupper())):
                continue
            named = [a for a in args if party(a) == v]
            sources.append(min((_source(a) for a in named), key=_SOURCE_RANK.index, default="context"))
            for a in named:
                gap = a.start - trigger[1] if a.start >= trigger[1] else trigger[0] - a.end
                nearest = gap if nearest is None else min(nearest, gap)
    # the one who says it (وصرح المتحدث فلان أن المشاورات …) is no person of the act: a restatement of the talks by
    # their spokesman names the same people as the report of them
    persons = sorted({a.person for a in args if a.person and party(a) in _role_values(roles) and a.end > said_from})
    # the offices its people hold (the king, the defence minister …), which tell apart two meetings of the same
    # states by officials known only by title
    offices = sorted({(party(a), _office(a.actor)) for a in args if a.actor is not None and a.actor.office in _OFFICES
                      and party(a) in _role_values(roles) and a.end > said_from})
    return {"sources": sources, "distance": nearest if nearest is not None else 400, "persons": persons,
            "offices": offices,
            "officials": sum(1 for a in args if a.actor is not None and a.actor.office),
            "states": len({party(a) for a in args if party(a)}), "quoted": bool(_QUOTES.search(text, *sent))}


def _role_values(roles: Roles) -> set[str]:
    values: set[str] = set()
    for role, value in roles.items():
        if role not in DESCRIPTIVE_ROLES:
            values.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    return values


_SOURCE_RANK = ["official", "person", "body", "state_name", "capital", "nisba", "self", "org", "inferred",
                "context"]


def _source(arg: Arg) -> str:
    actor = arg.actor
    if actor is None:
        return "capital" if arg.kind == "place" else "state_name"
    if not actor.explicit or actor.form in ("antecedent", "surname"):
        return "inferred"
    if actor.kind in ("person", "official"):
        return "official" if actor.office else "person"
    if actor.kind == "body":
        return "body"
    if actor.kind == "org":
        return "org"
    return {"name": "state_name", "capital": "capital", "nisba": "nisba", "self": "self"}.get(actor.form,
                                                                                           "state_name")


_IN_BETWEEN = re.compile(r"\s+في\s+$")  # only في between an official and the state he is in


def _right_after_an_official(arg: Arg, args: list[Arg], text: str) -> bool:
    """Whether a state's name follows an official's title and في with nothing between (الرئيس الأمريكي في كينيا)."""
    return any(o.actor is not None and o.actor.kind in ("person", "official") and o.actor.office
               and o.end <= arg.start and _IN_BETWEEN.fullmatch(text, o.end, arg.start) is not None
               and party(o) != arg.state for o in args)


_NOT_PAST = ("ي", "س", "تت", "تس", "تب", "تع", "تن", "تو")  # an imperfect or a future (يوقع، ستوقع، تستضيف)
_MANY_OWNERS = ("هما", "هم", "هن")  # the pronouns of two or more owners
_OWNED_NOUN = re.compile(r"ت(?:ه|ها|هم|هما)$")  # زيارته، جولتها: a noun in ة with an owner's pronoun


def _visit_at_meeting(roles: Roles, args: list[Arg], trigger: tuple[int, int],
                      seats: Mapping[str, str], text: str) -> Roles | None:
    """Talks held in one side's country with the other side's official (بحث الملك في قصر السلام بجدة مع وزير
    الدفاع الأمريكي) say that official came on a visit: the guest's visit to the host state. A state's own name is
    such a venue only right after an official (أجرى الرئيس الأمريكي في كينيا محادثات): elsewhere في + a state is
    as often what the talks were about (بحثا الأوضاع في اليمن)."""
    parties = roles.get("parties") or []
    candidates = [a for a in args if a.prep in ("في", "ب") and a.state in parties and not post_of(a, args)]
    named = [a for a in candidates if a.kind == "place" or a.mention.form == "capital"
             or _right_after_an_official(a, args, text)]
    # بعد محادثات في المملكة … في جدة: a state named right after the word only when nothing else tells the place
    venues = named or [a for a in candidates if _right_after_the_talks(a, trigger, text)]
    if not venues:
        return None
    host = venues[0].state
    guests = [a for a in args if a.actor is not None and a.actor.kind in ("person", "official", "body")
              and party(a) in parties and party(a) != host and party(a)]
    if not guests:
        return None
    by_distance = sorted(guests, key=lambda a: abs(a.start - trigger[1]))
    # the one named of them (وزير الخارجية الأردني، فلان الفلاني: the title, then the man), else the nearest
    guest = min(by_distance, key=lambda a: a.person is None)
    if lives_in(guest, party(guest), host, seats):
        return None  # the GCC's secretary general met in Riyadh lives there, and so does an envoy posted there
    out: Roles = {}
    if guest.person:
        out["visitor"] = guest.person
    out["visitor_state"] = party(guest)
    out["host_state"] = host
    if venues[0].kind == "place":
        out["location"] = venues[0].mention.id
    # … whose level his title tells when his name does not
    level = guest.actor.level or next((a.actor.level for a in by_distance if a.actor.level), None)
    if level:
        out["level"] = level
    return out


def _right_after_the_talks(arg: Arg, trigger: tuple[int, int], text: str) -> bool:
    """A state named right after the word of talks and its في (محادثات في المملكة العربية السعودية): where they
    are held, as a state after an official is."""
    return arg.prep == "في" and _TALKS_VENUE_GAP.fullmatch(text, trigger[1], arg.start) is not None


_TALKS_VENUE_GAP = re.compile(r"\s+في\s*")


def _negotiation_of_signing(event: Event, other: Event, by_verb: bool = False) -> bool:
    """An agreement negotiated is one not (yet) signed (the ontology): the sentence that says the same parties
    signed it (نص تفاوضوا عليه تنفيذا لصفقة وقعوها قبل أسبوع، تفويض الوزير بالتوقيع على مشروع اتفاقية) tells of a
    signing, and its negotiation is the signing's past, no claim of its own. Leave to negotiate and then to sign
    (``by_verb``: a word of negotiating, تفويض الوزير بالتباحث في شأن مشروع اتفاقية والتوقيع عليه) plans both acts."""
    if by_verb and event.modality == "planned":
        return False
    return (event.type == "agreement.negotiated" and other.type == "agreement.signed"
            and event.modality == other.modality
            and set(event.roles.get("parties") or []) == set(other.roles.get("parties") or []))


def _full_visit(event: Event, named: bool) -> tuple[bool, bool]:
    """Whether a telling of a visit is full: it names the visitor (when any telling of it does: ``named``) and the
    host."""
    return bool(event.roles.get("visitor")) or not named, event.roles.get("host_state") is not None


def _core_roles(event: Event) -> int:
    """How many of the event's roles say who or what (level, channel, location and kind are details)."""
    return sum(1 for role in event.roles if role not in DESCRIPTIVE_ROLES)


def _same_people(a: Event, b: Event) -> bool:
    """Two meetings of the same states by different named people (the king and Carter, then the defence minister
    and Carter) are two claims; a restatement names the same people or fewer. A visit's people are its visitor:
    those he met there (عقد الضيف فور وصوله لقاءات مع رئيس الحكومة) tell the same visit again."""
    if a.type == "visit":
        va, vb = a.roles.get("visitor"), b.roles.get("visitor")
        # (a name spelt apart or together, عبدالله / عبد الله, gives two slugs of one man)
        return va is None or vb is None or va.replace("-", "") == vb.replace("-", "")
    pa, pb = set(a.extra["evidence"]["persons"]), set(b.extra["evidence"]["persons"])
    return not pa or not pb or pa <= pb or pb <= pa


def _office(actor: Actor) -> str:
    """The actor's office, a minister's with his ministry when the title names it (minister:الدفاع)."""
    portfolio = _PORTFOLIO.search(actor.text) if actor.office == "minister" else None
    return f"minister:{portfolio.group(1)}" if portfolio else str(actor.office)


def _other_offices(a: Event, b: Event) -> bool:
    """Whether two tellings name one state's people by offices that cannot be one man's (the US secretary of
    state met the Saudi foreign minister; the US defence secretary met the king): officials known only by title
    name no person, and the same meeting told again names an office it named before (or the bare minister)."""
    if a.type == "visit":
        return False
    offices_a: dict[str, set[str]] = {}
    offices_b: dict[str, set[str]] = {}
    for offices, event in ((offices_a, a), (offices_b, b)):
        for state, office in event.extra["evidence"]["offices"]:
            offices.setdefault(state, set()).add(office)
    return any(not any(_same_office(x, y) for x in offices_a[state] for y in offices_b[state])
               for state in offices_a.keys() & offices_b.keys())


def _same_office(a: str, b: str) -> bool:
    """Whether two offices can be one man's: a minister told again as the bare minister (وزير الدفاع الفرنسي …
    الوزير الفرنسي) may hold any ministry."""
    return a == b or ("minister" in (a, b)
                      and all(o == "foreign_minister" or o.startswith("minister") for o in (a, b)))


CONDEMNATION_WORD = 12  # characters read at a trigger for its word of condemnation
CABLE_REACH = 8  # characters before a support's trigger where the noun of a cable stands (برقية شكر)
LINK_LABEL_REACH = 20  # characters from a sentence's start where the label of a link to the story may open
HEADING_CHARS = 45  # a line this short, without a full stop or a verb of ours, is a heading


def _governed_with_its_partner(text: str, window_start: int, item: _Found) -> int:
    """Where the verbal noun that a trigger joined to it by و is governed by ب or إلى (طالب الاتحاد بإعادة فتح
    الملف والتفاوض مع تونس: the negotiating is asked for with the reopening), or -1. Only a definite noun after
    و (والتفاوض) is joined so; a verb after و (ووقع) is an act of its own, and a comma ends the clause."""
    start = _token_start(text, item.start)
    if not (start == item.start - 3 and text.startswith("وال", start)):
        return -1  # the article read apart from the trigger marks a noun; والتقى is a verb
    clause = max(window_start, text.rfind("،", window_start, start) + 1, text.rfind(",", window_start, start) + 1)
    partner = _GOVERNED_OR_TO.search(text, clause, start)
    return partner.start() if partner is not None else -1


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` begins, looking back no further than ``lo``."""
    return max([lo] + [m.end() for m in _CLAUSE_END.finditer(text, lo, at)])


_FIRST_WORD = re.compile(r"\W*[وف]?([^\W\d_]+)")  # a sentence's first word, its و or ف aside


_GOVERNED_OR_TO = re.compile(r"(?<![^\W_])(?:ب[^\W\d_]{3,}|(?:إلى|الى|الي)\s)")


def _token_start(text: str, at: int) -> int:
    """Where the written word holding ``at`` begins (a span may open after its clitic: للاجئين)."""
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def _word_start(text: str, at: int) -> int:
    """Where the word of a trigger found at ``at`` begins, its article read with it (المباحثات، بالتباحث): the
    word before it is the one that governs or points at it."""
    return at - 2 if text[at - 2:at] == "ال" else at


_SINCE = re.compile(r"(?<!\w)منذ(?!\w)")
_YEAR_ONLY = re.compile(r"\d{4}")
SINCE_OFFICE_REACH = 40  # characters before a date where منذ توليه منصبه may stand
_BRACKETED = re.compile(r"[،,]\s*$")


_DURING_IT = r"\s+(?:{during_it})(?![^\W_])"  # بحثا خلاله: in the meeting just told


def _discussed_during_it(text: str, event: Event, before: list[Event], lexicon: Lexicon) -> bool:
    """عقب اجتماعه بنظيره …، بحثا خلاله …: talks told "during it" are the meeting told before them in the sentence,
    not a second meeting (whatever day another word of the sentence lends them)."""
    if event.type != "talks" or not lexicon.phrase(_DURING_IT).match(text, event.evidence.trigger[1]):
        return False
    return any(o.type == "talks" and _sides(o) == _sides(event) for o in before)


def _purpose(text: str, start: int) -> bool:
    """Whether the word starting at ``start`` carries the purpose ل (لتوقيع، للتوقيع، لإبرام) as its proclitic."""
    return text[_token_start(text, start):start] in ("ل", "لل", "ول", "ولل")


def _explained(text: str, word: str, start: int, floor: int) -> bool:
    """Whether بين opening its clause is the verb بيّن (explained) written without its shadda (وبين الوزير أن …),
    not the preposition "between": a preposition never opens a clause."""
    before = text[floor:start].rstrip()
    return word == "بين" and (not before or before[-1] in "،,.:؛")


def _with_article(clitics: str) -> bool:
    """Whether the proclitics before a word hold the article (ال، بال، لل …)."""
    return "ال" in clitics or clitics.endswith("لل")


def _key_word_automaton(surfaces: Iterable[str]) -> tuple[ahocorasick.Automaton, dict[str, frozenset[str]]]:
    """Every trigger's (or cue's) longest word (its first for one of one word), found anywhere in a text as a
    substring (a match of the pattern always holds it), and, for each first word, the key words of the surfaces it
    opens: في opens في القمة and في قمة, tried only where القمة or قمة is found (and a sports cue's common first word,
    في النهائي، إلى معسكر, only where its rarer word is)."""
    automaton = ahocorasick.Automaton()
    keys_of_first: dict[str, set[str]] = {}
    for surface in surfaces:
        words = surface.split()
        key = max(words, key=len)
        automaton.add_word(key, key)
        keys_of_first.setdefault(words[0], set()).add(key)
    automaton.make_automaton()
    return automaton, {first: frozenset(keys) for first, keys in keys_of_first.items()}


def _trigger_word_starts(keys: list[tuple[int, str]], key_starts: list[int], firsts: list[tuple[int, str]],
                         keys_of_first: Mapping[str, frozenset[str]], s: int, e: int) -> list[int]:
    """Where in ``s``–``e`` a trigger may begin: the first words (``firsts``: start and word, sorted) one of whose
    triggers has its key word in the span (``keys``, with their sorted ``key_starts``)."""
    present = {k for _, k in keys[bisect_left(key_starts, s):bisect_left(key_starts, e)]}
    if not present:
        return []  # (most sentences hold no key word of a sports story's cues)
    in_span = firsts[bisect_left(firsts, (s, "")):bisect_left(firsts, (e, ""))]
    return [start for start, word in in_span if not keys_of_first[word].isdisjoint(present)]


def _first_word_automaton(triggers: dict[str, list]) -> ahocorasick.Automaton:
    """Every trigger's first word, found anywhere in a text (as a substring: a trigger the pattern matches always
    holds its first word, clitics and suffixes aside)."""
    automaton = ahocorasick.Automaton()
    for surface in triggers:
        word = surface.split()[0]
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _joined_automaton(automata: list[ahocorasick.Automaton | None]) -> ahocorasick.Automaton:
    """The words of several automata in one (None: an automaton with no words), each word's value the word, its
    length less one and the indexes of the automata holding it: ``_words_found`` scans a text once for all of them,
    not once each, and builds each hit's tuple once."""
    holders: dict[str, list[int]] = {}
    for index, automaton in enumerate(automata):
        for word in automaton.keys() if automaton is not None else ():
            holders.setdefault(word, []).append(index)
    joined = ahocorasick.Automaton()
    for word, indexes in holders.items():
        joined.add_word(word, (word, len(word) - 1, tuple(indexes)))
    joined.make_automaton()
    return joined


def _words_found(joined: ahocorasick.Automaton, count: int, text: str) -> list[list[tuple[int, str]]]:
    """For each of the ``count`` automata ``_joined_automaton`` joined, where its words begin in ``text``, with the
    word, sorted: what ``sorted((last - len(word) + 1, word) for last, word in automaton.iter(text))`` gives."""
    found: list[list[tuple[int, str]]] = [[] for _ in range(count)]
    for last, (word, back, indexes) in joined.iter(text):
        hit = (last - back, word)
        for index in indexes:
            found[index].append(hit)
    for hits in found:
        hits.sort()
    return found


def _needs_in(trigger: Trigger, text: str, s: int, e: int) -> bool:
    """Whether a word the trigger needs stands in ``s``–``e``: its pattern is searched only when the first word of
    one of its stems (``needs_hint``) is found there, which most sentences fail (a find is far cheaper than the
    pattern's scan, which tries its clitics at every position)."""
    if trigger.needs_hint is not None and all(text.find(word, s, e) < 0 for word in trigger.needs_hint):
        return False
    return trigger.needs_regex is not None and trigger.needs_regex.search(text, s, e) is not None


def _may_pair(sent_mentions: list) -> bool:
    """Whether a sentence may have a pair of its own (``_pair_of``): two states, so two mentions at least."""
    return len(sent_mentions) >= 2


def _may_be_topic(sent_mentions: list) -> bool:
    """Whether a sentence may have a topic (``_topic``): a state named by its name or its capital."""
    return any(m.form in ("name", "capital") for _, _, m in sent_mentions)


def _may_speak(sent_mentions: list) -> bool:
    """Whether a sentence may name a speaker (``_last_official``): an official or a person."""
    return any((actor := getattr(m, "actor", None)) is not None and actor.kind in ("official", "person")
               for _, _, m in sent_mentions)


def _matches_near(regex: re.Pattern[str], text: str, start: int, end: int,
                  word_starts: list[int]) -> list[re.Match[str]]:
    r"""What ``regex.finditer(text, start, end)`` finds when every match begins at most ``LONGEST_CLITIC`` characters
    (a proclitic) before one of ``word_starts`` (sorted): the pattern is tried only at those positions, left to right
    and past the previous match, as finditer would, instead of at every character of the span.

    The patterns (the triggers', the cues') open with the start of a word (``(?<![^\W_])``) and then a clitic of
    letters: a match before ``w`` begins where the word holding ``w`` begins, or not at all. So for each ``w`` only
    that one position is tried (the letters before it walked back, no further than a clitic's length): every other
    position within a clitic's length of it stands inside a word (the pattern fails there) or before the start of
    ``w``'s word (and a match there, taking no space into a clitic, begins at a word start of its own, one of
    ``word_starts``)."""
    regex_match = regex.match
    positions: set[int] = set()
    for w in word_starts[bisect_left(word_starts, start):bisect_left(word_starts, end)]:
        p, lowest = w, max(start, w - LONGEST_CLITIC)
        while p > lowest and text[p - 1].isalnum():  # [^\W_] is a character for which str.isalnum holds
            p -= 1
        if p == 0 or not text[p - 1].isalnum():
            positions.add(p)
    matches: list[re.Match[str]] = []
    floor = start
    for p in sorted(positions):
        if p < floor:
            continue
        m = regex_match(text, p, end)
        if m is not None:
            matches.append(m)
            floor = m.end()
    return matches


def _cue_first_words(cues: Mapping[str, str]) -> ahocorasick.Automaton | None:
    """The first word of every cue, found anywhere in a text: a cue's match (``lexicon._cue_regex``: a clitic, then
    the cue's words joined by spaces) always holds its first word as written. None when a cue has no first word to
    look for (then every sentence is scanned)."""
    firsts = {cue.split(" ")[0] for cue in cues}
    if not firsts or "" in firsts:
        return None
    automaton = ahocorasick.Automaton()
    for word in firsts:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _named_month_in_tense(value: str, doc_date: str, future: bool, modality: str) -> str:
    """A month named alone is the nearest one, unless the verb's tense says otherwise: a plan is never for a
    month gone by, an act told in the past never in a month to come."""
    year, month = int(value[:4]), value[5:7]
    if future and value < doc_date[:7]:
        year += 1
    elif not future and modality == "asserted" and value > doc_date[:7]:
        year -= 1
    return f"{year:04d}-{month}"


def _dateline_end(text: str) -> int:
    """Where an article's dateline ends (رويترز- الصخيرات (المغرب): …، الرياض - واس: …): a few words before a colon
    at its very start, with an agency's dash or a bracketed state, or at most three words. What it names is where
    the story was filed, no side of its events. 0 when there is none."""
    found = _DATELINE.match(text, 0, DATELINE_REACH)
    if found is None:
        return 0
    words = found.group(1).split()
    return found.end() if len(words) <= 5 and (len(words) <= 3 or any(c in found.group(1) for c in "-–(")) else 0


_WORD_AFTER = re.compile(r"([^\W\d_]+)")
_NEWS_DATE_COMMA = re.compile(r"[ \t]*([،,])[ \t]*")  # a comma right after a date, and the spaces around it
# a name of one to five words between two commas (the name of the official whose title stands before it), and the
# blanks (three at most) after the second, so that the match ends where the next word begins
_APPOSED_NAME = re.compile(r"[ \t]*([،,])[ \t]*((?:[^\W\d_]+[ \t]+){0,4}[^\W\d_]+)[ \t]*([،,])\s{0,3}")
PEOPLE_WORD_CHARS = 16  # characters before a nisba where the word of the people in need it describes may stand
_LIST_COMMA = re.compile(r"\s*([،,])\s*و$")  # between two people: the comma and the conjunction of a list
BLESSING_CHARS = 20  # characters a blessing spans (طيب الله ثراه)
_DATELINE = re.compile(r"[\s\W]*([^:\n]{1,60}?):")


def _heading(text: str, sentence: Sentence) -> bool:
    """A section heading (## العلاقات الاقتصادية) states no event: a short line of its own that does not end as a
    sentence does."""
    line = text[sentence.start:sentence.end].strip()
    if not line or len(line) > HEADING_CHARS or line[-1] in ".!?؟:":
        return False
    before = text[max(0, sentence.start - 1):sentence.start]
    after = text[sentence.end:sentence.end + 1]
    return before in ("", "\n") and after in ("", "\n", "\r")


def _meets_the_visit(event: Event, number: int, visit: Event, visit_number: int) -> bool:
    """Whether talks told in the visit's sentence or the one right after it are the visit's own meetings: the same
    two sides, and the visit told as done, or both to come (تصل موغيريني إلى المملكة الاثنين. ومن المقرر أن تلتقي
    بالجبير: on the Monday; وصل كارتر صباح الخميس إلى العراق. وأجرى بعد وصوله لقاءات: on the Thursday; التقى
    رئيس الوزراء يوم السبت الوزير الفرنسي الذي يزور القاهرة: the visit was on then)."""
    return 0 <= number - visit_number <= 1 and _between_its_sides(event, visit) \
        and (visit.modality == "asserted" or event.modality == "planned")


def _visit_dated_by_its_meeting(drafts: list[tuple[int, int, Event, int, tuple[int, int]]]) -> None:
    """An undated visit told as done takes the day of a meeting of the same two sides told as done, and dated to
    the day, in the sentence right after it (وفي عمّان أشاد الوزير الإيطالي بـ … . والتقى الملك أمس …): the
    visit's meetings fall within it (basis ``narrative``), as the guide widens a claim to its neighbour for its
    date."""
    for _, _, visit, number, _ in drafts:
        if visit.type != "visit" or visit.date is not None or visit.modality != "asserted":
            continue
        meeting = next((e for _, _, e, n, _ in drafts if _meets_the_visit(e, n, visit, number) and e.date
                        and e.roles.get("channel") == "meeting" and e.modality == "asserted"
                        and _DAY.fullmatch(e.date)), None)
        if meeting is not None:
            visit.date, visit.date_text, visit.date_basis = meeting.date, meeting.date_text, "narrative"
    for start, _, visit, number, _ in drafts:
        if visit.type != "visit" or visit.date is not None:
            continue
        # سيزور الملك الولايات المتحدة ويلتقي الرئيس في سبتمبر: the date closing a meeting told right after the visit,
        # in its sentence and in its tense, is the visit's too
        meeting = next((e for s, _, e, n, _ in drafts if n == number and s > start and e.date
                        and e.modality == visit.modality and _between_its_sides(e, visit)), None)
        if meeting is not None:
            visit.date, visit.date_text, visit.date_basis = meeting.date, meeting.date_text, meeting.date_basis


def _sides(event: Event) -> frozenset[str]:
    """The states and organizations an event is between (its participants, whatever their roles; a visitor is a
    person)."""
    return frozenset(_role_values({k: v for k, v in event.roles.items() if k != "visitor"}))


# الاتصال الذي جرى مساء أمس، اللقاء الذي عقد الأحد: a meeting's noun restated with a relative clause, a date right after
_RESTATED_MEETING = (r"(?<![^\W_])(?:ال|بال|وال|في ال|خلال ال)?(?:{restated_meeting})(?:\s+(?:{phone_adjective}))?"
                     r"\s+(?:الذي|التي)\s+(?:{restated_verb})\s+")
RESTATED_DATE_REACH = 12  # characters after the relative verb within which the restated meeting's date begins


def _talks_dated_where_restated(text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                                dated_sentences: dict, lexicon: Lexicon) -> None:
    """Undated talks told as done take the date their sentence gives the meeting when it names it again after the
    trigger (بحث الوزير في اتصال هاتفي مع نظيره …، مضيفا أن الاتصال الذي جرى مساء أمس تناول …): the restated
    noun's relative clause dates the same call (basis ``narrative``)."""
    for start, _, event, number, (_, e) in drafts:
        if event.type != "talks" or event.date is not None or event.modality != "asserted":
            continue
        for m in lexicon.phrase(_RESTATED_MEETING).finditer(text, start, e):
            d = next((d for d in dated_sentences.get(number, [])
                      if 0 <= d.start - m.end() <= RESTATED_DATE_REACH), None)
            if d is not None:
                event.date, event.date_text, event.date_basis = d.expr.value, d.expr.text, "narrative"
                break


# the visit named again as a noun, then at most two words (مقررة في، ستكون يوم), right before a date
_VISIT_NAMED_AGAIN = r"(?<![^\W_])[وف]?(?:{visit_named_again})(?:\s+[^\W\d_]+){0,2}\s+$"
VISIT_DAY_SENTENCES = 2  # sentences after a planned visit where the visit named again may give its day
VISIT_DAY_REACH = 30  # characters before such a day where the visit's noun stands


def _planned_visit_dated_after(text: str, drafts: list[tuple[int, int, Event, int, tuple[int, int]]],
                               dated_sentences: dict, lexicon: Lexicon) -> None:
    """A planned visit dated by a week or a month (سيتوجه إلى طهران الأسبوع المقبل), or not at all, takes the day a
    sentence right after gives it by naming it again (والزيارة مقررة في 29 يوليو), when that day lies inside its
    period; so do the acts its sentence plans for it with the same period (حيث سيلتقي الرئيس)."""
    named_again = lexicon.phrase(_VISIT_NAMED_AGAIN)
    for _, _, event, number, _ in drafts:
        if event.type != "visit" or event.modality != "planned" or (event.date and _DAY.fullmatch(event.date)):
            continue
        day = next((d for n in range(number + 1, number + 1 + VISIT_DAY_SENTENCES)
                    for d in dated_sentences.get(n, []) if _DAY.fullmatch(d.expr.value)
                    and named_again.search(text, max(0, d.start - VISIT_DAY_REACH), d.start)), None)
        if day is None or (event.date and not _day_within(day.expr.value, event.date)):
            continue
        period = event.date
        for _, _, other, n, _ in drafts:
            if n == number and other.modality == "planned" and (other is event or (period and other.date == period)):
                other.date, other.date_text, other.date_basis = day.expr.value, day.expr.text, day.expr.basis


def _dated_by_the_story_before(drafts: list[tuple[int, int, Event, int, tuple[int, int]]], text: str,
                               earlier: re.Pattern[str]) -> None:
    """An undated act told as done takes the day of an act told as done between the same sides in the sentence
    right before it (زار المبعوث طهران والتقى الثلاثاء مسؤولين. وكان في استقباله وزير الخارجية): the news story
    goes on. Only a day told against the paper's (أمس، الثلاثاء): an essay's dated acts are each their own; and not
    an act its sentence tells as earlier (أشاد في وقت سابق بدور …)."""
    dated: dict[tuple[int, frozenset[str]], Event] = {}  # (sentence, sides) -> the last act of them it dates
    for _, _, e, n, _ in drafts:
        if e.date and e.modality == "asserted" and e.date_basis == "document" and _DAY.fullmatch(e.date):
            dated[(n, _sides(e))] = e
    for _, _, event, number, (s, e) in drafts:
        if event.date is None and event.modality == "asserted" and earlier.search(text, s, e) is None:
            before = dated.get((number - 1, _sides(event)))
            if before is not None:
                event.date, event.date_text, event.date_basis = before.date, before.date_text, "narrative"


ALSO_SENTENCES_BACK = 3  # sentences before one opened by كما whose act's day it may share


def _also_on_that_day(drafts: list[tuple[int, int, Event, int, tuple[int, int]]], text: str,
                      opens_with_also: re.Pattern[str], earlier: re.Pattern[str]) -> None:
    """An undated act told as done in a sentence that opens with "also" (كما رست في الميناء سفينة …) is another act of
    the day the story told before: it takes the day of the last act told as done on a day in the three sentences
    before, whatever its sides, when that day was read against the paper's or the story's (أمس، الثلاثاء، في اليوم
    نفسه), not written out."""
    dated: list[tuple[int, Event]] = []
    for _, _, event, number, (s, e) in drafts:
        if event.date is None and event.modality == "asserted" and opens_with_also.match(text, s) \
                and earlier.search(text, s, e) is None:
            before = [d for n, d in dated if 0 < number - n <= ALSO_SENTENCES_BACK]
            if before:
                event.date, event.date_text, event.date_basis = before[-1].date, before[-1].date_text, "narrative"
        if event.date and event.modality == "asserted" and _DAY.fullmatch(event.date) \
                and event.date_basis != "explicit":
            # (a day written out is an essay's or a chronicle's, each act its own: only the story's days are shared)
            dated.append((number, event))


def _between_its_sides(event: Event, visit: Event) -> bool:
    """Whether talks are between the visitor's state and the host's, and no one else."""
    parties = event.roles.get("parties")
    return event.type == "talks" and isinstance(parties, list) \
        and set(parties) == {visit.roles.get("visitor_state"), visit.roles.get("host_state")}


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
ALMANAC_OPENING = 400  # normalized characters at the head of an article where it may call itself an almanac
# a line of an almanac: its year, then a dash (1955 - …، 1955 ـ …)
_ALMANAC_LINE = re.compile(r"[ \t\u00a0]*(\d{4})\s*[-–—ـ]")
# an entry of a dated timeline: عام 2003م: …، في عام 1990: …
_TIMELINE_ENTRY = r"\s*(?:في\s+)?(?:{year_word})\s+\d{4}\s*م?\s*:"


SAID_AFTER_REACH = 60  # characters after a trigger within which a word of its modality may follow in its clause

ACCOMPANYING_BEFORE_VISIT = 70  # characters before a visit's word where "accompanying" (المرافقين لوزير …) is read
DURING_BEFORE_VISIT = 12  # characters before a visit's word where "during" (خلال، أثناء) frames it as a time

VISIT_DAYS = 2  # days apart two days of one visit may be told


def _day_number(value: str | None) -> int:
    """The ordinal of an exact day (YYYY-MM-DD); 0 for any other value, so that only exact days are ranked."""
    try:
        return date.fromisoformat(value).toordinal() if value else 0
    except ValueError:
        return 0


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two exact days (YYYY-MM-DD); a large number when either is no exact day."""
    first, second = _day_number(a), _day_number(b)
    return abs(first - second) if first and second else 10 ** 6


def _compatible(a: str | None, b: str | None) -> bool:
    """Whether two dates can name the same day: one is missing, or one is the other or inside it (1994 and
    1994-09-25)."""
    if a is None or b is None:
        return True
    a, b = a.rstrip("~?"), b.rstrip("~?")
    return a.startswith(b) or b.startswith(a)


def _starts_after(value: str, doc_date: str) -> bool:
    """Whether an EDTF value begins after the document's date (compared at the value's own precision)."""
    head = value.lstrip("~?").split("/")[0].rstrip("~?%")
    if not head[:4].isdigit() or head.startswith(".."):
        return False
    parts = head.split("-")
    if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) in SEASON_MONTHS:
        parts = [parts[0], f"{SEASON_MONTHS[int(parts[1])][0]:02d}"]  # a season: from its first month
    return "-".join(parts) > doc_date[:len("-".join(parts))]


def _clause(clause_end: re.Pattern[str], text: str, sent: tuple[int, int], item: _Found) -> tuple[int, int]:
    """The clause around a trigger, between the commas or semicolons that enclose it (not those of a bracketed
    aside: الدول الثلاث (قطر، البحرين، الكويت) وقعت …)."""
    start = sent[0]
    for m in clause_end.finditer(text, sent[0], item.start):
        if not _inside_parentheses(text, sent[0], m.start(), item.start):
            start = m.end()
    end_match = next((m for m in clause_end.finditer(text, item.end, sent[1])
                      if not _inside_parentheses(text, item.end, m.start(), sent[1])), None)
    if end_match and _SUBJECT_THEN_OBJECT.fullmatch(text, item.end, end_match.end()) \
            and _OBJECT_OPENS.match(text, end_match.end()):
        # رحبت الأمم المتحدة، بالهدنة التي أعلنتها السعودية: a comma between the verb's subject and its object
        # governed by ب closes no clause
        end_match = clause_end.search(text, end_match.end(), sent[1])
    return start, end_match.start() if end_match else sent[1]


def _qualified_places(text: str, args: list[Arg]) -> list[Arg]:
    """إقليم كردستان الإيراني: a place followed by another state's adjective lies in that state (Iran's Kurdistan,
    not Iraq's), and the adjective, which describes the place, is no argument of its own (one that agrees with the
    place's own state, محافظة عدن اليمنية, stays: it may be all that names the state)."""
    out: list[Arg] = []
    follows = False
    for arg, after in itertools.zip_longest(args, args[1:]):
        if follows:
            follows = False
            continue
        if arg.kind == "place" and after is not None and after.kind == "state" and after.mention.form == "nisba" \
                and after.state not in (None, arg.state) and not after.prep and not text[arg.end:after.start].strip() \
                and text.startswith("ال", after.start):  # a definite place takes a definite adjective: بمنطقة
            arg.state, follows = after.state, True  # الرياض تركي الشليل names a man after the place
        out.append(arg)
    return out


def _inherit_prepositions(text: str, args: list[Arg], acts: tuple[int, ...] = ()) -> list[Arg]:
    """Members of a coordination share its head's preposition (مع قيرغيزستان وأوزبكستان والصين). ``acts``: where the
    sentence's triggers start; one between two arguments is the next act's verb (في القاهرة، وزار اليمن)."""
    for previous, arg in itertools.pairwise(args):
        if not arg.prep and previous.prep and party(previous) and party(arg) \
                and not any(previous.end <= act < arg.start for act in acts):
            gap = text[previous.end:arg.start]
            joined = _COORDINATION.match(gap)
            # an organization or its official is a conjunct too (مع رئيس كينيا ورئيس الاتحاد الأفريقي ووزير
            # الخارجية التشادي), when و alone joins it: a word between (مع أثينا، وأشادت المفوضية) is the
            # next clause's verb
            if not (previous.state and arg.state) and joined and joined.group("word"):
                continue
            # a word between them needs the conjunction (مع الأردن، وجمهورية مصر); after a comma alone it is the
            # verb of the next clause (وفي تنزانيا، التقى الرئيس …), whose subject is governed by nothing
            if len(gap) <= 12 and joined and (_JOINED.search(gap) or text[arg.start - 1:arg.start] == "و") \
                    and not (joined.group("word") and not joined.group("and")) \
                    and not _person_after_place(previous, arg, joined):
                arg.prep = previous.prep
    return args


def _person_after_place(previous: Arg, arg: Arg, joined: re.Match[str]) -> bool:
    """Whether a person follows a place after a bare comma (التقى بحاح، أمس في الرياض، أنور قرقاش): he opens a phrase
    of his own (the guest), not one more place of the list."""
    return arg.kind == "person" and previous.kind != "person" and previous.mention.form == "capital" \
        and not joined.group("and")


_COORDINATION = re.compile(r"^\s*(?:[،,]\s*)?(?P<and>و\s*)?(?P<word>[^\W\d_]+\s+)?$")
_JOINED = re.compile(r"[،,و]")


_SIDE = re.compile(r"^(?:[A-Z]{2}|org:\S+)$")
_YEAR = re.compile(r"\d{4}")


def _former_acts_now(roles: Roles, args: list[Arg], date: str | None, doc_date: str | None,
                     words: list[str], then: re.Pattern[str] | None = None,
                     sentence: tuple[str, int, int] = ("", 0, 0),
                     left_lately: Callable[[str], bool] | None = None) -> bool:
    """Whether a side of the act is there only through men no longer in office (الرئيس الفرنسي السابق يزور تونس،
    ممثلون للرئيس اليمني المخلوع يجرون محادثات), in an act of the paper's own time: dated in its year or later, or
    undated and told in the imperfect. A former leader acts for nobody then; what he did in office (قام الرئيس
    السابق بزيارات لإسرائيل في أوقات سابقة) stands. An undated act in the perfect by a named leader who left office
    in the last few years (``left_lately``), with nothing placing it in his term (إبان رئاسته، آنذاك: ``then``, in
    ``sentence``: the text and the span of the act's sentence), is
    the news of the paper's days too (وقام ساركوزي بزيارة إلى تونس); one by a leader long gone (قرر السادات) is
    history told."""
    present = _told_as_present(date, doc_date, words)
    lately = not present and date is None and left_lately is not None and then is not None \
        and then.search(*sentence) is None
    if not (present or lately):
        return False
    sides = {v for role, value in roles.items() if role not in ("location", "visitor")
             for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and _SIDE.match(v)}
    for side in sides:
        backers = [a for a in args if a.state == side and a.actor is not None]
        if backers and all(a.actor.former for a in backers) and (
                present or all(a.actor.person and left_lately(a.actor.person) for a in backers)):
            return True
    return False


def _told_as_present(date: str | None, doc_date: str | None, words: list[str]) -> bool:
    """An act dated in the paper's year or after it, or undated and told by an imperfect verb, the trigger's or the
    one before it (يزور، يجرون محادثات); ``words``: the trigger's word and the word before it."""
    if date:
        years, paper = _YEAR.findall(date), _YEAR.findall(doc_date or "")
        return bool(years and paper) and int(years[-1]) >= int(paper[0])
    return any(word.lstrip("وف").startswith("ي") for word in words)


def _complete(roles: Roles) -> bool:
    """No role may be empty; lists are deduplicated in order."""
    for key, value in list(roles.items()):
        if isinstance(value, list):
            roles[key] = list(dict.fromkeys(value))
            if not roles[key]:
                return False
        elif not value:
            return False
    return True


class _ActorMention(Mention):
    """An actor seen through the mention interface the frames read (id, kind, form), with the actor attached."""

    __slots__ = ("actor",)


_ACTOR_KIND = {"state": "state", "org": "org", "person": "person", "official": "person", "body": "state"}
_ACTOR_FORM = {"self": "name", "title": "name", "antecedent": "name", "surname": "short", "counterpart": "name",
               "person": "name"}


def _day_within(day: str, span: str) -> bool:
    """Whether an exact day (2015-07-30) lies inside a coarser date: a span of days (2015-07-27/2015-08-02) or a
    month (2015-07)."""
    if len(day) != 10 or not day[:4].isdigit() or "~" in span or day == span:
        return False
    if "/" in span:
        lo, _, hi = span.partition("/")
        return len(lo) == len(hi) == 10 and lo <= day <= hi
    return len(span) == 7 and day.startswith(span + "-")


def _lookback(mention: Mention) -> int:
    actor = getattr(mention, "actor", None)
    # a title or a person's name opens its own phrase: المبعوث الخاص إلى الصومال جيمس سوان is not إلى him
    return 1 if actor is not None and (actor.office or actor.kind == "person") else 2


def _as_mention(actor: Actor) -> Mention:
    kind = _ACTOR_KIND[actor.kind]
    form = actor.form if actor.form in ("name", "nisba", "capital", "short") else _ACTOR_FORM.get(actor.form, "name")
    if actor.kind == "body":
        form = "nisba"  # الوفد التونسي، الحكومة اليمنية: a body stands where its nisba would
    mention = _ActorMention(actor.doc, actor.start, actor.end, actor.text,
                            actor.person or actor.entity or actor.party or "", kind, form)
    object.__setattr__(mention, "actor", actor)  # Mention is frozen; the actor rides along
    return mention


def _inside_parentheses(text: str, lo: int, at: int, hi: int) -> bool:
    """Whether ``at`` lies in a bracketed aside that opens after ``lo`` and closes before ``hi``: the commas of
    (الولايات المتحدة، الصين، روسيا) list what a word names and end no clause between an act and its date."""
    opened = text.rfind("(", lo, at)
    return opened >= 0 and text.rfind(")", opened, at) < 0 and text.find(")", at, hi) >= 0


def _list_commas(text: str, mentions: list[tuple[int, int, Mention]]) -> frozenset[int]:
    """Where a comma joins two people of a list (أجراها ولي ولي العهد السعودي، والرئيس المصري …، في القاهرة أمس):
    the second, right after the comma and its conjunction, is the first's partner, so no new clause opens there
    between an act and its date."""
    people = [(ms, me) for ms, me, m in mentions if m.kind in ("person", "official")]
    found = (_LIST_COMMA.fullmatch(text, end, start) if 0 < start - end <= 4 else None
             for (_, end), (start, _) in itertools.pairwise(people))
    return frozenset(comma.start(1) for comma in found if comma is not None)


def _arguments(analysis: Analysis) -> list[tuple[int, int, Mention]]:
    """What the frames may take as arguments, in normalized coordinates and text order: the actors, and the places,
    instruments and series the actors do not cover. A state named inside a company's or a topic's phrase is in
    neither, so it fills no role."""
    ntext = analysis.ntext
    out = [(ntext.to_normalized(a.start), ntext.to_normalized(a.end), _as_mention(a)) for a in analysis.actors
           if a.party]
    covered = [(a.start, a.end) for a in analysis.actors]
    starts = [c[0] for c in covered]
    for m in analysis.mentions:
        if m.kind not in ("place", "instrument", "series"):
            continue
        k = bisect_left(starts, m.start + 1) - 1
        if k >= 0 and covered[k][0] <= m.start < covered[k][1]:
            continue
        out.append((ntext.to_normalized(m.start), ntext.to_normalized(m.end), m))
    out.sort(key=lambda t: t[0])
    return out
