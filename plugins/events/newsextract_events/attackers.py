"""Deaths an attack caused take the attacker, not the attack (a step of the ``refine`` stage).

"The raid that killed Jane Holt", "the attacks that killed 40 soldiers", "during the massacre
that killed 12 people": the killing's subject is the attack, an event noun and no actor, so
the roles leave the deaths without an attacker. The guidelines give deaths from an attack
"their own ASSAULT with the attackers as agent" (round 13's deaths rule, kept by rounds 15
and 17) and count an attacker named only elsewhere (round 12). So an ASSAULT whose only
agent is the trigger of another ASSAULT takes that attack's agent; when the attack names
none, the agent of the nearest attack told (asserted or alleged) before it in the same
sentence ("the gunman opened fire ... during the massacre that killed 12"). The previous
sentence was measured and left: it brought the agent of an unrelated act told just before
(officers named "to attack" someone) to deaths whose attackers the text never names. The
attacker is never the deaths' own target.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from newsextract import Event, Extraction, Participant

__all__ = ["attack_deaths"]

#: Modalities of an act told as happened: only these name the attacker of a later mention.
_TOLD = frozenset({"asserted", "alleged"})
#: How many sentences back the attacker of an attack may be told (0: its own sentence).
SENTENCES_BACK = 0


def attack_deaths(extraction: Extraction, doc: Doc) -> Extraction | None:
    """``extraction`` with each ASSAULT whose agent is another ASSAULT's trigger given that
    attack's attacker (or the one told just before); ``None`` when nothing changes."""
    attacks = sorted(
        (e for e in extraction.events if e.type == "ASSAULT"), key=lambda e: e.trigger.start
    )
    if len(attacks) < 2:
        return None
    starts = [s.start_char for s in doc.sents]
    replaced: dict[str, Event] = {}
    for event in attacks:
        agent = _caused_by(event, attacks)
        if agent is None:
            continue
        attacker = _attacker(agent, attacks, starts) or _told_before(event, attacks, starts)
        if attacker is None or attacker.actor in {p.actor for p in event.participants}:
            continue
        participants = [attacker, *(p for p in event.participants if p.role != "agent")]
        replaced[event.id] = event.model_copy(update={"participants": participants})
    if not replaced:
        return None
    events = [replaced.get(e.id, e) for e in extraction.events]
    return extraction.model_copy(update={"events": events})


def _caused_by(event: Event, attacks: list[Event]) -> Event | None:
    """The attack that is the event's only agent ("the massacre that killed"), if any."""
    agents = [p for p in event.participants if p.role == "agent"]
    if len(agents) != 1 or agents[0].actor is not None:
        return None
    mention = agents[0].mention
    return next(
        (
            other
            for other in attacks
            if other is not event
            and mention.start <= other.trigger.start
            and other.trigger.end <= mention.end
        ),
        None,
    )


def _attacker(attack: Event, attacks: list[Event], starts: list[int]) -> Participant | None:
    """The attack's own agent actor, or the one told before it in its sentence."""
    own = _agent_actor(attack)
    return own if own is not None else _told_before(attack, attacks, starts)


def _told_before(event: Event, attacks: list[Event], starts: list[int]) -> Participant | None:
    """The agent actor of the nearest told attack before ``event`` within
    :data:`SENTENCES_BACK` sentences."""
    here = bisect.bisect_right(starts, event.trigger.start)
    for other in reversed(attacks):
        if other.trigger.start >= event.trigger.start or other.modality not in _TOLD:
            continue
        if here - bisect.bisect_right(starts, other.trigger.start) > SENTENCES_BACK:
            return None
        agent = _agent_actor(other)
        if agent is not None:
            return agent
    return None


def _agent_actor(event: Event) -> Participant | None:
    """The event's first agent that is an actor (an attack's own agent may be a mere noun)."""
    return next((p for p in event.participants if p.role == "agent" and p.actor is not None), None)
