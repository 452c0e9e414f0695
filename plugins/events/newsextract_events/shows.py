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

from newsextract import Event, Extraction, ExtractionContext, Participant

from .participant_actors import AdoptedActors, host_outlet, owned_show, show_participant

__all__ = ["show_targets"]


def show_targets(extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
    """``extraction`` with each appearance's target "<outlet>'s <show>" given the show's
    actor, and "<outlet>'s <host>" the outlet's (an actor with a mention inside the show's
    or outlet's words, else the actor of its name or a new ``media`` one:
    :meth:`~.participant_actors.AdoptedActors.show_target`, here whether or not another
    actor's mention overlaps the words); ``None`` when nothing changes."""
    book = AdoptedActors(extraction.actors, {a.name.lower(): a for a in extraction.actors}, ctx)
    actors = book.actors()
    by_id = {a.id: a for a in actors}
    events: list[Event] = []
    changed = False
    for event in extraction.events:
        participants: list[Participant] = []
        for p in event.participants:
            show = owned_show(event, p, ctx.doc, by_id) or host_outlet(event, p, ctx.doc)
            if show is None:
                participants.append(p)
                continue
            moved = show_participant(p, show, actors)
            if moved is None:
                moved = book.show_target(p, show)
                actors = book.actors()  # a later target may be this show again
                by_id = {a.id: a for a in actors}
            participants.append(moved)
            changed = True
        events.append(event.model_copy(update={"participants": participants}))
    if not changed:
        return None
    return extraction.model_copy(update={"actors": actors, "events": events})
