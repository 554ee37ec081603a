"""Arabic normalization for matching, with an exact map from every normalized index back to the original.

Matching wants one spelling per word (أ/إ/آ → ا, ى → ي, ة → ه, ک → ك, no diacritics or tatweel, ASCII digits);
users want citations into the text they gave us. ``NormalizedText`` keeps both: ``.text`` for matching and
``.span_to_original()`` to turn any normalized span into an original one whose surface is exactly what the
reader saw, trailing vowel marks included. The rules come from ``lang/ar/normalization.tsv``. A line break that
only wraps a sentence of a hard-wrapped text becomes a space (``sentences.unwrap_lines``), so that a title or a name
cut by the wrap reads whole.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain

from alaqat.lang import data_path, iter_tsv
from alaqat.normalize.sentences import unwrap_lines

_DIGIT_BLOCKS = {0x0660: "0123456789", 0x06F0: "0123456789"}


@dataclass(frozen=True)
class _Rules:
    table: dict[int, str | None]  # str.translate table for one-to-one and dropped characters
    attached: frozenset[str]  # dropped marks that belong to the preceding character's span
    dropped_re: re.Pattern[str]  # every character the table deletes
    expanding_re: re.Pattern[str]  # characters that need NFKC (may change length)
    changed_re: re.Pattern[str] | None  # every character the table changes (None: ``translate`` must use the table)
    one_to_one: bool = False  # the table maps each character it keeps to one character (no ligature of two)

    def translate(self, text: str) -> str:
        """``text.translate(self.table)``, faster: a translation looks each character of the text up in the table
        (the most of normalizing a press article), while a text holds a few of the table's characters, found at
        once by ``changed_re`` and each replaced throughout by ``str.replace``. One replacement after another is
        the same as all at once because no replacement holds a character of the table (``_rules`` checks)."""
        if self.changed_re is None:
            return text.translate(self.table)
        table = self.table
        for ch in set(self.changed_re.findall(text)):
            text = text.replace(ch, table[ord(ch)] or "")
        return text


def _code_points(spec: str) -> range:
    first, _, last = spec.partition("..")
    lo = int(first.removeprefix("U+"), 16)
    hi = int(last.removeprefix("U+"), 16) if last else lo
    return range(lo, hi + 1)


def _char_class(chars: list[int]) -> str:
    return "".join(re.escape(chr(c)) for c in chars)


@cache
def _rules() -> _Rules:
    table: dict[int, str | None] = {}
    attached: set[str] = set()
    free: set[str] = set()
    expanding: list[int] = []
    for row in iter_tsv(data_path("normalization.tsv")):
        spec, target = row[0].strip(), row[1].strip()
        for cp in _code_points(spec):
            ch = chr(cp)
            attached.discard(ch)
            free.discard(ch)
            if target == "DROP":
                table[cp] = None
                attached.add(ch)
            elif target == "DROP-FREE":
                table[cp] = None
                free.add(ch)
            elif target == "SPACE":
                table[cp] = " "
            elif target == "LOWER":
                table[cp] = ch.lower()
            elif target == "DIGITS":
                block = max(b for b in _DIGIT_BLOCKS if b <= cp)
                table[cp] = _DIGIT_BLOCKS[block][cp - block]
            elif target == "NFKC":
                expanding.append(cp)
            else:
                table[cp] = "".join(chr(int(t.removeprefix("U+"), 16)) for t in target.split())
    dropped = sorted(cp for cp, v in table.items() if v is None)
    in_turn = not any(ord(ch) in table for v in table.values() if v for ch in v)
    return _Rules(
        table=table,
        attached=frozenset(attached),
        dropped_re=re.compile(f"[{_char_class(dropped)}]"),
        expanding_re=re.compile(f"[{_char_class(expanding)}]") if expanding else re.compile(r"(?!x)x"),
        changed_re=re.compile(f"[{_char_class(sorted(table))}]") if in_turn and table else None,
        one_to_one=all(v is None or len(v) == 1 for v in table.values()),
    )


class NormalizedText:
    """A normalized copy of ``original`` and the map back.

    ``origin[i]`` is the original index of normalized character ``i`` (``None`` when the map is the
    identity, the common case for clean text).
    """

    __slots__ = ("_attached", "origin", "original", "text", "words_cut")

    def __init__(self, original: str, text: str, origin: list[int] | None, attached: frozenset[str]):
        self.original = original
        self.text = text
        self.origin = origin
        self._attached = attached
        # ``text`` and its cut into words (``tokens.words_of``), kept once made: the tokenizer and the actor linker
        # both read the words of the same text
        self.words_cut: tuple[str, list[str]] | None = None

    @property
    def attached(self) -> frozenset[str]:
        """The dropped marks that belong to the preceding character's span (a word's original span ends after them)."""
        return self._attached

    def __len__(self) -> int:
        return len(self.text)

    def to_original(self, index: int) -> int:
        """Original index of the normalized character at ``index`` (``len(text)`` maps to the end)."""
        if self.origin is None:
            return index
        if index >= len(self.origin):
            return len(self.original)
        return self.origin[index]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalized ``[start, end)``, trailing marks included."""
        if end <= start:
            pos = self.to_original(start)
            return pos, pos
        if self.origin is None:
            o_start, o_end = start, end
        else:
            o_start = self.origin[start]
            o_end = self.origin[end - 1] + 1
        original, attached = self.original, self._attached
        while o_end < len(original) and original[o_end] in attached:
            o_end += 1
        return o_start, o_end

    def to_normalized(self, index: int) -> int:
        """First normalized index whose original index is at or after ``index``."""
        if self.origin is None:
            return index
        return bisect.bisect_left(self.origin, index)


def normalize(original: str) -> NormalizedText:
    """Normalize ``original`` for matching; see the module docstring."""
    rules = _rules()
    if rules.expanding_re.search(original):
        return _normalize_char_by_char(original, rules)
    unwrapped = unwrap_lines(original)
    wrapped = unwrapped is not original
    text = rules.translate(unwrapped)
    if len(text) == len(original):
        return _single_spaced(NormalizedText(original, text, None, rules.attached), wrapped)
    kept: list[range] = []
    previous = 0
    for match in rules.dropped_re.finditer(original):
        if match.start() > previous:
            kept.append(range(previous, match.start()))
        previous = match.end()
    kept.append(range(previous, len(original)))
    origin = list(chain.from_iterable(kept))
    return _single_spaced(NormalizedText(original, text, origin, rules.attached), wrapped)


_SPACE_RUN_RE = re.compile(r"  +")


def _single_spaced(normalized: NormalizedText, wrapped: bool) -> NormalizedText:
    """``normalized`` with each run of spaces cut to one when its text was hard-wrapped, so that a name or a title cut
    by a wrapped line (``أمير منطقة \\n الرياض``, a space left on each side of the break) still matches; the map back
    stays exact. Any other text keeps its one-to-one map, which every later stage reads without a search."""
    text = normalized.text
    if not wrapped or "  " not in text:
        return normalized
    kept: list[range] = []
    previous = 0
    for match in _SPACE_RUN_RE.finditer(text):
        kept.append(range(previous, match.start() + 1))
        previous = match.end()
    kept.append(range(previous, len(text)))
    indices = list(chain.from_iterable(kept))
    origin = normalized.origin
    new_origin = indices if origin is None else [origin[i] for i in indices]
    new_text = "".join(text[r.start:r.stop] for r in kept)
    return NormalizedText(normalized.original, new_text, new_origin, normalized.attached)


def _normalize_char_by_char(original: str, rules: _Rules) -> NormalizedText:
    """Slow path for text with presentation forms, whose NFKC form may be longer than one character: each of them
    is replaced by its form, and the text between them (the most of it) translated at once, as ``normalize`` does,
    when the table maps each character it keeps to one; else character by character."""
    if not rules.one_to_one:
        return _normalize_each_char(original, rules)
    out: list[str] = []
    origin: list[int] = []
    table = rules.table
    unwrapped = unwrap_lines(original)
    previous = 0
    for match in rules.expanding_re.finditer(unwrapped):
        _append_translated(out, origin, unwrapped, previous, match.start(), rules)
        piece = unicodedata.normalize("NFKC", match.group()).translate(table)
        out.append(piece)
        origin.extend([match.start()] * len(piece))
        previous = match.end()
    _append_translated(out, origin, unwrapped, previous, len(unwrapped), rules)
    return _single_spaced(NormalizedText(original, "".join(out), origin, rules.attached), unwrapped is not original)


def _append_translated(out: list[str], origin: list[int], text: str, start: int, end: int, rules: _Rules) -> None:
    """``text[start:end]`` translated by the table (each character kept as one, the dropped ones left out) onto
    ``out``, and the index of each character kept onto ``origin``."""
    out.append(text[start:end].translate(rules.table))
    previous = start
    for match in rules.dropped_re.finditer(text, start, end):
        origin.extend(range(previous, match.start()))
        previous = match.end()
    origin.extend(range(previous, end))


def _normalize_each_char(original: str, rules: _Rules) -> NormalizedText:
    """The slow path character by character, for a table that maps a character to more than one."""
    out: list[str] = []
    origin: list[int] = []
    table = rules.table
    unwrapped = unwrap_lines(original)
    for i, ch in enumerate(unwrapped):
        if rules.expanding_re.match(ch):
            piece = unicodedata.normalize("NFKC", ch).translate(table)
        else:
            piece = ch.translate(table)
        out.append(piece)
        origin.extend([i] * len(piece))
    return _single_spaced(NormalizedText(original, "".join(out), origin, rules.attached), unwrapped is not original)


KEY_CACHE_SIZE = 1 << 16  # distinct short strings whose key is remembered


@lru_cache(maxsize=KEY_CACHE_SIZE)
def normalize_key(text: str) -> str:
    """Normalized form of a short string (a gazetteer alias, a query word) with spaces collapsed. The same few
    strings come back in every document (a trigger's words, a name's first word, a surname), and each call builds
    a whole ``NormalizedText``: the keys are remembered (the rules never change within a process)."""
    return " ".join(normalize(text).text.split())
