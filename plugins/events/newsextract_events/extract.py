"""From a parsed document to validated-ready :class:`Event` records.

The steps are separate modules (triggers, roles, timing, modality, linking);
this one only runs them in order for each trigger and applies the precision
filters that need the whole picture: an event needs at least one participant
that can be an actor, and a violent verb between two people is a verbal
attack (ACCUSE), not an ASSAULT.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsextract import (
    Allegation,
    Event,
    ExtractionContext,
    Participant,
    TimeRef,
)
from newsextract.people_nouns import UNIT_NOUNS, names_people
from newsextract.reporting_verbs import SAY_VERBS

from .honours import unnamed_giver
from .implicit_roles import cheered_clause, implicit_roles, visit_holder
from .learned_roles import UNNAMED_MODE
from .learned_triggers import (
    TWO_SIDED,
    Candidate,
    Gate,
    TriggerWeights,
    mark_gated,
    rejected_candidates,
)
from .lexicon import VERB_SENSES, VERBS, Sense, words
from .linking import claim_index, cue_index
from .merging import NO_OCCASION, Occasion, merge_repeated, trigger_family
from .modality import modality_of
from .noun_lexicon import NOUNS
from .occasions import share_dates
from .offices import OFFICE, SEATED_OFFICES, office_held, office_served, past_office_triggers
from .participant_actors import names_new_actor
from .pronouns import PronounResolver
from .ranks import rank_triggers
from .roles import (
    Roles,
    find_roles,
    is_actorlike,
    person_like,
    without_any_candidate,
)
from .syntax import Tree, is_passive, subject_of
from .timing import (
    DateIndex,
    dates_a_clause,
    no_calendar_unit,
    preference,
    resolve_date,
    undertaking_date,
    when_of,
)
from .triggers import Trigger, find_triggers

__all__ = ["extract_events", "trigger_gate"]

_VERBAL_ATTACK = Sense("ACCUSE", "disapprove")
#: A nominal attack in words needs someone or someone's thing attacked ("attacks on
#: Clinton", "his attacks on her record"): "his attacks", "Trump's attack" alone name a
#: campaign's tone, seldom an event the analysts code (gold had few such).
_VERBAL_ATTACK_NOUN = Sense("ACCUSE", "disapprove", needs="owned")
#: Adverbs that move a clause off the narration's current date ("He later walked back his
#: remarks" after "In March, X said ...": after March, not in it).
_TIME_SHIFTS = words("earlier previously formerly once before already meanwhile later")
_PLACE_ONLY_ROLES = ("agent", "target", "location")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}")  # "9/11"
_REFLEXIVES = frozenset(
    {"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself", "oneself"}
)


def _token_at(trig: Trigger, participant: Participant) -> int:
    """Index of the participant's head token (the last token of its mention)."""
    doc = trig.token.doc
    span = doc.char_span(
        participant.mention.start, participant.mention.end, alignment_mode="expand"
    )
    return span.root.i if span is not None else trig.token.i


def _verbal_attack(
    agent: Token | None, target: Token | None, ctx: ExtractionContext, tree: Tree
) -> bool:
    """Whether "attack" is criticism: a named person or "he"/"she" attacking, or being attacked.

    Political news uses the violent verbs for words far more than for
    violence ("Trump attacked Clinton", "attacked loopholes"); armed groups,
    states and unnamed gunmen attacking places, forces or groups stay ASSAULT.
    """
    if agent is not None and (person_like(agent, ctx, tree) or _political(agent, ctx)):
        return True
    if target is None:
        return False
    # "attacks on her record": a person's record, remarks, policies are attacked in words
    return (
        person_like(target, ctx, tree)
        or _political(target, ctx)
        or any(
            person_like(owner, ctx, tree) or _political(owner, ctx)
            for owner in tree.kids(target, "poss")
        )
    )


#: Players of politics whose attacks are words: parties, campaigns, PACs, rivals, critics.
_POLITICAL_NOUNS = words(
    """campaign campaigns pac pacs party parties republicans democrats gop rival rivals
    opponent opponents challenger challengers candidate candidates critic critics"""
)
#: Modifiers that make a group a political one: "conservative groups", "outside groups".
_POLITICAL_MODIFIERS = words("conservative liberal outside political advocacy progressive pac")


def _political(token: Token, ctx: ExtractionContext) -> bool:
    """Whether a participant is a player of politics or the press ("conservative groups",
    "the Cruz campaign", "a super PAC", "his rivals", "the media"): their attacks, and
    attacks on them, are in words (campaign news: "ads attacking candidates", "$4 million in
    attacks from liberal outside groups"), while armed groups and states attack with arms."""
    actor = ctx.actor_of(token)
    if actor is not None:
        if actor.type == "media":
            return True
        if actor.type in ("country", "person"):
            return False
        if any(w.lower() in ("pac", "campaign", "party") for w in actor.name.split()):
            return True
    if token.lemma_.lower() in _POLITICAL_NOUNS or token.lower_ in _POLITICAL_NOUNS:
        return True
    return any(
        c.lower_ in _POLITICAL_MODIFIERS for c in token.children if c.dep_ in ("amod", "compound")
    )


#: Modifiers that make an attack one in words: "Twitter attacks", "a verbal attack".
_WORDY_ATTACKS = words("verbal personal twitter tweet ad negative rhetorical")


def _attacks_from(noun: Token, agent: Token | None) -> bool:
    """ "faced attacks from Bush", "further attacks by Mr. Trump", "Trump's Twitter attacks":
    a person's attacks the text sends from someone, or marks as words, are criticism of
    the one who faces them even when no one attacked is named ("his attacks" alone names a
    campaign's tone, which the "owned" condition keeps out). Only the plural: a campaign's
    attacks come in series, while "the brutal attack from X", "a planned attack by X" is
    one act of violence."""
    if agent is None:
        return False
    if any(c.lower_ in _WORDY_ATTACKS for c in noun.children if c.dep_ in ("amod", "compound")):
        return True
    return (
        noun.tag_ == "NNS"
        and agent.dep_ == "pobj"
        and agent.head.lower_ in ("from", "by")
        and agent.head.head.i == noun.i
    )


def _has_actor_target(
    trig: Trigger,
    target: Token | None,
    agent: Token | None,
    ctx: ExtractionContext,
    tree: Tree,
    resolved: bool = False,
) -> bool:
    """For "meet"-like triggers: an actor met, or several actors meeting ("the leaders met")."""
    if (
        trig.token.pos_ == "VERB"
        and trig.token.dep_ != "acl"
        and is_passive(trig.token, tree)
        and trig.sense.type == "CONSULT"
    ):
        return False  # "was met with opposition", "has been met with"
    if target is not None:
        return resolved or is_actorlike(target, ctx, tree)
    if trig.particle is not None:
        return False  # "call on" with nobody called on
    if agent is None:
        return trig.nominal
    if _body(agent, ctx, tree):
        return True  # "the Security Council met", "the committee convened"
    return (
        agent.tag_ in ("NNS", "NNPS")
        or bool(tree.kids(agent, "conj"))
        or agent.lower_
        in (
            "they",
            "we",
        )
    )


def _body(agent: Token, ctx: ExtractionContext, tree: Tree) -> bool:
    """A named organisation, whose meeting is one of its members ("the Security Council met")."""
    actor = ctx.actor_of(agent)
    if actor is not None:
        return actor.type == "organization"
    ent = tree.ent(agent)
    return ent is not None and ent.label_ == "ORG"


def _named_by_date(noun: Token) -> bool:
    """An attack the text names by its day ("the 9/11 attacks", "the Sept. 11 terrorist
    attacks"): one known event even when no attacker or target is named."""
    return any(
        child.dep_ in ("nmod", "nummod", "compound")
        and (child.ent_type_ == "DATE" or _DAY_MONTH.fullmatch(child.text) is not None)
        for child in noun.children
    )


def _first_actor(roles: Roles, role: str) -> str | None:
    """The actor of the first participant in ``role`` (the one the scorer and merging read)."""
    return next((p.actor for p in roles.participants if p.role == role), None)


def _person_target(
    roles: Roles, target: Token | None, trig: Trigger, ctx: ExtractionContext, tree: Tree
) -> bool:
    """Whether a sense that needs a person has one as target: a single person, or an actor
    other than the agent that the target's words stand for ("the donor who ...", "defended
    the company", "a Denver rancher whom X chose") -- never a thing ("fired missiles") nor a
    place ("the storm hit Florida")."""
    if target is None:
        return False
    if person_like(target, ctx, tree):
        return True
    actor_id = _standing_actor(roles, "target", trig.token.doc, trig, ctx, tree)
    actor = ctx.actor(actor_id)
    return (
        actor is not None
        and actor.type in _DEFENDED_TYPES
        and actor_id != _first_actor(roles, "agent")
    )


def _owned_by_other(
    target: Token | None, roles: Roles, ctx: ExtractionContext, tree: Tree, named: bool = False
) -> bool:
    """Whether the target is a thing another actor owns ("opposed Obama's outreach",
    "portrayed her use of the server", "cast Trump's responses as ..."): criticising
    someone's doing criticises them, so the guidelines make the owner the target. Not the
    agent's own thing ("defended his record", "hitting all of his core issues"). With
    ``named``, only a named owner counts: meeting or joining an actor's place, show or team
    ("visited the Clinton campaign's headquarters", "joined Canova's campaign team") is
    meeting that actor, but "asked her assistant" is no meeting with herself."""
    if target is None:
        return False
    agent = _first_actor(roles, "agent")
    for owner in tree.kids(target, "poss"):
        actor = ctx.actor_of(owner)
        if actor is None or actor.id == agent or owner.lower_ in _THING_PRONOUNS:
            continue
        # a pronoun owner is someone else's only beside a known agent: "the former
        # president described his outburst" is his own, whatever "his" resolved to
        if owner.pos_ != "PRON" or (agent is not None and not named):
            return True
    return False


def _judges_owner(sense: Sense, target: Token | None, ctx: ExtractionContext, tree: Tree) -> bool:
    """Whether judging a thing judges its owner: criticism of anyone's ("questioned Cruz's
    eligibility"), and backing of a person's thing ("defended Trump's remarks", "promote
    Sanders' candidacy": the round-4 ruling makes an actor's proposal or statement stand for
    its author) -- not a country's ("defend America's traditions"), not people the owner has
    ("celebrated his heroes"), not an appointment ("chose Trump's running mate")."""
    if sense.type == "ACCUSE":
        return True
    if sense.type != "SUPPORT" or sense.mode == "appoint" or target is None:
        return False
    if names_people(target.lemma_.lower()):
        return False
    return any(_person_owner(owner, ctx) for owner in tree.kids(target, "poss"))


def _person_owner(owner: Token, ctx: ExtractionContext) -> bool:
    """Whether an owner is a person: a person's name or pronoun, or a word whose actor is a
    person ("the president's policies")."""
    if owner.ent_type_ == "PERSON" or owner.lower_ in _PERSON_OWNERS:
        return True
    actor = ctx.actor_of(owner)
    return actor is not None and actor.type == "person"


#: Possessive pronouns that name a person (not "its", "their": a body or a country).
_PERSON_OWNERS = frozenset({"his", "her"})


#: Actors a sense that needs a person may have instead: people and bodies, not places
#: ("the storm hit Florida").
_DEFENDED_TYPES = frozenset({"person", "organization", "group"})


#: Pronouns that stand for things as often as for actors: their resolved actor is no proof.
_THING_PRONOUNS = frozenset({"it", "its", "this", "that", "which", "what", "these", "those"})


def _standing_actor(
    roles: Roles, role: str, doc: SpacyDoc, trig: Trigger, ctx: ExtractionContext, tree: Tree
) -> str | None:
    """The actor of the first participant in ``role`` when its words stand for that actor:
    a personal pronoun the resolver tied to someone ("he", "them", "who"), or a description
    in apposition to the actor's name ("Oberndorf, a California investor who backed X") --
    not a thing the roles gave its owner's actor ("defended his record", "her account"),
    nor "it"."""
    participant = next((p for p in roles.participants if p.role == role and p.actor), None)
    if participant is None or participant.actor is None:
        return None
    head = doc[_token_at(trig, participant)]
    if head.lower_ in _THING_PRONOUNS:
        return None
    if head.pos_ == "PRON" or head.tag_ in ("PRP", "WP"):
        return participant.actor
    own = ctx.actor_of(head)
    if own is not None:
        return participant.actor if own.id == participant.actor else None
    if head.dep_ == "appos" and not tree.kids(head, "poss"):
        name = ctx.actor_of(head.head)
        return participant.actor if name is not None and name.id == participant.actor else None
    return None


def _actor_or_owned(token: Token, ctx: ExtractionContext, tree: Tree) -> bool:
    """An actor, or a thing an actor owns ("Christie's leadership", "the fairness of the
    moderators", "the policies of the Obama administration")."""
    owners = [
        *tree.kids(token, "poss"),
        *(g for of in tree.kids(token, "prep") if of.lower_ == "of" for g in tree.kids(of, "pobj")),
    ]
    return is_actorlike(token, ctx, tree) or any(is_actorlike(o, ctx, tree) for o in owners)


_LEADER_NOUNS = words(
    """leader leaders minister ministers official officials president presidents head heads
    delegate delegates delegation lawmakers senators envoys diplomats negotiators governors
    mayors chiefs executives"""
)


def _leaders(agent: Token, ctx: ExtractionContext, tree: Tree) -> bool:
    """Agents whose gathering is a meeting: named bodies, states, or leaders and officials."""
    ent = tree.ent(agent)
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
        return True
    actor = ctx.actor_of(agent)
    if actor is not None and actor.type in ("organization", "country"):
        return True
    return agent.lemma_.lower() in _LEADER_NOUNS or agent.lower_ in _LEADER_NOUNS


def _same_paragraph(prev_end_char: int, text: str) -> bool:
    """Whether no paragraph break follows a sentence ending at ``prev_end_char``."""
    gap_start = prev_end_char
    while gap_start > 0 and text[gap_start - 1].isspace():
        gap_start -= 1
    gap_end = prev_end_char
    while gap_end < len(text) and text[gap_end].isspace():
        gap_end += 1
    return "\n" not in text[gap_start:gap_end]


def _names_no_date(sent: SpacySpan, ctx: ExtractionContext, tree: Tree) -> bool:
    """Whether the sentence names a time with no calendar unit ("Pence met X last week"): the
    guidelines' null, which the clause's reading already gave; no date of the sentence before
    it stands in for it."""
    return any(
        no_calendar_unit(ent.text) and not ctx.in_dateline(ent.start_char, ent.end_char)
        for ent in _date_entities(sent, tree)
    )


def _coming(when: TimeRef | None, ctx: ExtractionContext) -> bool:
    """Whether the date lies after publication: a simple-past act told after "will visit Ohio
    on March 20" or "ahead of the June 23 referendum" did not happen on that coming day (nor
    on the same date a year before, as the past reading of "March 20" would have it)."""
    published = ctx.published
    return (
        when is not None
        and when.start is not None
        and published is not None
        and when.start > published
    )


def _narrative_past(trig: Trigger, modality: str, tree: Tree) -> bool:
    """A simple-past main clause of narration ("Cruz exhorted ...", not "has said", "will")."""
    token = trig.token
    if modality != "asserted" or trig.nominal or token.dep_ not in ("ROOT", "conj"):
        return False
    clause = [token, token.head] if token.dep_ == "conj" else [token]
    if any(tree.kids(verb, "aux") for verb in clause):
        return False  # "has called X ... and accused Y": the auxiliary is shared
    if any(adv.lower_ in _TIME_SHIFTS for verb in clause for adv in tree.kids(verb, "advmod")):
        return False  # "Earlier, China accused ...": the story steps out of its timeline
    if token.tag_ == "VBD":
        return True
    # the simple past passive: "Cruz was booed off the stage"
    auxpass = tree.kids(token, "auxpass")
    return token.tag_ == "VBN" and len(auxpass) == 1 and auxpass[0].lower_ in ("was", "were")


def _last_date(
    sent: SpacySpan, ctx: ExtractionContext, trig: Trigger, modality: str, tree: Tree
) -> TimeRef | None:
    """The last date of a sentence of narration ("... just as he did in 2012."), if it resolves.

    A dateline ("FLINT, Mich., Oct. 4 (UPI) -") dates no event: it says when the story was
    filed, whether or not the parser ran it into the story's first sentence.
    """
    key = f"last_date:{sent.start}"
    if key not in tree.memo:
        tree.memo[key] = _last_date_entity(sent, _date_entities(sent, tree), ctx)
    last = tree.memo[key]
    if not isinstance(last, SpacySpan):
        return None
    return resolve_date(last, ctx, preference(trig, modality, tree))


_DATES_BY_SENTENCE = "dates_by_sentence"


def _date_entities(sent: SpacySpan, tree: Tree) -> list[SpacySpan]:
    """The DATE entities inside ``sent``, in order, from a per-document index.

    ``Span.ents`` walks every entity of the document, so asking each sentence for its own
    would cost the number of sentences times the number of entities."""
    memo = tree.memo.get(_DATES_BY_SENTENCE)
    if isinstance(memo, dict):
        index: dict[int, list[SpacySpan]] = memo
    else:
        index = {}
        for ent in tree.doc.ents:
            if ent.label_ == "DATE":
                index.setdefault(ent.sent.start, []).append(ent)
        tree.memo[_DATES_BY_SENTENCE] = index
    found = index.get(sent.start, [])
    return [ent for ent in found if ent.end <= sent.end]


def _last_date_entity(
    sent: SpacySpan, dates: list[SpacySpan], ctx: ExtractionContext
) -> SpacySpan | None:
    """The last DATE entity (of ``dates``, the sentence's) of a sentence with a verb, outside a
    dateline (computed once per sentence)."""
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    for ent in reversed(dates):
        if ctx.quote_at(ent.start_char) is not None or ent.root.head.lower_ == "since":
            # a speaker's time ("... past Inauguration Day next year," Bolton charged) or a
            # state that goes on ("stationed there since 2014") is no time the story is at
            return None
        if not ctx.in_dateline(ent.start_char, ent.end_char):
            # "... who ran for the Senate in 2008. He endorsed X": a description's date is
            # not the story's
            return ent if dates_a_clause(ent) else None
    return None


_ALLEGING = Sense("ACCUSE", "allege")
#: Allegation cues that describe a person, not an act ("a harsh critic of X").
_NOT_ACTS = words("critic critics")


def _allegation_triggers(
    ctx: ExtractionContext, fired: set[int]
) -> dict[int, tuple[Trigger, Allegation]]:
    """ACCUSE triggers from the allegations plugin's records, by the cue's head token.

    "Trump claimed that Clinton started the controversy" imputes wrongdoing to
    an actor: it is an accusation (PLOVER ACCUSE, mode allege) whose agent is
    the accuser and target the accused, although "claim" itself is no ACCUSE
    word (most claims accuse no one). Only where both are actors, the stance is
    asserted, the cue is a verb or noun that is no lexicon word (whose sense
    conditions decide), and no trigger fired on it.
    """
    doc = ctx.doc
    found: dict[int, tuple[Trigger, Allegation]] = {}
    for allegation in ctx.allegations:
        cue = allegation.cue
        if (
            cue is None
            or allegation.stance != "asserted"
            or allegation.accuser is None
            or allegation.accuser_mention is None
            or not allegation.accused
            or not allegation.accused_mentions
            or allegation.accuser in allegation.accused
        ):
            continue
        span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if span is None or any(t.i in fired for t in span):
            continue
        head = span.root
        lemma = head.lemma_.lower()
        if head.pos_ not in ("VERB", "NOUN") or lemma in _NOT_ACTS:
            continue
        if lemma in VERBS or lemma in VERB_SENSES or lemma in NOUNS:
            continue  # a lexicon word whose own sense conditions failed ("led the charge on")
        trig = Trigger(head, _ALLEGING, head.pos_ == "NOUN")
        found.setdefault(head.i, (trig, allegation))
    return found


def _allegation_roles(allegation: Allegation, trig: Trigger) -> Roles:
    accused_mention = allegation.accused_mentions[0]
    assert allegation.accuser_mention is not None  # checked by _allegation_triggers
    participants = [
        Participant(role="agent", actor=allegation.accuser, mention=allegation.accuser_mention),
        Participant(role="target", actor=allegation.accused[0], mention=accused_mention),
    ]
    return Roles(participants, None, (trig.token,))


def _sentence_part(token: Token, ctx: ExtractionContext) -> int:
    """Where the token's sentence starts, or its paragraph when a paragraph break falls
    inside the parsed sentence (a headline the parser ran into the lead is its own)."""
    start = token.doc[ctx.sentence_start(token.i)].idx
    return max(start, ctx.text.rfind("\n", start, token.idx) + 1)


def _group_backing(roles: Roles, doc: SpacyDoc) -> bool:
    """Whether the agent of backing a named actor is a group an actor noun names
    ("progressive organizations that have endorsed him", "convention delegates who backed
    X"): the refine step makes it an actor, and the guidelines make such groups actors when
    they act -- not a poll's share of voters ("supported by 42 percent")."""
    agent = next((p for p in roles.participants if p.role == "agent"), None)
    if agent is None or _first_actor(roles, "target") is None:
        return False  # "delegates must vote for the candidate": no one in particular backed
    span = doc.char_span(agent.mention.start, agent.mention.end, alignment_mode="expand")
    return span is not None and names_new_actor(span)


#: Clause links that climb from a backing verb to the pronoun its clause describes
#: ("those who would rather support X": relcl, then xcomp).
_DESCRIBING_DEPS = frozenset({"acl", "relcl"})
_CLIMBING_DEPS = frozenset({"acl", "relcl", "xcomp", "conj", "ccomp"})
_MAX_CLIMB = 3


def _unnamed_backers(trig: Trigger, roles: Roles, doc: SpacyDoc) -> bool:
    """Whether the backers are "those" the backing clause itself describes ("those who
    support him", "those currently voting for Sanders"): people the text leaves unnamed
    and unbounded, whose support the guidelines keep as SUPPORT with no agent actor (a generic
    class's event "has no agent": the "those" participant stays, with no actor, so
    the text shows who backs); not a poll's share ("42 percent") nor a group an actor
    noun names (``_group_backing``). The named target must be an actor."""
    agent = next((p for p in roles.participants if p.role == "agent"), None)
    if agent is None or agent.actor is not None or _first_actor(roles, "target") is None:
        return False
    backers = doc[_token_at(trig, agent)]
    if backers.lower_ != "those":
        return False
    node = trig.token
    for _ in range(_MAX_CLIMB):
        if node.dep_ not in _CLIMBING_DEPS:
            return False
        if node.dep_ in _DESCRIBING_DEPS and node.head == backers:
            return True
        node = node.head
    return False


#: Nouns of backing no poll measures: an audience's acclaim (round 5: applause and cheering
#: are SUPPORT) and prayers for someone (like condolences, round 17).
_UNPOLLED_NOUNS = words("applause ovation cheer prayer")


def _unpolled_backing(
    trig: Trigger, roles: Roles, target: Token | None, ctx: ExtractionContext, tree: Tree
) -> bool:
    """Whether the backing is acclaim or prayers someone gets from whoever the text need not
    name ("Clinton said, drawing cheers", "My prayers are with the town" in a
    tweet): the guidelines code them as SUPPORT toward the one backed (an actor, or people a
    noun names, whom the refine step makes one), with a null agent when no one is named;
    neither is ever a poll's share."""
    lemma = trig.token.lemma_.lower()
    # (a plural the lemmatizer kept: "cheers", "prayers")
    if not trig.nominal or (
        lemma not in _UNPOLLED_NOUNS and lemma.removesuffix("s") not in _UNPOLLED_NOUNS
    ):
        return False
    return _first_actor(roles, "target") is not None or (
        target is not None and is_actorlike(target, ctx, tree)
    )


#: Auxiliaries that open a yes/no question put to the reader ("Do you support X?").
_PROMPT_AUXILIARIES = frozenset({"do", "would", "will"})
#: Verbs that tell who asked a question the sentence before ("..., Paul Miller asked").
_ASKING_VERBS = SAY_VERBS | frozenset({"shout", "yell", "wonder", "cry", "demand"})


def _reader_prompt(trig: Trigger, roles: Roles, doc: SpacyDoc) -> bool:
    """Whether the backing is a prompt put to the reader ("Do you support Mayor Hale?
    Like the page"): the round-14 ruling keeps it as SUPPORT with no agent, the generic
    "you" naming no one; a poll's share it is not. Only a paragraph's own opening
    yes/no question ("Do/Would/Will you ...?") outside quotation marks, with a named
    target: a question asked in an interview ("will you vote for him?") is put to the
    person interviewed."""
    agent = next((p for p in roles.participants if p.role == "agent"), None)
    if agent is None or agent.actor is not None or _first_actor(roles, "target") is None:
        return False
    sent = trig.token.sent
    words_ = [t for t in sent if not t.is_space]
    if len(words_) < 3 or words_[-1].text != "?":
        return False
    opener, subject = words_[0], words_[1]
    if opener.lower_ not in _PROMPT_AUXILIARIES or subject.lower_ != "you":
        return False
    if doc[_token_at(trig, agent)].i != subject.i:
        return False
    line = doc.text.rfind("\n", 0, opener.idx) + 1
    if doc.text[line : opener.idx].strip(" \t"):
        return False
    return not _asked_by_someone(sent, doc)


def _asked_by_someone(question: SpacySpan, doc: SpacyDoc) -> bool:
    """Whether the next sentence of the question's paragraph says who asked it, with no
    quotation marks ("Will you vote for Jane Doe? Paul Miller asked the crowd."): a question
    put to a crowd or a person, not to the reader."""
    after = question.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc):
        return False
    root = doc[after].sent.root
    return (
        root.lemma_ in _ASKING_VERBS
        and any(c.dep_ == "nsubj" for c in root.children)
        and "\n" not in doc.text[question.end_char : root.idx]  # the same paragraph
    )


def _made_target(roles: Roles, doc: SpacyDoc, agent: Token) -> bool:
    """Whether the target is someone only a noun names, whom the refine step makes an actor
    ("held a conference call with researchers", "instructed employees not to ...", "named
    five people to the committee"): the guidelines make whoever takes part an actor. Not
    the agent's own kind ("women who vote for women"), nor a poll's share or "any officials"
    (``names_new_actor``)."""
    participant = next((p for p in roles.participants if p.role == "target"), None)
    if participant is None or participant.actor is not None:
        return False
    span = doc.char_span(
        participant.mention.start, participant.mention.end, alignment_mode="expand"
    )
    return (
        span is not None
        and span.root.lemma_.lower() != agent.lemma_.lower()
        and names_new_actor(span)
    )


def _applied_by_thing(
    trig: Trigger, agent: Token | None, acting: bool, ctx: ExtractionContext, tree: Tree
) -> bool:
    """Whether a thing, not an actor, applies the pressure ("the ruling will increase the
    pressure on her", "the decision put pressure on him": a circumstance): the agent the roles
    read, or else the subject of the verb taking the noun as object. Pressure no one applies
    ("there was pressure on Clinton", "is under pressure") is a request with no agent."""
    if agent is not None:
        return not acting
    token = trig.token
    if token.dep_ != "dobj":
        return False
    subject = subject_of(token.head, tree)
    return subject is not None and not is_actorlike(subject, ctx, tree)


def _judged_sense(trig: Trigger, roles: Roles, ctx: ExtractionContext, tree: Tree) -> Sense | str:
    """The sense the trigger's event has, or why it names no event between actors (the
    name of the failed condition: kept apart so that a diagnostic can count the drops)."""
    doc = ctx.doc
    heads: dict[str, Token] = {}
    for participant in roles.participants:  # the first of each role
        heads.setdefault(participant.role, doc[_token_at(trig, participant)])
    # a nominal attack or protest may be known only by its place ("the Kabul attack")
    place_known = trig.nominal and trig.sense.type in ("ASSAULT", "PROTEST")
    roles_needed = _PLACE_ONLY_ROLES if place_known else ("agent", "target")
    people = [doc[_token_at(trig, p)] for p in roles.participants if p.role in roles_needed]
    if (
        not any(p.actor for p in roles.participants if p.role in roles_needed)
        and not any(is_actorlike(tok, ctx, tree) for tok in people)
        and not (place_known and _named_by_date(trig.token))
    ):
        return "no-actor"  # no one acts or is acted on: a generic mention, not an event
    sense = trig.sense
    agent, target = heads.get("agent"), heads.get("target")
    if target is not None and target.lower_ in _REFLEXIVES:
        return "reflexive"  # "shot himself", "defended himself": not an event between actors
    if sense.verbal_if_people and _verbal_attack(agent, target, ctx, tree):
        nominal_only = trig.nominal and not _attacks_from(trig.token, agent)
        sense = _VERBAL_ATTACK_NOUN if nominal_only else _VERBAL_ATTACK
    needs = (sense.needs or "").split("+")
    # "talks with the library's director, Paul Miller": an actor by apposition
    resolved = target is not None and any(
        ctx.actor_of(name) is not None for name in tree.kids(target, "appos")
    )
    if (
        "naming" in needs
        and target is not None
        and target.pos_ == "NOUN"
        and _first_actor(roles, "target")
    ):
        resolved = True  # "called Shelby's actions racially motivated" names Shelby's
    # "extols the virtues of Putin", "questioned the Russian hacking": the roles found
    # the thing's owner; an actor's thing is what "owned" asks for
    owned = target is not None and (
        _first_actor(roles, "target") is not None or _actor_or_owned(target, ctx, tree)
    )
    # a target the roles resolved to an actor ("met him", "the donor who ...") is one
    resolved = resolved or _standing_actor(roles, "target", doc, trig, ctx, tree) is not None
    acting = agent is not None and (
        is_actorlike(agent, ctx, tree)
        or _standing_actor(roles, "agent", doc, trig, ctx, tree) is not None
    )
    # an actor acting on someone a noun names: "met with reporters", "named five people"
    made = not resolved and acting and agent is not None and _made_target(roles, doc, agent)
    resolved = resolved or made
    if sense.mode == "served" and target is None and acting and office_served(trig):
        return OFFICE  # "served as U.S. attorney": a past office with no employer (round 19)
    if (
        "actor" in needs
        and not _has_actor_target(trig, target, agent, ctx, tree, resolved)
        and not (
            _first_actor(roles, "agent") is not None
            and _owned_by_other(target, roles, ctx, tree, named=True)
        )
    ):
        return "actor"
    if "owned" in needs and not owned:
        if office_held(trig, target, acting):
            return OFFICE  # "X, a law professor": a job with no employer (round 20)
        return "owned"  # "slammed the door", "questioned the data": no one criticised
    # people a noun names, not an institution ("defended mutual fund companies")
    made_people = made and target is not None and target.lemma_.lower() not in UNIT_NOUNS
    if (
        "person" in needs
        and not made_people
        and not _person_target(roles, target, trig, ctx, tree)
        and not (
            _judges_owner(sense, target, ctx, tree) and _owned_by_other(target, roles, ctx, tree)
        )
    ):
        return "person"  # "fired his campaign manager", not "fired missiles"
    if "leaders" in needs and (agent is None or not _leaders(agent, ctx, tree)):
        return "leaders"  # "leaders gathered" is a meeting; "100 people gathered" is not
    if "agent" in needs and not acting:
        return "agent"  # "praise" alone is no event; "praise from Putin" is
    if "unapplied" in needs and _applied_by_thing(trig, agent, acting, ctx, tree):
        return "agent"
    # one hired by a job noun is someone, the refine step's actor ("hired a pollster")
    hired = made and "hiredjob" in needs
    if sense.type == "SUPPORT" and target is not None and not owned and not hired:
        return "support-thing"  # "backed the idea": support for a thing, not between actors
    if (
        sense.type == "SUPPORT"
        and not acting
        and not _group_backing(roles, doc)
        and not _unnamed_backers(trig, roles, doc)
        and not _reader_prompt(trig, roles, doc)
        and not (unnamed_giver(trig) and _first_actor(roles, "target") is not None)
        and not _unpolled_backing(trig, roles, target, ctx, tree)
    ):
        return "support-poll"  # "56 percent would vote for X", "supported by 42 percent"
    return sense


#: The target conditions an actor's criticism or backing may fail and still be an event.
_UNNAMED_TARGET_NEEDS = frozenset({"owned", "actor"})
#: Types whose target is the one backed or given to.
_BACKING_TYPES = frozenset({"SUPPORT", "AID"})
#: Types whose events the guidelines code with a null target when the text names none.
_UNNAMED_TARGET_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
#: Determiners of an attack or protest no text places ("an attack", "any protest"): a kind
#: of act, not one that happened.
_INDEFINITE = frozenset({"a", "an", "any", "another", "no"})
#: Nominal types the guidelines code with null participants when the text names none.
_UNNAMED_VIOLENCE_TYPES = frozenset({"ASSAULT", "PROTEST"})


#: Particle verbs whose objects are mostly things taken or done, not criticised or refused:
#: "took on more debt", "could take on a national import".
_LOOSE_PARTICLE_VERBS = words("take")


def _acting_on_unnamed(trig: Trigger, roles: Roles) -> bool:
    """Whether a named actor criticises or backs something that names no actor ("Trump
    slammed the deal", "Cruz embraced a tougher approach"): the guidelines code such acts
    with a null target (or the one the role scorer finds), and the gold had one in four of
    them (session 21); without an actor agent they were no event (one in nine). Verbs
    only: the session-15 rulings keep a noun aimed at no one ("her endorsement", "filed a
    lawsuit") out."""
    if trig.sense.type not in _UNNAMED_TARGET_TYPES:
        return False
    if "naming" in (trig.sense.needs or "").split("+"):
        return False  # "called it a disaster": a thing named, no one criticised
    if trig.nominal:
        return False  # "her endorsement", "filed a lawsuit": no act toward anything told
    if trig.particle is not None and (
        trig.sense.type == "SUPPORT" or trig.token.lemma_.lower() in _LOOSE_PARTICLE_VERBS
    ):
        return False  # "took on more debt", "signed on": no act toward anything told
    return _first_actor(roles, "agent") is not None


def _unnamed_violence(trig: Trigger, roles: Roles) -> bool:
    """Whether an attack or protest noun names no participant at all ("after the
    shootings", "the protests spread"): the gold codes such mentions as events with null
    participants (one in five on train rounds 5-19, one in three on rounds 15-19), while a
    noun with a participant that is no actor ("the attack on tax cuts") seldom is one."""
    return (
        trig.nominal
        and trig.sense.type in _UNNAMED_VIOLENCE_TYPES
        and trig.token.dep_ != "compound"  # "a protest march": the march is the event
        and not any(p.role in _PLACE_ONLY_ROLES for p in roles.participants)
        and not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in trig.token.children)
    )


#: Verbs (with their particle) that name running against someone for office as well as
#: attacking them: "challenging Ayotte for her Senate seat", "taking on Sen. McCain".
_CONTEST_VERBS = frozenset({("challenge", None), ("take", "on")})
#: What a contest is for: "challenging McCain for the Arizona seat".
_OFFICES_SOUGHT = words("seat nomination office post presidency position job")
#: Where a contest takes place: "take on Trump in upcoming contests", "in a general election".
_CONTESTS = words(
    "race races primary primaries election elections contest contests runoff caucus caucuses"
)
#: Titles of an office holder (the incumbent a challenger runs against): the elected offices
#: and their abbreviations.
_INCUMBENT_TITLES = SEATED_OFFICES | words("sen. sen rep. rep representative gov. gov incumbent")


def _contested(verb: Token, obj: Token) -> bool:
    """Whether a "for"-phrase names an office sought or an "in"-phrase a race (on the verb or
    its object), or a progressive "is challenging" has an office holder by title as object."""
    for prep in (*verb.children, *obj.children):
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            lemma = pobj.lemma_.lower()
            if prep.lower_ == "for" and lemma in _OFFICES_SOUGHT:
                return True
            if prep.lower_ == "in" and lemma in _CONTESTS:
                return True
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children
    )
    titled = obj.lower_ in _INCUMBENT_TITLES or any(
        c.dep_ == "compound" and c.lower_ in _INCUMBENT_TITLES for c in obj.children
    )
    return progressive and titled


def _electoral_contest(trig: Trigger) -> bool:
    """Whether "challenge" or "take on" names running against someone for office ("Pruitt is
    challenging Baxter for the Oregon seat", "Lund, who is taking on Sen. Baxter",
    "to take on Hale in the coming contests"): electoral competition is no event (the rulings
    of rounds 16 and 17: "challenged her in 1986", "out-maneuvering him"), unlike contesting
    someone's words or taking them on in a debate. The learned gate kept such challenges as
    attacks (rounds 8-22: eight of nine predicted were no gold event), so the check runs
    before the gate sees the candidate."""
    verb = trig.token
    particle = trig.particle.lower_ if trig.particle is not None else None
    if trig.nominal or (verb.lemma_.lower(), particle) not in _CONTEST_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if trig.particle is not None:
        objects += [c for c in trig.particle.children if c.dep_ == "pobj"]
    return any(_contested(verb, obj) for obj in objects)


def _judged_in_context(
    trig: Trigger, roles: Roles, ctx: ExtractionContext, tree: Tree, pronouns: PronounResolver
) -> tuple[Roles, Sense | str]:
    """The roles and judged sense, with a participant the clause supplies when the trigger's
    own words name no one ("defended it despite criticism": the subject is criticised)."""
    judged = _judged_sense(trig, roles, ctx, tree)
    if isinstance(judged, Sense):
        return visit_holder(trig, roles, ctx, tree, pronouns) or roles, judged
    if judged in _UNNAMED_TARGET_NEEDS and _acting_on_unnamed(trig, roles):
        return roles, trig.sense
    if judged != "no-actor":
        return roles, judged
    implicit = implicit_roles(trig, roles, ctx, tree, pronouns)
    if implicit is None:
        return roles, trig.sense if _unnamed_violence(trig, roles) else judged
    judged = _judged_sense(trig, implicit, ctx, tree)
    if judged == "support-poll":
        judged = trig.sense  # approval the text gives no one ("said to applause"): no poll
    return implicit, judged


#: Determiners that introduce an occasion not told before: "at a rally", "another meeting".
_NEW_OCCASION = words("a an another")


def _occasion_name(noun: Token) -> Occasion:
    """What tells two attacks no participant names apart: their names and number.

    The names are the proper names before the event noun or the place after
    it ("Paris" in "the Paris terror attacks" and in "the attacks in Paris"),
    not dates ("the Friday attacks" is the Paris one); the number is whether
    the noun is plural ("the shootings" after "a shooting" are more attacks); an indefinite
    article makes the noun a new occasion ("at a rally in Louisiana" after "Trump rallies").
    """
    if noun.pos_ not in ("NOUN", "PROPN"):  # a title-case headline's trigger is PROPN
        return NO_OCCASION
    before = [
        child
        for child in noun.children
        if child.i < noun.i and child.dep_ in ("compound", "amod", "nmod", "nummod", "poss")
    ]
    # and the place after it: "the attacks in Paris" is "the Paris attacks"
    after = [
        obj
        for prep in noun.rights
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    names = frozenset(
        token.text.lower()
        for token in (*before, *after)
        if token.ent_type_ not in ("DATE", "TIME", "")
    )
    indefinite = any(c.dep_ == "det" and c.lower_ in _NEW_OCCASION for c in noun.children)
    return Occasion(names, noun.tag_ in ("NNS", "NNPS"), indefinite)


#: The setting that switches the learned trigger gate (:mod:`.learned_triggers`).
LEARNED_TRIGGERS = "learned_triggers"
#: Its default (see the events plugin's README, session 19).
LEARNED_TRIGGERS_DEFAULT = "on"


def trigger_gate(
    ctx: ExtractionContext,
    weights: TriggerWeights | None = None,
    recorder: list[Candidate] | None = None,
) -> Gate:
    """The learned trigger gate of one document: the mode the ``learned_triggers`` setting
    names, with the weights and candidate recorder a caller hands down (default: the
    shipped weights, read on first use, and nothing recorded)."""
    mode = str(ctx.settings("events").get(LEARNED_TRIGGERS, LEARNED_TRIGGERS_DEFAULT))
    return Gate(mode, weights, recorder)


def _infinitive(token: Token) -> bool:
    """A bare verb with "to": the gate keeps no such candidate (it lost on the entitlement
    and purpose clauses the rules reject on purpose, "gave him authority to negotiate")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _gated_sense(
    trig: Trigger,
    roles: Roles,
    judged: Sense | str,
    rejected: bool,
    gate: Gate,
    ctx: ExtractionContext,
) -> Sense | None:
    """The sense of the event a trigger makes, or None: the rules' judgement, except that
    a trigger they dropped (``judged`` names why) or a lexicon word they rejected becomes
    an event when the learned gate keeps it."""
    if not rejected and isinstance(judged, Sense):
        return judged
    if _infinitive(trig.token):
        return None  # "authority to negotiate": an act named, not one that happened
    reason = judged if isinstance(judged, str) else "ok"
    origin = "rejected" if rejected else "dropped"
    if not gate.keep(trig, roles.participants, reason, origin, ctx):
        return None
    return judged if isinstance(judged, Sense) else trig.sense


def _with_past_offices(triggers: list[Trigger], doc: SpacyDoc) -> list[Trigger]:
    """The triggers, with offices told as past ("former Florida governor X") as null-target
    COOPERATE in place of a job trigger on the same word (as a title a job with no
    organisation named is no event, but a past office is one: round 19, restated by 22)."""
    return _in_place_of_jobs(triggers, past_office_triggers(doc, _non_staff(triggers)))


def _with_ranks(triggers: list[Trigger], doc: SpacyDoc) -> list[Trigger]:
    """The triggers, with military ranks held in a named service ("Army Capt. X") in place
    of a job trigger on the same word (the job rules miss these misparsed titles)."""
    return _in_place_of_jobs(triggers, rank_triggers(doc, _non_staff(triggers)))


def _non_staff(triggers: list[Trigger]) -> set[int]:
    """The tokens a trigger other than a staff job's holds: a title's own trigger there
    stands (a staff job's word may become a past office's or a rank's)."""
    return {t.token.i for t in triggers if t.sense.mode != "staff"}


def _in_place_of_jobs(triggers: list[Trigger], found: list[Trigger]) -> list[Trigger]:
    """``triggers`` with ``found`` in place of any trigger on the same word, in token order
    (one trigger a word: a title read as a past office or a rank is no staff job too)."""
    if not found:
        return triggers
    replaced = {t.token.i for t in found}
    kept = [t for t in triggers if t.token.i not in replaced]
    return sorted([*kept, *found], key=lambda t: t.token.i)


def extract_events(ctx: ExtractionContext, gate: Gate | None = None) -> list[Event]:
    """Every event the document reports, in document order.

    ``gate`` is the learned trigger gate to judge the left-out candidates with (default:
    :func:`trigger_gate`'s); the gate's training passes one that records them."""
    doc = ctx.doc
    if len(doc) == 0:
        return []
    tree = Tree(doc, ctx.datelines)
    dates = DateIndex(doc)
    claims = claim_index(ctx)
    cues = cue_index(ctx)
    events: list[Event] = []
    families: list[str] = []
    sentences: list[int] = []
    names: list[Occasion] = []
    dated_sentence: tuple[int, int, TimeRef, frozenset[str]] | None = None
    last_dated: TimeRef | None = None  # the story's latest dated event, for "two years later"
    pronouns = PronounResolver(ctx)
    triggers = _with_ranks(_with_past_offices(find_triggers(doc), doc), doc)
    alleging = _allegation_triggers(ctx, {t.token.i for t in triggers})
    if gate is None:
        gate = trigger_gate(ctx)
    # lexicon words the trigger rules rejected: the learned gate may keep some
    rejected = rejected_candidates(doc, triggers) if gate.active else []
    if alleging or rejected:
        taken = set(alleging)
        triggers = sorted(
            [
                *triggers,
                *(trig for trig, _ in alleging.values()),
                *(t for t in rejected if t.token.i not in taken),
            ],
            key=lambda t: t.token.i,
        )
    rejected_ids = {id(t) for t in rejected}
    gated_spans: set[tuple[int, int]] = set()  # the gate's events, checked again in refine
    one_sided: set[tuple[int, int]] = set()  # of those, the ones one actor side may keep
    for trig in triggers:
        if trig.sense.type == "ACCUSE" and _electoral_contest(trig):
            continue  # running against someone for office: no event
        from_allegation = alleging.get(trig.token.i)
        if from_allegation is not None and from_allegation[0] is trig:
            roles = _allegation_roles(from_allegation[1], trig)
        else:
            roles = find_roles(trig, ctx, tree, pronouns)
        roles, judged = _judged_in_context(trig, roles, ctx, tree, pronouns)
        from_rejected = id(trig) in rejected_ids
        gated = _gated_sense(trig, roles, judged, from_rejected, gate, ctx)
        if gated is None:
            continue
        provisional = from_rejected or not isinstance(judged, Sense)
        if provisional:
            span = (trig.token.idx, trig.token.idx + len(trig.token.text))
            gated_spans.add(span)
            if not isinstance(judged, str) or judged not in TWO_SIDED:
                one_sided.add(span)
        story_dates = (dated_sentence, last_dated)
        sense = gated
        if sense.type in _BACKING_TYPES and (unnamed := without_any_candidate(roles, ctx)):
            roles, sense = unnamed, replace(sense, mode=UNNAMED_MODE)  # "either candidate"
        modality = modality_of(trig, claims, tree)
        if sense.type == "SUPPORT" and _reader_prompt(trig, roles, doc):
            modality = "hypothetical"  # a question to the reader asserts no backing
        trigger_span = ctx.span_of(trig.token)
        related = cues.overlapping(trigger_span.start, trigger_span.end)
        if modality == "alleged" and sense.type == "ACCUSE" and trig.nominal:
            # "the US allegations": the accusation is the claim itself, not inside one
            related += [
                rid
                for rid in claims.overlapping(trigger_span.start, trigger_span.end)
                if rid not in related
            ]
            modality = "asserted"
        # "told a cheering crowd Tuesday": the cheers are dated as the speech is
        timed = cheered_clause(trig) or trig
        when = when_of(timed, dates, ctx, modality, tree, last_dated)
        if when is None and sense.type == "COOPERATE":
            when = undertaking_date(timed, dates, ctx)  # "advised Clinton's 2008 campaign"
        sent = ctx.sentence(trig.token.i)  # not ``token.sent``: a walk of the sentence
        actors = frozenset(p.actor for p in roles.participants if p.actor is not None)
        if when is not None and when.start is not None:
            main = trig.token.dep_ == "ROOT" or (
                trig.token.dep_ == "conj" and trig.token.head.dep_ == "ROOT"
            )
            # the sentence's main clause dates what follows, not a clause inside it:
            # "was fired Wednesday, a day after he drew criticism. He was dismissed ..."
            if main or dated_sentence is None or dated_sentence[1] != sent.end:
                dated_sentence = (sent.end_char, sent.end, when, actors)
        elif (
            when is None
            and dated_sentence is not None
            and _narrative_past(timed, modality, tree)
            and dated_sentence[1] == sent.start
            # across a paragraph break only while the story keeps one of its actors
            and (_same_paragraph(dated_sentence[0], ctx.text) or actors & dated_sentence[3])
            and not _coming(dated_sentence[2], ctx)
            and not _names_no_date(sent, ctx, tree)
        ):
            when = dated_sentence[2]  # "... in July. Cruz exhorted delegates to ...": July
            dated_sentence = (sent.end_char, sent.end, when, actors | dated_sentence[3])
        elif (
            when is None
            and _narrative_past(timed, modality, tree)
            and sent.start > 0
            and not (
                dated_sentence is not None
                and dated_sentence[1] == sent.start
                and _coming(dated_sentence[2], ctx)
            )
            and not _names_no_date(sent, ctx, tree)
        ):
            prev = ctx.sentence(sent.start - 1)
            if _same_paragraph(prev.end_char, ctx.text):  # a date, not a dated event: not across
                when = _last_date(prev, ctx, timed, modality, tree)
                if _coming(when, ctx):
                    when = None
        if when is not None and when.start is not None:
            last_dated = when
        if provisional or sense.mode == OFFICE.mode:
            # the check after the roles may yet drop the gate's event: it dates no later act
            # ("was first elected in 2019. Walsh criticized X": no 2019 for the criticism);
            # nor does an office held, a line of biography ("Reed, who took office in 2019")
            dated_sentence, last_dated = story_dates
        families.append(trigger_family(trig.token.lemma_))
        names.append(_occasion_name(trig.token))
        sentences.append(_sentence_part(trig.token, ctx))
        events.append(
            Event(
                id=f"pending-{len(events)}",
                type=sense.type,
                mode=sense.mode,
                trigger=trigger_span,
                participants=roles.participants,
                when=when,
                where=roles.where,
                modality=modality,
                related=related,
            )
        )
    # mentions of one event share the date one of them gives ("X Calls Y ..." headline)
    merged = merge_repeated(share_dates(events, ctx, dates), families, sentences, names)
    if gate.active:
        mark_gated(ctx, gated_spans, one_sided)
    return [e.model_copy(update={"id": ctx.new_id("event")}) for e in merged]
