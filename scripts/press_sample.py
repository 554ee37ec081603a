"""Draw the real-press gold sample from SaudiNewsNet July 2015 and split it, once, before any rule is written.

Two thirds of the articles are drawn at random among those with diplomatic vocabulary (the cue list below, a
plain reading of what diplomatic news says, not alaqat's trigger lexicon), one third among the rest, so that
precision on ordinary news is measured too. Articles under 200 characters (empty or a caption) and over 8,000
(annotation budget; 184 of 15,042) are not drawn. The sample is then split at random into dev (60 %) and test
(40 %), and a fifth of it, drawn at random across both splits, is annotated a second time independently.

    python scripts/press_sample.py            # writes tests/gold/press/sample.tsv (refuses to overwrite)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import saudinewsnet  # noqa: E402

SEED = 20261201
DIPLOMATIC, OTHER = 110, 55
DEV_SHARE, DOUBLE_SHARE = 0.6, 0.2
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


def draw() -> list[tuple[str, str, str, str]]:
    rng = random.Random(SEED)
    pool = [a for a in saudinewsnet.articles() if MIN_CHARS <= len(a.text) <= MAX_CHARS]
    diplomatic = [a.id for a in pool if is_diplomatic(a.text)]
    other = [a.id for a in pool if not is_diplomatic(a.text)]
    picked = [(i, "diplomatic") for i in rng.sample(diplomatic, DIPLOMATIC)]
    picked += [(i, "other") for i in rng.sample(other, OTHER)]
    rng.shuffle(picked)
    dev_count = round(len(picked) * DEV_SHARE)
    double = set(rng.sample([i for i, _ in picked], round(len(picked) * DOUBLE_SHARE)))
    return [(i, stratum, "dev" if n < dev_count else "test", "double" if i in double else "single")
            for n, (i, stratum) in enumerate(picked)]


def main() -> int:
    if not saudinewsnet.available():
        print("the corpus is not in ../shared", file=sys.stderr)
        return 2
    if OUT.exists():
        print(f"{OUT} exists: the sample is drawn once", file=sys.stderr)
        return 1
    rows = draw()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("doc\tstratum\tsplit\tannotation\n")
        for row in sorted(rows):
            fh.write("\t".join(row) + "\n")
    print(f"{OUT}: {len(rows)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
