"""Where the real-press gold's missed events are lost: the first stage each required line alaqat misses fails.

    python scripts/press_coverage.py                 # the dev split: counts, overall and by event type
    python scripts/press_coverage.py --list          # and every missed line with its stage and its sentence
    python scripts/press_coverage.py --split read    # the read split

The stages, from the last to the first:
  below threshold   a candidate matches the line; the confidence model drops it
  wrong sides       a candidate of the line's type in its sentence names other participants (or another actor)
  other type        the sentence's only candidates are of other types
  no candidate, then by what the sentence holds (its text normalized as the extractor reads it):
    trigger and actors   a trigger word of the line's type (triggers.tsv, with its clitics) and every participant
                         recognized (an actor's or a mention's state or body, or the paper's home state): the frames
                         or the triggers' constraints drop it
    actors only          every participant recognized but no trigger word of the type: the vocabulary lacks it
    trigger only         a trigger word but a participant nobody recognized: the actors and entities lack it
    neither
A rule is worth writing where a stage holds many lines; the figures bound what any fix at that stage can gain.
Like ``eval_press.py --errors``, it refuses the test split, whose misses are never listed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import saudinewsnet  # noqa: E402
from eval_press import docs_of, gold_lines, predict  # noqa: E402

from alaqat.extract.score import _overlap, _press_matches, participant_roles, press_participants  # noqa: E402

STAGES = ("below threshold", "wrong sides", "other type", "trigger and actors", "actors only", "trigger only",
          "neither")


def trigger_patterns() -> dict[str, re.Pattern[str]]:
    """Each event type's trigger words as one pattern over normalized text, any proclitic before and pronoun after."""
    from alaqat.extract.lexicon import load_lexicon

    words: dict[str, set[str]] = {}
    for surface, triggers in load_lexicon().triggers.items():
        for trigger in triggers:
            words.setdefault(trigger.type, set()).add(surface)
    return {etype: re.compile(r"(?<![^\W_])(?:[وف]?[بلك]?(?:ال)?)(?:"
                              + "|".join(sorted(map(re.escape, surfaces), key=len, reverse=True))
                              + r")(?:ها|ه|هم|هما|نا)?(?![^\W_])")
            for etype, surfaces in words.items()}


def sentence_reading(doc: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(sentences as original spans with their normalized text, the ids each actor or mention stands for, by span)."""
    from alaqat.pipeline import default_pipeline
    from alaqat.read import read_text

    article = saudinewsnet.article(doc)
    document = read_text(article.text, doc_id=doc, date=article.date, title=article.title,
                         country=saudinewsnet.HOME_STATE)
    analysis = default_pipeline().annotate(document)
    ntext = analysis.ntext
    sentences = [(s.start, s.end, ntext.text[ntext.to_normalized(s.start):ntext.to_normalized(s.end)])
                 for s in analysis.sentences]
    ids = [(a.start, a.end, side) for a in analysis.actors for side in (a.state, a.org) if side]
    ids += [(m.start, m.end, m.id) for m in analysis.mentions if m.kind in ("state", "org")]
    return sentences, ids


def stage_of(line: dict, candidates: list[dict], sentences: list, ids: list, patterns: dict) -> str:
    """The first stage a missed required line fails (see the module's docstring)."""
    if any(_press_matches(e, line) for e in candidates):
        return "below threshold"
    here = [e for e in candidates if _overlap(line["span"], e["evidence"]["sentence"])]
    if any(e["type"] == line["type"] for e in here):
        return "wrong sides"
    if here:
        return "other type"
    start, end = line["span"]
    spans = [s for s in sentences if s[0] < end and s[1] > start] or [(start, end, "")]
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    recognized = {saudinewsnet.HOME_STATE} | {side for a, b, side in ids if lo <= a and b <= hi}
    wanted = set().union(*participant_roles(line["roles"]).values()) if line["roles"] else set()
    actors = wanted <= recognized
    pattern = patterns.get(line["type"])
    trigger = pattern is not None and any(pattern.search(s[2]) for s in spans)
    return {(True, True): "trigger and actors", (False, True): "actors only", (True, False): "trigger only",
            (False, False): "neither"}[(trigger, actors)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "read"), default="dev")
    parser.add_argument("--list", action="store_true", help="every missed line with its stage and sentence")
    args = parser.parse_args(argv)
    if not saudinewsnet.available():
        print("the corpus is not in ../shared: nothing to read", file=sys.stderr)
        return 2
    from alaqat.pipeline import default_pipeline

    docs = docs_of(args.split)
    # every candidate, read once: the kept events are those at the shipped threshold (the pipeline filters the same
    # way after extracting, so extracting again at that threshold would only repeat the work)
    threshold = default_pipeline().threshold
    by_doc: dict[str, list[dict]] = {}
    kept_by_doc: dict[str, list[dict]] = {}
    for event in predict(docs, 0.0):
        by_doc.setdefault(event["doc"], []).append(event)
        if event["confidence"] >= threshold:
            kept_by_doc.setdefault(event["doc"], []).append(event)
    patterns = trigger_patterns()
    stages: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    required = 0
    readings: dict[str, tuple[list, list]] = {}
    for line in gold_lines(docs):
        if line.get("optional"):
            continue
        required += 1
        if any(_press_matches(e, line) for e in kept_by_doc.get(line["doc"], [])):
            continue
        if line["doc"] not in readings:
            readings[line["doc"]] = sentence_reading(line["doc"])
        stage = stage_of(line, by_doc.get(line["doc"], []), *readings[line["doc"]], patterns)
        stages[stage] += 1
        by_type[(line["type"], stage)] += 1
        if args.list:
            text = saudinewsnet.article(line["doc"]).text[line["span"][0]:line["span"][1]]
            sides = sorted(press_participants(line["type"], line["roles"])[0])
            print(f"{stage:18} {line['doc']} {line['type']} {sides} | {' '.join(text.split())[:200]}")
    missed = sum(stages.values())
    print(f"{args.split}: {required} required lines, {missed} missed")
    for stage in STAGES:
        print(f"  {stage:20} {stages[stage]:5}")
    for etype in sorted({t for t, _ in by_type}):
        counts = ", ".join(f"{stage} {by_type[(etype, stage)]}" for stage in STAGES if by_type[(etype, stage)])
        print(f"  {etype}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
