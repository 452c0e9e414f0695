"""Allegations made with a verb: "X accused Y of Z", "blamed Y for Z", "alleged that ...".

One pass over the tokens; each accusation verb is examined through its own
dependents and a bounded climb for its subject, so the cost is linear in the
document. Denials made with a verb ("denied that he took bribes") are here
too, because they share the subject/object logic; denials of a named
allegation ("rejected the allegations") live with the nouns in
:mod:`.nominal`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsextract.dependents import children as _children

from .found import Found
from .lexicon import (
    ACCUSATION_NOUNS,
    ADJECTIVES,
    CLAIM_NOUNS,
    FIRST_PERSON,
    VERBS,
    WRONGDOING_NOUNS,
    VerbCue,
)
from .parties import accused_mentions, is_party, token_range
from .syntax import (
    Range,
    child,
    children,
    clause_range,
    conjuncts,
    coordinated_phrase,
    is_negated,
    is_passive,
    phrase,
    prep_object_range,
    subject_of,
    subtree_range,
)

__all__ = ["find_verbal"]

_OBJECTS = ("dobj", "obj")
_CLAUSES = ("ccomp",)
_EXPLETIVES = frozenset({"it", "there"})
_EMPTY_CLAIMS = frozenset({"nothing", "none"})


def find_verbal(doc: Doc) -> Iterator[Found]:
    for token in doc:
        if token.pos_ == "ADJ" and token.lower_ in ADJECTIVES:
            found = _adjective(token)
            if found is not None:
                yield found
            continue
        if token.lower_ in ("alleged", "allegedly") and token.dep_ in ("amod", "advmod"):
            found = _hedge(token)
            if found is not None:
                yield found
            continue
        if not token.tag_.startswith("VB"):
            continue
        lemma = token.lemma_.lower()
        cue = VERBS.get(lemma)
        if cue is not None:
            found = _accusation(token, cue)
        elif lemma == "deny":
            found = _denial(token)
        else:
            continue
        if found is not None:
            yield found


def _claim_prep(verb: Token, objects: list[Token], cue: VerbCue) -> Token | None:
    """The preposition introducing the claim, on the verb or misattached to a noun.

    The parser often hangs "of fuelling ..." on the last object ("its allies
    of") or on the agent ("accused by Smith of lying"); there it counts only if
    it governs an action, so "the head of the agency" is not a claim. "blamed
    the riots on X" is the exception: "on" is always blame's.
    """
    if not cue.preps:
        return None
    prep = child(verb, "prep", text=cue.preps)
    if prep is not None:
        return prep
    for obj in objects:
        # A name takes no "of" of its own: "accused Mr. Obama of anti-Semitism".
        named = obj.pos_ == "PRON" or obj.ent_type_ == "PERSON"
        for c in _children(obj):
            if (
                c.dep_ == "prep"
                and c.lower_ in cue.preps
                and (_clausal(c) or named or c.lower_ == "on")
            ):
                return c
    return None


def _named_critic(obj: Token | None) -> bool:
    """ "Cruz attacked the deal": a named person or body attacking a thing that is no place.

    Physical attacks are reported with weapons ("with a knife") or on places
    and people named by common nouns; verbal ones pit named politicians
    against ideas, policies and each other.
    """
    if obj is None or obj.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return False
    verb = obj.head
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in _children(verb)):
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    # "He attacked Cruz", "the ad attacks Trump": attacks on a named person are
    # politics far more often than violence, which comes "with" something.
    return subject.lower_ != "they" and obj.ent_type_ == "PERSON"


def _named(token: Token | None) -> bool:
    """A person or organisation by name or pronoun; places are where attacks are physical."""
    if token is None:
        return False
    if token.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if token.lower_ in ("him", "her", "them"):
        return True
    if token.pos_ == "PROPN":
        return token.ent_type_ not in ("GPE", "LOC", "FAC")
    # "attacked Clinton's ties to Wall Street"
    owner = child(token, "poss")
    return owner is not None and owner.pos_ != "PRON" and _named(owner)


def _clausal(prep: Token) -> bool:
    """A preposition that governs an action ("of providing") rather than a name ("of Russia")."""
    if any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in _children(prep)):
        return True
    # "of misleading voters" is often parsed as a noun phrase with an adjective.
    following = prep.i + 1
    return following < len(prep.doc) and prep.doc[following].tag_ == "VBG"


def _nouns_around(verb: Token, subject: Token | None) -> list[Token]:
    """Nouns a claim preposition may be misattached to: the agent's and the subject's."""
    nouns: list[Token] = []
    agent = child(verb, "agent")
    if agent is not None:
        nouns.extend(c for c in _children(agent) if c.dep_ == "pobj")
    if subject is not None:
        nouns.extend(conjuncts(subject))
    return nouns


def _nobody(token: Token) -> bool:
    if token.lower_ in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in _children(token))


def _empty(claim_head: Token | None) -> bool:
    """ "accused of nothing", "blamed for no wrongdoing": the text imputes nothing."""
    if claim_head is None:
        return False
    if claim_head.lower_ in _EMPTY_CLAIMS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in _children(claim_head))


def _misread_conjunct(verb: Token) -> Token | None:
    """The verb a coordinated accusation was misparsed from.

    "China accused X and condemned sanctions" is often parsed with
    "condemned" as an adjective of "sanctions", itself a conjunct of
    "accused"; return "accused" then, whose subject is the accuser.
    """
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    noun = verb.head
    before = verb.doc[verb.i - 1]
    if before.dep_ != "cc" or noun.dep_ != "conj" or not noun.head.tag_.startswith("VB"):
        return None
    return noun.head


def _accusation(verb: Token, cue: VerbCue) -> Found | None:
    governor = _misread_conjunct(verb)
    if governor is not None:
        return _misread(verb, governor, cue)
    if verb.dep_ == "amod" or is_negated(verb):
        return None
    subject = subject_of(verb)
    if subject is not None and _nobody(subject):
        return None  # "nobody is to blame", "no one accused him"
    passive = is_passive(verb, subject)
    obj = child(verb, *_OBJECTS)
    objects = conjuncts(obj) if obj is not None else []
    prep = _claim_prep(verb, objects or _nouns_around(verb, subject), cue)
    clause = child(verb, *_CLAUSES) if cue.clause else None
    if clause is not None and (
        clause.i < verb.i or child(clause, "nsubj", "nsubjpass", "expl") is None
    ):
        clause = None  # "claimed to be", "alleged to have": no separate claim clause
    if not _needs_met(cue, prep, clause, obj):
        return None

    if verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        passive = True  # "X is to blame for Y": X is blamed, by no one named
    accuser: Token | None
    accused_heads: list[Token] = []
    if passive:
        agent = child(verb, "agent")
        accuser = child(agent, "pobj") if agent is not None else None
        if subject is not None and subject.lower_ not in _EXPLETIVES:
            accused_heads.append(subject)
    else:
        accuser = subject
        if obj is not None:
            accused_heads.append(obj)

    blame_on = _blame_on(verb, prep)
    claim: Range | None = None
    claim_head: Token | None = None
    if blame_on is not None and obj is not None:
        # "blamed the crisis on the government": the object is the claim.
        accused_heads = [blame_on]
        claim, claim_head = subtree_range(obj, [prep] if prep is not None else []), obj
    elif prep is not None:
        claim = prep_object_range(prep)
        claim_head = next((c for c in _children(prep) if c.dep_ in ("pobj", "pcomp")), None)
        if prep.lower_ == "as" and obj is not None and claim is not None and obj.i < prep.i:
            # "slammed the proposal as reprehensible": the claim is about the object.
            claim = (phrase(obj)[0], claim[1])
    elif clause is not None:
        claim, claim_head = clause_range(clause), clause
        clause_subject = child(clause, "nsubj", "nsubjpass")
        if clause_subject is not None and not accused_heads:
            accused_heads.append(clause_subject)
    elif obj is not None and not passive:
        claim, claim_head = subtree_range(obj), obj
        predicate = _as_predicate(verb) if "as" in cue.preps else None
        if predicate is not None and predicate[1] > claim[1]:
            claim = (claim[0], predicate[1])  # "trashed Trump as unqualified"
    elif passive and subject is not None and subject.lower_ not in _EXPLETIVES:
        # "the plan was widely condemned": what is condemned is the subject.
        claim, claim_head = subtree_range(subject), subject
    if claim is None or _empty(claim_head):
        return None
    if cue.needs == "clause" and not _claims_about_other(accuser, clause):
        return None

    skip = [prep] if prep is not None else []
    sure, maybe = accused_mentions(accused_heads, skip)
    return Found(
        cue=token_range(verb),
        claim=claim,
        accuser=coordinated_phrase(accuser, skip) if accuser is not None else None,
        accused=sure,
        maybe_accused=maybe,
        confidence=0.8 if (prep is not None or clause is not None) else 0.6,
        first_person=accuser is not None and accuser.lower_ in FIRST_PERSON,
        construction=f"verb:{verb.lemma_.lower()}",
    )


def _as_predicate(verb: Token) -> Range | None:
    """An "as" phrase the parser made a clause: "trashed X *as unqualified*"."""
    for c in _children(verb):
        if c.dep_ in ("advcl", "oprd", "acomp", "xcomp") and c.i > verb.i:
            first = c.left_edge
            if first.lower_ == "as":
                return subtree_range(c)
    return None


def _needs_met(cue: VerbCue, prep: Token | None, clause: Token | None, obj: Token | None) -> bool:
    if cue.needs is None:
        return True
    if cue.party_object and _named_critic(obj):
        return True
    if cue.party_object and cue.needs == "prep_or_clause" and _named(obj):
        return True  # "police charged Corey Lewandowski"
    if cue.needs == "prep":
        return prep is not None
    if cue.needs == "clause":
        return clause is not None
    return prep is not None or clause is not None


def _blame_on(verb: Token, prep: Token | None) -> Token | None:
    if prep is None or prep.lower_ != "on" or verb.lemma_.lower() != "blame":
        return None
    return child(prep, "pobj")


def _claims_about_other(accuser: Token | None, clause: Token | None) -> bool:
    """ "claimed the mayor lied" imputes something to another party; "claimed he won" need not.

    A bare "claim" is the commonest reporting verb after "say"; it counts as an
    allegation only when its clause is about a named or personal party other
    than the claimant.
    """
    if clause is None:
        return False
    subject = child(clause, "nsubj", "nsubjpass")
    if subject is None or subject.lower_ in _EXPLETIVES or subject.lower_ in FIRST_PERSON:
        return False
    if accuser is not None and subject.lower_ == accuser.lower_:
        return False
    if subject.pos_ == "PRON":
        # "he claimed she lied" is about someone else; "he claimed he won" may not be.
        return accuser is not None and accuser.pos_ == "PRON" and subject.lower_ != accuser.lower_
    return is_party(subject)


def _denial(verb: Token) -> Found | None:
    """ "denied that he took bribes", "denied any wrongdoing": a denial with no named accuser."""
    if verb.dep_ == "amod" or is_negated(verb):
        return None
    subject = subject_of(verb)
    if subject is None or is_passive(verb, subject):
        return None
    clause = child(verb, *_CLAUSES)
    obj = child(verb, *_OBJECTS)
    accused: list[Range] = []
    if clause is not None and child(clause, "nsubj", "nsubjpass") is not None:
        claim = clause_range(clause)
        clause_subject = child(clause, "nsubj", "nsubjpass")
        if clause_subject is not None and is_party(clause_subject):
            accused = [phrase(clause_subject)]
    elif obj is not None and obj.lemma_.lower() in WRONGDOING_NOUNS:
        claim = subtree_range(obj)
    elif obj is not None and obj.lemma_.lower() in ACCUSATION_NOUNS | CLAIM_NOUNS:
        return None  # a named allegation: handled with the nouns, where its accuser is
    else:
        return None
    denier = phrase(subject)
    return Found(
        cue=token_range(verb),
        claim=claim,
        accused=accused or [denier],
        stance="denied",
        denier=denier,
        confidence=0.6,
        first_person=subject.lower_ in FIRST_PERSON,
        construction="verb:deny",
    )


def _adjective(adjective: Token) -> Found | None:
    """ "X has been critical of Y's policy": criticism said with an adjective."""
    prep = child(adjective, "prep", text=("of",))
    target = child(prep, "pobj") if prep is not None else None
    if target is None or prep is None or adjective.dep_ not in ("acomp", "amod"):
        return None
    head = adjective.head
    if is_negated(head) or any(c.dep_ == "neg" for c in _children(adjective)):
        return None
    accuser = subject_of(head) if adjective.dep_ == "acomp" else head
    claim = prep_object_range(prep)
    if claim is None or _empty(target):
        return None
    sure, maybe = accused_mentions([target], [])
    return Found(
        cue=(adjective.idx, prep.idx + len(prep.text)),
        claim=claim,
        accuser=coordinated_phrase(accuser) if accuser is not None else None,
        accused=sure,
        maybe_accused=maybe,
        confidence=0.6,
        first_person=accuser is not None and accuser.lower_ in FIRST_PERSON,
        construction="adjective:critical",
    )


def _hedge(word: Token) -> Found | None:
    """ "the alleged shooter", "the gun he allegedly used": an allegation nobody is named for.

    News hedges what is only alleged; the text reports the allegation without
    its accuser, so ``accuser`` stays empty.
    """
    head = word.head
    if head is word:
        return None
    if word.dep_ == "amod":
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        claim = phrase(head)
        # "the alleged shooter, Robert Dear": the apposition names the accused.
        accused_heads = [head, *children(head, "appos")]
    else:
        if not head.tag_.startswith("VB"):
            return None
        subject = child(head, "nsubj", "nsubjpass")
        accused_heads = [subject] if subject is not None else []
        start = subject.left_edge.idx if subject is not None and subject.i < head.i else word.idx
        claim = (min(start, word.idx), subtree_range(head)[1])
    sure, maybe = accused_mentions(accused_heads, [])
    return Found(
        cue=token_range(word),
        claim=claim,
        accused=sure,
        maybe_accused=maybe,
        confidence=0.5,
        construction=f"hedge:{word.lower_}",
    )


def _misread(verb: Token, governor: Token, cue: VerbCue) -> Found | None:
    if cue.needs is not None or is_negated(governor):
        return None
    obj = verb.head
    accuser = subject_of(governor)
    if accuser is None or is_passive(governor, accuser):
        return None
    # Not accused_mentions: the misparsed noun is coordinated with the verb itself.
    sure, maybe = ([phrase(obj, [verb])], []) if is_party(obj) else ([], [phrase(obj, [verb])])
    return Found(
        cue=token_range(verb),
        claim=subtree_range(obj, [verb]),
        accuser=coordinated_phrase(accuser),
        accused=sure,
        maybe_accused=maybe,
        confidence=0.5,
        first_person=accuser.lower_ in FIRST_PERSON,
        construction=f"verb:{verb.lemma_.lower()}",
    )
