"""The web at the scale of a month of real press: p50/p95 of every page with 1 and 20 clients, cache on and off.

    python bench/saudinewsnet.py table --out july.jsonl                     # the July 2015 corpus as a table
    python bench/bench_web_press.py build --table july.jsonl --db july.db   # a knowledge base of it
    python bench/bench_web_press.py measure --db july.db                     # the figures

``measure`` works on any base (also the synthetic 100,000-event one of bench/bench_kb.py). It finds the busiest
state (most facts) and the busiest pair of states, starts ``alaqat serve`` on a free loopback port once with the
response cache and once without (``--cache 0``), and has 1 and then 20 clients cycle through the overview, the
busiest state's page and timeline, the busiest pair's dossier, search, ask and the graph (the whole graph and
the busiest state's ego view) for a fixed time. Every client asks its pages in a different order, and search and
ask rotate through several queries. It prints p50/p95 per page, the requests per second and the machine's
load average before each run. Loopback only; bounded in time and in requests.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.load import free_port, run_together, timed_get  # noqa: E402

SEARCHES = ["العلاقات", "زيارة الرئيس", "اتفاقية", "وزير الخارجية", "مجلس الأمن", "العلاقات الثنائية"]
MAX_REQUESTS_PER_CLIENT = 200_000


def load_average() -> str:
    """The 1, 5 and 15 minute load averages (other work on the machine shows up in every figure)."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def busiest(db: Path) -> tuple[str, tuple[str, str]]:
    """The state in most facts, and the pair of states sharing most facts."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        state = conn.execute("SELECT entity_id FROM fact_entities WHERE length(entity_id) = 2 GROUP BY entity_id "
                             "ORDER BY count(*) DESC, entity_id LIMIT 1").fetchone()
        pair = conn.execute(
            "SELECT a.entity_id, b.entity_id FROM fact_entities a JOIN fact_entities b "
            "ON a.fact_id = b.fact_id AND a.entity_id < b.entity_id "
            "WHERE length(a.entity_id) = 2 AND length(b.entity_id) = 2 "
            "GROUP BY a.entity_id, b.entity_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    if state is None or pair is None:
        sys.exit(f"{db}: no facts between states; build the base first")
    return state[0], (pair[0], pair[1])


def pages(state: str, pair: tuple[str, str]) -> dict[str, list[str]]:
    """Each measured page with the URLs a client rotates through for it."""
    from alaqat.annotate.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    a_ar, b_ar = gazetteer.name(pair[0], "ar"), gazetteer.name(pair[1], "ar")
    a_en, b_en = gazetteer.name(pair[0], "en"), gazetteer.name(pair[1], "en")
    asks = [f"متى أقيمت العلاقات بين {a_ar} و{b_ar}؟", f"من زار {b_ar}؟", f"ما الاتفاقيات بين {a_ar} و{b_ar}؟",
            f"When did {a_en} and {b_en} establish relations?", f"Who visited {a_en}?"]
    return {
        "overview": ["/"],
        "state": [f"/state/{state}"],
        "timeline": [f"/timeline?state={state}"],
        "dossier": [f"/pair/{pair[0]}/{pair[1]}"],
        "search": [f"/search?q={quote(q)}" for q in SEARCHES],
        "ask": [f"/ask?q={quote(q)}" for q in asks],
        "graph": ["/graph"],
        "graph ego": [f"/graph?state={state}"],
        "graph API": [f"/api/graph?state={state}"],
    }


def start_server(db: Path, cache: int, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [sys.executable, "-m", "alaqat", "serve", "--db", str(db), "--port", str(port), "--cache", str(cache)]
    if workers > 1:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.2)
        if server.poll() is not None:
            break
    server.kill()
    sys.exit("alaqat serve did not start")


def run(base: str, urls: dict[str, list[str]], clients: int, seconds: float) -> tuple[dict[str, list[float]], int,
                                                                                      float, list[str]]:
    samples: dict[str, list[float]] = {name: [] for name in urls}
    errors: list[str] = []
    names = list(urls)
    stop = time.monotonic() + seconds

    def client(number: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            for i in range(MAX_REQUESTS_PER_CLIENT):
                if time.monotonic() >= stop:
                    return
                name = names[(i + number) % len(names)]
                choices = urls[name]
                url = choices[(i // len(names) + number) % len(choices)]
                samples[name].append(timed_get(http, url, errors))

    elapsed = run_together([threading.Thread(target=client, args=(n,)) for n in range(clients)])
    return samples, sum(len(v) for v in samples.values()), elapsed, errors


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] * 1000 if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


def measure(args: argparse.Namespace) -> None:
    if not args.db.exists():
        sys.exit(f"{args.db}: no such knowledge base (build it first)")
    state, pair = busiest(args.db)
    urls = pages(state, pair)
    if args.pages:
        urls = {name: found for name, found in urls.items() if name in args.pages}
    print(f"base {args.db} ({args.db.stat().st_size / 1e6:.0f} MB); busiest state {state}, busiest pair "
          f"{pair[0]}-{pair[1]}; server workers: {args.workers}")
    verdicts = []
    for cache in args.cache:
        server, base = start_server(args.db, cache, args.workers)
        try:
            for every in urls.values():  # warm up: load the gazetteer, fill the OS page cache
                for url in every:
                    httpx.get(base + url, timeout=120)
            for clients in args.clients:
                loadavg = load_average()
                samples, total, elapsed, errors = run(base, urls, clients, args.seconds)
                rate = total / elapsed
                print(f"\ncache {'on (' + str(cache) + ' entries)' if cache else 'off'}, {clients} client(s), "
                      f"{elapsed:.0f} s: {total} requests, {rate:.0f} requests/s, errors {len(errors)}; "
                      f"load average before: {loadavg}")
                worst = ("", 0.0)
                for name, values in samples.items():
                    p95 = percentile(values, 95)
                    worst = max(worst, (name, p95), key=lambda w: w[1])
                    print(f"  {name:<10} {len(values):6d} requests  p50 {percentile(values, 50):7.1f} ms  "
                          f"p95 {p95:7.1f} ms")
                for error in errors[:5]:
                    print("  error: " + error)
                if clients == 1 and not cache:
                    verdicts.append(f"1 client, uncached: worst p95 {worst[1]:.1f} ms ({worst[0]}); goal < 100 ms: "
                                    f"{'met' if worst[1] < 100 else 'MISSED'}")
                elif clients >= 20 and cache:
                    verdicts.append(f"{clients} clients, cached: worst p95 {worst[1]:.1f} ms ({worst[0]}); goal "
                                    f"< 100 ms: {'met' if worst[1] < 100 else 'MISSED'}")
                elif clients >= 20 and not cache:
                    verdicts.append(f"{clients} clients, uncached: {rate:.0f} requests/s; goal >= 200/s: "
                                    f"{'met' if rate >= 200 else 'MISSED'}")
        finally:
            server.terminate()
            server.wait(timeout=30)
    if verdicts:
        print("\n" + "\n".join(verdicts))


def build(args: argparse.Namespace) -> None:
    """The table into a new knowledge base with the current extractor, in ``alaqat ingest``'s batches."""
    from alaqat.scale.sources import iter_documents
    from alaqat.store.kb import KnowledgeBase

    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    failed: list[str] = []
    started, count = time.perf_counter(), 0
    with KnowledgeBase(args.db) as kb:
        with kb.batch() as batch:
            for doc in iter_documents([args.table], None, failed.append):
                if args.limit and count >= args.limit:
                    break
                batch.checkpoint()
                count += 1
                try:
                    kb.ingest_document(doc)
                except Exception as exc:  # one bad document must not stop the month
                    failed.append(f"{doc.id}: {type(exc).__name__}: {exc}")
        stats = kb.stats()
    print(f"{count} documents in {time.perf_counter() - started:.1f} s: {stats.events} events, {stats.facts} facts, "
          f"{stats.conflicts} conflicts, {stats.states} states; failed: {len(failed)}")
    for line in failed[:10]:
        print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="ingest a table of documents (id, text, date, url, title, country)")
    b.add_argument("--table", type=Path, required=True)
    b.add_argument("--db", type=Path, required=True)
    b.add_argument("--limit", type=int, default=0, help="only the first N documents")
    m = sub.add_parser("measure", help="p50/p95 of each page with 1 and 20 clients, cache on and off")
    m.add_argument("--db", type=Path, required=True)
    m.add_argument("--clients", type=int, nargs="+", default=[1, 20])
    m.add_argument("--cache", type=int, nargs="+", default=[512, 0], help="cache entries per run (0: off)")
    m.add_argument("--seconds", type=float, default=15)
    m.add_argument("--workers", type=int, default=1, help="alaqat serve --workers")
    m.add_argument("--pages", nargs="*", help="only these pages (names as printed)")
    args = parser.parse_args()
    build(args) if args.command == "build" else measure(args)


if __name__ == "__main__":
    main()
