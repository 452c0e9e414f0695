"""Per-document token attributes as arrays, so rules visit only the tokens they need.

Iterating a spaCy ``Doc`` creates one Python ``Token`` per position, which is
most of what a pass over the tokens costs. ``Doc.to_array`` reads attributes
without that; the rules then create tokens only at the positions that can
matter (a pronoun, a quotation mark, a candidate noun).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IS_ALPHA, IS_SPACE, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TokenTable"]


class TokenTable:
    """The attributes of one document's tokens the actor rules read in bulk."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        if len(doc):
            table = doc.to_array([LOWER, ORTH, SENT_START, IS_ALPHA, IS_SPACE])
        else:
            table = np.zeros((0, 5), dtype=np.uint64)
        self.lower = table[:, 0]
        self.orth = table[:, 1]
        starts = table[:, 2].astype(np.int64) == 1
        if len(doc):
            starts[0] = False
        #: sentence number of every token
        self.sentence: list[int] = np.cumsum(starts).tolist()
        self.is_alpha = table[:, 3] == 1
        self.is_space = table[:, 4] == 1

    def where_lower(self, words: Iterable[str]) -> list[int]:
        """Positions whose lower-cased text is one of ``words``, in order."""
        ids = np.array([get_string_id(w) for w in words], dtype=np.uint64)
        return np.nonzero(np.isin(self.lower, ids))[0].tolist()

    def where_orth(self, words: Iterable[str]) -> list[int]:
        """Positions whose exact text is one of ``words``, in order."""
        ids = np.array([get_string_id(w) for w in words], dtype=np.uint64)
        return np.nonzero(np.isin(self.orth, ids))[0].tolist()

    def spaces(self) -> list[int]:
        """Positions of whitespace tokens (paragraph breaks among them)."""
        return np.nonzero(self.is_space)[0].tolist()
