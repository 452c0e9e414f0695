"""Allegations inside quotes: the quote's speaker is the one accusing.

In '"They are fuelling the war," Mao said' nothing in the quoted sentence
names the accuser; the quotes stage already knows it is Mao. The innermost
content span at every offset is computed once per document and looked up by
bisection, so attaching speakers is O(n log n) in the number of allegations
and quotes.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence

from newsextract import Quote, Span

__all__ = ["QuoteIndex"]


class QuoteIndex:
    """Finds the quote whose content contains a character offset.

    The answer only changes at a content span's start or end, so it is computed once per
    stretch between two such boundaries (a sweep with a heap of the open spans) and each
    lookup is one bisection. Walking left from the offset through every span that might
    still cover it was quadratic when one long content span covered a run-on sentence of
    cues: every cue walked back to it.
    """

    def __init__(self, quotes: Sequence[Quote]) -> None:
        spans: list[tuple[int, int, int]] = []
        for n, quote in enumerate(quotes):
            for content in quote.content:
                spans.append((content.start, content.end, n))
        spans.sort()
        self._quotes = list(quotes)
        self._bounds = sorted({offset for start, end, _n in spans for offset in (start, end)})
        self._answers = self._sweep(spans, self._bounds)

    @staticmethod
    def _sweep(spans: list[tuple[int, int, int]], bounds: list[int]) -> list[int | None]:
        """The quote covering each stretch ``[bounds[k], bounds[k + 1])``: the shortest open
        span, the later one in ``spans`` order on a tie (as the walk from the right found)."""
        answers: list[int | None] = []
        open_spans: list[tuple[int, int, int, int]] = []  # (length, -position, end, quote)
        nxt = 0
        for point in bounds:
            while nxt < len(spans) and spans[nxt][0] <= point:
                start, end, n = spans[nxt]
                heapq.heappush(open_spans, (end - start, -nxt, end, n))
                nxt += 1
            while open_spans and open_spans[0][2] <= point:
                heapq.heappop(open_spans)  # closed before this stretch
            answers.append(open_spans[0][3] if open_spans else None)
        return answers

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose content covers ``offset`` (the innermost if several do)."""
        k = bisect.bisect_right(self._bounds, offset) - 1
        n = self._answers[k] if k >= 0 else None
        return self._quotes[n] if n is not None else None

    @staticmethod
    def speaker(quote: Quote) -> tuple[str | None, Span | None]:
        return quote.speaker, quote.speaker_mention
