"""A party's nomination won by its candidate: "clinch her party's nomination", "should he win
his party's nomination".

Round 10 rules that a party nominating a candidate is SUPPORT (appoint); the rounds annotated
under the latest rulings (21-22) code the nomination a candidate wins, clinches or accepts as
that act, from the party to the candidate, on the noun "nomination" (6 of 8 "his/her party's
nomination" in rounds 18-22; the older rounds 5-17 left most of them out, 1 of 7). The
lexicon's "nomination" needs an "of"-phrase naming the one nominated ("the nomination of
Garland"); here the possessive chain names both sides: the party (the agent) and the one
whose party it is (the target); a party named by a modifier ("secured the GOP nomination")
backs the getting verb's subject. "The nomination" alone names no party and stays out.

The condition name is ``"partywon"``, asked by :mod:`.noun_conditions` for names it does not
know; the roles of a sense with that condition are read by :func:`party_roles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import PARTY_WORDS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The condition of a nomination a party gives the one whose party it is.
PARTY_WON = "partywon"
#: Verbs of getting the nomination: the party's act, told as the candidate's.
_GETTING = words("win clinch capture secure seal receive accept claim earn gain sew lock")


def condition(token: Token, need: str, governor: Token | None) -> bool | None:
    """Whether ``token`` meets ``need``; ``None`` when ``need`` is not a condition of this module."""
    del governor
    if need == PARTY_WON:
        return party_roles(token) is not None
    return None


def party_roles(noun: Token) -> tuple[Token, Token | None] | None:
    """The party and its candidate of "win her party's nomination" (the nominating party
    possessed by the one it nominates) or of "secured the GOP nomination" (the party by
    name; the candidate is the getting verb's subject, left to the roles: None here), the
    object of a verb of getting it; or None. "The party's nomination" names no candidate in
    the phrase; "Trump's nomination" no party (the lexicon's "of"-phrase reading covers "the
    nomination of X"); "the favorite for her party's nomination", "seek her party's
    nomination" tell no nomination given."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _GETTING:
        return None
    for party in noun.children:
        if party.dep_ == "poss" and party.lemma_.lower() == "party":
            for owner in party.children:
                if owner.dep_ == "poss" and (owner.tag_ == "PRP$" or owner.pos_ == "PROPN"):
                    return party, owner
        if party.dep_ in ("compound", "amod") and party.lower_ in PARTY_WORDS:
            return party, None
    return None
