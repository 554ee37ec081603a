"""Engines at scale on real press: the SaudiNewsNet July 2015 corpus (the 14,848 of its 15,042 articles that have
text, read in place from ../shared/corpora/saudinewsnet) through ``alaqat extract`` with the local engine at 1 and 2
workers and Spark ``local[1]`` and ``local[2]``; then Spark's Parquet output through ``alaqat ingest --from-parquet``
into a fresh base, compared with ingesting the same table directly.

    python bench/bench_press_scale.py                          # everything, on the whole month
    python bench/bench_press_scale.py --limit 2000             # the first 2,000 articles
    python bench/bench_press_scale.py --runs local:2,spark:2   # some of the extraction runs
    python bench/bench_press_scale.py --runs parquet           # only the Parquet path and the direct ingest

Every run is the CLI in a child process (``python -m alaqat …`` with this checkout first on PYTHONPATH), timed from
its start to its exit, start-up included (interpreter, pipeline data, Spark's JVM and Python workers); the same
commands on the first --startup documents show what start-up alone costs. For each run: wall time; CPU time of the
command's whole process tree (user + system, sampled from /proc every 0.1 s, because Spark's JVM and Python workers
are processes the command never waits for, so getrusage misses them); the CPU the whole machine spent meanwhile
(beyond the run's own: other work); documents/s, M characters/s, events, and the load average before. Each run first
waits (up to --max-wait seconds) for the one-minute load average to fall under --max-load and says how long it
waited. The events of every run are compared as a SHA-256 of their sorted canonical JSON. The corpus text never
enters the repository: the table, the outputs and the bases are written under bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.bench_press_ingest import db_size_mb, fresh, load, make_table  # noqa: E402

OUT = ROOT / "bench" / "out"
TICK = os.sysconf("SC_CLK_TCK")
RUNS = "local:1,local:2,spark:1,spark:2,parquet"
# What a base holds, table by table, for comparing two bases row for row. Left out on purpose: a document's path,
# source format and ingest time (where it came from and when, not what it says) and full-text rowids.
BASE_TABLES = {
    "documents": "id, title, date, url, country, content_hash",
    "events": 'id, doc_id, n, type, modality, date, date_text, date_basis, sort_date, sent_start, sent_end, '
              'trig_start, trig_end, sentence, confidence, roles, fact_key',
    "event_entities": "event_id, role, entity_id",
    "facts": "id, fact_key, type, participants, roles, date, sort_date, status, claims",
    "fact_entities": "fact_id, entity_id",
    "mentions": 'doc_id, start, "end", text, entity_id, kind, form',
    "dates": 'doc_id, start, "end", text, value, granularity, basis',
    "sentence_index": 'doc_id, start, "end", tokens',
}


# -- the machine ------------------------------------------------------------------------------------------------------
def machine_busy() -> float:
    """Seconds of CPU the whole machine has spent busy since boot (every core; /proc/stat's first line): the
    difference over a run, minus the run's own CPU, is what other work took meanwhile."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / TICK


def wait_for_quiet(max_load: float, max_wait: float) -> float:
    """Wait until the one-minute load average is under ``max_load`` (at most ``max_wait`` seconds); the seconds
    waited. Other sessions share the two cores: a run made under load is slower and must say so."""
    started = time.monotonic()
    while os.getloadavg()[0] >= max_load and time.monotonic() - started < max_wait:
        time.sleep(5)
    return time.monotonic() - started


class TreeCPU(threading.Thread):
    """User + system CPU of a process and every descendant it ever had, sampled from /proc.

    Spark's JVM and its Python workers are not reaped by the command, so ``getrusage(RUSAGE_CHILDREN)`` would count
    none of their CPU; sampling the tree sees them all. A process's last interval before it exits may be missed."""

    def __init__(self, root: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.seen: dict[tuple[int, int], int] = {}  # (pid, start time) -> utime + stime in ticks
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(self.interval)

    def sample(self) -> None:
        stats: dict[int, tuple[int, int, int]] = {}  # pid -> (ppid, start time, cpu ticks)
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            stats[int(proc.name)] = (int(fields[1]), int(fields[19]), int(fields[11]) + int(fields[12]))
        tree, frontier = set(), [self.root]
        children: dict[int, list[int]] = {}
        for pid, (ppid, _start, _cpu) in stats.items():
            children.setdefault(ppid, []).append(pid)
        while frontier:
            pid = frontier.pop()
            if pid in stats and pid not in tree:
                tree.add(pid)
                frontier.extend(children.get(pid, ()))
        for pid in tree:
            _ppid, start, cpu = stats[pid]
            self.seen[(pid, start)] = max(cpu, self.seen.get((pid, start), 0))

    def stop(self) -> float:
        self.done.set()
        self.join()
        return sum(self.seen.values()) / TICK


# -- one command ------------------------------------------------------------------------------------------------------
@dataclass
class Measured:
    label: str
    wall: float
    cpu: float  # the command's process tree
    reaped: float  # what getrusage sees: the command and the processes it waited for
    machine: float  # the whole machine's busy CPU over the same wall time
    load_before: str
    load_after: float
    waited: float
    returncode: int
    stderr: Path

    def error_lines(self) -> list[str]:
        """The one-line failures the CLI reports (a document that could not be read, extracted or stored)."""
        keys = ("extraction failed", "not ingested", "a row needs", "not a JSON object", "not UTF-8", "too long")
        return [line for line in self.stderr.read_text(encoding="utf-8", errors="replace").splitlines()
                if any(k in line for k in keys)]


def alaqat(args: list[str], name: str, label: str, stdout: Path | None, work: Path, options: argparse.Namespace
           ) -> Measured:
    """Run ``python -m alaqat ARGS`` as a user would, once the machine is quiet enough, and measure it (its stderr
    goes to WORK/NAME.stderr)."""
    waited = wait_for_quiet(options.max_load, options.max_wait)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(":")}
    err = work / f"{name}.stderr"
    before = load()
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy, started = machine_busy(), time.perf_counter()
    with open(stdout or os.devnull, "wb") as out, err.open("wb") as errors:
        proc = subprocess.Popen([sys.executable, "-m", "alaqat", *args], stdout=out, stderr=errors, env=env, cwd=work)
        sampler = TreeCPU(proc.pid)
        sampler.start()
        proc.wait()
    wall = time.perf_counter() - started
    machine = machine_busy() - busy
    cpu = sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited_for = (after.ru_utime - reaped.ru_utime) + (after.ru_stime - reaped.ru_stime)
    return Measured(label, wall, cpu, waited_for, machine, before, os.getloadavg()[0], waited, proc.returncode, err)


# -- events and bases -------------------------------------------------------------------------------------------------
def digest(objects: list[dict]) -> tuple[int, str]:
    """(count, SHA-256 of the sorted canonical JSON lines): equal for equal sets of events, whatever their order."""
    lines = sorted(json.dumps(o, ensure_ascii=False, sort_keys=True) for o in objects)
    return len(lines), hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def jsonl_events(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parquet_events(run: Path) -> list[dict]:
    """The interchange objects of a Parquet run's events/ table."""
    import pyarrow.parquet as pq

    return [json.loads(row["json"]) for file in sorted((run / "events").glob("*.parquet"))
            for row in pq.read_table(file, columns=["json"]).to_pylist()]


def base_contents(db: Path) -> dict[str, tuple[int, str]]:
    """(rows, SHA-256 of the sorted rows) of each table of a base (see BASE_TABLES)."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for table, columns in BASE_TABLES.items():
            rows = conn.execute(f"SELECT {columns} FROM {table} ORDER BY {columns}").fetchall()
            out[table] = (len(rows), hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest())
        return out
    finally:
        conn.close()


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


# -- reports ----------------------------------------------------------------------------------------------------------
def describe(m: Measured, docs: int, chars: int, events: int | None = None) -> str:
    """One run's figures, every one measured."""
    others = max(0.0, m.machine - m.cpu)
    speed = f"{docs / m.wall:,.0f} documents/s, {chars / m.wall / 1e6:.3f} M chars/s"
    what = f"; {events:,} events" if events is not None else ""
    failed = m.error_lines()
    return (f"  {m.label}: {m.wall:.1f} s wall, CPU {m.cpu:.1f} s (its process tree; getrusage of the processes it "
            f"waited for: {m.reaped:.1f} s), the rest of the machine {others:.1f} s CPU meanwhile; {speed}{what}; "
            f"exit {m.returncode}, {len(failed)} failed documents\n"
            f"    {m.load_before} before (waited {m.waited:.0f} s for it), one-minute load {m.load_after:.2f} after")


def table_of(path: Path, limit: int | None) -> Path:
    """The corpus as a document table (written under bench/out/ when absent); the first ``limit`` rows if asked."""
    if limit:
        path = OUT / f"july-{limit}.jsonl"
        if not path.exists():
            from bench import saudinewsnet

            if not saudinewsnet.available():
                sys.exit(f"{saudinewsnet.CORPUS}: the corpus is not here (see its README)")
            path.parent.mkdir(parents=True, exist_ok=True)
            saudinewsnet.main(["table", "--out", str(path), "--limit", str(limit)])
        return path
    if not path.exists():
        make_table(path)
    return path


def head(table: Path, rows: int, work: Path) -> Path:
    """The first ``rows`` lines of a JSON Lines table (for the start-up runs)."""
    out = work / f"head-{rows}.jsonl"
    with table.open("rb") as src, out.open("wb") as dst:
        for _, line in zip(range(rows), src, strict=False):
            dst.write(line)
    return out


def extract_args(table: Path, engine: str, jobs: int) -> list[str]:
    args = ["extract", str(table), "--engine", engine, "--jobs", str(jobs)]
    return args + (["--master", f"local[{jobs}]"] if engine == "spark" else [])


def extraction_runs(runs: list[tuple[str, int]], table: Path, docs: int, chars: int, work: Path,
                    options: argparse.Namespace) -> dict[tuple[str, int], tuple[Measured, tuple[int, str]]]:
    """Each engine at each worker count, events to a JSONL file; the figures and the events' digest per run."""
    results = {}
    for engine, jobs in runs:
        name = f"{engine}-{jobs}"
        output = work / f"events-{name}.jsonl"
        label = f"{engine} {'local[' + str(jobs) + ']' if engine == 'spark' else str(jobs) + ' worker(s)'}"
        m = alaqat(extract_args(table, engine, jobs), name, label, output, work, options)
        events = digest(jsonl_events(output))
        print(describe(m, docs, chars, events[0]), flush=True)
        results[(engine, jobs)] = (m, events)
    return results


def startup_runs(runs: list[tuple[str, int]], table: Path, rows: int, work: Path, options: argparse.Namespace
                 ) -> None:
    """The same commands on a handful of documents: what start-up alone costs each engine."""
    small = head(table, rows, work)
    for engine, jobs in runs:
        name = f"startup-{engine}-{jobs}"
        m = alaqat(extract_args(small, engine, jobs), name, name, None, work, options)
        print(f"  {engine} {jobs}: {m.wall:.1f} s wall, CPU {m.cpu:.1f} s for {rows} documents ({m.load_before} "
              f"before)", flush=True)


def compare_events(results: dict[tuple[str, int], tuple[Measured, tuple[int, str]]], work: Path) -> None:
    """Whether every run gave the same events, as sets (digest) and byte for byte (the output order)."""
    reference = next(iter(results))
    ref_file = work / f"events-{reference[0]}-{reference[1]}.jsonl"
    for key, (_m, (count, sha)) in results.items():
        same_bytes = (work / f"events-{key[0]}-{key[1]}.jsonl").read_bytes() == ref_file.read_bytes()
        print(f"  {key[0]} {key[1]}: {count:,} events, sha256 {sha[:16]}…"
              f"{'' if key == reference else ', byte-identical to the first run' if same_bytes else ''}"
              f"{'' if key == reference or same_bytes else ', NOT byte-identical to the first run'}")
    digests = {sha for _m, (_count, sha) in results.values()}
    print(f"  identical events in all {len(results)} runs: {'yes' if len(digests) == 1 else 'NO'}")
    for engine in ("local", "spark"):
        if (engine, 1) in results and (engine, 2) in results:
            one, two = results[(engine, 1)][0].wall, results[(engine, 2)][0].wall
            print(f"  {engine}: 2 workers over 1 = {one / two:.2f}x ({one:.1f} s -> {two:.1f} s)")


def parquet_path(table: Path, docs: int, chars: int, work: Path, options: argparse.Namespace,
                 reference: tuple[int, str] | None) -> None:
    """Spark local[2] writing Parquet, that run into a fresh base with ``ingest --from-parquet``, and the same
    table ingested directly (``ingest TABLE --jobs 2``) into another: timed, then compared table by table."""
    run, via_parquet, direct = work / "run", work / "parquet.db", work / "direct.db"
    shutil.rmtree(run, ignore_errors=True)
    fresh(via_parquet)
    fresh(direct)
    steps = [
        (["extract", str(table), "--engine", "spark", "--master", "local[2]", "--jobs", "2", "--out", str(run)],
         "to-parquet", "spark local[2] -> Parquet"),
        (["ingest", "--from-parquet", str(run), "--db", str(via_parquet)], "from-parquet", "ingest --from-parquet"),
        (["ingest", str(table), "--db", str(direct), "--jobs", "2"], "direct-ingest", "direct ingest --jobs 2"),
    ]
    walls = []
    for args, name, label in steps:
        m = alaqat(args, name, label, None, work, options)
        print(describe(m, docs, chars), flush=True)
        walls.append(m.wall)
        if len(walls) == 1:
            events = digest(parquet_events(run))
            same = "" if reference is None else (", the same events as the JSONL runs" if events == reference
                                                 else ", NOT the same events as the JSONL runs")
            print(f"    Parquet run: {folder_mb(run):.1f} MB, tables {sorted(p.name for p in run.iterdir())}; "
                  f"{events[0]:,} events, sha256 {events[1][:16]}…{same}")
    print(f"  through Parquet {walls[0] + walls[1]:.1f} s ({walls[0]:.1f} + {walls[1]:.1f}) against direct "
          f"{walls[2]:.1f} s")
    loading_breakdown(run)
    compare_bases(via_parquet, direct)


def loading_breakdown(run: Path) -> None:
    """What loading a run costs besides SQLite, measured in this process: reading the run's tables back, and the
    tokens and sentences of the search index, the one part of the pipeline that loading still runs."""
    from alaqat.pipeline import default_pipeline
    from alaqat.scale.parquet import read_parquet_run
    from alaqat.store.search import sentence_index_texts

    started = time.perf_counter()
    items = list(read_parquet_run(run))
    read = time.perf_counter() - started
    pipeline = default_pipeline()
    _ = pipeline.segmenter
    started = time.perf_counter()
    for item in items:
        analysis = pipeline.prepare(item.doc)
        sentence_index_texts(analysis.tokens, analysis.sentences)
    index = time.perf_counter() - started
    print(f"  of the loading, measured again in this process ({load()}): reading the run back {read:.1f} s, tokens "
          f"and sentences for the search index {index:.1f} s; the rest of the command is start-up and storing")


def compare_bases(via_parquet: Path, direct: Path) -> None:
    """Counts and contents of the two bases, table by table."""
    from alaqat.store.kb import KnowledgeBase

    for db in (via_parquet, direct):
        with KnowledgeBase(db) as kb:
            s = kb.stats()
        print(f"  {db.name}: {s.documents:,} documents, {s.events:,} events, {s.facts:,} facts, {s.conflicts} "
              f"conflicts, {s.states} states; {db_size_mb(db):.1f} MB")
    a, b = base_contents(via_parquet), base_contents(direct)
    for table in BASE_TABLES:
        verdict = "same rows" if a[table] == b[table] else "DIFFERENT"
        print(f"    {table:<15} through Parquet {a[table][0]:>9,}  direct {b[table][0]:>9,}  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--table", type=Path, default=OUT / "july.jsonl",
                        help="JSON Lines table of the corpus (written from the ZIPs when absent)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--runs", default=RUNS, help=f"engine:workers and/or parquet, comma-separated ({RUNS})")
    parser.add_argument("--startup", type=int, default=20, help="documents of the start-up runs (0: none)")
    parser.add_argument("--max-load", type=float, default=1.5, help="wait for a one-minute load average under this")
    parser.add_argument("--max-wait", type=float, default=600, help="seconds to wait for it before running anyway")
    parser.add_argument("--work", type=Path, default=OUT / "scale", help="outputs, Parquet run and bases")
    options = parser.parse_args()
    table = table_of(options.table, options.limit)
    work = options.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    with table.open(encoding="utf-8") as fh:
        texts = [len(json.loads(line)["text"]) for line in fh if line.strip()]
    docs, chars = len(texts), sum(texts)
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {ram:.0f} GiB RAM, Python "
          f"{platform.python_version()}; commit {commit.strip()}; table {table} ({docs:,} documents, "
          f"{chars / 1e6:.2f} M characters, {table.stat().st_size / 1e6:.1f} MB)", flush=True)
    wanted = [item.strip() for item in options.runs.split(",") if item.strip()]
    runs = [(item.split(":")[0], int(item.split(":")[1])) for item in wanted if item != "parquet"]
    if runs and options.startup:
        print(f"\nstart-up: the same commands on the first {options.startup} documents")
        startup_runs(runs, table, options.startup, work, options)
    results = {}
    if runs:
        print("\nextraction to JSON Lines (`alaqat extract TABLE --engine E --jobs N [--master local[N]]`)")
        results = extraction_runs(runs, table, docs, chars, work, options)
        compare_events(results, work)
    if "parquet" in wanted:
        print("\nthe Spark path through Parquet, and the direct ingest to compare")
        reference = next(iter(results.values()))[1] if results else None
        parquet_path(table, docs, chars, work, options, reference)


if __name__ == "__main__":
    main()
