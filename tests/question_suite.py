"""Scoring the question suite (tests/data/questions/suite.jsonl; its README says what an expectation means).

Used by tests/test_question_suite.py, which prints the accuracy by type and by shape
(``python -m pytest -q -s tests/test_question_suite.py``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUITE = Path(__file__).resolve().parent / "data" / "questions" / "suite.jsonl"
HELDOUT = SUITE.with_name("heldout.jsonl")


def load_needs(path: Path = SUITE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Result:
    need: str
    base: str
    type: str
    shape: str
    lang: str
    question: str
    ok: bool
    reason: str


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, list) and isinstance(got, list):
        return sorted(map(str, expected)) == sorted(map(str, got))
    return expected == got


def _invented(answer: dict[str, Any]) -> str | None:
    """A value the cited facts do not hold (an entity not among their participants, a date none of them has)."""
    facts = {f["id"]: f for f in answer["facts"]}
    cited = {c["fact"] for c in answer["citations"]}
    holds_ids = {p["id"] for fid in cited for p in facts.get(fid, {}).get("participants", [])}
    holds_dates = {d for fid in cited for d in [facts.get(fid, {}).get("date")] +
                   [a["date"] for a in facts.get(fid, {}).get("alternatives", [])] if d}
    value = answer["value"]
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, str) or item in ("yes", "no", "disagree"):
            continue
        if item[:1].isdigit() or item.startswith(("~", "X")):
            if item not in holds_dates:
                return f"date {item} is in no cited fact"
        elif item not in holds_ids:
            return f"{item} is in no cited fact"
    return None


def score(need: dict[str, Any], answer: dict[str, Any]) -> tuple[bool, str]:
    expect, parsed = need["expect"], answer.get("question") or {}
    if parsed.get("type") != need["type"]:
        return False, f"type {parsed.get('type')} != {need['type']}"
    if parsed.get("shape") != need["shape"]:
        return False, f"shape {parsed.get('shape')} != {need['shape']}"
    if answer["status"] != expect["status"]:
        return False, f"status {answer['status']} != {expect['status']} (value {answer['value']})"
    if "value" in expect and not _same(expect["value"], answer["value"]):
        return False, f"value {answer['value']} != {expect['value']}"
    if "alternatives" in expect and not _same(expect["alternatives"], [a["date"] for a in answer["alternatives"]]):
        return False, f"alternatives {answer['alternatives']} != {expect['alternatives']}"
    if "modality" in expect and expect["modality"] not in {f["modality"] for f in answer["facts"]}:
        return False, f"modality {[f['modality'] for f in answer['facts']]} lacks {expect['modality']}"
    if expect["status"] != "none" and not answer["citations"]:
        return False, "no citation"
    if expect["status"] == "none" and answer["citations"]:
        return False, "cites something although it answers nothing"
    invented = _invented(answer)
    return (False, invented) if invented else (True, "")


def run(bases: dict[str, Any], path: Path = SUITE) -> list[Result]:
    """Ask every question of the needs whose base is in ``bases`` (name -> KnowledgeBase)."""
    results = []
    for need in load_needs(path):
        kb = bases.get(need["base"])
        if kb is None:
            continue
        for q in need["questions"]:
            ok, reason = score(need, kb.ask(q["q"]).to_json())
            results.append(Result(need["need"], need["base"], need["type"] or "(none named)", need["shape"],
                                  q["lang"], q["q"], ok, reason))
    return results


def table(results: list[Result], key: str) -> str:
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        groups[getattr(r, key)].append(r)
    lines = [f"| {key} | questions | correct | accuracy |", "|---|---:|---:|---:|"]
    for name in sorted(groups):
        rows = groups[name]
        right = sum(r.ok for r in rows)
        lines.append(f"| {name} | {len(rows)} | {right} | {right / len(rows):.3f} |")
    right = sum(r.ok for r in results)
    lines.append(f"| **all** | {len(results)} | {right} | **{right / len(results):.3f}** |")
    return "\n".join(lines)
