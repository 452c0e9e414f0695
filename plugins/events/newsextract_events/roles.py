"""Who did it to whom, where, with what: participants of a trigger from the parse.

Roles follow PLOVER's source/target reading: the agent is the subject of an
active verb, the "by"-phrase of a passive one, the possessor of an event noun
("Moscow's invasion") or the subject of the light verb that governs it
("China imposed sanctions"); the target is the object, the passive subject,
an "against/on/of X" complement, or the state whose capital a visit goes to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsextract import Actor, ExtractionContext, Participant, Place
from newsextract.people_nouns import ACTOR_NOUNS, PARTICIPANT_NOUNS, SINGLE_PERSON_NOUNS

from . import noun_conditions, noun_lexicon, received_nouns, served
from .honours import AWARD_MODE
from .learned_roles import CONTROVERSY_MODE, OFFICE_MODE, UNADDRESSED_MODE
from .lexicon import (
    DISPLEASING,
    HOSTING_PARTICIPLES,
    PARTY_WORDS,
    PENALTIES,
    RECEIVING_VERBS,
    VERBS,
    words,
)
from .nominations import PARTY_WON, party_roles
from .offices import past_office_holder
from .prayers import PRAYED_FOR, prayer_roles
from .pronouns import PronounResolver
from .ranks import RANK_MODE, rank_roles
from .syntax import (
    ACTOR_ENTS,
    BODY_ENTS,
    PLACE_ENTS,
    REQUEST_NOUNS,
    RESPONDING_VERBS,
    SEAT_ENTS,
    Tree,
    conjuncts,
    dative_objects,
    for_clause_subjects,
    is_passive,
    np_bounds,
    prep_objects,
    reflexive,
    relative_head,
    speaker_verb,
    subject_of,
)
from .triggers import (
    CHEERED,
    Trigger,
    bearer_of_quoted,
    cheered_by,
    named_as_xcomp,
    object_gap,
    shared_object,
)

__all__ = [
    "FOLLOWER_NOUNS",
    "KIN_AND_MEDIA_NOUNS",
    "Roles",
    "counted_plural",
    "describes_head",
    "find_roles",
    "is_actorlike",
    "name_index",
    "name_key",
    "participant",
    "person_like",
    "placing_verb",
    "without_any_candidate",
]

_NOT_ACTORS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LANGUAGE"}
)
#: Target prepositions a noun takes that its verb does not: the parser hangs
#: "declared war on X" on the noun, while "threatened on Twitter" is a place.
_NOUN_TARGET_PREPS = {"THREATEN": frozenset({"on"})}
#: Types whose direct object is the thing exchanged, not the target ("provide aid to X").
_THING_OBJECT = frozenset({"AID", "AGREE"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me", "my"})
#: "it" is left out: it is far more often a thing than a state; the actors plugin
#: resolving it to an actor is what makes it one.
_GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
_WHERE_PREPS = frozenset({"in", "at", "inside", "near", "outside"})
_TARGET_PREPS = {
    "ASSAULT": frozenset({"on", "against", "at", "of"}),
    "COERCE": frozenset({"on", "against", "of", "into"}),
    "SANCTION": frozenset({"on", "against"}),
    "ACCUSE": frozenset({"against", "of", "on", "into", "over", "at", "about"}),
    "THREATEN": frozenset({"against"}),
    "PROTEST": frozenset({"against"}),
    "CONSULT": frozenset({"with", "to"}),
    "COOPERATE": frozenset({"with"}),
    "AGREE": frozenset({"with"}),
    # "poured $25 million into the PAC": money put into an actor's hands
    "AID": frozenset({"to", "for", "into"}),
    "SUPPORT": frozenset({"for", "of", "behind"}),
    "REQUEST": frozenset({"on", "upon", "to"}),
    "RETREAT": frozenset({"of", "from"}),
    "REJECT": frozenset({"of"}),
    "MOBILIZE": frozenset(),
    "CONCEDE": frozenset({"to"}),
}
_ON = frozenset({"on"})
_BEHIND = frozenset({"behind"})
_INVITING = frozenset({"invite", "summon", "welcome"})
_AGAINST_ON = frozenset({"on", "against"})
#: "make X testify", "have X arrested", "let X go": the one caused to act is the clause subject.
_CAUSATIVES = frozenset({"make", "have", "let"})
#: Event nouns whose possessor undergoes the event ("Kennedy's assassination", "his
#: incarceration"): killing, harm, capture, confinement, removal and legal penalties, each
#: family whole; with an "of"-phrase the possessor does it ("Russia's annexation of").
_PATIENT_NOUNS = words(
    """assassination murder killing slaying execution beheading lynching hanging shooting
    stabbing beating wounding poisoning torture abuse mistreatment harassment persecution
    arrest detention capture abduction kidnapping incarceration imprisonment jailing
    internment confinement interrogation release deportation expulsion extradition exile
    banishment eviction removal dismissal firing ouster suspension demotion conviction
    sentencing indictment impeachment pardon"""
)
#: Verbs answering a request or offer: their subject is who it was made to.
_RESPONDING = RESPONDING_VERBS
_REFUSED_PREPS = frozenset({"to", "with"})
_EASED_PREPS = frozenset({"on", "against", "for"})
_INSTRUMENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "THREATEN"})
_DESTINATION_PREPS = frozenset({"to", "in"})
_BY = frozenset({"by"})
_FROM = frozenset({"from"})
_LIED_TO = frozenset({"to", "about"})
#: Event nouns whose "from"-phrase is the agent ("criticism from X", "pressure from donors",
#: "opposition from Congress"; not sanctions: "tariffs on goods from China" is their origin).
_FROM_AGENT_TYPES = frozenset(
    {
        "ACCUSE",
        "SUPPORT",
        "REQUEST",
        "THREATEN",
        "AID",
        "CONSULT",
        "REJECT",
        "PROTEST",
        "CONCEDE",
    }
)
_OF = frozenset({"of"})
#: Nouns of leaving whose "of"-phrase is who leaves ("the resignation of X", "the withdrawal
#: of Russian troops"), not what is left (their "from"-phrase).
_LEAVING_MODES = frozenset({"resign", "withdraw"})


def _from_agent(trig: Trigger) -> bool:
    """Whether the event noun's "from"-phrase is its agent: the types above, and the violent
    words that are criticism when people do them ("attacks from Senator X", "the brutal attack
    from X"), whose roles are read before extract.py tells words from violence."""
    return trig.sense.type in _FROM_AGENT_TYPES or trig.sense.verbal_if_people


#: Event nouns whose place-name compound is where it happened, not who did it.
_PLACE_COMPOUND_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
#: Heads that stand for the state or organisation named in their modifiers ("Russian troops").
_STATE_NOUNS = frozenset(
    [
        "government",
        "administration",
        "regime",
        "army",
        "military",
        "forces",
        "troops",
        "navy",
        "police",
        "authorities",
        "ministry",
        "embassy",
        "parliament",
        "leadership",
    ]
)
_WITH = frozenset({"with", "using"})
_PARTNER = frozenset({"with"})
_AFTER_PREPS = frozenset({"after", "following", "amid"})
_THING_PRONOUNS = frozenset({"it", "this", "that", "which"})
#: Children that make a participle a clause of its own ("the bill ... was passed by X").
_CLAUSE_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass")
#: Forces whose name before a violent event noun is its agent even when no actor covers
#: them ("police shootings"; but "government aid" sent by the US is the US's).
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
_FORCE_NOUNS = _STATE_NOUNS | words("rebel rebels militant militants insurgent insurgents militia")
_SETTING_PREPS = frozenset({"at", "during", "after", "following"})
#: Who asks in an interview: the outlet or show it was given to, with or on.
_INTERVIEWER_PREPS = frozenset({"with", "to", "on"})
_GOVERNOR_TARGET_PREPS = frozenset({"to", "against", "on"})
_INCLUDING = frozenset({"including"})
_FROM_BY = frozenset({"from", "by"})
#: What one answers by accepting or refusing: its "from"/"by" owner is who asked or offered
#: ("rejected a request from Democrats", "granted a request by the challengers").
_HAS_OR_IS = frozenset({"'s", "’s"})
_ANSWERED_NOUNS = words(
    """request requests offer offers invitation invitations demand demands proposal proposals
    call calls plea pleas appeal appeals bid bids motion motions petition petitions overture
    overtures question questions"""
)
#: Verbs that cite a noun rather than receive it: "citing the release of prisoners" is not
#: done to the one citing (but "cited his endorsements from generals" is his).
_CITING_VERBS = frozenset({"cite", "tout"})
#: "had talks with X", "had breakfast with X": "have" passes its subject to a meeting noun.
_HAVE_TYPES = frozenset({"CONSULT", "COOPERATE"})
#: "held X in contempt", "placed X on leave", "put X under arrest", "took X into custody":
#: the verb's object undergoes the state the noun names, its subject imposes it.
_STATE_PLACING_VERBS = frozenset({"hold", "place", "put", "take", "keep"})
_STATE_PREPS = frozenset({"in", "on", "under", "into"})
#: Who a feud, spat, clash, testimony or appearance is with or before: the partner its own
#: "prep:" condition names ("a feud with Fox News", "testimony before the committee").
_PARTNER_PREPS = frozenset({"with", "before", "between"})
_BETWEEN = frozenset({"between"})
_FOR = frozenset({"for"})
#: Fundraising nouns: the one money is raised "for" is who the raisers work with.
_FUNDRAISING_NOUNS = words("fundraiser fundraising raiser")
#: Nouns of ties (round-12 ruling): "his ties to Ukraine", "a relationship to X" -- the
#: "to"-phrase names the one tied to, as "with" does.
_TIE_NOUNS = words("tie relationship")
_TIED_TO = frozenset({"to"})
#: Verbs of getting a sum: the "from"-phrase gave it, the subject got it ("raised $500,000
#: from X", "accepted $2 million from donors"), as with the receiving verbs.
_TAKING_VERBS = RECEIVING_VERBS | words("raise accept collect take get obtain secure rake")
#: Helping verbs whose complement clause has the one helped as subject ("helped X win").
_HELPING_TYPES = frozenset({"COOPERATE", "AID"})
#: Nouns of what two sides do together: "talks between X and Y", "a deal between X and Y".
_MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: Verbs whose subject gets what an event noun names: the lexicon's receiving verbs and
#: their everyday synonyms ("gotten criticism from X", "picked up the endorsement of Y").
_GETTING_VERBS = RECEIVING_VERBS | words("get gain pick land secure collect rack snag score")
#: Verbs of answering criticism: their subject is the one criticised ("dismissed criticism
#: from X", "fielded criticism from his rivals", "responded to criticism over ...").
_ANSWERING_VERBS = words("dismiss rebut deflect counter field answer weather parry")
#: Verbs answering criticism "to" it ("responded to criticism", "reacting to the attacks").
_ANSWERING_TO_VERBS = words("respond react reply")
#: Verbs answering criticism with a particle ("brushed off the criticism", "fended off").
_ANSWERING_PARTICLES = frozenset({("brush", "off"), ("shrug", "off"), ("fend", "off")})
#: Verbs of an act's course whose subject keeps doing it: who drops, steps up or renews
#: attacks made them ("dropped direct attacks on X", "ratcheted up his attacks"; not "stop"
#: or "end": one stops or ends others' attacks as well).
_PURSUING_VERBS = words(
    """drop abandon escalate intensify step ratchet ramp renew redouble repeat pursue sustain
    soften temper"""
)
#: A trip or meeting is also ended or cut short by who made it ("before ending a trip to X").
_ENDING_VERBS = words("end cut wrap finish complete")
#: "began with insults against X", "opened with a call for": the speaker's first act.
_OPENING_VERBS = words("begin start open kick lead close end")
#: "came out of meetings with X", "emerged from talks": who leaves a meeting was at it.
_LEAVING_VERBS = words("come emerge return walk")
_OUT_OF = frozenset({"of", "from"})
#: Verbs whose object is a gathering spoken to: "told a town hall meeting", "addressed a
#: rally", "headlined a fundraiser" -- the speaker holds it.
_ADDRESSING_VERBS = words("tell address headline")
#: Verbs a guest speaks at an outlet's town hall with, when the parser drops the "at" ("spoke
#: Monday night an Oregon town hall hosted by Radio Nine"): the speaker is the guest. Fewer than
#: noun_conditions' verbs of a guest speaking: without the "at" only these read it.
_SPEAKING_WITHOUT_AT = words("speak say talk")


@dataclass(frozen=True)
class Roles:
    participants: list[Participant]
    where: Place | None
    anchors: tuple[Token, ...]
    """Tokens the trigger's clause hangs on: the trigger and its light verb (for time and modality)."""


#: Verbs of harm and force whose bare-number object or passive subject counts people: "killed
#: 130 in Paris", "84 were killed", "77 have been deported".
_COUNTING_VERBS = words(
    "kill wound injure murder slaughter massacre execute behead shoot deport detain arrest"
)


def counted_victims(token: Token) -> bool:
    """A bare number the harm is done to ("killed 130 in Paris", "where 84 were killed",
    "77 have been deported"): a counted group of people, which the guidelines make a group
    actor ("bare-number groups ('killing 49', 'a hundred people') counted groups", round 16);
    not a part of a whole ("two of the senators") nor a number of things ("sold 130")."""
    return (
        token.tag_ == "CD"
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.lemma_.lower() in _COUNTING_VERBS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def is_actorlike(token: Token, ctx: ExtractionContext, tree: Tree) -> bool:
    """Whether a participant head can be an actor: a name, a pronoun, an actor noun, or a
    counted group of victims."""
    if counted_victims(token):
        return True
    ent = tree.ent(token)
    if ent is not None and ent.label_ in ACTOR_ENTS:
        return True
    if ctx.actor_of(token) is not None:
        return True
    lower = token.lower_
    if token.tag_ in ("PRP", "PRP$") and lower in _PEOPLE_PRONOUNS | _GROUP_PRONOUNS:
        return True
    if token.lemma_.lower() in ACTOR_NOUNS or lower in ACTOR_NOUNS:
        return True
    if _made_actor(token) and any(
        is_actorlike(owner, ctx, tree) for owner in _owners(token, tree, False)
    ):
        # "Scott's relatives", "his family foundation", "the American media": an actor of
        # its own (the refine step makes it one), not its owner; kept as the owner was
        return True
    return any(is_actorlike(whole, ctx, tree) for whole in _partitive_of(token, tree))


def person_like(token: Token, ctx: ExtractionContext, tree: Tree) -> bool:
    """A single person: a PERSON name, a person actor, "he"/"she", or "the businessman"."""
    actor = ctx.actor_of(token)
    if actor is not None:
        return actor.type == "person"
    ent = tree.ent(token)
    if ent is not None:
        return ent.label_ == "PERSON"
    return token.lower_ in _PEOPLE_PRONOUNS or token.lower_ in SINGLE_PERSON_NOUNS


_OWNER_DEPTH = 2
_MAX_COORDINATION = 8
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_PARTITIVES = words(
    """number numbers lot lots dozen dozens hundred hundreds thousand thousands million
    millions majority minority handful couple bunch host series group groups some many
    most several all both none each half few"""
)
_STEM = 4
#: Entities whose modifier names the owner of a thing ("the New York Times request").
_OWNER_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: Nouns for people or bodies defined by a relation to someone: "her opponent" is not "her".
_RELATIONAL_NOUNS = words(
    """opponent opponents rival rivals aide aides adviser advisers advisor advisors staff
    staffer staffers team department office campaign lawyer lawyers attorney attorneys
    family children parents allies colleague colleagues friends partner partners
    successor predecessor deputy boss employer employees spokesman
    spokeswoman spokesperson counsel donors backers surrogates member members
    representative representatives head chief director directors citizens"""
)
#: People who follow someone: a group of their own, not their leader's thing ("Sanders's
#: followers", "the party's superdelegates", "his parishioners" take part as themselves).
FOLLOWER_NOUNS = words(
    """follower followers parishioner parishioners congregant congregants superdelegate
    superdelegates"""
)
#: Kin and news media: people and bodies of their own, never their owner's thing ("Scott's
#: relatives", "his cousin", "the American media"), also made actors when they take part.
KIN_AND_MEDIA_NOUNS = words(
    """relative relatives kin kinsman cousin cousins uncle uncles aunt aunts nephew nephews
    niece nieces grandson grandsons granddaughter granddaughters grandchildren grandparents
    grandmother grandfather sons daughters brothers sisters sibling siblings husbands wives
    widow widower fiance fiancee stepfather stepmother stepson stepdaughter mothers fathers
    in-laws media press broadcaster broadcasters magazine magazines tabloid tabloids"""
)


def _actor_for(
    token: Token,
    ctx: ExtractionContext,
    tree: Tree,
    pronouns: PronounResolver | None,
    exclude: Collection[str],
    depth: int,
) -> Actor | None:
    """The actor a participant head stands for.

    The head's own actor first (or, for a pronoun no actor covers, its
    antecedent); else its apposition ("his wife, Heidi"), possessor ("Kyiv's
    army" is Ukraine's) or the modifier of a state noun ("Russian troops"; but
    "a New York judge" is not New York), themselves resolved the same way one
    more level down ("the Bush administration's request" is the
    administration's, which is Bush's). Owners stand only for things: "her
    opponent", "a member of Congress" are actors of their own. An "of"-owner
    counts for things only and only when it is a name ("the policies of
    Obama"); a part is its whole ("a number of cities", "one of the doctors").
    """
    if depth > 0 and counted_plural(token):
        # "Two Democrats, Tom Steyer and Donald Sussman, ...": a plural reference to several
        # actors is no actor (the guidelines); the first one named stands for the event
        for named in tree.kids(token, "appos"):
            actor = _actor_for(named, ctx, tree, pronouns, (), 0)
            if actor is not None:
                return actor
    actor = _named_in_apposition(token, ctx, tree) if depth > 0 else None
    actor = actor or ctx.actor_of(token)
    ent = tree.ent(token)
    if actor is None and ent is not None and ent.label_ in ACTOR_ENTS:
        # "Ban Ki-moon" with an actor mention on "Ban Ki" only: the name is one entity
        actor = ctx.actor_at(ent.start_char, ent.end_char)
    if actor is None and ent is not None and ent.label_ in _NAMED_ENTS and _inside_description(ent):
        actor = _actor_named(ent, ctx, tree)  # "a prominent Trump supporter"
    if actor is None and pronouns is not None:
        actor = pronouns.resolve(token, exclude, agree=True)
    if actor is not None and token.lower_ in _PLURAL_PRONOUNS:
        actor = _first_coordinated(actor, token, ctx, tree)
    if actor is None and token.dep_ == "amod" and token.ent_type_ == "NORP":
        # "Russian attacks", "Iranian threats": no mention (the adjective), but the state is
        # the agent by clear reference (the guidelines' session-14 rulings)
        actor = _country_of_demonym(token, ctx, tree)
    if actor is not None or depth == 0:
        return actor
    if describes_head(token):
        # "Future45, a super PAC that ...", "Heidi, his wife,": the name the description
        # follows (also a description the parser tags as a name: "a super PAC")
        actor = _actor_for(token.head, ctx, tree, pronouns, (), 0)
        if actor is not None:
            return actor
    if token.tag_ in ("NNS", "NNPS"):
        # "Other unions, including the Teamsters, endorsed X", "groups such as Emily's List":
        # a plural reference to several actors is none (the guidelines); the first member it
        # names stands for it
        for member in _listed_members(token, tree):
            actor = _actor_for(member, ctx, tree, pronouns, (), 0)
            if actor is not None:
                return actor
    for whole in _partitive_of(token, tree):
        actor = ctx.actor_of(whole)  # "a number of cities"; not the owner of "some of his plans"
        if actor is not None:
            return actor
    owners = list(tree.kids(token, "appos"))
    state = token.lemma_.lower() in _STATE_NOUNS
    if state or not _names_an_actor(token, tree):
        # "Kyiv's army", "the administration's request", "North Korea's test"; but "her
        # opponent", "his wife", "her department" are actors of their own, not the owner
        owners += _owners(token, tree, state)
    for owner in owners:
        actor = _actor_for(owner, ctx, tree, pronouns, (), depth - 1)
        if actor is None and owner.ent_type_ == "NORP":
            actor = _country_of_demonym(owner, ctx, tree)
        if actor is not None:
            return actor
    return None


#: Tokens looked back for an earlier apposition of the same noun (bounded: linear time).
_APPOSITION_REACH = 40


def describes_head(token: Token) -> bool:
    """Whether ``token`` is a description in apposition to the noun it hangs on ("Future45, a
    super PAC", "Heidi, his wife"); not the second of two appositions ("Mike Shields,
    president of the Fund, a super PAC allied with ...": the PAC is the Fund, not Shields)."""
    if token.dep_ != "appos" or token.i < token.head.i:
        return False
    if token.pos_ not in ("NOUN", "PRON") and not any(c.dep_ == "det" for c in token.lefts):
        return False  # a second name, not a description ("a super PAC" may be tagged a name)
    between = token.doc[max(token.head.i + 1, token.i - _APPOSITION_REACH) : token.i]
    return not any(t.dep_ == "appos" and t.head.i == token.head.i for t in between)


def _owners(token: Token, tree: Tree, state: bool) -> list[Token]:
    """Who owns the thing ``token`` names (or, for a state noun, whose it is), nearest first."""
    # "Shelby’s actions" with the curly apostrophe is parsed as a modifier, not a possessor
    owners = _owners_and_modifiers(token, tree)[0]
    # "the Iran deal negotiated by Obama", "the rules issued by the agency": whoever made it
    owners += [
        maker
        for participle in tree.kids(token, "acl")
        if participle.tag_ == "VBN" and not tree.kids(participle, *_CLAUSE_DEPS)
        for maker in prep_objects(participle, _BY, tree)
    ]
    # "Russian troops", "the New York Times request", "a North Korea test", "Mexican
    # imports"; but "a New York judge" is not New York
    owners += [
        child
        for child in tree.kids(token, "compound", "amod")
        if state or child.ent_type_ in _OWNER_ENTS
    ]
    if not owners and token.dep_ == "dobj" and token.head.lemma_.lower() == "have":
        owner = subject_of(token.head, tree)  # "Clinton has a new ad hitting Trump"
        if owner is not None and owner.dep_ == "nsubj":
            owners.append(owner)
    # "the agency's Clean Power Plan rules": the owner hangs on the name before the head
    owners += [
        owner for child in tree.kids(token, "compound") for owner in tree.kids(child, "poss")
    ]
    if not state and not _partitive_of(token, tree):
        # "the policies of President Obama", "the actions of Russia": a thing's owner
        owners += [
            obj
            for prep in tree.kids(token, "prep")
            if prep.lower_ == "of"
            for obj in tree.kids(prep, "pobj")
            if obj.ent_type_ in _OWNER_ENTS or obj.tag_ == "PRP"
        ]
    return owners


#: How far back (characters) a plural pronoun's coordinated antecedent is looked for.
_COORDINATION_REACH = 400


def _first_coordinated(actor: Actor, pronoun: Token, ctx: ExtractionContext, tree: Tree) -> Actor:
    """ "Cruz and his aides said they were coming around": a plural pronoun whose antecedent is
    the second of coordinated actors stands for the first (the guidelines annotate no plural
    reference to several actors, and an event with coordinated participants takes the first).

    The antecedent is the actor's last mention before the pronoun, nearby; mentions are
    indexed once per actor and document.
    """
    index = tree.memo.setdefault("mentions_by_actor", {})
    assert isinstance(index, dict)
    mentions = index.get(actor.id)
    if mentions is None:
        mentions = index[actor.id] = sorted((m.start, m.end) for m in actor.mentions)
    before = bisect.bisect_left(mentions, (pronoun.idx, 0)) - 1
    if before < 0 or mentions[before][0] < pronoun.idx - _COORDINATION_REACH:
        return actor
    start, end = mentions[before]
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    node = span.root if span is not None else None
    if node is None or node.dep_ != "conj":
        return actor
    for _ in range(_MAX_COORDINATION):
        if node.dep_ != "conj":
            break
        node = node.head
    first = ctx.actor_of(node) if node.pos_ in ("PROPN", "NOUN") else None
    return first if first is not None else actor


def _named_in_apposition(token: Token, ctx: ExtractionContext, tree: Tree) -> Actor | None:
    """ "Another RT host, Abby Martin, denounced ...": a description followed by a name in
    apposition is that named actor (the guidelines make them two mentions of one actor), even
    when the actors plugin keeps the description apart."""
    if token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS"):
        return None
    for named in tree.kids(token, "appos"):
        ent = tree.ent(named)
        if named.i > token.i and ent is not None and ent.label_ in ("PERSON", "ORG"):
            return ctx.actor_of(named)
    return None


def _listed_members(token: Token, tree: Tree) -> list[Token]:
    """The members a plural names: "unions, including the Teamsters", "groups such as X"."""
    members = list(prep_objects(token, _INCLUDING, tree))
    for prep in tree.kids(token, "prep"):
        if prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children):
            members.extend(tree.kids(prep, "pobj"))
    return members


def counted_plural(token: Token) -> bool:
    """ "Two Democrats", "both countries": a plural of counted members (no parse index needed)."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(
        c.dep_ in ("nummod", "det") and c.lower_ in ("two", "three", "both") for c in token.children
    )


def _partitive_of(token: Token, tree: Tree) -> list[Token]:
    """The whole of a part: "a number of cities", "dozens of lawmakers", "one of the doctors"."""
    if token.lemma_.lower() not in _PARTITIVES and token.tag_ != "CD":
        return []
    return [
        obj
        for prep in tree.kids(token, "prep")
        if prep.lower_ == "of"
        for obj in tree.kids(prep, "pobj")
    ]


def _made_actor(token: Token) -> bool:
    """A noun the refine step makes an actor of when it takes part ("donors", "relatives")."""
    return any(
        word in nouns
        for word in (token.lemma_.lower(), token.lower_)
        for nouns in (PARTICIPANT_NOUNS, KIN_AND_MEDIA_NOUNS)
    )


#: Parts of a body that act for it: "a panel of the Court of Appeals", "the editorial board
#: of the Post" are the court and the paper, unlike "the attorney general of Florida".
_BODY_PARTS = words("panel panels board boards")


def _names_an_actor(token: Token, tree: Tree) -> bool:
    """A head that is itself a person, group or body ("opponent", "campaign", "police")."""
    ent = tree.ent(token)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP"):
        return True
    lemma = token.lemma_.lower()
    if lemma in _BODY_PARTS:
        return False
    return any(
        word in nouns
        for word in (lemma, token.lower_)
        for nouns in (
            ACTOR_NOUNS,
            SINGLE_PERSON_NOUNS,
            PARTICIPANT_NOUNS,
            _RELATIONAL_NOUNS,
            KIN_AND_MEDIA_NOUNS,
            FOLLOWER_NOUNS,
        )
    )


#: Entities a name inside a description stands for when the actors plugin gave it no mention.
_NAMED_ENTS = frozenset({"PERSON", "ORG"})
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def name_key(text: str) -> str:
    """A name as compared with actor names: lower case, without "the" and a possessive."""
    key = text.lower().strip()
    key = key.removeprefix("the ")
    for end in _POSSESSIVE_ENDS:
        key = key.removesuffix(end)
    return key.strip()


def name_index(ctx: ExtractionContext, tree: Tree) -> dict[str, Actor | None]:
    """The document's actors by every name they go by (name, aliases, mentions, a person's
    surname); a name two actors share maps to ``None``. Built once per document."""
    index = tree.memo.get("actor_names")
    if isinstance(index, dict):
        return index
    built: dict[str, Actor | None] = {}
    for actor in ctx.actors:
        names = {actor.name, *actor.aliases, *(m.text for m in actor.mentions)}
        if actor.type == "person":
            names |= {n.split()[-1] for n in list(names) if " " in n}
        for key in {name_key(n) for n in names}:
            if key and key not in _THING_PRONOUNS and key not in _PEOPLE_PRONOUNS:
                built[key] = actor if built.get(key, actor) is actor else None
    tree.memo["actor_names"] = built
    return built


def _inside_description(ent: Span) -> bool:
    """Whether a name modifies a common noun ("a Trump supporter", "an ABC interview", "the
    Washington Post editorial"): such names are no actor mentions of their own."""
    root = ent.root
    return root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN"


def _actor_named(ent: Span, ctx: ExtractionContext, tree: Tree) -> Actor | None:
    """The actor a name no actor mention covers goes by, when exactly one does: names inside
    descriptions and compounds ("a prominent Trump supporter", "an ABC interview") are no
    mentions of their own (the guidelines), but stand for the actor of the same name."""
    index = name_index(ctx, tree)
    key = name_key(ent.text)
    actor = index.get(key)
    if actor is None and ent.label_ == "PERSON" and " " in key:
        actor = index.get(key.split()[-1])
    return actor


def _country_of_demonym(token: Token, ctx: ExtractionContext, tree: Tree) -> Actor | None:
    """The document's country actor a demonym names ("Mexican" → Mexico, "Russian" → Russia).

    Only countries the document already has as actors are candidates, matched by a shared
    stem of at least four letters, so no table of demonyms is needed. The stems are
    indexed once per document (from names, aliases and mentions: "Russian attacks" leaves
    Russia with no mention of its own).
    """
    word = token.lower_
    if len(word) < _STEM:
        return None
    stems = tree.memo.get("country_stems")
    if not isinstance(stems, dict):
        index: dict[str, Actor] = {}
        for actor in ctx.actors:
            if actor.type != "country":
                continue
            # a country named only by its adjective has no mention but keeps it as an alias
            for text in (actor.name, *actor.aliases, *(m.text for m in actor.mentions)):
                name = text.lower()
                if " " not in name and len(name) >= _STEM:
                    index.setdefault(name[:_STEM], actor)
        tree.memo["country_stems"] = stems = index
    found = stems.get(word[:_STEM])
    return found if isinstance(found, Actor) else None


def participant(
    role: str,
    token: Token,
    ctx: ExtractionContext,
    tree: Tree,
    pronouns: PronounResolver | None = None,
    exclude: Collection[str] = (),
) -> Participant:
    """The participant ``token`` names in ``role``: its noun phrase as the mention and the
    actor the phrase stands for, found the same way for explicit and implicit roles."""
    start, end = np_bounds(token, tree)
    span = ctx.span(start, end)
    actor = _actor_for(token, ctx, tree, pronouns, exclude, _OWNER_DEPTH)
    return Participant.model_validate(
        {"role": role, "actor": actor.id if actor else None, "mention": span}
    )


def _owners_and_modifiers(token: Token, tree: Tree) -> tuple[list[Token], list[Token]]:
    """Possessors and name modifiers of a noun, also where the parser says "nmod": "the U.S.
    economic sanctions" (a modifier), "Shelby’s actions" (curly apostrophe: a possessor)."""
    nmods = tree.kids(token, "nmod")
    possessors = [*tree.kids(token, "poss"), *(c for c in nmods if tree.has(c, "case"))]
    modifiers = [*tree.kids(token, "compound"), *(c for c in nmods if not tree.has(c, "case"))]
    return possessors, modifiers


def _outlet_title(token: Token) -> bool:
    """ "told ABC's This Week", "said on ABC's 'This Week'": a title an outlet owns is a show,
    though the small model tags its words a date; the show is the appearance's target (rounds
    9, 16 and 17), which ``participant_actors`` makes an actor of."""
    return token.ent_type_ == "DATE" and any(
        c.dep_ == "poss" and c.ent_type_ == "ORG" for c in token.children
    )


def _partner_preps(trig: Trigger) -> frozenset[str]:
    """The partner prepositions a noun's own "prep:" condition asks for ("feud" needs
    "with|between", "testimony" "before|to"): whoever they name takes part in it."""
    for need in (trig.sense.needs or "").split("+"):
        if need.startswith("prep:"):
            return frozenset(need[5:].split("|")) & _PARTNER_PREPS
    return frozenset()


def _nominal_roles(
    trig: Trigger, tree: Tree, ctx: ExtractionContext | None = None
) -> tuple[list[Token], list[Token]]:
    token = trig.token
    partner = _partner_preps(trig)
    if trig.sense.type in _MUTUAL_TYPES:
        partner |= _BETWEEN
    target_preps = (
        _TARGET_PREPS.get(trig.sense.type, frozenset())
        | _NOUN_TARGET_PREPS.get(trig.sense.type, frozenset())
        | (partner - _BETWEEN)
    )
    if token.lemma_.lower() in _FUNDRAISING_NOUNS:
        target_preps = target_preps | _FOR  # "a fundraiser for Romney": raised with him
    if token.lemma_.lower() in _TIE_NOUNS and trig.sense.type == "COOPERATE":
        target_preps = target_preps | _TIED_TO  # "his ties to Ukraine": tied to Ukraine
    if trig.sense.mode == "interview":
        target_preps = _INTERVIEWER_PREPS  # "an interview on CNBC", "with The Times"
    leaving = trig.sense.mode in _LEAVING_MODES
    if leaving:
        target_preps = _FROM  # "the resignation of X", "the withdrawal of troops from Y"
    agents: list[Token] = []
    targets: list[Token] = []
    from_agents = (
        [t for t in prep_objects(token, _FROM, tree) if t.ent_type_ not in _NOT_ACTORS]
        if _from_agent(trig)
        else []
    )  # not "attacks on X's scandals from the 1990s"
    gov = trig.governor
    doer = _doer_verb(trig) if gov is None else None
    if doer is not None:
        gov = doer  # "recommended charges against X", "lobbed insults at X": the verb's subject
    if gov is None and _got(trig):
        gov = token.head  # "has already gotten criticism from X", "picked up the endorsement"
    receiving = gov is not None and gov.lemma_.lower() in _GETTING_VERBS
    if gov is None:
        answering = _answered(trig)
        if answering is not None:
            gov, receiving = answering, True  # "dismissed criticism from X": criticised
    if gov is not None and trig.sense.type == "AID" and gov.lemma_.lower() in _TAKING_VERBS:
        receiving = True  # "raised contributions from X": X gave them
    citing = gov is not None and gov.lemma_.lower() in _CITING_VERBS
    if citing and trig.sense.type != "SUPPORT":
        gov = None  # "citing the release of prisoners": neither done by nor to the one citing
        receiving = False
    if receiving and gov is not None and _from_agent(trig):
        from_agents += prep_objects(gov, _FROM, tree)  # "faced criticism from X" (attached up)
    # "the government's killing of terrorists": with its own patient, the possessor does it
    patient = token.lemma_.lower() in _PATIENT_NOUNS and not tree.has(token, "prep", _OF)
    possessors, modifiers = _owners_and_modifiers(token, tree)
    placed: list[Token] = []  # a hosted interview's place-named modifiers: its outlet if none else
    # "hosted by MSNBC": the host is the outlet, a place before the noun only places it
    # ("told reporters in a Bloomberg interview" keeps the parser's "place" Bloomberg)
    hosted = any(c.lemma_.lower() in HOSTING_PARTICIPLES for c in token.children)
    for child in possessors:
        # "his endorsements from 88 generals": the possessor received them;
        # "Kennedy's assassination", "Dean's dismissal": the possessor underwent it
        (targets if from_agents or patient else agents).extend(conjuncts(child, tree))
    agents.extend(from_agents)
    # "a Bloomberg interview", "a CNN interview": the outlet asks, the one who answers holds it
    named_modifiers = targets if trig.sense.mode == "interview" else agents
    for child in modifiers:
        if patient and child.ent_type_ == "PERSON":
            targets.append(child)  # "the McDonald shooting", "the Kennedy assassination"
        elif child.ent_type_ == "GPE" and trig.sense.mode == "interview" and hosted:
            placed.append(child)  # "an Ohio town hall hosted by CNN": held in Ohio
        elif child.ent_type_ in ("ORG", "NORP", "PERSON") or (
            child.ent_type_ == "GPE"
            and trig.sense.type not in _PLACE_COMPOUND_TYPES
            and trig.sense.mode != "visit"
        ):
            named_modifiers.append(child)  # "US sanctions"; not "the San Bernardino attack"
        elif child.ent_type_ == "" and (
            (child.lemma_.lower() in _FORCE_NOUNS and trig.sense.type in _FORCE_TYPES)
            or (
                ctx is not None
                and child.lemma_.lower() in ACTOR_NOUNS
                and ctx.actor_of(child) is not None
            )
        ):
            agents.append(child)  # "police shootings", "army raids": not the light verb's subject
    for child in tree.kids(token, "amod"):
        if child.ent_type_ == "NORP":
            agents.append(child)  # "the Russian invasion"
    agents.extend(prep_objects(token, _BY, tree))
    if not agents:
        agents.extend(_stranded_by(token, tree))
    if (trig.sense.type == "SUPPORT" or leaving) and not agents:
        if leaving or not _given_by_subject(gov, receiving or citing, token, tree):
            # "the endorsement of LeBron James", "the resignation of Rep. X": who does it
            agents.extend(prep_objects(token, _OF, tree))
        else:
            # "Gore made no endorsement of Clinton": the light verb's subject gives it
            targets.extend(prep_objects(token, _OF, tree))
    for child in tree.kids(token, "acl"):  # "sanctions levelled against Russia"
        if child.tag_ == "VB":
            continue  # "a request to put the rule on hold": the act asked for, not its target
        targets.extend(prep_objects(child, target_preps, tree))
        hosts = prep_objects(child, _BY, tree)
        if trig.sense.mode == "interview" and child.lemma_.lower() in HOSTING_PARTICIPLES:
            targets.extend(hosts)  # "a town hall hosted by MSNBC": the outlet asks, as "with"
        else:
            agents.extend(hosts)
    if gov is not None:
        subject = subject_of(gov, tree)
        if subject is not None and subject.i == token.i:
            subject = None
        if receiving:
            if subject is not None and not targets:
                targets.extend(conjuncts(subject, tree))  # "Cruz faced pressure from donors"
        elif (not agents or gov.lemma_.lower() == "join") and subject is not None:
            agents.extend(conjuncts(subject, tree))
        targets.extend(dative_objects(gov, tree))  # "gave Ukraine aid", "made to the voters"
        # "gave testimony before the committee": the partner may hang on the light verb
        targets.extend(prep_objects(gov, _GOVERNOR_TARGET_PREPS | (partner - _BETWEEN), tree))
        if trig.sense.type == "SUPPORT":
            # "threw her support behind X", "voiced praise for X"
            targets.extend(prep_objects(gov, _BEHIND | _FOR, tree))
        if doer is not None:
            # "lobbed insults at X", "heaped praise on X": the parser hangs the noun's
            # preposition on the verb
            targets.extend(prep_objects(doer, target_preps - _OF_INTO, tree))
    if gov is None and not agents:
        agents.extend(_course_subjects(trig, tree) or _party_subjects(trig, tree))
    if gov is None and not agents and ctx is not None:
        # "accused X of sexual assault": X did it; "blamed failures for the shootings": no one
        agents.extend(t for t in accused_of(token, tree) if is_actorlike(t, ctx, tree))
        if not agents and trig.sense.type == "ASSAULT":
            agents.extend(_violent_setting_subject(token, tree))
    for target in prep_objects(token, target_preps, tree):
        if trig.sense.mode == "interview" and target.pos_ == "PROPN":
            # "an interview on CNBC's Squawk Box": a named show stands for its network (not
            # "with Russia's network RT": a description stays, named in apposition)
            target = next(iter(tree.kids(target, "poss")), target)
        targets.append(target)
    if trig.sense.type == "CONSULT" and token.lemma_.lower() in noun_conditions.TALK_NOUNS:
        targets.extend(noun_conditions.hosts_at(token, trig.governor))  # "a speech at X"
    if doer is not None:
        # "hurled accusations at a rally in Dayton": with no light verb to vouch for the
        # noun's event, a preposition's object is its target only when it names an actor
        targets = [t for t in targets if _doer_target(t, ctx, tree)]
    if not targets:
        targets.extend(_stranded_targets(token, target_preps, tree))
    between = list(prep_objects(token, _BETWEEN, tree)) if partner else []
    if between:
        # "the feud between Trump and Kelly", "talks between X and Y": the first named has it
        # with the others (read before a setting would give the clause's subject)
        agents, targets = (agents, [*targets, *between]) if agents else ([between[0]], between[1:])
    if not targets and trig.sense.type == "REQUEST":
        targets.extend(for_clause_subjects(token, tree))  # "a call for X to step down"
    if not targets and trig.sense.type == "THREATEN":
        targets.extend(_threatened(token, "acl", tree))  # "his threat to sue X"
    if not targets and trig.sense.type == "REJECT":
        targets.extend(_refused_parties(token, tree, "acl"))  # "his refusal to endorse X"
    if not targets and trig.sense.type == "ACCUSE":
        targets.extend(_content_subjects(token, tree))  # "the accusation that X lied"

    if gov is None and not agents and (trig.sense.type in _HAVE_TYPES or partner):
        had = _had(token, tree)
        if had is not None:
            # "Suu Kyi, who had breakfast with Biden", "X has had a feud with Y", "the
            # meetings X had with Y": who has the meeting or the feud holds it
            subject = subject_of(had, tree)
            if subject is not None and subject.dep_ != "nsubjpass":
                agents.extend(conjuncts(subject, tree))
            if had.dep_ == "relcl":
                targets.extend(prep_objects(had, target_preps, tree))
    elif gov is not None and gov.dep_ == "relcl" and gov.head.i == token.i:
        # "the talks he held with X", "the donations he made to X": the relative clause's
        # prepositions are the noun's own
        targets.extend(prep_objects(gov, target_preps, tree))
    placing = placing_verb(token)
    if placing is not None and not tree.kids(token, "poss"):
        # "the panel voted to hold Pagliano in contempt", "he was placed on leave by the city":
        # the verb's own roles, not the light verb's subject (a passive's subject undergoes it)
        if is_passive(placing, tree):
            agents = list(prep_objects(placing, _BY, tree))
            targets = [*tree.kids(placing, "nsubjpass")[:1], *targets]
        else:
            subject = subject_of(placing, tree)
            agents = [subject] if subject is not None and subject.dep_ != "nsubjpass" else []
            targets = [*tree.kids(placing, "dobj")[:1], *targets]
    if (
        trig.sense.type == "CONSULT"
        and token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and token.head.head.lemma_.lower() in _INVITING
    ):
        # "Peña Nieto invited Trump to a meeting": the meeting is between the two
        inviting = token.head.head
        subject = subject_of(inviting, tree)
        if not agents and subject is not None:
            agents.append(subject)
        if not targets:
            targets.extend(tree.kids(inviting, "dobj"))
    if (
        not agents
        and trig.sense.type in ("CONSULT", "COOPERATE")
        and token.dep_ == "pobj"
        and (
            token.head.lower_ in _SETTING_PREPS
            or (token.head.lower_ == "in" and trig.sense.type == "CONSULT")
        )
        and token.head.head.pos_ in ("VERB", "AUX")
    ):
        # "at a breakfast with the delegation, Cruz said ...", "X said in an interview",
        # "following a breakfast with X, Sanders is scheduled to appear": who is there was at it
        setting = speaker_verb(token.head.head)  # "claimed X was a crook at a rally"
        subject = subject_of(setting, tree)
        if subject is not None and subject.dep_ == "nsubjpass":
            # "it was mentioned by X in an interview": who did the passive was there;
            # "Sanders is scheduled to appear": a person undergoing it was (not "it")
            passive_agents = list(prep_objects(setting, _BY, tree))
            subject = passive_agents[0] if passive_agents else subject
        if subject is not None and subject.lower_ not in _THING_PRONOUNS:
            agents.append(subject)
        if not targets and trig.sense.mode == "interview" and token.head.head.lemma_ == "tell":
            # "told The Times in an interview": the one told is who asked
            targets.extend(tree.kids(token.head.head, "dobj", "dative")[:1])
    if (
        not agents
        and trig.sense.type == "CONSULT"
        and token.dep_ == "dobj"
        and (
            token.head.lemma_.lower() in _ADDRESSING_VERBS
            or (
                trig.sense.mode == "interview" and token.head.lemma_.lower() in _SPEAKING_WITHOUT_AT
            )
        )
    ):
        # "Obama told a town hall meeting with young leaders ...": the speaker holds it
        subject = subject_of(token.head, tree)
        if subject is not None and subject.dep_ == "nsubj":
            agents.append(subject)
    if trig.sense.mode == "interview":
        targets.extend(prep_objects(token, _OF, tree))  # "the FBI's interview of Clinton"
    elif trig.sense.type == "CONSULT":
        agents, targets = _meeting_members(token, agents, targets, tree)
    if token.dep_ == "pobj" and (
        token.head.lower_ == "under"
        or (trig.sense.type == "REQUEST" and token.head.lower_ in _AFTER_PREPS)
        or (token.head.lower_ == "amid" and bool(from_agents))
    ):
        # "under pressure from the union, Washington backed out", "Democrats came around
        # after lobbying by Biden", "X hardened his tone amid attacks from Y": the one
        # pressed or attacked is the clause's subject
        clause = token.head.head
        if clause.pos_ in ("VERB", "AUX"):
            subject = subject_of(clause, tree)
            if subject is not None and not targets:
                targets.append(subject)
            if not agents and _from_agent(trig):
                # "Kelly came under fire from Trump": "from" hangs on the verb
                agents.extend(prep_objects(clause, _FROM, tree))
    if (
        not targets
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in _RESPONDING
        and trig.sense.type in ("REQUEST", "AGREE", "SUPPORT")
    ):
        # "Mexico accepted the administration's request": the request was made to Mexico
        subject = subject_of(token.head, tree)
        if subject is not None:
            targets.append(subject)
    if not targets:
        # "in a Bloomberg interview" (the parser may take the outlet for a place); but "an
        # Illinois town hall hosted by MSNBC" is MSNBC's, held in Illinois
        targets.extend(placed)
    return agents, targets


#: Verbs that impute an act to their object ("accused X of sexual assault", "blamed X for
#: the attacks", "charged X with murder", "convicted X of fraud").
_IMPUTING_VERBS = words("accuse blame charge suspect convict indict fault")
#: Adjectives that impute an act to their subject ("X was responsible for the killing").
_IMPUTING_ADJECTIVES = words("responsible guilty culpable")
#: The prepositions that introduce the act imputed.
_IMPUTED_PREPS = frozenset({"of", "for", "with"})


def accused_of(noun: Token, tree: Tree) -> list[Token]:
    """Who is accused of the act an event noun names, who is then its doer: "two women
    accused Clinton of sexual assault", "he is accused of the killing", "Hollande blamed
    the group for the attacks", "al Qaeda was responsible for the killing". The guidelines
    give the accused as the agent of the act alleged (the gerund "accused X of shelling"
    already gets it through the object's control of the gerund); a noun has no subject of
    its own to carry it, so the accusing verb's object (its subject when passive), or the
    subject of a "responsible"/"guilty" predicate, is read."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _IMPUTED_PREPS:
        return []
    upper = prep.head
    if upper.dep_ == "dobj" and upper.head.lemma_.lower() in _IMPUTING_VERBS:
        return [upper]  # the parser hangs "of sexual assault" on the accused
    lemma = upper.lemma_.lower()
    if upper.pos_ == "VERB" and lemma in _IMPUTING_VERBS:
        if is_passive(upper, tree):
            return list(tree.kids(upper, "nsubjpass"))[:1]
        return list(tree.kids(upper, "dobj"))[:1]
    if upper.pos_ == "ADJ" and lemma in _IMPUTING_ADJECTIVES and upper.dep_ == "acomp":
        subject = subject_of(upper.head, tree)
        return [subject] if subject is not None else []
    return []


#: Verb forms of an act the text tells as done ("killed", "has killed"), not a habit.
_TOLD_ACT_TAGS = frozenset({"VBD", "VBN"})
#: Prepositions that make an attack noun the act a violent verb's clause was done in.
_VIOLENT_SETTING_PREPS = frozenset({"in", "during"})


def _violent_setting_subject(noun: Token, tree: Tree) -> list[Token]:
    """Who did an attack a violent clause was done in: "Farook and his wife killed 14 people
    in a mass shooting", "he wounded two officers during the raid". The clause's act and the
    noun are one attack told twice (the guidelines code both, round 13), so the killer is
    the shooter; only for an active past verb the lexicon makes an ASSAULT, with a subject
    ("individuals kill people in mass shootings" is a kind of act, no attack told)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _VIOLENT_SETTING_PREPS:
        return []
    verb = prep.head
    sense = VERBS.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or sense is None or sense.type != "ASSAULT" or is_passive(verb, tree):
        return []
    if verb.tag_ not in _TOLD_ACT_TAGS:
        return []  # "gunmen kill people in mass shootings": a kind of act, no one's attack
    subject = subject_of(verb, tree)
    return list(conjuncts(subject, tree)) if subject is not None else []


#: On the verb these name what is involved or where to ("introduced charges of racism into the
#: campaign"), not the target.
_OF_INTO = frozenset({"of", "into"})
#: Verbs whose subject does the act their object names, though they are no light verbs of the
#: trigger finder (which would drop an event verb in their place): recommending, pursuing or
#: plotting charges or attacks, lobbing or heaping insults and praise, stepping them up,
#: pledging or working out an accord. (Not "supported a ban", "halted the bombing",
#: "dismissed accusations": backing, stopping or answering an act is no doing it; nor "sought
#: help from X": the one seeking asks, X helps.)
_DOER_VERBS = words(
    """pursue lob hurl heap fire unleash wage renew intensify escalate
    step ramp redouble plot pledge vow promise threaten authorize introduce work broker craft"""
)
#: Verbs of asking for an act, whose subject does it only when the act is a charge that
#: the one recommending brings ("the FBI recommended charges against her"): recommending
#: talks or a deal leaves them to others ("advisers recommended talks with Iran").
_PROPOSING_VERBS = words("recommend propose")
#: Types a proposing verb's subject brings itself (charges, indictments, prosecution).
_PROPOSED_BY_DOER = frozenset({"ACCUSE"})


def _doer_verb(trig: Trigger) -> Token | None:
    """The verb whose subject does the event ``trig``'s noun names as its direct object
    ("the FBI recommended charges against her", "worked out an accord with X")."""
    token = trig.token
    if (
        token.dep_ != "dobj"
        or trig.sense.mode in ("supporter", "staff")
        or _critic(token)
        or _giver(token)
    ):
        return None  # "rein in his supporters": the supporters back someone, not the subject
    lemma = token.head.lemma_.lower()
    if lemma in _PROPOSING_VERBS and trig.sense.type in _PROPOSED_BY_DOER:
        return token.head
    return token.head if lemma in _DOER_VERBS else None


def _doer_target(token: Token, ctx: ExtractionContext | None, tree: Tree) -> bool:
    """Whether an object of the doer verb's preposition is who the act is aimed at: an
    actor-like word (a name of people, a body or a state, a people pronoun or noun), not
    where or at what occasion it is done ("hurled accusations at a rally in Dayton")."""
    if ctx is not None:
        # "sharpened her attacks on Hale's positions": the owner is the target
        return is_actorlike(token, ctx, tree) or any(
            is_actorlike(owner, ctx, tree) for owner in tree.kids(token, "poss")
        )
    ent = tree.ent(token)
    return (ent is not None and ent.label_ in ACTOR_ENTS) or token.lemma_.lower() in ACTOR_NOUNS


#: Stance nouns of criticism that describe their holder, read like "supporter" (round 10).
_CRITIC_NOUNS = frozenset({"critic", "detractor"})


def _critic(token: Token) -> bool:
    """A critic noun: its holder is the one it describes, its target the one criticised."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _CRITIC_NOUNS


#: Nouns of giving that describe their holder, read like "supporter": "X, a donor to Y".
_GIVER_NOUNS = frozenset({"donor"})
_TO_OF = frozenset({"to", "of"})


def _giver(token: Token) -> bool:
    """A giver noun: its holder is the one it describes, its target the one given to."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _GIVER_NOUNS


def _supporter_roles(token: Token, tree: Tree) -> tuple[list[Token], list[Token]]:
    """ "Jeff Reed, a prominent Trump supporter", "a Sanders backer, Ann Lee", "she has been a
    supporter of NATO", "X, one of Clinton's supporters": the one the noun describes supports
    the name that modifies it (not, as for "a Trump endorsement", the other way round)."""
    counted = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "appos"
    if _critic(token) and not counted:
        described = noun_conditions.described_one(token)  # "X, a senator and critic of Y"
    else:
        described = _described_by(token)
    agents: list[Token] = []
    if described.dep_ == "appos" and (described is not token or _singular_common(token)):
        agents.append(described.head)  # (not a list the parser read as one: "X, his supporters")
    elif (
        described.dep_ == "attr" and described.head.lemma_.lower() in noun_conditions.BECOMING_VERBS
    ):
        subject = subject_of(described.head, tree)
        # a relative clause's subject stands for its noun: "Giuliani, who has become a
        # close Trump adviser"
        agents.extend([_antecedent(subject)] if subject is not None else [])
    elif (working := served.worked_as(described)) is not None:
        # "X, who worked as a campaign staffer for Y": the subject holds the job
        subject = subject_of(working, tree)
        agents.extend([_antecedent(subject)] if subject is not None else [])
    # the name in apposition, not a second job the parser hung there ("coordinator of X and
    # co-founder of Y": "founder" read as an apposition of "coordinator")
    agents.extend(
        kid
        for kid in tree.kids(token, "appos")
        if not _job_word(kid) or tree.kids(kid, "appos")  # "his chairman, Scott Johnson" is one
    )
    possessors, modifiers = _owners_and_modifiers(token, tree)
    targets = [
        *possessors,
        *(m for m in modifiers if m.ent_type_ in _OWNER_ENTS),
        *prep_objects(token, _TO_OF if _giver(token) else _OF, tree),
    ]
    return agents, targets


def _job_word(token: Token) -> bool:
    """A job or staff noun (lowercase): a description, never the one it describes."""
    lemma = token.lemma_.lower()
    return token.is_lower and (lemma in noun_lexicon.JOB_NOUNS or lemma in noun_lexicon.STAFF_NOUNS)


def _singular_common(token: Token) -> bool:
    """A singular common noun, also when the tagger calls a lowercase office or a job's
    acronym a proper noun ("X, then the secretary of state": "secretary" tagged NNP;
    "Fiorina, the former Acme CEO")."""
    return token.tag_ == "NN" or (
        token.tag_ == "NNP" and (token.is_lower or token.lower_ in noun_lexicon.JOB_ACRONYMS)
    )


#: Words a supporter or job noun is counted from ("one of Clinton's supporters", "among the
#: few Trump supporters"): the description is of the one counted.
_COUNTING_HEADS = words("one some many few among")


def _described_by(token: Token) -> Token:
    """The word whose place in the sentence tells whom a supporter or job noun describes:
    the noun itself, the count it is "one of" ("X, one of Clinton's supporters"), and the
    first of a run of descriptions it is joined to ("Graham, a former candidate and a Cruz
    supporter", "Porter, a truck driver ... and a supporter of Mr. Trump")."""
    described = token
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _COUNTING_HEADS:
        described = of.head  # "one of Clinton's supporters", "one of the few Trump supporters"
    steps = 0
    while described.dep_ == "conj" and described.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        described = described.head  # the first description of the run
        steps += 1
        if steps > 3:
            break
    head = described.head
    if (
        described.dep_ == "appos"
        and head.i < described.i
        and _job_word(head)
        and _job_word(described)
    ):
        # a second job the parser hung on the first as an apposition ("X is coordinator of
        # the network and co-founder of the group": "founder" read as an apposition of
        # "coordinator") describes whom the first describes, not the first job itself
        return _described_by(head)
    return described


#: Prepositions naming the employer or body a job noun ties its holder to ("an adviser to
#: Obama", "a member of the caucus", "a strategist on McCain's campaign", "an aide at the
#: State Department", "an official under Reagan", "a pollster for Cruz").
_STAFF_PREPS = frozenset({"to", "of", "for", "at", "on", "in", "with", "under"})
#: Name modifiers that can be an employer inside a title ("Obama adviser", "CIA director"):
#: a person or a body, not a place or a people ("a Texas official", "a Republican aide").
_TITLE_EMPLOYER_ENTS = BODY_ENTS | frozenset({"PERSON"})
#: A country or state a job noun names (:data:`.syntax.SEAT_ENTS`) holds an office, not a job
#: ("France's far-right party leader", "president of the United States"): a current office is
#: no event (round 20). With a people (a side: "a Republican aide") and a person (the principal
#: served, round 22) it ends the search for an employer inside a title (:func:`title_employers`).
_TITLE_STOP_ENTS = SEAT_ENTS | frozenset({"NORP", "PERSON"})


def _staff_roles(token: Token, tree: Tree) -> tuple[list[Token], list[Token]]:
    """ "X, a former adviser to Obama", "former Obama adviser X", "X is a member of the
    caucus": the one a job or membership noun describes works with the employer or body
    it names (COOPERATE, rulings of rounds 16-18); as for supporters, the described one
    is in apposition, the subject of "be", or the name the title stands before."""
    agents, _ = _supporter_roles(token, tree)
    job = token.lemma_.lower() not in noun_lexicon.STAFF_NOUNS
    if titles_a_name(token):
        if job:
            # "FBI Director James Comey", "Clinton campaign manager Robby Mook": the
            # organisation inside the title employs the one named (rounds 20-21); a bare
            # title or a place's ("Ohio Gov.", "Labor Secretary X") is no event
            employers = title_employers(token)
            return ([token.head], employers) if employers else ([], [])
        agents.append(token.head)  # "former Obama adviser David Axelrod"
    possessors, modifiers = _owners_and_modifiers(token, tree)
    targets = [
        *(p for p in possessors if not (job and p.ent_type_ in SEAT_ENTS)),
        *(
            m
            for m in modifiers
            if (m.ent_type_ in _TITLE_EMPLOYER_ENTS or _named_unit(m))
            and m.i < token.i
            and m.lower_ not in PARTY_WORDS  # a side, not an employer
        ),
        *(
            t
            for t in prep_objects(token, _STAFF_PREPS, tree)
            if _employer(t, tree) and not (job and _no_employer(t))
        ),
    ]
    return agents, targets


#: Words between a title's employer and its job noun ("RNC deputy communications director").
_TITLE_REACH = 5
#: A person's unit a job in a title is held at ("Clinton campaign manager", "the Bush camp's
#: spokesman"): the unit is the employer, not the person named in it.
_UNIT_WORDS = words("campaign camp")


def titles_a_name(token: Token) -> bool:
    """Whether a noun stands in the title before a person's name ("FBI **Director** James
    Comey", "former Obama **adviser** David Axelrod")."""
    return token.dep_ == "compound" and token.head.i > token.i and token.head.ent_type_ == "PERSON"


def _unmarked_employer(employer: Token, ctx: ExtractionContext) -> bool:
    """An organisation or unit inside a title that the actors plugin left unmarked (a state
    organ speaking for its state, "Foreign Ministry spokesperson"; a campaign it could not
    tie to anyone): the actors decide what employs someone, so the job names no target.
    A person principal ("Cruz spokeswoman X") stays unmarked but is an actor (round 22)."""
    return employer.ent_type_ != "PERSON" and ctx.actor_of(employer) is None


def _named_unit(token: Token) -> bool:
    """ "campaign" of "Clinton campaign manager" or "a Cuellar campaign spokesman": a named
    person's campaign, the employer of the job after it (the tagger often calls the name an
    ORG or a NORP, or leaves it untagged; whether it is a campaign actor is the actors
    plugin's call, :func:`_unmarked_employer`)."""
    if token.lower_ not in _UNIT_WORDS or token.i == 0:
        return False
    name = token.doc[token.i - 1]
    # not a place's: "the Iowa campaign" is a race fought there, not someone's campaign
    return name.text[:1].isupper() and name.ent_type_ not in PLACE_ENTS


def _campaign_or_name(targets: list[Token], ctx: ExtractionContext) -> list[Token]:
    """ "a Hale campaign spokesman": the campaign when the actors plugin made it an actor,
    else the name it is named after (a past race, "a Clinton campaign aide in 2008", is
    no unit: the person stays the one served)."""
    units = [t for t in targets if t.dep_ in ("compound", "nmod") and _named_unit(t)]
    marked = {t.i - 1 for t in units if ctx.actor_of(t) is not None}
    return [t for t in targets if t.i not in marked and not (t in units and t.i - 1 not in marked)]


def title_employers(job: Token) -> list[Token]:
    """The names inside a person's title before its job noun that may be the one the job is
    held at, nearest first: "RNC" of "RNC spokesman Sean Spicer", "campaign" of "Clinton
    campaign manager Robby Mook" (the person's campaign), "Cruz" of "Cruz spokeswoman X" (a
    person principal, round 22). Organisations the tagger called ORG or left untagged
    ("North Dakota RNC Committeeman X"); which of them employs is the actors plugin's call
    (:func:`_unmarked_employer`). A place ("Ohio Gov."), a party's adjective ("GOP
    strategist") or a people ends the search: no employer (rounds 20-21)."""
    doc = job.doc
    person = job.head
    found: list[Token] = []
    i = job.i - 1
    while i >= 0 and job.i - i <= _TITLE_REACH:
        mod = doc[i]
        if mod.tag_ == "POS" and i > 0:
            i -= 1  # the possessor's "'s" or bare "'": "Sanders' spokesman X"
            continue
        if mod.dep_ == "poss" and mod.head.i in (job.i, person.i):
            if _title_possessor(mod):
                found.append(mod)
            break
        if mod.is_punct or mod.dep_ not in ("compound", "amod", "nmod") or mod.head.i > person.i:
            break
        if _named_unit(mod):
            found.append(mod)  # "Clinton campaign manager"
            i -= 2  # the campaign's name is no employer of its own
            continue
        if mod.ent_type_ == "PERSON" and mod.i == job.i - 1:
            found.append(mod)  # "Cruz spokeswoman Catherine Frazier": the principal
        if mod.ent_type_ in _TITLE_STOP_ENTS or mod.lower_ in PARTY_WORDS:
            break
        if mod.ent_type_ in BODY_ENTS or (mod.pos_ == "PROPN" and mod.ent_type_ == ""):
            found.append(mod)
        i -= 1
    return found


def _title_possessor(mod: Token) -> bool:
    """Whether the possessor in front of a person's job title is the one the job is held
    for ("**Sanders'** spokesman John Doe", "**his** campaign manager Tom Reed":
    COOPERATE toward the possessor, round 18's possessive split over the title rule and round
    22's person principals): a person, a body or a personal pronoun, not a place governed
    ("London's mayor X": a current office, no event, round 21) nor a people."""
    if mod.tag_ == "PRP$":
        return mod.lower_ != "its"  # "its chairman X": a body the pronoun's antecedent names
    return mod.ent_type_ not in _TITLE_STOP_ENTS - {"PERSON"} and (
        mod.ent_type_ in _TITLE_EMPLOYER_ENTS or mod.pos_ == "PROPN"
    )


def _served_employers(verb: Token, tree: Tree) -> list[Token]:
    """Whom a job told by "serve" is held for: the employer its "as"-job names, read as the
    job noun's own ("served as Obama's secretary of state", "as director of the CBO", "as
    adviser to X"), or the body served in ("served on the Intelligence Committee"); none for
    an office with no employer ("served as U.S. attorney": COOPERATE with a null target,
    round 19)."""
    jobs = served.jobs_served(verb)
    employers = [t for job in jobs for t in _staff_roles(job, tree)[1]]
    if jobs and not employers:
        employers = served.employers_named(verb)  # "served as adviser to X" on the verb
    return employers or served.bodies_served(verb)


def _no_employer(token: Token) -> bool:
    """Whether a job noun's object names its field or an office's place, not an employer:
    a bare common noun ("secretary of state", "professor of economics", "director of
    communications") or a country or state ("president of the United States", "governor of
    Maryland"; a current office is no event, round 20)."""
    if token.ent_type_ in SEAT_ENTS or token.lemma_.lower() in _OFFICE_PLACES:
        return True
    return token.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "poss", "compound", "nummod") for c in token.children
    )


#: Common nouns for the place an office governs ("president of your country").
_OFFICE_PLACES = words("country nation state city county")


def _employer(token: Token, tree: Tree) -> bool:
    """Whether a job noun's prepositional object can be its employer: "an adviser on X's
    campaign" is, "an adviser on Syria" (a topic) and "a strategist in Washington" (a
    place) are not; "on"/"in" need an owned thing, the other prepositions anyone."""
    if token.head.lower_ not in ("on", "in"):
        return True
    return bool(tree.kids(token, "poss"))


def _stranded_targets(token: Token, preps: frozenset[str], tree: Tree) -> list[Token]:
    """ "incidents of foreign donations to the Foundation", "a wave of attacks on X": the parser
    hangs the event noun's target on the noun its "of"-phrase modifies."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return []
    return list(prep_objects(of.head, preps, tree))


def _had(token: Token, tree: Tree) -> Token | None:
    """The "have" whose object the noun is: "had a meeting with X", or a relative clause
    with the noun as its missing object ("the meetings (that) X had with Y")."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "have":
        return token.head
    return next(
        (c for c in tree.kids(token, "relcl") if c.lemma_.lower() == "have" and object_gap(c)),
        None,
    )


def _stranded_by(token: Token, tree: Tree) -> list[Token]:
    """ "a visit to her school by Paul Miller", "the raid on the compound by Navy SEALs": the
    parser hangs the event noun's "by"-phrase on the nearest noun, its own prepositional
    object, or on the active verb whose object it is ("recalling a visit to his school by
    Ada Brand"); a thing visited or raided has no "by" of its own (a participle would
    carry it: "the emails sent by X", which hangs on "sent")."""
    agents = [
        agent
        for prep in tree.kids(token, "prep")
        if prep.lower_ != "by"
        for obj in tree.kids(prep, "pobj")
        for agent in prep_objects(obj, _BY, tree)
    ]
    verb = token.head
    if not agents and token.dep_ == "dobj" and not is_passive(verb, tree):
        agents.extend(prep_objects(verb, _BY, tree))
    return agents


def _given_by_subject(gov: Token | None, received: bool, noun: Token, tree: Tree) -> bool:
    """Whether a backing noun's light verb has a subject who gives the backing ("Gore has not
    made a formal endorsement of Clinton", "Bill Clinton gave a warm endorsement of Hillary"):
    its "of"-phrase then names the one backed, not the backer. A verb of getting or citing
    ("won the endorsement of X", "touted the endorsement of X") keeps the "of"-phrase as the
    backer."""
    if gov is None or received:
        return False
    subject = subject_of(gov, tree)
    return subject is not None and subject.i != noun.i


def _got(trig: Trigger) -> bool:
    """Whether an event noun is the object of a verb of getting that the lexicon has no light
    verb for ("gotten criticism from X", "picked up the endorsement of Y", "landed the
    backing of Z"): said, given or done by someone else to the subject (not a meeting:
    "got a meeting with X" is the subject's)."""
    token = trig.token
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in _GETTING_VERBS
        and _from_agent(trig)
        and trig.sense.type != "CONSULT"
    )


def _answered(trig: Trigger) -> Token | None:
    """The verb answering a criticism noun ("dismissed criticism from Giles", "responded to
    criticism on immigration", "brushed off the criticism"), or None: the one answering is
    the one criticised, like the subject of "faced criticism" (gold: the answerer is the
    target, the "from"-phrase the agent)."""
    token = trig.token
    if trig.sense.type != "ACCUSE" or trig.sense.mode != "disapprove":
        return None  # not "dismissed the accusations": the accused is in what is alleged
    head = token.head
    if token.dep_ == "dobj" and head.pos_ == "VERB":
        lemma = head.lemma_.lower()
        particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
        if lemma in _ANSWERING_VERBS or any((lemma, p) in _ANSWERING_PARTICLES for p in particles):
            return head
    if (
        token.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in _ANSWERING_TO_VERBS
    ):
        return head.head
    return None


def _course_subjects(trig: Trigger, tree: Tree) -> list[Token]:
    """Who does an event noun that a verb of its course governs: "dropped attacks on X",
    "before ending a two-day trip to Ruritania", "began with insults against X", "came out of
    meetings with X" -- the verb's active subject. Like the light verbs ("launched an
    attack"), these verbs name no act of their own, unlike "criticized the attack"."""
    token = trig.token
    head = token.head
    verb: Token | None = None
    meeting = trig.sense.type == "CONSULT"
    if token.dep_ == "dobj":
        lemma = head.lemma_.lower()
        if lemma in _PURSUING_VERBS or (meeting and lemma in _ENDING_VERBS):
            verb = head
    elif token.dep_ == "pobj" and head.dep_ == "prep":
        upper = head.head
        if upper.lower_ == "out" and upper.dep_ in ("prt", "advmod", "prep"):
            upper = upper.head  # "came out of meetings"
        lemma = upper.lemma_.lower()
        opening = head.lower_ == "with" and lemma in _OPENING_VERBS
        if opening or (meeting and head.lower_ in _OUT_OF and lemma in _LEAVING_VERBS):
            verb = upper
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    subject = subject_of(verb, tree)
    if subject is None or subject.dep_ != "nsubj" or subject.lower_ in _THING_PRONOUNS:
        return []
    return list(conjuncts(subject, tree))


#: Verbs whose subject is a party to the meeting, deal or partnership they take: who secures,
#: accepts, seeks, arranges or finalizes a deal with X, or pulls out of it, is in it (not who
#: praises or criticizes it: "slammed the deal with Iran" is no party's act).
_PARTY_VERBS = words(
    """secure accept seek request want arrange schedule set finalize complete clinch seal forge
    ink broker cut close honor renew extend pursue plan"""
)
#: "pulled out of an agreement with X", "withdrew from talks with X", "reneged on a deal".
_PARTY_LEAVING = words("pull back walk withdraw renege exit leave quit abandon")
_PARTY_LEAVING_PREPS = frozenset({"of", "from", "on", "out"})


def _party_subjects(trig: Trigger, tree: Tree) -> list[Token]:
    """Who is a party to a meeting, deal or partnership noun governed by a verb of making,
    getting or leaving it ("Obama secured a nuclear deal with Iran", "Clinton accepted
    interviews with ABC", "Acme pulled out of a sponsorship agreement with the league"):
    the verb's active subject, a noun or name (those verbs name no act of their own)."""
    token = trig.token
    if trig.sense.type not in _MUTUAL_TYPES:
        return []
    verb: Token | None = None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _PARTY_VERBS:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in _PARTY_LEAVING_PREPS:
        upper = token.head.head
        if upper.lower_ == "out" and upper.dep_ in ("prt", "advmod", "prep"):
            upper = upper.head  # "pulled out of"
        if upper.lemma_.lower() in _PARTY_LEAVING:
            verb = upper
    if verb is None or verb.pos_ != "VERB":
        return []
    subject = subject_of(verb, tree)
    if subject is None or subject.dep_ != "nsubj" or subject.lower_ in _THING_PRONOUNS:
        return []
    return [subject]


def _meeting_members(
    token: Token, agents: list[Token], targets: list[Token], tree: Tree
) -> tuple[list[Token], list[Token]]:
    """Who meets at "a summit of tribal groups", "a meeting of Nevada Democrats", "the visit
    of the Pope": the first named holds it unless someone else does ("Suu Kyi presided over a
    summit of tribal groups": the groups are met), the others are met."""
    members = list(prep_objects(token, _OF, tree))
    if not members:
        return agents, targets
    if not agents:
        return [members[0]], [*targets, *members[1:]]
    return agents, [*targets, *members]


def placing_verb(token: Token) -> Token | None:
    """The verb of "held X in contempt", "placed X on leave" when ``token`` is its state noun."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _STATE_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STATE_PLACING_VERBS:
        return None
    return verb


def _reduced_participle(token: Token, tree: Tree) -> bool:
    """A past participle modifying a noun ("the prisoners released"); not a clause with its
    own subject or auxiliary that the parser hung on a noun ("a claim that X had refused")."""
    return (
        token.dep_ in ("acl", "amod")
        and token.tag_ == "VBN"
        and not tree.kids(token, "nsubj", "aux")
    )


def _has_read_as_is(trig: Trigger, tree: Tree) -> bool:
    """A perfect with "'s" ("has") that the parser read as a passive with "is".

    "who's called for tax hikes" parses as nsubjpass + auxpass + VBN, yet "'s" before a past
    participle is as often "has" as "is" ("he's called a liar"). Only an active verb keeps a
    direct object or its phrasal particle's object ("called for X", "called on X"), so with
    one of those, "'s" as the only auxiliary and no "by" naming an agent the clause is active;
    "'s been asked" (a second auxiliary), "'s called a liar by X" and "'s elected president"
    (a lone noun as complement) stay passive.
    """
    token = trig.token
    if token.tag_ != "VBN" or tree.kids(token, "aux", "agent"):
        return False
    auxes = tree.kids(token, "auxpass")
    if len(auxes) != 1 or auxes[0].lower_ not in _HAS_OR_IS:
        return False
    near = [g for c in token.children for g in (c, *c.children)]
    if any(t.lower_ == "by" for t in near):
        return False
    particle = trig.particle
    own_particle = (
        particle is not None and particle.head.i == token.i and bool(tree.kids(particle, "pobj"))
    )
    return own_particle or any(not _bare_complement(o) for o in tree.kids(token, "dobj"))


def _bare_complement(noun: Token) -> bool:
    """A lone singular noun after the participle is a complement the parser took for an
    object ("if he's elected president", "it's forced deportation"), no sign of "has"."""
    return noun.tag_ == "NN" and noun.n_lefts + noun.n_rights == 0


def _verbal_roles(trig: Trigger, tree: Tree) -> tuple[list[Token], list[Token]]:
    token = trig.token
    agents: list[Token] = []
    targets: list[Token] = []
    participle = _reduced_participle(token, tree)
    # "has been neither charged with nor convicted of": the passive is on the first conjunct
    shared_passive = token.dep_ == "conj" and token.tag_ == "VBN" and is_passive(token.head, tree)
    if "naming" in (trig.sense.needs or ""):
        agents.extend(_namer(token, tree))
        for node in [token, *tree.kids(token, "oprd")]:  # "called a fraud by X"
            agents.extend(prep_objects(node, _BY, tree))
        targets.extend(_named(token, tree))
    elif shared_passive:
        agents.extend(prep_objects(token, _BY, tree))
        upper = subject_of(token.head, tree)
        if upper is not None:
            targets.append(upper)
    elif (
        participle
        and trig.sense.type == "COOPERATE"
        and token.head.pos_ in ("NOUN", "PROPN")
        and tree.has(token, "prep", _PARTNER)
    ):
        # "a super PAC aligned with Senate leaders": the noun allies itself with the partner
        # (not "everyone associated with X": no one in particular)
        agents.append(token.head)
        targets.extend(prep_objects(token, _PARTNER, tree))
    elif participle or (
        is_passive(token, tree)
        and not tree.kids(token, "nsubj")
        and not _has_read_as_is(trig, tree)
    ):
        # (an active subject beside a passive auxiliary, or "'s" read as "is" before a verb
        # with an active's complements, is active: "Clinton, who's called for tax hikes")
        agents.extend(list(prep_objects(token, _BY, tree)) or _later_passive_by(token, tree))
        patients = tree.kids(token, "nsubjpass")
        if patients:
            targets.extend(conjuncts(patients[0], tree))
        elif participle:
            targets.append(token.head)  # "the prisoners released"
        else:
            # "before being assassinated", "without being convicted", "asked X to be
            # released": a passive with no subject of its own undergoes it as its controller
            # (not "who's called for": "'s" is as often "has")
            controller = subject_of(token, tree)
            if controller is not None and not tree.has(token, "auxpass", _HAS_OR_IS):
                targets.append(controller)
    else:
        subject = subject_of(token, tree)
        if subject is None:
            # a verb used as a noun ("Trump's sit down with Oz"): its possessor does it
            subject = next(iter(tree.kids(token, "poss")), None)
        if subject is None:
            subject = _object_controller(token)
        if subject is not None:
            agents.extend(conjuncts(subject, tree) if subject.dep_ != "nsubjpass" else [subject])
        targets.extend(dative_objects(token, tree))  # "gave X money", "gave money to X"
        shared = shared_object(token)
        if shared is not None and not _one_criticism(trig, shared):
            targets.append(shared)  # "met and praised X": the last verb's object is both's
        answering = token.lemma_.lower() in _RESPONDING
        for child in tree.kids(token, "dobj"):
            if trig.particle is not None and child.i == trig.particle.i:
                continue  # the idiom's own noun ("joined forces")
            if trig.sense.needs == "castfor":
                continue  # "cast her ballot for X": the ballot is the act, X the one backed
            if reflexive(child):
                # "defended herself against X": the preposition names the other party
                # ("shot himself at the hospital" keeps the reflexive: no one else is named)
                targets.extend(list(prep_objects(token, _IDIOM_PREPS, tree)) or [child])
                continue
            if _complementizer(child, token):
                continue  # "the consensus that Russia hacked into X": "that" is no object
            child = _whole(child, tree)  # "imposed some of the toughest sanctions"
            if answering and child.lemma_.lower() in _ANSWERED_NOUNS:
                # "rejected a request from Democrats": who asked is who is answered
                targets.extend(prep_objects(child, _FROM_BY, tree))
            if (
                trig.sense.type == "SANCTION"
                and trig.sense.objects is not None
                and child.lemma_.lower() in trig.sense.objects
            ):
                continue  # "slapped tariffs on X": the tariffs are the act, X the target
            if trig.sense.type not in _THING_OBJECT or tree.kids(child, "poss"):
                targets.extend(conjuncts(child, tree))  # also "accepted Mexico's offer"
            elif trig.sense.type == "AID" and _aided(child):
                # "providing Ukraine with weapons", "accepted 10,000 refugees" (admissions)
                targets.extend(conjuncts(child, tree))
    if (
        trig.sense.type == "AID"
        and token.lemma_.lower() in _TAKING_VERBS
        and not any(_aided(child) for child in tree.kids(token, "dobj"))
    ):
        # (not "accepting refugees from Syria": people taken in come from a place)
        givers = list(prep_objects(token, _FROM, tree))
        if givers:
            # "raised $500,000 from X", "accepted money from donors": X gives to the subject
            subject = subject_of(token, tree)
            targets = [subject] if subject is not None and subject.dep_ == "nsubj" else []
            agents = givers
    if not targets and trig.sense.type in _HELPING_TYPES:
        # "helped X win the nomination" parsed as a clause: the one helped is its subject
        for clause in tree.kids(token, "ccomp"):
            targets.extend(tree.kids(clause, "nsubj"))
    if trig.particle is not None and trig.particle.dep_ in ("prep", "prt", "dative"):
        # "called on Israel"; the parser may tag the preposition a particle and still hang
        # its object on it ("called on the city to release the records")
        for obj in tree.kids(trig.particle, "pobj"):
            targets.extend(conjuncts(obj, tree))
    if trig.particle is not None and trig.particle.dep_ == "dobj":
        targets.extend(_idiom_partners(trig, tree))
    if (
        not targets
        and trig.sense.type in ("CONSULT", "COOPERATE")
        and token.dep_ == "acl"
        and token.head.lemma_.lower() in REQUEST_NOUNS
    ):
        # "accepted the administration's request to cooperate": with the one who asked
        targets.extend(tree.kids(token.head, "poss"))
    if not targets and trig.sense.type == "REQUEST":
        # "demanded that the United States prove ...": the one asked is the clause's subject
        for clause in tree.kids(token, "ccomp"):
            targets.extend(tree.kids(clause, "nsubj"))
    if not targets and trig.sense.type == "ACCUSE":
        targets.extend(_content_subjects(token, tree))
    if not targets and trig.sense.type in _JUDGING_TYPES:
        targets.extend(_what_was_called(token, tree))
    if not targets and trig.sense.type == "REQUEST":
        # "called for him to resign", "pushed for the mayor to step down"
        targets.extend(for_clause_subjects(token, tree))
    if trig.token.lemma_.lower() == "blame":
        # "blamed the crisis on Obama's policies": the one blamed is after "on"
        blamed = list(prep_objects(token, _ON, tree))
        if blamed:
            targets = blamed + [t for t in targets if t.tag_ not in ("WDT", "WP")]
    if not targets and trig.sense.type == "THREATEN":
        targets.extend(_threatened(token, "xcomp", tree))  # "threatened to sue X"
    if not targets and (trig.sense.type == "RETREAT" or trig.sense.mode == "resign"):
        targets.extend(_left(token, tree))
    if not targets and trig.sense.type == "SANCTION" and trig.sense.mode == "resign":
        targets.extend(_employer_in_title(token, tree))
    if not targets and trig.sense.type == "REJECT":
        targets.extend(_refused_parties(token, tree))
    if not targets and trig.sense.type == "AGREE":
        targets.extend(_agreed_with(token, tree))
    if trig.sense.type in _SYMMETRIC_TYPES and tree.kids(token, "dobj"):
        # "discussed that with Clinton", "negotiated the bill with X": the partner, not the topic
        targets = [*prep_objects(token, _PARTNER, tree), *targets]
    if trig.sense.type == "REQUEST":
        givers = _asked_from(token, tree)
        if givers and not any(_named_object(t) for t in tree.kids(token, "dobj")):
            targets = [*givers, *targets]  # "sought support from the unions": the unions
        targets.extend(_asked_of(token, tree))
        addressees = _addressees(token, tree)
        if addressees and not any(_named_object(t) for t in tree.kids(token, "dobj")):
            targets = [*addressees, *targets]  # "wrote a letter to X asking for an inquiry"
    target_preps = _TARGET_PREPS.get(trig.sense.type, frozenset())
    if trig.sense.type == "REQUEST":
        # "pleaded with X to run": the one pleaded with is asked (not "charged with murder",
        # "provided X with money", where "with" names a thing)
        target_preps |= _partner_preps(trig)
    if trig.sense.mode == "ease":
        target_preps = _EASED_PREPS
    if trig.sense.mode == "resign":
        target_preps = _FROM  # "resigned from Breitbart": the employer left (SANCTION, round 19)
    if trig.sense.needs == "untruth":
        target_preps = _LIED_TO  # "lied to Congress", "lied about Carson": told to or of them
    if not targets or trig.sense.mode == "ease":
        targets.extend(prep_objects(token, target_preps, tree))
    if trig.sense.mode == "ease" or trig.sense.objects is not None:
        # "lifted sanctions on Cuba", "slapped tariffs on China": the target hangs on the thing
        for thing in tree.kids(token, "dobj"):
            targets.extend(prep_objects(_whole(thing, tree), target_preps, tree))
    if trig.sense.mode == "ease":
        targets = [t for t in targets if t.dep_ != "dobj"]
    return agents, targets


#: Prepositions that name the other party of an idiom whose object is part of the verb or
#: of a reflexive: "broke ranks with X", "distanced himself from X", "defended herself
#: against X".
_IDIOM_PREPS = frozenset({"with", "from", "against"})


def _idiom_partners(trig: Trigger, tree: Tree) -> list[Token]:
    """The other party of a verb + object idiom ("joined forces with X", "broke ranks with
    X"): the preposition hangs on the idiom's noun or, as often, on the verb itself."""
    assert trig.particle is not None
    preps = _TARGET_PREPS.get(trig.sense.type, _OF) | _IDIOM_PREPS
    return [
        *prep_objects(trig.particle, preps, tree),
        *prep_objects(trig.token, preps - _TARGET_PREPS.get(trig.sense.type, _OF), tree),
    ]


_TO_WITH = frozenset({"to", "with"})


def _agreed_with(verb: Token, tree: Tree) -> list[Token]:
    """Who an agreement or offer to act is made to: the one the agreed act is for or with
    ("agreed to sell it to X", "offered to loan it to X", "agreed to meet with X", "agreed to
    be acquired by X"), or a named or personal object of it ("offered to help Clinton"); a
    thing agreed to ("agreed to sell it") is none."""
    found: list[Token] = []
    for action in tree.kids(verb, "xcomp"):
        found.extend(dative_objects(action, tree))
        found.extend(prep_objects(action, _TO_WITH, tree))
        if is_passive(action, tree):
            found.extend(prep_objects(action, _BY, tree))
        found.extend(
            obj
            for obj in tree.kids(action, "dobj")
            if obj.ent_type_ in ACTOR_ENTS or obj.lower_ in _PEOPLE_PRONOUNS | _GROUP_PRONOUNS
        )
        if not found:
            found.extend(_given_to(action, tree))
    if not found:
        # "agreed to a $4 million settlement with the state regulator": the deal agreed to
        # names the other side
        for thing in prep_objects(verb, _TO, tree):
            found.extend(prep_objects(thing, _PARTNER, tree))
    return found


def _given_to(action: Token, tree: Tree) -> list[Token]:
    """Who the thing an agreed act hands over goes to, when the parser hangs the "to" on
    the thing: "agreed to make a single payment to the state of Ohio", "agreed to pay
    a fine to the state" (session 22: the AGREE's other side, as a "to" on the verb is)."""
    return [party for obj in tree.kids(action, "dobj") for party in prep_objects(obj, _TO, tree)]


#: Written messages: who one is sent to is who a participle of asking on it asks.
_MESSAGE_NOUNS = words("letter message note memo email e-mail petition")
_TO = frozenset({"to"})


def _addressees(verb: Token, tree: Tree) -> list[Token]:
    """Who a message a participle of asking hangs on was sent to: "sent a letter to the FEC
    urging an inquiry", "wrote a letter to X asking that ...": the one asked is the addressee,
    not what is asked for."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return []
    message: Token | None = verb.head if verb.dep_ == "acl" else None
    if verb.dep_ == "advcl":
        message = next(iter(tree.kids(verb.head, "dobj")), None)
    if message is None or message.lemma_.lower() not in _MESSAGE_NOUNS:
        return []
    sender = message.head
    found = list(prep_objects(message, _TO, tree))
    if not found and message.dep_ == "dobj":
        found = list(dative_objects(sender, tree))  # "sent X a letter", "sent a letter to X"
    return found


def _named_object(token: Token) -> bool:
    """Whether an object is someone by name or pronoun ("urging the FEC to act"), not a thing."""
    return token.tag_ == "PRP" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _asked_of(verb: Token, tree: Tree) -> list[Token]:
    """Who is asked when what is asked for is an act with someone: "requested a meeting with
    Mr. Trump", "asked for an interview with X" (not a "from"-phrase: "called for tariffs on
    goods from China")."""
    things = [*tree.kids(verb, "dobj"), *prep_objects(verb, _FOR, tree)]
    return [
        partner
        for thing in things
        if thing.pos_ == "NOUN" and not thing.ent_type_
        for partner in prep_objects(thing, _PARTNER, tree)
    ]


#: Penalties asked for: their "from"-phrase is where the goods come from, not who gives.
_PENALTY_WORDS = words(PENALTIES)
#: Types of reactions no one asks for: "invited ridicule from X" is X's act, no request.
_HOSTILE_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "COERCE", "SANCTION"})


def _hostile_reaction(thing: Token) -> bool:
    """Whether a noun names a hostile act ("ridicule", "criticism", "attacks")."""
    sense = noun_lexicon.NOUNS.get(thing.lemma_.lower())
    return thing.pos_ == "NOUN" and sense is not None and sense.type in _HOSTILE_TYPES


def _asked_from(verb: Token, tree: Tree) -> list[Token]:
    """Who is asked for a thing to come from them: "sought support from teachers unions",
    "would demand more clarity from Obama", "solicit funds from drug companies", "asked for
    input from Republicans", "sought money from Wall Street" (the "from"-phrase of the verb or
    of the thing asked for, when it names people, a body, a state or a name: "goods from
    China" three words down is no giver)."""
    things = [verb, *tree.kids(verb, "dobj"), *prep_objects(verb, _FOR, tree)]
    if any(t.lemma_.lower() in _PENALTY_WORDS or _hostile_reaction(t) for t in things):
        # "called for tariffs on goods from China": where the goods come from; "inviting
        # ridicule from X": X's own act
        return []
    return [
        giver
        for thing in things
        for giver in prep_objects(thing, _FROM, tree)
        if _doer_target(giver, None, tree) or giver.pos_ in ("PRON", "PROPN")
    ]


def _one_criticism(trig: Trigger, shared: Token) -> bool:
    """ "attack and critique X": a violent word coordinated with a word of criticism is that
    criticism said twice (one event in the gold, like "mocked and criticized X")."""
    sense = VERBS.get(shared.head.lemma_.lower())
    return trig.sense.verbal_if_people and sense is not None and sense.type == "ACCUSE"


def _later_passive_by(token: Token, tree: Tree) -> list[Token]:
    """ "was criticized and sued by X": the parser hangs the "by"-phrase on the last of the
    coordinated passive participles; whoever did that did the first too (only participles
    sharing the first one's subject, not a clause of their own: "was fired and X was hired by Y")."""
    return [
        agent
        for conj in tree.kids(token, "conj")
        # (a participle tagged as a past tense still has its "by"-agent: "was booed and
        # shouted down by X")
        if (conj.tag_ == "VBN" or (conj.tag_ == "VBD" and tree.kids(conj, "agent")))
        and not tree.kids(conj, "nsubj", "nsubjpass")
        for agent in prep_objects(conj, _BY, tree)
    ][:1]


def _object_controller(token: Token) -> Token | None:
    """ "ridiculed Trump, Carson and Fiorina for criticizing X": the one blamed, praised or
    thanked for an act did it. The parser hangs "for" on the last of the objects, where the
    subject paths do not look; the head of their coordination is the verb's object."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    node = prep.head
    for _ in range(_MAX_COORDINATION):
        if node.dep_ not in ("conj", "appos") or node.head.pos_ not in ("NOUN", "PROPN"):
            break
        node = node.head
    if node.dep_ == "dobj" and node.head.pos_ == "VERB" and node.pos_ in ("PROPN", "PRON"):
        return node
    return None


#: Verbs that name a thing in a free relative: "what X called Y", "what he characterized as Y".
_NAMING_VERBS = words("call characterize describe term label dub brand deem")
#: Judgements whose object may be such a free relative ("denounced what X called ...").
_JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_AS = frozenset({"as"})


def _what_was_called(verb: Token, tree: Tree) -> list[Token]:
    """ "denounced what Turnbull called North Korea's reckless actions", "lashed out at what
    he characterized as a nasty Sanders campaign": the free relative names the thing judged
    in the namer's words (whose owner the actor look-up then takes); its namer is no target."""
    clauses = [
        *tree.kids(verb, "ccomp"),
        *(clause for prep in tree.kids(verb, "prep") for clause in tree.kids(prep, "pcomp")),
    ]
    found: list[Token] = []
    for clause in clauses:
        if clause.lemma_.lower() not in _NAMING_VERBS:
            continue
        if not any(c.tag_ == "WP" for c in tree.kids(clause, "dobj")):
            continue
        found.extend(tree.kids(clause, "oprd"))
        found.extend(prep_objects(clause, _AS, tree))
    return found


_CONTENT_MARKS = frozenset({"that", "whether", "if"})


def _content_subjects(token: Token, tree: Tree) -> list[Token]:
    """The one a complaint or accusation is about when its content is a clause: "complained
    that party officials were protecting X", "alleged that Martin attacked him", "questioned
    whether X is fit", "the accusation that X is playing the woman's card" -- the clause's
    active subject, a noun or name (a passive subject is the one wronged; "complained that he
    paid too much" is mostly about oneself). A relative clause ("the accusation that he
    made") is not content: it has no "that" mark."""
    subjects: list[Token] = []
    for clause in tree.kids(token, "ccomp", "acl", "relcl"):
        marked = any(c.lower_ in _CONTENT_MARKS for c in tree.kids(clause, "mark"))
        content_noun = token.lemma_.lower() in _CONTENT_NOUNS and any(
            _complementizer(c, clause) for c in tree.kids(clause, "dobj")
        )
        if not (marked or content_noun or (clause.dep_ == "ccomp" and token.pos_ == "VERB")):
            continue
        if any(c.tag_ in ("WDT", "WP") for c in clause.children):
            continue  # "condemned what he called a breach": the thing called, not its namer
        subjects.extend(s for s in tree.kids(clause, "nsubj") if s.pos_ in ("PROPN", "NOUN"))
    return subjects


#: Nouns of what is said, thought or known: a "that"-clause after them is their content, which
#: the parser often reads as a relative clause with "that" as its object.
_CONTENT_NOUNS = words(
    """consensus claim claims belief beliefs fact idea notion assessment conclusion allegation
    allegations suggestion view theory evidence news report reports finding findings argument
    assertion charge charges accusation accusations rumor rumors speculation fear fears
    concern concerns impression sense suspicion suspicions proof indication sign signs
    possibility likelihood"""
)


def _complementizer(child: Token, verb: Token) -> bool:
    """Whether an object "that" of a clause hung on a noun of saying or knowing is the clause's
    complementizer ("the consensus that Russia hacked into the emails"), not a relative pronoun."""
    return (
        child.lower_ == "that"
        and verb.dep_ in ("relcl", "acl")
        and verb.head.lemma_.lower() in _CONTENT_NOUNS
    )


def _refused_parties(token: Token, tree: Tree, dep: str = "xcomp") -> list[Token]:
    """Who a refused act was for: "refused to endorse Trump", "declined to meet with X",
    "refused to give President Obama a fair hearing", "refused to hold hearings for Garland",
    "refused to let X sell it", "refused to help him do so" (the one let or helped);
    with ``dep="acl"`` the same for a noun's act ("Ryan's refusal to support him"). A named
    party comes before anyone else: the first target is the one the event keeps, and the
    guidelines make the one refused the target."""
    found: list[Token] = []
    for action in tree.kids(token, dep):
        if dep == "acl" and not any(aux.lower_ == "to" for aux in tree.kids(action, "aux")):
            continue  # "a refusal that angered X": no act refused
        if action.lemma_.lower() in _LETTING:
            # "refused to let Zimmerman sell it", "refused to help him do so": the one let
            for clause in tree.kids(action, "ccomp", "xcomp"):
                found.extend(tree.kids(clause, "nsubj"))
        for child in tree.kids(action, "dobj", "dative"):
            child = _whole(child, tree)
            if child.lemma_.lower() in _ANSWERED_NOUNS | _ORDERS:
                # "refused to answer questions from the panel", "refused to follow her
                # commands": who asked is refused (round 12), whatever was asked is a thing
                found.extend(prep_objects(child, _FROM_BY, tree))
                found.extend(tree.kids(child, "poss"))
            found.append(child)
            found.extend(prep_objects(child, _FOR, tree))  # "hold hearings for Garland"
        found.extend(prep_objects(action, _REFUSED_PREPS, tree))
    parties = [t for t in found if _refused_party(t, tree)]
    return sorted(parties, key=lambda t: not _named_party(t))  # stable: named ones first


#: What one is told to do: refusing to follow it refuses whoever gave it.
_ORDERS = words("command commands order orders instruction instructions directive directives")
#: Whom one speaks to in public: refusing to talk to them refuses nobody in particular.
_PUBLIC_AUDIENCES = words("reporter reporters press media journalist journalists public")


def _refused_party(token: Token, tree: Tree) -> bool:
    """Whether an object of a refused act is someone refused: a party by name or personal
    pronoun, or a noun naming people or a body ("the president", "President Obama's nominee").
    A thing is refused with no target (rounds 5, 12, 17: "refused to say the words",
    "refused to extend it", "refused to divulge his plans", "declined to release his tax
    returns" are REJECT with none), even when someone owns it, and so is the press one
    declines to speak to (round 8)."""
    if token.lemma_.lower() in _PUBLIC_AUDIENCES:
        return False
    return (
        _named_party(token)
        or _names_an_actor(token, tree)
        or token.lemma_.lower() in _BODY_PARTS  # "refused to answer the oversight panel"
    )


#: Verbs whose bare-infinitive clause's subject is the one a refusal is toward ("refused to
#: let X sell", "refused to help him do so"): the causatives, and help.
_LETTING = _CAUSATIVES | frozenset({"help", "allow"})
#: Pronouns that name a party refused: "declined to debate him".
_PARTY_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})


def _named_party(token: Token) -> bool:
    """A party by name or personal pronoun, not a thing ("President Obama", not "a hearing")."""
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.lower_ in _PARTY_PRONOUNS


def _whole(token: Token, tree: Tree) -> Token:
    """The noun a quantifier object stands for: "some of the toughest sanctions" → sanctions."""
    if token.lemma_.lower() in _PARTITIVES and token.tag_ in ("DT", "JJ", "JJS", "NN", "CD"):
        wholes = [
            obj
            for prep in tree.kids(token, "prep")
            if prep.lower_ == "of"
            for obj in tree.kids(prep, "pobj")
        ]
        if wholes:
            return wholes[0]
    return token


def _threatened(token: Token, dep: str, tree: Tree) -> list[Token]:
    """Who a threat is against: the object of the threatened act ("threatened to expel
    the envoy", "threats to slap tariffs on China"), or what it would leave ("threatening to
    pull out of NATO")."""
    found: list[Token] = []
    for act in tree.kids(token, dep):
        for obj in tree.kids(act, "dobj"):
            found.extend(prep_objects(obj, _AGAINST_ON, tree))
            found.append(obj)
        found.extend(prep_objects(act, _AGAINST_ON, tree))
        if not found:
            found.extend(_left(act, tree))  # "to pull out of NATO"
        if act.lemma_.lower() in _CAUSATIVES:
            # "threatened to make Kadzik testify": the one made to act
            for clause in tree.kids(act, "ccomp"):
                found.extend(tree.kids(clause, "nsubj"))
    return found


def _left(verb: Token, tree: Tree) -> list[Token]:
    """What a withdrawal leaves: "withdrew from the pact", "pull out of NATO" (the parser
    makes "out" a preposition with "of" under it), "step down from running the Foundation"
    (not the owner of a post: "stepped down as the party's chair" has no target in the gold
    as often as it has the party)."""
    left = list(prep_objects(verb, _OUT_OF, tree))
    for prep in tree.kids(verb, "prep", "prt", "advmod"):
        if prep.lower_ == "out":
            left.extend(prep_objects(prep, _OF, tree))
        elif prep.lower_ in _OUT_OF:
            left.extend(obj for act in tree.kids(prep, "pcomp") for obj in tree.kids(act, "dobj"))
    return left


_AS = frozenset({"as"})


def _employer_in_title(verb: Token, tree: Tree) -> list[Token]:
    """The organisation named inside the post one leaves: "stepped down as DNC chair" leaves
    the DNC (rounds 19-20: a resignation is SANCTION toward the employer, and an employer
    inside a title is marked); places naming a seat ("as Ohio governor") are no employers
    (round 21), so only organisation names count."""
    return [
        mod
        for post in prep_objects(verb, _AS, tree)
        for mod in tree.kids(post, "compound", "poss", "nmod")
        if mod.ent_type_ == "ORG"
    ][:1]


def _namer(token: Token, tree: Tree) -> list[Token]:
    """Who calls names: the subject, or (for a participle the parser hung on a noun, as
    in "one of the nurses who signed the letter called Pell a fraud") the clause above."""
    if _reduced_participle(token, tree) and not tree.kids(token, "agent"):
        upper = token.head.head
        subject = subject_of(upper, tree) if upper.pos_ in ("VERB", "AUX") else None
        return [subject] if subject is not None else []
    subject = subject_of(token, tree)
    return [subject] if subject is not None and subject.dep_ != "nsubjpass" else []


def _named(token: Token, tree: Tree) -> list[Token]:
    """Who is called names: the object, the passive subject, or the name the parser attached
    to the predicate ("called [Trump] a liar" with Trump as the predicate's modifier)."""
    for obj in tree.kids(token, "dobj", "oprd"):
        bearer = bearer_of_quoted(obj)
        if bearer is not None:
            return [bearer]  # "called Merkel “The Chancellor”" with Merkel the quote's modifier
    for child in tree.kids(token, "dobj", "nsubjpass"):
        return [child]
    for name in tree.kids(token, "xcomp"):
        if named_as_xcomp(name) is not None:
            return [name]  # "calling Trump a fascist" parsed with Trump as the complement
    predicates = tree.kids(token, "oprd")
    if len(predicates) > 1 and predicates[0].pos_ in ("PROPN", "PRON"):
        return [predicates[0]]  # "called Oz a quack, fake ...": two predicates, the first a name
    for predicate in predicates:
        for child in tree.kids(predicate, "nmod", "compound", "poss"):
            if child.i < predicate.i and child.pos_ in ("PROPN", "PRON"):
                return [child]
    return []


def _aided(obj: Token) -> bool:
    """An aid verb's object that is who is helped, not what is given: a name ("provided
    Ukraine with weapons") or people ("accepted 10,000 refugees")."""
    return (
        obj.ent_type_ in ACTOR_ENTS
        or obj.lemma_.lower() in ACTOR_NOUNS
        or (obj.lower_ in ACTOR_NOUNS)
    )


def _instruments(trig: Trigger, tree: Tree) -> Iterator[Token]:
    if trig.sense.type not in _INSTRUMENT_TYPES:
        return
    if trig.sense.type == "AID" and not trig.nominal:
        # the aid given: "provided weapons", "providing Ukraine with weapons"
        for child in tree.kids(trig.token, "dobj"):
            if not _aided(child):
                yield child
    for anchor in (trig.token, trig.governor):
        if anchor is not None:
            yield from prep_objects(anchor, _WITH, tree)


def _where(trig: Trigger, anchors: Iterable[Token], tree: Tree, visit: bool) -> Token | None:
    preps = _WHERE_PREPS | (_DESTINATION_PREPS if visit else frozenset())
    if trig.nominal and (trig.sense.type in _PLACE_COMPOUND_TYPES or visit):
        # "the Kabul attack", "a Las Vegas rally" (a campaign stop's place, not its agent)
        for child in tree.kids(trig.token, "compound"):
            ent = tree.ent(child)
            if ent is not None and ent.label_ in PLACE_ENTS:
                return child  # "the Kabul attack"
    for anchor in anchors:
        for obj in prep_objects(anchor, preps, tree):
            ent = tree.ent(obj)
            if ent is not None and ent.label_ in PLACE_ENTS:
                return obj
        if visit and anchor.pos_ == "VERB":
            for child in tree.kids(anchor, "dobj"):  # "visited Paris"
                ent = tree.ent(child)
                if ent is not None and ent.label_ in PLACE_ENTS:
                    return child
    return None


def _unlink_own_things(
    participants: list[Participant],
    ctx: ExtractionContext,
    tree: Tree,
    judging: bool = False,
    pronouns: PronounResolver | None = None,
) -> None:
    """ "Trump backed off his proposals": a target that is the agent's own thing is no target.

    The target's actor then came from its owner; the agent does not act on himself. But one
    judges another's things: in "Christie questioned his depth", "his" is the last person
    named before the judge, not the judge (as "Trump attacked him" is not Trump himself), so a
    judging event's possessive pronoun is read again without the agent ("his own record"
    stays the judge's).
    """
    agents = {p.actor for p in participants if p.role == "agent" and p.actor}
    for index, participant in enumerate(participants):
        if participant.role != "target" or participant.actor not in agents:
            continue
        span = ctx.doc.char_span(
            participant.mention.start, participant.mention.end, alignment_mode="expand"
        )
        if span is None or span.root.pos_ in ("PROPN", "PRON"):
            continue  # the actor named again ("Trump praised Trump") is left as it is
        other = _other_owner(span.root, agents, tree, pronouns) if judging else None
        participants[index] = participant.model_copy(
            update={"actor": other.id if other is not None else None}
        )


#: Nouns for a candidate's run: "his campaign", "her candidacy", "Bush's presidential bid".
_BID_NOUNS = words("campaign candidacy bid")


def _bid_owner(token: Token, tree: Tree) -> Token:
    """The candidate a backing of his bid backs: "a super PAC supporting Ada Brand's campaign
    for the Green nomination", "not ready to support Trump's campaign", "refused to endorse his
    candidacy" back the candidate (round 4: an actor's proposal or statement stands for its
    author; round 11: "his campaign" meaning the candidacy marks only "his"), not the campaign
    organisation the actors may make of the phrase. Only a possessive owner: "the Trump
    campaign" names the organisation itself (round 1); money given to a campaign (AID) stays
    the campaign's."""
    if token.lemma_.lower() not in _BID_NOUNS:
        return token
    owners = tree.kids(token, "poss")
    return owners[0] if owners else token


_OWN = frozenset({"own"})


def _other_owner(
    thing: Token, agents: Collection[str], tree: Tree, pronouns: PronounResolver | None
) -> Actor | None:
    """The person a possessive pronoun before a judged thing names when it is not the judge:
    the nearest earlier compatible actor other than ``agents`` ("his depth", "her record"),
    not "his own party" (the judge's own, said so)."""
    if pronouns is None or any(c.lower_ in _OWN for c in thing.children):
        return None
    owner = next((c for c in tree.kids(thing, "poss") if c.tag_ == "PRP$"), None)
    return pronouns.resolve(owner, agents, agree=True) if owner is not None else None


def _unlink_places(participants: list[Participant], ctx: ExtractionContext) -> None:
    """A visit to a city or region that stands for no state or body has no host: "Clinton
    will visit Charlotte" (a campaign trip); "visited Beijing" is China, "Capitol Hill" Congress.
    """
    for index, participant in enumerate(participants):
        if participant.role != "target" or participant.actor is None:
            continue
        actor = ctx.actor(participant.actor)
        if actor is not None and actor.type == "other":
            participants[index] = participant.model_copy(update={"actor": None})


#: Determiners of a candidate no one in particular is: "either candidate", "a candidate",
#: "any presidential candidates", "that candidate".
_ANY_DETERMINERS = words("a an any either both each every all that another no")
#: Owners of a candidate whoever it is: "their chosen candidate", "your candidate".
_ANY_OWNERS = words("their your")
#: Adjectives that say which race a candidate runs in, not who he is: "a presidential
#: candidate", "their chosen candidate".
_RACE_WORDS = words("presidential congressional gubernatorial mayoral chosen preferred")


def without_any_candidate(roles: Roles, ctx: ExtractionContext) -> Roles | None:
    """The roles without a target that is a candidate no one in particular is, or None when
    there is none: "free to support either candidate", "can back the candidate of their choice",
    "has endorsed a candidate", "donated to candidates". The gold codes these with a
    null target (a participant the text does not name is null), while the actors plugin may
    have made "the candidate" a mention of the one candidate the story is about and the
    refine step would make an actor of "candidates". A counted or described set ("eight
    state legislative candidates", "other congressional candidates") is a group and stays."""
    kept = [
        p
        for p in roles.participants
        if p.role != "target" or not _any_candidate(_mention_root(p, ctx))
    ]
    if len(kept) == len(roles.participants):
        return None
    return Roles(kept, roles.where, roles.anchors)


def _mention_root(part: Participant, ctx: ExtractionContext) -> Token | None:
    span = ctx.doc.char_span(part.mention.start, part.mention.end, alignment_mode="expand")
    return None if span is None else span.root


def _any_candidate(noun: Token | None) -> bool:
    """Whether ``noun`` is a candidate no one in particular is (see without_any_candidate)."""
    if noun is None or noun.lemma_.lower() != "candidate":
        return False
    kids = list(noun.children)
    if any(c.dep_ == "amod" and c.lower_ not in _RACE_WORDS for c in kids):
        return False  # "a badly flawed candidate": the one described, not anyone
    if any(c.dep_ in ("det", "predet") and c.lower_ in _ANY_DETERMINERS for c in kids):
        return True
    if any(c.dep_ == "poss" and c.lower_ in _ANY_OWNERS for c in kids):
        return True
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "choice" for g in c.children)
        for c in kids
    ):
        return True  # "the candidate of their choice"
    # a bare plural: "supports candidates who ...", not "other congressional candidates"
    return noun.tag_ == "NNS" and not any(c.i < noun.i for c in kids)


_RELATIVE_DEPTH = 3


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: "the soldiers who were killed", also after a
    preposition ("the critics at whom he took aim", "the group to which she gave money")."""
    if token.tag_ == "WP$":
        return _whose_antecedent(token)
    if token.tag_ not in ("WDT", "WP"):
        return token
    node = token
    for _ in range(_RELATIVE_DEPTH):
        if node.dep_ == "relcl":
            return relative_head(node.head, token)
        if node is not token and node.dep_ not in ("prep", "pcomp"):
            break
        node = node.head
    return token


#: Verbs whose subject makes, issues or stages the thing they take: "ran an ad", "passed a
#: resolution", "opened a rally", "released a statement" (not "give" or "sign": "signed
#: paperwork ordering him to appear" is not the signer's order).
_AUTHORING_VERBS = words(
    """run air broadcast release issue pass adopt approve publish launch open hold stage write
    pen draft send post tweet deliver file unveil introduce produce present circulate
    distribute sponsor"""
)


def _author(token: Token, ctx: ExtractionContext, tree: Tree) -> Token:
    """Who speaks through a thing that acts: "X is running a TV spot attacking Y", "X passed
    a resolution calling on Y", "X opened a rally blasting Y" -- the ad, resolution or rally
    is X's, so X does the act. Only a thing with no owner named on it (a possessor or a name
    modifier decides otherwise: "a Washington Post editorial that accuses Y")."""
    verb = token.head
    if (
        token.pos_ != "NOUN"
        or token.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in _AUTHORING_VERBS
        or ctx.actor_of(token) is not None
        or _names_an_actor(token, tree)
        or tree.kids(token, "poss")
        or any(c.ent_type_ in _OWNER_ENTS for c in tree.kids(token, "compound", "nmod", "amod"))
    ):
        return token
    subject = subject_of(verb, tree)
    return subject if subject is not None and subject.dep_ == "nsubj" else token


def _whose_antecedent(token: Token) -> Token:
    """The noun "whose" stands for: "Obama, whose criticism of Trump has sharpened" is
    Obama's criticism (the possessed noun's clause is a relative clause on Obama)."""
    node = token.head
    for _ in range(_RELATIVE_DEPTH):
        if node.dep_ == "relcl":
            return node.head
        node = node.head
    return token


#: Acts two sides do with each other ("met", "teamed up"); not agreeing in general, which each
#: side may do with a third ("X and Y signed on for the show", "he and the others took the
#: pledge").
_SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
#: Agreeing words that name a deal between the sides themselves: "Ryan and Trump agreed to
#: meet", "Hale and Doe are close to a deal" (the guidelines: the second is target).
_MUTUAL_AGREEING = words("agree agreement deal accord pact treaty settlement settle compromise")


def _symmetric(agents: list[Token]) -> tuple[list[Token], list[Token]]:
    """ "Cruz and Rubio teamed up", "Obama and Putin met": the guidelines put the first of
    coordinated subjects of a symmetric event as agent and the other as target."""
    if len(agents) < 2 or agents[1].dep_ != "conj" or agents[1].head.i != agents[0].i:
        return agents, []
    return agents[:1], agents[1:2]


#: Words that name a quarrel two sides have with each other ("the two men sparred").
_MUTUAL_QUARRELS = words("spar squabble clash feud bicker quarrel tangle")
#: Tokens looked back for the pair "they" or "the two men" stands for (bounded: linear time).
_PAIR_REACH = 80
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _mutual(trig: Trigger) -> bool:
    """Whether the event is one two sides do with each other, so that a pair named as its
    subject is agent and target (the guidelines' rule for symmetric events)."""
    lemma = trig.token.lemma_.lower()
    if trig.sense.mode == OFFICE_MODE:
        return False  # "when Obama and Clinton took office": each holds an office, no partner
    return (
        trig.sense.type in _SYMMETRIC_TYPES
        or (trig.sense.type == "AGREE" and lemma in _MUTUAL_AGREEING)
        or (trig.sense.type == "ACCUSE" and lemma in _MUTUAL_QUARRELS)
    )


def _refers_to_pair(token: Token) -> bool:
    """ "they", "the two men", "both candidates": a plural that may stand for two named actors."""
    if token.lower_ == "they":  # (not a quotation's "we", often people in general)
        return True
    return token.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("nummod", "det") and c.lower_ in ("two", "both") for c in token.children
    )  # not "three employees": a pair only


def _named_pair(token: Token, ctx: ExtractionContext) -> tuple[Token, Token] | None:
    """The nearest "X and Y" of two different actors before ``token``, in its sentence or the
    one before: "Cruz and Rubio ... had moments where they teamed up", "Clinton and Ashton
    ... as they were having the meeting". The guidelines annotate no plural mention of two
    actors; a mutual event they do takes the first as agent and the second as target."""
    doc = token.doc
    start = token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    start = max(start, token.i - _PAIR_REACH)
    for i in range(token.i - 1, start - 1, -1):
        second = doc[i]
        if second.dep_ in _SUBJECTS and second.tag_ in ("NNS", "NNPS"):
            return None  # "canvassers would rank the voters they met": a nearer plural subject
        first = second.head
        if second.dep_ != "conj" or first.i >= second.i or first.i < start:
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
            continue
        if first.dep_ == "conj" or len([c for c in first.children if c.dep_ == "conj"]) != 1:
            continue  # "X, Y and Z": more than a pair
        a, b = ctx.actor_of(first), ctx.actor_of(second)
        if a is not None and b is not None and a.id != b.id:
            return first, second
    return None


_TITLE_REACH = 8


def _titled_name(token: Token) -> Token:
    """The name coordinated titles belong to: "a lunch with union leader and radio
    host Ned Fallow", "attacking Green candidate and former mayor Carl
    Denby" -- titles without a determiner or comma before a name are no mention of their
    own (the guidelines), whatever the parser coordinates. (Not "the governor and Senator X".)"""
    doc = token.doc
    if token.tag_ != "NN" or token.ent_type_ or token.i + 1 >= len(doc):
        return token  # (not "scuffles between reporters and Mr. Hale's aides")
    if doc[token.i + 1].lower_ != "and" or any(c.dep_ in ("det", "poss") for c in token.lefts):
        return token
    for later in doc[token.i + 2 : token.i + _TITLE_REACH]:
        if later.ent_type_ == "PERSON":
            if later.ent_iob_ != "B":
                continue
            end = later
            while end.i + 1 < len(doc) and doc[end.i + 1].ent_iob_ == "I":
                end = doc[end.i + 1]
            if end.dep_ == "poss" or (end.i + 1 < len(doc) and doc[end.i + 1].tag_ == "POS"):
                return token  # "the mayor and Mr. Trump's aide": the name owns another noun
            return end  # the name's last word, where its actor is looked up
        if later.pos_ not in ("ADJ", "NOUN", "PROPN") or later.ent_type_:
            return token
    return token


def _received_roles(
    trig: Trigger, ctx: ExtractionContext, tree: Tree
) -> tuple[list[Token], list[Token]] | None:
    """Roles of a noun its lexicon entry lets stand as backing received ("won the support
    of X": X backs the subject) -- read the other way round from the noun's own roles. The
    receiver must be someone ("the decision received support from X" backs no one named)."""
    needs = re.split(r"[+/]", trig.sense.needs or "")
    if not trig.nominal or received_nouns.TAKEN not in needs:
        return None
    found = received_nouns.roles(trig.token, tree)
    if found is None:
        return None
    agents, targets = found
    targets = [t for t in targets if is_actorlike(t, ctx, tree)]
    return (agents, targets) if targets else ([], [])


#: Where the one who asks a verb "interview" stands when the clause names no asker: "was
#: interviewed on Fox and Friends", "interviewed by the Chicago Tribune" (the "by" is read
#: as the passive's agent first).
_INTERVIEWED_ON = frozenset({"on"})


def _interviewed_roles(
    trig: Trigger,
    askers: list[Token],
    answerers: list[Token],
    ctx: ExtractionContext,
    tree: Tree,
) -> tuple[list[Token], list[Token]]:
    """The verb "interview" read the guidelines' way round: the one interviewed is the
    agent of the CONSULT, the interviewer (an outlet, a reporter, investigators) its target
    (round-10 ruling, kept by rounds 11 and 14: "Mitchell interviewed Sanders", "the FBI is
    interviewing top aides", "Miller has been questioned by the FBI" have the one
    questioned as agent). The parse gives the asker as subject or "by"-agent, so the two
    lists swap, when the one interviewed is a person by name or pronoun or a body asks; a
    person questioning people a noun names ("she interviewed former colleagues" for a book,
    "each time he interviewed someone" for a job) keeps the asker as agent, as round 18 has
    it. A passive with no "by" takes the show it was on ("interviewed on CNN")."""
    named = any(t.tag_ in ("PRP", "NNP", "NNPS") for t in answerers)
    body_asks = any(is_actorlike(t, ctx, tree) and not person_like(t, ctx, tree) for t in askers)
    if not (named or body_asks):
        return askers, answerers
    if not askers and answerers:
        askers = list(prep_objects(trig.token, _INTERVIEWED_ON, tree))
    return answerers, askers


#: Entity kinds of a name before a controversy that it is about ("the Lerner controversy").
_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Prepositions and participles naming what a controversy is about.
_CONTROVERSY_ABOUT = frozenset({"over", "around", "about", "surrounding", "involving", "of"})
#: Verbs whose subject sets a controversy off and so is its target: "stirred controversy".
_STIRRING = words("stir spark cause ignite provoke create trigger fuel generate court touch")


def _controversy_targets(noun: Token, tree: Tree) -> list[Token]:
    """Who a controversy is about: its owner ("Clinton's email controversy"), a name before
    it ("the Lois Lerner email controversy"), what it is over, around or surrounding ("the
    controversy over the general's ties"; an actor's thing stands for its owner), or the
    subject of a verb that stirs it ("Trump stirred controversy"). The gold gives such
    quarrels no agent: the critics are nobody in particular."""
    targets: list[Token] = list(tree.kids(noun, "poss"))
    names = [
        t
        for left in noun.lefts
        for t in (left, *left.lefts)  # "the Lois Lerner email controversy": Lerner on "email"
        if t.dep_ in ("compound", "nmod") and t.ent_type_ in _NAMED_ENTITIES
    ]
    targets += names[-1:]
    targets += prep_objects(noun, _CONTROVERSY_ABOUT, tree)
    for participle in tree.kids(noun, "acl"):
        if participle.lower_ in _CONTROVERSY_ABOUT:
            targets += tree.kids(participle, "dobj")  # "the controversy surrounding his remarks"
    head = noun.head
    if not targets and noun.dep_ == "dobj" and head.lemma_.lower() in _STIRRING:
        subject = subject_of(head, tree)
        if subject is not None and subject.dep_ == "nsubj":
            targets.append(subject)
    return targets


#: Prepositions naming what someone is displeased at: "angered at X", "annoyed over X's vote".
_DISPLEASED_AT = frozenset({"at", "over", "about", "with"})


def _displeased_roles(
    verb: Token, doers: list[Token], undergoers: list[Token], tree: Tree
) -> tuple[list[Token], list[Token]]:
    """A verb of displeasure read the guidelines' way round: the one angered or infuriated
    voices the criticism (ACCUSE agent), what angered them -- its owner, for an act -- is
    its target ("His remarks angered Republicans", "she was infuriated by the media", "X,
    angered that party leaders ignored him"). The verb reader gives the subject or "by"-agent
    as doer and the object or a passive's subject as undergoer, so the two lists swap; with
    no doer named, a "that"-clause's subject or an "at"/"over"-object is what displeased.
    With neither an object nor a passive the parser has read the participle as a finite verb
    ("Doe, angered that Reed ...": Doe its subject), whose subject is the one displeased."""
    undergoing = verb.dep_ in ("acl", "amod") or any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children
    )
    if not undergoing:
        return doers, undergoers or list(prep_objects(verb, _DISPLEASED_AT, tree))
    agents, targets = undergoers, doers
    if not targets:
        targets = _content_subjects(verb, tree) or list(prep_objects(verb, _DISPLEASED_AT, tree))
    return agents, targets


#: Types of the measures a caller would impose himself: a ban, a deportation, a wall.
_CALLED_MEASURE_TYPES = frozenset({"COERCE"})
#: Nouns of a caller's own proposal ("his call for a ban", "Trump's calls to deport").
_CALL_WORDS = frozenset({"call", "calls"})


def _called_for(token: Token) -> Token | None:
    """The "call" that asks for the measure ``token`` names: "calling for a ban", "a call
    for banning", "his call to deport" (the measure's noun, gerund or infinitive)."""
    head = token.head
    if token.dep_ in ("pobj", "pcomp") and head.lower_ == "for" and head.dep_ == "prep":
        call = head.head
    elif token.dep_ in ("acl", "xcomp") and token.tag_ == "VB":
        call = head
    else:
        return None
    return call if call.lemma_.lower() in _CALL_WORDS else None


def _measure_caller(token: Token, tree: Tree) -> list[Token]:
    """Who calls for a restriction names its author: "Trump calling for a ban on Muslims",
    "his call for a Muslim ban", "Hale's call to bar all new arrivals". The guidelines
    make a pledged or proposed ban, wall or deportation a COERCE by its author (rulings of
    rounds 5 and 16); the train gold gives the caller as agent of such calls (10 of 13 bans
    on rounds 5-20). Only restrictions: a boycott or a resignation called for is done by
    others ("urged a boycott of her address", "called for him to quit")."""
    call = _called_for(token)
    if call is None:
        return []
    if call.pos_ in ("VERB", "AUX"):
        subject = subject_of(call, tree)
        return [] if subject is None else [subject]
    owners = tree.kids(call, "poss")
    if owners:
        return owners[:1]  # "his call for", "Trump's calls to"
    named = [c for c in tree.kids(call, "compound") if c.ent_type_ in ("PERSON", "ORG")]
    if named:
        return named[:1]  # "the Trump call for a ban"
    return list(prep_objects(call, _BY, tree))[:1]


def find_roles(
    trig: Trigger, ctx: ExtractionContext, tree: Tree, pronouns: PronounResolver | None = None
) -> Roles:
    """Participants and place of one trigger; mentions always kept, actor ids where resolved."""
    received = _received_roles(trig, ctx, tree)
    cheered = cheered_by(trig.token) if trig.sense is CHEERED else None
    if received is not None:
        agents, targets = received
    elif cheered is not None:
        agents, targets = [cheered[0]], [cheered[1]]  # "Wallace said, as the crowd cheered"
    elif trig.sense.mode == "supporter" or _critic(trig.token) or _giver(trig.token):
        agents, targets = _supporter_roles(trig.token, tree)
    elif trig.sense.mode == AWARD_MODE:
        # "X, a Nobel Prize winner": the one described is honoured, the giver unnamed
        agents, targets = [], _supporter_roles(trig.token, tree)[0]
    elif trig.sense.mode == OFFICE_MODE and trig.nominal:
        agents, targets = [past_office_holder(trig.token)], []  # "former Sen. X": no target
    elif trig.sense.mode == RANK_MODE:
        agents, targets = rank_roles(trig.token)  # "Army Capt. X": the officer, the Army
    elif trig.sense.mode == "staff":
        agents, targets = _staff_roles(trig.token, tree)
        if titles_a_name(trig.token):
            targets = [t for t in targets if not _unmarked_employer(t, ctx)][:1]
        else:
            targets = _campaign_or_name(targets, ctx)
    elif trig.nominal and trig.sense.needs == PARTY_WON and (won := party_roles(trig.token)):
        # "her party's nomination": the party backs her; "Kasich secured the GOP nomination"
        getter = won[1] or subject_of(trig.token.head, tree)
        agents, targets = [won[0]], [] if getter is None else [getter]
    elif trig.nominal and trig.sense.needs == PRAYED_FOR and (prayed := prayer_roles(trig.token)):
        agents, targets = prayed  # "our prayers are with the victims"
    elif trig.nominal and trig.sense.mode == CONTROVERSY_MODE:
        agents, targets = [], _controversy_targets(trig.token, tree)
    elif trig.nominal:
        agents, targets = _nominal_roles(trig, tree, ctx)
    else:
        agents, targets = _verbal_roles(trig, tree)
        if trig.sense.mode == "served":
            targets = _served_employers(trig.token, tree)
        if trig.sense.mode == UNADDRESSED_MODE:
            targets = []  # "skirted the question from the moderator": nobody is refused
        if trig.sense.mode == "interview":
            agents, targets = _interviewed_roles(trig, agents, targets, ctx, tree)
        if trig.sense.type == "ACCUSE" and trig.token.lemma_.lower() in DISPLEASING:
            agents, targets = _displeased_roles(trig.token, agents, targets, tree)
    if not agents and trig.sense.type in _CALLED_MEASURE_TYPES:
        agents = _measure_caller(trig.token, tree)  # "Trump's call for a ban on X": Trump bans
    if not targets and _mutual(trig):
        agents, targets = _symmetric(agents)
        if len(agents) == 1 and not targets and _refers_to_pair(agents[0]):
            pair = _named_pair(agents[0], ctx)
            if pair is not None:
                agents, targets = [pair[0]], [pair[1]]
    anchors = tuple(a for a in (trig.token, trig.governor) if a is not None)
    visit = trig.sense.mode == "visit"
    place_token = _where(trig, anchors, tree, visit)
    if place_token is not None and place_token in targets and not visit:
        place_token = None  # "attacked Kyiv": the city is the target, not just the place
    seen: set[int] = set()
    participants: list[Participant] = []

    def add(role: str, tokens: Iterable[Token]) -> None:
        for tok in tokens:
            tok = _antecedent(tok)  # "the soldiers who were killed": the soldiers, not "who"
            tok = _titled_name(tok)  # "labor leader and radio host Tom Hale"
            if role == "agent" and not trig.nominal:
                tok = _author(tok, ctx, tree)  # "X ran an ad attacking Y": X attacks Y
            if role == "target" and trig.sense.type == "SUPPORT":
                tok = _bid_owner(tok, tree)  # "supporting Marco Rubio's campaign": Rubio
            if tok.ent_type_ in ("CARDINAL", "QUANTITY"):
                wholes = _partitive_of(tok, tree)  # "dozens of lawmakers", "two of the senators"
                tok = wholes[0] if wholes else tok
            if (
                tok.i in seen
                or tok.i == trig.token.i
                or tok.is_punct
                # a counted group only in its own clause: "84 were killed and 200 wounded"
                # gives the wounding no 84
                or (
                    tok.ent_type_ in _NOT_ACTORS
                    and not (counted_victims(tok) and tok.head.i == trig.token.i)
                    and not _outlet_title(tok)
                )
            ):
                continue
            seen.add(tok.i)
            # "Trump attacked him": an object pronoun is not its own clause's subject
            exclude = (
                {p.actor for p in participants if p.role == "agent" and p.actor}
                if role == "target" and tok.tag_ == "PRP"
                else set()
            )
            participants.append(participant(role, tok, ctx, tree, pronouns, exclude))

    add("agent", agents)
    add("target", targets)
    _unlink_own_things(participants, ctx, tree, trig.sense.type in _JUDGING_TYPES, pronouns)
    if visit and place_token is not None and not any(p.role == "target" for p in participants):
        add("target", [place_token])  # a visit to Beijing is a visit to China
    if visit:
        _unlink_places(participants, ctx)
    add("instrument", _instruments(trig, tree))
    where: Place | None = None
    if place_token is not None:
        start, end = np_bounds(place_token, tree)
        ent = tree.ent(place_token)
        actor = ctx.actor_at(start, end)
        where = Place(
            mention=ctx.span(start, end),
            actor=actor.id if actor else None,
            name=ent.text if ent is not None else place_token.text,
        )
        add("location", [place_token])
    return Roles(participants, where, anchors)
