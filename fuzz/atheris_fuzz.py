"""Coverage-guided fuzzing of the text stages with atheris. Run by hand, not in CI:

    pip install atheris
    python fuzz/atheris_fuzz.py -atheris_runs=200000            # or -max_total_time=600

The checks are those of tests/fuzz/checks.py, which tests/test_fuzz.py runs with hypothesis: no exception,
offsets inside the text, surfaces equal to the reported text, same output for the same input.
When atheris finds a crash it writes the input to crash-*; decode it as UTF-8 and keep it in
tests/fuzz/regressions/<what-it-broke>.txt.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["alaqat"]):
    from tests.fuzz.checks import check_everything


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(400)
    check_everything(text)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
