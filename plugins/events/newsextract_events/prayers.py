"""Prayers offered for someone: "our prayers are with the victims", "sent their thoughts and
prayers to the families", "we say a prayer for the town".

Round 17 rules condolences SUPPORT toward the bereaved and round 18 a moment of silence for a
victim; the annotators code prayers the same way, on the noun, toward the ones prayed for
(rounds 19-22: statements and tweets after attacks), with the one who prays as agent when the
text names them and a null agent otherwise (a tweet's "my prayers" whose author is no actor).
A prayer as a rite ("evening prayers", "funeral prayers for his relatives") or with no one it
is for ("Republicans tweet prayers") is no event.

The one prayed for is named by a "for"/"to" phrase on the noun or on the verb that offers it
("offered prayers to the families", "sent prayers for X"), or by the "with"/"out to" phrase of
the clause the prayers are the subject of ("our prayers are with X", "my thoughts and prayers
go out to X"); "thoughts and prayers" is read from its first word. The condition name is
``"prayedfor"``, asked by :mod:`.noun_conditions` for names it does not know; the roles are
read by :func:`prayer_roles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The condition of a prayer offered for someone.
PRAYED_FOR = "prayedfor"
#: Prepositions of the noun or of its offering verb that name the one prayed for.
_FOR_TO = frozenset({"for", "to"})
#: Prepositions of the clause prayers are the subject of: "are with X", "go out to X".
_WITH_TO = frozenset({"with", "to"})
#: Verbs that offer prayers: "offered their prayers to", "sent prayers for", "say a prayer".
_OFFERING = words("offer send say extend express tweet give")
#: Verbs whose subject prayers are, with whom they are: "are with", "go out to".
_BEING = words("be go")


def condition(token: Token, need: str, governor: Token | None) -> bool | None:
    """Whether ``token`` meets ``need``; ``None`` when ``need`` is not a condition of this module."""
    del governor
    if need != PRAYED_FOR:
        return None
    return prayer_roles(token) is not None


def _objects(head: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``head``'s prepositions in ``preps`` (also behind a particle: "go out to X")."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            found.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prt":
            found.extend(_objects(child, preps))
    return found


def _phrase_head(noun: Token) -> Token:
    """The first noun of a coordination the prayer noun ends ("thoughts and prayers")."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ == "NOUN":
        head = head.head
    return head


def prayer_roles(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """The ones who pray and the ones prayed for, or None when no one is prayed for or the
    prayer is a rite named by a modifier ("evening prayers", "funeral prayers")."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in noun.children):
        return None  # "funeral prayers", "evening prayers": a rite
    phrase = _phrase_head(noun)
    verb = phrase.head
    agents = [c for c in phrase.children if c.dep_ == "poss"]
    targets = _objects(noun, _FOR_TO) or _objects(phrase, _FOR_TO)
    if phrase.dep_ == "dobj" and verb.lemma_.lower() in _OFFERING:
        targets = targets or _objects(verb, _FOR_TO)
        agents = agents or [c for c in verb.children if c.dep_ == "nsubj"]
    elif not targets:
        being = _being_verb(noun, phrase)
        targets = [] if being is None else _objects(being, _WITH_TO)
    return (agents, targets) if targets else None


def _being_verb(noun: Token, phrase: Token) -> Token | None:
    """The "be"/"go" the prayers are the subject of: the phrase's head, or the verb right
    after the noun when the parser lost the subject (a tweet's markup before "My thoughts and
    prayers are with ..." makes "thoughts" another word's object)."""
    if phrase.dep_ == "nsubj" and phrase.head.lemma_.lower() in _BEING:
        return phrase.head
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("VERB", "AUX") and after.lemma_.lower() in _BEING:
        return after
    return None
