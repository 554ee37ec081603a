"""The full pipeline on real press: the SaudiNewsNet July 2015 corpus (../shared), on one core.

Prints characters/s and MB/s of UTF-8 (by the clock, and per second of the process's own CPU time, which other jobs
on a shared machine do not inflate), documents/s, events (at the default confidence threshold and all candidates),
failed documents, and where the time goes, stage by stage (normalize + sentences + tokens, entity linking, actors,
dates, events).

    python bench/bench_press.py                 # the whole July corpus (15,042 articles)
    python bench/bench_press.py --limit 3000    # the first 3,000
    python bench/bench_press.py --profile       # also the 25 most expensive functions (cProfile)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import saudinewsnet


def run(limit: int | None, profile: bool) -> int:
    from alaqat.pipeline import Analysis, Pipeline
    from alaqat.read import read_text

    pipeline = Pipeline()
    _ = pipeline.linker, pipeline.dates, pipeline.extractor, pipeline.actor_linker, pipeline.segmenter
    threshold = pipeline.threshold
    articles = [a for a in saudinewsnet.articles() if a.text.strip()]
    if limit:
        articles = articles[:limit]
    stages = dict.fromkeys(("prepare", "entities", "actors", "dates", "events"), 0.0)
    chars = size = kept = candidates = failures = 0
    profiler = cProfile.Profile() if profile else None
    load = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    for article in articles:
        doc = read_text(article.text, doc_id=article.id, date=article.date, country=saudinewsnet.HOME_STATE)
        chars += len(doc.text)
        size += len(doc.text.encode("utf-8"))
        try:
            t0 = time.perf_counter()
            analysis: Analysis = pipeline.prepare(doc)
            t1 = time.perf_counter()
            analysis.mentions = pipeline.linker.link(doc.id, analysis.ntext, analysis.tokens, analysis.sentences)
            t2 = time.perf_counter()
            analysis.actors = pipeline.actor_linker.link(doc, analysis.ntext, analysis.tokens, analysis.mentions)
            t3 = time.perf_counter()
            analysis.dates = pipeline.dates.find(doc.text, doc.date, ntext=analysis.ntext)
            t4 = time.perf_counter()
            events = pipeline.extractor.extract(analysis)
            t5 = time.perf_counter()
        except Exception as exc:  # counted and named: the aim is zero
            failures += 1
            print(f"{article.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        for name, spent in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            stages[name] += spent
        candidates += len(events)
        kept += sum(1 for e in events if e.confidence >= threshold)
    if profiler:
        profiler.disable()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"machine load average before the run: {load:.2f}")
    print(f"{len(articles):,} articles, {chars / 1e6:.2f} M characters ({size / 1e6:.2f} MB of UTF-8) in "
          f"{elapsed:.1f} s on one core: {chars / elapsed / 1e6:.3f} M chars/s, {size / elapsed / 1e6:.2f} MB/s, "
          f"{len(articles) / elapsed:,.0f} documents/s")
    # the process's own CPU time: what a core spends on it, whatever else the machine runs on that core meanwhile
    print(f"CPU time {cpu:.1f} s: {chars / cpu / 1e6:.3f} M chars per CPU second, {size / cpu / 1e6:.2f} MB")
    print(f"events: {kept:,} at the default confidence threshold {threshold}, {candidates:,} candidates; "
          f"failed documents: {failures}")
    total = sum(stages.values()) or 1.0
    print("where the time goes: " + ", ".join(f"{name} {spent:.1f} s ({spent / total:.0%})"
                                              for name, spent in stages.items()))
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--profile", action="store_true", help="print the most expensive functions")
    args = parser.parse_args()
    if not saudinewsnet.available():
        print("the corpus is not in ../shared", file=sys.stderr)
        return 2
    return run(args.limit, args.profile)


if __name__ == "__main__":
    raise SystemExit(main())
