"""From a parsed document to validated-ready :class:`Event` records.

The steps are separate modules (triggers, roles, timing, modality, linking);
this one only runs them in order for each trigger and applies the precision
filters that need the whole picture: an event needs at least one participant
that can be an actor, and a violent verb between two people is a verbal
attack (ACCUSE), not an ASSAULT.
"""

from __future__ import annotations

from newsextract import Event, ExtractionContext, Participant

from .lexicon import Sense
from .linking import claim_index, cue_index
from .modality import modality_of
from .roles import find_roles, is_actorlike, person_like
from .syntax import Tree
from .timing import DateIndex, when_of
from .triggers import Trigger, find_triggers

__all__ = ["extract_events"]

_VERBAL_ATTACK = Sense("ACCUSE", "disapprove")


def _token_at(trig: Trigger, participant: Participant) -> int:
    """Index of the participant's head token (the last token of its mention)."""
    doc = trig.token.doc
    span = doc.char_span(
        participant.mention.start, participant.mention.end, alignment_mode="expand"
    )
    return span.root.i if span is not None else trig.token.i


def extract_events(ctx: ExtractionContext) -> list[Event]:
    """Every event the document reports, in document order."""
    doc = ctx.doc
    if len(doc) == 0:
        return []
    tree = Tree(doc)
    dates = DateIndex(doc)
    claims = claim_index(ctx)
    cues = cue_index(ctx)
    events: list[Event] = []
    for trig in find_triggers(doc):
        roles = find_roles(trig, ctx, tree)
        heads = {p.role: doc[_token_at(trig, p)] for p in roles.participants}
        people = [
            doc[_token_at(trig, p)] for p in roles.participants if p.role in ("agent", "target")
        ]
        if not any(is_actorlike(tok, ctx, tree) for tok in people):
            continue  # no one acts or is acted on: a generic mention, not an event
        sense = trig.sense
        if sense.verbal_if_people and "target" in heads and person_like(heads["target"], ctx, tree):
            agent = heads.get("agent")
            if agent is None or person_like(agent, ctx, tree) or agent.ent_type_ == "ORG":
                sense = _VERBAL_ATTACK
        if sense.needs == "actor" and not any(
            is_actorlike(doc[_token_at(trig, p)], ctx, tree)
            for p in roles.participants
            if p.role in ("agent", "target")
        ):
            continue
        modality = modality_of(trig, claims, tree)
        trigger_span = ctx.span_of(trig.token)
        related = cues.overlapping(trigger_span.start, trigger_span.end)
        if modality == "alleged" and sense.type == "ACCUSE" and trig.nominal:
            # "the US allegations": the accusation is the claim itself, not inside one
            related += [
                rid
                for rid in claims.overlapping(trigger_span.start, trigger_span.end)
                if rid not in related
            ]
            modality = "asserted"
        when = when_of(trig, dates, ctx, modality, tree)
        events.append(
            Event(
                id=ctx.new_id("event"),
                type=sense.type,
                mode=sense.mode,
                trigger=trigger_span,
                participants=roles.participants,
                when=when,
                where=roles.where,
                modality=modality,
                related=related,
            )
        )
    return events
