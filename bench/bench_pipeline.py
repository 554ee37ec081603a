"""Full-pipeline throughput (read text -> entities, dates, events) on one core over >= 5 MB of our own text,
and dateparser's date search alone on a sample of the same text.

    python bench/bench_pipeline.py [--mb 5]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus import documents


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--dateparser-docs", type=int, default=150)
    args = parser.parse_args()
    from alaqat.pipeline import Pipeline
    from alaqat.read import read_text

    docs = documents(int(args.mb * 1_000_000 / 600))
    total, needed = 0, args.mb * 1_000_000
    for keep, text in enumerate(docs, 1):  # exactly enough documents for the requested size
        total += len(text)
        if total >= needed:
            docs = docs[:keep]
            break
    pipeline = Pipeline()
    _ = pipeline.linker, pipeline.dates, pipeline.extractor
    started = time.perf_counter()
    chars = events = size = 0
    for number, text in enumerate(docs):
        chars += len(text)
        size += len(text.encode("utf-8"))
        events += len(pipeline.analyze(read_text(text, doc_id=f"d{number}")).events)
    elapsed = time.perf_counter() - started
    ours = chars / elapsed
    print(f"full pipeline: {chars / 1e6:.2f} M characters, {len(docs)} documents, {events} events in {elapsed:.1f} s "
          f"= {ours / 1e6:.3f} M chars/s on one core ({size / elapsed / 1e6:.2f} MB/s of UTF-8)")
    from dateparser.search import search_dates

    warnings.simplefilter("ignore")
    sample = docs[: args.dateparser_docs]
    search_dates("تمهيد 2020", languages=["ar"])
    started = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["ar"])
    theirs = sum(map(len, sample)) / (time.perf_counter() - started)
    print(f"dateparser search_dates alone: {theirs / 1e3:.1f} K chars/s on {len(sample)} documents; "
          f"alaqat's whole pipeline is {ours / theirs:.1f}x faster")


if __name__ == "__main__":
    main()
