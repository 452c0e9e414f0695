"""Tying an event to the quote or allegation that reports it, by position.

The text ties them when they share the reporting word: "China accused
Washington of ..." is both an allegation (cue "accused") and an ACCUSE event
(trigger "accused"); "he urged Congress to act" is an indirect quote (cue
"urged") and a REQUEST. An event whose trigger lies inside an allegation's
claim is only alleged. Look-ups are by bisection over sorted spans, so a
document with many quotes stays linear-logarithmic.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from newsextract import ExtractionContext, Span

__all__ = ["SpanIndex", "claim_index", "cue_index"]

#: Cues that criticise an act rather than impute one; their "claims" did happen.
_DISAPPROVING = frozenset(
    {"condemn", "criticize", "criticise", "denounce", "decry", "slam", "blast", "rebuke", "censure"}
)


class SpanIndex:
    """Spans with ids; finds those overlapping or containing a position."""

    def __init__(self, items: Iterable[tuple[Span, str]]) -> None:
        entries = sorted((s.start, s.end, rid) for s, rid in items if s.end > s.start)
        self._entries = entries
        self._starts = [e[0] for e in entries]
        self._longest = max((e[1] - e[0] for e in entries), default=0)

    def overlapping(self, start: int, end: int) -> list[str]:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        out: list[str] = []
        for s, e, rid in self._entries[lo:hi]:
            if s < end and start < e and rid not in out:
                out.append(rid)
        return out

    def containing(self, position: int) -> bool:
        return bool(self.overlapping(position, position + 1))


def cue_index(ctx: ExtractionContext) -> SpanIndex:
    """Cues of allegations (first) and quotes, by record id."""
    items: list[tuple[Span, str]] = []
    for allegation in ctx.allegations:
        if allegation.cue is not None:
            items.append((allegation.cue, allegation.id))
    for quote in ctx.quotes:
        if quote.cue is not None:
            items.append((quote.cue, quote.id))
    return SpanIndex(items)


def claim_index(ctx: ExtractionContext) -> SpanIndex:
    """Claim spans of allegations: an event inside one is only alleged (also when denied).

    Not when the cue disapproves of something that happened: in "China condemned
    sanctions levelled against Russia" the sanctions are real, only criticised.
    """
    return SpanIndex((a.claim, a.id) for a in ctx.allegations if not _disapproval(ctx, a.cue))


def _disapproval(ctx: ExtractionContext, cue: Span | None) -> bool:
    if cue is None:
        return False
    span = ctx.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in _DISAPPROVING
