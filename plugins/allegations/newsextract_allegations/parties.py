"""Who is accused: turning the accused noun phrases into mention ranges.

Shared by the verbal and nominal finders so both treat coordination ("the US
and NATO" → two mentions) and possessors ("Moscow's invasion" → Moscow) alike.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import PEOPLE_NOUNS
from .syntax import Range, child, conjuncts, phrase

__all__ = ["accused_mentions", "is_party", "token_range"]

# Pronouns that can stand for an accused person or group.
_PERSONAL = frozenset(
    {"he", "she", "they", "him", "her", "them", "it", "you", "we", "us", "i", "me"}
)


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})


def token_range(token: Token) -> Range:
    return (token.idx, token.idx + len(token.text))


def is_party(token: Token) -> bool:
    """Could this noun be someone to blame? Names, pronouns, nouns for people and bodies.

    Common nouns ("the company") are not rejected outright: they are returned
    as *maybe* mentions and kept only where the actors stage found an actor.
    """
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if token.lower_ in _PERSONAL:
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in PEOPLE_NOUNS


def accused_mentions(heads: list[Token], skip: list[Token]) -> tuple[list[Range], list[Range]]:
    """Phrases of the accused, split into (names and pronouns, other noun phrases)."""
    sure: list[Range] = []
    maybe: list[Range] = []
    for head in heads:
        for h in conjuncts(head):
            if h is not head and h.pos_ not in _NOMINAL:
                continue  # a misparse coordinating a noun with a verb
            owner = child(h, "poss")
            if owner is not None and h.pos_ == "NOUN" and owner.pos_ != "PRON":
                # "condemned Moscow's invasion" accuses Moscow, not the invasion.
                sure.append((owner.left_edge.idx, owner.idx + len(owner.text)))
            else:
                (sure if is_party(h) else maybe).append(phrase(h, skip))
    return sure, maybe
