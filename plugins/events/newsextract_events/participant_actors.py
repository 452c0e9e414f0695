"""Actors for event participants that only a common noun names (the ``refine`` stage).

The annotation guidelines make whoever takes part in an event an actor ("create
the actor if it takes part in an event"); the actors plugin finds names and the
groups it knows, so the rest ("conservative critics", "her department") is added
here once every event exists.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc as SpacyDoc

from newsextract import Actor, ActorType, Event, Extraction, ExtractionContext, Participant, Span

from .roles import ACTOR_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS

__all__ = ["participant_actors"]

_PARTICIPANT_ROLES = ("agent", "target")
#: Nouns that stand for a state: a participant so named is a country the actors
#: plugin did not resolve ("his country"), which a new actor would duplicate.
_STATE_NOUNS = frozenset({"country", "nation", "state"})
#: Words that make a noun phrase no one in particular.
_NONSPECIFIC = frozenset({"any", "every", "each", "no", "one", "much"})


def participant_actors(extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
    """Actors for event participants that only a common noun names ("World leaders", "police").

    The guidelines make a participant an actor because it takes part in an event
    ("create the actor if it takes part in an event"); the actors plugin finds
    names, not every group a noun names. For an agent or target without an actor
    whose head is an actor noun, a new actor is made from its mention (one per
    wording in a document, so "federal prosecutors" twice is one actor), unless
    the mention overlaps an actor's mention. Meant for the ``refine`` stage, after
    every plugin has run.
    """
    doc = ctx.doc
    taken = sorted((m.start, m.end) for a in extraction.actors for m in a.mentions)
    starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)

    def free_start(start: int, end: int, head: int) -> int | None:
        """Where the mention starts once an owner's mention before its head is cut off
        ("her department" → "department": mentions do not overlap), or None."""
        lo = bisect.bisect_left(starts, start - longest)
        ends = [e for s, e in taken[lo : bisect.bisect_left(starts, end)] if s < end and start < e]
        if not ends:
            return start
        cut = max(ends)
        if cut > head:
            return None
        text = ctx.text
        while cut < head and (text[cut].isspace() or text[cut] in "'’s"):
            cut += 1
        return cut

    made: dict[str, Actor] = {}
    new_events: list[Event] = []
    for event in extraction.events:
        participants: list[Participant] = []
        for participant in event.participants:
            if participant.actor is None and participant.role in _PARTICIPANT_ROLES:
                found = _new_actor_key(participant, doc)
                mention = participant.mention
                start = None
                if found is not None:
                    start = free_start(mention.start, mention.end, found[1])
                if found is not None and start is not None:
                    if start != mention.start:
                        mention = ctx.span(start, mention.end)
                    key = found[0] if start == participant.mention.start else mention.text.lower()
                    actor = made.get(key) or _new_actor(participant, mention, doc, ctx)
                    if mention not in actor.mentions:
                        mentions = sorted([*actor.mentions, mention], key=_start)
                        actor = actor.model_copy(update={"mentions": mentions})
                    made[key] = actor
                    participant = participant.model_copy(update={"actor": actor.id})
            participants.append(participant)
        new_events.append(event.model_copy(update={"participants": participants}))
    if not made:
        return None
    return extraction.model_copy(
        update={"actors": [*extraction.actors, *made.values()], "events": new_events}
    )


def _start(span: Span) -> int:
    return span.start


def _new_actor_key(participant: Participant, doc: SpacyDoc) -> tuple[str, int] | None:
    """The wording that identifies a participant's new actor, if its head is an actor noun,
    and where the head starts."""
    mention = participant.mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    head = span.root
    lemma = head.lemma_.lower()
    if not any(w in nouns for w in (lemma, head.lower_) for nouns in (ACTOR_NOUNS, PEOPLE_NOUNS)):
        return None
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
        return None
    if lemma in _STATE_NOUNS:
        return None  # "his country": a state the actors plugin missed, not a new actor
    if any(t.lower_ in _NONSPECIFIC for t in span):
        return None  # "if so much as one soldier comes", "any officials": no one in particular
    words_ = [t.lower_ for t in span if t.dep_ not in ("det", "poss") and not t.is_punct]
    return " ".join(words_), head.idx


def _new_actor(
    participant: Participant, mention: Span, doc: SpacyDoc, ctx: ExtractionContext
) -> Actor:
    """A new actor named by ``mention`` (the participant's, less an owner cut off before it)."""
    full = participant.mention
    span = doc.char_span(full.start, full.end, alignment_mode="expand")
    assert span is not None  # checked by _new_actor_key
    head = span.root
    plural = head.tag_ in ("NNS", "NNPS")
    person = head.lemma_.lower() in PERSON_NOUNS
    kind: ActorType = "group" if plural else "person" if person else "organization"
    return Actor(id=ctx.new_id("actor"), name=mention.text, type=kind, mentions=[], plugin="events")
