"""Which roles of each event type a question's parts stand for: the ontology's roles (../shared/ontology.md)
grouped into the slots questions talk about.

- agent: who does it (the visitor, the recognizing state, the donor, the host of a summit …)
- patient: the state it goes to or takes place in (the host of a visit, the recognized state, the recipient)
- parties: the sides of a shared act (relations, talks, agreements; the sides a mediator stands between)
- thing: the body, series, instrument or site it is about (the OIC, Expo 2017, the NPT, a test site)

A question names some slots ("When did Nazarbayev visit Qatar?": agent and patient) and asks for another
("Who visited Qatar?": the agent). Roles are listed best first: a visit's agent is its visitor when the
sources name one, else its state.
"""

from __future__ import annotations

from dataclasses import dataclass

SLOTS = ("agent", "patient", "parties", "thing")


@dataclass(frozen=True)
class Frame:
    agent: tuple[str, ...] = ()
    patient: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    thing: tuple[str, ...] = ()
    located: str = "patient"  # the slot of a state named with "in" (held in Kazakhstan: the host)

    def roles(self, slot: str) -> tuple[str, ...]:
        return getattr(self, slot) if slot in SLOTS else ()

    @property
    def directed(self) -> bool:
        """Whether the act goes from one side to another (a visit) rather than being shared (talks)."""
        return bool(self.agent and self.patient)

    @property
    def shared(self) -> bool:
        return bool(self.parties) and not self.agent


FRAMES: dict[str, Frame] = {
    "independence": Frame(agent=("state",)),
    "recognition": Frame(agent=("source",), patient=("target",)),
    "relations.established": Frame(parties=("parties",)),
    "mission.opened": Frame(agent=("sender",), patient=("host",)),
    "visit": Frame(agent=("visitor", "visitor_state"), patient=("host_state", "location")),
    "talks": Frame(parties=("parties",)),
    "agreement.signed": Frame(parties=("parties",), thing=("instrument",)),
    "agreement.negotiated": Frame(parties=("parties",), thing=("instrument",)),
    "membership.joined": Frame(agent=("member",), thing=("body",), located="thing"),
    "office.held": Frame(agent=("holder",), thing=("body",), located="thing"),
    "hosting": Frame(agent=("host",), patient=("participants",), thing=("series",), located="agent"),
    "mediation": Frame(agent=("mediator",), parties=("parties",)),
    "participation": Frame(agent=("participant",), patient=("location",), thing=("series", "location")),
    "aid": Frame(agent=("donor",), patient=("recipients",)),
    "peacekeeping": Frame(agent=("contributor",), patient=("location",), thing=("operation",)),
    "disarmament": Frame(agent=("state",), thing=("what",)),
    "support.expressed": Frame(agent=("source",), patient=("target",)),
}
ANY = Frame()

# "When did X join Y?" asks when a beginning happened: one date, the earliest the sources give.
BEGINNINGS = frozenset({"independence", "recognition", "relations.established", "mission.opened",
                        "membership.joined"})


def frame_of(event_type: str | None) -> Frame:
    return FRAMES.get(event_type or "", ANY)
