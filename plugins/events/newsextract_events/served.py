"""Jobs told by the verb "serve" (round-19/20 job rulings): "served as Obama's secretary of
state", "served as director of the state budget office", "served on the Intelligence
Committee", "served in the U.S. military". The holder COOPERATEs with the employer the job
noun or the body names (null when the job names none: "served as U.S. attorney", round 19).

"Serve" is mostly not a job in news ("serves as a reminder", "serve their time", "served
notice", "serves breakfast"): only an "as"-phrase headed by a job noun or an "in/on/under"
phrase naming a body or a person makes it one.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import words
from .noun_lexicon import JOB_NOUNS, STAFF_NOUNS

__all__ = [
    "SERVED_JOBS",
    "bodies_served",
    "employers_named",
    "jobs_served",
    "serves_in_a_job",
    "worked_as",
]

#: Offices and jobs an "as"-phrase of "serve" names, beyond the job nouns the nouns share:
#: offices ("served as secretary of state", "as ambassador to Burma", "as Texas solicitor
#: general"), campaign roles ("as finance chairman", "as a campaign surrogate").
SERVED_JOBS = (
    JOB_NOUNS
    | STAFF_NOUNS
    | words(
        """ambassador senator governor mayor general chief commissioner minister envoy
        emissary liaison sherpa administrator judge justice representative congressman
        congresswoman vice-chair vice-chairman committeeman delegate strategist aide
        mate ticket-mate running-mate counselor organizer chairperson coordinator"""
    )
)
#: A body served in or on ("served on the board of X" is read through the board's owner).
_BODY_PREPS = frozenset({"in", "on", "under"})
_BODY_ENTS = frozenset({"ORG", "PERSON", "NORP"})


def _unpack(noun: Token) -> Token:
    """The job inside "one of Clinton's campaign surrogates": the "of"-object of a number."""
    if noun.lemma_.lower() in ("one", "part"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return noun


def _with_conjuncts(token: Token) -> list[Token]:
    """ "as general counsel and senior budget adviser to X": each conjoined job is one."""
    return [token, *(c for c in token.children if c.dep_ == "conj")]


def jobs_served(verb: Token) -> list[Token]:
    """The job nouns of the verb's "as"-phrase ("served as Obama's secretary of state")."""
    jobs: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for noun in _with_conjuncts(_unpack(obj)):
                if noun.lemma_.lower() in SERVED_JOBS or noun.lower_ in SERVED_JOBS:
                    jobs.append(noun)
    return jobs


def bodies_served(verb: Token) -> list[Token]:
    """The bodies or persons an "in/on/under"-phrase names ("served on the Intelligence
    Committee", "served under Obama", "served in the U.S. military", "on the Acme board");
    not places ("served in Kuwait") nor times."""
    return [
        body
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _BODY_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
        for body in _body(obj)
    ]


#: Bodies one serves in, named by a country or an owner ("the U.S. military", "Obama's cabinet").
_BODY_NOUNS = frozenset(
    {"military", "army", "navy", "administration", "cabinet", "board", "government"}
)


def _body(obj: Token) -> list[Token]:
    """The body an object names: a name itself, the named owner of a board or a cabinet
    ("the Acme board", "Obama's cabinet"), or a body a country's name modifies ("the U.S.
    military")."""
    if obj.ent_type_ in _BODY_ENTS:
        return [obj]
    if obj.lemma_.lower() not in _BODY_NOUNS:
        return []
    mods = [c for c in obj.children if c.dep_ in ("compound", "poss")]
    owners = [c for c in mods if c.ent_type_ in _BODY_ENTS]
    if owners:
        return owners[-1:]
    return [obj] if any(c.ent_type_ == "GPE" for c in mods) else []


def employers_named(verb: Token) -> list[Token]:
    """A name the verb's own "to/for"-phrase gives as the one an "as"-job serves: the parser
    hangs it on the verb ("served as chief economic adviser to Governor Tom Hale",
    "as finance chairman for Jeb Bush")."""
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for")
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.ent_type_ in _BODY_ENTS
    ]


def serves_in_a_job(verb: Token) -> bool:
    """Whether "serve" tells a job: someone serves (no "serves breakfast" object, no passive)
    as a job noun or in a named body."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False  # "serve their time", "serves a $4 breakfast", "be served"
    return bool(jobs_served(verb) or bodies_served(verb))


#: Verbs that tell a job by an "as"-phrase ("worked as a campaign staffer for X", "volunteered
#: as an organizer"): the job noun describes the verb's subject, as an apposition would.
#: ("serve" has its own trigger, :func:`serves_in_a_job`.)
_WORKING_VERBS = words("work volunteer intern clerk")


def worked_as(noun: Token) -> Token | None:
    """The working verb whose "as"-phrase a job noun heads ("X, who **worked** as a campaign
    staffer for Y"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _WORKING_VERBS else None
