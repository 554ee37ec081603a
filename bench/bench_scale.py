"""Documents per second with 1 and 2 workers, for the local engine (process pool) and Spark (local[1],
local[2]), on >= 20,000 documents of our own.

    python bench/bench_scale.py [--docs 20000]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.corpus import documents  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--runs", default="local:1,local:2,spark:1,spark:2", help="engine:workers, comma-separated")
    args = parser.parse_args()
    import json

    from alaqat.scale import run_extraction

    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "docs.jsonl"
        with table.open("w", encoding="utf-8") as fh:
            for number, text in enumerate(documents(args.docs, sentences_per_doc=4, seed=9)):
                fh.write(json.dumps({"id": f"s{number:06d}", "text": text}, ensure_ascii=False) + "\n")
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {ram:.0f} GiB RAM; "
              f"{args.docs} documents, {table.stat().st_size / 1e6:.1f} MB")
        runs = []
        for item in args.runs.split(","):
            engine, jobs = item.split(":")
            if engine == "local" or not args.skip_spark:
                runs.append((engine, f"local[{jobs}]" if engine == "spark" else None, int(jobs)))
        rates: dict[tuple[str, int], float] = {}
        for engine, master, jobs in runs:
            started = time.perf_counter()
            count = sum(1 for _ in run_extraction([table], engine=engine, jobs=jobs, master=master))
            seconds = time.perf_counter() - started
            load = os.getloadavg()[0]  # other work on the machine depresses the figures: say how much
            rates[(engine, jobs)] = args.docs / seconds
            if engine == "spark":  # a running session keeps its master: stop it so the next run gets its own
                from pyspark.sql import SparkSession

                SparkSession.builder.getOrCreate().stop()
            print(f"{engine:<6} {master or f'{jobs} worker(s)':<10} {seconds:7.1f} s  {args.docs / seconds:8.0f} docs/s"
                  f"  ({count} events; load average {load:.1f})")
        for engine in ("local", "spark"):
            if (engine, 1) in rates and (engine, 2) in rates:
                print(f"{engine}: 2 workers / 1 worker = {rates[(engine, 2)] / rates[(engine, 1)]:.2f}x")


if __name__ == "__main__":
    main()
