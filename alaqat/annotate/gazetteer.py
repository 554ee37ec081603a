"""The gazetteer: every entity alaqat knows, its names, and who a person acted for and when.

All of it is data under ``lang/ar/gazetteer/``: ``states.tsv`` (generated from CLDR), ``entities.tsv``,
``aliases.tsv``, ``offices.tsv``, ``nisba_suffixes.tsv``, ``ambiguous.tsv``, ``blocked.tsv``, ``groups.tsv``,
``group_names.tsv``, ``signatories.tsv``, ``seats.tsv``, ``seats_abroad.tsv`` and ``predecessors.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from alaqat.lang import data_path, iter_tsv, read_tsv_dicts
from alaqat.normalize.text import normalize_key

ARTICLE = "ال"


def _joined_names(row: Mapping[str, str]) -> list[str]:
    """The names a row of group_names.tsv gives its group: every base with every prefix, joiner and the state."""
    prefixes = ["" if p == "-" else p + " " for p in row["prefixes"].split("|")]
    joiners = [" و" if j == "و" else f" {j} " for j in row["joiners"].split("|")]
    return [prefix + base + joiner + row["state"] for base in row["bases"].split("|") for prefix in prefixes
            for joiner in joiners]


_FORMULA = re.compile(r"\d+(?:\s*\+\s*\d+)+")
_FORMULA_WRAPS = (("", ""), ("(", ")"), ("«", "»"), ('"', '"'))


def _formula_variants(key: str) -> list[str]:
    """The spellings of a name holding a formula (مجموعة 5+1): the formula unspaced or spaced (5 + 1, 5+ 1),
    bare, bracketed or quoted — مجموعة (5 + 1) and مجموعة «5+1» name the same group."""
    found = _FORMULA.search(key)
    if found is None:
        return []
    numbers = re.split(r"\s*\+\s*", found.group())
    spacings = ("+".join(numbers), " + ".join(numbers), "+ ".join(numbers))
    return [normalize_key(key[:found.start()] + left + formula + right + key[found.end():])
            for formula in spacings for left, right in _FORMULA_WRAPS]


_JOINED_ABD = re.compile(r"(?<![^\s])عبد (?=ال)")
FORM_PRIORITY = {"name": 0, "capital": 1, "nisba": 2, "short": 3}


@dataclass(frozen=True)
class Office:
    title: str
    state: str
    start: str | None
    end: str | None

    def covers(self, date: str | None) -> bool:
        """Whether the office was held at ``date`` (an EDTF string; its first ISO prefix is used)."""
        if not date:
            return True
        day = _iso_prefix(date)
        if not day:
            return True
        return (not self.start or self.start[: len(day)] <= day) and (not self.end or day <= self.end[: len(day)])


@dataclass
class Entity:
    id: str
    kind: str
    name_ar: str
    name_en: str
    state: str | None = None
    numeric: str | None = None
    offices: list[Office] = field(default_factory=list)

    def name(self, lang: str = "ar") -> str:
        return self.name_en if lang == "en" else self.name_ar


def meetings_series_id(body: str) -> str:
    """series: + a slug of the organization's id + -meetings (org:OFID -> series:ofid-meetings)."""
    return "series:" + body.removeprefix("org:").lower().replace("_", "-") + "-meetings"


@dataclass(frozen=True)
class Alias:
    """One normalized key of the matcher: which entity it names and how."""

    key: str
    id: str
    form: str


@dataclass(frozen=True)
class ContextRule:
    id: str
    where: str  # before, sentence, *
    cue: str  # normalized


def _iso_prefix(date: str) -> str:
    """The leading YYYY[-MM[-DD]] of an EDTF value, or '' when it has none."""
    head = date.lstrip("~?").split("/")[0]
    parts = []
    for part in head.split("-")[:3]:
        digits = part.rstrip("~?%")
        if not digits.isdigit():
            break
        parts.append(digits)
    if not parts or len(parts[0]) != 4:
        return ""
    if len(parts) > 1 and int(parts[1]) > 12:  # a season such as 1990-22
        parts = parts[:1]
    return "-".join(parts)


MOST_PARTIES = 3  # parties in all (its first among them) that name an instrument in its story, unnamed


class Gazetteer:
    """Entities by id and the aliases that name them."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        self.aliases: list[Alias] = []
        self.blocked: frozenset[str] = frozenset()
        self.context_rules: dict[str, list[ContextRule]] = {}
        self._load()

    # -- loading ---------------------------------------------------------------------------------------
    def _load(self) -> None:
        for row in read_tsv_dicts(data_path("gazetteer", "states.tsv")):
            self._entities[row["id"]] = Entity(row["id"], "state", row["name_ar"], row["name_en"],
                                               numeric=row.get("numeric") or None)
        for row in read_tsv_dicts(data_path("gazetteer", "entities.tsv")):
            self._entities[row["id"]] = Entity(row["id"], row["kind"], row["name_ar"], row["name_en"],
                                               state=row.get("state") or None)
        for row in read_tsv_dicts(data_path("gazetteer", "offices.tsv")):
            entity = self._entities.get(row["person"])
            if entity is not None:
                entity.offices.append(Office(row["office"], row["state"], row.get("start") or None,
                                             row.get("end") or None))
        self.blocked = frozenset(normalize_key(r[0]) for r in iter_tsv(data_path("gazetteer", "blocked.tsv"))
                                 if r[0] != "alias")
        suffixes = [r[0] for r in iter_tsv(data_path("gazetteer", "nisba_suffixes.tsv")) if r[0] != "suffix"]
        suffixes = ["", *[s for s in suffixes if s]]
        keys: dict[str, Alias] = {}

        def add(surface: str, entity_id: str, form: str, blockable: bool = False) -> None:
            key = normalize_key(surface)
            if not key or (blockable and key in self.blocked):
                return
            # عبد الفتاح is also written عبدالفتاح: a name with عبد gets its joined spelling too; a name with a
            # formula (مجموعة 5+1) is as often written with it bracketed or quoted and spaced either way
            for variant in dict.fromkeys([key, _JOINED_ABD.sub("عبد", key), *_formula_variants(key)]):
                old = keys.get(variant)
                if old is None or FORM_PRIORITY[form] < FORM_PRIORITY[old.form]:
                    keys[variant] = Alias(variant, entity_id, form)

        for entity in self._entities.values():
            add(entity.name_ar, entity.id, "name", blockable=entity.kind == "state")
        inflected: list[tuple[str, str]] = []
        for row in read_tsv_dicts(data_path("gazetteer", "aliases.tsv")):
            entity_id, form, surface = row["id"], row["form"], row["alias"]
            if entity_id not in self._entities:
                raise ValueError(f"aliases.tsv names an unknown entity {entity_id!r}")
            if form == "nisba":
                add(surface, entity_id, "nisba")
                add(ARTICLE + surface, entity_id, "nisba")
                inflected += [(stem + suffix, entity_id) for suffix in suffixes[1:]
                              for stem in (surface, ARTICLE + surface)]
            else:
                add(surface, entity_id, form)
        for row in read_tsv_dicts(data_path("gazetteer", "group_names.tsv")):
            for surface in _joined_names(row):
                add(surface, row["group"], "name")
        # an inflected nisba only fills a gap: كوري + ا is كوريا, which the aliases already say is a short name
        # (written alone it is no nisba), and روسي + ا is روسيا, a state's own name
        for surface, entity_id in inflected:
            if normalize_key(surface) not in keys:
                add(surface, entity_id, "nisba")
        self.aliases = list(keys.values())
        self._names_by_id: dict[str, list[str]] | None = None
        self.summits = {r["org"]: r["series"] for r in read_tsv_dicts(data_path("gazetteer", "summits.tsv"))}
        self._bodies_of_series: dict[str, str] = {}
        for entity in [e for e in self._entities.values() if e.kind == "org"]:
            series = meetings_series_id(entity.id)
            if series not in self._entities:
                self._entities[series] = Entity(series, "series", f"اجتماعات {entity.name_ar}",
                                                f"{entity.name_en} meetings")
            self._bodies_of_series[series] = entity.id
        for body, series in self.summits.items():
            self._bodies_of_series.setdefault(series, body)
        self.groups = {r["group"]: tuple(r["members"].split())
                       for r in read_tsv_dicts(data_path("gazetteer", "groups.tsv"))}
        self.seats = {r["org"]: r["state"] for r in read_tsv_dicts(data_path("gazetteer", "seats.tsv"))}
        self._acts_as = {r["body"]: (r["acts_as"], frozenset(r["except_roles"].split()))
                         for r in read_tsv_dicts(data_path("gazetteer", "acts_as.tsv"))}
        self._predecessors = {r["state"]: (r["predecessor"], r["until"])
                              for r in read_tsv_dicts(data_path("gazetteer", "predecessors.tsv"))}
        self._seats_abroad = [(r["state"], r["seat"], r["from"], r["to"])
                              for r in read_tsv_dicts(data_path("gazetteer", "seats_abroad.tsv"))]
        signatories = read_tsv_dicts(data_path("gazetteer", "signatories.tsv"))
        self._signatories = {r["instrument"]: tuple(r["parties"].split()) for r in signatories}
        self._instrument_cues = {r["instrument"]: normalize_key(r["cue"]) for r in signatories if r.get("cue")}
        self._concluded = {r["instrument"]: r["concluded"] for r in signatories if r.get("concluded")}
        for row in read_tsv_dicts(data_path("gazetteer", "ambiguous.tsv")):
            self.context_rules.setdefault(normalize_key(row["alias"]), []).append(
                ContextRule(row["id"], row["where"], row["cue"] if row["where"] == "spelled"  # (its marks kept)
                            else normalize_key(row["cue"]) if row["cue"] != "*" else "*"))

    # -- queries ---------------------------------------------------------------------------------------
    def get(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def meetings_of(self, body: str) -> str:
        """The ontology's event series for a meeting of an organization (اجتماع أوفيد: org:OFID ->
        series:ofid-meetings). A summit series (summits.tsv) is chosen by the frames before this, when the text says
        summit; an id that is no organization of the gazetteer is returned as it is."""
        return meetings_series_id(body) if body.startswith("org:") and body in self._entities else body

    def body_of_series(self, series: str) -> str | None:
        """The organization whose meetings or summits an event series is (series:ofid-meetings -> org:OFID), so
        that a question or a dossier about the body finds them; None for a series of no body (the Astana
        process)."""
        return self._bodies_of_series.get(series)

    def acting_body(self, entity_id: str, role: str) -> str:
        """The body an event's role names for ``entity_id`` (acts_as.tsv): the euro area's ministers and summits
        act as the European Union, whose formations they are, but a state joins the euro area itself."""
        body, except_roles = self._acts_as.get(entity_id, (entity_id, frozenset()))
        return entity_id if role in except_roles else body

    def members(self, entity_id: str) -> tuple[str, ...]:
        """The states a group stands for: a named one (مجموعة 5+1), or one a text made (group:BH+KW+OM for
        "the three states" after naming them); () for anything else."""
        if entity_id in self.groups:
            return self.groups[entity_id]
        if entity_id.startswith("group:") and "+" in entity_id:
            return tuple(entity_id[len("group:"):].split("+"))
        return ()

    def signatories(self, instrument_id: str) -> tuple[str, ...]:
        """The states party to an instrument whose parties are known (signatories.tsv), groups expanded; () else."""
        out: list[str] = []
        for party in self._signatories.get(instrument_id, ()):
            out += self.members(party) if party.startswith("group:") else [party]
        return tuple(dict.fromkeys(out))

    def concluded_after(self, instrument_id: str, date: str | None) -> bool:
        """Whether an agreement dated ``date`` (EDTF) was made before ``instrument_id`` was concluded, so that it
        cannot be that instrument (the interim deal of 2013 before the nuclear deal of 2015)."""
        concluded = self._concluded.get(instrument_id)
        if not concluded or not date or not date[:4].isdigit() or "~" in date:
            return False  # an approximate date (مطلع يوليو) says too little to tell the two apart
        latest = date.split("/")[-1].rstrip("~?%")  # of a span of days, its last (الأسبوع الماضي may hold the day)
        return bool(latest) and latest[:4].isdigit() and latest < concluded[:len(latest)]

    def concluded_by(self, instrument_id: str, date: str | None) -> bool:
        """Whether ``instrument_id`` was concluded on or before the day ``date`` (a document's date): told of then, its
        signing is done, whatever the sentence says is still to come."""
        concluded = self._concluded.get(instrument_id)
        return bool(concluded and date and date[:10] >= concluded)

    def instrument_of(self, parties: list[str], text: str, the_agreement: bool = False) -> str | None:
        """The instrument whose known parties are exactly ``parties`` (no other agreement binds Iran and all six
        powers), or, when its cue word is in the (normalized) text, a near match: with ``the_agreement`` (the
        sentence says "the agreement", الاتفاق، هذا الاتفاق), some of them are enough when its first party is
        among them: France and Iran "after signing the agreement" in that story are two of its parties, not an
        agreement of their own. Without it, all of them but one are enough, or the first with at least two
        others."""
        for instrument, cue in self._instrument_cues.items():
            known = self.signatories(instrument)
            if not known:
                continue
            if set(known) == set(parties):
                return instrument  # all seven of them: no other agreement has these parties, cue or not
            if cue not in text:
                continue
            if not set(parties) <= set(known):
                continue
            if the_agreement and known[0] in parties:
                return instrument
            if len(parties) >= len(known) - 1 or (known[0] in parties and len(parties) >= MOST_PARTIES):
                # the six powers (and Iran dropped from a parenthesis); the US, Germany and Iran in a story of
                # the nuclear file: most of its parties, or its first with two others, sign no other agreement
                return instrument
        return None

    def entities(self, kind: str | None = None) -> list[Entity]:
        return [e for e in self._entities.values() if kind is None or e.kind == kind]

    def name(self, entity_id: str, lang: str = "ar") -> str:
        entity = self._entities.get(entity_id)
        return entity.name(lang) if entity else entity_id

    def office_of(self, person_id: str, date: str | None = None, for_side: str | None = None) -> Office | None:
        """The office a person held at ``date`` (the highest-ranking one when several); with ``for_side``, one
        held for that state or organization when he held any."""
        held = self.offices_held(person_id, date)
        held = [o for o in held if o.state == for_side] or held
        return min(held, key=lambda o: OFFICE_RANK.get(o.title, 99)) if held else None

    def former_leader(self, person_id: str, date: str | None) -> bool:
        """Whether a person who headed a state or government had left that office by ``date`` and holds no other
        (Sarkozy, Saleh, Hariri in 2015). Leaders' terms are the best-kept rows of offices.tsv, so only they are
        read this way: another person with no office at a date may hold one the list does not know."""
        entity = self._entities.get(person_id)
        day = _iso_prefix(date) if date else ""
        if entity is None or not day:
            return False
        # a term that ended before the date, none held at it (Theresa May in 2015 was a leader to come, no former one)
        return any(o.title in LEADER_OFFICES and o.end and o.end[:len(day)] < day for o in entity.offices) \
            and not self.offices_held(person_id, date)

    def left_office_lately(self, person_id: str, date: str | None, years: int | None = None) -> bool:
        """Whether a former leader (``former_leader``) left his last head's office less than ``years`` before
        ``date``: Sarkozy in 2015 is still in the news as a man out of office; Sadat's acts are history."""
        entity = self._entities.get(person_id)
        day = _iso_prefix(date) if date else ""
        if entity is None or len(day) < 4 or not self.former_leader(person_id, date):
            return False
        ends = [o.end for o in entity.offices if o.title in LEADER_OFFICES and o.end and o.end[:len(day)] < day]
        return bool(ends) and int(day[:4]) - int(max(ends)[:4]) < (LATELY_YEARS if years is None else years)

    def offices_held(self, person_id: str, date: str | None = None) -> list[Office]:
        """Every office a person held at ``date`` (all he ever held when no date is given): a crown prince who is
        also minister of defence is named by either title."""
        entity = self._entities.get(person_id)
        if entity is None or not entity.offices:
            return []
        return [o for o in entity.offices if o.covers(date)] or (list(entity.offices) if not date else [])

    def names_of(self, entity_id: str) -> list[str]:
        """Every normalized name of an entity: its Arabic name and its aliases (for "the organization" to find
        the body whose name has that noun)."""
        if self._names_by_id is None:
            names: dict[str, list[str]] = {}
            for entity in self._entities.values():
                names[entity.id] = [normalize_key(entity.name_ar)]
            for alias in self.aliases:
                names.setdefault(alias.id, []).append(alias.key)
            self._names_by_id = names
        return self._names_by_id.get(entity_id, [])

    def seats_on(self, date: str | None) -> Mapping[str, str]:
        """Where each organization, and each government sitting abroad at ``date`` (EDTF), has its seat: its
        officials live there. A date that reaches outside a stay (2015, or none) keeps the government at home."""
        span = _day_span(date)
        abroad = {state: seat for state, seat, start, end in self._seats_abroad
                  if span and start <= span[0] and span[1] <= end}
        return {**abroad, **self.seats} if abroad else self.seats

    def office_holder(self, state: str, title: str, date: str) -> str | None:
        """The one person who held ``title`` for ``state`` at ``date`` (None when the data names none or,
        at a change of office within the date's precision, two)."""
        holders = [e.id for e in self.entities("person")
                   if any(o.state == state and o.title == title and o.covers(date) for o in e.offices)]
        return holders[0] if len(holders) == 1 else None

    def state_of(self, entity_id: str, date: str | None = None) -> str | None:
        """The state an entity stands for: itself for a state, its state for a person, place or capital."""
        entity = self._entities.get(entity_id)
        if entity is None:
            return None
        if entity.kind == "state":
            return self.as_of(entity.id, date)
        office = self.office_of(entity_id, date) if entity.kind == "person" else None
        return office.state if office else self.as_of(entity.state, date)

    def as_of(self, state: str | None, date: str | None) -> str | None:
        """The state as it was at ``date`` (EDTF): Russia before 1991-12-26 is the Soviet Union (predecessors.tsv)."""
        predecessor = self._predecessors.get(state or "")
        start = (date or "").split("/")[0].rstrip("~?%")
        if predecessor is None or not start[:4].isdigit():
            return state
        return predecessor[0] if start < predecessor[1] else state

    def search_name(self, text: str, *, in_order: bool = False) -> list[Entity]:
        """Entities named in ``text`` (Arabic or English), longest names first, or in the order the text names
        them (``in_order``: "when did Netanyahu visit Kazakhstan" is about Netanyahu's visit); reads questions."""
        key = " " + " ".join(re.sub(r"[^\w\s'-]", " ", normalize_key(text)).split()) + " "
        found: dict[str, tuple[int, int, Entity]] = {}

        def note(entity: Entity, name: str) -> None:
            at = key.find(f" {name} ")
            if at >= 0:
                length, first, _ = found.get(entity.id, (0, at, entity))
                found[entity.id] = (max(length, len(name)), min(first, at), entity)

        codes = set(re.findall(r"\b[A-Z]{2}\b", text))  # KZ, SA: written in capitals, unlike "in", "is", "to"
        for entity in self._entities.values():
            english = entity.name_en.lower()
            names = [english, entity.id.lower() if entity.kind == "state" and entity.id in codes else ""]
            if entity.kind == "person":
                names.append(english.split()[-1])  # a surname alone: "Nazarbayev"
            for name in filter(None, names):
                note(entity, name)
        for alias in self.aliases:
            for variant in (alias.key, *(p + alias.key for p in ("و", "ب", "ل", "ف"))):
                note(self._entities[alias.id], variant)
        order = (lambda item: (item[1], -item[0])) if in_order else (lambda item: -item[0])
        return [entity for *_, entity in sorted(found.values(), key=order)]


# the offices of a state's or a government's head, held by one person at a time
LEADER_OFFICES = frozenset({"head_of_state", "head_of_government"})
LATELY_YEARS = 10  # years out of a head's office within which a leader is still in the news as a former one
OFFICE_RANK = {"head_of_state": 0, "crown_prince": 1, "deputy_crown_prince": 1.5, "head_of_government": 2,
               "secretary_general": 3, "speaker": 4, "deputy_prime_minister": 5, "foreign_minister": 6,
               "deputy_foreign_minister": 7, "minister": 8, "envoy": 9, "ambassador": 10, "mayor": 11}


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()


def _day_span(date: str | None) -> tuple[str, str] | None:
    """The first and last days (ISO) an EDTF day, month or interval of them covers; None for a year or no date."""
    first, _, last = (date or "").partition("/")
    first, last = _iso_prefix(first), _iso_prefix(last or first)
    if len(first) < 7 or len(last) < 7:
        return None
    return (first if len(first) == 10 else first + "-01"), (last if len(last) == 10 else last + "-31")
