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
    """Spans with ids; finds those overlapping or containing a position.

    Why a tree of the spans' greatest ends: with one long span among many short ones (a
    claim or quote covering a run-on sentence of cues), a window "starts within the
    longest span's length before the query" held every span, and the look-ups grew
    quadratic. Spans starting before the query's end are a prefix of the sorted list;
    the tree finds those of them ending after its start in O((k + 1) log n).
    """

    def __init__(self, items: Iterable[tuple[Span, str]]) -> None:
        entries = sorted((s.start, s.end, rid) for s, rid in items if s.end > s.start)
        self._entries = entries
        self._starts = [e[0] for e in entries]
        size = 1
        while size < len(entries):
            size *= 2
        self._size = size
        ends = [-1] * (2 * size)  # node -> the greatest end below it (-1: none)
        for i, entry in enumerate(entries):
            ends[size + i] = entry[1]
        for node in range(size - 1, 0, -1):
            ends[node] = max(ends[2 * node], ends[2 * node + 1])
        self._ends = ends

    def overlapping(self, start: int, end: int) -> list[str]:
        hi = bisect.bisect_left(self._starts, end)
        # ids in text order, each once (a dict keeps the first place, in constant time)
        return list(dict.fromkeys(self._entries[i][2] for i in self._ending_after(start, hi)))

    def _ending_after(self, start: int, hi: int) -> list[int]:
        """Positions below ``hi`` of the spans ending after ``start``, in sorted order."""
        found: list[int] = []
        stack = [(1, 0, self._size)]
        while stack:
            node, lo, top = stack.pop()
            if lo >= hi or self._ends[node] <= start:
                continue
            if node >= self._size:
                found.append(node - self._size)
                continue
            mid = (lo + top) // 2
            stack.append((2 * node + 1, mid, top))  # popped after the left half: text order
            stack.append((2 * node, lo, mid))
        return found

    def containing(self, position: int) -> bool:
        """Whether a span covers ``position``: only whether one exists, so the greatest end
        of the spans starting at or before it decides, in O(log n) however many nest there
        (a run-on sentence of allegations, each claim holding the rest of the sentence)."""
        lo, hi = self._size, self._size + bisect.bisect_right(self._starts, position)
        greatest = position  # no span starting by then: none covers it
        while lo < hi:  # the greatest end over the leaves [0, hi): bottom-up range maximum
            if lo & 1:
                greatest = max(greatest, self._ends[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                greatest = max(greatest, self._ends[hi])
            lo //= 2
            hi //= 2
        return greatest > position


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
