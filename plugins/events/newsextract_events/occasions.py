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

A headline reports in the present tense what happened at the time of the
story ("Judge Rejects Request"): a headline verb in the present tense that the
body dates no other way is dated the day the lead names ("A judge ruled Friday
...") or else the publication day, as annotators date it.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Token

from newsextract import Event, ExtractionContext, TimeRef
from newsextract.truecase import MAX_HEADLINE_WORDS

from .timing import lead_day

__all__ = ["date_headline", "share_dates"]

#: Mentions examined per (type, modality, agent, target): bounds a pathological input.
_MAX_MENTIONS = 64
#: The present tense of a headline's reporting ("Rejects", "Rip"), not "Hid" nor "Will Veto".
_PRESENT = frozenset({"VBZ", "VBP"})


def _actor(event: Event, role: str) -> str | None:
    for participant in event.participants:
        if participant.role == role and participant.actor is not None:
            return participant.actor
    return None


def _dated(when: TimeRef | None) -> bool:
    return when is not None and when.start is not None


def share_dates(events: list[Event], ctx: ExtractionContext | None) -> list[Event]:
    """The events, each undated one given the date of its other mentions when they agree on
    one, then a headline's undated present-tense report the publication day."""
    shared = _share(events)
    return date_headline(shared, ctx) if ctx is not None else shared


def _share(events: list[Event]) -> list[Event]:
    """Each undated event given the date of its other mentions when they agree on one."""
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


def _headline_and_lead(text: str) -> tuple[int, int] | None:
    """Where the article's headline ends (its first line, when short and followed by a body)
    and where the lead paragraph after it ends."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip() or len(text[start:end].split()) > MAX_HEADLINE_WORDS:
        return None  # a single paragraph or a long one: a lead, not a headline
    lead = len(text) - len(text[end:].lstrip())
    lead_end = text.find("\n", lead)
    return end, lead_end if lead_end >= 0 else len(text)


def _reports_now(token: Token) -> bool:
    """A present-tense main verb of the headline ("Judge rejects X", "X slams Y and
    demands Z", "Y says X backs Z"), not a clause inside another ("X hid ..., doctor says")."""
    if token.tag_ not in _PRESENT or any(c.dep_ == "aux" for c in token.children):
        return False
    if token.dep_ == "ROOT":
        return True
    return (
        token.dep_ in ("conj", "ccomp")
        and token.head.dep_ == "ROOT"
        and token.head.tag_ in _PRESENT
    )


def _same_participants(a: Event, b: Event) -> bool:
    """Agent to agent and target to target the same actor or one side unnamed, one named in
    common: what lets two mentions be merged as one event."""
    pairs = [(_actor(a, role), _actor(b, role)) for role in ("agent", "target")]
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and x == y for x, y in pairs
    )


def _dated_in_body(event: Event, events: list[Event]) -> bool:
    """Whether a dated mention of the same type may be the same event as ``event``."""
    return any(
        other.type == event.type and _dated(other.when) and _same_participants(event, other)
        for other in events
    )


def date_headline(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """The events, an asserted present-tense headline verb still undated given the day
    the lead names, or else the publication day ("Judge rejects request to unseal file")."""
    published, parts = ctx.published, _headline_and_lead(ctx.text)
    if published is None or parts is None:
        return events
    end, lead_end = parts
    day = lead_day(ctx, end, lead_end) or TimeRef(start=published, end=published, precision="day")
    out = list(events)
    for i, event in enumerate(events):
        if event.trigger.start >= end or _dated(event.when) or event.modality != "asserted":
            continue
        if _dated_in_body(event, events):
            continue  # the body tells it with a date of its own: a repeated mention, not now
        span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is not None and _reports_now(span.root):
            out[i] = event.model_copy(update={"when": day})
    return out
