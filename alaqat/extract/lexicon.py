"""The event lexicons of ``lang/ar/events/`` loaded once: types, triggers and cue words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from alaqat.lang import data_path, read_tsv_dicts
from alaqat.normalize.text import normalize_key

CLITIC_FORMS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "وك", "و",
                "ف", "ب", "ل", "ك")
CLITICS = "(?:" + "|".join(CLITIC_FORMS) + ")"
LONGEST_CLITIC = max(len(c) for c in CLITIC_FORMS)  # how far before a trigger's first word its match may start
# نا: the first person plural of a quoted official (تفاوضنا مع إيران، مباحثاتنا), whose state the act is then
_PRONOUNS = "هما|هم|ها|ه|نا"
PRONOUN_SUFFIX = rf"(?P<suffix>{_PRONOUNS})?"
_PRONOUN_AHEAD = rf"(?=(?:{_PRONOUNS})(?![^\W_]))"  # a form found only with a pronoun after it
IMPERFECT_PREFIXES = ("ي", "ت")  # he/she/they: the persons a report of states and officials uses


@dataclass(frozen=True)
class EventType:
    name: str
    frame: str
    cameo: str | None
    plover: str | None
    once: bool
    key: tuple[str, ...]  # roles that identify the fact its events merge into


@dataclass(frozen=True)
class Trigger:
    type: str
    surface: str  # normalized
    needs: tuple[str, ...]  # normalized words, any of which must be in the sentence
    plural: bool
    weight: float
    needs_regex: re.Pattern[str] | None = None  # the needs as whole words, with clitics and pronoun suffixes
    ends_in_pronoun: bool = False  # written with a final ه (زاره: visited him), which a ta marbuta (ة) never is
    needs_hint: tuple[str, ...] | None = None  # words one of which a text holds if needs_regex finds anything in it


@dataclass(frozen=True)
class Lexicon:
    types: dict[str, EventType]
    triggers: dict[str, list[Trigger]]  # by normalized surface
    regex: re.Pattern[str]
    cues: dict[str, dict[str, str]]  # class -> normalized word -> value
    cue_regexes: dict[str, re.Pattern[str]]  # class -> regex finding its words (group "w")
    # (not an init field: a lexicon made from another by dataclasses.replace starts a cache of its own, so a class
    # its cues change never answers with the other's patterns)
    _phrases: dict[str, re.Pattern[str]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def phrase(self, template: str) -> re.Pattern[str]:
        """Cue classes' words set in a pattern of grammar around them: each ``{class}`` of ``template`` stands for
        the plain alternation of that class's words (the words are data; the clitics, prepositions and endings the
        template puts around them are not). A class the cues lack is an error, not a pattern that never matches.
        Compiled once per template."""
        pattern = self._phrases.get(template)
        if pattern is None:
            pattern = re.compile(_PLACEHOLDER.sub(lambda m: words_alternation(self.cues[m.group(1)]), template))
            self._phrases[template] = pattern
        return pattern


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # {class} in a phrase's template (a quantifier such as {0,2} is none)


def _code(value: str) -> str | None:
    return None if value in ("", "—", "-") else value


def _alternation(words: list[str], ending: Callable[[str], str] = lambda word: "") -> str:
    r"""The pattern of ``words`` (longest first; a space matches any run of spaces; ``ending``: what must follow a
    word, a lookahead), the same as their plain alternation but written as a tree of shared beginnings (زيار(?:ه
    …|ات …)). The regex engine tries each branch of a plain alternation at every position, the several hundred of
    a trigger pattern; in the tree a branch whose first letter fails takes all its words with it. It finds what the
    plain one finds: branches that part at a letter cannot both match, and a word that ends where longer ones go on
    is tried after them, as the longest-first order has it."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = ending(word)
    return _branches(tree)


_END = ""  # the key of a word's ending in ``_alternation``'s tree (no letter)


def _branches(node: dict) -> str:
    """The pattern of a node of ``_alternation``'s tree: each letter and what follows it, then a word ending here."""
    parts = [(r"\s+" if letter == " " else re.escape(letter)) + _branches(child)
             for letter, child in node.items() if letter != _END]
    if _END in node:
        parts.append(node[_END])
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _cue_regex(words_of_class: dict[str, str]) -> re.Pattern[str]:
    words = sorted(words_of_class, key=len, reverse=True)
    alternation = _alternation(words) if words else r"(?!x)x"
    return re.compile(rf"(?<![^\W_]){CLITICS}?(?P<w>{alternation})(?![^\W_])")


def _needed(needs: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The letters (ب، ل: a word governed by that preposition, أشاد بـ …) and the stems (longest first, without
    an article that a clitic may replace) of the words a trigger needs; @date, @pair are conditions, not words."""
    words = [w for w in needs if not w.startswith("@")]
    letters = [w for w in words if len(w) == 1]
    stems = sorted({w[len("ال"):] if w.startswith("ال") and len(w) > 4 else w for w in words if len(w) > 1},
                   key=len, reverse=True)
    return letters, stems


def _needs_hint(needs: tuple[str, ...]) -> tuple[str, ...] | None:
    """The first word of each stem a trigger needs: one of them stands, as written, in any text ``_needs_regex``
    finds a need in (None when a letter, which any word may open, is needed too, or nothing is)."""
    letters, stems = _needed(needs)
    return None if letters or not stems else tuple(stem.split(" ")[0] for stem in stems)


def words_alternation(words: Iterable[str]) -> str:
    """A plain alternation of normalized ``words``, longest first, a space matching any run of spaces; one that
    never matches when there are none."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"


def _needs_regex(needs: tuple[str, ...], press: Iterable[str] = ()) -> re.Pattern[str] | None:
    """The words a trigger needs, matched as words (مقر must not be found inside الديمقراطية), with a proclitic
    before them (للعلاقات for العلاقات) and a pronoun after; not when a ``press`` adjective follows (مؤتمر صحفي، لقاء
    صحافي: a press conference is no gathering of states)."""
    letters, stems = _needed(needs)
    if not letters and not stems:
        return None
    parts = []
    if stems:
        # an accusative or plural ending may follow (مؤتمرا، اتفاقات)
        parts.append(rf"(?<![^\W_])(?:{CLITICS}|لل)?(?:{words_alternation(stems)})(?:ا|ات)?{PRONOUN_SUFFIX}(?![^\W_])"
                     rf"(?!\s+(?:ال)?(?:{words_alternation(press)})(?![^\W_]))")
    if letters:
        parts.append(rf"(?<![^\W_])(?:و|ف)?[{''.join(letters)}](?=[^\W\d_]{{2}})")
    return re.compile("|".join(parts))


@cache
def load_lexicon() -> Lexicon:
    types = {
        r["type"]: EventType(r["type"], r["frame"], _code(r["cameo"]), _code(r["plover"]), r["once"] == "yes",
                             tuple(r["key"].split("+")))
        for r in read_tsv_dicts(data_path("events", "types.tsv"))
    }
    cues: dict[str, dict[str, str]] = {}
    for r in read_tsv_dicts(data_path("events", "cues.tsv")):
        cues.setdefault(r["class"], {})[normalize_key(r["word"])] = r.get("value", "")
    triggers: dict[str, list[Trigger]] = {}
    verbs = cues.get("verb_trigger", {})
    press = cues.get("press_adjective", {})
    for r in read_tsv_dicts(data_path("events", "triggers.tsv")):
        if r["type"] not in types:
            raise ValueError(f"triggers.tsv: unknown event type {r['type']!r}")
        surface = normalize_key(r["trigger"])
        needs = tuple(normalize_key(w) for w in r.get("needs", "").split("|") if w.strip())
        triggers.setdefault(surface, []).append(
            Trigger(r["type"], surface, needs, r.get("number") == "pl", float(r.get("weight") or 0.8),
                    _needs_regex(needs, press), r["trigger"].strip().endswith("ه") and surface not in verbs,
                    _needs_hint(needs)))
    before_pronoun: set[str] = set()
    for surface in [s for s in triggers if s.endswith("ه") and " " not in s and s not in verbs]:
        # ta marbuta becomes ت before a pronoun (رئاسة -> رئاستها): that form finds the same triggers, with the
        # pronoun only (منحت alone is "granted", قمت "I did"); a verb's final ه is its own letter (نوه: نوت is no
        # form of it, توجه: توجت is "crowned"); a noun written with its own pronoun (دعمه، شكره) gives the
        # feminine verb of its root (دعمت، شكرت), read alone too
        if surface[:-1] + "ت" not in triggers:
            triggers[surface[:-1] + "ت"] = triggers[surface]
            if not any(t.ends_in_pronoun for t in triggers[surface]):
                before_pronoun.add(surface[:-1] + "ت")
    idle = cues.get("no_future_form", {})
    for surface in [s for s in triggers if s.startswith(IMPERFECT_PREFIXES) and s.split()[0] not in idle]:
        # the future prefix س is written onto an imperfect verb (سيوقع، ستستضيف، سيلتقي): the same trigger, whose
        # word then begins with سي/ست and reads as planned; a noun in ت (توقيع) never takes it, so its form is idle; a
        # passive that only needs a place (يعقد في) reads as the active in it (سيعقد اجتماعا مع), so it has none
        triggers.setdefault("س" + surface, triggers[surface])
    alternation = _alternation(sorted(triggers, key=len, reverse=True),
                               lambda surface: _PRONOUN_AHEAD if surface in before_pronoun else "")
    regex = re.compile(rf"(?<![^\W_]){CLITICS}?(?P<t>{alternation}){PRONOUN_SUFFIX}(?![^\W_])")
    return Lexicon(types, triggers, regex, cues, {cls: _cue_regex(words) for cls, words in cues.items()})
