"""The date recognizer: rules of ``lang/ar/dates/rules.tsv`` compiled once, run over normalized text.

Every rule proposes matches; the longest non-overlapping ones are kept (earlier rules win ties); handlers turn
them into EDTF in text order, so narrative expressions (في العام السابق) see the nearest explicit date before
them; منذ / حتى just before a date open its interval. Spans are mapped back to the original text.

Speed: running every rule over the whole text costs about 40 ns a character per rule, because each pattern
opens with a look-behind that defeats the regex engine's prefix scan. So the rules only run inside
*windows*: maximal runs of words that occur somewhere in the grammar (every literal of every expanded rule,
clitics allowed) holding at least one anchor (a digit, a month, a Hijri month, a decade, a weekday, a
relative phrase or a counted span's unit such as السنوات). Every rule needs an anchor, and a match holding a
word outside the grammar is dropped, so every match lies inside a window, and the result is the same as a scan
of the whole text (tests/test_dates_windows.py checks it).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

import ahocorasick

from alaqat.annotate.dates.handlers import HANDLERS, Context, Handler, Piece
from alaqat.annotate.dates.patterns import min_width, needs_digit, parse, required_strings
from alaqat.annotate.dates.vocab import Vocabulary, _alternation, vocabulary
from alaqat.lang import data_path, read_tsv_dicts
from alaqat.model import TemporalExpression
from alaqat.normalize.text import NormalizedText, normalize
from alaqat.normalize.tokens import WORD_RE, words_of

LEFT_EDGE = r"(?:(?<![^\W_])|(?<=[\s(«\"'\-–][وفبلك]))"
# a word ends where no letter or digit follows, before a glued و or ف opening the next word, or before a number
# glued to it by a missing space (أمس7 شاحنات)
RIGHT_EDGE = r"(?:(?![^\W_])|(?=[وف][^\W\d_])|(?<=[^\W\d_])(?=\d))"
MODIFIER_WINDOW = 25
WINDOW_KEY_MAX = 64  # the longest window whose rules are remembered (``_runnable_in``)
WINDOW_CACHE_LIMIT = 50_000  # windows remembered before the memory starts over
_RESTATING_GAP = re.compile(r"[\s,،()\-–]")  # what may stand between a relative day and its date
_MACRO = re.compile(r"\{([A-Z]+)(?::([a-z0-9]+))?\}")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_DIGIT = re.compile(r"\d")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # the same words, as the odd items of ``split``
_CLOSING = re.compile(r"(?:\s*\))?")
_WORD_TAIL = re.compile(r"[^\W_]*")
_CLITICS = "وفبلك"
_ARABIC_BLOCK = range(0x0600, 0x0700)  # the tokenizer's words (``WORD_RE``) read the letters of this block otherwise
_ASCII_DIGITS = "0123456789"
_BEYOND_BMP = 0x10000  # the first character beyond the Basic Multilingual Plane


def _with_clitics(words: frozenset[str]) -> frozenset[str]:
    """``words`` and their forms after one or two clitics (والعام، لعام، وبعام): what a rule's edge lets in."""
    one = {c + w for c in _CLITICS for w in words}
    return frozenset(words | one | {c + w for c in _CLITICS for w in one})


@dataclass(frozen=True)
class Rule:
    name: str
    handler: Handler
    regex: re.Pattern[str]
    example: str
    min_width: int = 0  # the fewest characters a match spans: a shorter window cannot hold one
    needs_digit: bool = False  # every match holds a digit: a window without one cannot hold a match
    required: frozenset[str] | None = None  # every match holds one of these: a window without any cannot hold one


def _required_automaton(rules: list[Rule]) -> tuple[ahocorasick.Automaton | None, int]:
    """An automaton of the strings the rules require, each found with the rules (a bit a rank) that require it (None
    when no rule requires any), and the bits of the rules that require none (they run in every window long enough)."""
    by_string: dict[str, int] = {}
    unconditional = 0
    for rank, rule in enumerate(rules):
        if rule.required is None:
            unconditional |= 1 << rank
            continue
        for string in rule.required:
            by_string[string] = by_string.get(string, 0) | 1 << rank
    if not by_string:
        return None, unconditional
    automaton = ahocorasick.Automaton()
    for string, bits in by_string.items():
        automaton.add_word(string, bits)
    automaton.make_automaton()
    return automaton, unconditional


def _cuts_differ_at() -> re.Pattern[str]:
    """The characters the tokenizer's words (``WORD_RE``) and the windows' (``_WORD``) may take differently: those of
    the Arabic block one takes into a word and the other not (a letter the tokenizer leaves out, the Arabic-Indic
    digits), the decimal digits of every other script but ASCII, which only ``_WORD`` takes for a number, and every
    character beyond the Basic Multilingual Plane (some are such digits; a class of them spelled one by one would
    be searched character by character, and the press has next to none)."""
    block = (chr(c) for c in _ARABIC_BLOCK)
    odd = [c for c in block if (WORD_RE.fullmatch(c) is None) != (_WORD.fullmatch(c) is None)]
    digits = (c for c in map(chr, range(_BEYOND_BMP)) if c.isdecimal() and c not in _ASCII_DIGITS)
    spelled = "".join(re.escape(c) for c in sorted({*odd, *digits}))
    return re.compile(f"[{spelled}{chr(_BEYOND_BMP)}-{chr(sys.maxunicode)}]")


def _scripts_meet(pieces: list[str]) -> bool:
    """Whether two of the tokenizer's words stand with no gap between them and neither is a number: an Arabic word
    glued to a word of another script (عربيabc), which the tokenizer cuts in two and ``_WORD`` reads as one."""
    last = len(pieces) - 1
    at = 1
    while True:
        try:
            at = pieces.index("", at + 1, last)  # a word is never empty: an empty piece is a gap
        except ValueError:
            return False
        if pieces[at - 1][0] not in _ASCII_DIGITS and pieces[at + 1][0] not in _ASCII_DIGITS:
            return True


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def fill(m: re.Match[str]) -> str:
        body = macros[m.group(1)]
        return f"(?P<{m.group(2)}>{body})" if m.group(2) else f"(?:{body})"

    return _MACRO.sub(fill, pattern)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class DateRecognizer:
    """Finds temporal expressions; load once with ``DateRecognizer.load()``."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        macros = vocab.macros()
        self.rules: list[Rule] = []
        for row in read_tsv_dicts(data_path("dates", "rules.tsv")):
            regex = re.compile(LEFT_EDGE + _expand(row["pattern"], macros) + RIGHT_EDGE)
            parsed = parse(regex)
            self.rules.append(Rule(row["name"], HANDLERS[row["handler"]], regex, row.get("example", ""),
                                   min_width(parsed), needs_digit(parsed), required_strings(parsed)))
        self._finditers = [rule.regex.finditer for rule in self.rules]
        self._short_enough = {with_digit: self._rules_by_width(with_digit) for with_digit in (True, False)}
        self._required_automaton, self._unconditional = _required_automaton(self.rules)
        self._window_rules: dict[str, int] = {}  # a window's text -> the rules that may match in it
        self._grammar_words = frozenset(
            w for rule in self.rules for w in _WORD.findall(rule.regex.pattern) if not w.isdigit()
        )
        # a unit counted back is found through its count (a digit, or a plural of span_unit); a dual says its own
        # count (قبل عامين). The singulars (عام، شهر) are too common to open a window everywhere they stand.
        duals = [w for w, v in vocab.words.get("ago_unit", {}).items() if v.endswith(" 2")]
        spans = [*vocab.words.get("span_unit", {}), *vocab.words.get("span_dual", {}), *duals]
        anchor_phrases = [*vocab.months, *vocab.hijri_months, *vocab.decades, *vocab.weekdays, *vocab.relative, *spans,
                          *vocab.words.get("season_def", {})]
        self._anchor_words = frozenset(w for phrase in anchor_phrases for w in phrase.split())
        self._grammar_forms = _with_clitics(self._grammar_words)
        self._anchor_forms = _with_clitics(self._anchor_words)
        self._glue_automaton = ahocorasick.Automaton()
        for form in self._grammar_forms:
            for glue in "وف":
                self._glue_automaton.add_word(form + glue, (len(form) + 1, form in self._anchor_forms))
        self._glue_automaton.make_automaton()
        self._since = re.compile(rf"(?:{_alternation(vocab.words.get('since', {}))})\s*$")
        self._until = re.compile(rf"(?:{_alternation(vocab.words.get('until', {}))})\s*$")
        self._cuts_differ_at = _cuts_differ_at()
        self._weekday_word = re.compile(rf"(?<![^\W_])(?:{_alternation(vocab.weekdays)})(?![^\W_])")

    def _rules_by_width(self, with_digit: bool) -> tuple[list[int], list[int]]:
        """The rules a window may hold a match of by its width: the widths at which rules come in (the fewest
        characters each matches, ascending), and at each of them the rules (a bit a rank) as short or shorter; all
        of them for a window with a digit, those that need none for a window without."""
        ordered = sorted((rule.min_width, rank) for rank, rule in enumerate(self.rules)
                         if with_digit or not rule.needs_digit)
        widths, rules, bits = [], [0], 0
        for width, rank in ordered:
            bits |= 1 << rank
            widths.append(width)
            rules.append(bits)
        return widths, rules

    @classmethod
    def load(cls) -> DateRecognizer:
        return cls(vocabulary())

    def _glued(self, text: str) -> dict[int, bool]:
        """Words that begin with a grammar word glued to و or ف (2019وفي، أمسوفي): start -> is an anchor.

        A match may end right before such a glue (RIGHT_EDGE), so those words belong in windows too.
        """
        found: dict[int, bool] = {}
        for last, (length, anchor) in self._glue_automaton.iter(text):
            start = last - length + 1
            if start == 0 or not text[start - 1].isalnum():
                found[start] = found.get(start, False) or anchor
        return found

    def _words(self, ntext: NormalizedText) -> list[str]:
        """``_WORD_SPLIT.split(ntext.text)``: the tokenizer's cut of the same text (``words_of``, made once a text, its
        words hashed already, each looked up by the tokenizer) unless the text holds a character the two cuts take
        differently or an Arabic word glued to one of another script (checked in C, a fraction of a cut's cost). A cut
        of the whole document and a hash a word were most of the cost of finding the windows."""
        text = ntext.text
        if self._cuts_differ_at.search(text) is None:
            pieces = words_of(ntext)
            if not _scripts_meet(pieces):
                return pieces
        return _WORD_SPLIT.split(text)

    def windows(self, text: str, pieces: list[str] | None = None) -> list[tuple[int, int]]:
        """Disjoint spans of ``text`` that hold every possible match of every rule (see the module doc); ``pieces`` is
        ``_WORD_SPLIT.split(text)`` when the caller has it (``_words``)."""
        grammar, anchors = self._grammar_forms, self._anchor_forms
        glued = self._glued(text)
        spans: list[tuple[int, int]] = []
        run_start = run_end = -1
        anchored = False
        if pieces is None:
            pieces = _WORD_SPLIT.split(text)  # [gap, word, gap, word, …, gap]: strings, not a match object a word
        end = 0
        for k in range(1, len(pieces), 2):
            word = pieces[k]
            start = end + len(pieces[k - 1])
            end = start + len(word)
            if word in grammar:
                anchor = word in anchors
            elif word[0].isdigit():
                anchor = True
            elif glued and start in glued:
                anchor = glued[start]
            else:  # most words: a run of grammar words ends here
                if run_start >= 0:
                    if anchored:
                        spans.append((run_start, run_end))
                    run_start = -1
                continue
            if run_start < 0:
                run_start, anchored = start, False
            run_end = end
            anchored = anchored or anchor
        if run_start >= 0 and anchored:
            spans.append((run_start, run_end))
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            end = _WORD_TAIL.match(text, end).end()  # never cut a word: a right edge must see the real text
            end = _CLOSING.match(text, end).end()  # nor a month's other name's bracket: سبتمبر (أيلول)
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def _candidates(
        self, text: str, windows: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, int, int, re.Match[str]]]:
        """Every rule's matches inside ``windows`` (the anchored windows by default; tests pass the whole text,
        ``[(0, len(text))]``, as the reference the windows must agree with)."""
        found = []
        windows = self.windows(text) if windows is None else windows
        # window by window, only the rules that may match there (a doc has dozens of windows, and asking every rule
        # about each was most of the stage's cost): those one of whose required strings the window holds (most
        # windows, a lone function word, hold none, and cost no more than the automaton's look), and of those the ones
        # short enough for it (most windows are a lone short word, too short for most rules) and, without a digit,
        # needing none; a few integer operations on the rules' bits (a bit a rank)
        finditers, remembered = self._finditers, self._window_rules.get
        for start, end in windows:
            window = text[start:end]
            runnable = remembered(window)
            if runnable is None:
                runnable = self._runnable_in(window)
            while runnable:
                rank = (runnable & -runnable).bit_length() - 1  # the lowest rule left
                runnable &= runnable - 1
                for m in finditers[rank](text, start, end):
                    if m.end() > m.start() and self._of_grammar_words(m.group()):
                        found.append((m.start(), m.end(), rank, m))
        # rule by rule, each in text order (the sort keeps the order of a rule's matches, window after window): as if
        # each rule had been run in turn
        found.sort(key=lambda c: c[2])
        return found

    def _runnable_in(self, window: str) -> int:
        """The rules (a bit a rank) that may match in ``window``, a window's text: those one of whose required strings
        it holds, short enough for it and, without a digit, needing none. A window's text alone decides them, and the
        same few windows (في، من، الذي، من خلال) come back in every document, so a short one's rules are remembered
        (``_candidates`` looks them up first)."""
        runnable = self._rules_for(window)
        if len(window) <= WINDOW_KEY_MAX:
            if len(self._window_rules) >= WINDOW_CACHE_LIMIT:
                self._window_rules.clear()
            self._window_rules[window] = runnable
        return runnable

    def _rules_for(self, window: str) -> int:
        """``_runnable_in`` worked out: the required strings' automaton (given the window alone: it copies all the
        text it is given) and the rules' widths (most windows are a lone short word, too short for most rules)."""
        possible = self._unconditional
        if self._required_automaton is not None:
            for _, bits in self._required_automaton.iter(window):
                possible |= bits
        if not possible:
            return 0
        widths, rules = self._short_enough[_DIGIT.search(window) is not None]
        return rules[bisect_right(widths, len(window))] & possible

    def _of_grammar_words(self, matched: str) -> bool:
        """True when every word of a match is a word of the grammar (clitics allowed) or a number.

        A rule's ``\\s*`` also lets two words glued by a typo through (الاولاغسطس); such a match is no date we
        can trust, and the windows, which work word by word, would never see it.
        """
        grammar = self._grammar_forms
        return all(word[0].isdigit() or word in grammar for word in _WORD.findall(matched))

    @staticmethod
    def _select(candidates):
        taken: set[int] = set()
        chosen = []
        for start, end, rank, m in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            chosen.append((start, end, rank, m))
        return sorted(chosen, key=lambda c: c[0])

    def _open_interval(self, piece: Piece, text: str, previous_end: int) -> Piece:
        """منذ X -> X/..; حتى X -> ../X, when the word stands right before the expression."""
        if "/" in piece.value:
            return piece
        window_start = max(previous_end, piece.start - MODIFIER_WINDOW)
        before = text[window_start : piece.start]
        for regex, template in ((self._since, "{v}/.."), (self._until, "../{v}")):
            m = regex.search(before)
            if m:
                return Piece(
                    window_start + m.start(), piece.end, template.format(v=piece.value), "interval", piece.basis
                )
        return piece

    def find(
        self, text: str, doc_date: str | None = None, ntext: NormalizedText | None = None
    ) -> list[TemporalExpression]:
        """Temporal expressions of ``text`` in order, with EDTF values and offsets into ``text``."""
        ntext = ntext if ntext is not None and ntext.original is text else normalize(text)
        norm = ntext.text
        ctx = Context(self.vocab, norm, _parse_date(doc_date), None)
        out: list[TemporalExpression] = []
        previous_end = 0
        for _start, _end, rank, m in self._select(self._candidates(norm, self.windows(norm, self._words(ntext)))):
            try:
                pieces = self.rules[rank].handler(m, ctx)
            except (KeyError, ValueError):
                pieces = []
            for piece in pieces:
                if not piece.value:
                    continue
                piece = self._open_interval(piece, norm, previous_end)
                previous_end = piece.end
                if piece.basis == "explicit" and piece.value[:4].isdigit():
                    ctx.anchor = piece.value
                if piece.granularity == "day":  # a chronicle names its days with their weekdays (يوم السبت 7 مارس)
                    told = self._weekday_word.search(norm, piece.start, piece.end) and len(piece.value) == 10
                    ctx.day, ctx.day_end = (piece.value, piece.end) if told else (None, -1)
                start, end = ntext.span_to_original(piece.start, piece.end)
                out.append(TemporalExpression(start, end, text[start:end], piece.value, piece.granularity, piece.basis))
        return _without_restated_relative_days(text, out)


def _without_restated_relative_days(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """Join a day told relative to the paper (اليوم، أمس، يوم غد) to the date the text restates it with at once
    (يوم غد الأربعاء 5/7/1440هـ الموافق 12/3/2019م): one expression with the written date's value, which is what the
    sentence means (a paper's date can lag its news by a day, which would move the relative one); its text keeps
    the relative words, which still say whether the act was to come when written."""
    kept: list[TemporalExpression] = []
    skip = False
    for i, expr in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        if skip:
            skip = False
            continue
        if (after is not None and expr.basis == "document" and expr.granularity == "day"
                and not any(c.isdigit() for c in expr.text) and after.granularity == "day"
                and any(c.isdigit() for c in after.text) and not _RESTATING_GAP.sub("", text[expr.end:after.start])):
            kept.append(TemporalExpression(expr.start, after.end, text[expr.start:after.end], after.value,
                                           after.granularity, after.basis))
            skip = True
            continue
        kept.append(expr)
    return kept


_default: DateRecognizer | None = None


def find_dates(text: str, doc_date: str | None = None) -> list[TemporalExpression]:
    """Temporal expressions of ``text``; relative ones resolved against ``doc_date`` (YYYY-MM-DD)."""
    global _default
    if _default is None:
        _default = DateRecognizer.load()
    return _default.find(text, doc_date)
