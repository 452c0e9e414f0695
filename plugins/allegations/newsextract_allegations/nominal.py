"""Allegations named by a noun ("the US allegations", "accusations that ..."), and their denials.

A noun phrase names an allegation someone made; whether the article reports
it as standing or as rejected depends on the verb governing the phrase:
"China rejected the US allegations", "called the allegations a smear
campaign", "said the claims were baseless" make it ``denied``. Each noun is
examined through its own dependents and its head, so one pass is linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsextract.dependents import children as _children
from newsextract.dependents import lefts as _lefts

from .found import Found
from .lexicon import (
    ACCUSATION_NOUNS,
    CLAIM_NOUNS,
    DENIAL_VERBS,
    DISMISSIVE_WORDS,
    FIRST_PERSON,
    NEGATING_HEADS,
    RECEIVING_VERBS,
    TARGETED_NOUNS,
)
from .parties import accused_mentions, is_party, token_range
from .syntax import (
    MAX_CLIMB,
    Range,
    child,
    children,
    clause_range,
    coordinated_phrase,
    is_negated,
    phrase,
    prep_object_range,
    subject_of,
    subtree_range,
)

__all__ = ["find_nominal"]

#: Verbs whose subject makes the allegation named by their object ("levelled accusations").
SUPPORT_VERBS = frozenset(
    {
        "make",
        "level",
        "launch",
        "wage",
        "run",
        "lodge",
        "file",
        "bring",
        "voice",
        "raise",
        "repeat",
        "hurl",
        "issue",
        "press",
        "publish",
        "air",
    }
)
#: Verbs that characterise their object ("called the claims baseless").
CHARACTERISING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "characterize"})
_ACCUSER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Verbs whose subject makes the attacks named by their object ("stepped up his attacks").
_ATTACK_VERBS = SUPPORT_VERBS | {
    "continue",
    "unleash",
    "step",
    "mount",
    "renew",
    "intensify",
    "escalate",
    "double",
    "sharpen",
    "keep",
}
_PERSONAL_OWNERS = frozenset({"his", "her", "their"})
#: Adjectives that make an attack a verbal one ("sharp attacks on the elites").
_VERBAL_ATTACK = frozenset(
    {"verbal", "personal", "political", "sharp", "harsh", "scathing", "blistering", "withering"}
)
_TIME_NOUNS = frozenset({"era", "time", "period", "year", "decade", "day", "week", "month"})
_NOT_TARGETS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL", "EVENT"})
_PREDICATES = ("oprd", "xcomp", "acomp", "attr", "ccomp")
#: How many tokens of a predicate are read for a dismissive word ("a *smear* campaign").
_PREDICATE_WINDOW = 12


def find_nominal(doc: Doc) -> Iterator[Found]:
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = token.lemma_.lower()
        if lemma not in ACCUSATION_NOUNS and lemma not in CLAIM_NOUNS:
            if lemma in TARGETED_NOUNS:
                found = _targeted(token, lemma)
            elif lemma == "critic":
                found = _critic(token)
            else:
                continue
            if found is not None:
                yield found
            continue
        noun, cue = token, token_range(token)
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            # "a smear campaign", "corruption charges": the phrase's head carries the syntax.
            noun = token.head
            cue = (token.idx, noun.idx + len(noun.text))
        if _is_dismissive_predicate(noun):
            continue  # "called the claims *a smear campaign*": part of a denial, found there
        found = _nominal(noun, lemma, cue)
        if found is not None:
            yield found


def _is_dismissive_predicate(noun: Token) -> bool:
    return noun.dep_ in ("oprd", "attr", "acomp", "xcomp") and _dismissive(noun)


def _dismissive(predicate: Token) -> bool:
    doc = predicate.doc
    start = predicate.left_edge.i
    stop = min(predicate.right_edge.i + 1, start + _PREDICATE_WINDOW)
    return any(doc[i].lemma_.lower() in DISMISSIVE_WORDS for i in range(start, stop))


def _that_clause(noun: Token) -> Token | None:
    for c in _children(noun):
        if c.dep_ in ("acl", "relcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in _children(c)
        ):
            return c
    return None


def _antecedent(relative: Token) -> Token | None:
    """ "Obama, whose criticism of Trump ...": the noun the relative clause modifies."""
    token = relative
    for _ in range(MAX_CLIMB):
        if token.dep_ == "relcl":
            return token.head
        if token.head is token:
            return None
        token = token.head
    return None


def _is_time(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in _TIME_NOUNS


def _accuser(noun: Token) -> Token | None:
    owner = child(noun, "poss")
    if owner is not None:
        return _antecedent(owner) if owner.tag_ == "WP$" else owner
    for c in _lefts(noun):
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in _ACCUSER_ENTS):
            return c
        if c.dep_ == "amod" and c.ent_type_ == "NORP":
            return c  # "Chinese allegations"
    for prep in children(noun, "prep"):
        if prep.lower_ in ("by", "from"):
            source = child(prep, "pobj")
            # "criticism from both sides", but not "accusations from that era"
            return None if source is None or _is_time(source) else source
    return None


def _nominal(noun: Token, lemma: str, cue: Range) -> Found | None:
    if any(c.dep_ == "det" and c.lower_ == "no" for c in _children(noun)):
        return None  # "there were no allegations"
    clause = _that_clause(noun)
    accused_heads: list[Token] = []
    claim: Range | None = clause_range(clause) if clause is not None else None
    for prep in children(noun, "prep"):
        target = child(prep, "pobj")
        if target is None:
            continue
        if prep.lower_ in ("against", "at", "on") or (
            prep.lower_ == "of" and lemma in ("criticism", "condemnation") and is_party(target)
        ):
            accused_heads.append(target)
        elif prep.lower_ in ("of", "over", "about") and claim is None:
            claim = prep_object_range(prep)
    denial = _denial(noun)
    if denial is None and _withheld(noun):
        return None  # "avoided direct criticism", "will not pursue an indictment"
    if lemma in CLAIM_NOUNS and clause is None and not accused_heads and denial is None:
        return None  # "insurance claims", "a charge of £5": not an allegation on their own
    accuser = _accuser(noun)
    head = noun.head
    if accuser is None and noun.dep_ == "dobj" and head.lemma_.lower() in SUPPORT_VERBS:
        accuser = subject_of(head)
    if lemma == "claim" and denial is None and not _about_another(accuser, clause):
        return None  # "his claim that there were thousands of shootings": no one accused
    receiver = _receiver(noun)
    if receiver is not None:
        # "The proposal drew criticism": what is criticised is the receiver.
        if not accused_heads:
            accused_heads.append(receiver)
        if claim is None:
            claim = _receiver_claim(noun, receiver)
    if accuser is None and not accused_heads and claim is None and denial is None:
        return None  # "despite criticism": nobody accuses anybody of anything stated
    if not accused_heads and clause is not None:
        # "allegations that Russia hacked the election" accuse Russia.
        clause_subject = child(clause, "nsubj", "nsubjpass")
        if clause_subject is not None:
            accused_heads.append(clause_subject)
    sure, maybe = accused_mentions(accused_heads, [])
    found = Found(
        cue=cue,
        claim=claim if claim is not None else subtree_range(noun),
        accuser=coordinated_phrase(accuser) if accuser is not None else None,
        accused=sure,
        maybe_accused=maybe,
        confidence=0.7,
        first_person=accuser is not None and accuser.lower_ in FIRST_PERSON,
        construction=f"noun:{lemma}",
    )
    if denial is not None:
        denial_cue, denier = denial
        found.stance = "denied"
        found.cue = denial_cue
        # The denying relative clause is the cue, not part of the claim.
        denying = [c for c in children(noun, "relcl") if c.lemma_.lower() in DENIAL_VERBS]
        found.claim = subtree_range(noun, denying)
        found.denier = phrase(denier) if denier is not None else None
        if not found.accused and not found.maybe_accused and found.denier is not None:
            # One mostly denies what one is accused of: "China rejected the US allegations".
            found.accused = [found.denier]
        found.confidence = 0.8
    return found


def _about_another(accuser: Token | None, clause: Token | None) -> bool:
    """A "claim that ..." accuses only when its clause is about a named party, not the claimant."""
    if clause is None:
        return False
    subject = child(clause, "nsubj", "nsubjpass")
    if subject is None or subject.pos_ == "PRON" or not is_party(subject):
        return False
    return accuser is None or subject.lower_ != accuser.lower_


def _withheld(noun: Token) -> bool:
    """Whether the verb governing the noun says the allegation was not made."""
    if noun.dep_ not in ("dobj", "pobj"):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.head is not head:
        head = head.head
    return head.lemma_.lower() in NEGATING_HEADS or is_negated(head)


def _receiver_claim(noun: Token, receiver: Token) -> Range:
    """ "drew criticism for its slow start" → the reason; else the receiver itself."""
    for holder in (noun, noun.head):
        for prep in children(holder, "prep"):
            if prep.lower_ in ("for", "over"):
                reason = prep_object_range(prep)
                if reason is not None:
                    return reason
    return subtree_range(receiver)


def _targeted(noun: Token, lemma: str) -> Found | None:
    """ "Trump's attacks on Curiel": an accusation noun that needs a political target.

    "attacks on the base" are physical; "attacks on Curiel", "his attacks on
    the nomination process" (by a named person) and "his attack that Clinton is
    not qualified" are verbal.
    """
    target = None
    for prep in children(noun, "prep"):
        if prep.lower_ in ("on", "against"):
            target = child(prep, "pobj")
            break
    clause = _that_clause(noun)
    accuser = _accuser(noun)
    head = noun.head
    if accuser is None and noun.dep_ == "dobj" and head.lemma_.lower() in _ATTACK_VERBS:
        accuser = subject_of(head)  # "stepped up his attacks", not "investigated the attack"
    elif accuser is None and noun.dep_ == "pobj" and head.lower_ in ("with", "through", "by"):
        accuser = subject_of(head.head)  # "energized the base with attacks on X"
    named_accuser = accuser is not None and (
        accuser.ent_type_ in ("PERSON", "ORG", "NORP") or accuser.lower_ in _PERSONAL_OWNERS
    )
    verbal = any(c.lemma_.lower() in _VERBAL_ATTACK for c in _lefts(noun))
    named_accuser = named_accuser or verbal
    named_target = target is not None and (
        target.ent_type_ in ("PERSON", "ORG") or target.lower_ in ("him", "her")
    )
    if target is not None and target.ent_type_ in _NOT_TARGETS:
        return None  # "the attack on Sept. 11", "attacks on Paris": events, not criticism
    if clause is None and not named_target and not (target is not None and named_accuser):
        return None
    if is_negated(head):
        return None
    if clause is not None:
        claim = clause_range(clause)
    elif target is not None:
        claim = subtree_range(target)
    else:
        return None
    sure, maybe = accused_mentions([target] if target is not None else [], [])
    return Found(
        cue=token_range(noun),
        claim=claim,
        accuser=coordinated_phrase(accuser) if accuser is not None else None,
        accused=sure,
        maybe_accused=maybe,
        confidence=0.5,
        first_person=accuser is not None and accuser.lower_ in FIRST_PERSON,
        construction=f"noun:{lemma}",
    )


def _critic(noun: Token) -> Found | None:
    """ "Frank, a fierce critic of Sanders", "Kasich has been a critic of his style"."""
    prep = child(noun, "prep", text=("of",))
    target = child(prep, "pobj") if prep is not None else None
    if prep is None or target is None:
        return None
    if noun.dep_ == "appos":
        accuser: Token | None = noun.head
    elif noun.dep_ == "attr" and not is_negated(noun.head):
        accuser = subject_of(noun.head)
    else:
        return None
    claim = prep_object_range(prep)
    if claim is None or accuser is None:
        return None
    sure, maybe = accused_mentions([target], [])
    return Found(
        cue=(noun.left_edge.idx, prep.idx + len(prep.text)),
        claim=claim,
        accuser=coordinated_phrase(accuser),
        accused=sure,
        maybe_accused=maybe,
        confidence=0.5,
        first_person=accuser.lower_ in FIRST_PERSON,
        construction="noun:critic",
    )


def _receiver(noun: Token) -> Token | None:
    """ "X drew criticism", "X came under criticism": X is the one criticised."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        subject = subject_of(head)
        return subject if subject is not None and subject.dep_ == "nsubj" else None
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
        subject = subject_of(head.head)
        return subject if subject is not None and subject.dep_ == "nsubj" else None
    return None


def _denial(noun: Token) -> tuple[Range, Token | None] | None:
    """How the text rejects the allegation, if it does: (cue range, denier token)."""
    for clause in children(noun, "relcl"):
        # "a charge that Clinton has always denied", "the allegations, which Ailes denies"
        if clause.lemma_.lower() in DENIAL_VERBS and not is_negated(clause):
            subject = child(clause, "nsubj")
            if subject is not None and subject.tag_ not in ("WDT", "WP"):
                return token_range(clause), subject
    head = noun.head
    lemma = head.lemma_.lower()
    if head is noun or is_negated(head):
        return None
    if lemma in DENIAL_VERBS and noun.dep_ in ("dobj", "nsubjpass"):
        if noun.dep_ == "nsubjpass":
            agent = child(head, "agent")
            return token_range(head), child(agent, "pobj") if agent is not None else None
        return token_range(head), subject_of(head)
    if lemma in CHARACTERISING_VERBS and noun.dep_ == "dobj":
        for predicate in children(head, *_PREDICATES):
            if _dismissive(predicate):
                return subtree_range(predicate), subject_of(head)
        for prep in children(head, "prep"):
            if prep.lower_ == "as" and _dismissive(prep):
                return subtree_range(prep), subject_of(head)
        return None
    if noun.dep_ == "nsubj" and lemma == "be":
        for predicate in children(head, "attr", "acomp"):
            if _dismissive(predicate):
                return subtree_range(predicate), _reporter(head)
    return None


def _reporter(clause_verb: Token) -> Token | None:
    """Who says "the claims are baseless": the subject of the reporting verb above."""
    if clause_verb.dep_ == "ccomp" and clause_verb.head is not clause_verb:
        return subject_of(clause_verb.head)
    return None
