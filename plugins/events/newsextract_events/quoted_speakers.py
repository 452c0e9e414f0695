"""A speaker's "I" in an event the speaker's own quote tells (a step of the ``refine`` stage).

The guidelines annotate first-person pronouns inside a quotation as mentions of the
speaker when the speaker is an actor ("'I will not support him,' Kirk said": the
backer is Kirk). The actors plugin links most of them; one it leaves without an actor
keeps the event's role empty, although the quotes plugin knows who speaks there. So a
participant named only by "I", "me", "my" or "myself" with no actor, inside the content
of a quote whose speaker is an actor, is that speaker: the innermost quote decides
(a quote inside a quote is its own speaker's). Only the singular: "we" is the speaker's
side (a campaign, a government, a country), which the speaker alone does not stand for
(session 22: the plural lost on train rounds 5-20).

The look-up is a bisection over the quote spans sorted by start, per participant; a
quote is no longer than its paragraph, so the spans that contain a point are few.
"""

from __future__ import annotations

import bisect

from newsextract import Event, Extraction, Participant

__all__ = ["quoted_speakers"]

#: First-person singular pronouns, lower case.
_FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
#: Roles whose actor the scorer compares (only these are filled here).
_ROLES = frozenset({"agent", "target"})


def quoted_speakers(extraction: Extraction) -> Extraction | None:
    """``extraction`` with each actorless first-person singular agent or target inside a
    quote given the quote's speaker; ``None`` when nothing changes."""
    spans: list[tuple[int, int, str]] = sorted(
        (c.start, c.end, q.speaker)
        for q in extraction.quotes
        if q.speaker is not None
        for c in q.content
    )
    if not spans:
        return None
    starts = [s for s, _e, _w in spans]
    longest = max(e - s for s, e, _w in spans)
    events: list[Event] = []
    changed = False
    for event in extraction.events:
        participants = [_speaking(p, spans, starts, longest) for p in event.participants]
        if any(new is not old for new, old in zip(participants, event.participants, strict=True)):
            event = event.model_copy(update={"participants": participants})
            changed = True
        events.append(event)
    return extraction.model_copy(update={"events": events}) if changed else None


def _speaking(
    participant: Participant,
    spans: list[tuple[int, int, str]],
    starts: list[int],
    longest: int,
) -> Participant:
    """The participant with the speaker of the innermost quote around it as its actor, when
    it is an actorless "I"/"me"/"my"/"myself" agent or target; else the participant."""
    if (
        participant.actor is not None
        or participant.role not in _ROLES
        or participant.mention.text.lower() not in _FIRST_SINGULAR
    ):
        return participant
    start, end = participant.mention.start, participant.mention.end
    lo = bisect.bisect_left(starts, start - longest)
    hi = bisect.bisect_right(starts, start)
    around = [(e - s, who) for s, e, who in spans[lo:hi] if s <= start and end <= e]
    if not around:
        return participant
    _length, speaker = min(around, key=lambda item: item[0])
    return participant.model_copy(update={"actor": speaker})
