"""Inter-annotator agreement: a second annotation scored as if it were a prediction.

The extractors' bars mean little without knowing how far two careful people
agree on the same articles; the events of a news story in particular are partly
a matter of judgement. Turning the second annotator's file into an
:class:`~newsextract.Extraction` lets the very scorer that grades the
extractors grade the humans, so the two numbers are comparable.
"""

from __future__ import annotations

from ..records import Actor, Event, Extraction, Participant, Span, TimeRef
from .annotations import GoldActor, GoldDoc, GoldEvent

__all__ = ["as_extraction"]


def _nearest_mention(actor: GoldActor, near: int) -> tuple[int, int]:
    return min(actor.mentions, key=lambda m: (abs(m[0] - near), m))


def _event(doc: GoldDoc, text: str, number: int, event: GoldEvent) -> Event:
    participants = []
    for role, actor_id in (("agent", event.agent), ("target", event.target)):
        actor = doc.actor(actor_id)
        if actor is not None:
            start, end = _nearest_mention(actor, event.trigger[0])
            participants.append(
                Participant(role=role, actor=actor.id, mention=Span.of(text, start, end))
            )
    when = None
    if event.when is not None:
        when = TimeRef(
            start=event.when.start,
            end=event.when.end,
            precision=event.when.precision,  # checked on parsing
        )
    return Event(
        id=f"event-{number}",
        type=event.type,  # checked on parsing
        mode=event.mode,
        trigger=Span.of(text, *event.trigger),
        participants=participants,
        when=when,
        modality=event.modality,  # checked on parsing
    )


def as_extraction(doc: GoldDoc) -> Extraction:
    """The annotation of ``doc`` (its text attached) in the extraction contract."""
    if doc.text is None:
        raise ValueError(f"{doc.doc_id}: attach the text before converting the annotation")
    text = doc.text
    actors = [
        Actor(
            id=actor.id,
            name=actor.name or text[slice(*actor.mentions[0])],
            type=actor.type,  # checked on parsing
            mentions=[Span.of(text, s, e) for s, e in sorted(actor.mentions)],
        )
        for actor in doc.actors
    ]
    events = [_event(doc, text, n, e) for n, e in enumerate(doc.events, 1)]
    return Extraction(
        doc_id=doc.doc_id, text=text, published=doc.published, actors=actors, events=events
    )
