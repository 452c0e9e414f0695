"""Dependency-tree helpers: who is the subject, what is the noun phrase, which clause governs.

Everything here walks a bounded number of steps up or along a token's
children, so the cost per trigger is constant and a document's cost linear.
spaCy's small English model makes typical mistakes (a participle parsed as an
adjective, a raising verb's subject left on the upper verb); the helpers
follow those paths rather than assuming a clean tree.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

__all__ = [
    "ACTOR_ENTS",
    "EntityIndex",
    "conjuncts",
    "has_child",
    "is_passive",
    "np_bounds",
    "prep_objects",
    "subject_of",
]

#: Entity labels that name something able to act.
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_NP_LEFT_DEPS = frozenset({"det", "poss", "case", "amod", "compound", "nummod", "nmod", "quantmod"})
_MAX_UP = 6
_OBJECT_CONTROL_PREPS = frozenset({"of", "for", "with", "from"})


class EntityIndex:
    """Token index → entity span, built once per document (``doc.ents`` has no position look-up)."""

    def __init__(self, doc: Doc) -> None:
        self._by_token: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self._by_token[i] = ent

    def of(self, token: Token) -> Span | None:
        return self._by_token.get(token.i)


def np_bounds(token: Token, ents: EntityIndex) -> tuple[int, int]:
    """Character bounds of the short noun phrase headed by ``token``.

    Only pre-modifiers are kept ("Kyiv's army", "the US allegations"): relative
    clauses and prepositional tails would make mentions sentence-long and let
    them overlap other participants.
    """
    ent = ents.of(token)
    left = token.i
    for child in token.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            left = min(left, child.left_edge.i)
    doc = token.doc
    start = doc[left].idx
    end = token.idx + len(token.text)
    if ent is not None:
        start = min(start, ent.start_char)
        end = max(end, ent.end_char)
    # never start on punctuation or a quotation mark left over from the left edge
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
        start = doc[left].idx if ent is None else min(doc[left].idx, ent.start_char)
    return start, end


def conjuncts(token: Token) -> Iterator[Token]:
    """The token and the nouns coordinated with it ("the US and NATO")."""
    yield token
    for other in token.conjuncts:
        if other.i > token.i:
            yield other


def has_child(token: Token, dep: str, lemmas: frozenset[str] | None = None) -> bool:
    return any(
        c.dep_ == dep and (lemmas is None or c.lower_ in lemmas or c.lemma_.lower() in lemmas)
        for c in token.children
    )


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def prep_objects(token: Token, preps: frozenset[str]) -> Iterator[Token]:
    """Objects of the prepositions in ``preps`` attached to ``token`` ("against X", "on X")."""
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from conjuncts(obj)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, following the paths the parser leaves it on.

    Coordinated verbs share the first verb's subject; an xcomp's subject is the
    upper verb's object if it has one ("urged X to leave"), else its subject
    ("was expected to arrive", "plans to visit"); a relative clause's subject
    is the noun it modifies.
    """
    node = verb
    for _ in range(_MAX_UP):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if child.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
                    return node.head
                return child
        if node.dep_ == "relcl":
            return node.head
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        if node.dep_ == "xcomp":
            for child in node.head.children:
                if child.dep_ == "dobj":
                    return child
            node = node.head
            continue
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            # "accused X of fuelling ...": the accused does it; "by providing": the
            # same subject as the verb the by-phrase modifies
            prep = node.head
            upper = prep.head
            if prep.lower_ in _OBJECT_CONTROL_PREPS:
                obj = next((c for c in upper.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return obj
            if upper.pos_ not in ("VERB", "AUX"):
                return None
            node = upper
            continue
        return None
    return None
