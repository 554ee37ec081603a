"""The cross-source gold (tests/gold/cross_source/stories.jsonl): stories of July 2015 that three or more newspapers
carried, each with the fact(s) it states and, for every article carrying it, the offsets of the sentence.

An annotator writes a working file OUTSIDE the repository (it quotes the articles), one JSON object a line:

    {"story": "s01", "note": "…", "type": "talks", "roles": {"parties": ["SA", "US"], "channel": "meeting"},
     "modality": "asserted", "date": "2015-07-22",
     "sources": [["2015-07-22-111", "<first words of the sentence>", "<last words, or null: up to the first . or line end>"], …]}

and this script finds each sentence with ``text.find`` in the article as the corpus holds it, checks it (known
type and roles, entity ids, EDTF, no article of the extractor's held-out test split, three or more newspapers per
story, one span per article and fact) and writes only ids and offsets:

    python scripts/cross_source_gold.py WORK.jsonl --out tests/gold/cross_source/stories.jsonl   # write, after checking
    python scripts/cross_source_gold.py --check tests/gold/cross_source/stories.jsonl            # check a stored file
    python scripts/cross_source_gold.py WORK.jsonl --show                                 # print the sentences found

Stored line: {"story", "fact", "note", "type", "participants", "roles", "modality", "date",
"sources": [{"doc", "span": [start, end]}, …]}.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import saudinewsnet  # noqa: E402
from check_press_gold import EDTF, ENTITY, FREE_ROLES, MODALITIES, ROLES, participants_of  # noqa: E402

SAMPLE = ROOT / "tests" / "gold" / "press" / "sample.tsv"
STORIES = ROOT / "tests" / "gold" / "cross_source" / "stories.jsonl"
MIN_NEWSPAPERS = 3
MAX_SENTENCE = 1200  # characters: a span longer than this is a missed sentence end


def held_out_ids() -> set[str]:
    rows = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return {row[0] for row in rows if row[2] == "test"}


def sentence_span(text: str, start: str, end: str | None) -> tuple[int, int] | None:
    """Offsets of the sentence that opens with ``start``: up to and including ``end``, or to the first full stop
    or line end after ``start``."""
    first = text.find(start)
    if first < 0:
        return None
    if end is not None:
        last = text.find(end, first + len(start))
        return (first, last + len(end)) if last >= 0 else None
    stops = [i for i in (text.find(".", first + len(start)), text.find("\n", first + len(start))) if i >= 0]
    last = min(stops) + 1 if stops else len(text)
    return first, last if text[last - 1] == "." else last - 1


def check_fact(fact: dict[str, Any], held_out: set[str]) -> list[str]:
    """Problems of one stored fact line (ids, roles, dates, sources)."""
    where = f"{fact.get('fact')}"
    problems = []
    kind, roles = fact.get("type"), fact.get("roles") or {}
    if kind not in ROLES:
        return [f"{where}: unknown type {kind!r}"]
    for role, value in roles.items():
        if role not in ROLES[kind]:
            problems.append(f"{where}: role {role!r} not allowed for {kind}")
        if role not in FREE_ROLES and role not in ("level", "channel", "mission"):
            problems += [f"{where}: {v!r} is not an entity id" for v in (value if isinstance(value, list) else [value])
                         if not ENTITY.match(v)]
    if fact.get("participants") != participants_of(roles):
        problems.append(f"{where}: participants should be {participants_of(roles)}")
    if fact.get("modality") not in MODALITIES:
        problems.append(f"{where}: modality {fact.get('modality')!r}")
    if fact.get("date") is not None and not EDTF.match(fact["date"]):
        problems.append(f"{where}: date {fact['date']!r} is not EDTF")
    sources = fact.get("sources") or []
    docs = [s["doc"] for s in sources]
    if len(set(docs)) != len(docs):
        problems.append(f"{where}: an article is listed twice")
    papers = set()
    for source in sources:
        if source["doc"] in held_out:
            problems.append(f"{where}: {source['doc']} is in the extractor's held-out test split")
        try:
            article = saudinewsnet.article(source["doc"])
        except (IndexError, KeyError, ValueError, OSError):
            problems.append(f"{where}: no article {source['doc']!r}")
            continue
        papers.add(article.source)
        start, end = source["span"]
        if not (0 <= start < end <= len(article.text)) or end - start > MAX_SENTENCE:
            problems.append(f"{where}: span {source['span']} of {source['doc']} is not a sentence of the text")
    if len(papers) < MIN_NEWSPAPERS:
        problems.append(f"{where}: {len(papers)} newspapers, at least {MIN_NEWSPAPERS} needed")
    return problems


def build(work: Path, show: bool) -> tuple[list[dict[str, Any]], list[str]]:
    facts, problems = [], []
    letters: dict[str, int] = {}
    for number, line in enumerate(work.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        letters[item["story"]] = letters.get(item["story"], 0) + 1
        fact_id = f"{item['story']}{'abcdefghij'[letters[item['story']] - 1]}"
        sources = []
        for doc, start, end in item["sources"]:
            text = saudinewsnet.article(doc).text
            span = sentence_span(text, start, end)
            if span is None:
                problems.append(f"{work}:{number}: {doc}: sentence opening {start!r} not found")
                continue
            sources.append({"doc": doc, "span": list(span)})
            if show:
                print(f"{fact_id} {doc} {list(span)}: {text[span[0]:span[1]]}")
        roles = item["roles"]
        facts.append({"story": item["story"], "fact": fact_id, "note": item.get("note", ""), "type": item["type"],
                      "participants": participants_of(roles), "roles": roles,
                      "modality": item.get("modality", "asserted"), "date": item.get("date"), "sources": sources})
    return facts, problems


def load(path: Path = STORIES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", type=Path, nargs="?", help="the annotator's working file (outside the repository)")
    parser.add_argument("--out", type=Path, help="write the stored gold here")
    parser.add_argument("--check", type=Path, help="check a stored gold file")
    parser.add_argument("--show", action="store_true", help="print every sentence found (to the terminal only)")
    args = parser.parse_args(argv)
    if not saudinewsnet.available():
        print(f"{saudinewsnet.CORPUS}: the corpus is not here", file=sys.stderr)
        return 2
    held_out = held_out_ids()
    if args.check:
        facts, problems = load(args.check), []
    elif args.work:
        facts, problems = build(args.work, args.show)
    else:
        parser.error("give a working file or --check FILE")
    for fact in facts:
        problems += check_fact(fact, held_out)
    for problem in problems:
        print(problem, file=sys.stderr)
    stories = {f["story"] for f in facts}
    print(f"{len(stories)} stories, {len(facts)} facts, {sum(len(f['sources']) for f in facts)} sources, "
          f"{len(problems)} problems", file=sys.stderr)
    if problems:
        return 1
    if args.out:
        args.out.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
