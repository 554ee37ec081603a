"""The question suite against the demo base (and the seed base when ../shared is present): accuracy by
event type and by answer shape, printed with -s, and the floor it must keep."""

from __future__ import annotations

import pytest

from alaqat.read import load_meta, read_text
from alaqat.store.kb import KnowledgeBase
from tests.question_suite import HELDOUT, load_needs, run, table

FLOOR = 0.95
# The seed base at the default threshold: its three aid-recipient questions hinge on one event (Kazakhstan's
# COVID-19 aid to Kyrgyzstan, Tajikistan and Afghanistan, told deep in a long sentence) that the confidence model
# puts close to its threshold (0.572 against 0.53 in the shipped model; it was 0.562 against 0.592 before). With
# that event stored, the reader answers every question of the suite (test_seed_questions_with_every_seed_fact), so
# the floor below leaves room for a retraining to drop it again: the gap would be the extractor's, not the reader's.
SEED_FLOOR_AT_THRESHOLD = 0.90


@pytest.fixture(scope="module")
def demo_base(tmp_path_factory):
    from alaqat.demo import corpus_dir, meta_path

    with KnowledgeBase(tmp_path_factory.mktemp("suite") / "demo.db") as kb:
        kb.ingest_paths([corpus_dir()], load_meta(meta_path()))
        yield kb


def _seed_base(folder, seeds, min_confidence: float | None) -> KnowledgeBase:
    kb = KnowledgeBase(folder / "seeds.db")
    kb.min_confidence = min_confidence
    for doc_id, text in seeds.items():
        kb.ingest_document(read_text(text, doc_id=doc_id))
    return kb


@pytest.fixture(scope="module")
def seed_base(tmp_path_factory, seeds):
    with _seed_base(tmp_path_factory.mktemp("suite"), seeds, None) as kb:
        yield kb


@pytest.fixture(scope="module")
def seed_base_lenient(tmp_path_factory, seeds):
    with _seed_base(tmp_path_factory.mktemp("suite-lenient"), seeds, 0.4) as kb:
        yield kb


def test_the_suite_is_what_the_issue_asks_for():
    needs = load_needs()
    questions = [q for n in needs for q in n["questions"]]
    assert len(questions) >= 200 and {q["lang"] for q in questions} == {"ar", "en"}
    assert all(len(n["questions"]) >= 3 for n in needs)
    assert {n["shape"] for n in needs} == {"date", "actors", "list", "count", "yesno"}
    from alaqat.model import EVENT_TYPES

    assert set(EVENT_TYPES) <= {n["type"] for n in needs}
    assert sum(len(n["questions"]) for n in needs if n["expect"]["status"] == "none") >= 30


def test_demo_questions(demo_base):
    _check(run({"demo": demo_base}), "demo base")


def test_seed_questions(seed_base):
    _check(run({"seeds": seed_base}), "seed base", SEED_FLOOR_AT_THRESHOLD)


def test_seed_questions_with_every_seed_fact(seed_base_lenient):
    _check(run({"seeds": seed_base_lenient}), "seed base, events of confidence 0.4 and above")


def test_held_out_questions(demo_base):
    """40 phrasings written after the reader; their first run (33/40) is in BENCHMARKS.md."""
    _check(run({"demo": demo_base}, HELDOUT), "held-out questions, demo base")


def _check(results, label: str, floor: float = FLOOR) -> None:
    print(f"\n{label}: accuracy by event type\n" + table(results, "type"))
    print(f"\n{label}: accuracy by answer shape\n" + table(results, "shape"))
    print(f"\n{label}: accuracy by language\n" + table(results, "lang"))
    for r in results:
        if not r.ok:
            print(f"  MISS [{r.need}] {r.question} -> {r.reason}")
    accuracy = sum(r.ok for r in results) / len(results)
    assert accuracy >= floor, f"{label}: {accuracy:.3f} < {floor}"
