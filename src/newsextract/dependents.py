"""Each token's dependents by label, indexed once per document.

``Token.children`` scans a token's whole subtree (spaCy walks from its left
to its right edge), so asking "the subject of this verb?" costs the width of
the verb's clause. Extractors ask it for every cue and pronoun; on run-on
text whose verbs govern thousands of tokens that made them quadratic. One
pass over the document answers every such question in time proportional to
the answer. Every plugin shares the one table per document, so the pass is
paid once however many plugins ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ChildTable",
    "child_table",
    "children",
    "conjuncts",
    "dependents",
    "lefts",
    "rights",
]


class ChildTable:
    """Children of every token of one document, by dependency label, in text order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._kids: list[dict[str, list[Token]]] = [{} for _ in range(len(doc))]
        #: Every token's children in text order (``Token.children`` without the subtree walk).
        self._ordered: list[list[Token]] = [[] for _ in range(len(doc))]
        for token in doc:
            if token.head.i != token.i:
                self._kids[token.head.i].setdefault(token.dep_, []).append(token)
                self._ordered[token.head.i].append(token)
        #: ``dependents`` answers, by label set.
        self._by_labels: dict[frozenset[str], dict[int, list[int]]] = {}

    def kids(self, i: int, *labels: str) -> list[Token]:
        """Children of token ``i`` with one of ``labels``, in text order per label."""
        table = self._kids[i]
        if len(labels) == 1:
            return table.get(labels[0], [])
        return [child for label in labels for child in table.get(label, [])]

    def labelled(self, i: int) -> dict[str, list[Token]]:
        """All children of token ``i``, by label (read-only: shared by every caller)."""
        return self._kids[i]

    def children(self, i: int) -> list[Token]:
        """All children of token ``i`` in text order (read-only: shared by every caller)."""
        return self._ordered[i]

    def by_labels(self, labels: frozenset[str]) -> dict[int, list[int]]:
        index = self._by_labels.get(labels)
        if index is None:
            index = {}
            for token in self.doc:
                if token.dep_ in labels and token.head.i != token.i:
                    index.setdefault(token.head.i, []).append(token.i)
            self._by_labels[labels] = index
        return index


#: The table of the document read last (documents are processed one at a time).
_LAST: ChildTable | None = None


def child_table(doc: Doc) -> ChildTable:
    """The document's child table, built on first use and reused while the same document is asked about.

    The cache is checked by identity, so a new document never sees an old table.
    """
    global _LAST
    table = _LAST
    if table is None or table.doc is not doc:
        table = ChildTable(doc)
        _LAST = table
    return table


def dependents(doc: Doc, labels: frozenset[str]) -> dict[int, list[int]]:
    """Token index -> indexes of its dependents whose label is in ``labels``, in text order."""
    return child_table(doc).by_labels(labels)


def children(token: Token) -> list[Token]:
    """``token.children`` (text order) from the document's child table, in time proportional
    to the answer: spaCy walks the token's whole subtree, the width of a run-on clause."""
    return child_table(token.doc).children(token.i)


def lefts(token: Token) -> list[Token]:
    """``token.lefts`` (the children before it, text order) from the child table."""
    return [child for child in children(token) if child.i < token.i]


def rights(token: Token) -> list[Token]:
    """``token.rights`` (the children after it, text order) from the child table."""
    return [child for child in children(token) if child.i > token.i]


def conjuncts(token: Token) -> tuple[Token, ...]:
    """``token.conjuncts`` from the child table: spaCy's own walk (up the ``conj`` chain to
    its first member, then every ``conj`` to the right, breadth first; the first member
    included unless it is ``token``), without reading the first member's whole subtree."""
    start = token
    while start.i != start.head.i and start.dep_ == "conj":
        start = start.head
    queue = [start]
    output = [start]
    for word in queue:
        for child in rights(word):
            if child.dep_ == "conj":
                output.append(child)
                queue.append(child)
    return tuple(word for word in output if word.i != token.i)
