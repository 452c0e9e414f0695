"""Who did it to whom, where, with what: participants of a trigger from the parse.

Roles follow PLOVER's source/target reading: the agent is the subject of an
active verb, the "by"-phrase of a passive one, the possessor of an event noun
("Moscow's invasion") or the subject of the light verb that governs it
("China imposed sanctions"); the target is the object, the passive subject,
an "against/on/of X" complement, or the state whose capital a visit goes to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsextract import ExtractionContext, Participant, Place

from .syntax import ACTOR_ENTS, EntityIndex, conjuncts, is_passive, np_bounds, prep_objects
from .syntax import subject_of as _subject_of
from .triggers import Trigger

__all__ = ["ACTOR_NOUNS", "Roles", "find_roles", "is_actorlike", "person_like"]

#: Common nouns that denote an actor even without a name ("the army", "protesters").
ACTOR_NOUNS = frozenset(
    [
        "government",
        "administration",
        "regime",
        "army",
        "military",
        "troops",
        "forces",
        "force",
        "police",
        "authorities",
        "official",
        "officials",
        "leader",
        "leaders",
        "president",
        "minister",
        "ministry",
        "prime",
        "chancellor",
        "king",
        "queen",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "protesters",
        "protester",
        "demonstrators",
        "rebels",
        "rebel",
        "militants",
        "militant",
        "insurgents",
        "soldiers",
        "soldier",
        "fighters",
        "fighter",
        "gunmen",
        "gunman",
        "attackers",
        "attacker",
        "country",
        "countries",
        "state",
        "states",
        "nation",
        "nations",
        "ally",
        "allies",
        "coalition",
        "opposition",
        "party",
        "parliament",
        "congress",
        "senate",
        "court",
        "judge",
        "prosecutors",
        "prosecutor",
        "investigators",
        "agency",
        "company",
        "firm",
        "union",
        "workers",
        "students",
        "activists",
        "group",
        "groups",
        "militia",
        "navy",
        "jets",
        "warplanes",
        "planes",
        "drones",
        "diplomats",
        "ambassador",
        "envoy",
        "delegation",
        "embassy",
        "council",
        "committee",
        "lawmakers",
        "legislators",
        "senator",
        "senators",
        "governor",
        "mayor",
        "campaign",
        "candidate",
        "people",
        "civilians",
        "residents",
        "journalists",
        "prisoners",
        "hostages",
    ]
)
_NOT_ACTORS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LANGUAGE"}
)
#: Types whose direct object is the thing exchanged, not the target ("provide aid to X").
_THING_OBJECT = frozenset({"AID", "AGREE"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
_GROUP_PRONOUNS = frozenset({"they", "them", "we", "us", "it"})
_WHERE_PREPS = frozenset({"in", "at", "inside", "near", "outside"})
_TARGET_PREPS = {
    "ASSAULT": frozenset({"on", "against", "at", "of"}),
    "COERCE": frozenset({"on", "against", "of"}),
    "SANCTION": frozenset({"on", "against"}),
    "ACCUSE": frozenset({"against", "of", "on", "into"}),
    "THREATEN": frozenset({"against"}),
    "PROTEST": frozenset({"against"}),
    "CONSULT": frozenset({"with", "to"}),
    "COOPERATE": frozenset({"with"}),
    "AGREE": frozenset({"with"}),
    "AID": frozenset({"to", "for"}),
    "SUPPORT": frozenset({"for", "of"}),
    "REQUEST": frozenset({"on", "upon", "to"}),
    "RETREAT": frozenset({"of"}),
    "REJECT": frozenset({"of"}),
    "MOBILIZE": frozenset(),
    "CONCEDE": frozenset({"to"}),
}
_INSTRUMENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "THREATEN"})
_DESTINATION_PREPS = frozenset({"to", "in"})


@dataclass(frozen=True)
class Roles:
    participants: list[Participant]
    where: Place | None
    anchors: tuple[Token, ...]
    """Tokens the trigger's clause hangs on: the trigger and its light verb (for time and modality)."""


def is_actorlike(token: Token, ctx: ExtractionContext, ents: EntityIndex) -> bool:
    """Whether a participant head can be an actor: a name, a pronoun, or an actor noun."""
    ent = ents.of(token)
    if ent is not None and ent.label_ in ACTOR_ENTS:
        return True
    if ctx.actor_of(token) is not None:
        return True
    lower = token.lower_
    if token.tag_ in ("PRP", "PRP$") and lower in _PEOPLE_PRONOUNS | _GROUP_PRONOUNS:
        return True
    if token.lemma_.lower() in ACTOR_NOUNS or lower in ACTOR_NOUNS:
        return True
    # "Kyiv's army", "his country": a possessed actor noun
    return any(c.dep_ == "poss" for c in token.children) and token.lemma_.lower() in ACTOR_NOUNS


def person_like(token: Token, ctx: ExtractionContext, ents: EntityIndex) -> bool:
    """A single person: a PERSON name, a person actor, or "he"/"she"."""
    actor = ctx.actor_of(token)
    if actor is not None:
        return actor.type == "person"
    ent = ents.of(token)
    if ent is not None:
        return ent.label_ == "PERSON"
    return token.lower_ in _PEOPLE_PRONOUNS


def _participant(role: str, token: Token, ctx: ExtractionContext, ents: EntityIndex) -> Participant:
    start, end = np_bounds(token, ents)
    span = ctx.span(start, end)
    actor = ctx.actor_at(start, end) if ents.of(token) is None else ctx.actor_of(token)
    if actor is None:
        actor = ctx.actor_of(token)
    return Participant.model_validate(
        {"role": role, "actor": actor.id if actor else None, "mention": span}
    )


def _agents_and_targets(trig: Trigger) -> tuple[list[Token], list[Token]]:
    token = trig.token
    agents: list[Token] = []
    targets: list[Token] = []
    if trig.nominal:
        for child in token.children:
            if child.dep_ == "poss":
                agents.extend(conjuncts(child))
            elif child.dep_ == "compound" and child.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
                agents.append(child)
            elif child.dep_ == "amod" and child.ent_type_ == "NORP":
                agents.append(child)  # "the Russian invasion"
        agents.extend(prep_objects(token, frozenset({"by"})))
        for child in token.children:
            if child.dep_ == "acl":  # "sanctions levelled against Russia"
                targets.extend(prep_objects(child, _TARGET_PREPS.get(trig.sense.type, frozenset())))
                agents.extend(prep_objects(child, frozenset({"by"})))
        gov = trig.governor
        if gov is not None and (not agents or gov.lemma_.lower() == "join"):
            subject = _subject_of(gov)
            if subject is not None and not (token.dep_ == "nsubjpass" and subject.i == token.i):
                agents.extend(conjuncts(subject))
        if gov is not None:
            targets.extend(
                t for c in gov.children if c.dep_ == "dative" for t in conjuncts(c)
            )  # "gave Ukraine aid"
            targets.extend(prep_objects(gov, frozenset({"to", "against", "on"})))
        targets.extend(prep_objects(token, _TARGET_PREPS.get(trig.sense.type, frozenset())))
        return agents, targets
    passive = is_passive(token) or (token.dep_ in ("acl", "amod") and token.tag_ == "VBN")
    if passive:
        agents.extend(prep_objects(token, frozenset({"by"})))
        patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if patient is None and token.dep_ in ("acl", "amod"):
            patient = token.head
        if patient is not None:
            targets.extend(conjuncts(patient))
    else:
        subject = _subject_of(token)
        if subject is not None and subject.dep_ != "nsubjpass":
            agents.extend(conjuncts(subject))
        elif subject is not None:
            agents.append(subject)
        for child in token.children:
            if child.dep_ == "dative" or (
                child.dep_ == "dobj" and trig.sense.type not in _THING_OBJECT
            ):
                targets.extend(conjuncts(child))
            elif (
                child.dep_ == "dobj" and trig.sense.type == "AID" and child.ent_type_ in ACTOR_ENTS
            ):
                targets.extend(conjuncts(child))  # "providing Ukraine with weapons"
    if trig.particle is not None and trig.particle.dep_ == "prep":
        targets.extend(t for c in trig.particle.children if c.dep_ == "pobj" for t in conjuncts(c))
    if not targets:
        targets.extend(prep_objects(token, _TARGET_PREPS.get(trig.sense.type, frozenset())))
    return agents, targets


def _instruments(trig: Trigger) -> Iterator[Token]:
    if trig.sense.type not in _INSTRUMENT_TYPES:
        return
    if trig.sense.type == "AID" and not trig.nominal:
        # the aid given: "provided weapons", "providing Ukraine with weapons"
        for child in trig.token.children:
            if child.dep_ == "dobj" and child.ent_type_ not in ACTOR_ENTS:
                yield child
    for anchor in (trig.token, trig.governor):
        if anchor is not None:
            yield from prep_objects(anchor, frozenset({"with", "using"}))


def _where(anchors: Iterable[Token], ents: EntityIndex, visit: bool) -> Token | None:
    preps = _WHERE_PREPS | (_DESTINATION_PREPS if visit else frozenset())
    for anchor in anchors:
        for obj in prep_objects(anchor, preps):
            ent = ents.of(obj)
            if ent is not None and ent.label_ in _PLACE_ENTS:
                return obj
        if visit and anchor.lemma_.lower() == "visit" and anchor.pos_ != "NOUN":
            for child in anchor.children:
                ent = ents.of(child)
                if child.dep_ == "dobj" and ent is not None and ent.label_ in _PLACE_ENTS:
                    return child
    return None


def find_roles(trig: Trigger, ctx: ExtractionContext, ents: EntityIndex) -> Roles:
    """Participants and place of one trigger; mentions always kept, actor ids where resolved."""
    agents, targets = _agents_and_targets(trig)
    anchors = tuple(a for a in (trig.token, trig.governor) if a is not None)
    visit = trig.sense.mode == "visit"
    place_token = _where(anchors, ents, visit)
    if place_token is not None and place_token in targets and not visit:
        place_token = None  # "attacked Kyiv": the city is the target, not just the place
    seen: set[int] = set()
    participants: list[Participant] = []

    def add(role: str, tokens: Iterable[Token]) -> None:
        for tok in tokens:
            if (
                tok.i in seen
                or tok.i == trig.token.i
                or tok.is_punct
                or tok.ent_type_ in _NOT_ACTORS
            ):
                continue
            seen.add(tok.i)
            participants.append(_participant(role, tok, ctx, ents))

    add("agent", agents)
    add("target", targets)
    if visit and place_token is not None and not any(p.role == "target" for p in participants):
        add("target", [place_token])  # a visit to Beijing is a visit to China
    add("instrument", _instruments(trig))
    where: Place | None = None
    if place_token is not None:
        start, end = np_bounds(place_token, ents)
        span = ctx.span(start, end)
        ent = ents.of(place_token)
        actor = ctx.actor_at(start, end)
        where = Place(
            mention=span,
            actor=actor.id if actor else None,
            name=ent.text if ent is not None else place_token.text,
        )
        if place_token.i not in seen:
            seen.add(place_token.i)
            participants.append(_participant("location", place_token, ctx, ents))
    return Roles(participants, where, anchors)
