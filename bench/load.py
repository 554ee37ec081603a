"""Load test: N concurrent clients against `alaqat serve` on 127.0.0.1 for S seconds while `alaqat ingest`
writes to the same knowledge base. Loopback only; bounded in requests and in time. Prints latency percentiles
and the error count; exits 1 on any error.

    python bench/load.py                 # 50 clients, 60 s
    python bench/load.py --short         # 10 clients, 5 s (the CI form)
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
URLS = ["/healthz", "/api/events?state=KZ&limit=50", "/api/facts?state=KZ&state=SA", "/api/search?q=العلاقات",
        "/api/ask?q=متى أقيمت العلاقات بين كازاخستان والبحرين؟", "/pair/KZ/SA", "/", "/timeline?state=KZ",
        "/documents", "/api/conflicts"]
MAX_REQUESTS = 200_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(workdir: Path, copies: int) -> tuple[Path, Path]:
    """A knowledge base of the sample corpus, and a second corpus that the concurrent ingest will add."""
    from alaqat.demo import corpus_dir, meta_path
    from alaqat.read import load_meta
    from alaqat.store.kb import KnowledgeBase

    db = workdir / "load.db"
    with KnowledgeBase(db) as kb:
        kb.ingest_paths([corpus_dir()], load_meta(meta_path()))
    extra = workdir / "extra"
    extra.mkdir()
    for copy in range(copies):
        for source in corpus_dir().glob("*.txt"):
            (extra / f"{source.stem}-load{copy}.txt").write_bytes(source.read_bytes() + f"\n{copy}\n".encode())
    return db, extra


def client(base: str, stop: float, budget: list[int], lock: threading.Lock, latencies: list[float],
           errors: list[str], offset: int) -> None:
    with httpx.Client(base_url=base, timeout=30) as http:
        i = offset
        while time.monotonic() < stop:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            url = URLS[i % len(URLS)]
            i += 1
            latencies.append(timed_get(http, url, errors))


def run_together(threads: list[threading.Thread]) -> float:
    """Start every client thread, wait for all of them, and return the wall time they took together."""
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def timed_get(http: httpx.Client, url: str, errors: list[str]) -> float:
    """One GET, in seconds; an answer other than 200 or a failed connection is added to ``errors``."""
    started = time.perf_counter()
    try:
        response = http.get(url)
        if response.status_code != 200:
            errors.append(f"{url}: HTTP {response.status_code}")
    except httpx.HTTPError as exc:
        errors.append(f"{url}: {type(exc).__name__}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--short", action="store_true", help="10 clients for 5 seconds")
    args = parser.parse_args()
    if args.short:
        args.clients, args.seconds = 10, 5
    workdir = Path(tempfile.mkdtemp(prefix="alaqat-load-"))
    children: list[subprocess.Popen] = []
    try:
        # Enough new documents that the ingest is still writing for (most of) the measured window.
        db, extra = prepare(workdir, max(30, int(args.seconds * 1.5)))
        port = free_port()
        # Logs go to files, never to pipes nobody reads (a full pipe would stall the server or the ingest).
        server_log, writer_log = (workdir / "serve.log").open("wb"), (workdir / "ingest.log").open("wb")
        server = subprocess.Popen([sys.executable, "-m", "alaqat", "serve", "--db", str(db), "--port", str(port)],
                                  cwd=ROOT, stdout=subprocess.DEVNULL, stderr=server_log)
        children.append(server)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                print("server did not start", file=sys.stderr)
                return 1
            time.sleep(0.2)
        writer = subprocess.Popen([sys.executable, "-m", "alaqat", "ingest", str(extra), "--db", str(db)], cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=writer_log)
        children.append(writer)
        writer_started = time.monotonic()
        latencies: list[float] = []
        errors: list[str] = []
        budget, lock = [MAX_REQUESTS], threading.Lock()
        stop = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(base, stop, budget, lock, latencies, errors, n))
                   for n in range(args.clients)]
        elapsed = run_together(threads)
        still_writing = writer.poll() is None
        ingest_code = writer.wait(timeout=600)
        ingest_seconds = time.monotonic() - writer_started
        server.terminate()
        server.wait(timeout=30)
        if ingest_code != 0:
            errors.append(f"concurrent ingest exited {ingest_code}: {(workdir / 'ingest.log').read_text()[-300:]}")
        quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
        print(f"clients {args.clients}, {elapsed:.1f} s, {len(latencies)} requests ({len(latencies) / elapsed:.0f}/s) "
              f"with a concurrent ingest of {len(list(extra.iterdir()))} documents ({ingest_seconds:.0f} s; "
              f"{'still writing' if still_writing else 'finished'} when the clients stopped)")
        print(f"latency ms: p50 {quantiles[49] * 1000:.1f}  p95 {quantiles[94] * 1000:.1f}  "
              f"p99 {quantiles[98] * 1000:.1f}  max {max(latencies) * 1000:.1f}")
        print(f"errors: {len(errors)}")
        for error in errors[:10]:
            print("  " + error)
        return 1 if errors else 0
    finally:
        for child in children:  # only the processes this script started
            if child.poll() is None:
                child.kill()
                child.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
