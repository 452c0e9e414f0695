"""Event nouns that are received rather than done: "enjoyed the support of X".

A noun such as "support" names an act of the actor in its "of"/"from" phrase
even when the sentence's verb belongs to the receiver ("Clinton has won the
support of women"). Those constructions need a condition of their own and
roles read the other way round, so they live apart from the general noun
conditions of :mod:`.noun_conditions`, which asks this module about any
condition name it does not know.

The condition is ``"taken"``: the noun is backing someone receives from named
givers ("Clinton enjoyed tremendous support from black voters", "Baxter had
the full support of the farm lobby", "she rose with the support of
groups like X", "Sanders's support from blacks", "lacks support from his colleagues"),
backing a giver hands to someone ("threw their support to her") or comes to give ("came to
Carson's support"). The bare noun stays out: "support for
the plan", "support among women rose" are a policy's or a poll's, no event
between actors (plugins/events/README.md: the noun alone was dropped three times).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import words
from .syntax import conjuncts, prep_objects, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .syntax import Tree

#: The condition name of the noun lexicon's "support" entry.
TAKEN = "taken"

#: Verbs whose subject gets or holds the backing its object names, from someone else.
_RECEIVING = words(
    """have enjoy win receive get gain consolidate maintain keep retain earn secure garner
    attract draw need want court seek solidify collect land pick lack"""
)
#: Receiving verbs whose object's possessor is the giver ("won his support", "will need
#: their support"); after "consolidate"/"maintain" the possessor holds it ("kept his support").
_ASKING = words("win earn need want court seek secure get receive gain land")
#: Verbs handing one's backing to someone: "threw their support to her", "gave his support
#: to X", "flipped their support to Y" (the "to"-phrase is who gets it).
_GIVING = words("throw give lend offer pledge extend flip shift switch transfer")
#: Prepositions that name who gives the backing received.
_GIVERS = frozenset({"of", "from", "among"})
_FROM_AMONG = frozenset({"from", "among"})
_FROM = frozenset({"from"})
_TO = frozenset({"to"})
#: "rose with the support of X", "won without the support of Y": the clause's subject got it.
_WITH = frozenset({"with", "without"})
#: Verbs of coming to someone's side: "came to Carson's support", "rallied to his support".
_RESCUING = words("come rush rally leap jump spring run")
#: Entities that give backing: people and bodies, never a share of a poll.
_GIVER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Modifiers that make backing a poll's measure: "record low support from black voters".
_POLL_MODS = words("low lower lowest high higher highest record")
#: Shares and counts: "the backing of 40 percent of voters" is a poll's.
_SHARES = words("percent percentage majority minority third half quarter share plurality")


def condition(token: Token, need: str, governor: Token | None) -> bool | None:
    """Whether ``token`` meets ``need``; ``None`` when ``need`` is not a condition of this module."""
    del governor
    if need != TAKEN:
        return None
    return _received(token) or _handed(token) or _rescue(token) is not None


def _giver(token: Token) -> bool:
    """A noun that can give backing: a name, a noun or a pronoun -- not a poll's share ("40
    percent of voters") or a number (whether it is an actor is judged with the roles)."""
    if token.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY", "MONEY"):
        return False
    if token.lemma_.lower() in _SHARES:
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return False  # "nearly four in 10 likely voters": a poll's count
    return token.ent_type_ in _GIVER_ENTS or token.pos_ in ("NOUN", "PROPN", "PRON")


def _child_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``token``'s prepositions in ``preps`` (read off the children: the condition
    runs before the document's tree is built)."""
    return [
        obj
        for c in token.children
        if c.dep_ in ("prep", "dative") and c.lower_ in preps
        for obj in c.children
        if obj.dep_ == "pobj"
    ]


def _own_givers(noun: Token) -> frozenset[str]:
    """The noun's prepositions naming givers: not "of" after a people adjective ("twice the
    Catholic support of Mr. Hale": the adjective gives it, "of" names who gets it)."""
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in noun.children):
        return _FROM_AMONG
    return _GIVERS


def _receiver_verb(noun: Token) -> Token | None:
    """The receiving verb whose object the noun is ("enjoyed support"), or the verb a
    "with the support of" phrase hangs on ("rose with the support of X")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _RECEIVING:
        return head
    if (
        noun.dep_ == "pobj"
        and head.lower_ in _WITH
        and head.head.pos_ in ("VERB", "AUX")
        and _child_objects(noun, frozenset({"of"}))
    ):
        return head.head
    return None


def _rescue(noun: Token) -> Token | None:
    """The verb of "came to Carson's support": backing someone comes to give, its possessor
    the one backed and the verb's subject the giver (elsewhere a possessor gives: "her
    support for X")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    if prep.head.lemma_.lower() not in _RESCUING or prep.head.pos_ != "VERB":
        return None
    return prep.head if any(c.dep_ == "poss" for c in noun.children) else None


def _received(noun: Token) -> bool:
    """Backing received from a named giver: a receiving verb with an "of"/"from"/"among"
    phrase (on the noun, or "from"/"among" on the verb), an asking verb with the giver as
    possessor, or a possessor's support "from" someone ("Sanders's support from blacks")."""
    if any(c.dep_ == "nummod" or c.lemma_.lower() in _POLL_MODS | _SHARES for c in noun.children):
        return False  # "three times the evangelical support of X", "majority support": a poll's
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and any(_giver(o) for o in _child_objects(noun, _FROM)):
        return True  # (not "Clinton's support among women rose": a poll's)
    verb = _receiver_verb(noun)
    if verb is None:
        return False
    givers = [*_child_objects(noun, _own_givers(noun)), *_child_objects(verb, _FROM_AMONG)]
    if any(_giver(g) for g in givers):
        return True
    return verb.lemma_.lower() in _ASKING and noun.dep_ == "dobj" and bool(owners)


def _handed(noun: Token) -> bool:
    """Backing handed to someone: "threw their support to her" (a giving verb's object with
    a "to"-phrase on the noun or the verb)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _GIVING:
        return False
    return any(_giver(o) for o in [*_child_objects(noun, _TO), *_child_objects(verb, _TO)])


def roles(noun: Token, tree: Tree) -> tuple[list[Token], list[Token]] | None:
    """Agents and targets of a received or handed noun, ``None`` when it is neither (the
    usual reading then applies: "his support for X")."""
    if _handed(noun):
        giving = noun.head
        giver = subject_of(giving, tree)
        givers = [giver] if giver is not None else tree.kids(noun, "poss")
        return givers, [*prep_objects(noun, _TO, tree), *prep_objects(giving, _TO, tree)]
    rescuing = _rescue(noun)
    if rescuing is not None:
        giver = subject_of(rescuing, tree)  # "came to Carson's support": who came gives it
        return list(conjuncts(giver, tree)) if giver is not None else [], tree.kids(noun, "poss")
    if not _received(noun):
        return None
    owners = tree.kids(noun, "poss")
    verb = _receiver_verb(noun)
    if verb is None:
        # "Sanders's support from blacks": the possessor got it
        return list(prep_objects(noun, _FROM, tree)), owners
    givers = [
        *prep_objects(noun, _own_givers(noun), tree),
        *prep_objects(verb, _FROM_AMONG, tree),
    ] or owners
    subject = subject_of(verb, tree)
    if subject is None:
        return [], []  # backing no one is said to get: no event between actors
    return givers, list(conjuncts(subject, tree))
