"""Participants an event noun leaves implicit but its clause supplies (implicit arguments).

An event noun often names no one of its own: "she defended it despite criticism",
"he said to applause", "Christie has shone at town hall meetings". The roles
step reads the noun's own dependents and its light verb; when it finds no one,
the event is dropped (no event without an actor). For two constructions the
clause around the noun says who takes part, and annotators fill that in:

- a reaction one receives (criticism, praise, applause ...), or a request one is
  under ("under pressure to quit", "feeling some pressure"), hanging on a clause
  by "despite", "amid" or "under" (approval also by "to" and "with"), or the
  object of a verb of responding ("responded to criticism", "shrugged off the criticism"): the
  clause's subject is who gets it -- the target ("greeted with a standing
  ovation": the passive subject is greeted);
- a meeting noun (meetings, calls, interviews, talks) hanging on an active
  clause by "at", "during", "in", "on" or "through": the clause's subject takes
  part -- the agent ("appearing on conference calls").

Only when the roles found no participant at all, and only with a subject that
can be an actor: everything else (who criticised, whom one met) stays unknown,
as the guidelines leave it null when the text does not say.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsextract import ExtractionContext, Participant

from .lexicon import words
from .noun_conditions import PRESSED_PREPS, PRESSED_VERBS, gathering_phrase
from .pronouns import PronounResolver
from .roles import Roles, is_actorlike, name_index, name_key
from .roles import participant as role_participant
from .syntax import Tree, conjuncts, is_passive, speaker_verb, subject_of
from .triggers import CHEERING, NAMED_BACKING, Trigger, backed_name

__all__ = ["cheered_clause", "implicit_roles", "visit_holder"]

#: Reactions a person gets rather than gives, by their sense type.
_REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT"})
#: Prepositions that hang a reaction on the clause of the one who gets it ("despite
#: criticism"); "to" and "with" only for approval ("said to applause", "was greeted with
#: cheers"): "went from praise to insults", "traded insults with X" are no reception.
_RECEIVED_PREPS = words("despite amid under")
_APPROVAL_PREPS = words("to with")
#: Verbs whose object is a reaction their subject got ("responded to criticism").
_RESPONDING_VERBS = words(
    """respond react answer dismiss shrug brush ignore weather endure withstand survive
    care deal rebut address deflect"""
)
#: Prepositions that place a meeting in the clause of one who takes part in it.
_MEETING_PREPS = words("at during in on through")


def implicit_roles(
    trig: Trigger,
    roles: Roles,
    ctx: ExtractionContext,
    tree: Tree,
    pronouns: PronounResolver | None = None,
) -> Roles | None:
    """The trigger's roles with a participant its clause supplies, or ``None``.

    Only for event nouns whose roles named no participant at all.
    """
    if not trig.nominal or any(p.role in ("agent", "target") for p in roles.participants):
        return None
    cheered = _cheered_speaker(trig, ctx, tree, pronouns) or _named_backing(trig, ctx, tree)
    if cheered is not None:
        return Roles([*cheered, *roles.participants], roles.where, roles.anchors)
    found = _received_by(trig, tree) or _met_by(trig, tree)
    if found is None:
        return None
    role, subject = found
    if not is_actorlike(subject, ctx, tree):
        return None
    participants = [
        role_participant(role, tok, ctx, tree, pronouns) for tok in conjuncts(subject, tree)
    ]
    return Roles([*participants, *roles.participants], roles.where, roles.anchors)


def _clause_verb(noun: Token) -> tuple[Token, str] | None:
    """The verb a noun hangs on directly or by one preposition, and how ("dobj", or the
    preposition's word); a gathering named by a compound through its head ("during a town
    hall meeting")."""
    noun = gathering_phrase(noun)
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return head, "dobj"
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb, head.lower_
    return None


def _received_by(trig: Trigger, tree: Tree) -> tuple[str, Token] | None:
    """ "defended it despite criticism", "said to applause", "responded to criticism":
    the clause's subject gets the reaction."""
    pressed = trig.sense.type == "REQUEST"
    if trig.sense.type not in _REACTION_TYPES and not pressed:
        return None
    hung = _clause_verb(trig.token)
    if hung is None:
        return None
    verb, how = hung
    responding = verb.lemma_.lower() in (PRESSED_VERBS if pressed else _RESPONDING_VERBS)
    approval = trig.sense.type == "SUPPORT" and how in _APPROVAL_PREPS
    if pressed and how not in PRESSED_PREPS and not responding:
        return None  # a request reaches whom it is "under" or "amid" only
    if not responding and how not in _RECEIVED_PREPS and not approval:
        return None
    if how == "with" and not is_passive(verb, tree):
        return None  # "met with applause" only as "was greeted with"; "joined with critics"
    subject = subject_of(verb, tree)
    return None if subject is None else ("target", subject)


def cheered_clause(trig: Trigger) -> Trigger | None:
    """The clause of the speech a cheering audience heard ("Sanders told a cheering crowd
    Tuesday"), standing in for the trigger when its date is read: the cheers come when the
    words are said, and the participle has no clause of its own."""
    if trig.sense is not CHEERING:
        return None
    hung = _clause_verb(trig.token.head)
    if hung is None or hung[1] not in ("dobj", "to"):
        return None
    return Trigger(trig.token.head, trig.sense, True, hung[0])


def _named_backing(trig: Trigger, ctx: ExtractionContext, tree: Tree) -> list[Participant] | None:
    """ "the Sanders-supporting Working Families Party": the noun described (the agent) backs
    the name joined to the participle (the target). The name lies inside the described
    noun's phrase, so the actor a mention gives it may be the agent's own ("his
    Clinton-backing Senate colleagues" is one mention): then, as when it has none, the
    target is the actor of that name, or none (no one backs himself)."""
    if trig.sense is not NAMED_BACKING:
        return None
    name = backed_name(trig.token)
    if name is None:
        return None
    agent = role_participant("agent", trig.token.head, ctx, tree)
    if trig.token.lower_ == "pro":
        return _pro_backing(agent, name, trig.token.head, ctx, tree)
    target = role_participant("target", name, ctx, tree)
    if target.actor is None or target.actor == agent.actor:
        named = name_index(ctx, tree).get(name_key(name.text))
        target = target.model_copy(update={"actor": None if named is None else named.id})
    return [agent, target]


def _pro_backing(
    agent: Participant, name: Token, described: Token, ctx: ExtractionContext, tree: Tree
) -> list[Participant] | None:
    """ "the leading pro-Clinton super PAC": the noun described backs the actor the name after
    "pro-" names in the article, or there is no event: "pro-Sanders passion" names no backer,
    "pro-Moscow advisers" no actor called Moscow, "NARAL Pro-Choice America" no one at all."""
    if not is_actorlike(described, ctx, tree):
        return None
    index = name_index(ctx, tree)
    for word in name.doc[name.i : described.i]:
        if not word.text[:1].isupper():
            break
        named = index.get(name_key(word.text))  # "pro-Newt Gingrich PAC": Gingrich
        if named is not None and named.id != agent.actor:
            target = role_participant("target", word, ctx, tree)
            return [agent, target.model_copy(update={"actor": named.id})]
    return None


def _cheered_speaker(
    trig: Trigger, ctx: ExtractionContext, tree: Tree, pronouns: PronounResolver | None
) -> list[Participant] | None:
    """ "Clinton told a cheering throng", "proclaimed to a cheering crowd": the audience (the
    agent) backs whoever addresses it (the target, the subject of the verb the audience is
    the object or "to"-object of)."""
    if trig.sense is not CHEERING:
        return None
    audience = trig.token.head
    hung = _clause_verb(audience)
    if hung is None or hung[1] not in ("dobj", "to"):
        return None
    speaker = subject_of(hung[0], tree)
    if speaker is None or not is_actorlike(speaker, ctx, tree):
        return None
    return [
        role_participant("agent", audience, ctx, tree, pronouns),
        role_participant("target", speaker, ctx, tree, pronouns),
    ]


def _met_by(trig: Trigger, tree: Tree) -> tuple[str, Token] | None:
    """ "performed well at town hall meetings", "appearing on conference calls": who the
    active clause is about takes part in the meeting."""
    if trig.sense.type != "CONSULT":
        return None
    hung = _clause_verb(trig.token)
    if hung is None:
        return None
    verb, how = hung
    if how not in _MEETING_PREPS or is_passive(verb, tree):
        return None  # "was arrested at a meeting": not the meeting's
    subject = subject_of(speaker_verb(verb), tree)
    return None if subject is None else ("agent", subject)


def visit_holder(
    trig: Trigger,
    roles: Roles,
    ctx: ExtractionContext,
    tree: Tree,
    pronouns: PronounResolver | None = None,
) -> Roles | None:
    """A campaign visit's roles with the one who holds it, when only its place was read
    ("Trump made the remarks at a Dec. 4 rally in Raleigh", "he said at a Florida rally"):
    the rally's place is its visit target, which kept the event, but no one holds it.

    A rally or campaign stop with no one visited is a visit with no target (round-5
    ruling) but with its holder as agent; as for meetings, the active clause the noun hangs on by "at",
    "during", "in", "on" or "through" says who (not "was ejected from a rally", "went to a
    Trump rally": the goer is no holder).
    """
    if (
        not trig.nominal
        or trig.sense.type != "CONSULT"
        or trig.sense.mode != "visit"
        or any(p.role == "agent" for p in roles.participants)
    ):
        return None
    found = _met_by(trig, tree)
    subject = found[1] if found is not None else _said_at(trig.token, tree)
    if subject is None or not is_actorlike(subject, ctx, tree):
        return None
    agents = [
        role_participant("agent", tok, ctx, tree, pronouns) for tok in conjuncts(subject, tree)
    ]
    return Roles([*agents, *roles.participants], roles.where, roles.anchors)


def _said_at(noun: Token, tree: Tree) -> Token | None:
    """The speaker, when the parser hung the occasion on a noun of the reported words ("said
    Obama was the founder of ISIS at a Florida rally", "at" under "founder"): only inside a
    clause a verb of saying reports, where the occasion is the saying's; elsewhere a noun's
    "at" phrase is as often the noun's own ("a protester at a rally")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _MEETING_PREPS:
        return None
    host = prep.head
    if host.pos_ not in ("NOUN", "PROPN") or host.dep_ not in ("attr", "dobj", "acomp"):
        return None
    verb = host.head
    saying = speaker_verb(verb)
    if saying is verb:
        return None
    return subject_of(saying, tree)
