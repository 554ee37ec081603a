"""The short form of bench/load.py: 10 clients for 5 seconds while an ingest writes; zero errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_load_short_has_no_errors():
    run = subprocess.run([sys.executable, "bench/load.py", "--short"], capture_output=True, text=True, cwd=ROOT,
                         timeout=600)
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "errors: 0" in run.stdout and "p95" in run.stdout
