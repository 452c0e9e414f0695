"""Character intervals and the tokens they cover: the units every metric counts in.

Spans are compared as *token sets*, not as character ranges, so that a missing
full stop or a quotation mark on one side does not turn a near-perfect match
into a miss. Two tokenisations are used: word runs for content, and word runs
plus single punctuation marks for sources and cues (PolNeAR has cues that are
just a colon). A token belongs to a span when they share at least one
character, which is forgiving towards spans cut inside a word.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "Interval",
    "Intervals",
    "Tokenization",
    "exact_key",
    "is_direct",
    "normalize_intervals",
]

#: A half-open ``[start, end)`` range of character offsets.
Interval = tuple[int, int]
#: A possibly discontinuous span: sorted fragments.
Intervals = tuple[Interval, ...]

_CONTENT_TOKEN = re.compile(r"\w+")
_ROLE_TOKEN = re.compile(r"\w+|[^\w\s]")
# Quotation marks just outside a content span still make it a direct quote.
_OPENING_MARKS = frozenset("\"“‘'")
_CLOSING_MARKS = frozenset("\"”’'")


def normalize_intervals(intervals: Iterable[Interval]) -> Intervals:
    """Sorted, de-duplicated fragments, so that equal spans compare equal."""
    return tuple(sorted(set(intervals)))


@dataclass(frozen=True)
class Tokenization:
    """Token offsets of one text with fast look-up of the tokens a span touches."""

    starts: Sequence[int]
    ends: Sequence[int]

    @classmethod
    def content(cls, text: str) -> Tokenization:
        return cls._of(text, _CONTENT_TOKEN)

    @classmethod
    def roles(cls, text: str) -> Tokenization:
        return cls._of(text, _ROLE_TOKEN)

    @classmethod
    def _of(cls, text: str, pattern: re.Pattern[str]) -> Tokenization:
        starts: list[int] = []
        ends: list[int] = []
        for match in pattern.finditer(text):
            starts.append(match.start())
            ends.append(match.end())
        return cls(starts, ends)

    def covered(self, intervals: Intervals) -> frozenset[int]:
        """Indices of the tokens sharing at least one character with the intervals.

        A binary search finds the first candidate, so the cost is the number of
        tokens covered, not the length of the text.
        """
        found: set[int] = set()
        n = len(self.starts)
        for start, end in intervals:
            i = max(bisect.bisect_right(self.starts, start) - 1, 0)
            while i < n and self.starts[i] < end:
                if self.ends[i] > start:
                    found.add(i)
                i += 1
        return frozenset(found)


def _ignorable(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def exact_key(intervals: Intervals, text: str) -> frozenset[int]:
    """The covered characters that are neither whitespace nor punctuation.

    Two contents match exactly when their keys are equal: for contiguous spans
    that is a boundary comparison that ignores a stray quotation mark, comma or
    space at either end; for discontinuous ones it also ignores how the gap
    between fragments was drawn.
    """
    limit = len(text)
    return frozenset(
        i
        for start, end in intervals
        for i in range(max(start, 0), min(end, limit))
        if not _ignorable(text[i])
    )


def is_direct(intervals: Intervals, text: str) -> bool:
    """Whether a content is a direct quote: it holds quotation marks, or is framed by them.

    Up to two quotation marks right before and after the content count, since
    annotators and extractors disagree on whether the marks belong to the span.
    (Before the content, the two-character window may end in a line break.)
    Two apostrophes stand for a double quote (some newspapers' typesetting);
    single curly quotes count only as an opening-closing pair, so an apostrophe
    in "don’t" does not make a quote direct.
    """
    if not intervals:
        return False
    first, last = intervals[0][0], intervals[-1][1]
    before = text[max(first - 2, 0) : max(first, 0)]
    # Compatibility with the reference scorer (its regex ``$`` also matches
    # before a final newline): a mark ending the previous line still counts.
    before = before.removesuffix("\n")
    k = len(before)
    while k > 0 and before[k - 1] in _OPENING_MARKS:
        k -= 1
    after = text[last : last + 2]
    j = 0
    while j < len(after) and after[j] in _CLOSING_MARKS:
        j += 1
    framed = before[k:] + " ".join(text[s:e] for s, e in intervals) + after[:j]
    if any(mark in framed for mark in '"“”') or "''" in framed:
        return True
    opening = framed.find("‘")
    return opening >= 0 and "’" in framed[opening:]
