"""Draw the real-press gold sample from SaudiNewsNet July 2015 and split it, once, before any rule is written.

Two thirds of the articles are drawn at random among those with diplomatic vocabulary (the cue list below, a
plain reading of what diplomatic news says, not alaqat's trigger lexicon), one third among the rest, so that
precision on ordinary news is measured too. Articles under 200 characters (empty or a caption) and over 8,000
(annotation budget; 184 of 15,042) are not drawn. The sample is then split at random into dev (60 %) and test
(40 %), and a fifth of it, drawn at random across both splits, is annotated a second time independently.

    python scripts/press_sample.py            # batch 1: writes tests/gold/press/sample.tsv (refuses to overwrite)
    python scripts/press_sample.py --batch 2  # batch 2, drawn the same way among the articles not yet drawn
    python scripts/press_sample.py --second   # a fifth of batches 3 and 4 marked for a second annotation
    python scripts/press_sample.py --second 2 # 148 more of batches 3 to 17, so that a fifth of the gold is read twice

Batch 1 (165 articles) gave 102 required events, too few for a stable test figure and a trained confidence; batch 2
(90 more: 60 diplomatic, 30 other) was drawn, split and annotated the same way, before any rule was written from it.
Batch 3 (45 more: 30 diplomatic, 15 other; `--batch 3`) goes to dev only, to give the confidence model more
training data while the test split stays as it was; it is annotated once, by reading, before any rule is written
from it.
Batch 4 (60 more: 40 diplomatic, 20 other; `--batch 4`) is split like batches 1 and 2 (60 % dev, 40 % test), so the
test split grows by articles no rule has seen; annotated once, by reading, and scored blind before any rule is
written from its dev part.
With batches 3 and 4 annotated once, the doubly annotated share had fallen to 51 of 360 articles; `--second` draws
21 of those 105 articles at random (seed below) and marks them `double`, so that 72 articles, a fifth of the whole
gold, are annotated twice; their second annotation is written by reading, blind to the first, into `second/`.
By batch 17 the gold held 1,102 articles and the 72 read twice had become 7 % of it; `--second 2` (twenty-third
round) draws 148 more at random among the singly annotated articles of batches 3 to 17 (both splits; seed below), so
that 220, a fifth again, are read twice. Their first reading (`first/`) is the gold line file as it stood when they
were drawn: the adjudicated reading for batches 3 to 13, the only reading for 14 to 17.
`--second 3` (twenty-eighth round) draws 36 of batches 18 to 20 (seed below), so that 256 of the 1,277, a fifth
again, are read twice; their first reading is the only one. `--second 4` (thirty-eighth round) draws 575 of batches
21 to 77 (seed below), so that 831 of the 4,156, a fifth again, are read twice; their first reading is the only one.
Batch 5 (60 drawn: 40 diplomatic, 20 other; `--batch 5`, drawn on 2026-12-01 in the sixth round) loses the 5 of them
that the cross-source gold had been written from (read before, so no unseen news): 55 articles, split like batch 4,
annotated once by reading and scored blind before any rule is written from its dev part. The test split grows by 22
articles no rule has seen, and the blind score of the whole batch says how five rounds of rules read news nobody had
read. Batches 6 and 7 (seeds 20261207, 20261208) are drawn and split the same way; batch 7 loses the 4 articles of
its draw that the cross-source gold had been written from (56 articles, 34 dev / 22 test). Batch 8 (seed 20261209)
is drawn and split the same way in the ninth round, batch 9 (seed 20261210) in the tenth, batch 10 (seed 20261211) in the
eleventh, batch 15 (seed 20261216) in the seventeenth, batch 16 (seed 20261217) in the twenty-first,
batch 17 (seed 20261218) in the twenty-second, batch 18 (seed 20261220; 20261219 was taken by the second
reading's draw 2) in the twenty-sixth, batch 19 (seed 20261222) in the twenty-seventh, batch 20 (seed 20261223) in the twenty-eighth, batch 21 (seed 20261225) in the twenty-ninth, batch 22 (seed 20261226) in the thirtieth.
Batches 23 to 77 (seeds 20261227 to 20270219, listed in BATCHES) are drawn and split the same way in the rounds
after, batches 38 to 49 in the thirty-sixth, batches 50 to 65 in the thirty-seventh, batches 66 to 77 in the thirty-eighth, batches 78 to 81 (seeds 20270221 to 20270224; 20270220 was taken by the
second reading's draw 4) in the thirty-ninth. By then the diplomatic stratum was spent: of the 136 diplomatic
articles left undrawn, 129 are ones the cross-source gold was written from and are dropped after the draw, so batches
78 to 81 hold 16 diplomatic articles and 76 others (92 in all) and measure mostly precision on ordinary news.
Batch 82 (seed 20270225, drawn in the fortieth round) takes the 163 drawable articles that the cross-source gold was
written from and that no batch holds (129 diplomatic, 34 other), in the order the seed gives: read before, they are
no unseen news, and they are the month's most retold stories (three to eleven papers each), which the extractor
reads far better than other news (F1 0.938 blind, where it reads dev at 0.663). They form a split of their own,
``read`` (``READ_BEFORE_ONLY``): its errors may be written rules from, but it is in neither the dev figure nor the
confidence model's training, and never in test. They are annotated once by reading and were scored before any rule
was written from them.
"""

from __future__ import annotations

import functools
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import saudinewsnet  # noqa: E402

# batch: (seed, diplomatic, other)
BATCHES = {1: (20261201, 110, 55), 2: (20261202, 60, 30), 3: (20261203, 30, 15), 4: (20261204, 40, 20),
           5: (20261206, 40, 20), 6: (20261207, 40, 20), 7: (20261208, 40, 20), 8: (20261209, 40, 20),
           9: (20261210, 40, 20), 10: (20261211, 40, 20),
           11: (20261212, 40, 20),
           12: (20261213, 40, 20),
           13: (20261214, 40, 20),
           14: (20261215, 40, 20),
           15: (20261216, 40, 20),
           16: (20261217, 40, 20),
           17: (20261218, 40, 20),
           18: (20261220, 40, 20),
           19: (20261222, 40, 20),
           20: (20261223, 40, 20),
           21: (20261225, 40, 20),
           22: (20261226, 40, 20),
           23: (20261227, 40, 20),
           24: (20261228, 40, 20),
           25: (20261229, 40, 20),
           26: (20261230, 40, 20),
           27: (20261231, 40, 20),
           28: (20270101, 40, 20),
           29: (20270102, 40, 20),
           30: (20270103, 40, 20),
           31: (20270104, 40, 20),
           32: (20270105, 40, 20),
           33: (20270106, 40, 20),
           34: (20270107, 40, 20),
           35: (20270108, 40, 20),
           36: (20270109, 40, 20),
           37: (20270110, 40, 20),
           38: (20270111, 40, 20),
           39: (20270112, 40, 20),
           40: (20270113, 40, 20),
           41: (20270114, 40, 20),
           42: (20270115, 40, 20),
           43: (20270116, 40, 20),
           44: (20270117, 40, 20),
           45: (20270118, 40, 20),
           46: (20270119, 40, 20),
           47: (20270120, 40, 20),
           48: (20270121, 40, 20),
           49: (20270122, 40, 20),
           50: (20270123, 40, 20),
           51: (20270124, 40, 20),
           52: (20270125, 40, 20),
           53: (20270126, 40, 20),
           54: (20270127, 40, 20),
           55: (20270128, 40, 20),
           56: (20270129, 40, 20),
           57: (20270130, 40, 20),
           58: (20270131, 40, 20),
           59: (20270201, 40, 20),
           60: (20270202, 40, 20),
           61: (20270203, 40, 20),
           62: (20270204, 40, 20),
           63: (20270205, 40, 20),
           64: (20270206, 40, 20),
           65: (20270207, 40, 20),
           66: (20270208, 40, 20),
           67: (20270209, 40, 20),
           68: (20270210, 40, 20),
           69: (20270211, 40, 20),
           70: (20270212, 40, 20),
           71: (20270213, 40, 20),
           72: (20270214, 40, 20),
           73: (20270215, 40, 20),
           74: (20270216, 40, 20),
           75: (20270217, 40, 20),
           76: (20270218, 40, 20),
           77: (20270219, 40, 20),
           78: (20270221, 40, 20),
           79: (20270222, 40, 20),
           80: (20270223, 40, 20),
           81: (20270224, 32, 16),
           82: (20270225, 129, 34)}
DEV_SHARE, DOUBLE_SHARE = 0.6, 0.2
# batch 3 only grows the dev split (the data the confidence model is trained on): the test split stays the one the
# figures of every earlier round were measured on
DEV_ONLY = {3}
# batch 82 is drawn among the articles the cross-source gold was written from, which every other draw from batch 5 on
# drops: they had been read, so they are no unseen news; they form a split of their own ("read"), for rules only: in
# neither the dev figure nor the model's training, and never test
READ_BEFORE_ONLY = {82}
# batches 3 to 77 are annotated once: the agreement of annotators is measured on batches 1 and 2 and on the second
# annotation of two draws (SECOND_DRAWS) among the singly annotated batches
SINGLE_ONLY = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82}
# second-reading draws: number -> (seed, how many, batches drawn from); each draws among the articles of its batches
# that no earlier draw chose, so the draws are reproducible one after the other
SECOND_DRAWS = {1: (20261205, 21, (3, 4)), 2: (20261219, 148, tuple(range(3, 18))), 3: (20261224, 36, (18, 19, 20)),
                4: (20270220, 575, tuple(range(21, 78)))}
# from batch 5 on, articles the cross-source gold was written from are dropped from a draw (after it, so that the
# rest of the draw is what the seed gives): their text had been read, so they are no unseen news
FIRST_UNREAD_ONLY = 5
MIN_CHARS, MAX_CHARS = 200, 8000
OUT = ROOT / "tests" / "gold" / "press" / "sample.tsv"

# Diplomatic vocabulary, letter forms folded (أإآ→ا, ة→ه, ى→ي) on both sides.
CUES = [
    "وزير الخارجيه", "سفير", "سفاره", "مباحثات", "محادثات", "اتصالا هاتفيا", "اتصال هاتفي", "مذكره تفاهم",
    "اتفاقيه", "العلاقات الثنائيه", "العلاقات بين البلدين", "البلدين الشقيقين", "البلدين الصديقين", "برقيه تهنئه",
    "زياره رسميه", "القمه", "الامم المتحده", "مجلس الامن", "نظيره", "رئيس الوزراء", "الرئيس الامريكي",
    "الرئيس الروسي", "الجامعه العربيه", "مجلس التعاون", "وفدا", "مساعدات انسانيه", "استقبل", "يزور",
]


def fold(text: str) -> str:
    return text.translate(str.maketrans("أإآةى", "اااهي"))


def is_diplomatic(text: str) -> bool:
    folded = fold(text)
    return any(cue in folded for cue in CUES)


@functools.cache
def drawable() -> tuple[tuple[str, bool], ...]:
    """(id, has diplomatic vocabulary) of every article of a drawable length, in the corpus's order: read and
    classified once, however many batches are drawn again after it."""
    return tuple((a.id, is_diplomatic(a.text)) for a in saudinewsnet.articles()
                 if MIN_CHARS <= len(a.text) <= MAX_CHARS)


def draw(batch: int, taken: set[str]) -> list[tuple[str, str, str, str]]:
    seed, diplomatic_count, other_count = BATCHES[batch]
    rng = random.Random(seed)
    pool = [(doc, diplomatic) for doc, diplomatic in drawable() if doc not in taken]
    if batch in READ_BEFORE_ONLY:
        read = read_before()
        pool = [(doc, diplomatic) for doc, diplomatic in pool if doc in read]
    diplomatic = [doc for doc, is_diplo in pool if is_diplo]
    other = [doc for doc, is_diplo in pool if not is_diplo]
    picked = [(i, "diplomatic") for i in rng.sample(diplomatic, diplomatic_count)]
    picked += [(i, "other") for i in rng.sample(other, other_count)]
    rng.shuffle(picked)
    if batch >= FIRST_UNREAD_ONLY and batch not in READ_BEFORE_ONLY:  # articles an earlier gold read are no unseen news
        read = read_before()
        picked = [(i, stratum) for i, stratum in picked if i not in read]
    dev_count = len(picked) if batch in DEV_ONLY | READ_BEFORE_ONLY else round(len(picked) * DEV_SHARE)
    double = set() if batch in SINGLE_ONLY else set(rng.sample([i for i, _ in picked], round(len(picked) * DOUBLE_SHARE)))
    first_split = "read" if batch in READ_BEFORE_ONLY else "dev"
    return [(i, stratum, first_split if n < dev_count else "test", "double" if i in double else "single")
            for n, (i, stratum) in enumerate(picked)]


@functools.cache
def read_before() -> frozenset[str]:
    """The articles the cross-source gold (tests/gold/cross_source/stories.jsonl) was written from (read once,
    however many batches are drawn again)."""
    stories = ROOT / "tests" / "gold" / "cross_source" / "stories.jsonl"
    return frozenset(source["doc"] for line in stories.read_text(encoding="utf-8").splitlines() if line.strip()
                     for source in json.loads(line)["sources"])


def batch_docs(batch: int) -> list[str]:
    """The articles of one batch, drawn again as ``main`` drew them (each batch among those not drawn before)."""
    return drawn_batches(batch)[batch]


def drawn_batches(last: int) -> dict[int, list[str]]:
    """The articles of batches 1 to ``last``, each drawn again among those not drawn before it, in one pass."""
    taken: set[str] = set()
    out: dict[int, list[str]] = {}
    for number in range(1, last + 1):
        out[number] = [row[0] for row in draw(number, taken)]
        taken |= set(out[number])
    return out


def second_draw(number: int) -> set[str]:
    """The articles second-reading draw ``number`` chose (reproducible: each earlier draw's choice is left out)."""
    chosen: set[str] = set()
    batch_of = drawn_batches(max(max(SECOND_DRAWS[n][2]) for n in range(1, number + 1)))
    for draw_number in range(1, number + 1):
        seed, count, batches = SECOND_DRAWS[draw_number]
        pool = sorted({doc for batch in batches for doc in batch_of[batch]} - chosen)
        drawn = set(random.Random(seed).sample(pool, count))
        chosen |= drawn
    return drawn


def draw_second(number: int = 1) -> int:
    """Mark a random draw of singly annotated articles for a second annotation, once."""
    header, *rows = OUT.read_text(encoding="utf-8").splitlines()
    chosen = second_draw(number)
    if any(row.split("\t")[0] in chosen and row.endswith("\tdouble") for row in rows):
        print(f"{OUT}: second-reading draw {number} is already drawn", file=sys.stderr)
        return 1
    marked = [row.rsplit("\t", 1)[0] + "\tdouble" if row.split("\t")[0] in chosen else row for row in rows]
    OUT.write_text("\n".join([header, *marked]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(chosen)} articles marked for a second annotation (draw {number})")
    return 0


def main() -> int:
    if "--second" in sys.argv:
        after = sys.argv[sys.argv.index("--second") + 1:]
        number = int(after[0]) if after and after[0].isdigit() else 1
        return draw_second(number) if saudinewsnet.available() else 2
    batch = int(sys.argv[sys.argv.index("--batch") + 1]) if "--batch" in sys.argv else 1
    if not saudinewsnet.available():
        print("the corpus is not in ../shared", file=sys.stderr)
        return 2
    existing = OUT.read_text(encoding="utf-8").splitlines()[1:] if OUT.exists() else []
    if (batch == 1 and existing) or (batch > 1 and len(existing) > sum(sum(BATCHES[b][1:]) for b in range(1, batch))):
        print(f"{OUT}: batch {batch} is already drawn (a sample is drawn once)", file=sys.stderr)
        return 1
    rows = draw(batch, {line.split("\t")[0] for line in existing})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("a" if existing else "w", encoding="utf-8") as fh:
        if not existing:
            fh.write("doc\tstratum\tsplit\tannotation\n")
        for row in sorted(rows):
            fh.write("\t".join(row) + "\n")
    print(f"{OUT}: batch {batch}, {len(rows)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
