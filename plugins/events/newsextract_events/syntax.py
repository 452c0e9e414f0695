"""Dependency-tree helpers: who is the subject, what is the noun phrase, which clause governs.

Everything here walks a bounded number of steps up or along a token's
children, so the cost per trigger is constant and a document's cost linear.
spaCy's small English model makes typical mistakes (a participle parsed as an
adjective, a raising verb's subject left on the upper verb); the helpers
follow those paths rather than assuming a clean tree.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsextract.dateline import dateline_spans
from newsextract.dependents import child_table
from newsextract.people_nouns import ACTOR_NOUNS, PARTICIPANT_NOUNS, SINGLE_PERSON_NOUNS

__all__ = [
    "ACTOR_ENTS",
    "BODY_ENTS",
    "PLACE_ENTS",
    "REQUEST_NOUNS",
    "RESPONDING_VERBS",
    "SEAT_ENTS",
    "Tree",
    "conjuncts",
    "dative_objects",
    "for_clause_subjects",
    "is_passive",
    "np_bounds",
    "of_organisation",
    "prep_objects",
    "relative_head",
    "speaker_verb",
    "subject_of",
]

#: Entity labels that name something able to act.
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: The readings of a name beside a job or an office, kept in one place so that the employer
#: rules (``roles._staff_roles``, ``roles.title_employers``) and the office rules
#: (``offices._names_an_employer``) agree on them. A body that can employ someone ("RNC
#: spokesman X", "a professor at Dunmore University"), never a "who" itself when it closes a
#: person noun's prepositional phrase (``_holder_of_body``).
BODY_ENTS = frozenset({"ORG"})
#: A country or state: the seat an office governs ("Ohio Gov. X", "president of France"), which
#: a current office serves rather than works for (rounds 20-21: no employer).
SEAT_ENTS = frozenset({"GPE"})
#: Places of any kind: "at a rally in Iowa", "the Iowa campaign" (a race fought there).
PLACE_ENTS = SEAT_ENTS | frozenset({"LOC", "FAC"})
_NP_LEFT_DEPS = frozenset({"det", "poss", "case", "amod", "compound", "nummod", "nmod", "quantmod"})
_MAX_UP = 6
_MAX_CONJUNCTS = 8
_MAX_NP_LEFT = 10
#: "used strong language to denounce X", "took steps to", "spent millions to": the means
#: verb's object does not do the act, its subject does (not causatives: "made Russia
#: withdraw", "had his lawyers sue")
_MEANS_VERBS = frozenset({"use", "take", "spend", "seize"})
_DISPOSITION_NOUNS = frozenset(
    {"openness", "willingness", "readiness", "eagerness", "commitment", "intention", "desire"}
)
#: Nouns of asking: what they ask for is done by the one asked, not the asker.
REQUEST_NOUNS = frozenset(
    {"request", "call", "demand", "appeal", "plea", "invitation", "pressure", "push", "urging"}
)
#: Verbs answering a request or offer: their subject is who it was made to.
RESPONDING_VERBS = frozenset(
    [
        "accept",
        "reject",
        "refuse",
        "deny",
        "grant",
        "heed",
        "ignore",
        "answer",
        "rebuff",
        "decline",
        "welcome",
        "receive",
        "spurn",
    ]
)
_PURPOSE_PREPS = frozenset({"on", "in"})
#: Journeys and efforts one goes on or makes to do something (not "commented on a plan to").
_PURPOSE_NOUNS = frozenset(
    {"tour", "trip", "mission", "journey", "visit", "effort", "bid", "attempt", "quest", "drive"}
)
_OBJECT_CONTROL_PREPS = frozenset({"of", "for", "with", "from"})
#: Names whose modifier position makes them the owner of a decision, plan or bid.
_OWNER_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


class Tree:
    """Children by dependency label and entities by token, indexed once per document.

    spaCy answers ``token.children`` by scanning every child; on a head with
    thousands of coordinated dependents (a 10,000-word run-on sentence) asking
    each dependent's head about its subject would be quadratic. Here each
    question costs only the number of children with the asked-for label.
    """

    def __init__(self, doc: Doc, datelines: tuple[tuple[int, int], ...] | None = None) -> None:
        self.doc = doc
        #: the wire datelines' character spans (``ctx.datelines``; found from the text if not given)
        self.datelines = dateline_spans(doc.text) if datelines is None else datelines
        self._table = child_table(doc)
        #: per-document answers computed once on first use (keyed by the asking module)
        self.memo: dict[str, object] = {}
        self._ents: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self._ents[i] = ent

    def ent(self, token: Token) -> Span | None:
        return self._ents.get(token.i)

    def kids(self, token: Token, *deps: str) -> list[Token]:
        """Children of ``token`` with one of the labels, in document order per label."""
        return self._table.kids(token.i, *deps)

    def has(self, token: Token, dep: str, words: frozenset[str] | None = None) -> bool:
        """Whether a child with label ``dep`` (and, if given, one of ``words``) exists."""
        return any(words is None or c.lower_ in words for c in self.kids(token, dep))


def np_bounds(token: Token, tree: Tree) -> tuple[int, int]:
    """Character bounds of the short noun phrase headed by ``token``.

    Only pre-modifiers are kept ("Kyiv's army", "the US allegations"): relative
    clauses and prepositional tails would make mentions sentence-long and let
    them overlap other participants.
    """
    ent = tree.ent(token)
    left = token.i
    for child in tree.kids(token, *_NP_LEFT_DEPS):
        if child.i < token.i:
            left = min(left, child.left_edge.i)
    doc = token.doc
    start = doc[left].idx
    end = token.idx + len(token.text)
    if ent is not None:
        start = min(start, ent.start_char)
        end = max(end, ent.end_char)
    # a short phrase: never reach back over a line break or more than a few words
    left = max(left, token.i - _MAX_NP_LEFT)
    for i in range(token.i - 1, left - 1, -1):
        if "\n" in doc[i].text_with_ws:
            left = i + 1
            break
    start = doc[left].idx if ent is None else min(doc[left].idx, ent.start_char)
    # never start on punctuation or a quotation mark left over from the left edge
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
        start = doc[left].idx if ent is None else min(doc[left].idx, ent.start_char)
    return start, end


def conjuncts(token: Token, tree: Tree) -> Iterator[Token]:
    """The token and up to a few nouns coordinated with it ("the US and NATO")."""
    yield token
    node = token
    for _ in range(_MAX_CONJUNCTS):
        following = tree.kids(node, "conj")
        if not following:
            return
        yield from following[:_MAX_CONJUNCTS]
        if len(following) > 1:
            return
        node = following[0]


def is_passive(verb: Token, tree: Tree) -> bool:
    return bool(tree.kids(verb, "nsubjpass", "auxpass"))


def prep_objects(token: Token, preps: frozenset[str], tree: Tree) -> Iterator[Token]:
    """Objects of the prepositions in ``preps`` attached to ``token`` ("against X", "on X")."""
    for child in tree.kids(token, "prep", "agent", "dative"):
        if child.lower_ in preps:
            for obj in tree.kids(child, "pobj"):
                yield from conjuncts(obj, tree)


def of_organisation(person: Token) -> Token | None:
    """The organisation a person's "of"-phrase names ("Jane Roe **of Fox News**": the word
    "News"), or None. One reading for the rules that take a host's outlet from it (the
    broadcaster told, ``triggers._told_broadcaster``; the appearance's target,
    ``participant_actors.host_outlet``), so that the two agree on which hosts have one."""
    for prep in person.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "ORG":
                    return obj
    return None


def reflexive(token: Token) -> bool:
    """A reflexive pronoun ("himself", "themselves"): the agent again, never the other party."""
    return token.lower_.endswith(("self", "selves"))


def dative_objects(verb: Token, tree: Tree) -> Iterator[Token]:
    """Who something is given or made to: "gave Ukraine aid" (the dative itself) and "the
    promises he made to the voters" (the parser's dative is then "to": its object, never the
    preposition, is the participant)."""
    for child in tree.kids(verb, "dative"):
        if child.pos_ == "ADP":
            for obj in tree.kids(child, "pobj"):
                yield from conjuncts(obj, tree)
        else:
            yield from conjuncts(child, tree)


#: Clauses the parser makes of "for X to ...": adverbial, complement or noun clauses.
_FOR_CLAUSE_DEPS = ("advcl", "ccomp", "xcomp", "acl")
_FOR = frozenset({"for"})
_BY = frozenset({"by"})
_TO = frozenset({"to"})


def for_clause_subjects(token: Token, tree: Tree) -> Iterator[Token]:
    """The subject of a "for X to ..." clause after ``token``: "called for him to resign",
    "a call for the city council to accept refugees". The parser marks the clause with
    "for", leaves "for" an empty preposition of ``token`` beside the clause, or makes X the
    object of "for" with the "to"-clause hung on ``token``: X is who is to act either way."""
    clauses = [c for c in tree.kids(token, *_FOR_CLAUSE_DEPS) if c.i > token.i]
    if not clauses:
        return
    for prep in tree.kids(token, "prep"):
        if prep.lower_ != "for":
            continue
        objects = tree.kids(prep, "pobj")
        if not objects:
            yield from _clause_subjects(clauses, tree)  # "pushed for [the mayor to step down]"
            return
        if any(c.i > objects[0].i and tree.has(c, "aux", _TO) for c in clauses):
            yield from conjuncts(objects[0], tree)  # "a call for X [to resign]"
            return
    yield from _clause_subjects([c for c in clauses if tree.has(c, "mark", _FOR)], tree)


def _clause_subjects(clauses: list[Token], tree: Tree) -> Iterator[Token]:
    for clause in clauses:
        for subject in tree.kids(clause, "nsubj"):
            yield from conjuncts(subject, tree)


def _requested(noun: Token, tree: Tree) -> Token | None:
    """Who is to do what a request asks: "Mexico accepted the administration's request to
    cooperate" (the accepter), "a call on Dean to apologize" (Dean); not the requester."""
    for prep in tree.kids(noun, "prep"):
        if prep.lower_ in ("on", "upon", "to", "from"):
            for obj in tree.kids(prep, "pobj"):
                if prep.lower_ != "from":
                    return obj
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in RESPONDING_VERBS:
        return subject_of(verb, tree)
    return None


def _described(noun: Token, tree: Tree) -> Token:
    """Who a predicate noun describes: "Trump is a liar and birther who ..." is about Trump."""
    node = noun
    for _ in range(_MAX_CONJUNCTS):
        if node.dep_ not in ("conj", "appos"):
            break
        node = node.head
    if node.dep_ == "attr" and node.head.lemma_ == "be":
        copula = node.head
        subject = subject_of(copula, tree)
        if subject is None and copula.dep_ == "conj" and copula.head.pos_ in ("PROPN", "NOUN"):
            # "Trump regularly incites violence and is a liar who ...": the parser hung the
            # second verb on the name as if it were a noun's conjunct
            subject = copula.head
        return subject or noun
    return noun


_PERSON_RELATIVES = frozenset({"who", "whom"})


def _holder_of_body(node: Token) -> Token | None:
    """The person noun whose phrase a body closes ("the president of the Foundation for
    Rural Progress", "chief economist at Allianz"), climbing through the body's own
    prepositions; None when the body is no such phrase's object."""
    for _ in range(_MAX_CONJUNCTS):
        if node.ent_type_ not in BODY_ENTS or node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
        if node.ent_type_ not in BODY_ENTS:
            return node if node.pos_ in ("NOUN", "PROPN") else None
    return None


def relative_head(noun: Token, pronoun: Token) -> Token:
    """The noun a "who" clause is about when the parser hung it on a place closing the noun
    phrase: "J. Price, a union member in Boise, Idaho, who voted for X" is about the member
    (a place is never a "who"), whose place phrase the climb goes up through."""
    if pronoun.lower_ not in _PERSON_RELATIVES:
        return noun
    node = noun
    for _ in range(_MAX_CONJUNCTS):
        holder = _holder_of_body(node)
        if holder is not None:
            return holder  # "Pat Green, the president of the Foundation, who ..."
        if node.ent_type_ not in PLACE_ENTS:
            return node
        if node.dep_ in ("appos", "conj", "compound", "npadvmod"):
            node = node.head  # "Roanoke, Va."
        elif node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head
        else:
            break
    return noun


def _first_named(token: Token, tree: Tree) -> Token:
    """The first of coordinated names a modifier belongs to ("the FBI and Justice Department
    decision": FBI), following the conjunction back to its head."""
    node = token
    for _ in range(_MAX_CONJUNCTS):
        if node.dep_ != "conj" or node.head.ent_type_ not in _OWNER_ENTS:
            break
        node = node.head
    return node


#: Prepositions of a state the subject is in: "at the forefront of", "in the process of",
#: "on the verge of" (the gerund after the noun is the subject's own act).
_STATE_PREPS = frozenset({"at", "in", "on"})


def _setting_verb(noun: Token) -> Token | None:
    """The verb whose subject is in the state a noun names ("have been at the forefront of
    questioning X", "is in the process of suing X"), so that it does the gerund after it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _STATE_PREPS:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


#: Prepositions of a setting (where or when) a participle may be misattached to.
_SETTING_PREPS = frozenset({"on", "at", "during"})


def _setting_clause(noun: Token) -> Token | None:
    """The verb whose prepositional phrase names where or when a participle's act happened,
    when the parser hangs the participle on that phrase's noun: "Hale was heard on a
    microphone telling Lund to sit down", "at one point calling the coach a cheat". A thing
    or a time does not act; a name, a pronoun or a noun for people does ("clashed with
    protesters chanting slogans")."""
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    people = (ACTOR_NOUNS, PARTICIPANT_NOUNS, SINGLE_PERSON_NOUNS)
    if any(w in nouns for w in (noun.lower_, noun.lemma_.lower()) for nouns in people):
        return None
    prep, verb = noun.head, noun.head.head
    if prep.dep_ != "prep" or prep.lower_ not in _SETTING_PREPS:
        return None  # not "in lawsuits alleging fraud", "despite disclaimers urging calm"
    return verb if verb.pos_ in ("VERB", "AUX") else None


#: Verbs of getting, bearing or voicing something: their object is what the subject gets
#: for a deed of its own ("took heat for", "is serving a sentence for", "received $4 million
#: for", "expressed regret for").
_GETTING_VERBS = frozenset(
    {"take", "receive", "get", "serve", "face", "draw", "earn", "win", "express", "pay"}
    | {"collect", "accept", "deserve", "bear", "suffer", "catch", "garner", "claim", "owe"}
)


def _thing_got(verb: Token, obj: Token) -> bool:
    """Whether a "for"-gerund after the verb's object is the subject's act, the object being
    a thing the subject gets: "took heat for not condemning X", "is serving a sentence for
    hacking X", "will receive $4 million for advising X" (but "berated the guards for not
    ejecting X", "thanked the community for backing X": the ones thanked did it)."""
    if verb.lemma_.lower() not in _GETTING_VERBS:
        return False
    if obj.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT"):
        return True
    if obj.tag_ != "NN" or obj.ent_type_:
        return False
    people = (ACTOR_NOUNS, PARTICIPANT_NOUNS, SINGLE_PERSON_NOUNS)
    return not any(w in nouns for w in (obj.lower_, obj.lemma_.lower()) for nouns in people)


#: Finite verb tags: a verb with one of them has a subject of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _stranded_subject(verb: Token, tree: Tree) -> Token | None:
    """The subject the parser joined to the noun before it: in "said the agency bungled
    the audit and Greens accused the mayor", "Greens" is parsed as a conjunct of
    "audit" and "accused" is left without a subject. A finite verb with no subject
    right after such a conjunct takes it (not a verb coordinated with another: "X met Y and
    talked" shares X)."""
    if verb.tag_ not in _FINITE or verb.dep_ in ("conj", "relcl") or verb.i == 0:
        return None
    if tree.kids(verb, "nsubj", "nsubjpass", "csubj", "expl"):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "conj" or before.pos_ not in ("PROPN", "NOUN"):
        return None
    for _ in range(_MAX_CONJUNCTS):
        # "... of terror war, Obama and Clinton call them": the stranded subject's own first
        if before.head.dep_ != "conj" or before.head.pos_ not in ("PROPN", "NOUN"):
            break
        before = before.head
    return before


def _gerund_on_object(node: Token) -> bool:
    """A gerund the parser coordinated with the object of a verb rather than with the verb
    ("touting her record upstate and pounding him": "pounding" hangs on "upstate"): it has
    no subject of its own and shares the verb's."""
    return (
        node.dep_ == "conj"
        and node.tag_ == "VBG"
        and node.head.dep_ == "dobj"
        and node.head.pos_ not in ("VERB", "AUX")
        and node.head.head.pos_ == "VERB"
    )


def _dateline(token: Token, tree: Tree) -> bool:
    """Whether a subject is a wire dateline the parser took for the clause's subject
    ("ATLANTIC CITY — Clinton descended", "New York (AFP) – Vice President Joe Biden hit"): a
    place, never an actor. The core's one definition of a dateline decides
    (:func:`newsextract.dateline.dateline_spans`), so events and actors agree on it."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "GPE", "LOC", "FAC"):
        return False
    spans = tree.datelines
    # (idx, maxsize) sorts after every span opening at idx; Doc.text would rejoin the whole doc
    index = bisect.bisect_right(spans, (token.idx, sys.maxsize)) - 1
    return index >= 0 and token.idx < spans[index][1]


def _subjects(verb: Token, tree: Tree) -> list[Token]:
    """The verb's subjects, a dateline the parser read as one replaced by the real subject: a
    second subject of the verb, or the name it hung on the dateline as an apposition."""
    subjects = tree.kids(verb, "nsubj", "nsubjpass", "csubj")
    if not subjects or not _dateline(subjects[0], tree):
        return subjects
    rest = [s for s in subjects[1:] if s.i > subjects[0].i]
    if rest:
        return rest
    return [a for a in tree.kids(subjects[0], "appos") if a.ent_type_ in ("PERSON", "ORG")][:1]


#: Adjectives whose subject is what the infinitive acts on, or a dummy "it": "X is hard to
#: beat", "it is easy to criticize X".
_OBJECT_RAISING_ADJECTIVES = frozenset(
    {
        "easy",
        "hard",
        "difficult",
        "tough",
        "impossible",
        "simple",
        "possible",
        "important",
        "necessary",
        "fun",
        "painful",
        "safe",
        "dangerous",
        "interesting",
        "worth",
        "common",
    }
)


def _controlling_adjective(adjective: Token) -> Token | None:
    """The adjective an infinitive or gerund hangs on, when the adjective's subject does the
    act: "was eager to criticize X", "have been hesitant to endorse X", "has been busy
    attacking X", "Republicans, reluctant to endorse X"; not "X is hard to beat"."""
    if adjective.pos_ != "ADJ" or adjective.lower_ in _OBJECT_RAISING_ADJECTIVES:
        return None
    if adjective.dep_ in ("acomp", "oprd") and adjective.head.pos_ in ("VERB", "AUX"):
        return adjective
    if adjective.dep_ == "amod" and adjective.head.pos_ in ("NOUN", "PROPN"):
        return adjective
    return None


def subject_of(verb: Token, tree: Tree) -> Token | None:
    """The subject of a verb, following the paths the parser leaves it on.

    Coordinated verbs share the first verb's subject; an xcomp's subject is the
    upper verb's object if it has one ("urged X to leave"), else its subject
    ("was expected to arrive", "plans to visit"); a relative clause's subject
    is the noun it modifies.
    """
    stranded = _stranded_subject(verb, tree)
    if stranded is not None:
        return stranded
    node = verb
    for _ in range(_MAX_UP):
        for child in _subjects(node, tree):
            if child.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
                return _described(relative_head(node.head, child), tree)
            return child
        if node.dep_ == "relcl":
            return _described(node.head, tree)
        if node.dep_ == "acl" and node.tag_ == "VBG":
            setting = _setting_clause(node.head)
            if setting is not None:
                node = setting  # "was heard on a microphone telling X", "at one point calling X"
                continue
            return node.head  # "a super PAC backing Rubio": the PAC does the backing
        if node.dep_ == "acl" and node.tag_ == "VB":
            if node.head.lemma_.lower() in REQUEST_NOUNS:
                return _requested(node.head, tree)
            # "Trump's plan to deport": the planner does it; "X announced plans to give":
            # the one who announced them
            for owner in tree.kids(node.head, "poss"):
                return owner
            for owner in prep_objects(node.head, _BY, tree):
                return owner  # "the decision by X to give": the one who decided gives
            for owner in tree.kids(node.head, "compound", "nmod"):
                if owner.ent_type_ in _OWNER_ENTS:
                    return _first_named(owner, tree)  # "the FBI decision not to prosecute"
            if node.head.dep_ == "dobj" and node.head.head.pos_ in ("VERB", "AUX"):
                node = node.head.head
                continue
            prep = node.head.head
            if (
                node.head.dep_ == "pobj"
                and prep.lower_ in _PURPOSE_PREPS
                and node.head.lemma_.lower() in _PURPOSE_NOUNS
                and prep.head.pos_ in ("VERB", "AUX")
            ):
                node = prep.head  # "she went on a tour to talk with X", "in an effort to"
                continue
            return None
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        if _gerund_on_object(node):
            node = node.head.head  # "by touting her record upstate and pounding him"
            continue
        if node.dep_ == "xcomp":
            adjective = _controlling_adjective(node.head)
            if adjective is not None:
                if adjective.dep_ == "amod":
                    return adjective.head  # "Republicans, reluctant to endorse X, ..."
                node = adjective.head  # "was eager to criticize X", "seemed unwilling to"
                continue
            if node.head.lemma_.lower() not in _MEANS_VERBS:
                for child in tree.kids(node.head, "dobj"):
                    return child
            for prep in tree.kids(node.head, "prep"):
                if prep.lower_ in ("on", "upon"):  # "called on Dean to apologize"
                    for child in tree.kids(prep, "pobj"):
                        if child.ent_type_ not in ("DATE", "TIME"):  # not "on Wednesday"
                            return child
            node = node.head
            continue
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            node = node.head
            continue
        if (
            node.dep_ == "advcl"
            and node.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tree.kids(node, "aux"))
            and node.head.pos_ in ("VERB", "AUX")
        ):
            node = node.head  # an infinitive of purpose: "she came to talk with X"
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "cc" and node.head.head.pos_ == "VERB":
            node = node.head.head  # "issuing summonses rather than arresting them"
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            # "accused X of fuelling ...": the accused does it; "by providing": the
            # same subject as the verb the by-phrase modifies
            prep = node.head
            upper = prep.head
            if prep.lower_ in _OBJECT_CONTROL_PREPS:
                for obj in tree.kids(upper, "dobj"):
                    if prep.lower_ == "for" and _thing_got(upper, obj):
                        break  # "took heat for not condemning X": whoever took it did not
                    return obj
            if upper.lemma_.lower() in _DISPOSITION_NOUNS:
                # "his openness to working with X", "acknowledged a willingness to
                # negotiate": the one disposed does it
                for owner in tree.kids(upper, "poss"):
                    return owner
                if upper.dep_ in ("dobj", "attr") and upper.head.pos_ in ("VERB", "AUX"):
                    node = upper.head
                    continue
                return None
            if prep.lower_ == "of" and upper.pos_ == "NOUN":
                for owner in tree.kids(upper, "poss"):
                    # "its goal of accepting refugees", "his history of attacking X": the
                    # possessor of the aim, habit or record does the act
                    return owner
            setting = _setting_verb(upper)
            if setting is not None:
                node = setting  # "Greens have been at the forefront of questioning X"
                continue
            if upper.dep_ in ("advmod", "acomp") and upper.head.pos_ in ("VERB", "AUX"):
                node = upper.head  # "stopped short of calling X", "was proud of attacking X"
                continue
            if upper.pos_ not in ("VERB", "AUX"):
                return None
            node = upper
            continue
        return None
    return None


#: Verbs of saying: a clause they report is the speaker's words, and an occasion the parser
#: hung on that clause is where the speaker said them.
_SAYING_VERBS = frozenset(
    {"say", "tell", "claim", "declare", "insist", "suggest", "argue", "add", "charge", "assert"}
)


def speaker_verb(verb: Token) -> Token:
    """The verb of saying whose reported clause ``verb`` heads, else ``verb``: an occasion
    the parser hung inside reported words is where they were said, the speaker's, not the
    reported subject's ("said Obama was the founder of ISIS at a rally": the rally is the
    speaker's)."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING_VERBS:
        return verb.head
    return verb
