"""Scoring extracted events against gold annotations (the format of docs/ARCHITECTURE.md).

A predicted event matches a gold one when the type is the same, the participant roles agree as sets, and
the evidence sentences overlap. Descriptive roles (level, channel, kind, mission, office, what, location) and
the date are scored separately, on matched pairs, so one wrong detail shows where it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DESCRIPTIVE_ROLES = frozenset({"level", "channel", "kind", "mission", "office", "what", "location"})


def _as_set(value: Any) -> frozenset[str]:
    return frozenset(value) if isinstance(value, list) else frozenset([value])


def participants(roles: dict[str, Any]) -> dict[str, frozenset[str]]:
    return {k: _as_set(v) for k, v in roles.items() if k not in DESCRIPTIVE_ROLES}


def _overlap(a: list[int] | tuple[int, int], b: list[int] | tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact_dates: int = 0
    exact_details: int = 0
    exact_modality: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_rate(self) -> float:
        return self.exact_dates / self.tp if self.tp else 0.0

    def summary(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  exact dates {self.date_rate:.3f}  "
                f"modality {self.exact_modality / self.tp if self.tp else 0:.3f}  "
                f"({self.tp} matched, {self.fp} extra, {self.fn} missed)")


def score(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]) -> Score:
    """Match predicted interchange events (or gold-format rows) against gold rows, document by document."""
    result = Score()
    remaining = list(gold)
    for event in predicted:
        sentence = event.get("sentence") or event["evidence"]["sentence"]
        match = next((g for g in remaining if g["doc"] == event["doc"] and g["type"] == event["type"]
                      and participants(g["roles"]) == participants(event["roles"])
                      and _overlap(g["sentence"], sentence)), None)
        if match is None:
            result.fp += 1
            result.extras.append(event)
            continue
        remaining.remove(match)
        result.tp += 1
        result.exact_dates += match.get("date") == event.get("date")
        result.exact_modality += match.get("modality") == event.get("modality")
        result.exact_details += match["roles"] == event["roles"]
    result.fn = len(remaining)
    result.misses = remaining
    return result


def load_gold(folder: Path, docs: Iterable[str] | None = None) -> list[dict[str, Any]]:
    wanted = set(docs) if docs is not None else None
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        if wanted is not None and path.stem not in wanted:
            continue
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


# -- real-press gold (../shared/annotation-guide.md) ----------------------------------------------------------------
# A press gold line has ``span`` (the sentence, possibly widened), ``participants`` and ``optional``. The guide's
# participants are the state and organization ids of the roles (persons, places, series and the location are not);
# instruments are left out here too, because their slugs are free-form (two annotators wrote two slugs for the same
# deal). A predicted event matches a gold line when the document and the type agree, the participants are the same
# set, the acting side is the same (who visits, recognizes, gives, supports, hosts …: the type's first role), and the
# evidence sentence overlaps the span. A prediction that matches only an optional line (a restatement, a
# borderline claim) is neither credited nor penalized.
_PARTICIPANT_ID = re.compile(r"^(?:[A-Z]{2}|org:.+)$")
_NOT_COMPARED = frozenset({"location"})
ACTING_ROLE = {"visit": "visitor_state", "recognition": "source", "mission.opened": "sender", "aid": "donor",
               "support.expressed": "source", "mediation": "mediator", "membership.joined": "member",
               "office.held": "holder", "hosting": "host", "participation": "participant",
               "peacekeeping": "contributor", "disarmament": "state", "independence": "state"}


def _ids(value: Any) -> frozenset[str]:
    return frozenset(_same_spelling(v) for v in _as_set(value) if isinstance(v, str) and _PARTICIPANT_ID.match(v))


def _same_spelling(identifier: str) -> str:
    """An organization's id as compared: the guide leaves the ids of bodies outside its list to the annotator
    (``org:`` + a usual acronym), and one body got written three ways (org:arab-parliament, org:ArabParliament,
    org:EUROZONE / org:eurozone): case, hyphens and underscores do not make another body."""
    if not identifier.startswith("org:"):
        return identifier
    return "org:" + identifier[4:].replace("-", "").replace("_", "").upper()


def participant_roles(roles: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Each role's state / org ids (roles holding none are left out)."""
    out = {}
    for role, value in roles.items():
        if role in _NOT_COMPARED:
            continue
        ids = _ids(value)
        if ids:
            out[role] = ids
    return out


def press_participants(etype: str, roles: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """(all participants, those of the acting role) of an event or a gold line."""
    every = frozenset().union(*participant_roles(roles).values()) if roles else frozenset()
    acting = ACTING_ROLE.get(etype)
    return every, _ids(roles.get(acting)) if acting else frozenset()


@dataclass
class PressScore(Score):
    """``Score`` plus what the press gold adds: optional lines, dated matches, modality of matches."""

    optional_hits: int = 0
    dated_matches: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [tp, fp, fn]
    wrong_dates: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (event, gold line)

    @property
    def date_rate(self) -> float:
        """Exact dates among matched events whose gold line has a date (the issue's "matched dated events")."""
        return self.exact_dates / self.dated_matches if self.dated_matches else 0.0

    def summary(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"exact dates {self.date_rate:.3f} ({self.exact_dates}/{self.dated_matches})  "
                f"modality {self.exact_modality / self.tp if self.tp else 0:.3f}  "
                f"({self.tp} matched, {self.fp} extra, {self.fn} missed, {self.optional_hits} on optional lines)")

    def count(self, etype: str, slot: int) -> None:
        self.by_type.setdefault(etype, [0, 0, 0])[slot] += 1


def _press_matches(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    sentence = event.get("sentence") or event["evidence"]["sentence"]
    return (gold["doc"] == event["doc"] and gold["type"] == event["type"] and _overlap(gold["span"], sentence)
            and press_participants(gold["type"], gold["roles"]) == press_participants(event["type"], event["roles"]))


def score_press(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]) -> PressScore:
    """Predicted interchange events against press gold lines; required lines are preferred when both match."""
    result = PressScore()
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for line in gold:
        by_doc.setdefault(line["doc"], []).append(line)
    predicted = list(predicted)
    # events that agree with a line's date take their lines first, so that of two alike events the one with the
    # right date is credited with it (a greedy pass in text order could give the line to the undated one)
    dated_first = sorted(predicted, key=lambda e: not any(
        _press_matches(e, g) and g.get("date") == e.get("date") for g in by_doc.get(e["doc"], [])))
    for event in dated_first:
        candidates = [g for g in by_doc.get(event["doc"], []) if _press_matches(event, g)]
        if not candidates:
            result.fp += 1
            result.count(event["type"], 1)
            result.extras.append(event)
            continue
        # a required line first; of two lines alike but for their date, the one with this event's date
        match = min(candidates, key=lambda g: (bool(g.get("optional")), g.get("date") != event.get("date"),
                                                abs(g["span"][0] - _start(event))))
        by_doc[event["doc"]].remove(match)
        if match.get("optional"):
            result.optional_hits += 1
            continue
        result.tp += 1
        result.count(event["type"], 0)
        result.exact_modality += match.get("modality") == event.get("modality")
        result.exact_details += match["roles"] == event["roles"]
        if match.get("date"):
            result.dated_matches += 1
            result.exact_dates += match["date"] == event.get("date")
            if match["date"] != event.get("date"):
                result.wrong_dates.append((event, match))
    result.misses = [g for lines in by_doc.values() for g in lines if not g.get("optional")]
    result.fn = len(result.misses)
    for line in result.misses:
        result.count(line["type"], 2)
    return result


def _start(event: dict[str, Any]) -> int:
    return (event.get("sentence") or event["evidence"]["sentence"])[0]
