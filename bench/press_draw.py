"""Draw events at random from the July base, outside the press gold, for judging by reading.

The month's precision (BENCHMARKS.md, "The month, read again") is measured by drawing 100 events from what the
extractor emits at its default threshold over every July article outside the gold (a text printed by several
papers counted once), and having each half judged by a reader given the ontology and the annotation guide. This
script makes the draw; the judging is by reading. The events' sentences are corpus text: write them outside the
repository.

    python bench/press_draw.py --seed 20261209 --out /tmp/draw.jsonl      # the final draw of 2026-12-01
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import saudinewsnet  # noqa: E402
from eval_press import sample  # noqa: E402

from alaqat.pipeline import Pipeline  # noqa: E402
from alaqat.read import read_text  # noqa: E402


def base_events() -> list[dict]:
    """Every event the default pipeline emits on the July articles outside the gold, a repeated text once."""
    gold = set(sample())
    pipeline = Pipeline()
    events: list[dict] = []
    seen: set[str] = set()
    for article in saudinewsnet.articles():
        if article.id in gold or article.text in seen:
            continue
        seen.add(article.text)
        doc = read_text(article.text, doc_id=article.id, date=article.date, title=article.title,
                        country=saudinewsnet.HOME_STATE)
        for event in pipeline.analyze(doc).events:
            start, end = event.evidence.sentence
            events.append({"event": event.id, "doc": article.id, "type": event.type,
                           "roles": {k: v for k, v in event.roles.items() if k != "level"},
                           "modality": event.modality, "date": event.date, "date_text": event.date_text,
                           "sentence": article.text[start:end]})
    return events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True, help="a JSON Lines file outside the repository")
    args = parser.parse_args(argv)
    if not saudinewsnet.available():
        print("the corpus is not in ../shared", file=sys.stderr)
        return 2
    events = base_events()
    random.seed(args.seed)
    picked = random.sample(events, args.size)
    with args.out.open("w", encoding="utf-8") as fh:
        for number, event in enumerate(picked, 1):
            fh.write(json.dumps({"n": number, **event}, ensure_ascii=False) + "\n")
    print(f"{len(events)} events in the base outside the gold; {args.size} drawn (seed {args.seed}) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
