"""Knowledge base at scale: ingest throughput into a base of >= 100,000 events, and query latency percentiles
(facts, timeline, dossier, search, ask: questions of every shape, see QUESTIONS).

    python bench/bench_kb.py [--docs 20000] [--db bench/out/kb100k.db]

Documents are texts of our own (bench/corpus.py); their events are synthetic (random states, types and dates
attached to real sentences), so that the store, not the extractor, is measured. The extractor's throughput is
bench/bench_pipeline.py's figure.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.corpus import documents  # noqa: E402

STATES = ["KZ", "SA", "AE", "QA", "KW", "BH", "OM", "MA", "DZ", "TN", "EG", "JO", "IQ", "SY", "LB", "TR", "IR", "IL",
          "UZ", "KG", "TJ", "TM", "AZ", "RU", "CN", "US", "GB", "FR", "DE", "PS"]
ROLES = {"visit": ("visitor_state", "host_state"), "talks": ("parties",), "agreement.signed": ("parties",),
         "relations.established": ("parties",), "support.expressed": ("source", "target")}
EVENTS_PER_DOC = 5
# Questions of every answer shape, Arabic and English: a pair, a person, a person and a year, a count, who did
# it to a state (every visit to it), a yes/no with a title and a month, an open interval, and one the base
# cannot answer (which then searches passages).
QUESTIONS = [
    "متى أقيمت العلاقات بين كازاخستان والبحرين؟",
    "When did Nazarbayev visit Qatar?",
    "ما هي الدول التي زارها نزارباييف عام 1997؟",
    "How many agreements did Saudi Arabia sign in 2010?",
    "Who visited Kazakhstan?",
    "هل زار الرئيس الكازاخستاني قطر في مايو 1998؟",
    "Which states did Kazakhstan visit after 2000?",
    "متى اعترفت مصر بكازاخستان؟",
]


def synthetic_events(doc_id: str, text: str, rng: random.Random):
    from alaqat.model import Event, Evidence
    from alaqat.normalize import split_sentences

    sentences = split_sentences(text)
    out = []
    for n in range(EVENTS_PER_DOC):
        sentence = sentences[n % len(sentences)]
        event_type = rng.choice(list(ROLES))
        a, b = rng.sample(STATES[:12], 2) if rng.random() < 0.7 else rng.sample(STATES, 2)
        roles = {"parties": [a, b]} if ROLES[event_type] == ("parties",) else dict(zip(ROLES[event_type], (a, b),
                                                                                          strict=True))
        date = f"{rng.randint(1992, 2025)}-{rng.randint(1, 12):02d}" if rng.random() < 0.8 else None
        out.append(Event(f"{doc_id}#{n + 1}", doc_id, event_type, roles, "asserted", date, date, "explicit",
                         Evidence((sentence.start, sentence.end), (sentence.start, sentence.start + 3),
                                  text[sentence.start:sentence.end]), 0.8))
    return out


def build(db: Path, count: int, batch_documents: int = 200) -> tuple[int, float]:
    from alaqat.read import read_text
    from alaqat.store.kb import KnowledgeBase

    rng = random.Random(11)
    texts = documents(count, sentences_per_doc=5, seed=3)
    started = time.perf_counter()
    with KnowledgeBase(db) as kb:
        # `alaqat ingest` stores in batches; --batch 1 measures one transaction per document instead.
        with kb.batch(max_documents=batch_documents) as batch:
            for number, text in enumerate(texts):
                doc = read_text(text, doc_id=f"b{number:06d}")
                batch.checkpoint()
                kb.ingest_events(doc, synthetic_events(doc.id, text, rng))
        events = kb.stats().events
    return events, time.perf_counter() - started


def percentiles(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=100)
    return f"p50 {q[49] * 1000:.1f} ms  p95 {q[94] * 1000:.1f} ms  p99 {q[98] * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "kb100k.db")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--batch", type=int, default=200,
                        help="Documents per transaction at most (alaqat ingest's default; 1 = one per document)")
    parser.add_argument("--reuse", action="store_true", help="Time the queries on an existing --db, no ingest")
    args = parser.parse_args()
    from alaqat.store.kb import KnowledgeBase

    if args.reuse:
        with KnowledgeBase(args.db) as kb:
            stats = kb.stats()
        print(f"reusing {args.db}: {stats.documents} documents, {stats.events} events, {stats.facts} facts")
    else:
        args.db.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
        events, seconds = build(args.db, args.docs, args.batch)
        print(f"ingest (batches of <= {args.batch} documents or 1 s): {args.docs} documents, {events} events in {seconds:.1f} s = {args.docs / seconds:.0f} docs/s, "
              f"{events / seconds:.0f} events/s")
    rng = random.Random(5)
    with KnowledgeBase(args.db) as kb:
        kb.pipeline.linker  # noqa: B018  (load once, outside the timings)
        queries = {
            "facts(state)": lambda: kb.facts([rng.choice(STATES)], limit=200),
            "timeline(pair)": lambda: kb.timeline(*rng.sample(STATES[:12], 2)),
            "dossier(pair)": lambda: kb.dossier(*rng.sample(STATES[:12], 2)).render_html(),
            "search": lambda: kb.search(rng.choice(["العلاقات الدبلوماسية", "زيارة الرئيس", "البحرين", "اتفاقية"])),
            "ask": lambda: kb.ask(rng.choice(QUESTIONS)),
        }
        for name, query in queries.items():
            samples = []
            for _ in range(args.queries):
                started = time.perf_counter()
                query()
                samples.append(time.perf_counter() - started)
            print(f"{name:<16} {percentiles(samples)}")


if __name__ == "__main__":
    main()
