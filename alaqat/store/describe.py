"""Facts and events in words, Arabic or English, from the templates of ``lang/<lang>/phrases.json``."""

from __future__ import annotations

from functools import cache
from typing import Any

from alaqat.annotate.gazetteer import Gazetteer
from alaqat.lang import LANG_ROOT, read_json

LANGS = ("ar", "en")


@cache
def phrases(lang: str) -> dict[str, Any]:
    return read_json(LANG_ROOT / (lang if lang in LANGS else "ar") / "phrases.json")


def name_of(value: Any, gazetteer: Gazetteer, lang: str) -> str:
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


def describe(event_type: str, roles: dict[str, Any], gazetteer: Gazetteer, lang: str = "ar",
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
