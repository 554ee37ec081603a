"""Characters per second for read + normalize + link on one core, over >= 5 MB of text of our own.

    python bench/bench_entities.py [--mb 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    from alaqat.pipeline import Pipeline
    from alaqat.read import read_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp), int(args.mb * 1_000_000 / 750))
        pipeline = Pipeline()
        _ = pipeline.linker  # data loads once, before the clock starts
        started = time.perf_counter()
        chars = mentions = size = 0
        for doc in read_paths([folder]):
            chars += len(doc.text)
            size += len(doc.text.encode("utf-8"))
            mentions += len(pipeline.annotate(doc, with_dates=False).mentions)
        elapsed = time.perf_counter() - started
    print(f"read + normalize + link: {chars / 1e6:.2f} M characters in {elapsed:.2f} s = "
          f"{chars / elapsed / 1e6:.2f} M chars/s on one core ({mentions} mentions); "
          f"{size / 1e6:.2f} MB of UTF-8 text = {size / elapsed / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()
