"""Each token's dependents with given labels, indexed once per document.

``Token.children`` scans a token's whole subtree (spaCy walks from its left
to its right edge), so asking "the subject of this verb?" costs the width of
the verb's clause. Extractors ask it for every cue and pronoun; on run-on
text whose verbs govern thousands of tokens that made them quadratic. One
pass over the document answers every such question in constant time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["dependents"]

#: The indexes of the document read last, by label set (documents are processed one at a time).
_LAST: tuple[Doc, dict[frozenset[str], dict[int, list[int]]]] | None = None


def dependents(doc: Doc, labels: frozenset[str]) -> dict[int, list[int]]:
    """Token index -> indexes of its dependents whose label is in ``labels``, in text order.

    Built on first use for a document and label set, then reused while the
    same document is asked about (by identity, so a new document never sees
    an old index).
    """
    global _LAST
    last = _LAST
    if last is None or last[0] is not doc:
        last = (doc, {})
        _LAST = last
    index = last[1].get(labels)
    if index is None:
        index = {}
        for token in doc:
            if token.dep_ in labels and token.head.i != token.i:
                index.setdefault(token.head.i, []).append(token.i)
        last[1][labels] = index
    return index
