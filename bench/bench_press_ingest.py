"""A month of real press into one knowledge base: the whole SaudiNewsNet July 2015 corpus (the 14,848 of its 15,042
articles that have text, read in place from ../shared/corpora/saudinewsnet) through ``alaqat ingest``'s own code,
then the same table again.

    python bench/bench_press_ingest.py                       # one process extracts and writes
    python bench/bench_press_ingest.py --jobs 2              # two worker processes extract, this one writes
    python bench/bench_press_ingest.py --table july.jsonl    # a table made by `python bench/saudinewsnet.py table`
    python bench/bench_press_ingest.py --twice               # and again into a second base: the peak must not rise

Prints documents/s, events/s, facts, conflicts, the database's size, peak memory after 1/4, 1/2, 3/4 and all of
the corpus (ru_maxrss: it must stop growing once the pipeline is loaded), and the time of a re-ingest, which
must change nothing and run no pipeline. The figures are those of whichever extractor is installed. The table
is written under bench/out/ (git-ignored) and the corpus text never enters the repository.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
MARKS = (0.25, 0.5, 0.75, 1.0)
BOUNDED = 1.10  # peak memory after all of the corpus at most 10 % above the peak after a quarter of it


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def rss_mb() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = Path("/proc/self/status").read_text()
    current = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0.0)
    return peak, current


def word_cache() -> tuple[int, float]:
    """(entries, MB) of the tokenizer's word cache in this process: the one structure that grows with the
    vocabulary read so far, capped at alaqat.normalize.tokens.CACHE_LIMIT words (then it starts over)."""
    from alaqat.pipeline import default_pipeline

    pipeline = default_pipeline()
    segmenter = pipeline.segmenter if hasattr(type(pipeline), "segmenter") else pipeline.linker.segmenter
    cache = segmenter.cache
    size = sys.getsizeof(cache)  # summed without building anything, so that measuring does not raise the peak
    for key, value in cache.items():
        size += sys.getsizeof(key) + sys.getsizeof(value)
        size += sum(sys.getsizeof(part) for part in value if part is not key and part)
    return len(cache), size / 2**20


def children_peak_mb() -> float:
    """The largest peak resident memory among this process's living children (the --jobs workers)."""
    me, peak = os.getpid(), 0.0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) != me:
                continue
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) / 1024)
        except (OSError, IndexError, ValueError):
            continue
    return peak


_RUNS = [0]


def pipeline_runs() -> int:
    """How many times Pipeline.analyze has run in this process (the bench wraps it once)."""
    from alaqat.pipeline import Pipeline

    if not getattr(Pipeline.analyze, "counted", False):
        analyze = Pipeline.analyze

        def counted(self, doc, *args, **kwargs):
            _RUNS[0] += 1
            return analyze(self, doc, *args, **kwargs)

        counted.counted = True
        Pipeline.analyze = counted
    return _RUNS[0]


def make_table(path: Path) -> None:
    from bench import saudinewsnet

    if not saudinewsnet.available():
        sys.exit(f"{saudinewsnet.CORPUS}: the corpus is not here (see its README)")
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"writing the corpus as a document table to {path} …", flush=True)
    saudinewsnet.main(["table", "--out", str(path)])


def fresh(db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def db_size_mb(db: Path) -> float:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists()) / 1e6


def run(table: Path, db: Path, jobs: int, total: int, watch: bool) -> tuple[object, float, list[str]]:
    """One ingest of the table, as ``alaqat ingest TABLE --db DB --jobs N`` runs it; memory sampled at the marks."""
    from alaqat.scale.ingest import ingest_documents
    from alaqat.scale.sources import iter_documents
    from alaqat.store.kb import KnowledgeBase

    errors: list[str] = []
    marks = [max(1, round(total * m)) for m in MARKS]
    samples: list[tuple[int, float, float, float, int, float]] = []
    done = 0

    def on_done(_doc, _status) -> None:
        nonlocal done
        done += 1
        if watch and marks and done >= marks[0]:
            marks.pop(0)
            samples.append((done, *rss_mb(), children_peak_mb(), *(word_cache() if jobs == 1 else (0, 0.0))))

    runs = pipeline_runs()
    started, cpu = time.perf_counter(), os.times()
    with KnowledgeBase(db) as kb:
        counts = ingest_documents(kb, iter_documents([table], None, errors.append), jobs, errors.append, on_done)
        seconds = time.perf_counter() - started
    spent = os.times()
    used = sum(getattr(spent, f) - getattr(cpu, f) for f in ("user", "system", "children_user", "children_system"))
    print(f"  {seconds:.1f} s wall, {used:.1f} s of CPU (this process and its workers): other work on the machine "
          f"shows as wall time beyond CPU time / jobs")
    analyzed = pipeline_runs() - runs if jobs == 1 else counts.added + counts.replaced + counts.failed
    for done_at, peak, current, workers, words, cache in samples:
        extra = (f"; largest worker peak {workers:.0f} MB" if jobs > 1 else
                 f"; tokenizer word cache {words} words, {cache:.0f} MB; peak without it {peak - cache:.0f} MB")
        print(f"  after {done_at:>6} documents: peak {peak:.0f} MB, now {current:.0f} MB{extra}")
    if samples and watch:
        first, last = samples[0], samples[-1]
        if jobs == 1:
            before, after = first[1] - first[5], last[1] - last[5]
            what = "peak memory without the word cache"
        else:  # the workers' growth is their word caches (see the --jobs 1 run, which measures them)
            before, after = first[1], last[1]
            what = "peak memory of the writer"
        verdict = "bounded" if after <= BOUNDED * before else "STILL GROWING"
        print(f"  {what}: {before:.0f} MB after a quarter, {after:.0f} MB after all = {after / before:.3f} "
              f"({verdict}: the limit is {BOUNDED:.2f})")
    print(f"  documents run through the pipeline: {analyzed}"
          + (" (counted in Pipeline.analyze)" if jobs == 1 else " (sent to the workers)"))
    return counts, seconds, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--table", type=Path, default=OUT / "july.jsonl",
                        help="JSON Lines or Parquet table of the corpus (written from the ZIPs when absent)")
    parser.add_argument("--db", type=Path, default=OUT / "july.db")
    parser.add_argument("--jobs", type=int, default=1, help="Extraction processes (1: this process does all)")
    parser.add_argument("--twice", action="store_true",
                        help="Then ingest the table again into a second fresh base in the same process (leak check)")
    args = parser.parse_args()
    if not args.table.exists():
        make_table(args.table)
    from alaqat.scale.sources import count_rows
    from alaqat.store.kb import KnowledgeBase

    total = count_rows(args.table)
    chars = 0
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {ram:.0f} GiB RAM, Python "
          f"{platform.python_version()}; table {args.table} ({total} rows, {args.table.stat().st_size / 1e6:.1f} MB)")
    from alaqat.scale.sources import iter_table

    chars = sum(len(doc.text) for doc in iter_table(args.table, lambda _m: None))
    fresh(args.db)
    print(f"\n1. ingest into a fresh base, --jobs {args.jobs} ({load()})", flush=True)
    counts, seconds, errors = run(args.table, args.db, args.jobs, total, watch=True)
    with KnowledgeBase(args.db) as kb:
        stats = kb.stats()
    print(f"  {counts.documents} documents ({counts.added} added, {counts.failed} failed, {len(errors)} error lines) "
          f"in {seconds:.1f} s = {counts.documents / seconds:.1f} documents/s, {chars / seconds / 1e6:.3f} M chars/s; "
          f"{counts.events} events = {counts.events / seconds:.1f} events/s")
    for line in errors[:10]:
        print(f"  error: {line}")
    print(f"  knowledge base: {stats.documents} documents, {stats.events} events, {stats.facts} facts, "
          f"{stats.conflicts} conflicts, {stats.states} states; {db_size_mb(args.db):.1f} MB on disk")
    print(f"  peak memory of this process (ru_maxrss): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
          f" MB" + (f"; of its workers: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB"
                    if args.jobs > 1 else ""))
    print(f"\n2. re-ingest of the same table, --jobs {args.jobs} ({load()})", flush=True)
    before = stats
    counts, seconds, errors = run(args.table, args.db, args.jobs, total, watch=False)
    with KnowledgeBase(args.db) as kb:
        after = kb.stats()
    print(f"  {counts.documents} documents in {seconds:.1f} s = {counts.documents / seconds:.0f} documents/s: "
          f"{counts.unchanged} unchanged, {counts.added} added, {counts.replaced} replaced, {counts.failed} failed; "
          f"knowledge base {'unchanged' if after == before else 'CHANGED'}")
    if args.twice:
        second = args.db.with_name(args.db.stem + "-2" + args.db.suffix)
        fresh(second)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\n3. the same table into a second fresh base in this process, --jobs {args.jobs} ({load()}): the "
              f"vocabulary is known, so the peak must not rise if nothing leaks (peak before: {peak:.0f} MB)", flush=True)
        counts, seconds, _errors = run(args.table, second, args.jobs, total, watch=True)
        print(f"  {counts.documents} documents in {seconds:.1f} s = {counts.documents / seconds:.1f} documents/s")


if __name__ == "__main__":
    main()
