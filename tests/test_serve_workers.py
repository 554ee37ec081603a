"""`alaqat serve --workers 2`: several processes answer on one port, and stopping the server stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.web_support import build_kb, free_port

ROOT = Path(__file__).resolve().parents[1]


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def test_workers_serve_one_port_and_stop_together(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "alaqat", "serve", "--db", str(db), "--port", str(port),
                               "--workers", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, server.stderr.read().decode()[-2000:]
            time.sleep(0.2)
        workers = children_of(server.pid)
        assert len([w for w in workers if Path(f"/proc/{w}/cmdline").read_bytes().count(b"multiprocessing")]) >= 2
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            for _ in range(20):  # both processes answer, from the same base
                page = http.get("/pair/KZ/SA")
                assert page.status_code == 200 and "1994-04-20" in page.text
                assert http.get("/api/graph", params={"state": "KZ"}).json()["state"] == "KZ"
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(Path(f"/proc/{w}").exists() for w in workers)  # no worker outlives the server
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=30)
