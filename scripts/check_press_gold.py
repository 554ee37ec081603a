"""Mechanical check of real-press gold files, as ../shared/annotation-guide.md asks before any file is used.

Checks: ids well formed, roles allowed for the type, participants the sorted unique state / org / instrument ids
of the roles, EDTF forms, spans inside the text, the date's words inside the span, no duplicate lines.

A working file (an annotator's) carries ``date_text``; a stored file (under tests/gold/press/) carries
``date_span`` instead, so that no article text enters the project. ``--store DIR`` converts checked working files
into stored ones.

    python scripts/check_press_gold.py /path/to/annotations/            # check every <doc>.jsonl there
    python scripts/check_press_gold.py work/ --store tests/gold/press/
    python scripts/check_press_gold.py seeds-work/ --texts ../shared/seeds --store tests/gold/seeds/
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import saudinewsnet  # noqa: E402

ROLES = {
    "independence": {"state"},
    "recognition": {"source", "target"},
    "relations.established": {"parties"},
    "mission.opened": {"sender", "host", "mission"},
    "visit": {"visitor", "visitor_state", "host_state", "location", "level"},
    "talks": {"parties", "channel", "level"},
    "agreement.signed": {"parties", "instrument"},
    "agreement.negotiated": {"parties", "instrument"},
    "membership.joined": {"member", "body"},
    "office.held": {"holder", "body", "office"},
    "hosting": {"host", "series", "name", "participants"},
    "mediation": {"mediator", "parties"},
    "participation": {"participant", "series", "name", "location"},
    "aid": {"donor", "recipients", "kind"},
    "peacekeeping": {"contributor", "operation", "location"},
    "disarmament": {"state", "what"},
    "support.expressed": {"source", "target", "topic"},
}
FREE_ROLES = {"kind", "office", "what", "topic", "name", "operation"}  # short English words
CLOSED_ROLES = {
    "level": {"head_of_state", "crown_prince", "head_of_government", "minister", "ambassador", "official",
              "delegation"},
    "channel": {"meeting", "phone", "correspondence"},
    "mission": {"embassy", "consulate", "office", "ambassador"},
}
MODALITIES = {"asserted", "planned", "intended", "proposed", "negated"}
BASES = {"explicit", "narrative", "document"}
ENTITY = re.compile(r"^(?:[A-Z]{2}|org:[A-Za-z0-9][A-Za-z0-9-]*|(?:person|place|instrument|series):[a-z0-9][a-z0-9-]*)$")
PARTICIPANT = re.compile(r"^(?:[A-Z]{2}|org:[A-Za-z0-9-]+|instrument:[a-z0-9-]+)$")
_DAY = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:0[1-9]|1[0-2]|2[1-4]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?)?[~?%]?"
EDTF = re.compile(rf"^(?:{_DAY}|{_DAY}/{_DAY}|{_DAY}/\.\.|\.\./{_DAY})$")
FIELDS = {"doc", "type", "participants", "roles", "modality", "date", "date_text", "date_span", "date_basis",
          "span", "optional", "note"}


def participants_of(roles: dict) -> list[str]:
    """The guide's participants: state / org / instrument ids of the roles, ``location`` left out."""
    values = []
    for role, value in roles.items():
        if role == "location":
            continue
        values += value if isinstance(value, list) else [value]
    return sorted({v for v in values if isinstance(v, str) and PARTICIPANT.match(v)})


def check_line(obj: dict, text: str, doc: str) -> list[str]:
    problems = [f"unknown field {k!r}" for k in obj if k not in FIELDS]
    if obj.get("doc") != doc:
        problems.append(f"doc {obj.get('doc')!r} is not the file's {doc!r}")
    kind = obj.get("type")
    if kind not in ROLES:
        return [*problems, f"unknown type {kind!r}"]
    roles = obj.get("roles")
    if not isinstance(roles, dict) or not roles:
        return [*problems, "roles must be a non-empty object"]
    for role, value in roles.items():
        if role not in ROLES[kind]:
            problems.append(f"role {role!r} not allowed for {kind}")
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) and v for v in values):
            problems.append(f"role {role!r}: values must be non-empty strings")
            continue
        if role in CLOSED_ROLES:
            problems += [f"role {role!r}: {v!r} not one of {sorted(CLOSED_ROLES[role])}"
                         for v in values if v not in CLOSED_ROLES[role]]
        elif role not in FREE_ROLES:
            problems += [f"role {role!r}: {v!r} is not an entity id" for v in values if not ENTITY.match(v)]
    if obj.get("participants") != participants_of(roles):
        problems.append(f"participants should be {participants_of(roles)}")
    if obj.get("modality") not in MODALITIES:
        problems.append(f"modality {obj.get('modality')!r}")
    span = obj.get("span")
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
            and 0 <= span[0] < span[1] <= len(text)):
        return [*problems, f"span {span!r} is not inside the text (length {len(text)})"]
    date, basis = obj.get("date"), obj.get("date_basis")
    if date is None:
        if basis is not None or obj.get("date_text") or obj.get("date_span"):
            problems.append("an undated event has no date_text, date_span or date_basis")
    else:
        if not isinstance(date, str) or not EDTF.match(date):
            problems.append(f"date {date!r} is not EDTF")
        if basis not in BASES:
            problems.append(f"date_basis {basis!r}")
        problems += _check_date_words(obj, text, span)
    if not isinstance(obj.get("optional", False), bool):
        problems.append("optional must be true or false")
    return problems


def _check_date_words(obj: dict, text: str, span: list[int]) -> list[str]:
    if "date_span" in obj:
        ds = obj["date_span"]
        ok = isinstance(ds, list) and len(ds) == 2 and span[0] <= ds[0] < ds[1] <= span[1]
        return [] if ok else [f"date_span {ds!r} is not inside span {span}"]
    words = obj.get("date_text")
    if not isinstance(words, str) or not words:
        return ["a dated event needs date_text"]
    return [] if words in text[span[0]:span[1]] else [f"date_text {words!r} is not inside span {span}"]


def article_text(doc: str, texts: Path | None = None) -> str:
    """The text a gold file's offsets point into: ``<texts>/<doc>.txt`` (UTF-8, BOM dropped), else the corpus."""
    if texts is not None:
        return (texts / f"{doc}.txt").read_text(encoding="utf-8-sig")
    return saudinewsnet.article(doc).text


def check_file(path: Path, texts: Path | None = None) -> list[str]:
    doc = path.stem
    try:
        text = article_text(doc, texts)
    except (KeyError, IndexError, ValueError, OSError):
        return [f"{path}: no article {doc!r} in the corpus"]
    problems, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{number}: not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path}:{number}: not a JSON object")
            continue
        key = json.dumps({k: v for k, v in obj.items() if k != "note"}, sort_keys=True, ensure_ascii=False)
        if key in seen:
            problems.append(f"{path}:{number}: duplicate line")
        seen.add(key)
        problems += [f"{path}:{number}: {p}" for p in check_line(obj, text, doc)]
    return problems


def stored_line(obj: dict, text: str) -> dict:
    """The line as the project keeps it: the date's words as offsets inside the span, no article text."""
    out = {k: v for k, v in obj.items() if k != "date_text"}
    words = obj.get("date_text")
    if words:
        start = text.find(words, obj["span"][0], obj["span"][1])
        out["date_span"] = [start, start + len(words)]
    order = ["doc", "type", "participants", "roles", "modality", "date", "date_span", "date_basis", "span",
             "optional", "note"]
    return {k: out[k] for k in order if k in out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--store", type=Path, help="write checked files here without article text")
    parser.add_argument("--texts", type=Path, help="read <doc>.txt from this folder instead of the corpus")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.jsonl"))
    problems = [p for f in files for p in check_file(f, args.texts)]
    for problem in problems:
        print(problem)
    lines = sum(1 for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    print(f"{len(files)} files, {lines} lines, {len(problems)} problems", file=sys.stderr)
    if problems:
        return 1
    if args.store:
        args.store.mkdir(parents=True, exist_ok=True)
        for f in files:
            text = article_text(f.stem, args.texts)
            rows = [stored_line(json.loads(x), text) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
            (args.store / f.name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
