"""Sentence spans of the original text.

Press articles mix running prose with headings, bylines and list items on lines of their own, glue the next
sentence to a full stop (الديمقراطية.وعلى), and use abbreviations with full stops (د. عبد الرحيم). A line
break always ends a sentence; ``. ! ? ؟ …`` end one unless they close an abbreviation, sit between digits, or come
before a participle of saying that carries the sentence on (… في لبنان.. مؤكدة دعمها للحكومة).

Some papers deliver their text hard-wrapped at a fixed width, one sentence running over several lines; there a
line break that ends a full-width line without a final mark is a wrap, not an end (see ``_soft_wraps``).
"""

from __future__ import annotations

import re
from functools import cache

from alaqat.lang import data_path, read_word_list
from alaqat.model import Sentence

# a line break, or a run of final marks and the closing quotes and brackets after it (``\n|[.!?؟…]+["'»”)\]]*``),
# spelled to open with one class of characters: the regex engine then skips to the next of them at C speed, where an
# alternation is tried at every character of the text (three times slower over a press article)
_BOUNDARY_RE = re.compile(r"[\n.!?؟…](?:(?<=[.!?؟…])[.!?؟…]*[\"'»”)\]]*)?")
_WORD_BEFORE_RE = re.compile(r"([^\s.]+(?:\.[^\s.]+)*)$")
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u066E-\u06D3]")


@cache
def _continuations() -> frozenset[str]:
    return frozenset(read_word_list(data_path("continuations.txt")))


_NEXT_WORD_RE = re.compile(r"\s*([\u0621-\u064A\u064B-\u0652\u0640]+)")
_MARKS_RE = re.compile(r"[\u064B-\u0652\u0640]")


def _continues(text: str, after: int) -> bool:
    """Whether the word after a full stop carries the sentence on (مؤكدة دعمها …: a participle of saying)."""
    match = _NEXT_WORD_RE.match(text, after)
    return bool(match) and _MARKS_RE.sub("", match.group(1)) in _continuations()


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(read_word_list(data_path("abbreviations.txt")))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation such as ``د.``."""
    match = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1)
    if word in _abbreviations():
        before = match.start() - 1
        # ``1994م.`` ends a sentence: the letter is a year suffix, not an abbreviation.
        return not (before >= 0 and text[before].isdigit()) and not text[match.start()].isdigit()
    return len(word) == 1 and bool(_ARABIC_LETTER_RE.match(word)) and not (
        match.start() > 0 and text[match.start() - 1].isdigit()
    )


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    mark = match.group()
    if mark == "\n":
        return True
    pos, after = match.start(), match.end()
    if mark[0] in ".…" and _continues(text, after):
        return False
    if mark[0] == "." and len(mark.rstrip("\"'»”)]")) == 1:
        # A decimal point or a dotted date (3.5, 12.05.1994) is not an end.
        if pos > 0 and text[pos - 1].isdigit() and after < len(text) and text[after].isdigit():
            return False
        if _is_abbreviation(text, pos):
            return False
        # A full stop inside a Latin word or URL (e.g. example.com) is not an end either.
        if after < len(text) and text[after].isascii() and text[after].isalnum() and pos > 0 and (
            text[pos - 1].isascii() and text[pos - 1].isalnum()
        ):
            return False
    return True


_LINE_END_MARK_RE = re.compile(r"[.!?؟:…\"'»”)\]]\s*$")
# A wrapped line is at least this wide and this many words long, so that headings and list items keep their breaks.
_WRAP_MIN_WIDTH, _WRAP_MIN_WORDS = 40, 4
# Lines of one wrapped text are as wide as each other give or take a word: a run of two within _WRAP_SAME sets the
# width; a line ends short of it by at most _WRAP_SLACK (the next word did not fit); _WRAP_MIN_LINES lines reach it.
_WRAP_SAME, _WRAP_SLACK, _WRAP_MIN_LINES = 3, 14, 3


def _soft_wraps(text: str) -> set[int]:
    """Offsets of line breaks that wrap a sentence rather than end it.

    A text is taken to be hard-wrapped when two consecutive lines without a final mark have the same width (within
    ``_WRAP_SAME``) of at least ``_WRAP_MIN_WIDTH``, and at least ``_WRAP_MIN_LINES`` such lines reach the wrap width
    (the widest of them, or short of it by less than a word): two headings of a size are not enough. A break after
    one of those lines is a wrap when the next line begins with a letter (a digit opens a list item).
    """
    if text.count("\n") < 2:
        return set()
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    # a line has enough words when it splits into that many pieces (the last, the rest of the line, holds a word): a
    # paragraph on one line is not cut into its hundred words to count to four
    open_ended = [
        len(line) >= _WRAP_MIN_WIDTH and len(line.split(None, _WRAP_MIN_WORDS - 1)) >= _WRAP_MIN_WORDS
        and not _LINE_END_MARK_RE.search(line)
        for _, line in lines
    ]
    pair_widths = sorted(
        len(lines[i][1])
        for i in range(len(lines) - 1)
        if open_ended[i] and open_ended[i + 1] and abs(len(lines[i][1]) - len(lines[i + 1][1])) <= _WRAP_SAME
    )
    if not pair_widths:
        return set()
    reference = pair_widths[len(pair_widths) // 2]
    width = max(len(line) for (_, line), open_line in zip(lines, open_ended, strict=True)
                if open_line and len(line) <= reference + _WRAP_SLACK)
    full = [i for i, (_, line) in enumerate(lines[:-1])
            if open_ended[i] and width - _WRAP_SLACK <= len(line) <= width]
    if len(full) < _WRAP_MIN_LINES:
        return set()
    return {lines[i][0] + len(lines[i][1]) for i in full if lines[i + 1][1].lstrip()[:1].isalpha()}


# the last text unwrapped and its unwrapped form: a document is unwrapped twice in a row, by the normalizer and by
# the sentence splitter (one tuple, read and replaced whole, so that threads sharing it see a pair that belongs)
_last_unwrapped: tuple[str, str] = ("", "")


def unwrap_lines(text: str) -> str:
    """``text`` with its wrapping line breaks (``_soft_wraps``) turned into spaces: same length, same offsets.

    The annotators read a wrapped sentence as one, so the stages that stop at a line end (titles, names) must see it
    whole too; the original text, which every span points into, keeps its breaks. The same text object asked for
    again at once (``Pipeline.prepare`` normalizes a document, then splits its sentences) is not read again.
    """
    global _last_unwrapped
    last = _last_unwrapped
    if last[0] is text:
        return last[1]
    unwrapped = with_spaces_at(text, _soft_wraps(text))
    _last_unwrapped = (text, unwrapped)
    return unwrapped


def with_spaces_at(text: str, positions: set[int] | list[int]) -> str:
    """``text`` with a space at each of ``positions`` (a character read as no boundary): same length, same offsets.
    The pieces between the positions are joined by spaces: a list of the text's characters would make a string of
    each Arabic one (none of them is cached), thousands a document, for a handful of positions."""
    if not positions:
        return text
    pieces = []
    previous = 0
    for at in sorted(set(positions)):
        pieces.append(text[previous:at])
        previous = at + 1
    pieces.append(text[previous:])
    return " ".join(pieces)


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans of ``text``, trimmed of surrounding white space, in order, never empty."""
    sentences: list[Sentence] = []
    start = 0
    text = unwrap_lines(text)
    for match in _BOUNDARY_RE.finditer(text):
        if not _ends_sentence(text, match):
            continue
        end = match.end() if match.group() != "\n" else match.start()
        _append_trimmed(sentences, text, start, end)
        start = match.end()
    _append_trimmed(sentences, text, start, len(text))
    return sentences


def _append_trimmed(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence that contains ``offset`` (binary search over ordered spans)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].start <= offset < sentences[lo].end:
        return sentences[lo]
    return None
