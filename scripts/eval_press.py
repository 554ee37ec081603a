"""Score alaqat on the real-press gold (SaudiNewsNet July 2015, tests/gold/press/), split by split.

    python scripts/eval_press.py                      # dev and test side by side, and the agreement of annotators
    python scripts/eval_press.py --by-type            # per event type too
    python scripts/eval_press.py --errors             # the dev split's misses and extras, to write rules from
                                                      # (and the read split's: articles read before they were drawn)
    python scripts/eval_press.py --min-confidence 0.5
    python scripts/eval_press.py --exclude 2015-07-23-7   # without an article (here the 1978 history column)
    python scripts/eval_press.py --batch 3                # only the dev articles of the third draw

The gold was written by reading, before any rule was written for it (scripts/press_sample.py drew and split the
sample). Rules are written from the dev split only, so ``--errors`` refuses the test split: its figure is the
honest one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import saudinewsnet  # noqa: E402
from press_sample import BATCHES, batch_docs  # noqa: E402

from alaqat.extract.score import PressScore, score_press  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "press"
SAMPLE = GOLD / "sample.tsv"


def sample() -> dict[str, dict[str, str]]:
    """The drawn articles: doc -> {stratum, split, annotation}."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in (line.split("\t") for line in lines[1:])}


def gold_lines(docs: list[str], folder: Path = GOLD) -> list[dict]:
    rows = []
    for doc in docs:
        path = folder / f"{doc}.jsonl"
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def docs_of(split: str) -> list[str]:
    """The split's articles that have a gold file (a batch still being annotated has none yet)."""
    return sorted(doc for doc, row in sample().items()
                  if split in ("all", row["split"]) and (GOLD / f"{doc}.jsonl").exists())


def predict(docs: list[str], min_confidence: float | None = None) -> list[dict]:
    """alaqat's events for the articles, read as the corpus holds them (date and home state from its metadata)."""
    from alaqat import extract_events
    from alaqat.read import read_text

    events = []
    for doc in docs:
        article = saudinewsnet.article(doc)
        document = read_text(article.text, doc_id=doc, date=article.date, title=article.title,
                             country=saudinewsnet.HOME_STATE)
        events += [e.to_json() for e in extract_events(document, min_confidence=min_confidence)]
    return events


def evaluate(split: str, min_confidence: float | None = None) -> PressScore:
    docs = docs_of(split)
    return score_press(predict(docs, min_confidence), gold_lines(docs))


def second_draws() -> dict[str, int]:
    """Each article read twice -> the draw that chose it for a second reading: 1, the fifth of the first 360
    articles (batches 1 and 2 as drawn, and 21 of batches 3 and 4); 2, the 148 drawn in the twenty-third round
    among batches 3 to 17 so that a fifth of the whole gold is read twice (``press_sample.py --second 2``)."""
    rows = (GOLD / "second_draws.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {doc: int(draw) for doc, draw in (row.split("\t") for row in rows)}


def agreement(exclude: frozenset[str] = frozenset(), draw: int | None = None) -> tuple[PressScore, int, int]:
    """The second annotator's required lines scored against the first's, on the doubly annotated fifth (or one
    draw of it); and how many lines both wrote but only one marked required. The first reading is the one kept in
    ``first/`` as it was before adjudication: the adjudicated gold took lines from both readings, and is no
    independent reader."""
    docs = read_twice(exclude, draw)
    first, second = gold_lines(docs, GOLD / "first"), gold_lines(docs, GOLD / "second")
    as_predicted = [dict(g, sentence=g["span"]) for g in second if not g["optional"]]
    strict = score_press([dict(g, sentence=g["span"]) for g in second], [dict(g, optional=False) for g in first])
    return score_press(as_predicted, first), len(docs), strict.tp


def read_twice(exclude: frozenset[str] = frozenset(), draw: int | None = None) -> list[str]:
    """The articles read twice (those of one draw), less ``exclude``."""
    draws = second_draws()
    return sorted(p.stem for p in (GOLD / "second").glob("*.jsonl")
                  if p.stem not in exclude and (draw is None or draws.get(p.stem) == draw))


def _type_table(result: PressScore) -> str:
    lines = [f"    {'type':24} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for etype, (tp, fp, fn) in sorted(result.by_type.items()):
        lines.append(f"    {etype:24} {tp:>4} {fp:>4} {fn:>4}")
    return "\n".join(lines)


def _brief(row: dict, text: str) -> str:
    span = row.get("span") or row["evidence"]["sentence"]
    roles = {k: v for k, v in row["roles"].items() if k not in ("level", "channel")}
    sentence = " ".join(text[span[0]:span[1]].split())[:220]
    return f"{row['doc']} {row['type']} {roles} {row['modality']} {row.get('date')}\n      {sentence}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "test", "read", "all"],
                        help="one split only (read: the articles read before, for rules only)")
    parser.add_argument("--by-type", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the dev split's misses and extras")
    parser.add_argument("--min-confidence", type=float, default=None,
                        help="keep events of at least this confidence (default: the model's threshold)")
    parser.add_argument("--exclude", action="append", default=[], metavar="DOC",
                        help="leave this article out of every figure (repeatable)")
    parser.add_argument("--batch", type=int, choices=sorted(BATCHES), default=None,
                        help="only the articles of this draw (batch 3: the dev articles added last, read blind by "
                             "the extractor that came before them)")
    args = parser.parse_args(argv)
    exclude = frozenset(args.exclude)
    if not saudinewsnet.available():
        print("the corpus is not in ../shared", file=sys.stderr)
        return 2
    if args.errors and args.split not in (None, "dev", "read"):
        print("--errors lists the dev and read splits only: rules are never written from the test split",
              file=sys.stderr)
        return 2
    if args.batch is not None:
        drawn = [d for d in batch_docs(args.batch) if d not in exclude]
        docs = [d for d in drawn if (GOLD / f"{d}.jsonl").exists()]  # a batch still being read: its finished part
        result = score_press(predict(docs, args.min_confidence), gold_lines(docs))
        unread = f", {len(drawn) - len(docs)} of its articles not yet annotated" if len(docs) < len(drawn) else ""
        print(f"batch {args.batch} ({len(docs)} articles{unread}): {result.summary()}")
        return 0
    predicted: dict[str, list[dict]] = {}  # split -> alaqat's events, read again below for the articles read twice
    # (the read split, articles read before they were drawn, goes into no figure: it is printed apart, after them)
    for split in [args.split] if args.split else ["dev", "test", *(["read"] if docs_of("read") else [])]:
        docs = [d for d in docs_of(split) if d not in exclude]
        predicted[split] = predict(docs, args.min_confidence)
        result = score_press(predicted[split], gold_lines(docs))
        print(f"{split:5} ({len(docs)} articles): {result.summary()}")
        if args.by_type:
            print(_type_table(result))
        if args.errors and split in ("dev", "read"):
            for title, rows in (("missed", result.misses), ("extra", result.extras)):
                print(f"  -- {title} ({len(rows)})")
                for row in rows:
                    print("   ", _brief(row, saudinewsnet.article(row["doc"]).text))
            print(f"  -- matched with another date ({len(result.wrong_dates)})")
            for event, line in result.wrong_dates:
                print(f"    {event['doc']} {event['type']}: {event.get('date')} ({event.get('date_text')}) for "
                      f"{line['date']}")
                print("   ", _brief(event, saudinewsnet.article(event["doc"]).text))
    if not args.split:
        score, docs, both = agreement(exclude)
        print(f"annotators ({docs} articles annotated twice; second's required lines against the first's): "
              f"{score.summary()}; lines both wrote, whatever their optional flag: {both}")
        for draw in sorted(set(second_draws().values())):
            score, docs, both = agreement(exclude, draw)
            print(f"  draw {draw} ({docs} articles): {score.summary()}")
        for split in ("dev", "test"):
            # on the same articles, the second reader and alaqat against the first reading: how far the extractor
            # stands from a person reading the article once
            in_split = set(docs_of(split))
            docs = [d for d in read_twice(exclude) if d in in_split]
            twice = set(docs)
            events = [e for e in predicted[split] if e["doc"] in twice]
            first = gold_lines(docs, GOLD / "first")
            reader = [dict(g, sentence=g["span"]) for g in gold_lines(docs, GOLD / "second") if not g["optional"]]
            print(f"  second reader against the first, {split} articles read twice ({len(docs)}): "
                  f"{score_press(reader, first).summary()}")
            print(f"  alaqat against the first reading, the same {len(docs)}: "
                  f"{score_press(events, first).summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
