"""Plural pronouns the syntax binds to a group only an event participant names.

The groups the refine stage makes for participants ("affiliated unions", "the
candidates", "voters": :mod:`.participant_actors`) come after the actors plugin
resolved its pronouns, so a "they" or "their" that can only mean them stays
without an actor: "urged affiliated unions to pursue their own deliberations",
"the students have alleged they were ...", "the troops embraced their nominee".
Such a pronoun is the group's mention when the clause structure decides it, as
grammars of control and binding describe:

- the object of a verb with an infinitive complement is that infinitive's subject
  (object control: "asked the candidates to make jobs part of their plans"), so a
  plural possessive or subject in the infinitive's clause is the object's;
- the subject of a clause binds the possessive in its clause ("the troops embraced
  their nominee") and the subject of a clause it reports, governs or is coordinated
  with ("the students have alleged they", "the actors agree ..., but they").

Nearness alone decides nothing here (a plural pronoun after a group is as often
someone else, session 19); only these bindings, in the group's own sentence, with
the pronoun after the group and no other plural noun of people between them.
Each pronoun is one token look-up up the tree: linear in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from newsextract import Actor, ExtractionContext, Span
from newsextract.people_nouns import ACTOR_NOUNS, PARTICIPANT_NOUNS, names_people
from newsextract.reporting_verbs import SUBJECT_CONTROL_VERBS

__all__ = ["bound_pronouns"]

_PLURAL = frozenset({"they", "them", "their"})
#: Clauses whose subject a governing clause's subject binds ("alleged they", "..., but they").
_BOUND_CLAUSES = frozenset({"ccomp", "advcl", "conj"})
#: Nouns of people and bodies a plural pronoun may mean instead of the group.
_PEOPLE_NOUNS = ACTOR_NOUNS | PARTICIPANT_NOUNS
#: "Both women": mostly two people the text names, whom the guidelines give no plural
#: mention ("the two" is as often a counted group: "two other women ... said they").
_PAIR = frozenset({"both"})
_PAIR_DEPS = frozenset({"det", "predet", "preconj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Steps up from a possessive to its clause's verb ("part of their plans" -> "make").
_MAX_CLIMB = 5


def bound_pronouns(
    actors: list[Actor], ctx: ExtractionContext, taken: set[tuple[int, int]]
) -> list[Actor]:
    """``actors`` (groups the refine stage made) with the plural pronouns bound to them.

    ``taken`` are the character ranges every actor's mentions already cover (a pronoun
    the actors plugin resolved keeps its actor); it is updated with the ones given here.
    """
    doc = ctx.doc
    out: list[Actor] = []
    for actor in actors:
        if actor.type != "group":
            out.append(actor)
            continue
        added: list[Span] = []
        for mention in actor.mentions:
            head = _head(doc, mention.start, mention.end)
            if head is None or head.tag_ not in {"NNS", "NNPS"}:
                continue
            for pronoun in _bound_after(head):
                where = (pronoun.idx, pronoun.idx + len(pronoun.text))
                if where in taken:
                    continue
                taken.add(where)
                added.append(ctx.span(*where))
        if added:
            mentions = sorted([*actor.mentions, *added], key=lambda m: m.start)
            actor = actor.model_copy(update={"mentions": mentions})
        out.append(actor)
    return out


def _head(doc: SpacyDoc, start: int, end: int) -> Token | None:
    """The syntactic head of the mention's characters, if they align with tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def _bound_after(head: Token) -> list[Token]:
    """The plural pronouns after ``head`` in its sentence that the syntax binds to it."""
    found: list[Token] = []
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return found  # "media and political strategists ..., but they": both, no one actor
    if any(c.lower_ in _PAIR for c in head.children if c.dep_ in _PAIR_DEPS):
        return found  # "Both women framed their remarks": two people, no group
    for token in head.doc[head.right_edge.i + 1 : head.sent.end]:
        if _people_plural(token):
            break  # "the candidates ... their rivals ... their": another plural may be meant
        if token.lower_ in _PLURAL and token.tag_ in {"PRP", "PRP$"} and _binds(head, token):
            found.append(token)
    return found


def _people_plural(token: Token) -> bool:
    """A plural that may name other people a "they" could mean ("their rivals", "Republicans")."""
    if token.tag_ == "NNPS":
        return True
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS":
        return False
    return bool({lemma, token.lower_} & _PEOPLE_NOUNS) or names_people(lemma)


def _binds(head: Token, pronoun: Token) -> bool:
    """Whether ``head`` binds ``pronoun``: it controls, or is the subject of, its clause."""
    verb = _clause_verb(pronoun)
    if verb is None:
        return False
    own = _subject(verb)
    if own is not None and own.i != pronoun.i:
        # "the troops embraced their nominee": the clause's own subject binds a possessive
        return own.i == head.i and pronoun.dep_ == "poss"
    if verb.dep_ == "xcomp" and head.dep_ in {"dobj", "dative"} and head.head.i == verb.head.i:
        # "urged the unions to pursue their": the object is the infinitive's subject
        return head.i < verb.i and verb.head.lemma_.lower() not in SUBJECT_CONTROL_VERBS
    if pronoun.dep_ in _SUBJECTS and verb.dep_ in _BOUND_CLAUSES:
        governing = _subject(verb.head)
        return governing is not None and governing.i == head.i  # "the students alleged they"
    return False


def _clause_verb(pronoun: Token) -> Token | None:
    """The verb of the clause the pronoun stands in (its head, or up from a possessive)."""
    node = pronoun.head
    for _ in range(_MAX_CLIMB):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, if any."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
