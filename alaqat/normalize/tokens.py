"""Words of a normalized text with proclitics split off (و ف ب ل ك ال لل and their combinations).

Arabic glues conjunctions, prepositions and the article to the next word (والعراق، لكازاخستان، للعراق).
Splitting blindly breaks names (بغداد is not ب + غداد), so single-letter clitics are split only when the
remainder is a known word, while article-bearing prefixes (وال، بال، لل …) are always split. Both the
prefixes and the known words are data (``lang/ar/clitics.tsv``, ``lang/ar/lexicon.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from alaqat.lang import data_path, iter_tsv, read_word_list
from alaqat.model import Token
from alaqat.normalize.text import NormalizedText, normalize_key

ARTICLE = "ال"
# Arabic letters after normalization, ASCII digits, or other letters (Latin etc.): one token each run.
WORD_RE = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+|[0-9]+|[^\W\d_\u0600-\u06FF]+")
# The same words as one group: ``split`` returns them with the gaps between, as plain strings
_WORD_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
MIN_STEM = 2
CACHE_LIMIT = 200_000  # distinct words remembered per segmenter before the cache starts over


@dataclass(frozen=True)
class Prefix:
    text: str
    article: str  # "yes", "fused" or "no"


@dataclass(frozen=True)
class Segmenter:
    """Splits proclitics off a normalized word, protecting the words it knows."""

    prefixes: tuple[Prefix, ...]  # longest first
    known: frozenset[str]
    cache: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # the prefixes (longest first) by their first letter: a word is tried against those that can begin it, not
    # all of them, which is most of the cost of a word not seen before (most words begin with no clitic letter)
    by_letter: dict[str, tuple[Prefix, ...]] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        by_letter: dict[str, tuple[Prefix, ...]] = {}
        for prefix in self.prefixes:
            by_letter[prefix.text[:1]] = (*by_letter.get(prefix.text[:1], ()), prefix)
        object.__setattr__(self, "by_letter", by_letter)

    def with_words(self, words: Iterable[str]) -> Segmenter:
        """A segmenter that also protects ``words`` (e.g. the gazetteer's names)."""
        return Segmenter(self.prefixes, self.known | {normalize_key(w) for w in words})

    def split(self, word: str) -> tuple[str, str]:
        """(prefix, stem) of a normalized word; the stem keeps (or regains) its article. Words repeat, so
        each word is worked out once per segmenter."""
        found = self.cache.get(word)
        if found is None:
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            found = self.cache[word] = self._split(word)
        return found

    def _split(self, word: str) -> tuple[str, str]:
        if word in self.known or len(word) <= MIN_STEM:
            return "", word
        fallback: tuple[str, str] | None = None
        for prefix in self.by_letter.get(word[0], ()) if "" not in self.by_letter else self.prefixes:
            if not word.startswith(prefix.text):
                continue
            rest = word[len(prefix.text):]
            if len(rest) < MIN_STEM:
                continue
            if prefix.article == "yes":
                clitic, stem = prefix.text[: -len(ARTICLE)], ARTICLE + rest
            elif prefix.article == "fused":
                clitic, stem = prefix.text[:-1], ARTICLE + rest
            else:
                clitic, stem = prefix.text, rest
            if stem in self.known or rest in self.known:
                return clitic, stem
            if fallback is None and prefix.article != "no":
                fallback = (clitic, stem)
        return fallback or ("", word)


@cache
def default_segmenter() -> Segmenter:
    prefixes = sorted(
        (Prefix(normalize_key(row[0]), row[1].strip()) for row in iter_tsv(data_path("clitics.tsv"))),
        key=lambda p: -len(p.text),
    )
    known = frozenset(normalize_key(w) for w in read_word_list(data_path("lexicon.txt")))
    return Segmenter(tuple(prefixes), known)


def split_words(text: str) -> list[str]:
    """``text`` cut at the words of ``WORD_RE``: ``[gap, word, gap, word, …, gap]`` (words at the odd indices, gaps
    possibly empty), so that a word's offset is the sum of the lengths before it. The words are those
    ``WORD_RE.finditer`` finds, as the pattern never matches the empty string."""
    return _WORD_SPLIT_RE.split(text)


def words_of(ntext: NormalizedText) -> list[str]:
    """``split_words(ntext.text)``, cut once per normalized text and kept on it (the tokenizer and the actor linker
    both read the words of the same text; a regex pass over a whole article each). The list is shared: read it,
    never change it."""
    text, cut = ntext.text, ntext.words_cut
    if cut is not None and cut[0] is text:
        return cut[1]
    pieces = split_words(text)
    ntext.words_cut = (text, pieces)
    return pieces


def tokenize(ntext: NormalizedText, segmenter: Segmenter | None = None) -> list[Token]:
    """Tokens of ``ntext`` with original offsets and clitic segmentation."""
    seg = segmenter or default_segmenter()
    # the hottest loop of the pipeline (millions of words a month of press): names bound once, the segmenter's
    # cache read here before any call, and ``NormalizedText.span_to_original`` written out for a word (never empty,
    # so its start and last character map through ``origin``; marks attached to its last letter follow it). The
    # words come from ``split_words`` as strings, their offsets added up from the lengths: a third faster than a
    # match object a word (made, asked for its text and span, and traced by the garbage collector).
    cache, split = seg.cache, seg.split
    origin, original, attached = ntext.origin, ntext.original, ntext.attached
    size = len(original)
    tokens: list[Token] = []
    append = tokens.append
    pieces = words_of(ntext)
    # a word and the gap before it are read in pairs (no index arithmetic a word), and a text whose map back is the
    # identity (most of the press) has a loop of its own, with no test of ``origin`` a word
    m_end = 0
    if origin is None:
        for gap, norm in zip(pieces[0:-1:2], pieces[1::2], strict=True):
            start = m_end + len(gap)
            m_end = end = start + len(norm)
            while end < size and original[end] in attached:
                end += 1
            prefix, stem = cache.get(norm) or split(norm)
            append(Token(start, end, norm, prefix, stem, start + len(prefix)))
        return tokens
    for gap, norm in zip(pieces[0:-1:2], pieces[1::2], strict=True):
        m_start = m_end + len(gap)
        m_end = m_start + len(norm)
        start, end = origin[m_start], origin[m_end - 1] + 1
        while end < size and original[end] in attached:
            end += 1
        prefix, stem = cache.get(norm) or split(norm)
        # Where a fused article was restored (لل -> ل + ال), the stem starts right after the clitic (inside the word,
        # as the stem is never empty).
        append(Token(start, end, norm, prefix, stem, origin[m_start + len(prefix)] if prefix else start))
    return tokens


def strip_article(stem: str) -> str:
    """The stem without its article, for indexes that match ``العراق`` and ``عراق`` alike."""
    return stem[len(ARTICLE):] if stem.startswith(ARTICLE) and len(stem) > len(ARTICLE) + 1 else stem
