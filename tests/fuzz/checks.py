"""The properties every text stage keeps, shared by tests/test_fuzz.py (hypothesis) and fuzz/atheris_fuzz.py:
no exception, offsets inside the text, surfaces equal to the reported text, same output for the same input."""

from __future__ import annotations

from alaqat import extract_events, find_dates
from alaqat.normalize import normalize, split_sentences, tokenize
from alaqat.pipeline import default_pipeline
from alaqat.read import read_text


def check_everything(text: str) -> None:
    n = normalize(text)
    for start in range(0, len(n.text) + 1, 5):
        s, e = n.span_to_original(start, min(len(n.text), start + 7))
        assert 0 <= s <= e <= len(text)
    sentences = split_sentences(text)
    assert sentences == split_sentences(text)
    for sentence in sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    tokens = tokenize(n)
    assert tokens == tokenize(normalize(text))
    for token in tokens:
        assert 0 <= token.start <= token.stem_start <= token.end <= len(text)
        assert token.start < token.end
    dates = find_dates(text, "2021-06-15")
    assert [d.to_json() for d in dates] == [d.to_json() for d in find_dates(text, "2021-06-15")]
    for d in dates:
        assert text[d.start:d.end] == d.text
    doc = read_text(text, doc_id="fuzz") if text.strip() else None
    if doc is None:
        return
    analysis = default_pipeline().analyze(doc)
    for m in analysis.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for d in analysis.dates:
        assert text[d.start:d.end] == d.text
    events = [e.to_json() for e in analysis.events]
    assert events == [e.to_json() for e in extract_events(read_text(text, doc_id="fuzz"))]
    for e in events:
        if e.get("date_basis") == "explicit" and e.get("date_text"):
            assert e["date_text"] in text, e
        s, t = e["evidence"]["sentence"], e["evidence"]["trigger"]
        assert 0 <= s[0] <= t[0] < t[1] <= s[1] <= len(text)
        assert text[s[0]:s[1]] == e["evidence"]["text"]
