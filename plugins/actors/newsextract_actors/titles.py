"""Titles and affiliation cues from the parse around a name.

News introduces people with a pre-modifier ("Foreign Ministry spokesperson Mao
Ning", "Belarusian President Alexander Lukashenko") or an apposition
("Obama, the president"; "the president, Barack Obama"). The same stretch of
text usually says whom the person serves, so the names inside a title are the
affiliation cues. Everything here looks only at a mention's own syntactic
neighbours, so the cost is proportional to the mention, never to the document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mentions import Mention

_PREMODIFIER_DEPS: Final[frozenset[str]] = frozenset({"compound", "amod", "nmod", "nn"})
_LEADING_JUNK: Final[frozenset[str]] = frozenset({"det", "punct", "cc", "case", "prep"})
_STOP_DEPS: Final[frozenset[str]] = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos", "parataxis"}
)
MAX_TITLE_TOKENS: Final[int] = 8


#: How far from a word its title, apposition or "of" phrase may start or end.
#: spaCy's ``Token.lefts``/``rights`` walk the whole subtree and ``Span.root``
#: walks up to the sentence root, both O(n) on degenerate parses (a 10,000-word
#: chain of conjuncts), which would make the plugin quadratic; these bounded
#: scans keep every look-up O(WINDOW).
WINDOW: Final[int] = 2 * MAX_TITLE_TOKENS


def near_lefts(token: Token) -> Iterator[Token]:
    """Left children of ``token`` within :data:`WINDOW` tokens, nearest last."""
    doc = token.doc
    for i in range(max(token.left_edge.i, token.i - WINDOW), token.i):
        if doc[i].head.i == token.i:
            yield doc[i]


def near_rights(token: Token) -> Iterator[Token]:
    """Right children of ``token`` within :data:`WINDOW` tokens, nearest first."""
    doc = token.doc
    for i in range(token.i + 1, min(token.right_edge.i, token.i + WINDOW) + 1):
        if doc[i].head.i == token.i:
            yield doc[i]


def span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of ``doc[start:end]`` whose head lies outside it (the last such one)."""
    root = doc[end - 1]
    for i in range(end - 1, start - 1, -1):
        head = doc[i].head.i
        if head == i or not start <= head < end:
            return doc[i]
    return root


@dataclass(frozen=True)
class Title:
    """A title's token range ``[start, end)`` in the doc and its text."""

    start: int
    end: int
    text: str
    head: int  #: the role noun ("spokesperson", "president")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (
        doc[start].dep_ in _LEADING_JUNK or doc[start].is_punct or doc[start].tag_ == "PRP$"
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in {"cc", "case"}):
        end -= 1
    return start, end


def _make(doc: Doc, start: int, end: int, head: int | None = None) -> Title | None:
    if end - start > WINDOW:  # before trimming: a run of junk tokens is no title either
        return None
    start, end = _trim(doc, start, end)
    if end <= start or end - start > MAX_TITLE_TOKENS:
        return None
    span = doc[start:end]
    if not any(t.is_alpha for t in span):
        return None
    if head is None or not start <= head < end:
        head = end - 1
    return Title(start, end, span.text, head)


def premodifier(doc: Doc, mention: Mention) -> Title | None:
    """The pre-modifying title of a name: "Foreign Ministry spokesperson" Mao Ning."""
    lo = mention.start
    for token in doc[mention.start : mention.end]:
        for child in near_lefts(token):
            if child.i < mention.start and child.dep_ in _PREMODIFIER_DEPS:
                lo = min(lo, child.left_edge.i)
    if lo >= mention.start:
        return None
    if mention.start - lo > 2 * MAX_TITLE_TOKENS:
        return None
    # A title never crosses a sentence boundary (a parse error if it seems to).
    if any(token.is_sent_start for token in doc[lo + 1 : mention.start + 1]):
        return None
    return _make(doc, lo, mention.start)


def _appos_after(child: Token) -> Title | None:
    """An apposition after the name ("Obama, the president, said"), cut before clauses."""
    doc = child.doc
    start = _with_possessor(doc, child.left_edge.i)
    end = child.i + 1
    for token in near_rights(child):
        if token.dep_ in _STOP_DEPS or token.is_punct:
            break
        end = token.right_edge.i + 1
    return _make(doc, start, end)


def _with_possessor(doc: Doc, start: int) -> int:
    """Extend a phrase start over a possessor the parser left out ("Belarus' only president")."""
    if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN":
        head = doc[start - 2]
        lo = start - 2
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i == head.i:
            lo -= 1
        return lo
    return start


def apposition(doc: Doc, mention: Mention) -> Title | None:
    """A title in apposition to the name, before or after it."""
    root = span_root(doc, mention.start, mention.end)
    for child in near_rights(root):
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= mention.end:
            return _appos_after(child)
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < mention.start:
        start = head.left_edge.i
        end = min(head.i + 1 + _prep_length(head, mention.start), mention.start)
        return _make(doc, start, end, head.i)
    return None


def _prep_length(head: Token, limit: int) -> int:
    """Tokens after an appositive head that still belong to it ("spokesperson for X")."""
    end = head.i + 1
    for token in near_rights(head):
        if token.i >= limit or token.dep_ != "prep":
            break
        end = token.right_edge.i + 1
    return max(0, min(end, limit) - head.i - 1)


def of_phrase(doc: Doc, mention: Mention) -> tuple[int, int] | None:
    """The object range of an "X of Y" attached to the name ("Lukashenko of Belarus")."""
    root = span_root(doc, mention.start, mention.end)
    for child in near_rights(root):
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}:
            objects = [c for c in near_rights(child) if c.dep_ == "pobj"]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i + 1
    return None


def possessor(doc: Doc, mention: Mention) -> tuple[int, int] | None:
    """The possessor of a name ("China's Foreign Ministry")."""
    root = span_root(doc, mention.start, mention.end)
    for child in near_lefts(root):
        if child.dep_ == "poss" and child.i < mention.start:
            return child.left_edge.i, child.i + 1
    return None
