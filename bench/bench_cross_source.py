"""Cross-source facts on real press: the stories of tests/gold/cross_source/stories.jsonl (25 stories of July 2015, each
carried by three or more newspapers, written by hand as ids and offsets) are ingested into a fresh knowledge base,
and each expected fact is looked up among the facts alaqat made.

    python bench/bench_cross_source.py [--jobs 1] [--db bench/out/cross-source.db] [--verbose]

For every expected fact, a source is *found* when the base holds a claim of that fact's type and key roles (the
roles alaqat merges on, e.g. both parties of talks, donor and recipients of aid) from that article whose sentence
overlaps the gold sentence. The outcome is:

- one: a single fact of the base holds every source;
- partial: a single fact holds the sources found, and some sources were not found (extraction recall);
- split: the sources found are spread over several facts;
- missed: no source was found.

A fact is *wrongly merged* when a fact of the base holding its sources also holds sources of another expected fact
(e.g. the Crown Prince's and the King's meetings with the same minister on consecutive days). The figures are those
of whichever extractor is installed; the articles are read in place from ../shared/corpora/saudinewsnet.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
STORIES = ROOT / "tests" / "gold" / "cross_source" / "stories.jsonl"
OUT = ROOT / "bench" / "out"


def load_stories(path: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def documents(expected: list[dict]):
    """The stories' articles as the document table rows bench/saudinewsnet.py writes (home state SA)."""
    import saudinewsnet

    from alaqat.scale.sources import row_to_document

    ids = sorted({s["doc"] for fact in expected for s in fact["sources"]})
    return [row_to_document(saudinewsnet.article(doc_id).row(), doc_id) for doc_id in ids]


def evaluate(kb, expected: list[dict]) -> list[dict]:
    """One result per expected fact: the base's facts holding its sources, the outcome, what it is merged with."""
    from alaqat.store.facts import fact_key

    keys = {fact["fact"]: fact_key(fact["type"], fact["roles"]) for fact in expected}
    by_key: dict[str, list] = defaultdict(list)
    for fact in kb.facts():
        by_key[fact.key].append(fact)
    holders_of: dict[str, dict[str, set[str]]] = {}  # expected fact -> base fact id -> sources (docs) it holds
    for fact in expected:
        holders: dict[str, set[str]] = defaultdict(set)
        for stored in by_key.get(keys[fact["fact"]], []):
            for claim in stored.claims:
                for source in fact["sources"]:
                    if claim.doc == source["doc"] and overlaps(tuple(claim.sentence), tuple(source["span"])):
                        holders[stored.id].add(source["doc"])
        holders_of[fact["fact"]] = holders
    dates = {f.id: f.date for facts in by_key.values() for f in facts}
    results = []
    for fact in expected:
        holders = holders_of[fact["fact"]]
        found = set().union(*holders.values()) if holders else set()
        total = {s["doc"] for s in fact["sources"]}
        if not holders:
            outcome = "missed"
        elif len(holders) > 1:
            outcome = "split"
        else:
            outcome = "one" if found == total else "partial"
        merged = sorted(other["fact"] for other in expected if other is not fact
                        and set(holders) & set(holders_of[other["fact"]]))
        results.append({"fact": fact["fact"], "type": fact["type"], "key": keys[fact["fact"]], "date": fact["date"],
                        "articles": len(total), "found": len(found), "holders": len(holders), "outcome": outcome,
                        "merged": merged, "kb_dates": sorted({dates[h] or "undated" for h in holders})})
    return results


def newspapers(fact: dict) -> int:
    import saudinewsnet

    return len({saudinewsnet.article(s["doc"]).source for s in fact["sources"]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=Path, default=STORIES)
    parser.add_argument("--db", type=Path, default=OUT / "cross-source.db")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    import saudinewsnet

    if not saudinewsnet.available():
        sys.exit(f"{saudinewsnet.CORPUS}: the corpus is not here (see its README)")
    from alaqat.scale.ingest import ingest_documents
    from alaqat.store.kb import KnowledgeBase

    expected = load_stories(args.stories)
    docs = documents(expected)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    print(f"{len({f['story'] for f in expected})} stories, {len(expected)} expected facts, {len(docs)} articles; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    started = time.perf_counter()
    with KnowledgeBase(args.db) as kb:
        counts = ingest_documents(kb, docs, args.jobs, on_error=lambda line: print(f"error: {line}"))
        seconds = time.perf_counter() - started
        stats = kb.stats()
        results = evaluate(kb, expected)
    print(f"ingested {counts.added} articles in {seconds:.1f} s: {stats.events} events, {stats.facts} facts, "
          f"{stats.conflicts} conflicts\n")
    header = ("fact", "type", "key roles", "gold date", "articles", "papers", "found", "facts", "outcome",
              "merged with", "fact dates")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    papers = {f["fact"]: newspapers(f) for f in expected}
    for r in results:
        key = r["key"].split("|", 1)[1].replace("|", " ")
        print(f"| {r['fact']} | {r['type']} | {key} | {r['date'] or '—'} | {r['articles']} | {papers[r['fact']]} | "
              f"{r['found']} | {r['holders']} | {r['outcome']} | {', '.join(r['merged']) or '—'} | "
              f"{', '.join(r['kb_dates']) or '—'} |")
    tally = {o: sum(r["outcome"] == o for r in results) for o in ("one", "partial", "split", "missed")}
    merged = sum(bool(r["merged"]) for r in results)
    found, total = sum(r["found"] for r in results), sum(r["articles"] for r in results)
    print(f"\n{len(results)} expected facts: {tally['one']} one fact with all their sources, {tally['partial']} one "
          f"fact missing some sources, {tally['split']} split, {tally['missed']} missed; {merged} wrongly merged "
          f"with another; sources found {found}/{total} = {found / total:.1%}")


if __name__ == "__main__":
    main()
