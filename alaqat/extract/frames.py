"""Role frames: who did what to whom, read off the mentions around a trigger.

Arabic puts the subject after the verb (زار الرئيس …) or before it (كازاخستان وقعت …), and names the partner
after a preposition (إلى، مع، بين، ل، ب). Each frame below fills the roles of one family of event types from
the state-bearing mentions of the sentence (states, nisba adjectives, capitals, persons and places standing
for their state at the event's date), the pair the passage is about (البلدين), and the subject carried over
from the previous sentence. A frame returns one role dict per event (coordination gives several), or none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from alaqat.annotate.actors import POSTED_OFFICES
from alaqat.annotate.gazetteer import LEADER_OFFICES, Gazetteer
from alaqat.extract.lexicon import Lexicon
from alaqat.model import Actor, Mention
from alaqat.normalize.text import normalize_key

Roles = dict[str, str | list[str]]
OFFICE_LEVEL = {"head_of_state": "head_of_state", "crown_prince": "crown_prince", "deputy_crown_prince": "crown_prince",
                "head_of_government": "head_of_government", "foreign_minister": "minister",
                "deputy_prime_minister": "minister", "minister": "minister", "speaker": "speaker",
                "deputy_foreign_minister": "deputy_minister", "ambassador": "ambassador", "mayor": "mayor",
                "secretary_general": "official", "envoy": "official", "regional_head": "official"}
PARTNER_REACH = 160  # characters after a verb of meeting where its partner may still stand
RANGE_GAP = 8  # characters between the places of a range (من الأردن إلى مصر)
HOST_REACH = 150  # characters after a visit's trigger where its destination may still stand
DEPARTURE_REACH = 280  # … and after a departure verb (يغادر), whose date and traveller's titles come first
NON_STATE_SUBJECT_REACH = 12  # characters after a verb where a phrase acting for nobody is its subject
_QUOTED_NAME = re.compile(r"\s*«([^«»\n]{1,40})»")  # a name quoted right after a trigger
_QUOTED_ANYWHERE = re.compile(r"«([^«»\n]{1,40})»")
_SPACES = re.compile(r"\s+")
_WORD_BEFORE_ARG = re.compile(r"(?:^|\s)(?:[وفبل]|ال)?([^\W\d_]+)\s+$")
VISITED_WORD_REACH = 12  # characters before a state where the noun of visiting it (لزيارة العراق) stands
PAIR_AFTER_VERB = 14  # characters after a verb where a pair word is its subject (بحث الجانبان)
OBJECT_REACH = 60  # … and where a partner with no preposition (استقبل الملك الوزير) may stand after the subject
ATTENDEE_REACH = 12  # characters before an attendee where the word of attending (بحضور) stands
SUMMIT_REACH = 25  # characters before an organization's name where "summit" makes it that summit series
_JOINED_GIVER = re.compile(r"^\s*(?:[،,]\s*)?(?:و\s*(?:[^\W\d_]+\s+)?)?$")  # ، / و / وطائرة: givers joined
_JOINED_BY_AND = re.compile(r"(?:^|(?<=[\s،,(]))(?:و|او|ثم)(?:\s|$)|و\s*$")  # a conjunction, alone or on the next word
_THEN_GAP = re.compile(r"^[\s()]*(?:و|ثم\s+)?من\s+بعد(?:ها|ه)\s*[()]?\s*$")  # (روسيا) ومن بعدها (فرنسا)
_COORD_GAP = re.compile(r"^[\s،,()]*(?:و|او|ثم)?\s*(?:[^\W\d_]+\s+){0,2}?$")


@dataclass
class Arg:
    """An actor (or a place, instrument or series mention) in normalized coordinates with the state it acts for."""

    mention: Mention
    start: int
    end: int
    state: str | None
    kind: str
    prep: str  # the preposition right before it: إلى، بين، مع، ب، ل، في، عن … or ""
    actor: Actor | None = None

    @property
    def stand_in(self) -> bool:
        """Whether it stands for a state no mention names (إلى المملكة's pair partner, a diary's unsaid subject)."""
        return not self.mention.text

    @property
    def person(self) -> str | None:
        """The person it names, if any (an official known only by title names none)."""
        if self.actor is not None:
            return self.actor.person
        return self.mention.id if self.mention.kind == "person" else None


@dataclass
class Frame:
    """What a frame sees: the sentence, the trigger and the arguments around it."""

    text: str  # normalized document text
    sent: tuple[int, int]
    trigger: tuple[int, int]
    suffix: str  # pronoun suffix on the trigger (ها، ه) or ""
    args: list[Arg]
    pair: tuple[str, str] | None
    carried: str | None  # the subject of the previous sentence
    date: str | None
    gazetteer: Gazetteer
    lexicon: Lexicon
    clause: tuple[int, int] = (0, 0)
    recent_bodies: tuple[str, ...] = ()  # organizations and series named before this sentence, latest last
    notes: dict[str, str] = field(default_factory=dict)
    horizon: int = 0  # where the next act of the sentence begins (its partners are not this trigger's)
    opening: int = 0  # where the trigger's coordinated clause opens (هنأ رئيس تونس، وعقد جلسة مباحثات …)
    home: str | None = None  # the publication's own state
    same_next: int = 0  # where the sentence's next trigger of the same type begins (its places are that act's)
    non_state: tuple[tuple[int, int], ...] = ()  # phrases of the sentence that act for nobody (a company, a family)
    helped: tuple[tuple[int, str], ...] = ()  # (where, state) of people aid goes to, named by nisba (اللاجئين السوريين)
    doc_date: str | None = None  # the document's date: when the act is undated, the time the news speaks of

    # -- views -------------------------------------------------------------------------------------------
    def seats(self) -> Mapping[str, str]:
        """Where organizations and governments sitting abroad have their seats at the act's time."""
        return self.gazetteer.seats_on(self.date or self.doc_date)

    def states(self, args: list[Arg] | None = None) -> list[Arg]:
        return [a for a in (self.args if args is None else args) if a.state]

    def before(self) -> list[Arg]:
        return [a for a in self.states() if a.end <= self.trigger[0]]

    def after(self) -> list[Arg]:
        return [a for a in self.states() if a.start >= self.trigger[1]]

    def of_kind(self, *kinds: str, after_only: bool = True) -> list[Arg]:
        pool = [a for a in self.args if a.start >= self.trigger[1]] if after_only else self.args
        return [a for a in pool if a.kind in kinds]

    def has_pair_word(self) -> bool:
        words = self.lexicon.cue_regexes["pair"]
        return bool(words.search(self.text, self.sent[0], self.sent[1]))

    def pair_is_subject(self) -> bool:
        """A pair word is who acts: before the trigger in its clause (واتفق الرئيسان في اتصال هاتفي) or right after
        a verb (بحث الجانبان). Then the sides are the passage's pair, not a state the clause only speaks of."""
        words = self.lexicon.cue_regexes["pair"]
        start = max(self.clause[0], self.sent[0])
        return bool(words.search(self.text, start, self.trigger[0])
                    or words.search(self.text, self.trigger[1], min(self.sent[1], self.trigger[1] + PAIR_AFTER_VERB)))

    def clause_span(self) -> tuple[int, int]:
        """The trigger's clause, to the sentence's end when the clause runs on to it."""
        return self.clause[0], self.clause[1] or self.sent[1]

    def anaphoric_body(self, start: int | None = None, end: int | None = None, agents: bool = False) -> str | None:
        """"The organization" (قمة المنظمة، القمة السادسة للمؤتمر) in the trigger's clause (or in ``start``..``end``):
        the last organization or series named before the trigger whose name has that noun (منظمة، مؤتمر، مجلس) in
        it; with ``agents``, the bodies this sentence's officials act for count as named (بمبعوث مجلس التعاون)."""
        clause = self.clause_span()
        head = self.cue("body_anaphor", clause[0] if start is None else start, clause[1] if end is None else end)
        if not head:
            return None
        head = normalize_key(head)
        bodies = self.bodies_before()
        if agents:
            bodies += [body for a in self.agents() if a.end <= self.trigger[0] and a.actor is not None
                       and (body := a.actor.org)]
        for body in reversed(bodies):
            if any(head in name for name in self.gazetteer.names_of(body)):
                return body
        return None

    def bodies_here_before(self) -> list[Arg]:
        """Organizations and series this sentence names before the trigger."""
        return [a for a in self.args if a.kind in ("org", "series") and a.end <= self.trigger[0]]

    def bodies_before(self) -> list[str]:
        """Organizations and series named before the trigger (earlier sentences, then this one), latest last."""
        return [*self.recent_bodies, *(a.mention.id for a in self.bodies_here_before())]

    def cue(self, cls: str, start: int | None = None, end: int | None = None) -> str | None:
        """The value of the first word of ``cls`` in the span (the sentence by default); for the office held
        and what was given up, the most specific (longest) word."""
        lo = self.sent[0] if start is None else max(0, start)
        hi = self.sent[1] if end is None else end
        words = [" ".join(m.group("w").split()) for m in self.lexicon.cue_regexes[cls].finditer(self.text, lo, hi)]
        if not words:
            return None
        return self.lexicon.cues[cls][max(words, key=len) if cls in ("office", "what") else words[0]]

    def word_right_after(self, cls: str, pos: int) -> re.Match[str] | None:
        """The word of ``cls`` when it is the next word after ``pos`` (with spaces before it), else None."""
        gap = _SPACES.match(self.text, pos)
        return self.lexicon.cue_regexes[cls].match(self.text, gap.end()) if gap else None

    def word_right_before(self, cls: str, pos: int, reach: int) -> bool:
        """Whether a word of ``cls`` ends right before ``pos`` (spaces between), within ``reach`` characters and the
        sentence."""
        found = self.lexicon.cue_regexes[cls].finditer(self.text, max(self.sent[0], pos - reach), pos)
        return any(not self.text[m.end():pos].strip() for m in found)

    def takes_object(self) -> bool:
        """Whether the trigger is a verb whose partner is its direct object (استقبل، هنأ)."""
        return bool(self.verb_cue("direct_object"))

    def verb_start(self) -> int:
        """Where the trigger's word begins with the conjunction glued to it (واستقبل، فوصل): a trigger's span leaves
        its proclitic out."""
        start = self.trigger[0]
        while start > self.sent[0] and self.text[start - 1] in "وف" and self.trigger[0] - start < 2:
            start -= 1
        return start

    def verb_cue(self, cls: str) -> str | None:
        """The cue of ``cls`` the trigger word is, read with the conjunction glued to it (واستقبل، فهنأ): a cue must
        start a word."""
        return self.cue(cls, self.verb_start(), self.trigger[1])

    def actor_candidates(self) -> list[Arg]:
        """States that may be the subject: not governed by a preposition (عن، من، مع، إلى، ب، ل …)."""
        return [a for a in self.states() if not a.prep]

    def object_follows(self) -> bool:
        """Whether the word after the trigger opens with an attached ب or ل (اعترفت باستقلال …); a name that begins
        with the letter (انضمت لاتفيا، زارت بريطانيا) is the subject itself, governed by nothing."""
        if self.text[self.trigger[1]:self.trigger[1] + 1].isalnum():
            return False
        rest = self.text[self.trigger[1]:self.trigger[1] + 3]
        at = self.trigger[1] + len(rest) - len(rest.lstrip())
        return self.text[at:at + 1] in ("ب", "ل") and not any(a.start == at and not a.prep for a in self.args)

    def subject(self, travels: bool = False) -> str | None:
        """The acting state: right after the verb (VSO), else the nearest before it, else carried over. With
        ``travels`` a city is no subject (a place does not visit)."""
        candidates = [a for a in self.actor_candidates() if not (travels and a.kind == "place")]
        if travels:  # زيارات تشمل عمّان وبيروت: the states of an itinerary are where the visitor goes
            listed = self.lexicon.cue_regexes["itinerary"].search(self.text, self.trigger[1], self.sent[1])
            visited = self.lexicon.cues.get("visited_after", {})
            # توجه إلى المكلا ورفع طلبا لزيارة العراق: a state right after a noun of visiting is a place visited
            candidates = [a for a in candidates if (listed is None or a.end <= listed.start())
                          and _word_before(self, a, VISITED_WORD_REACH) not in visited]
        if self.suffix:  # a pronoun on the trigger points back to the nearest state
            before = [a for a in self.states() if a.end <= self.trigger[0]]
            if self.nobody_last_before(before):
                return None  # أعرب رئيس حزب … عن شكره: the pronoun is the party leader's, who acts for no state
            return before[-1].state if before else self.carried
        after = [a for a in candidates if a.start >= self.trigger[1]]
        quotes = self.quotes_before()
        before = [a for a in candidates if a.end <= self.trigger[0]
                  and not any(q0 <= a.start < q1 for q0, q1 in quotes) and not self._left(a)]
        if self._nobody_acts(after, before):
            return None
        if after and after[0].start - self._subject_gap_start(after[0], travels) <= 40 and not self.object_follows():
            return after[0].state
        if before:
            return before[-1].state
        if self.nobody_last_before(before):
            return None  # الأسرة غادرت البلد، في جولة شملت …: the sentence's own subject acts for nobody
        return self.carried

    def _subject_gap_start(self, subject: Arg, travels: bool) -> int:
        """Where the gap to a subject after a verb of travel is counted from: the end of the destination fronted
        right after the verb (يصل إلى العاصمة الكينية نيروبي صباح الخميس القادم وفد أردني), which is the verb's own
        phrase however long its titles and date; otherwise the verb's end."""
        if not travels:
            return self.trigger[1]
        between = [a for a in self.args if self.trigger[1] <= a.start and a.end <= subject.start]
        if not between or any(a.prep != "الي" for a in between) or between[0].start - self.trigger[1] > 20:
            return self.trigger[1]
        return between[-1].end

    def nobody_last_before(self, before: list[Arg]) -> bool:
        """Whether a phrase acting for nobody (رئيس حزب، الشركة) stands in the sentence before the trigger after the
        last of ``before``: the one the act is told of, so no state named earlier or carried from the passage."""
        nobody = [n for n in self.non_state if self.sent[0] <= n[0] and n[1] <= self.trigger[0]]
        return bool(nobody) and (not before or before[-1].end <= nobody[-1][0])

    def nobody_acts(self) -> bool:
        """Whether the trigger's subject is a phrase that acts for nobody (a company, a family, a brand …). After a
        verbal noun the phrase is its object (استضافة بنك اليورانيوم: the bank is what is hosted), so only a verb's
        subject is looked for after it."""
        candidates = self.actor_candidates()
        word = self.text[self.trigger[0]:self.trigger[1]]
        # استضافة، مشاركة (ة is normalized to ه); a verb's own final ه (نوه) is a root letter
        noun = word.endswith("ه") and word not in self.lexicon.cues.get("verb_trigger", {})
        return self._nobody_acts([a for a in candidates if a.start >= self.trigger[1]],
                                 [a for a in candidates if a.end <= self.trigger[0]], after_verb=not noun)

    def nobody_right_after(self) -> tuple[int, int] | None:
        """The phrase acting for nobody that opens right after the trigger (شركة …، الفريق، مجلس الأعمال …)."""
        return next((n for n in self.non_state if 0 <= n[0] - self.trigger[1] <= NON_STATE_SUBJECT_REACH), None)

    def unknown_quoted_subject(self) -> bool:
        """Whether a name in guillemets in which no state or body is recognized stands right after a verb, as its
        subject (تستضيف «معادن» المؤتمر): papers quote the names of companies, brands and groups; a state or a body
        they quote («أوبك») is recognized inside the quotes. After a verbal noun (الزيارة «السياسية») the quoted
        word is no subject."""
        if self.text[self.trigger[1] - 1:self.trigger[1]] == "ه":  # استضافة (ة is normalized to ه)
            return False
        return self.unknown_quote(_QUOTED_NAME.match(self.text, self.trigger[1]))

    def unknown_quote(self, quoted: re.Match[str] | None) -> bool:
        """Whether a name in guillemets (its group 1) holds no actor: no state or body is recognized in it."""
        return quoted is not None and not any(quoted.start(1) <= a.start < quoted.end(1) for a in self.args)

    def _nobody_acts(self, after: list[Arg], before: list[Arg], after_verb: bool = True) -> bool:
        # ستقوم شركة … بزيارات، يغادر الفريق إلى …: right after the verb
        nobody_after = self.nobody_right_after() if after_verb else None
        if nobody_after is not None and (not after or nobody_after[0] < after[0].start):
            return True
        return self.nobody_in_clause_before(before)

    def nobody_in_clause_before(self, before: list[Arg]) -> bool:
        """الأسرة غادرت المملكة …: a phrase acting for nobody stands in the trigger's clause before it, after the
        last of ``before`` (the actors before the trigger)."""
        nobody_before = [n for n in self.non_state if max(self.clause[0], self.sent[0]) <= n[0] and
                         n[1] <= self.trigger[0]]
        return bool(nobody_before) and (not before or before[-1].end <= nobody_before[-1][0])

    def _left(self, arg: Arg) -> bool:
        """Whether the argument is the place a departure verb right before it leaves (غادرت الأسرة المملكة)."""
        words = self.text[max(self.sent[0], arg.start - 20):arg.start].split()
        departure = self.lexicon.cues.get("departure", {})
        return bool(words) and (words[-1] in departure or words[-1].removeprefix("و") in departure)

    def quotes_before(self) -> list[tuple[int, int]]:
        """Quotations of the sentence closed before the trigger (قال الوزير "… نواجه التحديات"، كما أعلن خلال زيارته):
        a state named inside one is what was said, not who acts after it."""
        return [m.span() for m in _QUOTE.finditer(self.text, self.sent[0], self.trigger[0])]

    def coordinated(self, first: Arg, pool: list[Arg]) -> list[Arg]:
        """``first`` and the arguments joined to it by و or commas (إلى البحرين وعمان والكويت)."""
        chain = [first]
        for arg in pool:
            if arg.start <= chain[-1].start:
                continue
            gap = self.text[chain[-1].end:arg.start]
            then = _THEN_GAP.match(gap) is not None  # روسيا ومن بعدها فرنسا: "and after it", a next stop
            then = then or self._in_addition(gap)  # واليمن، بالإضافة إلى الإمارات: one more of the list
            if arg.prep and arg.prep != first.prep and not then:
                break  # بين واشنطن وطهران في فيينا: a phrase of another preposition is no conjunct
            if _attends(self, arg):
                break  # استقبل أمير الكويت بحضور ولي العهد: who attends is no conjunct of who acts
            if then or (len(gap) <= 14 and _COORD_GAP.match(gap)):
                chain.append(arg)
            else:
                break
        return chain

    def _in_addition(self, gap: str) -> bool:
        """Whether the words between two arguments are only an ``addition`` cue (، بالإضافة إلى، فضلا عن) and
        punctuation: the second is one more member of the first's list."""
        regex = self.lexicon.cue_regexes.get("addition")
        found = regex.search(gap) if regex is not None else None
        return found is not None and not gap[:found.start()].strip(" \t\n،,()") and not gap[found.end():].strip()

    # -- who acts with whom (press: met, called, wrote to, received, congratulated) -------------------------
    def agents(self) -> list[Arg]:
        """Arguments that can act: actors (states, officials, bodies, organizations) not governed by a preposition
        of place or topic (في اليمن، حول سوريا، بشأن إيران)."""
        return [a for a in self.args if a.actor is not None and party(a) and a.prep not in _TOPIC_PREPS]

    def _antecedent_of_relative(self) -> Arg | None:
        """أشاد بوزير الطاقة الكويتي الذي التقى نظيره العراقي: a verb opening a relative clause has the actor right
        before the pronoun for its subject, whatever governs that actor; None when no pronoun stands right before the
        verb, or when the verb carries an object pronoun (السفير الذي استقبله الملك: the antecedent is its object)."""
        if self.suffix or _OBJECT_PRONOUN.search(self.text, self.trigger[0], self.trigger[1]):
            return None
        relative = _relative_right_before(self)
        antecedent = _actor_right_before(self, relative.start()) if relative is not None else None
        return antecedent if antecedent is not None and party(antecedent) else None

    def _city_before_masculine_relative(self, antecedent: Arg) -> bool:
        """Whether the relative pronoun whose antecedent is ``antecedent`` is masculine and that antecedent a city
        (شاطئ بيروت الذي استقبل): a city is feminine, so the pronoun stands for the noun the city is the genitive of."""
        relative = _relative_right_before(self)
        return relative is not None and _MASCULINE_RELATIVE.search(relative.group(0)) is not None \
            and (antecedent.kind == "place" or antecedent.mention.form == "capital")

    def interaction(self, receives: bool = False, object_first: bool = False) -> tuple[Arg | None, list[Arg]]:
        """(subject, partners) of a verb of meeting, calling, writing, receiving or praising. The subject stands
        right after the verb (VSO) or before it in the sentence; the partners are governed by مع، ب، ل، إلى، من
        or joined to the subject by و; with ``receives`` (استقبل) the first agent after the subject is one."""
        agents, after = self._agents_after()
        shared = self._shared_subject(agents, after) if receives else None
        if shared is not None:  # …، وهنأ رئيس كرواتيا: the object of a verb whose subject went unsaid
            return shared, [a for a in after if a.start - self.trigger[1] <= PARTNER_REACH]
        # a state before '، و' + verb is the other act's (هنأ رئيس تونس، وعقد مباحثات مع ملك المغرب: the
        # subject of both is the one left unsaid)
        before = [a for a in agents if self.opening <= a.start and a.end <= self.trigger[0] and not a.prep]
        antecedent = self._antecedent_of_relative()
        if antecedent is not None and self._city_before_masculine_relative(antecedent):
            before = []  # شاطئ بيروت الذي استقبل: the pronoun's antecedent is the noun before the city, no actor
        elif antecedent is not None:
            before = [antecedent]
        acting = [a for a in before if not _reporter(self, a)]
        if acting and len(acting) < len(before):
            # أكد الوزير أن الكويت تدعم الأردن: the one who says it, before a bare أن، is no side of what he says
            before = acting
        if not before and self.cue("clause_opener", max(self.sent[0], self.opening - 6), self.opening):
            # اتفق عريقات وشالوم على …، كما اتفقا على عقد لقاء: "as also" goes on with the sentence's subject
            opening = [a for a in agents if self.sent[0] <= a.start < self.opening and not a.prep]
            before = self.coordinated(opening[0], opening) if opening else []
        # زار نزارباييف مسقط، وأجرى مفاوضات مع السلطان: a person or body acts before a place does
        before.sort(key=lambda a: (_person_like(a), a.end))
        subject = None
        if self.suffix:
            subject = before[-1] if before else None
        elif after and not after[0].prep and after[0].start - self.trigger[1] <= 80 and not (object_first and before) \
                and not self._man_after_feminine_verb(after[0]) and not self._said_before(after[0]) \
                and not (before and self._genitive_of_governed_noun(after[0])):
            subject = after[0]
        elif before:
            subject = before[-1]
        topic = self._topic_start()
        partners = [a for a in after if a is not subject and _partner(a) and not self._other_side_of_topic(a)
                    and not self._source_in_topic(a, topic)
                    and a.start - self.trigger[1] <= PARTNER_REACH]
        partners = self._before_the_topic(self._with_states_of_the_titles(partners, after), topic)
        if subject is not None and subject in after:
            joined = self.coordinated(subject, after)[1:]
            partners = [*joined, *[p for p in partners if p not in joined]]
            if receives:
                end = self._end_of_titles(subject, after)
                # استقبل أمير الكويت بحضور ولي العهد وزير الخارجية الأردني: who attends (بحضور) is of the receiving
                # side, no guest; the guest is the one after him
                end = self._end_of_attendees(end, after)
                rest = [a for a in after if a.start > end and not a.prep and a not in joined
                        and a.start - end <= OBJECT_REACH and not _same_man(a, subject)
                        and not _attends(self, a)]
                # التقى رئيسا وزراء البلدين، الأول … والثاني …: two who meet each other take no guest
                two_sides = any(a.state != subject.state for a in joined)
                partners = (rest[:1] if not two_sides else []) + partners
        elif receives or self.suffix:
            # لقائه الرئيس المصري: a noun with its owner's pronoun takes an official or a body as its object, never
            # a state named bare after it (اجتماعهم في بروكسل سبل دعم تونس: Tunisia is what they discuss)
            objects = [a for a in after if not a.prep and a.start - self.trigger[1] <= OBJECT_REACH
                       and (receives or _person_like(a))]
            partners = objects[:1] + partners
        if subject is not None and subject in before:
            # أوباما ونظيره التركي …، خلال اتصال هاتفي: the subject's own coordination before the verb
            chain = [a for a in before if a.end <= subject.start]
            joined = [a for a in reversed(chain) if self.coordinated(a, [*chain, subject])[-1] is subject]
            if joined and not _JOINED_BY_AND.search(self.text, max(a.end for a in joined), subject.start):
                joined = []  # أعضاء مجلس الأمن، ثم زار المبعوث بكين: a comma and a verb join nobody
            partners = [*partners, *[a for a in joined if a is not subject]]
        return subject, partners

    def _end_of_attendees(self, end: int, after: list[Arg]) -> int:
        """Where those attending (بحضور ولي عهد دولة الكويت) named right after the receiver end: the guest is sought
        after them, as near them as he would stand to the receiver."""
        for arg in after:
            if arg.start <= end:
                continue
            if not _attends(self, arg):
                break
            end = arg.end
        return end

    def _genitive_of_governed_noun(self, arg: Arg) -> bool:
        """Whether ``arg`` stands right after a noun with ب or ل glued on (أشاد الوزير سابقا بدور الكويت، بجهود
        المملكة): it is that noun's genitive, inside the phrase the verb governs, and no subject of the verb."""
        word = _LAST_WORD.search(self.text, max(self.trigger[1], arg.start - 20), arg.start)
        return word is not None and word.group(1)[:1] in ("ب", "ل") and len(word.group(1)) > 3 \
            and word.group(1) not in self.lexicon.cues.get("preposition", {})

    def _said_before(self, arg: Arg) -> bool:
        """Whether what someone says opens, after a colon, between the trigger and ``arg`` (صرح عقب مباحثات في الكويت:
        إن نفوذ إيران …): a state named in the words said is no subject of the act told before them."""
        regex = self.lexicon.cue_regexes.get("complementizer")
        return regex is not None and _SAYING_OPENS.search(self.text, self.trigger[1], arg.start) is not None \
            and regex.search(self.text, self.trigger[1], arg.start) is not None

    def _end_of_titles(self, subject: Arg, after: list[Arg]) -> int:
        """Where the subject's own words end: a second title of his (a vice-president who is also prime minister,
        side by side), or the same man again after a comma, is no guest; the guest is sought after them."""
        end = subject.end
        for arg in after:
            gap = self.text[end:arg.start] if arg.start >= end else "-"
            if (_same_man(arg, subject) and not gap.strip(" ،,")) or (arg.state == subject.state and not gap.strip()) \
                    or (_title_in_apposition(arg, subject) and not gap.strip(" ،,")):
                end = arg.end
        return end

    def _shared_subject(self, agents: list[Arg], after: list[Arg]) -> Arg | None:
        """The subject a coordinated verb shares with the first verb of its sentence (هنأ خادم الحرمين الشريفين
        رئيس صربيا، وهنأ رئيسة كرواتيا): when the verb opens its clause right after '، و' and a single actor
        stands after it ungoverned (its object; two would be VSO, a subject of its own), the sentence's first
        actor not governed by a preposition. None for any other shape."""
        if self.opening <= self.sent[0] or self.opening < self.trigger[0] - 2:
            return None
        near = [a for a in after if not a.prep and a.start - self.trigger[1] <= OBJECT_REACH]
        # one object, or several joined by و (كما التقى وزراء خارجية بريطانيا وفرنسا وألمانيا)
        if not near or self.coordinated(near[0], near) != near:
            return None
        first = next((a for a in agents if self.sent[0] <= a.start < self.opening and not a.prep), None)
        if first is None and self._received_unsaid() and self.home and party(near[0]) != self.home:
            # تلقى اتصالا هاتفيا من الرئيس الأمريكي، وهنأ رئيس السنغال: the first verb's subject went unsaid too
            # (its only actor is governed by من), a diary's: the paper's own head of state
            return self.home_stand_in()
        if first is None or not party(first):
            return None
        # وفي يوم الاثنين هنأ رئيس بلغاريا …، والتقى الرئيس التركي: the first actor is the object of a verb whose
        # subject (the King of a diary) went unsaid too, so it is no subject to share
        others = [a for a in agents if a is not first and a.start < self.opening and not a.prep]
        unsaid = object_of_unsaid_subject(self.lexicon, self.text, first, others, self.home, self.sent[0])
        if not unsaid:
            return first
        # … والتقى الرئيس التركي: the diary's unsaid subject is the paper's own head of state (never its object),
        # who also met the one named after this verb
        return self.home_stand_in() if self.home and party(near[0]) != self.home else None

    def _received_unsaid(self) -> bool:
        """Whether the sentence opens, before this verb's clause, with a verb of receiving (تلقى، تلقت) right at
        its start (a conjunction or a time phrase before it): its subject is unsaid."""
        regex = self.lexicon.cue_regexes.get("received")
        found = regex.search(self.text, self.sent[0], self.opening) if regex is not None else None
        return found is not None and not any(a.start < found.start() and self.sent[0] <= a.start for a in self.args
                                             if a.actor is not None)

    def home_stand_in(self) -> Arg:
        """The paper's own state as an argument no mention names (a diary's unsaid subject), at the verb."""
        at = self.trigger[0]
        return Arg(Mention("", at, at, "", self.home or "", "state"), at, at, self.home, "state", "")

    def shared_subject(self) -> Arg | None:
        """The subject this verb shares with the first verb of its sentence (هنأ الملك رئيس توغو، واستقبل …: the
        king), or None (see ``_shared_subject``)."""
        return self._shared_subject(*self._agents_after())

    def _man_after_feminine_verb(self, arg: Arg) -> bool:
        """Whether ``arg`` is a man's title right after a verb whose subject is feminine (كما كانت التقت نائب وزير
        الخارجية الإسباني): he is whom she met, not who met."""
        verb = self.text[self.trigger[0]:self.trigger[1]]
        if arg.kind != "person" or verb.lstrip("و") not in self.lexicon.cues.get("feminine_verb", {}):
            return False
        first = self.text[arg.start:arg.end].split()[:1]
        return bool(first) and first[0] in self.lexicon.cues.get("masculine_title", {})

    def _agents_after(self) -> tuple[list[Arg], list[Arg]]:
        """The sentence's agents, and those of them after the trigger (up to the horizon)."""
        horizon = self.horizon or self.sent[1]
        agents = self.agents()
        return agents, [a for a in agents if self.trigger[1] <= a.start < horizon]

    def _other_side_of_topic(self, arg: Arg) -> bool:
        """حدود تركيا مع سوريا، العلاقات مع إيران: a state after مع that a border or relation noun (one word before
        مع at most) governs is what is spoken of, not whom the verb's subject met or called."""
        if arg.prep != "مع" or _person_like(arg):
            return False
        words = self.text[max(self.sent[0], arg.start - 40):arg.start].split()[-4:-1]
        return any(self.lexicon.cue_regexes["with_topic"].fullmatch(w) for w in words[-2:])

    def _topic_start(self) -> int | None:
        """Where the first word opening the act's topic (حول، بشأن … ``talks_topic`` cues) stands after the trigger,
        before the next act; None when there is none."""
        regex = self.lexicon.cue_regexes.get("talks_topic")
        topic = regex.search(self.text, self.trigger[1], self.horizon or self.sent[1]) if regex is not None else None
        return topic.start() if topic is not None else None

    def _source_in_topic(self, arg: Arg, topic: int | None) -> bool:
        """بحث مع مسؤولين بشركة حول شراء غواصات من الصين: a state after من past a word opening the act's topic (حول،
        بشأن …) says where the topic's goods come from; the one met stands before the topic."""
        return arg.prep == "من" and topic is not None and topic < arg.start

    def _with_states_of_the_titles(self, partners: list[Arg], after: list[Arg]) -> list[Arg]:
        """التقى بسفراء فرنسا وألمانيا وإيطاليا: the states joined by و to an official met after ب، ل or إلى are more
        genitives of his (plural) title, though the preposition they inherit makes a state alone a place."""
        out = list(partners)
        for partner in partners:
            if partner.prep in ("مع", "من") or not _person_like(partner):
                continue
            out += [a for a in self.coordinated(partner, after)[1:] if a.kind == "state" and a not in out
                    and a.start - self.trigger[1] <= PARTNER_REACH]
        return sorted(out, key=lambda a: a.start)

    @staticmethod
    def _before_the_topic(partners: list[Arg], topic: int | None) -> list[Arg]:
        """مباحثات مع نظيره الإيراني حول تطبيق الاتفاق النووي المبرم مع الدول الكبرى: when a partner is named before the
        word opening the topic, those after it are the topic's sides (the deal's), not more partners."""
        if topic is None or not any(a.start < topic for a in partners):
            return partners
        return [a for a in partners if a.start < topic]

    def level(self, persons: list[Arg]) -> str | None:
        for arg in persons:
            # undated, the highest office he ever held for the side he acts for here (the UN's envoy, not the
            # minister he later was at home)
            office = self.gazetteer.office_of(arg.person, self.date, for_side=None if self.date else party(arg)) \
                if arg.person else None
            if office:
                return OFFICE_LEVEL.get(office.title, office.title)
            if arg.actor is not None and arg.actor.level:
                return arg.actor.level
        lo, hi = max(self.sent[0], self.trigger[0] - 10), min(self.sent[1], self.trigger[1] + 25)
        royal = None
        for m in self.lexicon.cue_regexes["level"].finditer(self.text, lo, hi):
            # صاحب السمو الملكي الأمير: a prince of a royal house, an official, no emir who heads his state
            if self.lexicon.phrase(_ROYAL_HIGHNESS).search(self.text, max(self.sent[0], m.start() - 12), m.start()):
                royal = "official"
                continue
            return self.lexicon.cues["level"][" ".join(m.group("w").split())]
        return royal


_ROYAL_HIGHNESS = r"(?:{royal_adjective})\s+$"


_TOPIC_PREPS = frozenset({"في", "عن", "مثل"})
FROM_GIVER_REACH = 20  # characters from an aid word to the giver named after من (مساعدات طبية من الكويت)
VISITED_IN_REACH = 30  # characters from a visit's word to في and the state of the places visited (no visitor said)
RECIPIENT_BEFORE_GIVER_REACH = 40  # characters from an aid word to whom it goes, named before its giver's من
AID_OF_REACH = 150  # characters after an aid word within which its giver may be named (مساعدات إنسانية تابعة ل…)
_AID_TO = frozenset({"ل", "الي", "في", "ب", "مثل"})
_PARTNER_PREPS = frozenset({"مع", "ب", "ل", "الي", "من"})


def _title_in_apposition(arg: Arg, subject: Arg) -> bool:
    """التقى الأمير فلان، ولي ولي العهد وزير الدفاع، …: an office of the subject's state, named by its title alone
    right after him (a comma between), is his own title, not a guest."""
    return arg.state == subject.state and arg.person is None and arg.actor is not None \
        and bool(arg.actor.office) and subject.person is not None


def _same_man(arg: Arg, other: Arg) -> bool:
    """Whether two arguments name one person (a second title of his, سموه after his name)."""
    return arg.person is not None and arg.person == other.person


def _person_like(arg: Arg) -> bool:
    """An official, a person, a body or an organization (not a state named as a place: مسقط، باليمن)."""
    return arg.actor is not None and arg.actor.kind in ("person", "official", "body", "org")


def _partner(arg: Arg) -> bool:
    """A partner of an interaction: governed by مع or من (with, from), or by ب، ل، إلى when it is a person or a body
    (التقى بالملك، برقية لفخامة الرئيس); a state or city after ب، ل is a place (باليمن، لبغداد)."""
    if arg.prep in ("مع", "من"):
        return True
    return arg.prep in _PARTNER_PREPS and _person_like(arg)


def object_of_unsaid_subject(lexicon: Lexicon, text: str, first: Arg, others: list[Arg], home: str | None,
                             floor: int) -> bool:
    """Whether ``first`` is the object of a verb whose subject went unsaid (a diary: وهنأ رئيس أيرلندا …): right
    after a verb that takes a direct object (within 8 characters, not before ``floor``), with none of ``others``
    (the actors that could be a second argument of the verb) after it in its clause (هنأ [subject] [object] names
    both). The paper's own state (استقبل خادم الحرمين وزراء الزراعة …، وهنأ حاكم عام كندا) is the subject a diary of
    his leaves unsaid, never its object."""
    verb = lexicon.cue_regexes["direct_object"].search(text, max(floor, first.start - 8), first.start)
    return verb is not None and party(first) != home \
        and not any(first.end <= a.start and "،" not in text[first.end:a.start] for a in others)


def party(arg: Arg) -> str | None:
    """What an argument acts for in an event: its state, else the organization it is or acts for."""
    if arg.state:
        return arg.state
    if arg.actor is not None:
        return arg.actor.org
    return arg.mention.id if arg.kind == "org" else None


def _stated_sides(frame: Frame) -> list[str]:
    """The sides of talks the sentence states without a subject and partner: بين X و Y, or the passage's pair
    named by a pair word (أجرى البلدان مباحثات). States that are merely mentioned in the sentence are no sides."""
    # an organization is a side too (المحادثات بين البرتغال ومفوضية الاتحاد الأوروبي)
    sides = [a for a in frame.args if party(a)]
    between = [a for a in sides if a.prep == "بين"]
    if between:
        parties = _distinct([party(a) for a in frame.coordinated(between[0], sides)])
        if len(parties) >= 2:
            return parties
    if frame.pair and frame.has_pair_word() and not _held_elsewhere(frame):
        return list(frame.pair)
    return []


def _interaction_parties(frame: Frame, receives: bool = False) -> list[str]:
    """The distinct sides of an interaction. A noun (للقاء الملك، زيارة الرئيس) may be followed by its subject or
    its object: when reading the first agent after it as the subject leaves it alone, it is read as the object of
    the agent before."""
    found = []
    between = None  # the sides after بين, looked for once and only when no subject is found
    for object_first in (False, True):
        subject, partners = frame.interaction(receives, object_first)
        if subject is None:
            between = _sides_between_after(frame) if between is None else between
            if len(between) >= 2:  # المحادثات المرتقبة … في موسكو بين روسيا ومنظمة أوبك: the sides it names
                return between
            first = party(partners[0]) if partners else None
            # أعلنت حركة طالبان أنها لم تبلغ بموعد محادثات السلام مع الحكومة: the side left unsaid is the phrase acting
            # for nobody told before the trigger, not the passage's state
            carried = None if frame.nobody_last_before([a for a in frame.states() if a.end <= frame.trigger[0]]) \
                else frame.carried
            sides = [carried, first] if carried and first and carried != first else []
        else:
            sides = _distinct([party(subject), *(party(p) for p in partners)])
        if len(sides) >= 2:
            return sides
        found = found or sides
    return found


def _sides_between_after(frame: Frame) -> list[str]:
    """The sides named after بين further on in the act's clause (محادثات مرتقبة في موسكو بين روسيا وأوبك), joined by
    و; none when no بين follows the trigger before the clause's horizon."""
    horizon = frame.horizon or frame.sent[1]
    after = [a for a in frame.args if a.start >= frame.trigger[1] and a.start < horizon and party(a)]
    first = next((a for a in after if a.prep == "بين" and a.start - frame.trigger[1] <= BETWEEN_AFTER_REACH), None)
    # … اتفاق فيينا بين إيران والقوى الست، رحلاته التي تربط بين …: the بين of another noun or of a relative
    # clause; and the sides are named outright right after it (بين الإعلاميين السعوديين is no state's meeting)
    if first is None or frame.lexicon.phrase(_BETWEEN_IS_ANOTHERS).search(frame.text, frame.trigger[1], first.start) \
            or first.mention.form == "nisba" or not _BETWEEN_RIGHT_BEFORE.search(frame.text, frame.trigger[1],
                                                                                 first.start):
        return []
    return _distinct([party(a) for a in frame.coordinated(first, after)])


BETWEEN_AFTER_REACH = 60  # characters after a word of talks where بين may name its sides
_BETWEEN_IS_ANOTHERS = r"(?<!\S)(?:ال)?(?:{between_agreement}|الذي|التي|الذين)(?!\S)"
_BETWEEN_RIGHT_BEFORE = re.compile(r"(?<!\S)بين\s+$")


def _distinct(states: list[str | None]) -> list[str]:
    return list(dict.fromkeys(s for s in states if s))


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
PLACE_TOPIC_REACH = 30  # characters before a word where the word before it is looked for


def place_of_topic(lexicon: Lexicon, text: str, start: int, floor: int) -> bool:
    """Whether the mention at ``start``, governed by في or ب, says where a situation is (الشرعية باليمن، الأوضاع في
    سوريا: ``place_topic`` nouns): the state is what is spoken of, not a side of an act nor whom it is for."""
    word_start = start
    while word_start > floor and text[word_start - 1].isalnum():
        word_start -= 1
    before = _LAST_WORD.search(text, max(floor, word_start - PLACE_TOPIC_REACH), word_start)
    if before is not None and before.group(1) == "في":
        before = _LAST_WORD.search(text, max(floor, before.start(1) - PLACE_TOPIC_REACH), before.start(1))
    return before is not None and before.group(1) in lexicon.cues.get("place_topic", {})


def names_an_instrument(lexicon: Lexicon, text: str, start: int, is_city: bool, floor: int) -> bool:
    """A city right after an instrument's noun names it (اتفاق فيينا، إعلان الرياض): it is no party."""
    if not is_city:
        return False
    word = _WORD_BEFORE_ARG.search(text, max(floor, start - 14), start)
    return word is not None and word.group(1) in lexicon.cues.get("named_for_place", {})


_ABOUT = frozenset({"حول", "بشان", "بخصوص"})  # normalized: بشأن is بشان


def _parties(frame: Frame) -> list[str]:
    """Both sides of a bilateral act: بين X و Y, every state named, or the pair of the passage."""
    between = [a for a in frame.states() if a.prep == "بين"]
    if between:
        chain = frame.coordinated(between[0], frame.states())
        parties = _distinct([a.state for a in chain])
        if len(parties) >= 2:
            return parties
    # a city after في or ب is where the act took place (تم التوقيع في فيينا، بلوزان), not a side; a state after في
    # may be one
    # (وزيرا العدل في الأردن ولبنان)
    # … and a state after حول or بشأن is what the act is about (اتفاق متوازن حول إيران; عن may be "from": رفع
    # العقوبات عن إيران)
    # … and a state after ب that says where the town of the act lies is its venue (في مدينة الصخيرات بالمغرب)
    # … and so is the nisba of a town named after في (في مدينة مراكش المغربية)
    venue_args = [a for a in frame.states() if _country_of_town(frame, a) or _adjective_of_town(frame, a)]
    sides = [a for a in frame.states()
             if not (a.prep in ("في", "ب") and (a.kind == "place" or a.mention.form == "capital"))
             and not (a.prep == "عن" and _word_before(frame, a, 12) in _ABOUT) and a not in venue_args]
    in_clause = _distinct([a.state for a in sides if frame.clause[0] <= a.start < frame.clause[1]])
    if len(in_clause) >= 2:
        return in_clause
    named = _distinct([a.state for a in sides])
    if len(named) >= 2 and not in_clause:
        return named
    named = in_clause or named
    if named and _joined_to_nobody(frame, sides):
        return named  # the other side acts for no state: neither the passage's pair nor its state stands in
    # the passage's pair, less a state this sentence names only as the venue
    venues = {a.state for a in venue_args} - {a.state for a in sides}
    pair = [p for p in frame.pair or () if p not in venues]
    if len(pair) >= 2 and (frame.has_pair_word() or (named and named[0] in pair)):
        return pair
    if named and frame.carried and frame.carried != named[0] and frame.carried not in venues:
        return [frame.carried, named[0]]
    return named


TOWN_REACH = 40  # characters from في + a town's noun to the state after ب that says where the town is
TOWN_ADJECTIVE_REACH = 16  # characters between a town and its nisba (مراكش الحمراء المغربية)
_JOINED = re.compile(r"[،,؛]|\sو")  # a comma or و between a town and a nisba: the nisba is another phrase


def _adjective_of_town(frame: Frame, arg: Arg) -> bool:
    """Whether a nisba describes the town named right before it after في or ب, of the same state (في مدينة
    مراكش الحمراء المغربية): where the act is, not a side."""
    return arg.mention.form == "nisba" and arg.prep in ("في", "ب", "") and any(
        a.kind == "place" and a.prep in ("في", "ب") and a.state == arg.state
        and 0 <= arg.start - a.end <= TOWN_ADJECTIVE_REACH and not _JOINED.search(frame.text, a.end, arg.start)
        for a in frame.args)


def _country_of_town(frame: Frame, arg: Arg) -> bool:
    """ووقع الطرفان في منتجع الحمامات الساحلي بتونس: a state after ب, a few words after في and a town's noun,
    is where the town lies, the venue of the act, not one of its sides."""
    if arg.prep != "ب":
        return False
    before = frame.text[max(frame.sent[0], arg.start - TOWN_REACH):arg.start].split()
    towns = frame.lexicon.cues.get("town", {})
    return any(word == "في" and nxt.removeprefix("ال") in towns for word, nxt in pairwise(before))


def _joined_to_nobody(frame: Frame, sides: list[Arg]) -> bool:
    """توقيع صالح والمعارضة، بين الحكومة السودانية والمتمردين: the other side, joined to the one named right after
    the act's word or after بين, acts for no state, so neither the passage's pair nor its state stands in."""
    heads = [a for a in sides if a.prep == "بين" or 0 <= a.start - frame.trigger[1] <= SIDE_REACH]
    return any(frame.text[a.end:n[0]].strip() in ("و", "") and 0 < n[0] - a.end <= 3
               for a in heads for n in frame.non_state)


SIDE_REACH = 12  # characters after an agreement's word where its first side is named (توقيع صالح …)


def actor(frame: Frame) -> list[Roles]:
    """The state a noun governs (استقلال كازاخستان) or the subject of the clause."""
    after = [a for a in frame.actor_candidates() if a.start >= frame.trigger[1]]
    genitive = not frame.suffix and frame.text[frame.trigger[0] - 2:frame.trigger[0]] != "ال"
    # استقلال دولة بنغلاديش: the style of a state's name may stand between the noun and the state
    between = frame.text[frame.trigger[1]:after[0].start].split() if after else []
    styled = len(between) == 1 and between[0] in frame.lexicon.cues.get("state_style", {})
    if genitive and after and (after[0].start - frame.trigger[1] <= 3 or styled):
        return [{"state": after[0].state}]
    state = frame.subject() if frame.suffix else _subject_before(frame, carry=False)
    return [{"state": state}] if state else []


def _subject_before(frame: Frame, carry: bool = True) -> str | None:
    """The last state named before the trigger, else (``carry``) the state the passage is about. A state's own
    independence is never carried from the passage: استقلت من وظيفتي، استقل القطار name no state."""
    before = [a for a in frame.actor_candidates() if a.end <= frame.trigger[0]]
    if frame.nobody_last_before(before):
        return None  # وأعرب رئيس حزب النهضة عن تقديره: no state told before is the one who praises
    return before[-1].state if before else (frame.carried if carry else None)


def actor_what(frame: Frame) -> list[Roles]:
    state = frame.subject()
    if not state:
        return []
    roles: Roles = {"state": state}
    things = [a for a in frame.of_kind("place", "instrument") if a.start - frame.trigger[1] <= 40]
    said = frame.cue("what", frame.trigger[0], frame.trigger[1])
    if said:
        roles["what"] = said
    elif things:
        roles["what"] = things[0].mention.id
    else:
        what = frame.cue("what", frame.trigger[0], frame.clause[1])
        if what:
            roles["what"] = what
    return [roles]


def source_target(frame: Frame) -> list[Roles]:
    after = frame.after()
    candidates = frame.actor_candidates()
    first_after = [a for a in candidates if a.start >= frame.trigger[1]]
    vso = first_after and not frame.suffix and not frame.object_follows()
    if vso and first_after[0].start - frame.trigger[1] <= 40:
        source = first_after[0].state
        targets = [a for a in after if a.start > first_after[0].start and a.state != source
                   and a.start < frame.clause[1]]
    else:
        source = frame.subject() if frame.suffix else _subject_before(frame)
        targets = [a for a in after if a.state != source and a.start < frame.clause[1]]
    if not source or not targets:
        return []
    return [{"source": source, "target": targets[0].state}]


_OWNER_PRONOUNS = ("ه", "ها", "هم")
_WORD_BEFORE_TRIGGER = re.compile(r"([^\W\d_]+)\s+(?:[وفبلك]{0,2}(?:ال)?)$")  # the trigger's own proclitics aside


def _word_before_trigger(frame: Frame) -> str:
    """The word right before the trigger (خلال زيارة، منذ إبرام), "" when none stands within its sentence."""
    word = _WORD_BEFORE_TRIGGER.search(frame.text, max(frame.sent[0], frame.trigger[0] - 10), frame.trigger[0])
    return word.group(1) if word else ""


def _named_place(arg: Arg) -> bool:
    """A state or a city named by its name or its capital: somewhere one can be (a nisba or a title is not)."""
    return arg.kind in ("state", "place") and arg.mention.form in ("name", "capital")


_SAID_ON_THE_PHONE = re.compile(r"\s*(?:،|,|:|مع\s*«|ل[ـ]?\s*«)")  # قال في اتصال هاتفي، إن … / مع «الصحيفة» / : «…»
_DESTINATION = re.compile(r"(?<!\S)(?:الي|إلى|الى)\s")  # إلى after a verb of travel (and its subject): where it went
_QUOTE = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
_QUOTE_TO_END = re.compile(r"“[^”]*(?:”|$)|«[^»]*(?:»|$)|\"[^\"]*(?:\"|$)")
_ADDRESSED = re.compile(r"\S*كم\b|لك\b")  # لكم، دعمكم، لجلالتكم: the one spoken to
INTERVIEW_REACH = 40  # characters before a call where the speech verb of an interview stands (قال المتحدث في اتصال)
ADDRESS_REACH = 12  # characters after a praise word where "you" or "yours" says the addressee is praised


def _defended(frame: Frame) -> list[Roles]:
    """أدانت الجامعة العربية تصريحات المسؤول الإيراني … التي استهدفت البحرين: condemning what one side said
    against another is support for the one attacked, from the condemning side. The one who said it (the first
    actor after the words condemned) is no target; with nobody else named there is no support, only a rebuke."""
    surface = " ".join(frame.text[frame.trigger[0]:frame.trigger[1]].split())
    needs = next((t.needs_regex for t in frame.lexicon.triggers.get(surface, ())
                  if t.type == "support.expressed" and t.needs_regex is not None), None)
    # the words of what was said (تصريحات، اتهامات …) are the condemnation trigger's own needs
    said = needs.search(frame.text, frame.trigger[1], frame.sent[1]) if needs is not None else None
    if said is None:
        return []
    agents = frame.agents()
    subjects = [a for a in agents if frame.trigger[1] <= a.start < said.start()] or \
               [a for a in agents if frame.opening <= a.start and a.end <= frame.trigger[0]][-1:]
    source = party(subjects[0]) if subjects else frame.subject()
    comma = frame.text.find("،", said.end(), frame.sent[1])
    end = comma if comma >= 0 else frame.sent[1]  # … ضد الكويت، وأن … القانون الدولي: what it was against
    later = [a for a in frame.args if party(a) and said.end() <= a.start < end]
    if not source or not later:
        return []
    speaker = party(later[0])
    if source == speaker:
        return []  # استنكرت عدة جهات تصريحات الوزير الليبي: who condemned is unsaid, and never the one who spoke
    quotes = [m.span() for m in _QUOTE.finditer(frame.text, said.end(), frame.sent[1])]
    # … معتبرين إياها «… تقربا من طهران»: a state named in a quoted verdict is not the one defended
    targets = [party(a) for a in later[1:] if party(a) != speaker and not any(q0 <= a.start < q1 for q0, q1 in quotes)]
    # أدانت الكويت … ضد الكويت: a side rebuking what was said against itself backs nobody else
    return [{"source": source, "target": targets[0]}] if targets and targets[0] != source else []


def _interview(frame: Frame) -> bool:
    """وقال المتحدث في اتصال هاتفي، إن …؛ وأوضح الوزير في اتصال هاتفي مع «الصحيفة»: a call told as the way a
    speaker talked to the paper (a speech verb before it in its clause, nobody named after it but the paper) is an
    interview."""
    if frame.cue("channel", frame.trigger[0], frame.trigger[1] + 12) != "phone":
        return False
    if not _SAID_ON_THE_PHONE.match(frame.text, frame.trigger[1]):
        return False
    lo = max(frame.sent[0], frame.opening, frame.trigger[0] - INTERVIEW_REACH)
    return frame.lexicon.cue_regexes["speech"].search(frame.text, lo, frame.trigger[0]) is not None


PRAISED_ACT_REACH = 100  # characters after a word of praise where the act praised may be named


def _praised_act_of_a_quoted_name(frame: Frame) -> bool:
    """ثمن السفير دعم «…» للصندوق الخيري: the act praised belongs to a name in guillemets in which no state or body is
    recognized (a company, a brand, a charity), so no state is praised, whatever state the praiser is posted to."""
    regex = frame.lexicon.cue_regexes.get("praised_act")
    if regex is None:
        return False
    if frame.text[frame.trigger[0]:frame.trigger[1]].endswith(("ها", "ه")):
        # … دعم «…» للصندوق ودعمها للمؤسسات: the pronoun of a praised act right after such a name is that name's
        named = [q for q in _QUOTED_ANYWHERE.finditer(frame.text, max(frame.sent[0], frame.trigger[0] - 60),
                                                      frame.trigger[0])]
        if named and not any(named[-1].start(1) <= a.start < frame.trigger[0] for a in frame.args):
            return True
    # past the praiser's titles and post (ثمن السفير فلان، سفير المملكة في مصر، دعم «…»)
    return any(frame.unknown_quote(_QUOTED_NAME.match(frame.text, act.end()))
               for act in regex.finditer(frame.text, frame.trigger[1],
                                         min(frame.sent[1], frame.trigger[1] + PRAISED_ACT_REACH)))


def _praise_of_addressee(frame: Frame) -> list[Roles] | None:
    """يا فخامة الرئيس … مثمنا لكم دعمكم لبلادنا: in a letter, praise of "you" goes to the
    one addressed with يا, from the other state the sentence names (the writer's)."""
    if not _ADDRESSED.match(frame.text, frame.trigger[1] + 1, frame.trigger[1] + ADDRESS_REACH):
        return None
    addressed = [a for a in frame.args if party(a) and a.start < frame.trigger[0]
                 and frame.text[max(frame.sent[0], a.start - 3):a.start].strip() == "يا"]
    if not addressed:
        return None
    target = party(addressed[0])
    others = [party(a) for a in frame.after() + frame.before() if party(a) and party(a) != target]
    return [{"source": others[0], "target": target}] if others else None


RECEIVED_REACH = 40  # characters before a praise word where the verb of receiving it may stand
PRAISER_REACH = 40  # … and after it, where "from" names the one who praised


def _praise_received(frame: Frame) -> list[Roles] | None:
    """حظيت مصر بإشادة من الرئيس الفرنسي: praise received is given by the one after من to the verb's subject (after
    the verb, or opening its clause); a deal or a plan that received it (حظي الاتفاق بإشادة …) is no state. None
    when no verb of receiving stands before the word."""
    regex = frame.lexicon.cue_regexes.get("received")
    # in the trigger's own clause: تلقى اتصالا من الرئيس، وهنأ رئيس السنغال is a congratulation sent
    verbs = list(regex.finditer(frame.text, max(frame.sent[0], frame.opening, frame.trigger[0] - RECEIVED_REACH),
                                frame.trigger[0])) if regex is not None else []
    if not verbs:
        return None
    verb = verbs[-1]
    agents = frame.agents()
    giver = next((a for a in agents if a.prep == "من" and 0 <= a.start - frame.trigger[1] <= PRAISER_REACH), None)
    after_verb = [a for a in agents if verb.end() <= a.start < frame.trigger[0] and not a.prep]
    opening = max(frame.sent[0], frame.opening, frame.clause[0])
    at_opening = [a for a in agents if 0 <= a.start - opening <= 6 and a.end <= verb.start() and not a.prep]
    receiver = (after_verb or at_opening or [None])[0]
    if giver is None or receiver is None or party(giver) == party(receiver):
        return []
    return [{"source": party(giver), "target": party(receiver)}]


_SHARED_OWNER = re.compile(r"(?:هما|هم)(?![^\W_])")  # دعمهما، تأييدهم: the word's owners are two or more


def _backer_in_the_genitive(frame: Frame) -> tuple[Arg, int] | None:
    """أكدت الوزارة دعم البحرين للقضية الفلسطينية: the state (or body) in the genitive of a bare noun of backing
    (``backing_noun`` cues), when what is backed follows it governed by ل, is the backer, never the one who tells of
    it nor the one backed: that backer and where the ل of what is backed ends. None for any other shape."""
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    if frame.suffix or word not in frame.lexicon.cues.get("backing_noun", {}):
        return None
    after = frame.after()
    if not after or after[0].prep or not party(after[0]) or after[0].start - frame.trigger[1] > GENITIVE_GAP:
        return None
    backed = _BACKED.match(frame.text, after[0].end)
    return (after[0], backed.end()) if backed else None


def _backed_after(frame: Frame, backer: Arg, backed: int) -> str | None:
    """The state or body backed: the first actor named in the phrase governed by ل (ending at ``backed``) after the
    backer (للشعب الفلسطيني), or None when that phrase names none (a cause, an aim)."""
    source = party(backer)
    for arg in frame.after():
        if arg.start <= backer.start or arg.prep not in ("ل", "") or arg.start - backed > BACKED_REACH:
            continue
        if party(arg) and party(arg) != source:
            return party(arg)
    return None


BACKED_REACH = 24  # characters after the ل of what is backed where the backed state is named (لجهود المبعوث الأممي)
GENITIVE_GAP = 3  # characters between a noun of backing and the state in its genitive (دعم المملكة)
# what is backed, right after the backer or past one or two adjectives of the backing (دعم المملكة المتواصل للشعب)
_BACKED = re.compile(r"(?:\s+ال[^\W\d_]+){0,2}\s+(?:و?لل|و?ل)(?=[^\W\d_])")


def support(frame: Frame) -> list[Roles]:
    """Who praised, congratulated or backed whom: the subject of the verb and its object or partner (هنأ بوريطة
    نظيره الكازاخستاني، أشاد الوزير بدور المملكة، برقية تهنئة لفخامة الرئيس), else the older reading. A backer named
    in the genitive of a noun of backing (دعم البحرين للشعب الفلسطيني) backs the actor after ل, and is never the one
    backed, whatever the rest of the sentence says."""
    if _backing_verb_without_object(frame):
        return []
    genitive = _backer_in_the_genitive(frame)
    if genitive is not None:
        backed = _backed_after(frame, *genitive)
        if backed:
            return [{"source": party(genitive[0]), "target": backed}]
    congratulated = _diary_congratulated(frame)
    if congratulated:
        return [{"source": frame.home, "target": target} for target in congratulated]
    found = _support_roles(frame)
    owner = _owner_of_praised_act(frame)
    if owner is not None:
        found = [{**roles, "target": owner} for roles in found if roles.get("source") != owner]
    if genitive is None:
        return found
    return [roles for roles in found if party(genitive[0]) not in _as_list(roles.get("target"))]


OBJECT_GAP = 1  # characters between a verb and the object it governs at once (a space)


def _backing_verb_without_object(frame: Frame) -> bool:
    """تدعم العراق backs Iraq; يدعم ذلك كله، لتدعم ترشح زوجها، يدعم ويرعى المتطرفين back no state: a bare verb of
    backing in the present (``backing_verb_object`` cues) backs only the actor it governs at once, right after it with
    no preposition (or the people or government its nisba names: تدعم الشعب العراقي), and is no support without
    one."""
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    if frame.suffix or word not in frame.lexicon.cues.get("backing_verb_object", {}):
        return False
    after = [a for a in frame.agents() if a.start >= frame.trigger[1]]
    if not after or after[0].prep != "":
        return True
    gap = frame.text[frame.trigger[1]:after[0].start]
    # (تدعم الشعب العراقي: a people or a government named by its nisba is governed at once too)
    return len(gap) > OBJECT_GAP and not (len(gap.split()) == 1 and _people_of(frame, after[0]))


def _owner_of_praised_act(frame: Frame) -> str | None:
    """أشاد الأمين العام بالدعم الذي تقدمه المملكة للشعب اليمني: the act praised, right after the word of praise,
    is told by a relative clause whose subject owns it; that owner is the one praised, and the state its act goes
    to (للشعب اليمني) is no side of the praise. None for any other shape."""
    nouns = frame.lexicon.cues.get("praised_act", {})
    if not nouns:
        return None
    # (past the one who praises, when he is named after the verb: أشاد الأمين العام للأمم المتحدة بالدعم …)
    act = _praised_act_regex(tuple(sorted(nouns, key=len, reverse=True))).search(
        frame.text, frame.trigger[1], min(frame.sent[1], frame.trigger[1] + PRAISED_CLAUSE_REACH))
    if act is None:
        return None
    owner = next((a for a in frame.after() if a.start >= act.end() and not a.prep), None)
    if owner is None or owner.start - act.end() > OWNER_AFTER_VERB:
        return None
    return party(owner)


@lru_cache(maxsize=4)
def _praised_act_regex(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A praised act's noun (بالدعم، الجهود), up to two adjectives, a relative pronoun and the clause's verb."""
    words = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"(?<!\S)(?:[وف]?ب)?(?:ال)?(?:{words})(?:\s+ال[^\W\d_]+){{0,2}}"
                      rf"\s+(?:الذي|التي|الذين|اللذين|اللتين)\s+[^\W\d_]+")


PRAISED_CLAUSE_REACH = 80  # characters after the word of praise where the act praised and its relative clause end
OWNER_AFTER_VERB = 3  # characters between the verb of a relative clause and its subject (الذي تقدمه المملكة)


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [value]


def _support_roles(frame: Frame) -> list[Roles]:
    """The sides of a support event as the verb's subject and object, or its other shapes, tell them."""
    if " ".join(frame.text[frame.trigger[0]:frame.trigger[1]].split()) in frame.lexicon.cues.get("condemnation", {}):
        return _defended(frame)
    # دعم الشرعية في اليمن: what is backed is the situation's side, not the state it is in
    topics = [a for a in frame.args if a.prep in ("في", "ب") and a.start >= frame.trigger[1]
              and (place_of_topic(frame.lexicon, frame.text, a.start, frame.sent[0])
                   or _place_in_relative_clause(frame, a))]
    # أشاد بجهود المبعوث الأممي إلى الصومال: the state an envoy is posted to is not praised
    posts = [a for a in frame.args if a.kind in ("state", "place") and post_of(a, frame.args)]
    # الوقوف إلى جانب حلفائنا بمواجهة نشاط إيران: what the backing is against is not backed
    opposed = [a for a in frame.args if a.start >= frame.trigger[1] and _after_opposed(frame, a)]
    if topics or posts or opposed:
        frame = replace(frame, args=[a for a in frame.args if a not in topics and a not in posts
                                     and a not in opposed])
    addressed = _praise_of_addressee(frame)
    if addressed is not None:
        return addressed
    spoken = _praise_in_a_speech(frame)
    if spoken is not None:
        return spoken
    relative = _backed_by_relative_clause(frame)
    if relative is not None:
        return relative
    received = _praise_received(frame)
    if received is not None:
        return received
    if _conjoined_to_nobody(frame) or _praised_act_of_a_quoted_name(frame):
        return []
    direct = frame.takes_object()
    horizon = frame.horizon or frame.sent[1]
    # شكره للشعب الكويتي: the side the word of praise governs at once, read once for both readings below
    governed = _governed_at_once(frame, horizon)
    # تقديره لمواقف المملكة، شكرها: a noun with its owner's pronoun is praise by the one named before it
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    # … but a verb's own final ه (نوه) is no pronoun
    possessed = word.endswith(_OWNER_PRONOUNS) and word not in frame.lexicon.cues.get("verb_trigger", {})
    # أكد الوزير والملك دعمهما للاتفاق: backing owned by two or more (دعمهما، تأييدهم) is theirs together, so neither
    # of them backs the other: only one named after the word is backed
    shared_owner = (word.endswith(("هما", "هم")) or _SHARED_OWNER.match(frame.text, frame.trigger[1]) is not None) \
        and word not in frame.lexicon.cues.get("verb_trigger", {})
    # وجه هادي الشكر المملكة: a definite noun is no verb, so the actor right after it is no subject of its own
    definite = frame.text.startswith("ال", frame.trigger[0])
    main = _main_clause_subject(frame)
    # وصف رئيس الجالية دور المملكة الذي تقوم به …، مثمنا وقفتها: the participle is the opening phrase's even when an
    # actor stands later before it (inside its object or a relative clause), so that actor is no subject of it
    if _participle_of_nobody(frame):
        return []
    if (_owner_acts_for_nobody(frame) if possessed else not definite and frame.nobody_acts()):
        return []  # أعرب رئيس حزب … خلال استقبال الملك له عن شكره: the thanks are the party leader's, no state's
    # حرص بلاده على دعم تونس: a bare verbal noun right after على is the aim of the one before it, and the state
    # after it is what it backs (its object in the genitive), not its subject (يؤثر على الدعم الذي تقدمه إيران
    # لسوريا, with the article, is another shape)
    aimed = _AIMED_AT.search(frame.text, max(frame.sent[0], frame.trigger[0] - 6), frame.trigger[0]) is not None
    for object_first in ((True, False) if possessed or definite or aimed else (False, True)):
        subject, partners = frame.interaction(direct, object_first)
        subject = main or subject
        source = party(subject) if subject is not None else None
        if source and _congratulates_own_side(frame, subject, source):
            return []
        if frame.notes.get("owned") and main is None and subject is not None and subject.start >= frame.trigger[1] \
                and frame.opening >= frame.trigger[0] - OPENING_GAP:
            # …، وتقديره لمواقف المملكة: the pronoun of the praise's word names who praises, told before it; the one
            # named after it is praised
            partners, source = [subject, *partners], _pronoun_owner(frame)
        if shared_owner:
            partners = [p for p in partners if p.start >= frame.trigger[1]]
        targets = [party(p) for p in partners if party(p) and party(p) != source]
        if source and governed is not None:
            # وجه الوزير شكره للشعب الكويتي على وقفته مع أشقائه اللبنانيين: the side the word governs at once is the
            # one praised, and no one else the sentence names; his own people are no foreign side. (Thanks to his own
            # head of state for standing by another, لملك بلاده على مساندته لليمنيين, tell that
            # head's support: the older reading below finds it.)
            if party(governed) != source:
                targets = [party(governed)]
            elif not _person_like(governed):
                return []
        if not targets:  # أشاد بجهود الأردن، أكد دعمه لمصر: the state after the verb, governed by ب or ل
            targets = [a.state for a in frame.after() if a.state != source and a.prep in ("ب", "ل", "الي")
                       and a.start < horizon]
        if not targets:  # تعهد الرئيس للحكومة التونسية بتقديم مساندة: the one a pledge is made to
            targets = _pledged_to(frame, source)
        if not targets:  # ثمن الرئيس اليمني دعم المملكة لليمن: the owner of the praised act, in the genitive
            targets = [a.state for a in frame.after() if a.state and a.state != source and not a.prep
                       and a is not subject and (a.mention.form != "nisba" or _acting_body(a) or _people_of(frame, a))
                       and a.start < min(horizon, frame.clause[1])]
        if source and not targets and main is not None:
            # مشيدا بجهود دول المجلس: the body named before, called by its noun after the participle
            body = frame.anaphoric_body(frame.trigger[1], horizon, agents=True)
            targets = [body] if body and body != source else []
        if source and targets:
            return [_joined_targets(frame, {"source": source, "target": targets[0]})]
        similar = frame.lexicon.phrase(_SIMILAR).match(frame.text, frame.trigger[1])
        if source and similar and frame.pair and source in frame.pair:
            # وبعث ولي العهد برقية تهنئة مماثلة: a cable like the one just told goes to the same addressee
            return [{"source": source, "target": frame.pair[1] if frame.pair[0] == source else frame.pair[0]}]
    shared = _subject_of_a_joined_verb(frame)
    if shared is not None:
        horizon = min(frame.horizon or frame.sent[1], frame.clause[1] or frame.sent[1])
        targets = [a.state for a in frame.after() if a.state and a.state != shared and a.start < horizon]
        return [_joined_targets(frame, {"source": shared, "target": targets[0]})] if targets else []
    # … and the older reading's target is the side the word governs at once, when it governs one (ووجه السمحان
    # شكره للشعب السعودي …: the Saudi people are thanked, not the Syrians the sentence names later)
    side = party(governed) if governed is not None and not _person_like(governed) else None
    return [_joined_targets(frame, roles) for roles in source_target(frame)
            if side is None or (side in _as_list(roles.get("target")) and roles.get("source") != side)]


def _governed_at_once(frame: Frame, horizon: int) -> Arg | None:
    """The phrase a word of praise governs at once, after ب، ل or إلى (شكره للشعب السعودي، إشادته بالمملكة; the
    phrase's noun may stand between), when it names a state outright, else None: it is the one praised, and a state
    named later in the sentence (تجاه أشقائهم السوريين) is what was done, not whom the praise is for."""
    first = next((a for a in frame.after() if a.prep in ("ب", "ل", "الي") and a.state and a.start < horizon), None)
    if first is None or (first.actor is not None and not first.actor.explicit):
        return None  # (a title whose state is only inferred, لفخامة الرئيس, says too little)
    # (a word of praise joined to it, شكره وامتنانه للشعب السعودي, governs the phrase with it)
    gap = frame.text[frame.trigger[1]:first.start].split()
    return first if len(gap) <= 1 or (len(gap) == 2 and gap[0].startswith("و")) else None


def _pledged_to(frame: Frame, source: str | None) -> list[str]:
    """تعهدت المستشارة للحكومة التركية بتقديم مساندة بلادها: support pledged (a ``pledge`` word before the support
    word, in its clause) backs the one the pledge is made to, governed by ل between the two words."""
    pledge = frame.lexicon.cue_regexes.get("pledge")
    words = list(pledge.finditer(frame.text, frame.clause[0], frame.trigger[0])) if pledge is not None else []
    if not words:
        return []
    return [party(a) for a in frame.before() if a.start >= words[-1].end() and a.prep == "ل"
            and party(a) and party(a) != source]


_CONGRATULATION = re.compile(r"[وف]?(?:ال|بال|لل|ب|ل)?(?:تهنيه|تهاني(?:ه|ها|هم)?|هنا|هنات|يهني|تهني)")
_IN_THE_NAME_OF = r"(?<![^\W_])[وف]?(?:{in_the_name_of})\s+$"  # باسمه وباسم الشعب السعودي: the giver's own


def _congratulates_own_side(frame: Frame, subject: Arg | None, source: str) -> bool:
    """قدم مدير الهيئة التهنئة لولي العهد بما حققته قوات بلاده في حربها هناك: a congratulation whose addressee, the
    first actor after it other than the one who gives it (and other than the ones in whose name it is given), is of
    the giver's own state is a courtesy at home; a foreign state named later is where the deeds were done, not a
    state backed."""
    words = frame.text[frame.trigger[0]:frame.trigger[1]].split()
    if not words or not _CONGRATULATION.fullmatch(words[-1]):
        return False
    end = min(frame.clause[1] or frame.sent[1], frame.sent[1])
    for arg in frame.after():
        if arg.start >= end:
            break
        if arg is subject or (subject is not None and arg.start < subject.end and subject.start < arg.end) \
                or frame.lexicon.phrase(_IN_THE_NAME_OF).search(
                    frame.text, max(frame.sent[0], arg.start - 12), arg.start):
            continue
        if arg.kind in ("org", "place", "instrument", "series") or arg.prep not in ("", "ل", "الي"):
            continue
        return arg.state == source
    return False


def _subject_of_a_joined_verb(frame: Frame) -> str | None:
    """هنأ الملك رئيس صربيا …، وهنأ رئيسة كرواتيا بفوزها: a verb opening a clause joined by و, with no actor of its
    own before or right after it, shares the subject of the sentence's first verb (its first actor governed by no
    preposition), not the object of the clause before. None for any other shape."""
    if frame.opening <= frame.sent[0] or frame.trigger[0] - frame.opening > OPENING_GAP \
            or frame.text[frame.opening:frame.trigger[0]].strip() not in ("", "و"):
        return None
    agents = [a for a in frame.agents() if frame.sent[0] <= a.start and not a.prep]
    if any(frame.opening <= a.start < frame.trigger[0] or 0 <= a.start - frame.trigger[1] <= JOINED_SUBJECT_REACH
           for a in agents):
        return None  # its own subject, before it in its clause or right after it (ثم رحب خادم الحرمين بالرئيس)
    first = next((a for a in agents if a.start < frame.trigger[0]), None)
    return party(first) if first is not None else None


JOINED_SUBJECT_REACH = 40  # characters after a joined verb within which an actor is its own subject (VSO)
_SIMILAR = r"\s+(?:{similar})(?:ه|ة|تين|ات)(?![^\W_])"  # برقية تهنئة مماثلة: like the one told before it


_AIMED_AT = re.compile(r"(?<![^\W_])(?:على|علي)\s+$")  # حرص على دعم …: the word right before a bare noun
OPENING_GAP = 2  # characters between a clause's opening and a word that opens it (the و of وتقديره)


def _acting_body(arg: Arg) -> bool:
    """Whether a nisba is the state of a body or an official named with it (الحكومة الأردنية، وزارة الخارجية
    المصرية), an actor of its own rather than an adjective of the thing praised (الجهود الأردنية)."""
    return arg.actor is not None and arg.actor.kind in ("body", "official", "person")


def _people_of(frame: Frame, arg: Arg) -> bool:
    """Whether a nisba describes a people, a government or a side (تقف إلى جانب الشعب السوري، تدعم الحكومة اليمنية:
    ``nisba_noun`` cues, with و or ف before them): it names the state backed, no adjective of a thing praised."""
    if not frame.text[arg.start - 1:arg.start].isspace():
        return False
    nouns = frame.lexicon.cues.get("nisba_noun", {})
    bare = _word_before(frame, arg, 25)
    return bool(bare) and (bare in nouns or (bare[:1] in "وف" and bare[1:] in nouns))


def _owner_acts_for_nobody(frame: Frame) -> bool:
    """Whether the sentence's first phrase before the trigger, the subject its pronoun stands for, acts for nobody:
    a phrase acting for no state opens the sentence before any actor governed by no preposition."""
    nobody = [n for n in frame.non_state if frame.sent[0] <= n[0] and n[1] <= frame.trigger[0]]
    agents = [a for a in frame.agents() if frame.sent[0] <= a.start and a.end <= frame.trigger[0] and not a.prep]
    return bool(nobody) and (not agents or nobody[0][0] < agents[0].start)


def _pronoun_owner(frame: Frame) -> str | None:
    """Who the pronoun on a word of praise stands for: the last actor of the sentence before it not governed by a
    preposition (نقل الوزير تحيات الرئيس المصري وتقديره: the president), else the subject carried from the sentence
    before; none when a phrase acting for nobody stands after that actor."""
    before = [a for a in frame.agents() if frame.sent[0] <= a.start and a.end <= frame.trigger[0] and not a.prep]
    if frame.nobody_last_before(before):
        return None
    return party(before[-1]) if before else frame.carried


def _conjoined_to_nobody(frame: Frame) -> bool:
    """تحدث شيخ مشايخ القبيلة بكلمة أثنى فيها على دور البلد، ثم هنأ المواطنين: a verb opening a clause joined by و
    with no actor of its own before it shares the sentence's subject, here a phrase acting for nobody told before
    any actor; the state named in the clause before (the country praised) is no subject of it."""
    if frame.opening <= frame.sent[0]:
        return False
    candidates = [a for a in frame.actor_candidates() if frame.sent[0] <= a.start < frame.trigger[0]]
    if any(a.start >= frame.opening for a in candidates):
        return False
    first_actor = min((a.start for a in candidates), default=frame.opening)
    nobody = [n for n in frame.non_state if frame.sent[0] <= n[0] < first_actor]
    # ذكرت وكالة الأنباء أن مملكة البحرين …: what a reporter says has a subject of its own
    said = frame.lexicon.cue_regexes.get("complementizer")
    return bool(nobody) and (said is None or said.search(frame.text, nobody[0][1], frame.trigger[0]) is None)


def _place_in_relative_clause(frame: Frame, arg: Arg) -> bool:
    """شكره للدكتور فلان على جهوده في السنوات التي أمضاها بالقاهرة: a city or a state after ب with a relative
    pronoun between the praise and it says where someone was, not whom the praise is for."""
    if arg.prep != "ب" or arg.kind not in ("place", "state") or arg.mention.form == "nisba":
        return False
    return frame.lexicon.cue_regexes["relative"].search(frame.text, frame.trigger[1], arg.start) is not None


_IN_IT = re.compile(r"\s+(?:فيه|فيها|فيهما)(?![^\W_])")  # ألقى كلمة ثمن فيها …، بيان أعربت فيه …


def _praise_in_a_speech(frame: Frame) -> list[Roles] | None:
    """ألقى الوزير كلمة أشاد فيها بمواقف الكويت تجاه الأردن: a verb followed by "in it" is said in a speech or a
    statement told before it, by its giver; the actors after it are what is praised (the king's positions), never
    its subject. No event when no actor gave it in the clause (a tribal sheikh, a private person); None when no
    "in it" follows the trigger."""
    if not _IN_IT.match(frame.text, frame.trigger[1]):
        return None
    before = [a for a in frame.actor_candidates() if max(frame.sent[0], frame.opening) <= a.start
              and a.end <= frame.trigger[0] and not a.prep]
    if not before or frame.nobody_last_before(before):
        return []
    source = party(before[-1])
    horizon = min(frame.horizon or frame.sent[1], frame.clause[1])
    targets = [party(a) for a in frame.after() if party(a) and party(a) != source and a.start < horizon
               and a.mention.form != "nisba"]
    return [_joined_targets(frame, {"source": source, "target": targets[0]})] if source and targets else []


def _participle_of_nobody(frame: Frame) -> bool:
    """قدم وفد من حركة المقاومة الشكر للملك، مثمنا مواقف المملكة: a circumstantial participle whose sentence opens
    with a phrase acting for nobody, and no actor after it before the participle, praises for nobody; the state
    after it is the one praised, never its subject."""
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    if word not in frame.lexicon.cues.get("circumstantial", {}):
        return False
    nobody = [n for n in frame.non_state if max(frame.sent[0], frame.opening) <= n[0] and n[1] <= frame.trigger[0]]
    return bool(nobody) and not any(nobody[0][0] > a.start for a in frame.agents()
                                    if max(frame.sent[0], frame.opening) <= a.start < frame.trigger[0] and not a.prep)


def _main_clause_subject(frame: Frame) -> Arg | None:
    """رحب الرئيس بمبعوث مجلس التعاون مشيدا بدور دول المجلس: a circumstantial participle (``circumstantial`` cues)
    has the subject of the verb its sentence opens with, the first actor before it with no preposition, not the
    last one (there the envoy's body, the object's genitive). None for other triggers or with no such actor."""
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    if word not in frame.lexicon.cues.get("circumstantial", {}):
        return None
    # (a nisba alone is an adjective of some noun, للمصالح الوطنية الأردنية: never the verb's subject); a clause
    # joined by و with no actor of its own (… لإفساد علاقات البلد بجيرانه وعزله عن عمقه، منوها) leaves the participle
    # the subject of the sentence's verb
    candidates = [a for a in frame.agents() if frame.sent[0] <= a.start and a.end <= frame.trigger[0]
                  and not a.prep and party(a) and (a.mention.form != "nisba" or _acting_body(a))]
    return next((a for a in candidates if a.start >= frame.opening), None) or next(iter(candidates), None)


_RELATIVE_BEFORE = re.compile(r"(?:التي|الذي|الذين|اللذين|اللتين)\s+$")
_OBJECT_PRONOUN = re.compile(r"(?:ها|ه|هم|هما)$")
ANTECEDENT_REACH = 3  # characters between the antecedent and its relative pronoun (الجيش اللبناني الذي …)


_PREPOSITION_PRONOUN = re.compile(r"\s+(?:به|بها|بهما|بهم|له|لها|لهما|لهم)(?![^\W_])")  # أشاد به: praised it


_MASCULINE_RELATIVE = re.compile(r"الذي|الذين")


def _relative_right_before(frame: Frame) -> re.Match[str] | None:
    """The relative pronoun right before the trigger (… الذي اجتمع، التي تدعمها), None when there is none."""
    return _RELATIVE_BEFORE.search(frame.text, max(frame.sent[0], frame.trigger[0] - 12), frame.trigger[0])


def _actor_right_before(frame: Frame, at: int) -> Arg | None:
    """The argument acting for someone that ends right before ``at`` (a relative pronoun's antecedent)."""
    return next((a for a in frame.args if a.actor is not None and a.end <= at and at - a.end <= ANTECEDENT_REACH),
                None)


def _backed_by_relative_clause(frame: Frame) -> list[Roles] | None:
    """A verb of backing in a relative clause whose pronoun is its object (الميليشيات التي تدعمها إيران، الجيش
    اللبناني الذي تدعمه فرنسا، الخطة التي أشاد بها الجميع): the backer is the subject after the verb and the one
    backed is the antecedent, no event when either is no actor (a group, a movement, a strategy, many people).
    None for any other shape."""
    if not (frame.suffix or _OBJECT_PRONOUN.search(frame.text, frame.trigger[0], frame.trigger[1])
            or _PREPOSITION_PRONOUN.match(frame.text, frame.trigger[1])):
        return None
    relative = _relative_right_before(frame)
    if relative is None:
        if _indefinite_antecedent(frame):
            return []
        # غارات تقودها السعودية وتدعمها الولايات المتحدة: the backer is named right after the verb, and the one
        # backed is only its pronoun, whose noun (the strikes) lies back in another clause
        if frame.text[frame.trigger[0]:frame.trigger[1]] not in frame.lexicon.cues.get("backing_verb", {}):
            return None
        named_after = next((a for a in frame.after() if not a.prep and party(a)
                            and a.start - frame.trigger[1] <= SUBJECT_AFTER_REACH), None)
        return [] if named_after is not None else None
    antecedent = _actor_right_before(frame, relative.start())
    backer = next((a for a in frame.after() if not a.prep and party(a)), None)
    if antecedent is None or backer is None or not party(antecedent) or party(antecedent) == party(backer):
        return []
    return [{"source": party(backer), "target": party(antecedent)}]


def _indefinite_antecedent(frame: Frame) -> bool:
    """An imperfect verb of backing (``backing_verb`` cues) right after an indefinite noun, with its object pronoun
    (مسلحون قبليون تساندهم طائرات التحالف): a relative clause without a pronoun of its own, as Arabic writes one
    after an indefinite noun; the one backed is that noun, no actor. Not after an actor (السعودية تدعمهم: the
    subject), a defined word or a particle (أن، كما، ولذلك: ``not_antecedent`` cues)."""
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    before = _WORD_RIGHT_BEFORE.search(frame.text, max(frame.sent[0], frame.trigger[0] - 20), frame.trigger[0])
    if word not in frame.lexicon.cues.get("backing_verb", {}) or before is None:
        return False
    noun = before.group(1)
    if noun.startswith(("ال", "وال", "بال", "لل")) or len(noun) < 3 \
            or noun in frame.lexicon.cues.get("not_antecedent", {}):
        return False
    return not any(a.start <= before.start(1) < a.end for a in frame.args)


_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+) $")


def _joined_targets(frame: Frame, roles: Roles) -> Roles:
    """ستواصل بلادنا مساندتها لشركائها في لبنان والعراق: the states joined by و to the one supported are supported
    too (one claim, as the aid of several recipients is); so are bodies (شكر المملكة ودول مجلس التعاون)."""
    after = [a for a in frame.args if a.start >= frame.trigger[1] and party(a)]
    first = next((a for a in after if party(a) == roles["target"]), None)
    if first is None:
        return roles
    chain = [first]
    for arg in frame.coordinated(first, after)[1:]:
        if not frame.lexicon.phrase(_JOINED_TARGET).fullmatch(frame.text, chain[-1].end, arg.start):
            break  # كييف التي تتهم الكرملين: words between and no و, another phrase
        chain.append(arg)
    for arg in reversed(after[:after.index(first)]):
        # الشكر للمملكة ودول مجلس التعاون: a state the partner reading took for a place, joined to the target by و
        joined = frame.lexicon.phrase(_JOINED_TARGET)
        if arg.prep != first.prep or not joined.fullmatch(frame.text, arg.end, chain[0].start):
            break
        chain.insert(0, arg)
    joined = _distinct([party(a) for a in chain if party(a) and party(a) != roles["source"]])
    return {**roles, "target": joined} if len(joined) > 1 else roles


# سوريا والعراق، سوريا، العراق; المملكة ودول مجلس التعاون (a body named by its member states)
_JOINED_TARGET = r"\s*(?:[،,]\s*)?(?:و\s*)?(?:(?:{states_word})\s+)?"


def recognition(frame: Frame) -> list[Roles]:
    """Who recognizes whom: the object is governed by ب and is a state (اعترف الأردن بالدولة الجديدة، الاعتراف
    بإسرائيل) or a word naming statehood (``recognized`` cues: باستقلال، بحكومة …). اعترف بأن …، اعترف المتهمان
    أنه …، الاعتراف بالمحكمة are admissions, not recognitions."""
    roles = source_target(frame)
    if not roles:
        return []
    end = min(frame.clause[1], frame.trigger[1] + OBJECT_REACH)
    by_state = any(a.prep == "ب" and a.state == roles[0]["target"] for a in frame.after() if a.start < end)
    return roles if by_state or frame.cue("recognized", frame.trigger[1], end) else []


def pair(frame: Frame) -> list[Roles]:
    parties = _parties(frame)
    return [{"parties": parties[:2]}] if len(parties) >= 2 else []


SENDER_REACH = 40  # characters after a mission's verb where the state opening it may stand (افتتحت الكويت سفارتها)


def mission(frame: Frame) -> list[Roles]:
    reciprocal = _reciprocal_missions(frame)
    if reciprocal is not None:
        return reciprocal
    after = frame.after()
    host_args = [a for a in after if a.prep in ("في", "لدي", "ب", "الي")]
    if not host_args:  # البعثة الكوبية في واشنطن … استعادت وضع السفارة: the mission named before the act
        host_args = [a for a in frame.before() if a.prep in ("في", "لدي") and frame.clause[0] <= a.start
                     and a.kind in ("state", "place")][-1:]
    host = host_args[0].state if host_args else None
    if frame.nobody_acts():
        return []  # افتتحت الشركة مكتبا لها في دبي: a firm's office is no state's mission
    # (a state after من is where something comes from, not who opens the mission: شركات من سويسرا)
    # … and one far after the act's words is another clause's (… مكتبا لها في دبي، ومن الشركات أخرى من ميلانو)
    senders = [a for a in after if a.state != host and a not in host_args and a.prep != "من"
               and a.start - frame.trigger[1] <= SENDER_REACH]
    sender = senders[0].state if senders else frame.subject()
    if not sender or sender == host:
        return []
    roles: Roles = {"sender": sender}
    if host:
        roles["host"] = host
    kind = frame.cue("mission", frame.trigger[0], frame.sent[1])
    word = frame.lexicon.cue_regexes["mission"].search(frame.text, frame.trigger[0], frame.sent[1])
    if word and frame.cue("not_mission", word.end(), word.end() + 12):
        return []  # مكتب تمثيل لبنوك البلدين: an office of banks or firms, not of a state
    if kind:
        roles["mission"] = kind
    return [roles]


def _reciprocal_missions(frame: Frame) -> list[Roles] | None:
    """أعادت الولايات المتحدة وكوبا فتح سفارتيهما: a dual mission word after the two states of the clause is one
    mission each way; none when the two states are not both named in the clause (أعيد فتح سفارتيهما). None when
    no dual mission word follows the trigger."""
    each = frame.cue("each_side", max(frame.sent[0], frame.trigger[0] - EACH_SIDE_REACH),
                     min(frame.sent[1], frame.trigger[1] + EACH_SIDE_REACH))
    if not each and not frame.cue("mission_pair", frame.trigger[0],
                                  min(frame.sent[1], frame.trigger[1] + OBJECT_REACH)):
        return None
    parties = _sides_before(frame, frame.clause[0])
    if len(parties) != 2 and each:  # …، وافتتحت كل من الدولتين سفارة لدى الأخرى: the sentence's two, or the passage's
        parties = _sides_before(frame, frame.sent[0])
        parties = parties if len(parties) == 2 else list(frame.pair or ())
    if len(parties) != 2:
        return []
    kind = frame.cue("mission", frame.trigger[0], frame.sent[1]) or "embassy"
    return [{"sender": a, "host": b, "mission": kind} for a, b in (parties, parties[::-1])]


EACH_SIDE_REACH = 25  # characters around a mission's trigger where "each of the two" may stand (كل من الدولتين)


def _sides_before(frame: Frame, start: int) -> list[str]:
    """The distinct states named bare (no preposition) from ``start`` to the trigger."""
    return list(dict.fromkeys(a.state for a in frame.before() if a.state and a.start >= start
                              and not a.prep and a.kind == "state"))


DESTINATION_REACH = 40  # characters after "went to" where the state of an unnamed destination may still be named
VISIT_OWNER_REACH = 3  # characters between a visit noun and the title of the organization's official who made it
POSTING_REACH = 25  # characters between an envoy's title and the place he is posted to (الملحق العسكري الأردني في)
NAME_AFTER_POST = 2  # characters between the place an envoy is posted to and his name right after it


def post_of(place: Arg, args: list[Arg]) -> bool:
    """الملحق العسكري الأردني في أوتاوا، المبعوث الخاص للأمم المتحدة إلى ليبيا: a place right after an envoy posted
    there is his post, not where a meeting he attends was held nor where he travels."""
    return any(a.actor is not None and a.actor.posting == place.state and (
        0 <= place.start - a.end <= POSTING_REACH
        # المبعوث الخاص إلى الصومال جيمس سوان: the post, told between a bare title and the man who holds it
        or (a.kind == "person" and place.prep in ("الي", "لدي") and 0 <= a.start - place.end <= NAME_AFTER_POST))
        for a in args)


def _defaulted_body(arg: Arg) -> bool:
    """توجه … إلى وزارة الخارجية للقاء نظيره: a ministry or official whose state was only assumed (the paper's own)
    is a building or a person visited, not a state travelled to."""
    return arg.actor is not None and arg.actor.kind in ("body", "official") and not arg.actor.explicit


def _host_chain(frame: Frame, visitor_state: str | None) -> list[Arg]:
    # بدأ جولة في أنغولا … قبل أن يتوجه إلى الكاميرون: a place after the next visit word is that visit's
    limit = frame.same_next or frame.sent[1]
    departs = frame.verb_cue("departure") is not None
    # يغادر الوزير … (the date in both calendars, then all of the traveller's offices) … إلى …: a departure names its
    # date and its traveller's titles before the destination
    reach = DEPARTURE_REACH if departs else HOST_REACH
    after = [a for a in frame.after() if (a.state != visitor_state or a.prep == "الي")
             and a.start - frame.trigger[1] <= reach and a.start < limit and not post_of(a, frame.args)
             and not _defaulted_body(a)]
    ranges = _ranges(after)
    if ranges and frame.text[frame.trigger[1]:ranges[0].start].split() == ["من"]:
        # سيتوجه من الرياض إلى طهران: right after the verb, من … إلى … is the trip itself, from where to where
        ranges = ranges[:1]
    after = [a for a in after if a not in ranges and not _in_company(frame, a)]
    to = [a for a in after if a.prep == "الي"]
    horizon = frame.horizon or frame.sent[1]
    visited = [a for a in after if not a.prep and _named_place(a) and a.start < horizon]
    if to and visited and visited[0].start < to[0].start and to[0].start >= horizon:
        to = []  # زار الوزير العراق، ثم غادرها إلى الكويت: the verb's object, not the next act's destination
    if departs:
        # يغادر غدا إلى عمّان: only a state or a city after إلى; the place left (لم يغادر فيينا) is not visited
        to = [a for a in to if a.mention.form in ("name", "capital")]
        # غادر أوزبكستان متجها إلى كازاخستان في ختام زيارة: the visit ended where he left, and the next one begins
        left = _left_after_visit(frame, after)
        return left + [a for a in frame.coordinated(to[0], after) if a not in left] if to else left
    if to:
        return frame.coordinated(to[0], after)
    destination = _DESTINATION.search(frame.text, frame.trigger[1], min(limit, frame.trigger[1] + DESTINATION_REACH))
    if destination is not None:
        # توجه إلى قاعدة جوية في الجنوب … في ليبيا: a destination no name resolves is that phrase's own place
        # (إلى الأجزاء الشمالية من العراق), never a state named further on, nor one "in" which something else happened
        after = [a for a in after if a.start - destination.end() <= DESTINATION_REACH and a.prep != "في"]
    # a state or city with no إلى is a host only in the visit's own clause: after the next act of the sentence
    # (، ووقعت …، وأعرب …) it is that act's; and one after بين is the visitor's partner only when the visitor's
    # state is the other side (الزيارة ستبحث التعاون بين بغداد وطهران), else a side of something else (في أول زيارة
    # بعد الاتفاق بين الغرب وإيران: Iran is a party to the deal, not the place visited)
    visitor_between = any(a.prep == "بين" and a.state == visitor_state for a in frame.after())
    # … nor is one after مع, a companion or a neighbour (بزيارة إلى المنطقة الحدودية مع الأردن)
    hosts = [a for a in after if _named_place(a) and a.state != visitor_state and a.start < horizon
             and (a.prep != "بين" or visitor_between) and a.prep != "مع"]
    return frame.coordinated(hosts[0], hosts) if hosts else []


def _hosts_in_addition(frame: Frame, visitor_state: str | None) -> list[Arg]:
    """وإضافة إلى إسرائيل والسعودية تشمل جولة الوزير الأردن: places named after an ``addition`` cue right before the
    trip's word (a verb at most between) are more stops of the same trip, told before the one after the trigger."""
    regex = frame.lexicon.cue_regexes.get("addition")
    opening = None
    for found in regex.finditer(frame.text, frame.sent[0], frame.trigger[0]) if regex is not None else ():
        opening = found
    if opening is None:
        return []
    first = next((a for a in frame.args if opening.end() <= a.start < frame.trigger[0]), None)
    if first is None or not _named_place(first) or frame.text[opening.end():first.start].strip():
        return []
    chain = frame.coordinated(first, [a for a in frame.args if a.end <= frame.trigger[0]])
    if len(frame.text[chain[-1].end:frame.trigger[0]].split()) > 1:
        return []
    return [a for a in chain if _named_place(a) and a.state != visitor_state]


COMPANY_REACH = 45  # characters before a state where the word saying the visitor's companions may stand


def _in_company(frame: Frame, arg: Arg) -> bool:
    """زار المخيم برفقة دبلوماسيين من السويد والدنمارك: the states of those who come along (``companion`` cues,
    after the trigger and shortly before the state) are no hosts."""
    return frame.cue("companion", max(frame.trigger[1], arg.start - COMPANY_REACH), arg.start) is not None


VISIT_ENDED_REACH = 25  # characters after the place left where "after a visit" may stand (… القاهرة عصر أمس بعد زيارة)


def _left_after_visit(frame: Frame, after: list[Arg]) -> list[Arg]:
    """غادر الوزير جمهورية كازاخستان بعد زيارة عمل: the place a traveller left right after a visit is where
    that visit was."""
    left = [a for a in after if not a.prep and _named_place(a)]
    if not left:
        return []
    # غادر الرياض مساء أمس رئيس وزراء بلد ما … بعد زيارته: the traveller's titles may stand between, no other place
    ended = frame.lexicon.cue_regexes["visit_ended"].search(frame.text, left[0].end, frame.horizon or frame.sent[1])
    if ended is None:
        return []
    near = ended.start() - left[0].end <= VISIT_ENDED_REACH
    between = [a for a in after if left[0].end <= a.start < ended.start() and a.kind in ("state", "place")]
    if near or not between:
        return left[:1]
    # غادر الرئيس أوزبكستان متجها إلى كازاخستان في ختام زيارة: the place he heads for is the next visit, not the
    # one that ended
    heading_word = frame.lexicon.phrase(_HEADING)
    heading = [a for a in between
               if heading_word.search(frame.text, max(left[0].end, a.start - HEADING_REACH), a.start)]
    return left[:1] if len(heading) == len(between) else []


HEADING_REACH = 16  # characters before a place where "heading for" (متوجها إلى) may stand
_HEADING = r"(?<![^\W_])(?:{heading})\s+الي\s+$"  # heading for (normalized: إلى is read الي)


def _scene_of_visit(frame: Frame, visitor_state: str | None) -> list[Arg]:
    """… في مدريد … خلال زيارة لوزير الخارجية الياباني: a visit named as the time of another act (خلال، أثناء),
    with no destination of its own, is to where that act takes place."""
    if visitor_state is None or _word_before_trigger(frame) not in frame.lexicon.cues.get("during", {}):
        return []
    scenes = [a for a in frame.args if a.end <= frame.trigger[0] and a.prep == "في" and a.state
              and a.state != visitor_state and _named_place(a)]
    return scenes[-1:]


def _scene_before_a_far_place(frame: Frame, scene: list[Arg]) -> list[Arg]:
    """يقول الوزير الفرنسي وهو في بكين، خلال زيارته الحالية، إنه يعمل … لإيجاد حل للأزمة: where the visitor is
    while the visit goes on, named before it, outweighs a state named only further on with no إلى (another act's
    object). A state right after the visit's word (خلال زيارته لإيران) or after إلى is still its destination.
    ``scene`` is what ``_scene_of_visit`` found."""
    if not scene:
        return []
    first = next((a for a in frame.after() if a.state), None)
    near = first is not None and (first.prep == "الي" or first.start - frame.trigger[1] <= LAM_TO_REACH)
    return [] if near else scene


SAYING_SPEAKER_REACH = 60  # characters after a verb of saying where its speaker may stand (VSO, with his titles)
SPOKEN_PLACE_REACH = 60  # characters after the speaker where the place he spoke in may stand, before his words
FRONTED_REACH = 6  # characters from a sentence's first letter to a place opening it (وفي لندن، فبروما)
_WHAT_WAS_SAID = re.compile(r"(?<!\S)[وف]?(?:ان|أن|إن)(?!\S)|[:«\"]")


def _speaking_abroad(frame: Frame) -> list[Roles]:
    """أكد رئيس الوزراء التونسي أمس بالعاصمة البرتغالية لشبونة أن …، وفي روما أعرب رئيس الوزراء اليوناني عن …: an
    official who speaks in another state's capital or city, named between the verb and his words or opening the
    sentence, is there on a visit. Not a place in what he said, nor a dateline, nor neutral ground or an
    organization's seat, nor the state an envoy is posted to."""
    speaker = next((a for a in frame.agents() if a.start >= frame.trigger[1] and not a.prep
                    and a.start - frame.trigger[1] <= SAYING_SPEAKER_REACH), None)
    if speaker is None or speaker.actor is None or speaker.actor.kind not in ("person", "official") \
            or not speaker.state or speaker.state.startswith("org:") or not speaker.actor.explicit \
            or speaker.actor.office in POSTED_OFFICES:
        return []  # whose official a bare title is, a paper guesses; an envoy speaks where he is posted
    said = _WHAT_WAS_SAID.search(frame.text, speaker.end, frame.sent[1])
    limit = min(said.start() if said else frame.sent[1], speaker.end + SPOKEN_PLACE_REACH)
    prefix = frame.text[frame.sent[0]:frame.trigger[0]]
    opening = frame.sent[0] + len(prefix) - len(prefix.lstrip())  # the sentence's first letter
    places = [a for a in frame.args if a.state and a.state != speaker.state and _spoken_in(frame, a)
              and (speaker.end <= a.start < limit or (a.end <= frame.trigger[0] and a.start - opening <= FRONTED_REACH))
              and _word_before_preposition(frame, a) not in frame.lexicon.cues.get("not_there", {})]
    if not places:
        return []
    place = places[0]
    if frame.cue("neutral_venue", place.start, place.end) or lives_in(speaker, speaker.state, place.state,
                                                                       frame.seats()):
        return []
    roles: Roles = {"visitor_state": speaker.state, "host_state": place.state}
    if speaker.kind == "person" and speaker.actor.person:
        roles = {"visitor": speaker.actor.person, **roles}
    if place.kind == "place":
        roles["location"] = place.mention.id
    level = frame.level([speaker])
    if level:
        roles["level"] = level
    return [roles]


# … and من العاصمة البلجيكية بروكسل: one speaks from the city he is in (في تصريح للصحيفة من العاصمة …)
_IN_THE_CAPITAL = r"(?:(?<!\S)في\s+|(?<!\S)من\s+|(?<!\S)ب)(?:ال)?(?:{city_word})\s+$"


def _word_before_preposition(frame: Frame, arg: Arg) -> str:
    """The word before the في or ب that governs an argument (المقيم في الرياض: المقيم)."""
    words = frame.text[max(frame.sent[0], arg.start - 40):arg.start].split()
    while words and words[-1] in ("في", "ب", "مدينه", "العاصمه", "بمدينه", "بالعاصمه"):
        words.pop()
    return words[-1] if words else ""


def _spoken_in(frame: Frame, arg: Arg) -> bool:
    """Whether an argument is a city one is in: a capital or a place after في or ب, or a state's adjective after
    في/ب + العاصمة (بالعاصمة البرتغالية لشبونة)."""
    city = arg.kind == "place" or arg.mention.form == "capital"
    in_the_capital = frame.lexicon.phrase(_IN_THE_CAPITAL)
    after_capital = in_the_capital.search(frame.text, max(frame.sent[0], arg.start - 20), arg.start) is not None
    # قال الوزير في مؤتمر صحفي عقده في الدوحة: a press conference held in a state, named by its name, is held there
    conference = frame.lexicon.phrase(_PRESS_CONFERENCE_IN)
    at_conference = arg.mention.form == "name" and arg.kind == "state" and conference.search(
        frame.text, max(frame.sent[0], arg.start - 40), arg.start) is not None
    return (city and arg.prep in ("في", "ب")) or (after_capital and arg.mention.form in ("nisba", "capital")) \
        or at_conference


_PRESS_CONFERENCE_IN = r"(?:{press_conference})\s+(?:في|ب)\s*$"


def _ranges(args: list[Arg]) -> list[Arg]:
    """Places named as a range (من الأردن إلى مصر إلى ليبيا): a span of the map, not where anyone went."""
    out: list[Arg] = []
    for a, b in pairwise(args):
        if b.prep == "الي" and b.start - a.end <= RANGE_GAP and (a.prep == "من" or a in out):
            out += [x for x in (a, b) if x not in out]
    return out


def _anaphor_host(frame: Frame, visitor_state: str | None) -> str | None:
    """إلى المملكة: a generic noun after إلى stands for the other state of the passage's pair."""
    if not frame.pair or visitor_state not in frame.pair:
        return None
    m = frame.lexicon.cue_regexes["anaphor"].search(frame.text, frame.trigger[1], frame.clause[1])
    if not m or frame.text[max(0, m.start() - 5):m.start()].strip() not in ("الي", "ل"):
        return None
    return frame.pair[1] if frame.pair[0] == visitor_state else frame.pair[0]


def _received_after(frame: Frame) -> list[Arg]:
    """The arguments acting for a side after a verb of receiving, in its clause: its receiver first, unless unsaid."""
    return [a for a in frame.args if a.start >= frame.trigger[1] and a.end <= frame.clause[1] and a.state]


def _reception(frame: Frame) -> list[Roles]:
    """استقبل الرئيس المصري العاهل الأردني: the guest (second person or nisba) visits the receiver's state."""
    after = _received_after(frame)
    if not after:
        return []
    receiver, rest = after[0], [a for a in after[1:] if not _attends(frame, a)]
    shared = frame.shared_subject()
    # هنأ رئيس توغو …، واستقبل وزير خارجية ألبانيا: a diary's clause whose subject, unsaid, is the paper's own head
    if (shared is not None and shared.stand_in and shared.state == frame.home) or _unsaid_receiver(frame, after):
        receiver, rest = frame.home_stand_in(), after
    elif shared is not None and shared.end <= frame.trigger[0] and party(shared):
        receiver, rest = shared, after  # هنأ الملك رئيس توغو، واستقبل وزير خارجية ألبانيا: the king receives him
    # a nisba alone is a guest only as an actor's (العاهل الأردني), not people it describes (سياح أمريكيين)
    guests = [a for a in rest if a.kind == "person"
              or (a.mention.form == "nisba" and a.actor is not None and a.actor.office and a.state != receiver.state)]
    guest = next((a for a in guests if a.state != receiver.state), None)
    if guest is None:
        return []
    persons = [a for a in rest if a.kind == "person" and a.state == guest.state]
    host = receiver.state
    places = [a for a in rest if a.prep == "في" and a.kind in ("place", "state") and a.start > guest.start]
    if places and places[0].state == guest.state:
        return []  # استقبل الرئيس التركي رجال أعمال في أنقرة: whoever the guest, no one travelled to his capital's host
    if places:
        host = places[0].state
    roles: Roles = {}
    if persons and persons[0].person:
        roles["visitor"] = persons[0].person
    roles["visitor_state"] = guest.state
    roles["host_state"] = host
    if places and places[0].mention.kind == "place":
        roles["location"] = places[0].mention.id
    level = frame.level(persons[:1]) or frame.cue("level", receiver.end, guest.end)
    if level:
        roles["level"] = level
    if lives_in(guest, guest.state, host, frame.seats()):
        return []  # received where he lives: talks, no visit
    return [roles] if roles["host_state"] and roles["host_state"] != guest.state else []


def _attends(frame: Frame, arg: Arg) -> bool:
    """Whether ``arg`` is named right after a word of attending (بحضور، وبحضور): استقبل أمير الكويت بحضور ولي العهد
    وزير الخارجية الأردني; who attends is of the receiving side, no guest."""
    return frame.word_right_before("taking_part", arg.start, ATTENDEE_REACH)


def lives_in(guest: Arg, side: str | None, host: str | None, seats: Mapping[str, str]) -> bool:
    """Whether a guest met in ``host`` lives there: an organization's official at its seat (the GCC's secretary
    general in Riyadh), or an envoy posted there (سفير اليابان لدى المملكة calls, he did not travel: the guide);
    an ambassador or a consul whose post goes unsaid (استقبل المحافظ القنصل العام الأمريكي) is posted where he
    is received."""
    if seats.get(side or "") == host:
        return True
    actor = guest.actor
    return actor is not None and (actor.posting == host
                                  or (actor.posting is None and actor.office in RESIDENT_ENVOYS))


RESIDENT_ENVOYS = frozenset({"ambassador", "consul"})


DIARY_PREFIX_WORDS = 6  # وفي يوم الثلاثاء 28 أبريل: the words of a diary's day before its verb
_DIARY_DAY = r"(?:{day_word})|\d"


def _unsaid_receiver(frame: Frame, after: list[Arg]) -> bool:
    """وفي يوم الأربعاء استقبل رئيس وزراء ماليزيا: a reception verb opening its sentence with one foreign official
    after it and nobody else acting in the sentence received him on behalf of the paper's own state (a diary of
    its head of state); the place after في, if any, is still where."""
    if not frame.home or any(a.end <= frame.trigger[0] and not a.prep for a in frame.agents()):
        return False
    prefix = frame.text[frame.sent[0]:frame.trigger[0]]
    day_word = frame.lexicon.phrase(_DIARY_DAY)
    diary_day = len(prefix.split()) <= DIARY_PREFIX_WORDS and day_word.search(prefix) is not None
    opens = frame.opening >= frame.trigger[0] - 2 or diary_day
    # nobody else acts up to the diary's next act (، وهنأ رئيس تونس), which a comma and و open; a comma alone opens
    # none (استقبل أمير الكويت، في قصره أمس، وزير الخارجية: his guest)
    until = _next_act_start(frame)
    acting = [a for a in frame.agents() if frame.trigger[1] <= a.start < until]
    people = [a for a in after if not a.prep and a.kind == "person"]
    # استقبل رئيس حكومة الإقليم في أربيل الوزير القطري: a receiver acting for no state is still one
    others = [a for a in frame.args if frame.trigger[1] <= a.start < until and a.kind == "person"
              and a not in people]
    # استقبل الرئيس التركي قائد الجيش الحر: one acting for nobody after him is his guest, so he is the receiver
    guests_of_nobody = bool(people) and any(people[0].end <= start < frame.sent[1] for start, _ in frame.non_state)
    # one guest, or several joined by و (استقبل ولي عهد الأردن ووزير الخارجية العماني): a receiver takes no و after him
    # several guests only on a diary's day (وفي يوم السبت 21 مارس استقبل …): two receivers may open a sentence too
    several = len(people) > 1 and not diary_day
    return opens and bool(people) and not several and _joined_by_and(frame, people) and acting == people \
        and not others and all(party(p) != frame.home for p in people) \
        and people[0].start - frame.trigger[1] <= 2 and not guests_of_nobody  # right after the verb, no receiver


_NEXT_ACT = re.compile(r"[،,]\s*و")  # a diary's next act: ، وهنأ …، وبعث …


def _next_act_start(frame: Frame) -> int:
    """Where a diary's next act opens after the trigger (، وهنأ …، وبعث …), else the sentence's end; a comma and و
    before one more person (هنأ رئيس غانا، ورئيس زامبيا) join him to the same act."""
    for m in _NEXT_ACT.finditer(frame.text, frame.trigger[1], frame.sent[1]):
        if not any(m.end() - 1 <= a.start <= m.end() + 1 and a.kind == "person" for a in frame.args):
            return m.start()
    return frame.sent[1]


_AND_GAP = re.compile(r"[\s،,]*و?\s*")  # what joins one guest to the next: و, maybe after a comma


def _joined_by_and(frame: Frame, people: list[Arg]) -> bool:
    """Whether each of ``people`` after the first is joined to the one before by و (ولي عهد الأردن ووزير
    الخارجية العماني), the و written in the gap or as the next one's clitic. Two titles side by side (الرئيس
    المصري العاهل الأردني) are a receiver and his guest."""
    for before, arg in pairwise(people):
        gap = frame.text[before.end:arg.start]
        if _AND_GAP.fullmatch(gap) is None or not ("و" in gap or frame.text.startswith("و", arg.start)):
            return False
    return True


def _diary_congratulated(frame: Frame) -> list[str]:
    """وفي يوم الخميس هنأ رئيس غانا، ورئيس زامبيا بعيد الاستقلال: a verb that takes its object at
    once, opening a diary's entry with foreign heads after it and nobody before, is the paper's own head's; each
    one congratulated is a target. None for any other shape."""
    if not frame.takes_object() or frame.suffix:
        return []
    until = _next_act_start(frame)  # (past the clause's comma: ، ورئيس … is one more congratulated)
    after = [a for a in frame.args if a.start >= frame.trigger[1] and a.end <= until and a.state]
    if not after or not _unsaid_receiver(frame, after):
        return []
    return _distinct([party(a) for a in after if not a.prep and a.kind == "person" and party(a)])


def _diary_guests(frame: Frame) -> list[str]:
    """The sides of a diary's reception (وفي يوم الاثنين استقبل ولي عهد الأردن ورئيس وزراء فيتنام): the
    paper's own state, whose head went unsaid, and each guest's; none for any other reception."""
    if not frame.verb_cue("reception") or frame.suffix:
        return []
    after = _received_after(frame)
    if not after or not _unsaid_receiver(frame, after):
        return []
    return _distinct([frame.home, *(party(a) for a in after if not a.prep and a.kind == "person")])


def _without_objects_before(frame: Frame, persons: list[Arg], invited: Arg | None) -> list[Arg]:
    """التقى الوزير الأمريكي بالرئيس المصري قبل أن يتوجه إلى الأردن: the one met (after ب، مع …) before a visit verb
    whose subject goes unsaid is not its traveller while someone not governed by a preposition stands before it (the
    one met travels when a relative pronoun makes him the subject: … بالرئيس المصري الذي توجه)."""
    before = [a for a in persons if a.end <= frame.trigger[0]]
    # (زيارته، زياراته: the owner of a pronoun may well be the one met; دعاه لزيارة: the one invited travels)
    if frame.notes.get("pronoun") or not any(not a.prep for a in before) or invited is not None \
            or frame.cue("invitation", frame.sent[0], frame.trigger[0]):
        return persons
    relative = frame.lexicon.cue_regexes["relative"]
    return [a for a in persons if a.start >= frame.trigger[1] or a.prep not in _PARTNER_PREPS
            or relative.search(frame.text, a.end, frame.trigger[0]) is not None]


def _invited_guest(frame: Frame) -> Arg | None:
    """دعا وزير الخارجية الليبي، فلان، المفوض السامي لشؤون اللاجئين لزيارة بنغازي: a visit
    told as the purpose of an invitation (لزيارة) is made by the one invited, the object of the inviting verb: the
    second actor after it when the first is its subject (VSO), the first when the subject stood before it."""
    lo = max(frame.sent[0], frame.opening)
    invitation = invitation_to(frame.lexicon, frame.text, frame.trigger[0], lo)
    if invitation is None:
        return None
    # the sides named between the invitation and the visit, and the actors among them governed by nothing or by ل
    # or إلى
    between = [a for a in frame.args if party(a) and invitation.end() <= a.start < frame.trigger[0]]
    actors = [a for a in between if a.actor is not None and not a.prep]
    before = [a for a in frame.args if a.actor is not None and party(a) and not a.prep
              and lo <= a.start < invitation.start()]
    # نقل ولي العهد دعوة خادم الحرمين الشريفين للرئيس الروسي لزيارة المملكة: the noun of inviting takes its inviter
    # in the genitive and its guest after ل or إلى
    addressed = [a for a in between if a.actor is not None and a.prep in ("ل", "الي")]
    inviting = frame.lexicon.phrase(_INVITING_VERB)
    if addressed and actors and actors[0].start < addressed[0].start and not inviting.fullmatch(
            frame.text, invitation.start(), invitation.end()):
        return addressed[0]
    if before and actors:
        return actors[0]
    if before:
        # تلقى الرئيس دعوة من نظيره الفرنسي لزيارة باريس: an invitation from someone (من) was received by the one
        # named before it, who is the guest
        # (نقل الوزير دعوة من الرئيس إلى نظيره لزيارة …: one it goes to, after إلى, is the guest, read as before)
        inviter = any(a.prep == "من" for a in between) and not any(a.prep in ("الي", "ل") for a in between)
        return before[-1] if inviter else None
    return actors[1] if len(actors) >= 2 else None


_INVITING_VERB = r"[وف]?(?:{inviting_verb})"  # a verb of inviting takes its guest as its object


def invitation_to(lexicon: Lexicon, text: str, visit_start: int, lo: int) -> re.Match[str] | None:
    """The invitation (دعا، دعوة …, the last between ``lo`` and the visit word) whose purpose the visit is: only the
    purpose form counts (لزيارة، إلى زيارة), so that دعا … خلال زيارته is an invitation made during a visit."""
    purpose = text[max(0, visit_start - 1):visit_start] == "ل" or \
        text[max(0, visit_start - 4):visit_start].strip() in ("الي", "إلى", "الى")
    # طالب الفرنسيين بزيارة تونس، ناشد المستثمرين بزيارة …: a call on someone, with ب, asks for the visit too
    asked = text[max(0, visit_start - 1):visit_start] == "ب" and "demand" in lexicon.cue_regexes
    if not (purpose or asked):
        return None
    invitation = None
    for m in lexicon.cue_regexes["demand" if asked else "invitation"].finditer(text, lo, visit_start):
        invitation = m
    return invitation


def _host_before_visitor(frame: Frame) -> Arg | None:
    """A visit verb's object put first (زار الأردن أمس وفد برلماني ألماني): a state named right after the verb and,
    within ``OBJECT_REACH``, an official or a body of another state, who is the visitor."""
    after = [a for a in frame.args if a.start >= frame.trigger[1] and a.actor is not None and party(a) and not a.prep]
    if len(after) < 2 or after[0].start - frame.trigger[1] > 3 or after[0].actor.office or after[0].actor.person:
        return None
    second = after[1]
    if not (second.actor.office or second.actor.person) or second.start - after[0].end > OBJECT_REACH:
        return None
    return second if party(second) != party(after[0]) else None


def _invited_by(frame: Frame, arg: Arg) -> bool:
    """لدعوة السيد بوريطة: the person who invites is the host, not the visitor."""
    lo = max(frame.sent[0], arg.start - 16)
    return any(not frame.text[m.end():arg.start].strip()
               for m in frame.lexicon.cue_regexes["inviter"].finditer(frame.text, lo, arg.start))


def _exchange(frame: Frame) -> list[Roles]:
    """تبادل الزيارات بين وزيري خارجية البلدين: an exchange of visits is a visit each way; one between phrases acting
    for nobody (زيارات متبادلة لأصحاب الأعمال من البلدين) is no state's."""
    if frame.nobody_right_after() is not None:
        return []
    sides = _stated_sides(frame) or _parties(frame)
    if len(sides) != 2:
        return []
    level = frame.cue("level", frame.trigger[1], min(frame.sent[1], frame.trigger[1] + 40))
    out = []
    for visitor, host in (sides, sides[::-1]):
        roles: Roles = {"visitor_state": visitor, "host_state": host}
        if level:
            roles["level"] = level
        out.append(roles)
    return out


LAW_REACH = 30  # characters after a verb of signing (its subject between) where the law it signs may stand


def _a_law_signed(frame: Frame) -> bool:
    """وقع الرئيس على القانون، القانون الذي وقعه الرئيس في مايو: what a head of state signs into law (``signed_law``
    cues: a law, a decree) is no agreement between states, whatever agreement the sentence speaks of: the law is the
    verb's object, right after it past its subject or the relative clause's noun right before it."""
    laws = frame.lexicon.cue_regexes.get("signed_law")
    if laws is None:
        return False
    after = laws.search(frame.text, frame.trigger[1], min(frame.sent[1], frame.trigger[1] + LAW_REACH))
    if after is not None and not frame.lexicon.cue_regexes["agreement_noun"].search(
            frame.text, frame.trigger[1], after.start()):
        return True
    before = _RELATIVE_BEFORE.search(frame.text, max(frame.sent[0], frame.trigger[0] - 8), frame.trigger[0])
    return before is not None and any(m.end() == before.start() - 1 for m in laws.finditer(
        frame.text, max(frame.sent[0], before.start() - 16), before.start()))


def _bare_state_name(arg: Arg) -> bool:
    """Whether an argument is a state called by its name alone (السعودية، العراق), no official, body or nisba."""
    return arg.kind == "state" and arg.mention.form in ("name", "capital") \
        and (arg.actor is None or arg.actor.kind == "state")


def visit(frame: Frame) -> list[Roles]:
    """A visit goes from one state to one state: a group of states in either side (زيارة … بعد الاتفاق بين إيران
    ومجموعة 5+1) is another act's side, so those readings are dropped (a tour is a visit to each state). A state
    or a city passed through (الوصول إلى سوريا عبر تركيا) is neither side."""
    passed = [a for a in frame.args if _named_place(a)
              and _word_before(frame, a, 12) in frame.lexicon.cues.get("transit", {})]
    # زيارة لقوات بلاده العاملة ضمن تحالف دعم الشرعية في مالي: a state after في or ب that says where a situation
    # is (place_topic nouns) is what is spoken of, not where the visitor goes
    passed += [a for a in frame.args if a.prep in ("في", "ب") and a.start >= frame.trigger[1] and a not in passed
               and place_of_topic(frame.lexicon, frame.text, a.start, frame.sent[0])]
    if passed:
        frame = replace(frame, args=[a for a in frame.args if a not in passed])
    if any(_represented(frame, a) for a in frame.args):
        frame = replace(frame, args=[_for_whom(a) if _represented(frame, a) else a for a in frame.args])
    received = _visits_received(frame)
    if received is not None:
        return received
    return [roles for roles in _visit_roles(frame)
            if not any(str(roles.get(r, "")).startswith("group:") for r in ("visitor_state", "host_state"))]


def _visits_received(frame: Frame) -> list[Roles] | None:
    """تلقى الأمير زيارات وبرقيات من وفود القبائل: visits a verb of receiving takes as its object are the receiver's
    as host; their visitor is the first actor named after من, none when a phrase acting for nobody comes first.
    None when no such verb stands before the visit's word in its clause."""
    regex = frame.lexicon.cue_regexes.get("receives_visits")
    lo = max(frame.sent[0], frame.clause[0], frame.opening)
    verb = regex.search(frame.text, lo, frame.trigger[0]) if regex is not None else None
    if verb is None:
        return None
    hosts = [a for a in frame.agents() if verb.end() <= a.start and a.end <= frame.trigger[0] and not a.prep]
    horizon = frame.horizon or frame.sent[1]
    visitors = [a for a in frame.agents() if a.prep == "من" and frame.trigger[1] <= a.start < horizon]
    nobody = [n for n in frame.non_state if frame.trigger[1] <= n[0] < horizon]
    if not hosts or not visitors or (nobody and nobody[0][0] < visitors[0].start):
        return []
    host, visitor = party(hosts[0]), party(visitors[0])
    return [{"visitor_state": visitor, "host_state": host}] if host and visitor and host != visitor else []


def _represented(frame: Frame, arg: Arg) -> bool:
    """Whether a person is only represented by the one who travels (ممثلا لخامنئي، نيابة عن خادم الحرمين الشريفين):
    his state sends the visitor; he is neither the visitor nor his rank the visit's level."""
    if arg.actor is None or arg.actor.kind not in ("person", "official"):
        return False
    words = frame.text[max(frame.sent[0], arg.start - 25):arg.start].split()
    if words and words[-1] in ("ل", "ب") and not frame.text[arg.start - 1].isspace():
        words.pop()  # ممثلا لخامنئي: the clitic of the name's own word
    cues = frame.lexicon.cues.get("represented", {})
    return any(" ".join(words[-n:]) in cues for n in (1, 2) if len(words) >= n)


def _for_whom(arg: Arg) -> Arg:
    """A represented person as one who acts for his state but names no visitor and gives no level."""
    return replace(arg, actor=replace(arg.actor, person=None, office=None, level=None)) if arg.actor else arg


_FIRST_PERSON = re.compile(r"(?:تي|تنا)$")  # زيارتي، زيارتنا: "my visit", "our visit"
SPEAKER_AFTER_VERB = 30  # characters after a verb of saying where the one who speaks may stand


def _own_visit(frame: Frame) -> list[Roles] | None:
    """زيارتي / زيارتنا in a quote (وقال ياسين: … خلال زيارتي في لندن وبروكسل): the visitor is the speaker, the one
    right after the sentence's verb of saying; every state named after the noun is visited, none is the visitor.
    None when the sentence names no speaker that way (the visit is read as any other)."""
    regex = frame.lexicon.cue_regexes["speech"]
    said = regex.search(frame.text, frame.sent[0], frame.trigger[0])
    speaker = None if said is None else next(
        (a for a in frame.args if said.end() <= a.start <= said.end() + SPEAKER_AFTER_VERB and not a.prep
         and a.actor is not None and a.actor.kind in ("person", "official") and party(a)), None)
    if speaker is None:
        return None
    out = []
    for host in frame.args:
        if host.start < frame.trigger[1] or not _named_place(host) or host.state in (None, party(speaker)):
            continue
        roles: Roles = {"visitor": speaker.person} if speaker.person else {}
        roles.update({"visitor_state": party(speaker), "host_state": host.state})
        if _location(host):
            roles["location"] = _location(host)
        if speaker.actor.level:
            roles["level"] = speaker.actor.level
        if roles not in out:
            out.append(roles)
    return out


def _reporter(frame: Frame, arg: Arg) -> bool:
    """Whether ``arg`` only reports the act: the subject of a verb of saying, before the bare إن / أن that opens
    what he says (قال مسؤول يمني إن قائدا سعوديا وصل إلى عدن). إنه / أنه, or a trigger with its owner's pronoun
    (أعلن الرئيس أن زيارته …), make him the one who acts; أن after another verb (قبل أن يصل) is no report."""
    if frame.notes.get("pronoun") or arg.end > frame.trigger[0] \
            or not frame.cue("speech", max(frame.sent[0], arg.start - SPEAKER_REACH), arg.start):
        return False
    regex = frame.lexicon.cue_regexes.get("complementizer")
    said = regex.search(frame.text, arg.end, frame.trigger[0]) if regex else None
    return said is not None and len(said.group("w")) == len("ان") \
        and frame.lexicon.phrase(_SPEAKER_GAP).fullmatch(frame.text, arg.end, said.start()) is not None


SPEAKER_REACH = 25  # characters between a verb of saying and its speaker
_SPEAKER_GAP = r"[\s،,]*(?:(?:{speaker_day})[\s،,]*)?"  # قال مسؤول يمني أمس، إن …; not قال أردوغان قبل أن


VISITORS_FROM_REACH = 30  # characters after a visit's word where من names who made it (زيارة رسمية من أعضاء …)
_FROM_WORD = re.compile(r"(?<![^\W_])من(?![^\W_])")


def _visitors_from_nobody(frame: Frame) -> bool:
    """زيارة رسمية من أعضاء الحركة للمملكة: the visit's makers, named after من right after its word, are a phrase
    acting for nobody (no actor stands between), so the visit is no state's."""
    for start, _ in frame.non_state:
        if not 0 <= start - frame.trigger[1] <= VISITORS_FROM_REACH \
                or any(frame.trigger[1] <= a.start < start for a in frame.args):
            continue
        # من right before the phrase, or before the one word heading it (من أعضاء الحركة، من قادة الجماعة)
        if any(_FROM_WORD.fullmatch(w) for w in frame.text[frame.trigger[1]:start].split()[-2:]):
            return True
    return False


_WITH = re.compile(r"(?<![^\W_])مع(?![^\W_])")  # بحث الوزير مع …: those named after it are the ones met


def _visit_roles(frame: Frame) -> list[Roles]:
    if frame.verb_cue("spoken_abroad"):
        return _speaking_abroad(frame)
    if frame.verb_cue("exchange"):
        return _exchange(frame)
    if frame.notes.get("owners") == "many":
        return _joint_visit(frame)
    if frame.verb_cue("reception"):
        # استقبله الرئيس: the guest is a pronoun, whose state this frame does not know
        return [] if frame.suffix else _reception(frame)
    if any(_vehicle_before(frame, a) for a in frame.states() if frame.trigger[1] <= a.start <= frame.trigger[1] + 60
           and not a.prep):
        return []  # وصلت إلى مطار عدن الطائرة السعودية الإغاثية: a plane or a ship arriving is no visit
    if _cargo_arrives(frame):
        return []
    own = _own_visit(frame) if _FIRST_PERSON.search(frame.text, frame.trigger[0], frame.trigger[1]) else None
    if own is not None:
        return own
    if frame.nobody_right_after() is not None or _visitors_from_nobody(frame):
        return []  # زيارة مجلس الأعمال السعودي الفرنسي، زيارة وفد الشركة: whoever visits acts for no state
    # … وصل إلى بيروت حيث أجرى لقاءات مع المسؤولين السوريين: those met after the verb are no visitors
    persons = [a for a in frame.of_kind("person", after_only=False)
               if (abs(a.start - frame.trigger[1]) <= 60 or abs(frame.trigger[0] - a.end) <= 60)
               and not _invited_by(frame, a) and not (a.start >= frame.trigger[1] and a.prep == "مع")
               and not _reporter(frame, a)]
    invited = _invited_guest(frame)
    persons = _without_objects_before(frame, persons, invited)
    word = _word_before_trigger(frame)
    during = word in frame.lexicon.cues.get("during", {})
    if during and persons and invited is None and not frame.suffix and not frame.notes.get("pronoun") \
            and all(a.end <= frame.trigger[0] for a in persons):
        # بحث الوزير الأمريكي مع قادة عراقيين من بينهم رئيس الوزراء خلال زيارة لبغداد: a visit told as the time
        # of the sentence's act is its subject's, not that of the last man named in the act's object
        subject = _subject_of_the_sentence(frame, None)
        if subject is not None and subject.end <= persons[0].start and not _invited_by(frame, subject) \
                and _WITH.search(frame.text, subject.end, persons[0].start):
            persons = [subject]
    before_or_after = frame.lexicon.phrase(_BEFORE_OR_AFTER_THAT)
    if before_or_after.search(frame.text, max(frame.sent[0], frame.trigger[0] - 12), frame.trigger[0]) \
            and not frame.suffix and not any(a.start >= frame.trigger[1] and not a.prep for a in persons):
        # التقى الوزير نظيره الهندي قبل أن يتوجه إلى باكستان: the verb after قبل أن / بعد أن, its subject unsaid, is
        # the sentence's subject's, not that of the last man named in the act before it
        subject = _subject_of_the_sentence(frame, None)
        if subject is not None and not _invited_by(frame, subject):
            persons = [subject]
    if not persons and (during or word in frame.lexicon.cues.get("clause_opener", {})):
        # وصف الوزير الأمريكي القوات الكردية بأنها … أثناء زيارة لأربيل: a visit told as the time of the sentence's
        # act is its subject's, however long the act told before it; so is one that goes on with كما (دأب الرئيس
        # على زيارة مصر، كما زار …)
        subject = _subject_of_the_sentence(frame, None)
        persons = [subject] if subject is not None and not _invited_by(frame, subject) else []
    persons.sort(key=lambda a: _gap_to_trigger(frame, a))
    # … قرب البحيرة التنزانية، وفي الأثناء يصل …: a nisba before the verb, past a comma, is another clause's
    # … nor is one read through a place noun after إلى (يصل إلى العاصمة السودانية الخرطوم وفد مصري): the host's
    nisbas = [a for a in frame.states() if a.mention.form == "nisba" and frame.trigger[0] - 30 <= a.start
              <= frame.trigger[1] + 15 and a.prep != "الي" and not (a.end <= frame.trigger[0]
                                                and _COMMA.search(frame.text, a.end, frame.trigger[0]))]
    visitor_state = persons[0].state if persons else (nisbas[0].state if nisbas else None)
    if persons and visitor_state is None and (
            (persons[0].person and (frame.gazetteer.get(persons[0].person) or _titled_official_of_body(persons[0])))
            or (_titled_official_of_body(persons[0]) and _right_at_the_act(frame, persons[0]))):
        # المبعوث الأممي برناردينو ليون: a known official of an organization; الأمين العام للمنظمة فلان: one
        # whose title names his organization, though the gazetteer does not know him; unnamed, only right at the
        # act's word (يقوم الأمين العام للأمم المتحدة اليوم بزيارة): one further off is another clause's
        visitor_state = party(persons[0])
    if invited is not None:  # دعا الوزير المفوض السامي لزيارة بنغازي: the one invited is the visitor
        visitor_state = party(invited)
        persons = [a for a in persons if a is invited]
    if visitor_state is None and not frame.suffix:
        fronted = _host_before_visitor(frame)
        if fronted is not None:  # زار تركيا الجنرال الأمريكي …: the host is the object, fronted before the visitor
            visitor_state = party(fronted)
            persons = [fronted] if fronted.kind == "person" else persons
    if visitor_state is None:  # زيارة المدير العام لمنظمة الصحة العالمية إلى ليبيريا: an organization's official
        owner = next((a for a in frame.args if _titled_official_of_body(a) and not a.prep
                      and 0 <= a.start - frame.trigger[1] <= VISIT_OWNER_REACH), None)
        visitor_state = owner.actor.org if owner is not None else None
    destination = _own_visit_to_the_host(frame, visitor_state)
    if destination is not None:  # التقى الوزير الأمريكي رئيس الوزراء العراقي خلال زيارته للعراق: the guest's visit
        guest = _subject_of_the_sentence(frame, destination.state)
        if guest is None:
            return []  # أثناء جولته في «البنتاغون» الأميركي: nobody else's, a visit within his own state
        persons, visitor_state = [guest], party(guest)
    if destination is not None:  # (the guest found above acts for a side other than the destination's)
        hosts = [destination]
    elif frame.suffix:  # البلد الذي زاره مسؤول سعودي: the host stands before the verb
        before = [a for a in frame.before() if a.state != visitor_state]
        # … but the place one leaves (يغادرها إلى …) is not visited
        hosts = [] if frame.verb_cue("departure") else before[-1:]
    else:
        if visitor_state is None:
            # بزيارة رسمية لإيطاليا: a state or city after ل right after the visit's word is where it goes, not who
            # goes; with no visitor named, the passage's state is not taken for one (a scout troop, a child)
            lam_to = [a for a in frame.after() if a.prep == "ل" and _named_place(a)
                      and a.start - frame.trigger[1] <= LAM_TO_REACH]
            to = sorted([a for a in frame.after() if a.prep == "الي"] + lam_to, key=lambda a: a.start)
            # وصلت من باريس إلى لوس أنجلوس: where a traveller comes from says nothing of whom he acts for
            listed = frame.lexicon.cue_regexes["itinerary"].search(frame.text, frame.trigger[1], frame.sent[1])
            # … nor are its destinations, nor a state named bare after a verb of visiting (زار السعودية 13 مرة:
            # its object, visited)
            visited = frame.verb_cue("visits_object") is not None
            between = [a for a in frame.after() if (not to or a.end <= to[0].start) and a.prep != "من"
                       and (listed is None or a.end <= listed.start())]
            # (only when the verb's object stands right after it, as a state's bare name, are the bare names after it
            # its objects: زارت البارونة … لدعم الكويت has a subject there)
            right_after = visited and bool(between) and not between[0].prep and _bare_state_name(between[0]) \
                and between[0].start - frame.trigger[1] <= OBJECT_GAP
            objects = [a for a in between if right_after and not a.prep and _bare_state_name(a)]
            # … and then the visitor is its subject (زار السعودية أمس وفد عراقي), no place named further on
            between = [a for a in between if a not in objects and not (objects and (a.prep or a.kind == "place"))]
            # (with the state visited named, a visitor is one the sentence names, not the passage's state: التي
            # تزور ماليزيا، زارت المصورة الصين)
            visitor_state = between[0].state if between else None if lam_to or objects \
                else frame.subject(travels=True)
            if between and between[0].prep == "في" and not frame.suffix \
                    and between[0].start - frame.trigger[1] <= VISITED_IN_REACH \
                    and not _COMMA.search(frame.text, frame.trigger[1], between[0].start):
                visitor_state = None  # زيارة المدن الساحلية في اليمن والكويت: a place visited, its visitor unsaid
            if between and _listed_destinations(frame, between):
                visitor_state = _traveller_before(frame)
        scene = _scene_of_visit(frame, visitor_state)
        hosts = _outside_quotes(frame, _scene_before_a_far_place(frame, scene)
                                or _host_chain(frame, visitor_state) or scene
                                or _destination_told_before(frame, visitor_state))
        if hosts:
            hosts = _hosts_in_addition(frame, visitor_state) + hosts
        subject = _subject_of_the_sentence(frame, None) if not hosts and during and not frame.suffix else None
        met = _met_at_home(frame, subject) if subject is not None else []
        if met:
            # التقى الوزير الأمريكي رئيس إقليم كردستان العراق خلال الزيارة: a visit named by no place is the
            # sentence's subject's, to the home of the one he met there
            persons, visitor_state, hosts = [subject], party(subject), met
        anaphor = None if hosts else _anaphor_host(frame, visitor_state)
        if anaphor:
            # إلى المملكة stands for a state no mention names: an argument of its own (there may be no other)
            stand_in = Mention("", frame.trigger[1], frame.trigger[1], "", anaphor, "state")
            hosts = [Arg(stand_in, frame.trigger[1], frame.trigger[1], anaphor, "state", "الي")]
    out = []
    # when the visitor's state acts only through envoys posted to the host (سفير المغرب لدى المملكة, at a reception
    # in Riyadh), nobody came: they live there (the guide); a minister met by his ambassador did come
    officials = [a for a in frame.args if a.actor is not None and a.actor.office and a.state == visitor_state]
    posted = {a.actor.posting for a in officials} if officials and all(a.actor.posting for a in officials) else set()
    seat = frame.seats().get(visitor_state or "")
    level = frame.level(persons or _traveller_named_after(frame, visitor_state))  # the visitor's, whatever the host
    for host in hosts:
        if not host.state or host.state == visitor_state or host.state in posted or seat == host.state:
            continue  # … or an organization's officials at its seat (the GCC's secretary general in Riyadh)
        if host.prep == "من" and _came_from(frame, host):
            continue  # وصل فريق من الإمارات، قادما من الرياض: where the traveller came from is not visited
        roles: Roles = {}
        if persons and persons[0].person:
            roles["visitor"] = persons[0].person
        elif visitor_state and level in LEADER_OFFICES and frame.date and any(
                a.actor is not None and a.state == visitor_state and a.actor.level == level for a in frame.args):
            # زيارة الرئيس الكازاخستاني … عام 1998: the office held by one person at that date names the visitor (a
            # title whose state is said; الرئيس الشيشاني, a region's, with the state from context, names nobody)
            holder = frame.gazetteer.office_holder(visitor_state, level, frame.date)
            if holder:
                roles["visitor"] = holder
        if visitor_state:
            roles["visitor_state"] = visitor_state
        roles["host_state"] = host.state
        if _location(host):
            roles["location"] = _location(host)
        if level:
            roles["level"] = level
        if "visitor_state" in roles:
            out.append(roles)
    if len(out) == 1 and not frame.suffix:
        first = next((a for a in (persons[:1] + nisbas[:1]) if a.start >= frame.trigger[1]), None)
        out += [_fellow_visit(frame, fellow, out[0]) for fellow in _fellow_travellers(frame, first, out[0])]
    return out


# "، و" right before a coordinated actor's title (، والوفد البحريني); one word may end the last name before its comma
_AND_NEXT = re.compile(r"\s*(?:[^\s،,]+\s*[،,]|[،,])?\s*و\s*$")


def _fellow_travellers(frame: Frame, first: Arg | None, roles: Roles) -> list[Arg]:
    """وصل الرئيس المصري والملك الأردني إلى الرياض; وصل الوفد الكويتي برئاسة …، والوفد البحريني برئاسة …: the
    officials and delegations of other states coordinated with the visitor, right after the verb, travel with him.
    Each joins by "و" right before his title, which names his state (نائب الرئيس التشادي ووزير الاقتصاد is one
    man's two offices); one of the same state as the last (the head of its delegation, a name after a title) goes on
    with the list; anything else ends it."""
    if first is None:
        return []
    host = roles["host_state"]
    chain_end, last_state, seen = first.end, first.state, {first.state, host}
    fellows: list[Arg] = []
    for arg in sorted((a for a in frame.args if a.start >= first.end and a.state), key=lambda a: a.start):
        gap = frame.text[chain_end:arg.start]
        if arg.state == last_state and not arg.prep and "و" not in gap.split() \
                and (len(gap.split()) <= 1 or _words_of_its_head(frame, gap)):
            chain_end = max(chain_end, arg.end)  # برئاسة الشيخ …: the head of the delegation just named
            if fellows and arg.person and not fellows[-1].person:
                fellows[-1] = arg  # who heads it names the visitor
            continue
        if not _AND_NEXT.fullmatch(gap) or arg.actor is None or not (arg.actor.office or arg.kind == "person") \
                or not arg.actor.explicit or arg.state in seen or str(arg.state).startswith(("group:", "org:")):
            break
        fellows.append(arg)
        seen.add(arg.state)
        chain_end, last_state = arg.end, arg.state
    return fellows


HEAD_WORDS = 7  # words between a delegation and its head's name (برئاسة نائب رئيس مجلس الوزراء العماني)


def _words_of_its_head(frame: Frame, gap: str) -> bool:
    """Whether the words after a delegation say who heads it (برئاسة نائب رئيس الدولة، …) and run on, with no comma
    or و between, to a mention of the same state: the head's title, unread as an actor, is still the delegation's."""
    words = gap.split()
    return bool(words) and words[0] in frame.lexicon.cues.get("headed_by", {}) and len(words) <= HEAD_WORDS \
        and not _COMMA.search(gap)


def _fellow_visit(frame: Frame, fellow: Arg, roles: Roles) -> Roles:
    """The visit of one who travelled with the visitor: the same host and place, his own state and level."""
    out: Roles = {}
    if fellow.person:
        out["visitor"] = fellow.person
    out["visitor_state"] = fellow.state
    out["host_state"] = roles["host_state"]
    if "location" in roles:
        out["location"] = roles["location"]
    level = frame.level([fellow])
    if level:
        out["level"] = level
    return out


_EXPLAINING = r"[،,]\s*(?:{explaining})\s+$"  # "، إذ" right before the verb: it explains what came before


def _destination_told_before(frame: Frame, visitor_state: str | None) -> list[Arg]:
    """اكتمل توافد الوفود إلى الدوحة، إذ وصل الوفد التشادي …: an arrival verb opening a clause that explains
    the one before it (، إذ، حيث) arrives where that clause went (إلى + a place), when nothing after it says where."""
    if visitor_state is None or not frame.verb_cue("arrival"):
        return []
    start = frame.verb_start()
    explaining = frame.lexicon.phrase(_EXPLAINING).search(frame.text, max(frame.sent[0], start - 12), start)
    if explaining is None:
        return []
    to = [a for a in frame.before() if a.prep == "الي" and _named_place(a) and a.end <= explaining.start()
          and a.state != visitor_state]
    return to[-1:]


def _location(arg: Arg) -> str | None:
    """The place a visit's host argument names, when it is a city or a region (not a state): its ``location``."""
    return arg.mention.id if arg.kind == "place" and arg.mention.kind == "place" else None


def _joint_visit(frame: Frame) -> list[Roles]:
    """التقى رئيسا الوزراء الهندي والباكستاني أثناء زيارتهما روسيا: a visit owned by two or more (زيارتهما،
    زيارتهم) is each side's named before it, to the place right after it; neither visits the other. With no place
    after it, where they went is not said here."""
    reach = frame.trigger[1] + len(frame.suffix) + LAM_TO_REACH
    to = next((a for a in frame.after() if _named_place(a) and a.prep in ("", "ل", "الي") and a.start <= reach),
              None)
    if to is None:
        return []
    visitors = dict.fromkeys(a.state for a in frame.before() if a.start >= frame.opening and a.prep in ("", "مع")
                             and a.state != to.state and not str(a.state).startswith("group:"))
    out: list[Roles] = []
    for visitor in visitors:
        roles: Roles = {"visitor_state": visitor, "host_state": to.state}
        if _location(to):
            roles["location"] = _location(to)
        out.append(roles)
    return out


_OWNED_NOUN = re.compile(r"ت(?:ه|ها|هما|هم)$")  # زيارته، زيارتها: a noun's ة is written ت before its owner's pronoun


def _own_visit_to_the_host(frame: Frame, visitor_state: str | None) -> Arg | None:
    """The state a visit noun with its owner's pronoun goes to (زيارته للعراق), when the nearest person, taken for
    its owner, acts for that very state: he is the one met there, so the pronoun is the sentence's other side's."""
    if visitor_state is None or not _OWNED_NOUN.search(frame.text, frame.trigger[0], frame.trigger[1]):
        return None
    to = next((a for a in frame.after() if a.prep in ("ل", "الي") and _named_place(a)
               and a.start - frame.trigger[1] <= LAM_TO_REACH), None)
    return to if to is not None and to.state == visitor_state else None


_BEFORE_OR_AFTER_THAT = r"(?<![^\W_])(?:{before_or_after})\s+[اأ]ن\s+$"


def _met_at_home(frame: Frame, visitor: Arg) -> list[Arg]:
    """The official the visitor met, named after him and before the visit's word (bare, or after ب or مع), who acts
    for another state and is posted nowhere abroad: his state is where the meeting, and so the visit, took place."""
    visitor_state = party(visitor)
    met = next((a for a in frame.of_kind("person", after_only=False) if visitor.end <= a.start
                and a.end <= frame.trigger[0] and a.prep in ("", "ب", "مع") and a.state
                and a.state != visitor_state and a.actor is not None and not a.actor.posting), None)
    return [met] if met is not None else []


def _subject_of_the_sentence(frame: Frame, other_than: str | None) -> Arg | None:
    """The first person of the sentence before the trigger, governed by no preposition, who acts for a side other
    than ``other_than`` (the subject of a verb that opens it: التقى وزير الدفاع الأمريكي …)."""
    return next((a for a in frame.of_kind("person", after_only=False) if frame.sent[0] <= a.start
                 and a.end <= frame.trigger[0] and not a.prep and party(a) and party(a) != other_than), None)


def _traveller_named_after(frame: Frame, visitor_state: str | None) -> list[Arg]:
    """يصل إلى بيروت الأحد المقبل وفد رفيع من الخارجية الفرنسية: the subject named after the verb, its destination
    and its day, past the reach of a level word read at the trigger: the first actor of the visitor's state after
    the trigger, governed by no preposition, that holds an office."""
    if visitor_state is None:
        return []
    horizon = frame.horizon or frame.sent[1]
    return next(([a] for a in frame.after() if a.start < horizon and not a.prep and a.state == visitor_state
                 and a.actor is not None and a.actor.level), [])


def _listed_destinations(frame: Frame, after: list[Arg]) -> bool:
    """وزار أيضا الكويت والعراق، عدم زيارة البحرين والسعودية: states joined by و right after the visit's word are
    the places the (unsaid) visitor went to, not a visitor and his host."""
    first = after[0]
    return first.kind == "state" and not first.prep and len(frame.coordinated(first, after)) > 1


def _traveller_before(frame: Frame) -> str | None:
    """The visitor of a visit whose destinations follow it in a list: the nearest person before it in the sentence
    who acts for a state (the subject of the clause the visit goes on), else nobody."""
    persons = [a for a in frame.of_kind("person", after_only=False) if a.end <= frame.trigger[0] and party(a)]
    return party(persons[-1]) if persons else None


def _right_at_the_act(frame: Frame, arg: Arg) -> bool:
    """Whether an argument stands within ``ORG_OFFICIAL_REACH`` of the trigger, on either side, with no comma
    between them (… الرئيس الدوري للمجلس، أهمية الزيارة: the comma closes the phrase he is named in)."""
    lo, hi = _stretch_to_trigger(frame, arg)
    return hi - lo <= ORG_OFFICIAL_REACH and not _COMMA.search(frame.text, lo, hi)


def _stretch_to_trigger(frame: Frame, arg: Arg) -> tuple[int, int]:
    """The text between an argument and the trigger, on whichever side of it the argument stands."""
    return (frame.trigger[1], arg.start) if arg.start >= frame.trigger[1] else (arg.end, frame.trigger[0])


def _gap_to_trigger(frame: Frame, arg: Arg) -> int:
    """How many characters lie between an argument and the trigger."""
    lo, hi = _stretch_to_trigger(frame, arg)
    return hi - lo


def _titled_official_of_body(arg: Arg) -> bool:
    """Whether a person acts for an organization by an office his title gives (الأمين العام لمنظمة أوبك)."""
    return arg.actor is not None and bool(arg.actor.org) and bool(arg.actor.office) and not arg.actor.state


QUOTED_NAME_WORDS = 3  # a quotation of this many words or fewer names something («أوبك»، "حوار إستراتيجي")


def quoted_after(text: str, sent: tuple[int, int], start: int) -> list[tuple[int, int]]:
    """The quotations of the sentence ``sent`` that open after ``start`` (a trigger's end): what someone said, not
    who acts in the act before it. Marks are paired from the sentence's start (a straight quote closing the one the
    trigger stands in opens nothing); one the sentence splitter cut before its closing mark runs to the end; a
    name in quotation marks is no speech."""
    return [span for span in _speech(text, sent[0], sent[1]) if span[0] >= start]


def _speech(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The quotations between ``lo`` and ``hi``, marks paired from ``lo``, that say something: a quotation of
    ``QUOTED_NAME_WORDS`` words or fewer names something («أوبك»، "إسرائيل") and is no speech."""
    return [m.span() for m in _QUOTE_TO_END.finditer(text, lo, hi) if len(m.group().split()) > QUOTED_NAME_WORDS]


def _outside_quotes(frame: Frame, hosts: list[Arg]) -> list[Arg]:
    """صرح فور وصوله إلى القاعة: «… كوريا …»: a state named in what the visitor said after arriving is no place he
    went to; a name alone in quotation marks (توجه إلى "إسرائيل"), as some papers write names, is no speech."""
    # (a quotation the sentence splitter cut before its closing mark runs to the end of the sentence)
    quotes = _speech(frame.text, frame.trigger[1], frame.sent[1])
    return [h for h in hosts if not any(q0 <= h.start < q1 for q0, q1 in quotes)]


_COMMA = re.compile(r"[،,]")
ORG_OFFICIAL_REACH = 30  # characters between a visit's word and an unnamed official of an organization visiting
LAM_TO_REACH = 16  # characters after a visit's word where ل + a place names its destination (زيارة رسمية لإيطاليا)
_CAME_FROM = r"(?:^|\s)(?:(?:{coming_stem})\S*|(?:{coming_word}))\s+من\s+$"  # قادما من، آتيا من


def _came_from(frame: Frame, arg: Arg) -> bool:
    """Whether a place after من is where a traveller came from: right after the arrival verb (وصل من الإمارات) or
    after قادما (قادما من الرياض); not كلا من، الشطر الشمالي من."""
    before = frame.text[max(frame.sent[0], arg.start - 20):arg.start]
    right_after = 0 <= arg.start - frame.trigger[1] <= 5 and before.rstrip().endswith("من")
    return right_after or frame.lexicon.phrase(_CAME_FROM).search(before) is not None


def _word_before(frame: Frame, arg: Arg, reach: int) -> str:
    """The word right before an argument, within ``reach`` characters and its sentence ("" when none)."""
    before = frame.text[max(frame.sent[0], arg.start - reach):arg.start].split()
    return before[-1] if before else ""


CARGO_REACH = 120  # characters after an arrival verb where its subject (a plane, a ship, aid) may stand


def _cargo_arrives(frame: Frame) -> bool:
    """وصلت أمس إلى مطار المكلا أول طائرة شحن كويتية: the first thing the clause names after the verb, with no official
    or person before it, is a plane, a ship or aid (``cargo`` cues): what arrived is cargo, not a visitor."""
    horizon = min(frame.horizon or frame.sent[1], frame.trigger[1] + CARGO_REACH)
    # على متن الطائرة الرئاسية، بطائرة خاصة: the traveller's means, not what arrived
    cargo = next((m for m in frame.lexicon.cue_regexes["cargo"].finditer(frame.text, frame.trigger[1], horizon)
                  if "ب" not in frame.text[m.start():m.start("w")]
                  and frame.text[max(0, m.start() - 5):m.start()].split()[-1:] != ["متن"]), None)
    if cargo is None:
        return False
    # وصل الوزير … على متن طائرة: the official came, by plane; … إلى المكلا في اليمن، وصلت أمس ثالث طائرة: the
    # officials of the clause before the comma ordered the flight
    opening = max(frame.sent[0], frame.opening, *(frame.text.rfind(comma, frame.sent[0], frame.trigger[0]) + 1
                                                  for comma in "،,"))
    return not any(a.actor is not None and a.actor.kind in ("person", "official", "body")
                   and opening <= a.start < cargo.start() for a in frame.args)


_BELONGING = frozenset({"تابعه", "تابع"})  # تابعة لـ (normalized): belonging to
VEHICLE_OWNER_REACH = 10  # characters between a vehicle's word and the ل that names its owner (سفينة تابعة لـ)
VEHICLE_REACH = 24  # characters of the two words before a nisba that may name a vehicle (طائرة شحن كويتية)


def _vehicle_before(frame: Frame, arg: Arg) -> bool:
    """الطائرة السعودية، سفينة إماراتية: a state's adjective describing a plane, a ship or a convoy (the words that
    rule out a visit in ``sense_block``)."""
    blocks = frame.lexicon.cues.get("sense_block", {})
    lo = max(frame.sent[0], arg.start - VEHICLE_REACH)
    words = frame.text[lo:arg.start].split()
    if lo > frame.sent[0] and not frame.text[lo - 1].isspace():
        words = words[1:]  # a word cut by the reach is not one of the two
    # طائرة شحن كويتية: a bare nisba may describe a vehicle two words back; a titled official (الطائرة الرئاسية
    # الرئيس المصري) is the traveller
    words = words[-2:] if arg.actor is None or not arg.actor.office else words[-1:]
    return any("visit" in blocks.get(word, "").split() for word in words)  # طائرة شحن كويتية


def _after_opposed(frame: Frame, arg: Arg) -> bool:
    """Whether one of the two words before an argument says it is opposed (ضد، بمواجهة نشاط …)."""
    opposed = frame.lexicon.cues.get("opposed", {})
    return any(word in opposed for word in frame.text[max(frame.sent[0], arg.start - 30):arg.start].split()[-2:])


def _after_not_actor(frame: Frame, arg: Arg) -> bool:
    """ورثة الاتحاد السوفيتي، مثل مصر: a state right after such a word is talked about, not a party."""
    return _word_before(frame, arg, 12) in frame.lexicon.cues.get("not_actor", {})


def talks(frame: Frame) -> list[Roles]:
    if _interview(frame):
        return []
    receives = frame.takes_object()
    if receives and (frame.nobody_right_after() is not None or _guests_are_nobody(frame)):
        return []  # استقبلت نزلاء من …، استقبل رئيس الشركة …: guests or a host acting for nobody
    described = _described_pair(frame)
    if diary := _diary_guests(frame):
        parties = diary  # وفي يوم الاثنين استقبل ولي عهد الأردن ووزير خارجية عمان: the paper's head and each
    elif described:  # القمة السعودية الفرنسية، الاجتماع الجزائري - الإسباني: the sides the meeting is named by
        parties = described
    elif awaited := _waiting_on_arrival(frame):
        parties = awaited
    elif met_there := _met_where_he_travelled(frame):
        parties = met_there
    elif frame.pair and frame.pair_is_subject() and not [a for a in frame.before() if a.start >= frame.clause[0]]:
        parties = list(frame.pair)
    else:
        parties = _interaction_parties(frame, receives)
    # a reception needs its guest (وفودا من عشرات الدول is none), unless the meeting is told "between" two sides
    # (لقاء بين وزير الخارجية المصري ونظيره السعودي)
    if len(parties) < 2 and _partner_is_nobody(frame):
        return []  # محادثات سلام مع الأكراد: the one partner named acts for no state; the passage's pair is not it
    if len(parties) < 2 and (not receives or _BETWEEN_NEXT.match(frame.text, frame.trigger[1])):
        parties = _stated_sides(frame) or _with_the_venue(frame, _with_the_visited(frame, parties))
    if len(parties) < 2:
        parties = _with_the_visitor(frame, parties)
    if len(parties) < 2:
        return []
    # the channel of this act, not of another in its sentence (استقبل الوزير …، وتلقى رسالة من …)
    end = max(frame.horizon or frame.sent[1], frame.trigger[1])
    channel = frame.cue("channel", max(frame.sent[0], frame.opening), end)
    roles: Roles = {"parties": parties, "channel": channel or "meeting"}
    level = frame.level(frame.of_kind("person", after_only=False))
    if level:
        roles["level"] = level
    return [roles]


VENUE_GAP = 4  # characters between a word of talks and the في of the place they were held in (ناقش في الكويت)


def _held_elsewhere(frame: Frame) -> bool:
    """ناقش في الكويت العلاقات الثنائية: talks held in a state that is neither side of the passage's pair (the
    nuclear talks the story began with) are not that pair's, whatever pair word (الثنائية) they name; their partner
    is where they were held."""
    venue = next((a for a in frame.after() if a.prep == "في" and a.kind in ("state", "place") and a.state
                  and a.start - frame.trigger[1] <= VENUE_GAP), None)
    return venue is not None and venue.state not in frame.pair


GUESTS_REACH = 30  # characters after a reception's subject where its guests are named (نحو 6.7 مليون سائح)
NOBODY_PARTNER_REACH = 20  # characters after a word of talks where its مع and partner stand (محادثات سلام مع …)


def _partner_is_nobody(frame: Frame) -> bool:
    """Whether the partner after the act's مع (two words at most after it) is a phrase acting for no state."""
    for start, _end in frame.non_state:
        between = frame.text[frame.trigger[1]:start].split()
        if 0 <= start - frame.trigger[1] <= NOBODY_PARTNER_REACH and between[-1:] == ["مع"] and len(between) <= 2:
            return True
    return False


def _guests_are_nobody(frame: Frame) -> bool:
    """Whether a country named right after the verb of receiving receives guests who act for nobody, named right
    after it (استقبلت اليونان قرابة مليوني سائح أغلبهم من الألمان: tourists, whatever their nationality). Only a
    state by its name: an official's guests are told otherwise (وهناك التقى مسؤولين عراقيين لبحث الحرب على تنظيم …)."""
    after = frame.after()
    if not after or after[0].kind != "state" or (after[0].actor is not None and after[0].actor.kind != "state") \
            or after[0].start - frame.trigger[1] > NON_STATE_SUBJECT_REACH:
        return False
    subject, rest = after[0], after[1:]
    return any(0 <= n[0] - subject.end <= GUESTS_REACH and (not rest or n[0] < rest[0].start)
               for n in frame.non_state)


_BETWEEN_NEXT = re.compile(r"\s+(?:\S+\s+)?بين\s")  # لقاء بين، اللقاء الثنائي بين
# what may stand between a meeting's word and the two adjectives of its sides, and between them
PAIR_GAP = re.compile(r"\s*(?:-|–|و)?\s*")
# one adjective of the act's own may stand before the pair (مفاوضات جدية أميركية – تركية، مباحثات رسمية سعودية فرنسية)
FIRST_PAIR_GAP = re.compile(r"\s*(?:[^\W\d_]{3,}ه\s+)?")


def adjectival(text: str, start: int, form: str) -> bool:
    """Whether a state mention at ``start`` may be an adjective of the noun before it: a nisba, or a name with the
    article (السعودية), which agrees with a noun as a nisba does."""
    return form == "nisba" or (form == "name" and text.startswith("ال", start))


def adjective_pair(text: str, end: int, states: list[tuple[int, int, str, str]]) -> list[str]:
    """The two states whose adjectives stand right after a word ending at ``end`` (المباحثات السعودية الفرنسية،
    الاجتماع الجزائري - الإسباني), else none. ``states``: (start, end, state, form) of the state mentions after it;
    an adjective is a nisba, or a name with the article (السعودية), which agrees with a noun as a nisba does."""
    adjectives = sorted(s for s in states if s[0] >= end and adjectival(text, s[0], s[3]))[:2]
    if len(adjectives) < 2 or adjectives[0][2] == adjectives[1][2] \
            or not FIRST_PAIR_GAP.fullmatch(text, end, adjectives[0][0]) \
            or not PAIR_GAP.fullmatch(text, adjectives[0][1], adjectives[1][0]):
        return []
    return [adjectives[0][2], adjectives[1][2]]


def _described_pair(frame: Frame) -> list[str]:
    """The two states whose adjectives follow the act's word, else none."""
    return adjective_pair(frame.text, frame.trigger[1], [(a.start, a.end, a.state, a.mention.form)
                                                         for a in frame.after() if a.kind == "state" and not a.prep])


VENUE_REACH = 60  # characters after a talks word where the capital it was held in may stand


def _with_the_venue(frame: Frame, sides: list[str]) -> list[str]:
    """مباحثات الوزير المصري في الرياض: talks of one state held in another's capital, or in a place of it named right
    after the word (محادثات في المملكة), are with that state (not in a city of neutral ground or of an organization's
    seat: جنيف، فيينا)."""
    if len(sides) != 1:
        return sides
    venue = next((a for a in frame.after() if a.prep == "في" and (
        (a.mention.form == "capital" and a.start - frame.trigger[1] <= VENUE_REACH) or _venue_right_after(frame, a))
        and a.start < (frame.horizon or frame.sent[1])), None)
    if venue is None or not venue.state or venue.state == sides[0] or post_of(venue, frame.args) \
            or frame.cue("neutral_venue", venue.start, venue.end) or frame.seats().get(sides[0]) == venue.state:
        return sides  # (the Arab League's consultations in Cairo are at its own seat)
    return [sides[0], venue.state]


# لقاؤه في الجزائر (العاصمة) مع فلان: a partner of its own, whom the venue is not
_WITH_WORD = re.compile(r"(?<![^\W_])مع(?![^\W_])")
WITH_AFTER_VENUE_REACH = 12  # characters after the venue where that partner's مع may stand
_SAYING_OPENS = re.compile(r":\s*\S")  # a colon before the words said
_RIGHT_AFTER_IN = re.compile(r"\s+في\s*$")  # محادثات في جدة: the place right after the talks' word


def _venue_right_after(frame: Frame, arg: Arg) -> bool:
    """A state or a city of it (not an official or a body) named right after the talks' word and its في (بعد
    محادثات في المملكة، مباحثاته في جدة): where they were held, as a capital further on is."""
    return arg.kind in ("state", "place") and (arg.actor is None or arg.actor.kind == "state") \
        and _RIGHT_AFTER_IN.fullmatch(frame.text, frame.trigger[1], arg.start) is not None \
        and _WITH_WORD.search(frame.text, arg.end, arg.end + WITH_AFTER_VENUE_REACH) is None


PURPOSE_REACH = 8  # characters before a talks word where the word making them a journey's purpose stands (لإجراء)


def _with_the_visited(frame: Frame, sides: list[str]) -> list[str]:
    """يزور الوزير الأمريكي مصر الأحد لإجراء محادثات: talks that are the purpose of a journey, with nobody named for
    them, are with the state travelled to, the nearest state or capital before them (after إلى or as the object)."""
    # (… or the act's own word governed by the ل of purpose: وصل إلى بغداد للبحث مع مسؤولين)
    purpose = frame.cue("talks_purpose", frame.trigger[0] - PURPOSE_REACH, frame.trigger[0]) is not None \
        or (_LAM_OF_PURPOSE.search(frame.text, max(0, frame.trigger[0] - 3), frame.trigger[0]) is not None
            and _WITH_NEXT.match(frame.text, frame.trigger[1]) is not None)
    if len(sides) != 1 or not purpose:
        return sides
    journey = _journey_before(frame)
    if journey is None:
        return sides  # طلبت تركيا من الحلف عقد اجتماع: a purpose with no journey before it
    visited = [a for a in frame.before() if a.start >= journey and a.state and a.state != sides[0]
               and (a.actor is None or a.actor.kind == "state") and a.prep in ("", "الي") and _named_place(a)]
    return [sides[0], visited[-1].state] if visited else sides


def _with_the_visitor(frame: Frame, sides: list[str]) -> list[str]:
    """خلال زيارة للرئيس الغاني إلى باريس اجتمع خلالها بالرئيس الفرنسي، زيارة لوزير الخارجية البريطاني إلى عمّان
    حيث اجتمع برئيس الوزراء: a meeting whose subject goes unsaid, told as taking place during a visit named before
    it (خلالها right after its verb, or حيث right before it), is between the visitor (the official the visit noun
    is of, right after it or after its ل) and the one met (the side found, else the object after the verb)."""
    after = frame.text[frame.trigger[1]:frame.trigger[1] + DURING_WORD_REACH].split()[:1]
    during = bool(after) and after[0] in frame.lexicon.cues.get("during", {})
    if not during and _word_before_trigger(frame) != "حيث":
        return sides
    visits = list(frame.lexicon.phrase(_VISIT_NOUN).finditer(frame.text, frame.sent[0], frame.trigger[0]))
    if not visits or any(a.end <= frame.trigger[0] and a.start >= visits[-1].end() and not a.prep and a.kind == "person"
                         and a.start - visits[-1].end() > VISIT_OWNER_GAP for a in frame.args):
        return sides  # someone else, not the visit's owner, stands as the verb's subject
    partner = sides[0] if sides else next((party(a) for a in _met_right_after(frame)), None)
    owner = next((a for a in frame.args if 0 <= a.start - visits[-1].end() <= VISIT_OWNER_GAP
                  and a.prep in ("", "ل") and a.kind == "person" and party(a)), None)
    if owner is None:  # زيارة لم تعلن سلفا لوزير الدفاع: a clause about the visit before its owner's ل
        owner = next((a for a in frame.args if 0 <= a.start - visits[-1].end() <= VISIT_OWNER_LAM_REACH
                      and a.end <= frame.trigger[0] and a.prep == "ل" and a.kind == "person" and party(a)), None)
    if owner is None or partner is None or party(owner) == partner:
        return sides
    return [party(owner), partner]


def _waiting_on_arrival(frame: Frame) -> list[str]:
    """وكان في استقبال الرئيس الكيني لدى وصوله إلى المطار الرئيس الأوغندي: those "at the reception" of a guest,
    named after the time of his arrival, are his hosts; the guest is named right after the word. Empty for any other
    shape (a pronoun's guest, في استقباله, is told elsewhere)."""
    if frame.suffix or not _AT_RECEPTION.search(frame.text, max(frame.sent[0], frame.trigger[0] - 8),
                                                 frame.trigger[0]):
        return []
    guest = next((a for a in frame.args if 0 <= a.start - frame.trigger[1] <= GUEST_REACH and not a.prep
                  and a.kind == "person" and party(a)), None)
    on_arrival = frame.lexicon.phrase(_ON_ARRIVAL)
    arrival = on_arrival.search(frame.text, guest.end, min(frame.sent[1], guest.end + ARRIVAL_REACH)) \
        if guest is not None else None
    if arrival is None:
        return []
    # the hosts: the first official after the place of arrival (وصوله إلى المطار، وصوله مطار الملك خالد)
    host = next((a for a in frame.args if a.start >= arrival.end() and a.kind == "person" and not a.prep
                 and party(a)), None)
    if host is None or party(host) == party(guest):
        return []
    return [party(guest), party(host)]


_AT_RECEPTION = re.compile(r"(?<![^\W_])في\s+$")
_ON_ARRIVAL = r"(?<![^\W_])(?:{on_the_moment_of})\s+(?:{arrival_noun})(?:ه|ها|هما|هم)(?![^\W_])"
GUEST_REACH = 3  # characters between في استقبال and the guest
ARRIVAL_REACH = 200  # characters between the guest (his titles and names, or the two guests) and لدى وصوله


def _met_where_he_travelled(frame: Frame) -> list[str]:
    """وصل المبعوث إلى طرابلس حيث التقى رئيس الحكومة: a meeting told after حيث, its subject unsaid, that
    follows a verb of travelling in its sentence is between the traveller (that verb's subject, right after it) and
    the one met right after the meeting's verb; empty for any other shape."""
    if _word_before_trigger(frame) != "حيث":
        return []
    journey = _journey_before(frame)
    if journey is None:
        return []
    traveller = next((a for a in frame.args if 0 <= a.start - journey <= TRAVELLER_REACH and not a.prep
                      and a.kind == "person" and party(a)), None)
    met = next((a for a in _met_right_after(frame) if party(a)), None)
    if traveller is None or met is None or party(traveller) == party(met):
        return []
    return [party(traveller), party(met)]


def _met_right_after(frame: Frame) -> Iterator[Arg]:
    """The people or states after a meeting's verb, bare or after ب or مع, within its object's reach: whom it met."""
    return (a for a in frame.after() if a.prep in ("", "ب", "مع") and a.kind in ("person", "state")
            and a.start - frame.trigger[1] <= OBJECT_REACH)


TRAVELLER_REACH = 6  # characters between a verb of travelling and its subject (وصل المبعوث)
DURING_WORD_REACH = 10  # characters after a meeting's verb where "during which" (خلالها) stands
VISIT_OWNER_GAP = 3  # characters between a visit noun and its owner (زيارة للرئيس، زيارة الرئيس)
VISIT_OWNER_LAM_REACH = 40  # … and, after ل, past a clause about the visit (زيارة لم تعلن سلفا لوزير …)
# (in the normalized text, where ة is ه)
_VISIT_NOUN = r"(?<![^\W_])[وفبل]?(?:ال)?(?:{visit_noun})(?![^\W_])"


_LAM_OF_PURPOSE = re.compile(r"(?<![^\W_])(?:لل|ل)$")  # للبحث، لبحث: the word of the act governed by ل
_WITH_NEXT = re.compile(r"\s+مع\s")  # … followed by مع: للبحث مع مسؤولين (لبحث الانتهاكات is an inquiry)


def _journey_before(frame: Frame) -> int | None:
    """Where the last verb of travelling (``journey`` cues: يزور، وصل، توجه …) before the trigger ends in its
    sentence, if any."""
    ends = [m.end() for m in frame.lexicon.cue_regexes["journey"].finditer(frame.text, frame.sent[0], frame.trigger[0])]
    return ends[-1] if ends else None


def agreement(frame: Frame) -> list[Roles]:
    if _signed_by_nobody(frame) or _with_unnamed_states_then_a_contrast(frame) or _a_law_signed(frame):
        return []
    instruments = [a for a in frame.of_kind("instrument") if a.start - frame.trigger[1] <= 80]
    if not instruments:  # الاتفاق النووي الذي تم توقيعه: the instrument named before the verb of its clause
        instruments = [a for a in frame.of_kind("instrument", after_only=False)
                       if frame.clause[0] <= a.start < frame.trigger[0]][-1:]
    named_in_phrase = frame.cue("phrase_parties", frame.trigger[0], frame.trigger[1]) is not None or _since_it(frame)
    unnamed = _between_one_and_the_unnamed(frame)
    if unnamed is not None:
        parties = unnamed  # توقيع الاتفاقية بين إيران والغرب: one side named, the other no actor of ours
    elif named_in_phrase:
        parties = _phrase_parties(frame)
    else:
        chain, orgs = _org_conjuncts(frame)
        # one state with an organization: the two sides, whatever pair the passage holds; several states (وقعت كل
        # من الولايات المتحدة وبريطانيا … والاتحاد الأوروبي): the states' own reading, and the organization with them
        parties = chain if len(chain) - len(orgs) == 1 else _distinct(_parties(frame) + orgs)
    parties = _not_the_reporter(frame, parties)
    if named_in_phrase and len(parties) < 2:  # منذ إبرام الاتفاقية مع طهران, in a story of the nuclear file
        parties = _parties_of_the_instrument(frame, instruments, parties) or parties
    if len(parties) < 2:  # an organization may be the other party (بين مجلس التعاون الخليجي وكازاخستان)
        orgs = [a.mention.id for a in frame.of_kind("org") if a.prep == "بين" and a.start < frame.clause[1]]
        parties = list(dict.fromkeys(orgs + parties + (_org_after_with(frame) if len(parties) == 1 else [])))
    if not parties or (len(parties) < 2 and not instruments and not _a_group_of_states(frame, parties)):
        return []
    if not instruments:
        pairs = _each_with_one_side(frame, parties)
        if pairs:
            return pairs
    roles: Roles = {"parties": parties}
    if instruments:
        roles["instrument"] = instruments[0].mention.id
    return [roles]


_PLURAL_AGREEMENTS = r"(?<![^\W_])[وبل]?(?:ال)?(?:{plural_agreement})(?![^\W_])"
PLURAL_AGREEMENT_REACH = 40  # characters after a signing word within which its plural agreement noun stands


def _each_with_one_side(frame: Frame, parties: list[str]) -> list[Roles]:
    """وقعت المملكة اتفاقيات مع روسيا وفرنسا: agreements, in the plural, signed by one side with several named after
    مع are one agreement with each of them (the guide's bilateral lines), not one among all. [] for any other shape."""
    plural = frame.lexicon.phrase(_PLURAL_AGREEMENTS)
    reach = min(frame.sent[1], frame.trigger[1] + PLURAL_AGREEMENT_REACH)
    if plural.search(frame.text, frame.trigger[0], reach) is None:
        return []
    withs = [a for a in frame.after() if a.prep == "مع" and a.start < (frame.horizon or frame.sent[1])]
    partners = _distinct([party(a) for a in frame.coordinated(withs[0], frame.after())]) if withs else []
    signers = [p for p in parties if p not in partners]
    if len(partners) < 2 or len(signers) != 1 or not set(partners) <= set(parties):
        return []
    return [{"parties": [signers[0], partner]} for partner in partners]


_WITH_UNNAMED_STATES = r"(?<![^\W_])مع\s+(?:{unnamed_quantifier})\s+(?:ال)?دول(?![^\W_])"
_CONTRAST = r"(?<![^\W_])(?:{against_unnamed})(?![^\W_])"
UNNAMED_PARTNER_REACH = 60  # characters between a signing word and مع بعض الدول


def _with_unnamed_states_then_a_contrast(frame: Frame) -> bool:
    """أبرمت الوزارة اتفاقيات مع عدد من الدول، بينما للفلبين شروط: the partners are left unnamed, and a state
    told after a contrast (في حين، بينما، لكن) is the one set against them, no party of the signing."""
    with_unnamed = frame.lexicon.phrase(_WITH_UNNAMED_STATES)
    with_some = with_unnamed.search(frame.text, frame.trigger[1],
                                    min(frame.sent[1], frame.trigger[1] + UNNAMED_PARTNER_REACH))
    if with_some is None:
        return False
    nxt = next((a for a in frame.args if a.start >= with_some.end() and a.state), None)
    contrast = frame.lexicon.phrase(_CONTRAST)
    return nxt is None or contrast.search(frame.text, with_some.end(), nxt.start) is not None


def _between_one_and_the_unnamed(frame: Frame) -> list[str] | None:
    """The parties after the trigger's بين when the list goes on with a conjunct that is no actor (بين إيران والغرب،
    بين طهران والقوى الكبرى): the side named, alone, so that no state told elsewhere in the sentence (الموقف السعودي)
    fills the other's place; None when there is no such list."""
    between = [a for a in frame.after() if a.prep == "بين" and a.start < frame.clause[1]
               and a.start - frame.trigger[1] <= BETWEEN_REACH]
    if not between:
        return None
    chain = frame.coordinated(between[0], frame.after())
    if not _UNNAMED_CONJUNCT.match(frame.text, chain[-1].end) or any(
            0 < a.start - chain[-1].end <= UNNAMED_CONJUNCT_GAP for a in frame.args):
        return None
    return _distinct([a.state or a.mention.id for a in chain if a.state or a.kind == "org"])


BETWEEN_REACH = 40  # characters between a signing word and the بين of its parties (توقيع الاتفاقية النووية بين)
UNNAMED_CONJUNCT_GAP = 4  # characters from the list's last member to the next argument that would continue it
_UNNAMED_CONJUNCT = re.compile(r"\s*و(?:ال)?[^\W\d_]{2,}")  # والغرب، والقوى: a conjunct of some word


_EACH_OF = r"(?:{each_of_signers})\s*$"  # وقعت على الاتفاق كل من …: the list after it is the verb's subject


def _org_conjuncts(frame: Frame) -> tuple[list[str], list[str]]:
    """وقعت أوكرانيا والاتحاد الأوروبي مذكرة تفاهم، كييف وبروكسل وقعتا، مذكرة تفاهم بين بروكسل وأثينا: the states and
    organizations joined by و as the signing's subject (before the verb in its clause, or right after it) or after
    بين. (the chain's ids in order, its organizations); empty unless the chain names a state and an organization."""
    in_clause = [a for a in frame.args if frame.clause[0] <= a.start < frame.clause[1] and (a.state or a.kind == "org")]
    for arg in in_clause:
        each = frame.lexicon.phrase(_EACH_OF)
        each_of = each.search(frame.text, max(frame.trigger[1], arg.start - 8), arg.start) is not None
        subject = arg.end <= frame.trigger[0] or 0 <= arg.start - frame.trigger[1] <= SUBJECT_AFTER_REACH
        if not (each_of or (subject and not arg.prep) or (arg.prep == "بين" and arg.start >= frame.trigger[1])):
            continue  # … بين إيران والوكالة … الاتفاق الذي وقع بين إيران والقوى الست: the verb's own بين only
        chain = [a for a in frame.coordinated(arg, in_clause) if a.prep == arg.prep]
        if chain[-1].end > frame.trigger[0] > arg.start:
            continue  # the chain runs over the verb: not one phrase
        orgs = [a.mention.id for a in chain if a.kind == "org" and a.mention is not None]
        if any(a.state for a in chain) and orgs:
            return _distinct([a.state or a.mention.id for a in chain]), orgs
    return [], []


def _org_after_with(frame: Frame) -> list[str]:
    """وقعت مصر اتفاقا مع البنك الدولي: an organization after مع, once the verb is read, in its clause."""
    return [a.mention.id for a in frame.of_kind("org") if a.prep == "مع" and a.start < frame.clause[1]][:1]


def _not_the_reporter(frame: Frame, parties: list[str]) -> list[str]:
    """وقال الوزير السعودي إن إيران والدول الست وقعت اتفاقا: who reports a signing (before إن، أن) is no party to
    it when two parties are named after the report; with fewer, the reporter may be one (وأعلن الوزير أنه وقع …)."""
    regex = frame.lexicon.cue_regexes.get("complementizer")
    said = list(regex.finditer(frame.text, frame.sent[0], frame.trigger[0])) if regex is not None else []
    if not said:
        return parties
    end = said[-1].end()
    reporters = {a.state for a in frame.states() if a.end <= end}
    told = _distinct([a.state for a in frame.states() if end <= a.start < frame.trigger[0]]
                     + [a.state for a in frame.after()])
    kept = [p for p in parties if p not in reporters or p in told]
    expanded = [m for p in kept for m in (frame.gazetteer.members(p) if p.startswith("group:") else [p])]
    return kept if len(set(expanded)) >= 2 else parties


def _signed_by_nobody(frame: Frame) -> bool:
    """وقع رؤساء بلديات عدة مدن إعلانا، بادرت شركات أجنبية إلى التوقيع مع الحكومة: the signers, right
    after the verb or told before it in its clause with no subject after it, act for no state (a state after the
    trigger with no preposition, أبرمته إيران، is its subject, whatever was named before, and the states after بين
    are the parties, whoever signs for them)."""
    candidates = frame.actor_candidates()
    after = [a for a in candidates if a.start >= frame.trigger[1]]
    signer = frame.nobody_right_after()
    if signer is not None and not any(a.start < signer[0] for a in after):
        return True
    if _with_nobody(frame, after):
        return True
    if any(not a.prep and a.start - frame.trigger[1] <= SUBJECT_AFTER_REACH for a in after) \
            or any(a.prep == "بين" for a in frame.after()):
        return False  # تفويض المسؤول بالتوقيع على اتفاقية بين حكومتي البلدين: the parties are named
    return frame.nobody_in_clause_before([a for a in candidates if a.end <= frame.trigger[0]])


SUBJECT_AFTER_REACH = 8  # characters between a verb and its subject after it (VSO: أبرمته إيران، وقعت كل من مصر)
SIGNED_WITH_REACH = 30  # characters after a signing word where مع and the other side stand (وقعت الدولة اتفاقا مع …)
_SIGNED_WITH = re.compile(r"(?<![^\W_])مع\s+")


def _with_nobody(frame: Frame, after: list[Arg]) -> bool:
    """أبرمت سريلانكا اتفاقا مع شركة يابانية: the other side, after مع, is a phrase that acts for no state (a company, a
    club), named before any actor: no state signed with the one that did, whatever state the passage names."""
    found = _SIGNED_WITH.search(frame.text, frame.trigger[1], min(frame.sent[1], frame.trigger[1] + SIGNED_WITH_REACH))
    if found is None:
        return False
    partner = next((n for n in frame.non_state if 0 <= n[0] - found.end() <= 2), None)
    return partner is not None and not any(found.end() <= a.start < partner[0] for a in after)


def _a_group_of_states(frame: Frame, parties: list[str]) -> bool:
    """A group standing alone for its members (وقعت دول مجموعة بريكس على اتفاقية تأسيس البنك) is several parties."""
    return len(parties) == 1 and parties[0].startswith("group:") and len(frame.gazetteer.members(parties[0])) >= 2


PHRASE_REACH = 40  # characters after an agreement named as a noun phrase where its بين or مع may stand


def _since_it(frame: Frame) -> bool:
    """منذ إبرام الاتفاق، بعد توقيع الاتفاقية مع إيران: a signing that dates another act is named as a noun phrase,
    whose parties are its own (the visitor and the host of that act are none)."""
    return _word_before_trigger(frame) in frame.lexicon.cues.get("time_of_act", {})


def _parties_of_the_instrument(frame: Frame, instruments: list[Arg], named: list[str] | None = None) -> list[str]:
    """The parties of an agreement named as a phrase with one party of its own or none: a named instrument's
    known ones (بعد توقيع الاتفاق النووي), or those of the instrument a story about it means when its first party
    is the one named (إبرام الاتفاقية مع طهران) or two of its parties are in the sentence (بعد توقيع الاتفاق in a
    story about the nuclear file); none else."""
    known = instruments[0].mention.id if instruments else frame.gazetteer.instrument_of(
        named or _parties(frame), frame.text, the_agreement=True)
    return list(frame.gazetteer.signatories(known)) if known else []


def _phrase_parties(frame: Frame) -> list[str]:
    """The parties of an agreement named as a noun phrase (الاتفاق المبرم بين مصر وفرنسا، الاتفاقية الموقعة مع
    الهند): the states after its بين, or the one after its مع and the state that the phrase belongs to, named
    right before it in its clause (التزام إيران بالاتفاق الموقع مع …); the sentence's other states (who welcomed
    it, who spoke of it) are no parties."""
    end = frame.horizon or frame.sent[1]
    after = [a for a in frame.after() if a.start < end]
    first = next((a for a in after if a.prep in ("بين", "مع") and a.start - frame.trigger[1] <= PHRASE_REACH), None)
    if first is None:
        return _the_pair_between(frame, end)
    parties = _distinct([a.state for a in frame.coordinated(first, after[after.index(first):])])
    if first.prep == "مع" and not _since_it(frame):  # منذ إبرام الاتفاقية مع طهران: who stands before منذ is
        # the other act's
        owner = [a for a in frame.before() if a.start >= max(frame.clause[0], frame.sent[0])
                 and frame.trigger[0] - a.end <= PHRASE_REACH and not a.prep][-1:]
        parties = _distinct([a.state for a in owner] + parties)
    return parties


def _the_pair_between(frame: Frame, end: int) -> list[str]:
    """الاتفاقية الموقعة بين البلدين: the pair word after the phrase's بين stands for the two states
    of the sentence (تسلمت الهند … من روسيا); none when the sentence holds no pair."""
    word = frame.lexicon.cue_regexes["pair"].search(frame.text, frame.trigger[1],
                                                   min(end, frame.trigger[1] + PHRASE_REACH))
    if word is None or not frame.pair or frame.text[frame.trigger[1]:word.start()].split()[-1:] != ["بين"]:
        return []
    return list(frame.pair)


def member_body(frame: Frame) -> list[Roles]:
    if _joining_spoken_of(frame) or _troops_join(frame):
        return []
    bodies = frame.of_kind("org", "instrument")
    member = frame.subject()
    first = next((a for a in frame.args if a.start >= frame.trigger[1] and not a.prep
                  and a.start - frame.trigger[1] <= JOINER_REACH), None)
    if member is None or member.startswith("org:") or (first is not None and str(party(first)).startswith("org:")):
        # a state joins (انضم البنك الدولي إلى المانحين في تمويل اليونان, وانضم أخيرا صندوق النقد الدولي إلى
        # الدائنين: an organization joining others in an act is no membership, of Greece or anyone)
        return []
    bodies = [b for b in bodies if b.mention.id != member]
    body = bodies[0].mention.id if bodies else frame.anaphoric_body()  # المنظمة التي انضمت إليها إيران
    if not body:
        return []
    return [{"member": member, "body": body}]


def _troops_join(frame: Frame) -> bool:
    """انضمت القوات الكينية إلى قوة أميصوم: troops that join a force or a coalition serve in it; their state does
    not become a member of the body that formed it. The joiner is the agent nearest the verb, before or right
    after it."""
    near = [a for a in frame.args if a.actor is not None and not a.prep
            and (a.end <= frame.trigger[0] or a.start - frame.trigger[1] <= JOINER_REACH)]
    joiner = min(near, key=lambda a: a.start - frame.trigger[1] if a.start >= frame.trigger[1]
                 else frame.trigger[0] - a.end, default=None)
    return joiner is not None and joiner.actor.office == "army"


def _joining_spoken_of(frame: Frame) -> bool:
    """Whether the verbal noun of joining (انضمام اليمن لمجلس التعاون، آمال الصين بالانضمام، إمكانية انضمام
    السعودية) only speaks of a joining: no word says it was done or decided (بعد، منذ، قبول، قرار … ``joining_done``)
    and none makes it a plan or an intention (``modality``: يعتزم، من المقرر …), so it is a topic, a hope or a
    possibility, no membership taken up."""
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    if not word.endswith(_JOINING_NOUN) or frame.notes.get("pronoun"):
        return False  # انضمامها إلى المعاهدة: a joining owned by its member is one it made
    lo = max(frame.clause[0], frame.trigger[0] - JOINING_DONE_REACH)
    return not (frame.cue("joining_done", lo, frame.trigger[0]) or frame.cue("modality", frame.clause[0],
                                                                              frame.trigger[0]))


_JOINING_NOUN = "انضمام"
JOINER_REACH = 40  # characters after a verb of joining where the one who joins (VSO) may stand
JOINING_DONE_REACH = 25  # characters before انضمام where the word saying it was done (بعد، قبول) may stand
BODY_REACH = 45  # characters after the office word (or before برئاسة) where the body whose office it is may stand
_OFFICE_NOUN = ("رئاس", "رياس")  # رئاسة, "the chair", as written and with its hamza folded


def holder_body(frame: Frame) -> list[Roles]:
    if _headed_by(frame):
        return _headed_body(frame)
    # الرئاسة الدورية لمجلس الأمن: the body is the office word's own, near it; one named far on in the sentence
    # (رئاسة البرلمان أثارت أزمة مع الاتحاد الأوروبي) is another matter; the bodies joined to the first may run
    # on (رئاسة منظمة شنغهاي ومجلس التعاون التركي و…)
    bodies = frame.of_kind("org")
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    # a verb's object may be told at length first (ترأس البلد خلال عقد واحد عددا من الهيئات الإقليمية، ومنها …)
    reach = BODY_REACH if word.startswith(_OFFICE_NOUN) else 2 * BODY_REACH
    near = [b for b in bodies if b.start - frame.trigger[1] <= reach]
    # انتخبت الجمعية العامة كازاخستان عضوا في مجلس الأمن: the body governed by a preposition (في، ل) is the
    # one whose office is held, not the electing one right after the verb
    first = next((b for b in near if b.prep), near[0] if near else None)
    # الرئاسة الإيطالية للاتحاد: the office word opens the state's own body, whose state holds the chair
    holder = next((a.state for a in frame.args if a.start <= frame.trigger[0] < a.end and a.actor is not None
                   and a.actor.kind == "body"), None) or frame.subject()
    if not first and _office_of_a_state(frame):
        return []  # إعادة انتخابه رئيسا لأوزبكستان: a state's own presidency is no office in a body
    anaphoric = None if first else (frame.anaphoric_body() or _suffix_body(frame))
    if not (first or anaphoric) or not holder or holder.startswith("org:"):  # a state holds the office
        return []
    if first and frame.cue("delegation", frame.trigger[1], first.start):
        return []  # يرأس الوزير وفد بلاده إلى دورة المجلس: he heads his delegation, not the council
    office = frame.cue("office", frame.trigger[0], frame.sent[1]) or "chair"
    if anaphoric:
        return [{"holder": holder, "body": anaphoric, "office": office}]
    return [{"holder": holder, "body": b.mention.id, "office": office}
            for b in frame.coordinated(first, bodies[bodies.index(first):])]


STATE_OFFICE_REACH = 15  # characters after an office word where "of <state>" makes it that state's office


def _office_of_a_state(frame: Frame) -> bool:
    """Whether the office the trigger names is a state's own, told by ل and the state right after the office word
    (انتخابه رئيسا لأوزبكستان، تعيينه وزيرا لمصر): held in no international body, it stays out of office.held."""
    return any(a.prep == "ل" and a.kind == "state" and 0 <= a.start - frame.trigger[1] <= STATE_OFFICE_REACH
               for a in frame.states())


def _headed_by(frame: Frame) -> bool:
    """برئاسة: "headed by", whose holder comes after it and whose body, if any, is what stands right before it."""
    start = frame.trigger[0]
    word = frame.text[start:frame.trigger[1]]
    if word.startswith("ب"):  # the clitic matched with the trigger
        start, word = start + 1, word[1:]
    clitic = start >= 1 and frame.text[start - 1] == "ب" and (start < 2 or not frame.text[start - 2].isalpha())
    return clitic and word.startswith(_OFFICE_NOUN)


def _headed_body(frame: Frame) -> list[Roles]:
    """الدورة الحالية لمجلس الجامعة برئاسة الكويت: the body named right before برئاسة, the state right after it;
    a meeting, a delegation or a committee we do not know headed by someone (اجتماع للجنة المركزية برئاسة الرئيس،
    وفد برئاسة الوزير) is no office held in a body."""
    bodies = [b for b in frame.of_kind("org", after_only=False)
              if b.end <= frame.trigger[0] and frame.trigger[0] - b.end <= BODY_REACH // 3]
    holders = [a for a in frame.states() if a.start >= frame.trigger[1] and a.start - frame.trigger[1] <= 3]
    if not bodies or not holders:
        return []
    office = frame.cue("office", frame.trigger[0], frame.sent[1]) or "chair"
    return [{"holder": holders[0].state, "body": bodies[-1].mention.id, "office": office}]


def _suffix_body(frame: Frame) -> str | None:
    """تسلمت كازاخستان رئاستها: a pronoun on the office word stands for the last body named; on a verb of electing
    (انتخبه رئيسا) it is the one elected, not a body."""
    word = frame.text[frame.trigger[0]:frame.trigger[1]]
    if not frame.suffix or any(word.startswith(w) for w in frame.lexicon.cues.get("suffix_elected", {})):
        return None
    bodies = frame.bodies_before()
    return bodies[-1] if bodies else None


_AND_SEAT = re.compile(r"(?<![^\W_])و$")  # the و of ومقرها: the seat word joined to its body's name in passing
_SEAT_IN = re.compile(r"\s*(?:(?<![^\W_])في(?![^\W_])|ب(?=[^\W\d_]))")  # مقرها في جنيف، مقره بجدة


def _owned_by_nobody(frame: Frame) -> bool:
    """Whether a phrase acting for nobody (a company, a club) ends right before the trigger: its owner, whose
    meeting or seat it is (مؤتمر الشركة الذي عقد في، شركة …، التي مقرها)."""
    return any(frame.trigger[0] - MEETING_OWNER_REACH <= n[1] <= frame.trigger[0] for n in frame.non_state)


def host(frame: Frame) -> list[Roles]:
    if frame.cue("seat", *frame.trigger) and _owned_by_nobody(frame):
        return []  # شركة البرمجيات، التي مقرها أيرلندا: a company's seat is no facility a state hosts
    if frame.text[frame.trigger[0]:frame.trigger[1]] in frame.lexicon.cues.get("headquarters", {}) \
            and _AND_SEAT.search(frame.text, max(0, frame.trigger[0] - 1), frame.trigger[0]) \
            and not _SEAT_IN.match(frame.text, frame.trigger[1]):
        # المنظمة الدولية ومقرها جنيف قالت: a body "based in" a city, told in passing, hosts nothing there (مقرها في
        # جنيف, حيث يوجد مقرها are its seat told as such)
        return []
    places = [a for a in frame.after() if a.prep in ("في", "ب") and a.kind in ("state", "place")]
    if frame.notes.get("held_in"):
        # القمة التي عقدت في المدينة (the extractor found a meeting by the word) is hosted there, unless it is a
        # company's (مؤتمر الشركة الذي عقد في); the place is the one it is held in (عقدت في مدينة قازان الروسية)
        # or the one that names the meeting (قمة أبوجا المقررة في نوفمبر); انعقد المؤتمر في ظروف صعبة، انطلاق
        # المباحثات مع أثينا name none
        if _owned_by_nobody(frame):
            return []
        places = [a for a in places if a.start - frame.trigger[1] <= HELD_IN_REACH
                  and len(_IN.findall(frame.text, frame.trigger[1], a.start)) <= (a.prep == "في")][:1] \
            or _named_meeting_place(frame)
        if not places:
            return []
    elif frame.nobody_acts() or frame.unknown_quoted_subject():
        return []  # تستضيف شركة … المؤتمر: a company's conference is no state's hosting
    host_state = places[0].state if places and frame.notes.get("passive") else None
    if places and frame.text[frame.trigger[0]:frame.trigger[1]] in frame.lexicon.cues.get("opening", {}):
        # افتتح الوزير في لندن أعمال المؤتمر: the meeting opened abroad is the host country's, not the opener's
        host_state = places[0].state
    before = [a for a in frame.actor_candidates() if a.end <= frame.trigger[0]]
    after = [a for a in frame.actor_candidates() if a.start >= frame.trigger[1]]
    thanked = _thanked_for_hosting(frame)
    if thanked is not None:
        host_state = thanked
    guest_after = bool(after) and after[0].kind == "person" and \
        frame.text[frame.trigger[0]:frame.trigger[1]] in frame.lexicon.cues.get("feminine_host", {})
    if guest_after:
        # تستضيف خلاله رئيس كازاخستان: the man after a feminine verb is its guest; the host is its subject, named
        # before it or nowhere (then no state of the passage is taken for it)
        after = after[1:]
    if host_state is None:
        if after and after[0].start - frame.trigger[1] <= 25 and after[0].mention.form in ("name", "capital"):
            host_state = after[0].state
        elif before:
            host_state = before[-1].state
        elif places:
            host_state = places[0].state
        elif not guest_after:
            host_state = frame.carried
    if not host_state:
        return []
    roles: Roles = {"host": host_state}
    # القمة الخامسة للمنظمة المنعقدة في …: with a passive trigger the body stands before it
    orgs = frame.of_kind("org", after_only=not frame.notes.get("passive")) + _members_gathered(frame)
    orgs = [a for a in orgs if a.start >= frame.trigger[1] or frame.trigger[0] - a.end <= 40]
    if frame.notes.get("held_in") and _at_its_own_seat(frame, orgs, host_state):
        return []
    named = _nearest(frame, frame.of_kind("series", after_only=False)) or _nearest(frame, orgs)
    # (the trigger's own word: a clitic before it, ومقرها, hides it from a search bounded at the trigger)
    if frame.text[frame.trigger[0]:frame.trigger[1]] in frame.lexicon.cues.get("headquarters", {}):
        # المنظمة …، التي تم إحداثها تحت رعاية منظمة أخرى، حيث يوجد مقرها: "its seat" is the sentence's first body;
        # a company's or a ministry's seat (شركة … ومقرها باريس، في مقرها بجدة) is no international facility
        bodies = frame.bodies_here_before()
        if not bodies:
            return []
        # … المنظمة الدولية ومقرها جنيف: a body right before the seat's word is the one whose seat it is
        named = bodies[-1] if frame.trigger[0] - bodies[-1].end <= SEAT_OWNER_GAP else bodies[0]
    series = _summit_of(frame, named.mention.id, named.start) if named else _anaphoric_summit(frame)
    if series:
        roles["series"] = series
    between = [a for a in frame.after() if a.prep == "بين"]
    if between:
        parts = _distinct([a.state for a in frame.coordinated(between[0], frame.after())])
        if parts:
            roles["participants"] = parts
    if not (series or between or _international_meeting(frame)):
        return []  # a ministry's meeting, a regional youth forum, a festival: hosting needs an international meeting
    if not series and not between and _only_business_takes_part(frame):
        return []  # ملتقى التوظيف الدولي بمشاركة شركات من الإمارات: a fair of companies is no meeting of states
    return [roles]


TAKING_PART_GAP = 2  # characters between a word of taking part (بمشاركة) and the phrase of those who take part


def _only_business_takes_part(frame: Frame) -> bool:
    """Whether every word of taking part in the sentence (``taking_part`` cues: بمشاركة، بحضور) opens a phrase of
    business (``business_taker`` cues: شركات، رجال الأعمال): the meeting is a fair of theirs. (Students, youth or
    scholars of a continent make a forum a state may host: منتدى طلاب آسيا في داكار.)"""
    regex = frame.lexicon.cue_regexes.get("taking_part")
    business = frame.lexicon.cue_regexes.get("business_taker")
    words = list(regex.finditer(frame.text, frame.sent[0], frame.sent[1])) if regex is not None else []
    return bool(words) and business is not None and all(
        (found := business.search(frame.text, word.end(), frame.sent[1])) is not None
        and found.start() - word.end() <= TAKING_PART_GAP for word in words)


def _at_its_own_seat(frame: Frame, orgs: list[Arg], host_state: str) -> bool:
    """Whether a meeting only said to be held in a place is a body's own, at its seat (اجتماع أوبك الذي عقد في
    فيينا، تعقد المنظمة اجتماعها المقبل في فيينا): the body's routine where it lives, no state's hosting. A summit
    held there (قمة مجلس التعاون المنعقدة في الرياض) is still the state's: its leaders receive the others."""
    seats = frame.seats()
    if not any(seats.get(a.mention.id) == host_state for a in orgs):
        return False
    summit = frame.lexicon.cue_regexes.get("summit")
    lo, hi = frame.clause_span()
    return summit is None or summit.search(frame.text, lo, hi) is None


SEAT_OWNER_GAP = 3  # characters between a body and the seat's word after it (" و"): the seat is that body's


def _international_meeting(frame: Frame) -> bool:
    """Whether the clause names an international meeting: a word of one (قمة، مفاوضات، وزراء) or an international
    word right after a meeting's noun (المؤتمر الدولي، المنتدى العربي). One in a body's name (معرض تنظمه الجمعية
    العربية للثقافة) makes no exhibition a meeting between states."""
    # the clause, or on to the sentence's end: what is hosted may follow a comma (تستضيف المملكة …، المؤتمر العالمي)
    lo, hi = frame.clause_span()[0], frame.sent[1]
    meeting = frame.lexicon.cue_regexes["meeting"]
    meetings = [m.end() for m in meeting.finditer(frame.text, lo, hi)]
    for word in frame.lexicon.cue_regexes["international"].finditer(frame.text, lo, hi):
        if meeting.fullmatch(frame.text, word.start(), word.end()) \
                or any(0 <= word.start() - end <= INTERNATIONAL_AFTER_MEETING for end in meetings):
            return True
    return False


INTERNATIONAL_AFTER_MEETING = 30  # characters between a meeting's noun and the word that makes it international


THANKED_REACH = 60  # characters between the one thanked and the hosting word he is thanked for
THANKS_REACH = 20  # characters before the one thanked where the word of thanks stands (شكره لسمو أمير …)
NAMED_MEETING_REACH = 60  # characters before a "held in" word where the place naming its meeting may stand
HELD_IN_REACH = 80  # characters after a "held in" word where the place it is held in is named
_IN = re.compile(r"(?<![^\W_])في(?![^\W_])")  # the first في after "held in" says where (not في ظروف … في سوريا)
MEETING_OWNER_REACH = 15  # characters before a "held in" or seat word where a company owning it would stand


def _named_meeting_place(frame: Frame) -> list[Arg]:
    """The place right after a meeting noun before the trigger, which names the meeting (قمة باريس، مؤتمر الرياض)."""
    meeting = frame.lexicon.cue_regexes["meeting"]
    return [a for a in frame.args if a.end <= frame.trigger[0] and a.kind in ("state", "place")
            and frame.trigger[0] - a.start <= NAMED_MEETING_REACH
            and any(not frame.text[m.end():a.start].strip()
                    for m in meeting.finditer(frame.text, max(0, a.start - 12), a.start))][-1:]


def _thanked_for_hosting(frame: Frame) -> str | None:
    """The state of the one a speaker thanks for hosting (أعرب الوزير عن شكره لأمير الكويت لاستضافته الدورة):
    the host is whom the thanks go to, governed by ل, never the speaker who stands before him."""
    thanked = [a for a in frame.args if a.prep == "ل" and a.actor is not None and a.end <= frame.trigger[0]
               and frame.trigger[0] - a.end <= THANKED_REACH and frame.sent[0] <= a.start]
    if not thanked or not frame.cue("thanks", thanked[-1].start - THANKS_REACH, thanked[-1].start):
        return None
    return party(thanked[-1])


def _members_gathered(frame: Frame) -> list[Arg]:
    """The leaders or ministers of a body's member states the meeting is of (القمة الاستثنائية لزعماء دول المجلس،
    اجتماع وزراء خارجية دول الجامعة العربية): the body's own meeting, named by its members."""
    return [a for a in frame.args if a.start >= frame.trigger[1] and a.kind == "person" and a.actor is not None
            and a.actor.org and not a.state and frame.lexicon.phrase(_MEMBER_STATES).search(frame.text, a.start, a.end)]


_MEMBER_STATES = r"(?<![^\W_])(?:{states_word})(?![^\W_])"


def _summit_of(frame: Frame, body: str, at: int) -> str:
    """A summit of an organization with a summit series (أول قمة لمنظمة التعاون الإسلامي) is that series."""
    series = frame.gazetteer.summits.get(body)
    lo = min(frame.trigger[0], max(frame.sent[0], at - SUMMIT_REACH))  # القمة الخامسة للمنظمة … المنعقدة في
    if series and frame.cue("summit", lo, max(frame.trigger[1], at)):
        return series
    return body


def _anaphoric_summit(frame: Frame) -> str | None:
    """"The organization" of the clause (القمة السادسة للمؤتمر), as its summit series when it has one."""
    body = frame.anaphoric_body()
    if body is None:
        return None
    return _summit_of(frame, body, frame.clause_span()[1])


def _nearest(frame: Frame, args: list[Arg]) -> Arg | None:
    if not args:
        return None
    return min(args, key=lambda a: _gap_to_trigger(frame, a))


def mediator(frame: Frame) -> list[Roles]:
    between = [a for a in frame.after() if a.prep == "بين"]
    if not between:
        return []
    parties = _distinct([a.state for a in frame.coordinated(between[0], frame.after())])
    if len(parties) < 2:  # بين الحكومة وفصائل المعارضة والدول المعنية مثل روسيا
        end = frame.horizon or frame.clause[1] or frame.sent[1]
        parties = _distinct([a.state for a in frame.after() if between[0].start <= a.start < end])
    after = [a for a in frame.actor_candidates() if a.start >= frame.trigger[1] and a.start < between[0].start]
    mediator_state = after[0].state if after else _subject_before(frame)
    parties = [p for p in parties if p != mediator_state]
    if not mediator_state or len(parties) < 2:
        return []
    return [{"mediator": mediator_state, "parties": parties}]


def participant(frame: Frame) -> list[Roles]:
    if frame.text[frame.trigger[0]:frame.trigger[1]].startswith("بمشارك"):
        return _with_participation_of(frame)
    if frame.nobody_acts():
        return []  # شاركت 146 علامة تجارية، رجل الأعمال الذي شارك في …: who takes part acts for no state
    if _taking_part_in_it_by_nobody(frame):
        return []
    if frame.text[frame.trigger[0]:frame.trigger[1]] + frame.suffix in frame.lexicon.cues.get("headed_by", {}):
        return []  # تشارك المملكة … بوفد يرأسه الوزير: who heads the delegation; the sentence tells who takes part
    nisbas = [a for a in frame.after() if a.mention.form == "nisba" and a.start - frame.trigger[1] <= 40]
    from_place = [a for a in frame.after() if a.prep == "من" and a.start - frame.trigger[1] <= 40]
    # رأس وفد المملكة: the state the delegation's word governs right after it is the one taking part (its mention may
    # take the word وفد in: وفد المملكة)
    delegation = frame.text[frame.trigger[0]:frame.trigger[1]].endswith("وفد")
    owner = [a for a in frame.states() if frame.trigger[0] < a.start <= frame.trigger[1] + 2 and not a.prep] \
        if delegation else []
    who = nisbas[0].state if nisbas else owner[0].state if owner else (
        from_place[0].state if from_place else _participant_subject(frame))
    at_meeting = frame.verb_cue("at_meeting")
    if at_meeting:
        # قال الرئيس الأمريكي خلال القمة العالمية في العاصمة الغانية أكرا: a phrase with no verb of its own; who took
        # part is the one named before it in the sentence (the speaker), never the nisba or the city of the meeting;
        # fronted (وفي قمة بروكسل، اتفق القادة …) it frames the whole sentence, whose subject it does not say
        if len(frame.text[frame.sent[0]:frame.trigger[0]].strip()) <= 1:
            return []
        speakers = [a for a in frame.actor_candidates() if frame.sent[0] <= a.start and a.end <= frame.trigger[0]]
        nisbas, from_place = [], []
        # (زار الرئيس إثيوبيا عقب حضوره مؤتمرا: a person, not the state he visited, is the one he stands for)
        speakers = [a for a in speakers if _person_like(a)] or speakers
        who = speakers[-1].state if speakers else frame.carried
    if not who or (not nisbas and not from_place and not frame.actor_candidates() and _unsaid_subject_named(frame)):
        return []
    roles: Roles = {"participant": who}
    series = frame.of_kind("series") or frame.of_kind("org")
    body = _summit_of(frame, series[0].mention.id, series[0].start) if series else _anaphoric_summit(frame)
    # (a state's delegation heads for a meeting of several sides; a minister at "the conference" may be at home)
    told = not body and delegation and _meeting_told_before(frame)
    if body:  # (a meeting told before names no series here: the last body named may be another, المحكمة الجنائية)
        roles["series"] = body
    # (رحب … خلال افتتاح القمة بالرئيس الفرنسي: an official after ب is someone met, not where)
    # (خلال القمة: a place in what was said after it, أبلغهم في القمة بأنه لا مستقبل للنظام في سوريا, is not where)
    said = _SAID_THAT.search(frame.text, frame.trigger[1], frame.sent[1]) if at_meeting else None
    where = [a for a in frame.after() if a.prep in ("في", "ب") and a.state and a.state != who
             and a.kind in ("state", "place") and (said is None or a.start < said.start())]
    # يغادر الوفد الشبابي السعودي إلى الجزائر للمشاركة في …: where the delegation went is where it takes part
    where = where or [a for a in frame.args if a.prep == "الي" and a.state and a.state != who
                      and frame.sent[0] <= a.start and a.end <= frame.trigger[0]][-1:]
    if not where and _IN_AFTER.match(frame.text, frame.trigger[1]):  # المشاركة في احتفالات جمهورية موريشيوس
        where = [a for a in frame.after() if a.state and a.state != who and a.kind in ("state", "place")
                 and a.start - frame.trigger[1] <= OCCASION_REACH][:1]
    if at_meeting == "named" and not (body or where):
        return []  # يأتي في قمة أولويات الحكومة: the top of something, no meeting its body or place names
    if where:
        roles["location"] = where[0].mention.id if where[0].kind == "place" else where[0].state
    elif _at_home(frame, who):
        return []  # ألقى الوزير كلمته في المؤتمر الذي عقد في عاصمة بلاده: a state at its own meeting hosts it
    elif not body and not told and not _told_international(frame, *frame.clause_span()) \
            and not frame.cue("hosted", frame.sent[0], frame.trigger[0]) and (
            who == frame.home or not _told_international(frame, frame.sent[0], frame.sent[1])):
        # شارك فيه صيادو المحافظة، تشارك الوزارة في احتفالات افتتاح القناة: a festival or a fair, at home or
        # anywhere, with no body, place abroad, international meeting in the clause or host before
        return []
    return [roles]


LANGUAGE_REACH = 12  # characters before an adjective where the language it names is said (باللغات العربية)


def _told_international(frame: Frame, lo: int, hi: int) -> bool:
    """Whether the span calls something international, regional or Arab (مؤتمر دولي، القمة العربية) other than a
    word of a state's name (جمهورية مصر العربية، الإمارات العربية المتحدة) or a language (وثائق باللغات العربية
    والإنجليزية): those say nothing of the gathering one takes part in (a body's name may: جامعة الدول العربية)."""
    names = [(a.start, a.end) for a in frame.args if a.kind == "state"]
    language = frame.lexicon.cue_regexes.get("language_word")
    for found in frame.lexicon.cue_regexes["international"].finditer(frame.text, lo, hi):
        word = found.start("w")
        if any(start <= word < end for start, end in names):
            continue
        if language is not None and language.search(frame.text, max(lo, word - LANGUAGE_REACH), word):
            continue
        return True
    return False


# في الاجتماع، لأعمال الدورة، في القمة: the meeting already told, named by its definite noun right after the act
_TOLD_MEETING = (r"\s+(?:في|ل|الي)\s*(?:(?:{proceedings})\s+)?ال(?:{told_meeting})(?![^\W_])|"
                 r"\s+ل(?:{proceedings})\s+ال(?:{told_meeting})(?![^\W_])")
TOLD_MEETING_REACH = 40  # characters after a word of taking part where "the meeting" told before may be named


def _meeting_told_before(frame: Frame) -> bool:
    """ورأس وفد المملكة في الاجتماع، after a sentence telling the meeting (عقد قادة دول مجلس التعاون اجتماعا …): a
    definite meeting noun right after the participant points back at a meeting told before, a gathering of several
    sides (no festival at home), whether or not this sentence names its body or place."""
    end = min(frame.clause_span()[1], frame.trigger[1] + TOLD_MEETING_REACH)
    told_meeting = frame.lexicon.phrase(_TOLD_MEETING)
    told = told_meeting.search(frame.text, frame.trigger[1], end + 12)  # (every match opens on a space)
    return told is not None and told.start() < end


_SAID_THAT = re.compile(r"(?<!\S)[وف]?ب?(?:ان|أن|إن)(?:ه|ها|هم|هما|نا)?(?!\S)|[:«\"]")  # أن، بأنه، إنها: what was said


def _at_home(frame: Frame, who: str) -> bool:
    """Whether the place the trigger's meeting is held in (في … right after it) is the participant's own state."""
    return any(a.prep in ("في", "ب") and a.state == who and a.kind in ("state", "place")
               and a.start - frame.trigger[1] <= HOME_MEETING_REACH for a in frame.after())


IN_IT_SUBJECT_GAP = 2  # characters between "in it" after a verb of taking part and the verb's subject


def _taking_part_in_it_by_nobody(frame: Frame) -> bool:
    """عقد الوزير اجتماعا مع رئيس البرلمان شارك فيه نواب: a verb of taking part followed by "in it" (فيه، فيها)
    takes part in the meeting just told, and its subject follows; when no actor stands there (deputies, experts, a
    crowd), no state takes part, least of all the one who held the meeting."""
    in_it = _IN_IT.match(frame.text, frame.trigger[1])
    if in_it is None or frame.suffix:
        return False
    return not any(0 <= a.start - in_it.end() <= IN_IT_SUBJECT_GAP for a in frame.actor_candidates())


def _participant_subject(frame: Frame) -> str | None:
    """Who takes part: the verb's subject, except after a verbal noun followed by في (للمشاركة في احتفالات جمهورية
    موريشيوس): what follows في is the occasion and its owner, never one who takes part, so he stands before."""
    # مشاركة (ة is normalized to ه); المشارك, definite, is a participle describing the noun before it (الوفد
    # الكويتي المشارك في احتفالات جمهورية غانا), never a verb with its subject after it
    participle = frame.text.startswith("ال", frame.trigger[0]) and frame.text[frame.trigger[1] - 1] != "ه"
    noun = participle or frame.text[frame.trigger[1] - 1:frame.trigger[1]] == "ه"
    if not (noun and _IN_AFTER.match(frame.text, frame.trigger[1])):
        return frame.subject()
    if participle:  # … the noun right before it, whatever governs that noun (أشاد الرئيس بوفد الكويت المشارك في …)
        described = [a for a in frame.states() if a.end <= frame.trigger[0]
                     and frame.trigger[0] - a.end <= DESCRIBED_REACH]
        if described:
            return described[-1].state
    before = [a for a in frame.actor_candidates() if a.end <= frame.trigger[0]]
    return before[-1].state if before else frame.carried


DESCRIBED_REACH = 30  # characters between a participle of taking part and the delegation or state it describes
_IN_AFTER = re.compile(r"\s+في\s")  # the preposition right after a verbal noun (المشاركة في)
OCCASION_REACH = 30  # characters after المشاركة في where the state owning the occasion is named
HOME_MEETING_REACH = 80  # characters after a word of taking part where the place of the meeting is named
WITH_REACH = 30  # characters after "with the participation of" where those who take part are named (after a title)


def _with_participation_of(frame: Frame) -> list[Roles]:
    """عقد المؤتمر بمشاركة وزراء خارجية مصر والأردن: each state named right after بمشاركة, and those joined to it,
    takes part in the meeting of the sentence (ممثلين عن 16 دولة names none)."""
    after = [a for a in frame.agents() if a.start >= frame.trigger[1]]
    if not after:
        return []
    if after[0].start - frame.trigger[1] > WITH_REACH:
        # بمشاركة ممثلين عن 16 دولة … من بينها المملكة: the states its list names after "among them"
        among = frame.lexicon.cue_regexes.get("among")
        named = among.search(frame.text, frame.trigger[1], frame.horizon or frame.sent[1]) \
            if among is not None else None
        after = [a for a in after if named is not None and 0 <= a.start - named.end() <= WITH_REACH]
        if not after:
            return []
    states = _distinct([party(a) for a in frame.coordinated(after[0], after)])
    # the meeting is named before بمشاركة; the organizations after it take part in it (… تتقدمها اليونسكو)
    series = frame.of_kind("series") or [a for a in frame.of_kind("org", after_only=False) if a.end <= frame.trigger[0]]
    body = _summit_of(frame, series[0].mention.id, series[0].start) if series else _anaphoric_summit(frame)
    where = [a for a in frame.args if a.prep in ("في", "ب") and a.state and a.end <= frame.trigger[0]]
    if states == [frame.home] and not (body or where):
        return []  # بمشاركة مسؤولي الوزارة: the paper's own officials at a meeting at home is domestic news
    roles = []
    for state in states:
        role: Roles = {"participant": state}
        if body and body != state:
            role["series"] = body
        if where and where[-1].state != state:
            role["location"] = where[-1].mention.id if where[-1].kind == "place" else where[-1].state
        roles.append(role)
    return roles


_GOVERNED_AFTER = re.compile(r"\s*(?:في|فيه|فيها|فيهما|فيهم|ب\S*|الي|مع|ضمن|من)(?:\s|$)")


def _unsaid_subject_named(frame: Frame) -> bool:
    """تشارك طالبة … في مهرجان، تشارك 60 طالبة: the verb's subject stands right after it and acts for no state, so
    nobody of the sentence before takes part (ويشارك في القمة, with its subject unsaid, goes on with it)."""
    return _GOVERNED_AFTER.match(frame.text, frame.trigger[1]) is None


_JOINED_NISBA = re.compile(r"\s*و\s*")


APPEAL_REACH = 60  # characters before an aid word where the appeal that asks for it may stand


def donor(frame: Frame) -> list[Roles]:
    """Who gives aid to whom: the giver is the subject (a state, its relief agency or an organization), or the
    nisba right after the word (المساعدات السعودية); the recipients are the states and places the aid goes to
    (لليمن، إلى عدن، للشعب اليمني)."""
    if frame.cue("appeal", max(frame.clause[0], frame.trigger[0] - APPEAL_REACH), frame.trigger[0]):
        return []  # ناشدت حكومة البلد المانحين إرسال مساعدات: aid asked for is no aid given
    received = _received_aid(frame)
    if received is not None:
        return received
    horizon = frame.horizon or frame.sent[1]
    # المساعدات السعودية, not مساعدات للشعب اليمني; a definite aid word takes no genitive, so a definite state's name
    # right after it is an adjective too (السعودية is both the state's name and its feminine nisba)
    definite = frame.text[frame.trigger[0] - 2:frame.trigger[0]] == "ال"
    # (a nisba takes the preposition of the noun it describes: من المساعدات البريطانية is British aid)
    # (سفينتا إغاثة إحداهما إماراتية: the nisba of "one of them" is the giver of that one, no people helped)
    one_of_them = frame.word_right_after("one_of_them", frame.trigger[1])
    near = one_of_them.end() if one_of_them else frame.trigger[1]
    # (a nisba inside the phrase of an official or a body the aid goes to, للحكومة اللبنانية، describes it, not the
    # aid; مساعدات الحكومة السعودية, with no preposition, is still the government's aid)
    said = [a for a in frame.states() if near <= a.start <= near + 2
            and (not a.prep or a.mention.form == "nisba")
            and not (a.prep and a.actor is not None and a.actor.kind != "state")
            and adjectival(frame.text, a.start, a.mention.form) and (definite or a.mention.form == "nisba")]
    # a giver named outright (مقدمة من مركز الملك سلمان، قادمة من المملكة) outranks one read from word order: in
    # وصلت المعونة إلى مدينة سيئون … مقدمة من المركز the town is no giver
    named = None if said else _named_giver(frame) or _directing_giver(frame) or _body_named_by_its_aim(frame)
    givers = _givers_before(frame) if not said and not named else []
    giver = said[0].state if said else named or (givers[0] if givers else None) or _vehicle_giver(frame) \
        or frame.subject()
    # (a body whose state is only inferred, وزارة التنمية with no nisba, is no people the aid goes to)
    receiving = [a.state for a in frame.after() if a.start < horizon and a.kind in ("state", "place")
                 and (a.prep in _AID_TO or (a.mention.form == "nisba" and (a.actor is None or a.actor.explicit)))]
    if giver is not None and giver == frame.carried and giver in receiving and not (said or named or givers) \
            and not [a for a in frame.before() if a.state == giver]:
        # هذه المساعدات … من قبل المركز … الموجهة للشعب اليمني, after a sentence about Yemen: the state the aid
        # goes to is no giver of it; the body the sentence names gives it
        giver = next((party(a) for a in frame.agents() if a.start >= frame.trigger[1] and a.start < horizon
                      and not a.prep and party(a) not in receiving), None)
    recipients = _distinct([state for state in receiving if state != giver]) \
        or _distinct([state for state in _reached_bare(frame, horizon) if state != giver])
    framed = frame.lexicon.phrase(_FRAMED_AID)
    if giver and not recipients and framed.search(frame.text, max(frame.sent[0], frame.trigger[0] - 25),
                                                  frame.trigger[0]):
        recipients = _handed_before(frame, giver)
    helped = _people_helped(frame)
    if giver is not None and not (said or named) and giver in helped:
        # نوه الوزير اليمني بالأعمال الإغاثية في مخيمات اللاجئين اليمنيين بالصومال: the state whose people the aid helps
        # is not the one giving it; the giver is unsaid here (and the refugees' camp receives nothing)
        return []
    people = [state for state in helped if state != giver]
    if people:  # العيادات السعودية تقدم خدماتها للاجئين السوريين في الأردن: the refugees' state, not the camp's
        recipients = people
    if named and not recipients:
        recipients = _delivered_to(frame, giver)
    granted = None if recipients else _granted(frame)
    if granted is not None:
        recipient, granting = granted
        giver = granting or (giver if giver != recipient else None)
        recipients = [recipient] if giver != recipient else []
    carried = None if giver and recipients else _carried_aid(frame)
    if carried:
        giver, recipients = carried
    # aid goes to a state or its people; منحت الشركة مديرها أسهما، يعتمد الكثيرون على المساعدات
    if not (giver and recipients):
        return []
    kind = frame.cue("aid_kind", frame.trigger[0] - 30, frame.sent[1])
    # مساعدات سعودية وإماراتية: nisbas joined after the word are the aid of each state, one gift each
    described = _joined_nisbas(frame, said[0]) if said else []
    if len(described) > 1:
        recipients = [state for state in recipients if state not in described]
        return [_aid_roles(state, recipients, kind) for state in described] if recipients else []
    # ألمانيا وفرنسا وبريطانيا تعهدت بتخصيص مساعدات: states joined as the subject give together
    joined = len(givers) > 1 and giver == givers[0] and not set(givers) & set(recipients)
    return [_aid_roles(givers if joined else giver, recipients, kind)]


AID_RECEIVED_REACH = 40  # characters before an aid word where the verb of receiving it (حصلت على، تلقت) may stand
RECEIVED_GIVER_REACH = 60  # characters after the aid word to the من that names its giver (past its amount)


def _received_aid(frame: Frame) -> list[Roles] | None:
    """حصلت اليونان على قرض بقيمة … من الاتحاد الأوروبي، تلقت الحكومة اليمنية منحة من الكويت: aid told from the side
    that receives it, as the subject of a verb of receiving (``aid_received`` cues) right before the aid word; the
    giver is named after من (an actor's side, not a place nor a bank or company, which name no party), or by a nisba
    right after the word. None when no such verb stands there (the giver's frame reads the sentence); no event when
    the receiving side or the giver is left unsaid (a loan from unnamed lenders is no aid between parties)."""
    regex = frame.lexicon.cue_regexes.get("aid_received")
    lo = max(frame.clause[0], frame.sent[0], frame.trigger[0] - AID_RECEIVED_REACH)
    verbs = list(regex.finditer(frame.text, lo, frame.trigger[0])) if regex is not None else []
    if not verbs:
        return None
    verb = verbs[-1]
    # the subject right after the verb (VSO: حصلت اليونان على), else right before it (القوات التونسية ستحصل على)
    inside = [a for a in frame.args if verb.end() <= a.start and a.end <= frame.trigger[0] and not a.prep
              and party(a)]
    before = [a for a in frame.args if max(frame.clause[0], frame.sent[0]) <= a.start and a.end <= verb.start()
              and not a.prep and party(a) and verb.start() - a.end <= RECEIVED_SUBJECT_GAP]
    subject = inside[0] if inside else before[-1] if before else None
    recipient = subject.state if subject is not None else None
    if recipient is None:
        return []
    # (منحة عسكرية سعودية: one adjective of the aid may stand before the giver's nisba)
    nisba = [a for a in frame.states() if frame.trigger[1] <= a.start and a.mention.form == "nisba" and not a.prep
             and len(frame.text[frame.trigger[1]:a.start].split()) <= 1
             and adjectival(frame.text, a.start, a.mention.form)]
    senders = [a for a in frame.args if a.prep == "من" and frame.trigger[1] <= a.start
               <= frame.trigger[1] + RECEIVED_GIVER_REACH and _may_give(a)]
    giver = nisba[0].state if nisba else party(senders[0]) if senders else None
    if giver is None or giver == recipient:
        return []
    return [_aid_roles(giver, [recipient], frame.cue("aid_kind", frame.trigger[0] - 30, frame.sent[1]))]


RECEIVED_SUBJECT_GAP = 3  # characters between a subject and the verb of receiving after it (SVO: مصر تلقت)
PEOPLE_REACH = 300  # characters around an aid word within which the people it helps may be named
# في إطار (حزمة) المساعدات right before the aid word: the act told before it is the aid (ستسلم واشنطن القاهرة ثماني
# طائرات، في إطار حزمة مساعدات عسكرية)
_FRAMED_AID = r"(?:في\s+)?(?:{framing_noun})\s+(?:\S+\s+)?$"


def _handed_before(frame: Frame, giver: str) -> list[str]:
    """The state an act framed as aid went to, named before the aid word in its clause: the object of the act
    right after the giver (ستسلم الولايات المتحدة مصر …) or the state it went to (لمصر، إلى مصر)."""
    before = [a for a in frame.args if max(frame.sent[0], frame.opening) <= a.start and a.end <= frame.trigger[0]
              and a.kind in ("state", "place") and a.state and a.state != giver and a.prep in ("", "ل", "الي")
              and a.mention.form != "nisba"]
    givers = [a for a in frame.args if a.state == giver and a.end <= frame.trigger[0]]
    after_giver = [a for a in before if givers and a.start > givers[0].end]
    return [after_giver[0].state] if after_giver else []


def _people_helped(frame: Frame) -> list[str]:
    """The states of the refugees or displaced people an aid word's clause names (للأشقاء اللاجئين السوريين):
    the guide's recipient is the state of the people helped, wherever their camp stands."""
    lo, hi = max(frame.sent[0], frame.trigger[0] - PEOPLE_REACH), min(frame.sent[1], frame.trigger[1] + PEOPLE_REACH)
    return _distinct([state for at, state in frame.helped if lo <= at < hi])


def _aid_roles(giver: str | list[str], recipients: list[str], kind: str | None) -> Roles:
    roles: Roles = {"donor": giver, "recipients": recipients}
    if kind:
        roles["kind"] = kind
    return roles


def _joined_nisbas(frame: Frame, first: Arg) -> list[str]:
    """The states of a nisba and of the nisbas joined to it by و right after it (سعودية وإماراتية)."""
    states, last = [first.state], first
    for arg in frame.states():
        if arg.start > last.end and arg.mention.form == "nisba" and not arg.prep \
                and _JOINED_NISBA.fullmatch(frame.text[last.end:arg.start]):
            states.append(arg.state)
            last = arg
    return _distinct(states)


GRANT_REACH = 12  # characters before a recipient (or the giver before him) where the verb of granting stands
BARE_PORT_REACH = 25  # characters from a verb of arriving (or the aid phrase after it) to a port named bare


def _reached_bare(frame: Frame, horizon: int) -> list[str]:
    """وصلت سفينة إغاثة إماراتية ميناء عدن: a verb of arriving takes its destination as a bare object; the place
    named with no preposition after the aid word, in a clause whose verb of arriving (``arrives_at`` cues) stands
    before it, is where the aid went (a city or a port, never a state's name, which may be a giver)."""
    regex = frame.lexicon.cue_regexes.get("arrives_at")
    if regex is None:
        return []
    lo = max(frame.sent[0], frame.opening)
    verbs = list(regex.finditer(frame.text, lo, horizon))
    # the place right after the verb, or right after the aid phrase the verb's subject is (a nisba or two between)
    return [a.state for a in frame.after() if a.start < horizon and a.mention.kind == "place" and not a.prep
            and a.state and any(v.end() <= a.start and a.start - max(v.end(), frame.trigger[1]) <= BARE_PORT_REACH
                                for v in verbs)]


def _granted(frame: Frame) -> tuple[str, str | None] | None:
    """منحت اليابان الأردن منحة، وافقت على منح الأردن مساعدات: a verb of granting (``grant`` cues) takes two
    objects, the one granted before what is granted. (the recipient, the giver) when a state named bare right
    before the aid word follows that verb, or the verb's subject right after the verb; the giver is that subject, or
    the actor named bare before the verb (None when none is)."""
    before = [a for a in frame.args if frame.sent[0] <= a.start and a.end <= frame.trigger[0]]
    if not before or "grant" not in frame.lexicon.cue_regexes:
        return None
    granted = before[-1]
    if granted.prep or granted.kind not in ("state", "place") or not granted.state \
            or frame.text[granted.end:frame.trigger[0]].strip():
        return None
    subject = before[-2] if len(before) > 1 else None
    if subject is not None and not subject.prep and party(subject) \
            and not frame.text[subject.end:granted.start].strip() \
            and frame.word_right_before("grant", subject.start, GRANT_REACH):
        return granted.state, party(subject)
    verb = next((m for m in frame.lexicon.cue_regexes["grant"].finditer(
        frame.text, max(frame.sent[0], granted.start - GRANT_REACH), granted.start)
        if not frame.text[m.end():granted.start].strip()), None)
    if verb is None:
        return None
    # the verb's subject before it (وافقت اليابان على منح الأردن …): the nearest actor named bare before the verb; with
    # none, the one actor right after the verb is its subject (منحت الحكومة اليمنية مساعدات للنازحين), no one granted
    giver = next((a for a in reversed(frame.agents()) if max(frame.sent[0], frame.opening) <= a.start
                  and a.end <= verb.start() and not a.prep), None)
    return (granted.state, party(giver)) if giver is not None and party(giver) else None


def _delivered_to(frame: Frame, giver: str | None) -> list[str]:
    """وصلت السفينة إلى ميناء عدن لتسليم المساعدات التي أرسلتها الإمارات: aid whose giver is named after it goes to
    the place its clause said it was brought to (after إلى, before the aid word)."""
    places = [a for a in frame.args if max(frame.sent[0], frame.opening) <= a.start and a.end <= frame.trigger[0]
              and a.kind in ("state", "place") and a.prep == "الي" and a.state and a.state != giver]
    return [places[-1].state] if places else []


def _carried_aid(frame: Frame) -> tuple[str, list[str]] | None:
    """وصلت أمس إلى مطار عدن طائرة سعودية محملة بالمساعدات: aid that a plane or a ship of a state carries goes to the
    place the vehicle arrived at, named before it in the clause (after إلى or في); its giver is the vehicle's
    state (a nisba right after the vehicle's word)."""
    cargo = frame.lexicon.cue_regexes.get("cargo")
    places = [a for a in frame.args if frame.sent[0] <= a.start and a.end <= frame.trigger[0]
              and a.kind in ("state", "place") and a.prep in ("الي", "في") and a.state]
    # the clause's own place, else the one before it (…، كما وصلت أول طائرة إماراتية: to the same airport)
    places = [a for a in places if a.start >= frame.opening] or places
    if not places or cargo is None:
        return None
    # the vehicle after the place (وصلت إلى مطار عدن طائرة سعودية محملة بـ), else before it as the subject of the
    # verb of arriving (الطائرة الكويتية الأولى التي هبطت الأحد في مطار المكلا؛ حملت أدوية)
    vehicles = [*cargo.finditer(frame.text, places[-1].end, frame.trigger[0]),
                *reversed(list(cargo.finditer(frame.text, frame.sent[0], places[-1].start)))]
    for vehicle in vehicles:
        giver = next((a.state for a in frame.states() if vehicle.end() <= a.start <= vehicle.end() + VEHICLE_REACH
                      and a.end <= frame.trigger[0] and adjectival(frame.text, a.start, a.mention.form)), None) \
            or _vehicle_owner(frame, vehicle.end())
        if giver and giver != places[-1].state:
            return giver, [places[-1].state]
    return None


def _vehicle_giver(frame: Frame) -> str | None:
    """هبطت بمطار عدن طائرة عسكرية تابعة لدولة الإمارات تحمل مساعدات: the plane or ship that carries the aid,
    named before it in its sentence, belongs to the giver (``_vehicle_owner``)."""
    cargo = frame.lexicon.cue_regexes.get("cargo")
    if cargo is None:
        return None
    for vehicle in cargo.finditer(frame.text, frame.sent[0], frame.trigger[0]):
        owner = _vehicle_owner(frame, _word_end(frame.text, vehicle.end(), frame.trigger[0]))
        if owner:
            return owner
    return None


_VEHICLE_ADJECTIVE = re.compile(r"\s+[^\W\d_]+ي[هة](?=\s)")  # عسكرية، إغاثية (ة is ه once normalized)


def _word_end(text: str, start: int, limit: int) -> int:
    """The end of the word after ``start`` when it is an adjective of the vehicle (طائرة عسكرية تابعة), else
    ``start``."""
    m = _VEHICLE_ADJECTIVE.match(text, start, limit)
    return m.end() if m else start


def _vehicle_owner(frame: Frame, end: int) -> str | None:
    """The state or organization a ship or a plane belongs to, named with ل right after its word (سفينة لبرنامج
    الأغذية العالمي، طائرة تابعة للأمم المتحدة): its cargo is that one's gift."""
    owner = next((a for a in frame.agents() if a.prep == "ل" and end <= a.start <= end + VEHICLE_OWNER_REACH
                  and a.end <= frame.trigger[0]), None)
    if owner is None:
        return None
    words = frame.text[end:owner.start].split()
    if words and words[-1] in ("ل", "لل"):
        words.pop()  # the clitic of the owner's name (لبرنامج) stands apart from it
    if words and not (len(words) == 1 and normalize_key(words[0]).removeprefix("ال") in _BELONGING):
        return None
    return party(owner)


def _body_named_by_its_aim(frame: Frame) -> str | None:
    """مسؤول تابع للحملة الوطنية السعودية لنصرة الأشقاء: an aid word that ends a body's name (the aim it is
    named for) is that body's aid, whatever governs the body: it gives, not the state the passage was about."""
    body = next((a for a in reversed(frame.args) if a.end <= frame.trigger[0]), None)
    if body is None or body.actor is None or body.actor.kind != "body" or not party(body):
        return None
    return party(body) if len(frame.text[body.end:frame.trigger[0]].strip()) <= 1 else None


def _givers_before(frame: Frame) -> list[str]:
    """The givers before the aid word, as the subject of its verb (سير المركز مساعدات للشعب اليمني), with the
    states joined to it before the verb (ألمانيا وفرنسا وبريطانيا تعهدت بتخصيص مساعدات: all three)."""
    subject, _ = frame.interaction(object_first=True)
    if subject is None or not party(subject):
        return []
    if subject.start >= frame.trigger[1]:
        return [party(subject)]
    chain = [a for a in frame.agents() if a.end <= subject.start and not a.prep]
    joined = [a for a in chain if frame.coordinated(a, [*chain, subject])[-1] is subject]
    first = joined[0] if joined else subject
    members = frame.coordinated(first, [*chain, subject])
    if any(not _JOINED_GIVER.match(frame.text[a.end:b.start]) for a, b in pairwise(members)):
        return [party(subject)]  # للشعب اليمني الشقيق أمر الأمير …: words between, no و, join nobody
    return _distinct([party(a) for a in members if party(a)])


def _named_giver(frame: Frame) -> str | None:
    """سفينة تنقل مساعدات تابعة للأمم المتحدة، مساعدات مقدمة من الكويت: the giver named after the aid."""
    regex = frame.lexicon.cue_regexes.get("aid_of")
    found = regex.search(frame.text, frame.trigger[1], min(frame.sent[1], frame.trigger[1] + AID_OF_REACH)) \
        if regex else None
    if not found:
        # مساعدات طبية من منظمة الصحة العالمية: من right after the word names who gives (a place after it,
        # من ميناء جيبوتي، is where the aid comes from)
        sender = next((a for a in frame.args if a.prep == "من" and 0 <= a.start - frame.trigger[1] <= FROM_GIVER_REACH
                       and len(frame.text[frame.trigger[1]:a.start].split()) <= 2  # من and one adjective at most
                       and frame.text[frame.trigger[1]:a.start].split()[-1:] == ["من"]  # no place noun between
                       and _may_give(a)), None)
        return party(sender) if sender else _giver_after_recipient(frame)
    # المساعدات التي قدمتها اليابان: a relative clause's giver is its verb's bare subject; in التي قدمتها لليمن the
    # verb's pronoun is the giver (told before) and the state after ل is whom it went to
    relative = frame.lexicon.cues["aid_of"].get(" ".join(found.group("w").split())) == "relative"
    giver = next((a for a in frame.agents() if found.end() <= a.start <= found.end() + 3
                  and not (relative and a.prep)), None)
    if giver is None and relative:  # جهود الكويت في المساعدات التي قدمتها للأردن: the pronoun's state, right before
        before = [a for a in frame.states() if frame.sent[0] <= a.start and a.end <= frame.trigger[0] and not a.prep]
        return before[-1].state if before else None
    return party(giver) if giver else None


def _giver_after_recipient(frame: Frame) -> str | None:
    """مساعدات طبية للشعب السوداني من الهلال الأحمر الكويتي: the giver named after من right after the state or
    people the aid goes to, itself right after the aid word (a place after من is where the aid comes from)."""
    after = [a for a in frame.after() if a.start < (frame.horizon or frame.sent[1])]
    for recipient, sender in pairwise(after):
        if recipient.start - frame.trigger[1] > RECIPIENT_BEFORE_GIVER_REACH:
            return None
        if recipient.kind not in ("state", "place") or not (recipient.prep in _AID_TO
                                                            or recipient.mention.form == "nisba"):
            continue
        words = frame.text[recipient.end:sender.start].split()
        if sender.prep == "من" and words[-1:] == ["من"] and len(words) <= 2 and _may_give(sender):
            return party(sender)
    return None


def _may_give(arg: Arg) -> bool:
    """Whether an argument after من may be aid's giver: an actor's side, not a place (من ميناء جيبوتي) or a capital,
    which say where the aid comes from."""
    return bool(party(arg)) and arg.kind != "place" and arg.mention.form != "capital"


DIRECTIVE_REACH = 160  # characters before an aid word within which the order to give it (بتوجيهات من …) stands


def _directing_giver(frame: Frame) -> str | None:
    """يأتي ذلك بتوجيهات من رئيس الدولة … بتقديم مساعدات للشعب اليمني: the one who ordered the aid, named right
    after the words of the order before the aid word in its sentence, gives it."""
    regex = frame.lexicon.cue_regexes.get("aid_directive")
    if regex is None:
        return None
    orders = list(regex.finditer(frame.text, max(frame.sent[0], frame.trigger[0] - DIRECTIVE_REACH), frame.trigger[0]))
    if not orders:
        return None
    giver = next((a for a in frame.agents() if orders[-1].end() <= a.start <= orders[-1].end() + 3
                  and a.end <= frame.trigger[0]), None)
    return party(giver) if giver else None


FORCES_REACH = 20  # characters before a peacekeeping word where the forces it names may stand


def contributor(frame: Frame) -> list[Roles]:
    giver = frame.subject()
    named = any(a.state == giver and frame.sent[0] <= a.start < frame.sent[1] for a in frame.states())
    # فيما جدد مجلس الأمن تفويض قوات حفظ السلام: a body is the clause's subject, renewing a mission
    body_acts = any(a.kind == "org" and not a.prep and frame.clause[0] <= a.start < frame.trigger[0]
                    for a in frame.args)
    # غادروا المخيم بطلب من قوات حفظ السلام: the peacekeepers act (they ask, they withdraw); no one sends them here
    acting = frame.word_right_before("forces_of", frame.trigger[0], FORCES_REACH)
    if not giver or not named or body_acts or acting:
        # a state of another clause, or of the passage (the peacekeepers asked the refugees to leave), sends no
        # troops told of here
        return []
    roles: Roles = {"contributor": giver}
    orgs = frame.of_kind("org", after_only=False)
    # the operation named in the trigger's clause, else anywhere in the sentence (… ضمن قطاع اليونيفيل)
    operation = _nearest(frame, [a for a in orgs if frame.clause[0] <= a.start < frame.clause[1]] or orgs)
    if operation:
        roles["operation"] = operation.mention.id
    places = [a for a in frame.after() if a.kind in ("place", "state") and a.state != giver
              and a.start < frame.clause[1]]
    if places:
        roles["location"] = [a.mention.id if a.kind == "place" else a.state for a in places]
    return [roles]


FRAMES: dict[str, Callable[[Frame], list[Roles]]] = {
    "actor": actor, "actor_what": actor_what, "source_target": source_target, "recognition": recognition,
    "support": support, "pair": pair,
    "mission": mission,
    "visit": visit, "talks": talks, "agreement": agreement, "member_body": member_body,
    "holder_body": holder_body, "host": host, "mediator": mediator, "participant": participant, "donor": donor,
    "contributor": contributor,
}
