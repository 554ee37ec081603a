"""Facts and events in words, Arabic or English, from the templates of ``lang/<lang>/phrases.json``."""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import Any, Protocol

from alaqat.annotate.gazetteer import Gazetteer
from alaqat.lang import LANG_ROOT, read_json

LANGS = ("ar", "en")


class Namer(Protocol):
    """What names entity ids: the gazetteer, or ``Names`` (the gazetteer and the persons local to documents)."""

    def get(self, entity_id: str) -> Any: ...

    def name(self, entity_id: str, lang: str = "ar") -> str: ...


class Names:
    """The gazetteer's names, and for a person no gazetteer knows (person:rmdan-ahmd-qadyrwf, a slug made from his
    name) the name the documents write most often: a reader is shown رمضان أحمد قاديروف, never the slug. Read
    from the knowledge base at each call, so a document ingested since is named at once."""

    def __init__(self, gazetteer: Gazetteer, conn: sqlite3.Connection):
        self.gazetteer = gazetteer
        self.conn = conn

    def get(self, entity_id: str) -> Any:
        """The gazetteer's entity, else the local name (truthy), else None."""
        return self.gazetteer.get(entity_id) or self._local(entity_id)

    def name(self, entity_id: str, lang: str = "ar") -> str:
        if self.gazetteer.get(entity_id) is not None:
            return self.gazetteer.name(entity_id, lang)
        return self._local(entity_id) or entity_id

    def _local(self, entity_id: str) -> str | None:
        if not entity_id.startswith("person:"):
            return None
        row = self.conn.execute(
            "SELECT text FROM mentions WHERE entity_id = ? AND form = 'local' GROUP BY text "
            "ORDER BY count(*) DESC, text LIMIT 1", (entity_id,)).fetchone()
        return row[0] if row else None


@cache
def phrases(lang: str) -> dict[str, Any]:
    return read_json(LANG_ROOT / (lang if lang in LANGS else "ar") / "phrases.json")


def name_of(value: Any, gazetteer: Namer, lang: str) -> str:
    """Names of entity ids, and words for the ontology's role values (nuclear_weapons, embassy …)."""
    items = value if isinstance(value, list) else [value]
    words = phrases(lang).get("values", {})
    names = [(gazetteer.name(v, lang) if gazetteer.get(v) else words.get(v, v)) if isinstance(v, str) else str(v)
             for v in items]
    return phrases(lang)["and"].join(names)


def type_name(event_type: str, lang: str = "ar") -> str:
    """The event type in words ('زيارة', 'visit'); the ontology's code when no name is listed."""
    return phrases(lang).get("type_names", {}).get(event_type, event_type)


def modality_name(modality: str, lang: str = "ar") -> str:
    return phrases(lang)["modality"].get(modality, modality)


def sources_count(n: int, lang: str = "ar") -> str:
    """"2 sources" / "مصدران"."""
    table = phrases(lang)["ask"]["sources"]
    return table.get(str(n), table["n"]).format(n=n)


def when(fact: Any, lang: str = "ar") -> str | None:
    """A fact's date for people: its date, or for a conflict each date the sources give with how many give it
    ("1992-05-28 (2 sources) or 1993 (1 source)"): compatible claims are one date, never a disagreement."""
    if fact.status != "conflict":
        return fact.date
    separator = phrases(lang)["ask"]["or"]
    return separator.join(f"{a.date} ({sources_count(len(a.claims), lang)})" for a in fact.alternatives) or None


def describe(event_type: str, roles: dict[str, Any], gazetteer: Namer, lang: str = "ar",
             modality: str = "asserted") -> str:
    """A one-line description such as 'Visit of Nursultan Nazarbayev (Kazakhstan) to Bahrain'."""
    p = phrases(lang)
    template = p["types"].get(event_type, event_type)
    values = {k: name_of(v, gazetteer, lang) for k, v in roles.items()}
    for key, fallback in p["fallback"].items():
        values.setdefault(key, fallback)
    for key in ("state", "source", "target", "parties", "sender", "host", "visitor_state", "host_state",
                "member", "body", "holder", "mediator", "participant", "donor", "contributor"):
        values.setdefault(key, "?")
    text = template.format(**values)
    label = p["modality"].get(modality, "")
    return f"{text} ({label})" if label else text
