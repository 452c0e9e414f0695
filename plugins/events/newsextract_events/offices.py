"""Offices and professions held with no employer named (rulings of rounds 19 and 20): "X, a
law professor", "X was secretary of state", "served as U.S. attorney" are COOPERATE with a
null target the gold means, so the event's mode tells the learned role scorer to leave it
empty. A job that names an employer is the job rules' (``roles._staff_roles``); a bare title
before a name, an office governing a place ("the president of France") and an office wished
for or denied are no events; an office told as past before a name ("former Florida governor
X") is one (:func:`past_office_triggers`, session 23).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .learned_roles import OFFICE_MODE
from .lexicon import Sense, words
from .noun_lexicon import OFFICE_NOUNS
from .served import jobs_served, worked_as
from .syntax import BODY_ENTS, SEAT_ENTS
from .triggers import Trigger

__all__ = [
    "OFFICE",
    "SEATED_OFFICES",
    "office_held",
    "office_served",
    "past_office_holder",
    "past_office_triggers",
]

#: A job or office held with no employer named (rulings of rounds 19 and 20: "served as U.S.
#: attorney", "X, a law professor"): COOPERATE whose null target is deliberate, so that the
#: learned role scorer leaves it empty (see ``learned_roles.NULL_TARGET_MODES``).
OFFICE = Sense("COOPERATE", OFFICE_MODE)


def office_held(trig: Trigger, target: Token | None, acting: bool) -> bool:
    """Whether a job noun tells an office or profession its actor holds in its own name with
    no employer, in apposition or as a told predicate ("X, a law professor", "X was
    secretary of state"); not a bare title before a name (no event), not a job that names
    an employer the text leaves out ("a police spokesman": the gold marks the employer)."""
    token = trig.token
    return (
        trig.sense.mode == "staff"
        and target is None
        and acting
        and token.lemma_.lower() in OFFICE_NOUNS
        and token.tag_ != "NNS"  # "they are successful entrepreneurs": a class, no office held
        and not _names_an_employer(token)
        and (
            token.dep_ == "appos"
            or (token.dep_ == "attr" and _told_as_held(token.head))
            or _worked_as_held(token)
        )
    )


def _worked_as_held(token: Token) -> bool:
    """Whether a job noun is the "as"-phrase of a working verb told as held ("X worked as a
    lawyer"; not "wants to work as a lawyer")."""
    verb = worked_as(token)
    return verb is not None and _told_as_held(verb)


#: Names after a job noun that make its null target wrong: an organisation the actors plugin
#: made no actor ("a professor at Dunmore University": the gold marks that employer) or the
#: place an office governs ("the president of France": a current office, no event, rounds
#: 20 and 21).
_BODY_OR_SEAT_ENTS = BODY_ENTS | SEAT_ENTS | frozenset({"LOC"})


def _names_an_employer(token: Token) -> bool:
    """Whether a job noun's "at/of/for/with"-phrase or its possessor names an organisation or
    the place the office governs (:data:`_BODY_OR_SEAT_ENTS`; "Ruritania's president"): then
    it is no office held in one's own name."""
    if any(c.dep_ == "poss" and c.ent_type_ in _BODY_OR_SEAT_ENTS for c in token.children):
        return True
    if _possessor_before(token) is not None:
        return True
    return any(
        # (a lowercase field is no name: "secretary of state", its "state" tagged ORG)
        obj.dep_ == "pobj" and obj.ent_type_ in _BODY_OR_SEAT_ENTS and not obj.is_lower
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for", "with")
        for obj in prep.children
    ) or (token.lemma_.lower() in SEATED_OFFICES and _seat_from(token))


#: Offices held for a place that elects to them, told "from" it ("a senator from Vermont").
SEATED_OFFICES = words("senator governor mayor congressman congresswoman")


def _seat_from(office: Token) -> bool:
    """Whether an elected office names its seat by "from" ("a U.S. senator from Vermont",
    "the former senator from Minnesota"): the office of a place, like "the governor of Ohio"
    (none of the 3 appositions on rounds 18-22 coded); a hometown ("a lawyer from Ohio") is
    no seat."""
    return any(
        obj.dep_ == "pobj" and obj.ent_type_ in SEAT_ENTS
        for prep in office.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for obj in prep.children
    )


def _possessor_before(token: Token) -> Token | None:
    """A possessive name of :data:`_BODY_OR_SEAT_ENTS` right before a job noun's phrase that
    the parser hung elsewhere ("X, Ruritania's only president": "Ruritania" read as a
    conjunct of X, its "'s" kept as its own child)."""
    start = token.left_edge.i
    if start == 0:
        return None
    prev = token.doc[start - 1]
    if prev.dep_ == "case" and prev.head.i == start - 2:
        prev = prev.head
    elif not any(c.dep_ == "case" for c in prev.children):
        return None
    return prev if prev.ent_type_ in _BODY_OR_SEAT_ENTS else None


#: Auxiliaries that make a held office a wish or a prospect ("wants to be president",
#: "will become president", "may be the next president"): no event under the job rulings.
_PROSPECT_TAGS = frozenset({"MD", "TO"})


def _told_as_held(verb: Token) -> bool:
    """Whether a copula tells an office as held, not wished for, denied or to come ("I'm not
    a lawyer", "unfit to be president", "becoming president"): a finite verb with no modal,
    "to" or negation."""
    finite = ("VBD", "VBZ", "VBP")
    if verb.tag_ not in finite and not any(
        c.dep_ == "aux" and c.tag_ in finite for c in verb.children
    ):
        return False
    return not any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.tag_ in _PROSPECT_TAGS)
        or (c.dep_ == "mark" and c.lower_ == "if")  # "if he becomes president"
        for c in verb.children
    )


def office_served(trig: Trigger) -> bool:
    """Whether "serve" tells an office or profession by an "as"-phrase with no employer
    ("served as U.S. attorney"), told as held ("fit to serve as president" is not)."""
    verb = trig.token
    return _told_as_held(verb) and any(
        job.lemma_.lower() in OFFICE_NOUNS or job.lower_ in OFFICE_NOUNS
        for job in jobs_served(verb)
    )


#: Words before an office that tell it is no longer held: "former Florida governor X",
#: "the then-Texas governor", "ex-senator X", "onetime senator X".
_PAST_MARKERS = frozenset({"former", "then", "ex", "onetime", "one-time", "erstwhile"})
#: Markers of an occupation practised before, which round 23 made COOPERATE with a null
#: target as an occupation told before a name ("retired surgeon X", "veteran pollster X"):
#: only in a title before the name (the gold of rounds 19-22 leaves "the retired
#: neurosurgeon" alone, and "X, a veteran strategist" is an apposition, `office_held`).
_OCCUPATION_MARKERS = frozenset({"retired", "veteran"})
#: How far left of the office noun its past marker may stand ("former New York City Mayor").
_MARKER_REACH = 5
#: Parts of speech a title's words may have between the past marker and the office noun
#: ("former [Florida] governor", "then[-][Texas] governor"); anything else ends the title.
_TITLE_POS = frozenset({"PROPN", "ADJ", "NOUN", "PUNCT", "ADV"})


def past_office_triggers(doc: Doc, taken: set[int]) -> list[Trigger]:
    """Offices told as past, each a COOPERATE of its holder with a null target (round 19,
    restated by round 22: "former Florida governor Jeb Bush", "the then-Texas governor"). A
    place in the title is the office's seat, no target; a current office ("Ohio governor X")
    stays no event (round 21). Only an office spelled as a lowercase common noun describes
    the past office: a capitalised formal title ("former Sen. X", "former Secretary of State
    X") is part of the name, which the gold of rounds 20-21 leaves with no event (0 of 16
    such titles on R2021 coded). Not an apposition ("X, a former governor of Ohio": none
    of the 9 on Bnew coded). ``taken`` are the tokens that already trigger something other
    than a job: those keep their own sense."""
    return [
        Trigger(token, OFFICE, True)
        for token in doc
        if token.i not in taken
        and token.text in OFFICE_NOUNS
        and token.pos_ in ("NOUN", "PROPN")
        and token.dep_ != "appos"
        and _told_as_past(token)
        and (not _retired_only(token) or past_office_holder(token) is not token)
    ]


def _told_as_past(office: Token) -> bool:
    """Whether a past marker (:data:`_PAST_MARKERS`) opens the office's title within
    :data:`_MARKER_REACH` words, with no organisation in between ("former FBI Director X"
    is a job at the FBI, the employer rules' case) and no punctuation but a hyphen."""
    doc = office.doc
    for i in range(office.i - 1, max(-1, office.i - 1 - _MARKER_REACH), -1):
        word = doc[i]
        if word.lower_ in _PAST_MARKERS or word.lower_ in _OCCUPATION_MARKERS:
            return True
        if (
            word.ent_type_ in BODY_ENTS
            or word.pos_ not in _TITLE_POS
            or (word.is_punct and word.text != "-")
        ):
            return False
    return False


def _retired_only(office: Token) -> bool:
    """Whether the only past marker of an office's title is an occupation's
    (:data:`_OCCUPATION_MARKERS`: "retired neurosurgeon X"), which counts before a name only."""
    words = office.doc[max(0, office.i - _MARKER_REACH) : office.i]
    return not any(w.lower_ in _PAST_MARKERS for w in words)


def past_office_holder(office: Token) -> Token:
    """Who held a past office: the name it titles ("former senator **X**", "former secretary
    of state **X**"), else the office noun itself, a mention of its holder ("the then-Texas
    governor won")."""
    head = office.head
    titles = office.dep_ in ("compound", "nmod") and head.i > office.i
    return head if titles and head.ent_type_ == "PERSON" else office
