"""The show an outlet owns, for the targets the learned role scorer gave (a ``refine`` step).

The guidelines make a guest appearance CONSULT toward the show, an actor of its own (rounds
9, 16 and 17: "said on 'The Late Show'"). ``participant_actors`` moves a target read as
"<outlet>'s <show>" from the outlet to the show (:func:`~.participant_actors.owned_show`),
but it runs before the learned role scorer, which fills the targets the rules left empty
with the candidates it has, the outlet among them: "Trump told ABC's This Week" (the small
model tags "This Week" a date, so the rules keep no target) ends pointing to ABC. This step
runs after the scorer and applies the same reading to every target, making the show's
actor where no actor has its name yet. A host named through the outlet ("told CNN's Jane
Roe") gives the outlet as target (round 9: the outlet or show is the one appeared on;
session 25), the host being how the text names the outlet's programme.
"""

from __future__ import annotations

from newsextract import Actor, Event, Extraction, ExtractionContext, Participant

from .participant_actors import host_outlet, owned_show, show_participant

__all__ = ["show_targets"]


def show_targets(extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
    """``extraction`` with each appearance's target "<outlet>'s <show>" given the show's
    actor, and "<outlet>'s <host>" the outlet's (an actor with a mention inside the show's
    or outlet's words, one of its name, or a new ``media`` actor); ``None`` when nothing
    changes."""
    by_id = {a.id: a for a in extraction.actors}
    by_name = {a.name.lower(): a.id for a in extraction.actors}
    events: list[Event] = []
    changed = False
    for event in extraction.events:
        participants: list[Participant] = []
        for p in event.participants:
            show = owned_show(event, p, ctx.doc, by_id) or host_outlet(event, p, ctx.doc)
            if show is None:
                participants.append(p)
                continue
            moved = show_participant(p, show, list(by_id.values()))
            if moved is None:
                mention = ctx.span(show.start_char, show.end_char)
                actor_id = by_name.get(show.text.lower())
                actor = by_id.get(actor_id) if actor_id is not None else None
                if actor is None:
                    actor = Actor(
                        id=ctx.new_id("actor"), name=show.text, type="media", plugin="events"
                    )
                    by_name[show.text.lower()] = actor.id
                if mention not in actor.mentions:
                    mentions = sorted([*actor.mentions, mention], key=lambda m: m.start)
                    actor = actor.model_copy(update={"mentions": mentions})
                by_id[actor.id] = actor
                moved = p.model_copy(update={"actor": actor.id, "mention": mention})
            participants.append(moved)
            changed = True
        events.append(event.model_copy(update={"participants": participants}))
    if not changed:
        return None
    return extraction.model_copy(update={"actors": list(by_id.values()), "events": events})
