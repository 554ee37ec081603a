"""Web latency under 20 concurrent clients on loopback: the dossier page, search and the events API, on the
100,000-event knowledge base that bench/bench_kb.py builds.

    python bench/bench_kb.py && python bench/bench_web.py [--clients 20] [--seconds 30] [--cache 0]

``--cache 0`` turns the server's response cache off, so every request renders from the database (the cost of
the first request after each ingest); the default measures the server as it ships.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.load import free_port  # noqa: E402

ENDPOINTS = {"dossier page": "/pair/KZ/SA", "search": "/api/search?q=العلاقات الدبلوماسية",
             "events API": "/api/events?state=KZ&state=SA&limit=100"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "kb100k.db")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--cache", type=int, default=512, help="server response cache entries (0: off)")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db}: run bench/bench_kb.py first")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "alaqat", "serve", "--db", str(args.db), "--port", str(port),
                               "--cache", str(args.cache)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        samples: dict[str, list[float]] = {name: [] for name in ENDPOINTS}
        errors: list[str] = []
        stop = time.monotonic() + args.seconds
        names = list(ENDPOINTS)

        def client(offset: int) -> None:
            with httpx.Client(base_url=base, timeout=60) as http:
                i = offset
                while time.monotonic() < stop and i < offset + 100_000:
                    name = names[i % len(names)]
                    i += 1
                    started = time.perf_counter()
                    response = http.get(ENDPOINTS[name])
                    samples[name].append(time.perf_counter() - started)
                    if response.status_code != 200:
                        errors.append(f"{name}: {response.status_code}")

        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"{args.clients} concurrent clients for {args.seconds:.0f} s on loopback, response cache "
              f"{args.cache or 'off'}; errors: {len(errors)}")
        for name, values in samples.items():
            q = statistics.quantiles(values, n=100)
            print(f"{name:<14} {len(values):6d} requests  p50 {q[49] * 1000:7.1f} ms  p95 {q[94] * 1000:7.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
