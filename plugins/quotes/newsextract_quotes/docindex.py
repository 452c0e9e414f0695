"""Position look-ups on the parsed document, built once per document.

spaCy's ``token.sent`` walks the sentence on every call and ``char_span``
needs exact boundaries; the extractors ask "which token is at this
character" and "which sentence is this token in" thousands of times, so both
answers are precomputed into arrays and found by bisection.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DocIndex"]


class DocIndex:
    """Token starts/ends and sentence boundaries of one ``Doc``."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts: list[int] = [t.idx for t in doc]
        self.ends: list[int] = [t.idx + len(t.text) for t in doc]
        self.sent_of: list[int] = [0] * len(doc)
        #: (first token, end token) of each sentence.
        self.sents: list[tuple[int, int]] = []
        try:
            sents = list(doc.sents)
        except ValueError:  # no sentence boundaries set (a blank pipeline)
            sents = [doc[:]] if len(doc) else []
        for number, sent in enumerate(sents):
            self.sents.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = number

    def __len__(self) -> int:
        return len(self.starts)

    def token_at(self, char: int) -> int:
        """Index of the last token starting at or before ``char`` (0 for an empty prefix)."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of tokens that share a character with ``[start, end)``."""
        lo = bisect.bisect_right(self.ends, start)
        hi = bisect.bisect_left(self.starts, end)
        return range(lo, max(lo, hi))

    def sent_chars(self, token: int) -> tuple[int, int]:
        """Character range of the sentence holding ``token``."""
        first, last = self.sents[self.sent_of[token]]
        return self.starts[first], self.ends[last - 1]

    def span_chars(self, first: Token, last: Token) -> tuple[int, int]:
        return first.idx, last.idx + len(last.text)
