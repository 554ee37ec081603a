"""Arabic-aware full-text search: sentences indexed as normalized, clitic-split tokens in SQLite FTS5.

FTS5's own tokenizer splits Arabic at vowel marks and cannot see والعراق as العراق, so alaqat indexes its
own tokens (each word's stem and its article-less form) and turns a query into the same tokens. Queries are
built from word tokens only, each quoted, so no FTS5 operator can be smuggled in.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from alaqat.model import Sentence, Token
from alaqat.normalize import normalize, strip_article, tokenize
from alaqat.normalize.tokens import Segmenter

MAX_QUERY_TERMS = 12


def token_forms(token: Token) -> set[str]:
    return {token.stem, strip_article(token.stem)}


def sentence_tokens(tokens: list[Token], sentence: Sentence) -> str:
    """The index text of one sentence: every word's forms, space separated."""
    forms: list[str] = []
    for token in tokens:
        if sentence.start <= token.start < sentence.end:
            forms.extend(sorted(token_forms(token)))
    return " ".join(forms)


def sentence_index_texts(tokens: list[Token], sentences: list[Sentence]) -> list[str]:
    """``sentence_tokens`` of every sentence in one pass over the tokens (which come in text order): a long
    article has hundreds of sentences, and scanning every token for each of them made indexing quadratic."""
    starts = [token.start for token in tokens]
    texts = []
    for sentence in sentences:
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        texts.append(" ".join(form for token in tokens[first:last] for form in sorted(token_forms(token))))
    return texts


def _quoted(form: str) -> str:
    """An FTS5 string literal: whatever the form holds, it is read as one term, never as syntax."""
    return '"' + form.replace('"', '""') + '"'


@dataclass(frozen=True)
class Query:
    fts: str  # the FTS5 MATCH expression
    terms: frozenset[str]  # normalized forms to highlight


def build_query(text: str, segmenter: Segmenter | None = None, any_term: bool = False,
                stopwords: Iterable[str] = ()) -> Query | None:
    """An FTS5 expression that matches every word of ``text`` (any word with ``any_term``), or None."""
    stop = set(stopwords)
    groups, terms = [], set()
    for token in tokenize(normalize(text[:500]), segmenter)[:MAX_QUERY_TERMS * 2]:
        forms = {f for f in token_forms(token) if f}
        if not forms or forms & stop or token.norm in stop:
            continue
        terms |= forms
        groups.append("(" + " OR ".join(_quoted(f) for f in sorted(forms)) + ")")
        if len(groups) >= MAX_QUERY_TERMS:
            break
    if not groups:
        return None
    return Query((" OR " if any_term else " AND ").join(groups), frozenset(terms))


def highlight(sentence_text: str, terms: frozenset[str], segmenter: Segmenter | None = None) -> str:
    """The sentence as escaped HTML with the matching words in <mark>, offsets taken from the original."""
    out, position = [], 0
    for token in tokenize(normalize(sentence_text), segmenter):
        if token_forms(token) & terms:
            out.append(html.escape(sentence_text[position:token.start]))
            out.append(f"<mark>{html.escape(sentence_text[token.start:token.end])}</mark>")
            position = token.end
    out.append(html.escape(sentence_text[position:]))
    return "".join(out)
