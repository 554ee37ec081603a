"""Sentence spans of the original text.

Press articles mix running prose with headings, bylines and list items on lines of their own, glue the next
sentence to a full stop (الديمقراطية.وعلى), and use abbreviations with full stops (د. عبد الرحيم). A line
break always ends a sentence; ``. ! ? ؟ …`` end one unless they close an abbreviation, sit between digits, or come
before a participle of saying that carries the sentence on (… في لبنان.. مؤكدة دعمها للحكومة).
"""

from __future__ import annotations

import re
from functools import cache

from alaqat.lang import data_path, read_word_list
from alaqat.model import Sentence

_BOUNDARY_RE = re.compile(r"\n|[.!?؟…]+[\"'»”)\]]*")
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


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans of ``text``, trimmed of surrounding white space, in order, never empty."""
    sentences: list[Sentence] = []
    start = 0
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
