"""Reciprocal acts: "each other" and "one another" stand for the doers (a ``refine`` step).

"Lawmakers accused each other", "Democrats and Republicans blamed each other": the target is
a reciprocal pronoun, no actor, so the roles leave the act with no target. Session 25's ruling
on round 24 makes a group's reciprocal act one event with the group as agent and target, and
two named sides one event per direction. The roles read coordinated subjects of some acts as
agent and target already ("X and Y criticized one another": X toward Y, the guidelines'
symmetric rule); the other direction is added here when the trigger's object is reciprocal.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsextract import Event, Extraction, Participant, Span

__all__ = ["reciprocal_acts"]

#: The reciprocal pronouns, as the text writes them (lowercased).
RECIPROCALS = frozenset({"each other", "one another"})


def reciprocal_acts(
    extraction: Extraction, doc: Doc, new_id: Callable[[], str], plugin: str
) -> Extraction | None:
    """``extraction`` with each of ``plugin``'s reciprocal acts given its target from its
    doers, and the second direction of an act between two named sides as an event of its own
    (``new_id`` names it; other plugins' events are theirs to read); ``None`` when nothing
    changes."""
    events: list[Event] = []
    changed = False
    for event in extraction.events:
        agents = [p for p in event.participants if p.role == "agent" and p.actor is not None]
        reciprocal = next((p for p in event.participants if _reciprocal(p, doc)), None)
        if (
            event.plugin != plugin
            or not agents
            or (reciprocal is None and not _reciprocal_object(event, doc))
        ):
            events.append(event)
            continue
        targets = [p for p in event.participants if p.role == "target" and p.actor is not None]
        first, rest = _directions(event, agents, targets, reciprocal)
        changed = changed or first is not event or bool(rest)
        events.append(first)
        events.extend(e.model_copy(update={"id": new_id()}) for e in rest)
    return extraction.model_copy(update={"events": events}) if changed else None


def _directions(
    event: Event,
    agents: list[Participant],
    targets: list[Participant],
    reciprocal: Participant | None,
) -> tuple[Event, list[Event]]:
    """The event read in its first direction, and the event of the other direction, if any:
    a group toward itself, or each of two sides toward the other."""
    if reciprocal is None:
        # the roles read "X and Y" as X toward Y already: only Y toward X is added, when Y is
        # named before the trigger with X (a coordinated subject), not a target found elsewhere
        if (
            len(targets) != 1
            or targets[0].actor == agents[0].actor
            or targets[0].mention.end > event.trigger.start
        ):
            return event, []
        one, other = agents[0], targets[0]
        return event, [_with_sides(event, other, one, one.mention)]
    if len(agents) == 1:
        return _with_sides(event, agents[0], agents[0], reciprocal.mention), []
    one, other = agents[:2]
    return _with_sides(event, one, other, reciprocal.mention), [
        _with_sides(event, other, one, reciprocal.mention)
    ]


def _with_sides(event: Event, agent: Participant, target: Participant, where: Span) -> Event:
    """The event with ``agent``'s actor as its agent and ``target``'s as its target, the
    target named at ``where`` (the reciprocal pronoun, or the side's own name); other roles
    kept."""
    rest = [p for p in event.participants if p.role not in ("agent", "target")]
    doer = Participant(role="agent", actor=agent.actor, mention=agent.mention)
    done_to = Participant(role="target", actor=target.actor, mention=where)
    return event.model_copy(update={"participants": [doer, done_to, *rest]})


def _reciprocal(participant: Participant, doc: Doc) -> bool:
    """A target named only by "each other" or "one another" (or the one word of it the
    roles took: "one")."""
    if participant.role != "target" or participant.actor is not None:
        return False
    mention = participant.mention
    if mention.text.lower() in RECIPROCALS:
        return True
    span = doc.char_span(mention.start, mention.end)
    return span is not None and len(span) == 1 and _is_reciprocal(span[0], doc)


def _reciprocal_object(event: Event, doc: Doc) -> bool:
    """Whether the trigger's own object is "each other" or "one another" in the text
    ("criticized one another", "lashed out at each other")."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    objects = [c for c in span.root.children if c.dep_ == "dobj"] + [
        g for c in span.root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(_is_reciprocal(o, doc) for o in objects)


def _is_reciprocal(token: Token, doc: Doc) -> bool:
    """The token is one word of "each other" or "one another" (the parser makes either word
    the head)."""
    pairs = (doc[max(0, token.i - 1) : token.i + 1], doc[token.i : token.i + 2])
    return any(pair.text.lower() in RECIPROCALS for pair in pairs)
