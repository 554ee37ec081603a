"""Reader for the SaudiNewsNet July 2015 corpus in ``../shared/corpora/saudinewsnet`` (third-party text: read in
place from its ZIPs, never copied into the project).

An article's id is ``<day>-<index in that day's array>``; its text is the ``content`` field exactly as stored (the
offsets of the real-press gold point into it); its date is the day of ``date_extracted``; its home state is Saudi
Arabia.

    python bench/saudinewsnet.py table --out july.jsonl       # JSON Lines: id, text, date, url, title, country
    python bench/saudinewsnet.py meta --out july-meta.jsonl   # --meta lines for files named <id>.txt
    python bench/saudinewsnet.py show 2015-07-21-137           # one article with character offsets
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
HOME_STATE = "SA"


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    date: str
    url: str
    title: str
    source: str

    def row(self) -> dict[str, str]:
        """The article as a row of alaqat's document tables."""
        return {"id": self.id, "text": self.text, "date": self.date, "url": self.url, "title": self.title,
                "country": HOME_STATE}


def available(corpus: Path = CORPUS) -> bool:
    return corpus.is_dir() and any(corpus.glob("*.zip"))


def days(corpus: Path = CORPUS) -> list[str]:
    return sorted(path.stem for path in corpus.glob("*.zip"))


@functools.lru_cache(maxsize=4)
def _day(day: str, corpus: Path = CORPUS) -> tuple[Article, ...]:
    with zipfile.ZipFile(corpus / f"{day}.zip") as archive:
        rows = json.loads(archive.read(f"{day}.json").decode("utf-8"))
    return tuple(
        Article(f"{day}-{index}", row.get("content") or "", (row.get("date_extracted") or day)[:10],
                row.get("url") or "", row.get("title") or "", row.get("source") or "")
        for index, row in enumerate(rows))


def articles(corpus: Path = CORPUS) -> Iterator[Article]:
    """Every article of the corpus, day by day, in the order of the day's array."""
    for day in days(corpus):
        yield from _day(day, corpus)


def article(article_id: str, corpus: Path = CORPUS) -> Article:
    day, _, index = article_id.rpartition("-")
    return _day(day, corpus)[int(index)]


def _write(lines: Iterator[dict], out: str | None) -> None:
    handle = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    try:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if out:
            handle.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    table = sub.add_parser("table", help="the corpus as a JSON Lines document table")
    table.add_argument("--out")
    table.add_argument("--limit", type=int)
    meta = sub.add_parser("meta", help="--meta lines (doc, date, url, title, country)")
    meta.add_argument("--out")
    show = sub.add_parser("show", help="one article with the offset of each line")
    show.add_argument("id")
    args = parser.parse_args(argv)
    if not available():
        print(f"{CORPUS}: the corpus is not here", file=sys.stderr)
        return 2
    if args.command == "table":
        rows = (a.row() for a in articles() if a.text.strip())
        if args.limit:
            rows = (row for _, row in zip(range(args.limit), rows, strict=False))
        _write(rows, args.out)
    elif args.command == "meta":
        _write(({"doc": a.id, "date": a.date, "url": a.url, "title": a.title, "country": HOME_STATE}
                for a in articles()), args.out)
    else:
        item = article(args.id)
        print(f"# {item.id} · {item.source} · {item.date} · {item.title}")
        offset = 0
        for line in item.text.split("\n"):
            print(f"[{offset}] {line}")
            offset += len(line) + 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
