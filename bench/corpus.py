"""Benchmark text of our own: the sample corpus's sentences, varied (states, persons, years), repeated to size.
Never seed text."""

from __future__ import annotations

import random
from pathlib import Path

from alaqat.demo import corpus_dir
from alaqat.normalize import split_sentences
from alaqat.read import read_file

STATES = ["البحرين", "قطر", "الكويت", "سلطنة عمان", "المغرب", "الجزائر", "تونس", "مصر", "الأردن", "العراق",
          "المملكة العربية السعودية", "الإمارات", "تركيا", "إيران", "أذربيجان", "أوزبكستان"]
YEARS = [str(y) for y in range(1992, 2025)]


def sentences() -> list[str]:
    out = []
    for path in sorted(corpus_dir().iterdir()):
        if path.suffix in (".txt", ".md", ".html"):
            text = read_file(path).text
            out += [text[s.start:s.end] for s in split_sentences(text) if s.end - s.start > 40]
    return out


def documents(count: int, sentences_per_doc: int = 6, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = sentences()
    docs = []
    for _ in range(count):
        picked = [rng.choice(pool) for _ in range(sentences_per_doc)]
        text = "\n".join(picked)
        for state in rng.sample(STATES, 2):
            text = text.replace("البحرين", state, 1)
        text = text.replace("1997", rng.choice(YEARS), 1)
        docs.append(text)
    return docs


def text_of_size(chars: int, seed: int = 7) -> str:
    parts, total = [], 0
    for doc in documents(max(1, chars // 900) + 10, seed=seed):
        parts.append(doc)
        total += len(doc) + 2
        if total >= chars:
            break
    return "\n\n".join(parts)


def write_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(documents(count, seed=seed)):
        (folder / f"doc{number:06d}.txt").write_text(text, encoding="utf-8")
    return folder
