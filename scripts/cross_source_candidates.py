"""Candidate stories for the cross-source gold: groups of SaudiNewsNet July 2015 articles from three or more
newspapers, on the same or adjacent days, that share rare words of their title and lead.

It only proposes: whether articles tell the same story, and which fact they state, is decided by reading them
(python bench/saudinewsnet.py show ID). Articles of the extractor's held-out test split
(tests/gold/press/sample.tsv) are left out. Prints ids, sources and titles to the terminal; nothing is written.

    python scripts/cross_source_candidates.py [--min-sources 3] [--cue]    # --cue: diplomatic vocabulary only
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import saudinewsnet  # noqa: E402
from press_sample import CUES, fold  # noqa: E402

SAMPLE = ROOT / "tests" / "gold" / "press" / "sample.tsv"
WORD = re.compile(r"[\u0621-\u064A]{3,}")
LEAD = 400  # characters of the article read with the title
RARE = 60  # a word in at most this many articles counts as rare
MIN_SHARED = 3  # rare words two articles must share
MIN_SIMILARITY = 0.35


def held_out_ids() -> set[str]:
    rows = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return {row[0] for row in rows if row[2] == "test"}


def words(text: str) -> set[str]:
    return {w[2:] if w.startswith("ال") else w for w in WORD.findall(fold(text))}


def day_number(day: str) -> int:
    return date.fromisoformat(day).toordinal()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-sources", type=int, default=3)
    parser.add_argument("--cue", action="store_true", help="only groups whose articles use diplomatic vocabulary")
    args = parser.parse_args(argv)
    held_out = held_out_ids()
    items = [a for a in saudinewsnet.articles() if a.text.strip() and a.id not in held_out]
    bags = [words(a.title + " " + a.text[:LEAD]) for a in items]
    df = Counter(w for bag in bags for w in bag)
    rare = [{w for w in bag if df[w] <= RARE} for bag in bags]
    index: dict[str, list[int]] = defaultdict(list)
    for number, bag in enumerate(rare):
        for w in bag:
            index[w].append(number)
    shared: Counter[tuple[int, int]] = Counter()
    for postings in index.values():
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                shared[(postings[x], postings[y])] += 1
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (x, y), count in shared.items():
        a, b = items[x], items[y]
        if count < MIN_SHARED or a.source == b.source or abs(day_number(a.date) - day_number(b.date)) > 1:
            continue
        weight = lambda bag: sum(math.log(len(items) / df[w]) for w in bag)  # noqa: E731
        common = weight(rare[x] & rare[y])
        if common / min(weight(rare[x]) or 1, weight(rare[y]) or 1) >= MIN_SIMILARITY:
            parent[find(x)] = find(y)
    groups: dict[int, list[int]] = defaultdict(list)
    for number in range(len(items)):
        groups[find(number)].append(number)
    found = 0
    for members in sorted(groups.values(), key=lambda m: (items[m[0]].date, items[m[0]].id)):
        sources = {items[m].source for m in members}
        if len(sources) < args.min_sources:
            continue
        if args.cue and not any(cue in fold(items[m].text[:1500]) for m in members for cue in CUES):
            continue
        found += 1
        print(f"\n## group {found}: {len(members)} articles, {len(sources)} sources")
        for m in members:
            a = items[m]
            print(f"  {a.id:<18} {a.source:<13} {a.date}  {a.title[:90]}")
    print(f"\n{found} groups", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
