"""From character ranges to validated :class:`~newsextract.Allegation` records.

The one place that consults the actors stage and the quotes stage, so the
finders stay pure syntax. Without actors (the actors plugin disabled) the
records still carry every mention span; only the ids stay empty.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsextract import Allegation, ExtractionContext, Span

from .embedded import QuoteIndex
from .found import Found
from .lexicon import FIRST_PERSON
from .syntax import Range

__all__ = ["assemble"]


def assemble(ctx: ExtractionContext, found: Iterable[Found]) -> list[Allegation]:
    quotes = QuoteIndex(ctx.quotes)
    unique: dict[tuple[Range, Range], Found] = {}
    cues: set[Range] = set()
    for item in found:
        if item.construction.startswith("quote:"):
            if item.cue in cues:
                continue  # the syntax already read this verb, with its own claim
        else:
            cues.add(item.cue)
        if item.claim[1] <= item.claim[0]:
            continue
        # Two constructions can meet on one cue and claim; keep the surer reading.
        key = (item.cue, item.claim)
        if key not in unique or unique[key].confidence < item.confidence:
            unique[key] = item
    records = []
    for item in sorted(unique.values(), key=lambda f: (f.cue, f.claim)):
        records.append(_record(ctx, item, quotes))
    return records


def _span(ctx: ExtractionContext, r: Range | None) -> Span | None:
    return ctx.span(r[0], r[1]) if r is not None and r[1] > r[0] else None


def _actor_id(ctx: ExtractionContext, r: Range | None) -> str | None:
    if r is None:
        return None
    actor = ctx.actor_at(r[0], r[1])
    return actor.id if actor is not None else None


def _record(ctx: ExtractionContext, item: Found, quotes: QuoteIndex) -> Allegation:
    accuser = item.accuser_id or _actor_id(ctx, item.accuser)
    accuser_mention = _span(ctx, item.accuser)
    denied_by = item.denier_id or _actor_id(ctx, item.denier)
    denied_by_mention = _span(ctx, item.denier)
    quote = quotes.quote_at(item.cue[0])
    if quote is not None and (quote.style == "indirect" or item.construction.startswith("hedge")):
        # In reported speech "I"/"we" are the writer's, and an unnamed accuser
        # is not necessarily the speaker ("he said she was blamed for ...");
        # "alleged" hedges the writer's own wording.
        quote = None
    if quote is not None:
        # Inside a quote, "we"/"I" or an unnamed accuser is the one quoted.
        if (item.accuser is None or item.first_person) and item.stance == "asserted":
            accuser, accuser_mention = quote.speaker, quote.speaker_mention
        if item.stance == "denied" and (item.denier is None or item.first_person):
            denied_by, denied_by_mention = quote.speaker, quote.speaker_mention

    accused: list[str] = []
    mentions: list[Span] = []
    for r in item.accused:
        span = _span(ctx, r)
        if span is None:
            continue
        mentions.append(span)
        actor_id = _actor_id(ctx, r)
        if quote is not None and span.text.lower() in FIRST_PERSON:
            actor_id = quote.speaker  # '"They accused us," Blake said': us is Blake's side
        if actor_id is not None and actor_id not in accused:
            accused.append(actor_id)
    for r in item.maybe_accused:
        actor_id = _actor_id(ctx, r)
        span = _span(ctx, r)
        if actor_id is not None and span is not None:
            mentions.append(span)
            if actor_id not in accused:
                accused.append(actor_id)

    return Allegation(
        id=ctx.new_id("allegation"),
        accuser=accuser,
        accuser_mention=accuser_mention,
        accused=accused,
        accused_mentions=mentions,
        cue=_span(ctx, item.cue),
        claim=ctx.span(item.claim[0], item.claim[1]),
        stance=item.stance,
        denied_by=denied_by,
        denied_by_mention=denied_by_mention,
        confidence=item.confidence,
    )
