"""Dates from elsewhere in the article: one event mentioned twice.

The guidelines' ruling: "a date given for the event anywhere in the article
applies, even in another sentence". News names its main event in the headline
and dates it in the body ("Senator Slams Governor" ... "Walsh blasted Reed
on Monday"), and repeats an event in other words ("attacked" ... "went after").
This pass runs once per document after every event of it is known (before
repeated mentions are merged) and gives an undated event the date of another
mention of the same event: the same type and modality, and the same agent and
target actors (both named). When those mentions carry different dates they are
different occasions ("Trump attacked Clinton on Monday ... and again on
Thursday"), and nothing is shared.
"""

from __future__ import annotations

from collections import defaultdict

from newsextract import Event, ExtractionContext, TimeRef

__all__ = ["share_dates"]

#: Mentions examined per (type, modality, agent, target): bounds a pathological input.
_MAX_MENTIONS = 64


def _actor(event: Event, role: str) -> str | None:
    for participant in event.participants:
        if participant.role == role and participant.actor is not None:
            return participant.actor
    return None


def _dated(when: TimeRef | None) -> bool:
    return when is not None and when.start is not None


def share_dates(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """The events, each undated one given the date of its other mentions when they agree on one."""
    del ctx  # the records carry all this pass needs
    groups: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        agent, target = _actor(event, "agent"), _actor(event, "target")
        if agent is None or target is None or agent == target:
            continue
        groups[(event.type, event.modality, agent, target)].append(i)
    out = list(events)
    for members in groups.values():
        members = members[:_MAX_MENTIONS]
        dates = {}
        for i in members:
            when = events[i].when
            if when is not None and when.start is not None:
                dates[(when.start, when.end, when.precision)] = when
        if len(dates) != 1:
            continue  # no date, or several occasions
        (when,) = dates.values()
        for i in members:
            if not _dated(events[i].when):
                out[i] = events[i].model_copy(update={"when": when})
    return out
