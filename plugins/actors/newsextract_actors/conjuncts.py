"""Runs of coordinated words, read from their first member.

The parser hangs the second and later conjuncts of "Florida and Ohio" or "Syrian
and Iraqi refugees" on the first one, so what the run does (its dependency, the
noun an adjective run modifies) is read from that first member. Places and
groups both ask it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import titles

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["conjuncts", "first_adjective", "first_conjunct"]


def conjuncts(token: Token) -> list[Token]:
    """The run of conjuncts ``token`` belongs to: the first one and its ``conj`` chain."""
    first = first_conjunct(token)
    run = [first]
    for _ in range(titles.WINDOW):
        nxt = next((c for c in run[-1].children if c.dep_ == "conj" and c.i > run[-1].i), None)
        if nxt is None:
            break
        run.append(nxt)
    return run


def first_conjunct(root: Token) -> Token:
    """The first of a run of conjuncts, which says what the whole run does."""
    for _ in range(titles.WINDOW):
        if root.dep_ != "conj" or root.head.i >= root.i:
            break
        root = root.head
    return root


def first_adjective(token: Token) -> Token:
    """The first of coordinated adjectives: "Iraqi" of "Syrian and Iraqi refugees" modifies
    what "Syrian" modifies (the parser hangs it on "Syrian" as a conjunct)."""
    for _ in range(titles.WINDOW):
        if token.dep_ != "conj" or token.head.i >= token.i or token.head.pos_ != "ADJ":
            break
        token = token.head
    return token
