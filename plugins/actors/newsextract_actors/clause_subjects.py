"""The subject of a clause, found from a word inside it: what binds a pronoun there.

A pronoun often refers to the subject of its own clause or the clause above
("the IMF raised its forecast", "Trump said he would ...", "Clinton allowed
her staff to think"), and the speaker of a quotation is the subject of its
verb of saying. The small parser's trees put that subject behind relative
pronouns, participles and complement clauses; these walks, each a few steps
up the tree, find it for the resolver (:mod:`.coref`), the quotation speakers
(:mod:`.speakers`) and the pronouns resolved by construction (:mod:`.pronouns`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newsextract.dependents import dependents
from newsextract.reporting_verbs import SUBJECT_CONTROL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"nsubj", "nsubjpass"})

#: Possessives an infinitive's object controls ("urged the agency to review its files");
#: he/she/his/her are left to the salience resolver ("Walter asked Hugo to be the witness
#: at his wedding": a person's possessive there is as often the asker's).
_CONTROLLED: Final[frozenset[str]] = frozenset({"its", "their"})

#: Relative pronouns standing for the noun their clause hangs on.
_RELATIVES: Final[frozenset[str]] = frozenset({"who", "that", "which"})


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, through relative pronouns and participles ("..., saying").

    "Wonder, who joked" is Wonder's, "the Fed, which entered the year
    predicting" the Fed's; "He defended it, saying" is his, and so is a
    gerund after a preposition ("ended the meeting by announcing", "before
    launching his bid"): the parser hangs it on the preposition, whose verb
    has the subject.
    """
    for _ in range(3):
        subject = _nearest_subject(verb)
        if subject is not None:
            if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ not in {"advcl", "xcomp", "conj", "pcomp"} or verb.head.i == verb.i:
            return None
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head  # up through the preposition to the verb it is on
        verb = verb.head
    return None


def object_controller(verb: Token) -> Token | None:
    """The object that is an infinitive's subject: "urged *voters* to transfer their trust".

    With an object before its infinitive complement, English makes the object the
    infinitive's understood subject (object control: "asked the candidates to
    make ...", "prompted Sirius XM to suspend ..."), not the subject of the verb
    above, which :func:`subject_of` would climb to; "promise" and its kin are the
    exception (subject control).
    """
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    if head.lemma_.lower() in SUBJECT_CONTROL_VERBS:
        return None
    objects = [c for c in head.children if c.dep_ in {"dobj", "dative"} and c.i < verb.i]
    return objects[-1] if objects else None


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's own subject; of two (a misparse), the one nearer the verb.

    "Tuesday in Berea, OH, ..., Gov. John Kasich said": the small parser
    makes both the place and the name subjects of "said"; the name next to
    the verb is the one who said it.
    """
    # from an index: walking verb.children costs the width of its clause
    subjects = dependents(verb.doc, SUBJECT_DEPS).get(verb.i)
    if not subjects:
        return None
    return verb.doc[min(subjects, key=lambda i: abs(i - verb.i))]


def governing_verb(token: Token) -> Token | None:
    """The verb whose clause a word in a noun phrase stands in ("raised" for "its" in "raised its forecast")."""
    verb = token.head
    for _ in range(4):  # up through the noun phrase and its prepositions
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def clause_subject(token: Token) -> Token | None:
    """The subject, named before it, of the clause a possessive stands in ("the IMF raised its").

    In an infinitive its object controls, "its"/"their" take the object ("urged the
    Parks Agency to audit all its archives": the agency's, not the urger's).
    """
    verb = governing_verb(token)
    if verb is None:
        return None
    if token.lower_ in _CONTROLLED:
        controller = object_controller(verb)
        if controller is not None and controller.i < token.i:
            return controller
    subject = subject_of(verb)
    if subject is None or subject.i >= token.i:
        return None
    return subject


def subject_before(verb: Token, before: int) -> Token | None:
    """The subject of ``verb``'s clause named before token ``before``, else of the clause above.

    "Clinton allowed her staff to think": "her" is in the subject of
    "think", whose own subject holds it, so the subject is the clause
    above's (Clinton).
    """
    for _ in range(3):
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        subject = subject_of(verb)
        if subject is not None and subject.right_edge.i < before:
            return subject
        if verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
            return None
        verb = verb.head
    return None
