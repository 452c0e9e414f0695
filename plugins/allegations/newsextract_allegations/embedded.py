"""Allegations inside quotes: the quote's speaker is the one accusing.

In '"They are fuelling the war," Mao said' nothing in the quoted sentence
names the accuser; the quotes stage already knows it is Mao. Content spans
are indexed once per document and looked up by bisection, so attaching
speakers is O(n log n) in the number of allegations and quotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsextract import Quote, Span

__all__ = ["QuoteIndex"]


class QuoteIndex:
    """Finds the quote whose content contains a character offset."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        spans: list[tuple[int, int, int]] = []
        for n, quote in enumerate(quotes):
            for content in quote.content:
                spans.append((content.start, content.end, n))
        spans.sort()
        self._spans = spans
        self._starts = [s[0] for s in spans]
        self._quotes = list(quotes)
        # Longest content span so far, to know how far back a containing span may start.
        self._reach: list[int] = []
        best = 0
        for _start, end, _n in spans:
            best = max(best, end)
            self._reach.append(best)

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose content covers ``offset`` (the innermost if several do)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        best: tuple[int, int, int] | None = None
        # Walk left only while some earlier span can still reach the offset.
        while i >= 0 and self._reach[i] > offset:
            start, end, n = self._spans[i]
            if start <= offset < end and (best is None or end - start < best[1] - best[0]):
                best = (start, end, n)
            i -= 1
        return self._quotes[best[2]] if best is not None else None

    @staticmethod
    def speaker(quote: Quote) -> tuple[str | None, Span | None]:
        return quote.speaker, quote.speaker_mention
