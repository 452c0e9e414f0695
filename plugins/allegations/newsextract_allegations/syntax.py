"""Dependency-tree helpers shared by the verbal and nominal finders.

Everything here works on one token's neighbourhood and climbs the tree at
most :data:`MAX_CLIMB` steps, so the cost per cue is bounded however long the
sentence (a 10,000-word run-on parse can have very deep head chains). A climb
asks each head for one kind of child, and a head can have hundreds of children
(a run of "accused" all hanging on one verb): those questions go through a
per-document index, so that they cost the same whatever the head's size.
Ranges are ``(start, end)`` character offsets into ``doc.text``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsextract.dependents import child_table
from newsextract.dependents import children as _children
from newsextract.dependents import conjuncts as _conjuncts
from newsextract.dependents import lefts as _lefts
from newsextract.dependents import rights as _rights

from .lexicon import NEGATING_HEADS

__all__ = [
    "MAX_CLIMB",
    "Range",
    "child",
    "children",
    "clause_range",
    "conjuncts",
    "coordinated_phrase",
    "first_child",
    "has_negating_child",
    "is_negated",
    "is_passive",
    "phrase",
    "prep_object_range",
    "subject_of",
    "subtree_range",
]

Range = tuple[int, int]

#: How far up the tree a search may climb before giving up.
MAX_CLIMB = 8

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NEGATORS = frozenset({"never", "neither", "nor"})
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
# Dependents that continue a list or an aside rather than the noun phrase itself.
_NOT_IN_PHRASE = frozenset(
    {"conj", "cc", "punct", "appos", "relcl", "acl", "advcl", "preconj", "case"}
)
#: Verbs whose subject, not object, does what their complement says ("promised him to ...").
_SUBJECT_CONTROL = frozenset({"promise", "vow", "threaten"})


def has_negating_child(token: Token) -> bool:
    """ "did not accuse", "never blamed": a negation hangs on ``token``."""
    return token.i in _negated_heads(token.doc)


#: Heads with a negating child in the document read last: "not" (neg) or never/neither/nor in any role.
_LAST_NEGATED: tuple[Doc, frozenset[int]] | None = None


def _negated_heads(doc: Doc) -> frozenset[int]:
    global _LAST_NEGATED
    last = _LAST_NEGATED
    if last is None or last[0] is not doc:
        heads = frozenset(
            tok.head.i
            for tok in doc
            if tok.head.i != tok.i and (tok.dep_ == "neg" or tok.lower_ in _NEGATORS)
        )
        last = (doc, heads)
        _LAST_NEGATED = last
    return last[1]


def first_child(token: Token, deps: Iterable[str]) -> Token | None:
    """The first child (in text order) whose label is in ``deps``, in time independent of fan-out."""
    table = child_table(token.doc)
    found = [kids[0] for dep in deps if (kids := table.kids(token.i, dep))]
    return min(found, key=lambda kid: kid.i) if found else None


def child(token: Token, *deps: str, text: Iterable[str] | None = None) -> Token | None:
    """The first child with one of ``deps`` (and, if given, lower-cased text in ``text``)."""
    wanted = frozenset(text) if text is not None else None
    for c in _children(token):
        if c.dep_ in deps and (wanted is None or c.lower_ in wanted):
            return c
    return None


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in _children(token) if c.dep_ in deps]


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def subtree_range(token: Token, skip: Iterable[Token] = ()) -> Range:
    """The characters of ``token``'s subtree, leaving out whole subtrees of ``skip``.

    Skipped children only trim the edges (a phrase stays contiguous): a claim
    preposition misattached to the object is cut from the object's right end.
    """
    skipped = {t.i for t in skip}
    left = token.left_edge
    right = token.right_edge
    for c in _rights(token):
        if c.i in skipped:
            right = _previous(c)
            break
    for c in reversed(list(_lefts(token))):
        if c.i in skipped:
            left = _next(c.right_edge)
            break
    left, right = _trim(left, right)
    if right.i < left.i:
        return (token.idx, _end(token))
    return (left.idx, _end(right))


def _previous(token: Token) -> Token:
    doc = token.doc
    return doc[token.left_edge.i - 1] if token.left_edge.i > 0 else token


def _next(token: Token) -> Token:
    doc = token.doc
    return doc[token.i + 1] if token.i + 1 < len(doc) else token


def _trim(left: Token, right: Token) -> tuple[Token, Token]:
    """Drop punctuation and whitespace tokens at both ends of a phrase."""
    doc = left.doc
    i, j = left.i, right.i
    while i < j and (doc[i].is_punct or doc[i].is_space):
        i += 1
    while j > i and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    return doc[i], doc[j]


def phrase(token: Token, skip: Iterable[Token] = ()) -> Range:
    """The noun phrase headed by ``token`` without its conjuncts, asides or clauses.

    "the US" out of "the US and NATO", "its allies" out of "its allies of
    fuelling the conflict" (with the misattached "of" in ``skip``).
    """
    skipped = {t.i for t in skip}
    left = token.left_edge
    right = token
    for c in _rights(token):
        if c.dep_ in _NOT_IN_PHRASE or c.i in skipped:
            break
        right = c.right_edge
    left, right = _trim(left, right)
    if right.i < left.i:
        return (token.idx, _end(token))
    return (left.idx, _end(right))


def coordinated_phrase(token: Token, skip: Iterable[Token] = ()) -> Range:
    """The phrase of ``token`` together with its conjuncts: "Russia and China"."""
    parts = [phrase(t, skip) for t in conjuncts(token)]
    return (min(p[0] for p in parts), max(p[1] for p in parts))


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it, in text order."""
    return sorted([token, *_conjuncts(token)], key=lambda t: t.i)


def prep_object_range(prep: Token) -> Range | None:
    """What a preposition governs ("of *fuelling the conflict*"), without the preposition."""
    objs = [c for c in _children(prep) if c.dep_ in ("pobj", "pcomp", "acomp", "amod", "attr")]
    if not objs:
        return None
    first = min(objs, key=lambda t: t.left_edge.i).left_edge
    last = max(objs, key=lambda t: t.right_edge.i).right_edge
    first, last = _trim(first, last)
    return (first.idx, _end(last))


def clause_range(clause: Token) -> Range:
    """A complement clause without its complementiser ("that") or edge punctuation."""
    left, right = clause.left_edge, clause.right_edge
    doc = clause.doc
    i = left.i
    while i < clause.i and (doc[i].dep_ == "mark" or doc[i].is_punct):
        i += 1
    left, right = _trim(doc[i], right)
    return (left.idx, _end(right))


def is_passive(verb: Token, subject: Token | None) -> bool:
    if subject is not None and subject.dep_ == "nsubjpass":
        return True
    if any(c.dep_ == "auxpass" for c in _children(verb)):
        return True
    # "the man accused of murder": a past participle modifying its accused.
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, borrowed from the verb it is coordinated with or controlled by.

    spaCy attaches a shared subject to the first conjunct only ("China accused
    X and condemned Y"), and a controlled verb has none ("seemed to blame");
    relative clauses get the noun they modify instead of "who".
    """
    token = verb
    for _ in range(MAX_CLIMB):
        subject = first_child(token, _SUBJECTS)
        if subject is not None:
            if subject.tag_ in _RELATIVE_TAGS and token.dep_ == "relcl":
                return token.head
            return subject
        if token.dep_ == "xcomp" and token.head is not token:
            # Object control: "pressured Sanders to attack X" - Sanders attacks.
            controller = first_child(token.head, ("dobj",))
            if controller is not None and token.head.lemma_.lower() not in _SUBJECT_CONTROL:
                return controller
        # Shared subjects: "X accused Y and condemned Z", "seemed to blame",
        # "won by denouncing" (pcomp, then its preposition).
        if token.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and token.head is not token:
            token = token.head
            continue
        if token.dep_ == "relcl" and token.head is not token:
            return token.head
        if token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and token.head is not token:
            # "the man accused of murder", "a statement accusing X"; not "a chance to bash X".
            return token.head
        return None
    return None


def is_negated(verb: Token) -> bool:
    """Whether the text does not assert the verb: "did not accuse", "refused to criticise".

    Climbs control and preposition chains ("stopped short of accusing",
    "without blaming"), never more than :data:`MAX_CLIMB` steps.
    """
    token = verb
    for _ in range(MAX_CLIMB):
        if has_negating_child(token):
            return True
        if token.lemma_.lower() in NEGATING_HEADS and token is not verb:
            return True
        if token.lower_ in ("without", "against") and token is not verb:
            # "without blaming", "decided against recommending charges"
            return True
        if (
            token.dep_ in ("xcomp", "pcomp", "prep", "acomp", "acl", "advmod")
            and token.head is not token
        ):
            token = token.head
            continue
        return False
    return False
