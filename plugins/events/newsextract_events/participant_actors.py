"""Actors for event participants that only a common noun names (the ``refine`` stage).

The annotation guidelines make whoever takes part in an event an actor ("create
the actor if it takes part in an event"); the actors plugin finds names and the
groups it knows, so the rest ("conservative critics", "her department") is added
here once every event exists.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsextract import Actor, ActorType, Event, Extraction, ExtractionContext, Participant, Span
from newsextract.people_nouns import (
    ACTOR_NOUNS,
    COLLECTIVE_NOUNS,
    GROUP_NOUNS,
    PARTICIPANT_NOUNS,
    SIDE_NOUNS,
    SINGLE_PERSON_NOUNS,
    UNIT_NOUNS,
    UNSUFFIXED_PERSON_NOUNS,
    names_people,
)

from .participant_pronouns import bound_pronouns
from .roles import (
    FOLLOWER_NOUNS,
    KIN_AND_MEDIA_NOUNS,
    counted_plural,
    counted_victims,
    describes_head,
)
from .syntax import of_organisation

__all__ = [
    "AdoptedActors",
    "host_outlet",
    "names_new_actor",
    "owned_show",
    "participant_actors",
    "show_participant",
]

_PARTICIPANT_ROLES = ("agent", "target")
#: Nouns that stand for a state: a participant so named is a country the actors
#: plugin did not resolve ("his country"), which a new actor would duplicate; in the
#: plural they are a group of their own ("Twenty-seven states", "many European countries").
_STATE_NOUNS = frozenset({"country", "nation", "state"})
#: Collectives that name a class or a position rather than a body that acts.
_CLASS_NOUNS = frozenset(
    {"community", "establishment", "lobby", "leadership", "people", "public", "office"}
)
#: Words that make a noun phrase no one in particular.
_NONSPECIFIC = frozenset({"any", "every", "each", "no", "one", "much", "either", "neither"})
#: Heads that, bare (no determiner, number or modifier), name people in general
#: ("goes after people", "women will decide"), a kind rather than a group that acts.
_GENERIC_BARE = frozenset({"people", "persons", "women", "men"})
#: Dependencies of the words that open a noun phrase without describing its actor:
#: determiners and the hedges of a count ("the", "all", "at least 707 people").
_NOT_NAMING_DEPS = frozenset({"det", "predet", "advmod", "quantmod"})
#: Quantifiers the parser makes adjectives ("many European countries").
_QUANTIFIERS = frozenset({"many", "some", "several", "most", "few", "both", "all"})


def participant_actors(extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
    """Actors for event participants that only a common noun names ("World leaders", "police").

    The guidelines make a participant an actor because it takes part in an event
    ("create the actor if it takes part in an event"); the actors plugin finds
    names, not every group a noun names. For an agent or target without an actor
    whose head is an actor noun, a new actor is made from its mention (one per
    wording in a document, so "federal prosecutors" twice is one actor), unless
    the mention overlaps an actor's mention. Meant for the ``refine`` stage, after
    every plugin has run.
    """
    doc = ctx.doc
    taken = sorted((m.start, m.end) for a in extraction.actors for m in a.mentions)
    starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)

    def free_start(start: int, end: int, head: int) -> int | None:
        """Where the mention starts once an owner's mention before its head is cut off
        ("her department" → "department": mentions do not overlap), or None."""
        lo = bisect.bisect_left(starts, start - longest)
        ends = [e for s, e in taken[lo : bisect.bisect_left(starts, end)] if s < end and start < e]
        if not ends:
            return start
        cut = max(ends)
        if cut > head:
            return None
        return _after_clitic(ctx.text, cut, head)

    by_name = _named_actors(extraction.actors)
    book = AdoptedActors(extraction.actors, by_name, ctx)

    new_events: list[Event] = []
    generic_dropped = False
    by_id = {actor.id: actor for actor in extraction.actors}
    for event in extraction.events:
        participants: list[Participant] = []
        for participant in event.participants:
            show = owned_show(event, participant, doc, by_id)
            if show is not None:
                participant = show_participant(participant, show, extraction.actors) or (
                    participant
                )
            if show is not None and free_start(show.start_char, show.end_char, show.end_char) == (
                show.start_char
            ):
                # only where no actor's mention is in the way (``show_targets`` does not look)
                participant = book.show_target(participant, show)
            if _measure_on_class(event, participant, doc):
                # "deport illegal immigrants", "block Syrian refugees": a class, no participant
                generic_dropped = generic_dropped or participant.actor is not None
                participants.append(participant.model_copy(update={"actor": None}))
                continue
            if participant.actor is None and participant.role in _PARTICIPANT_ROLES:
                named = _actor_phrase(participant, doc)
                known = (
                    None if named is None or not _name_head(named.root) else _name_words(named.root)
                )
                if known is not None and known.text.lower() not in by_name:
                    known = None
                if named is not None and known is not None:
                    # a name an actor already has ("Chrabaszcz" of "Witold Chrabaszcz"),
                    # though it does not act here: that actor's mention
                    if free_start(known.start_char, known.end_char, known.end_char) == (
                        known.start_char
                    ):
                        mention = ctx.span(known.start_char, known.end_char)
                        actor_id = book.adopt_name(known.text.lower(), named.root, mention)
                        participant = participant.model_copy(update={"actor": actor_id})
                    participants.append(participant)
                    continue
                name = (
                    None if named is None else _name_described(named.root) or _bare_name(named.root)
                )
                found = None if named is None else _new_actor_key(named)
                cut = None
                end = 0
                if named is not None and found is not None:
                    # the title's complement only where no actor's mention is in the way
                    for end in dict.fromkeys((_title_end(named), named.end_char)):
                        cut = free_start(named.start_char, end, found[1])
                        if cut is not None:
                            break
                if named is not None and name is not None and found is not None:
                    # "Conservative Solutions, a super PAC that backed X": the name is the
                    # actor (the guidelines mark the name, not the description after it)
                    if free_start(name.start_char, name.end_char, name.end_char) == name.start_char:
                        mention = ctx.span(name.start_char, name.end_char)
                        actor_id = book.adopt_name(name.text.lower(), named.root, mention)
                        participant = participant.model_copy(update={"actor": actor_id})
                elif named is not None and found is not None and cut is not None:
                    mention = ctx.span(max(cut, _naming_start(named)), end)
                    key = found[0] if cut == named.start_char else mention.text.lower()
                    actor_id = book.adopt(key, named.root, mention)
                    participant = participant.model_copy(update={"actor": actor_id})
                elif named is not None and found is None:
                    modifier = _name_modifier(named, event)
                    if (
                        modifier is not None
                        and free_start(modifier.start_char, modifier.end_char, modifier.end_char)
                        == modifier.start_char
                    ):
                        mention = ctx.span(modifier.start_char, modifier.end_char)
                        kind = _modifier_kind(named.root, event)
                        actor_id = book.adopt_name(modifier.text.lower(), named.root, mention, kind)
                        participant = participant.model_copy(update={"actor": actor_id})
            participants.append(participant)
        new_events.append(event.model_copy(update={"participants": participants}))
    if not book.made and not book.grown and not generic_dropped:
        return None
    actors = book.existing()
    covered = {(m.start, m.end) for a in [*actors, *book.made.values()] for m in a.mentions}
    new_actors = bound_pronouns(list(book.made.values()), ctx, covered)
    return extraction.model_copy(update={"actors": [*actors, *new_actors], "events": new_events})


#: Heads that name people by their legal status: bare, a class ("illegal immigrants",
#: "refugees") that a measure targets, not a group that acts.
_CLASS_HEADS = frozenset({"immigrant", "refugee", "migrant", "foreigner", "alien", "asylum-seeker"})
#: Words before a plural that leave it a whole class ("deport all illegal immigrants").
_WHOLE_CLASS = frozenset({"all", "any", "every"})
#: Named entities a compound modifier of the head names: the plural is then that one
#: actor's things ("Democratic National Committee documents"), no class.
_OWNER_ENTITIES = frozenset({"ORG", "PERSON", "GPE"})


#: Event types whose target is left null when it is a whole class of people (see below).
_CLASS_TARGETED = frozenset({"COERCE", "ACCUSE"})


def _measure_on_class(event: Event, participant: Participant, doc: SpacyDoc) -> bool:
    """Whether the participant is the target of a measure against a whole class of people
    or bodies ("deport illegal immigrants", "ban all Muslims", "blocked banks").

    The guidelines make generic classes ("Muslims", "illegal immigrants") no actors and
    keep their events' participant null (rulings of rounds 6 and 9, which the later
    rounds follow; the dev rounds 1-4 before them still marked the banned class); the
    class a deportation or a ban targets is the commonest case in campaign news. A
    counted or bounded plural ("the two refugees", "11 million immigrants", "refugees in
    the camp") is a group and keeps its actor.
    """
    if event.type not in _CLASS_TARGETED or participant.role != "target":
        return False
    span = doc.char_span(
        participant.mention.start, participant.mention.end, alignment_mode="expand"
    )
    return span is not None and _class_plural(span.root)


def _class_plural(head: Token) -> bool:
    """A bare plural naming a class of people or bodies (a whole-class "all" allowed)."""
    if head.tag_ not in ("NNS", "NNPS") or not _names_class(head):
        return False
    return not any(
        (c.dep_ in ("det", "predet") and c.lower_ not in _WHOLE_CLASS)
        or c.dep_ in ("poss", "nummod", "prep", "relcl", "appos")
        or (c.dep_ == "acl" and not _barred_act(c))
        or (c.dep_ == "compound" and c.ent_type_ in _OWNER_ENTITIES)
        for c in head.children
    )


def _barred_act(participle: Token) -> bool:
    """ "a ban on visitors entering the state": a present participle after the class
    says what the measure keeps the whole class from doing, it bounds no group ("the
    protesters arrested outside" does: a past participle, a set the text has in mind)."""
    return participle.tag_ == "VBG"


def _names_class(head: Token) -> bool:
    """Whether a plural's head names people or bodies that could act ("Muslims",
    "hackers", "banks"), not things ("documents", "emails"): only such a class is an
    actor the guidelines leave out; the people nouns are an open class, hence the
    agentive-ending rule and the nationality/religion entity beside the lists."""
    lemma = head.lemma_.lower()
    return (
        lemma in _CLASS_HEADS
        or lemma in PARTICIPANT_NOUNS
        or lemma in ACTOR_NOUNS
        or names_people(lemma)
        or head.ent_type_ == "NORP"
    )


class AdoptedActors:
    """The actors a refine step gives participants by name, with the mentions it adds.

    One name is one actor in a document: a name an actor already has (``by_name``) gives
    that actor, which grows by the mention ("railed against Wall Street ... Wall Street
    criticized X": the actors plugin's actor, not a second of this step's), and a wording no
    actor has makes one new actor, found again by the same wording. Both steps that give an
    appearance's target its show (:func:`participant_actors`, then ``shows.show_targets``
    after the learned role scorer) find or make the show's actor so; what each checks before
    (the earlier step refuses a show overlapping another actor's mention) stays the caller's.
    """

    def __init__(
        self, actors: list[Actor], by_name: Mapping[str, Actor], ctx: ExtractionContext
    ) -> None:
        self._actors = actors
        self._by_name = by_name
        self._ctx = ctx
        #: new actors by the wording that made them, in the order they were made
        self.made: dict[str, Actor] = {}
        #: actors of ``actors``, by id, with the mentions this step added
        self.grown: dict[str, Actor] = {}

    def adopt(self, key: str, head: Token, mention: Span, kind: ActorType | None = None) -> str:
        """The id of the made actor of ``key`` (new, typed by ``kind`` or else by ``head``),
        ``mention`` added to it."""
        actor = self.made.get(key) or _new_actor(head, mention, self._ctx, kind)
        self.made[key] = _with_mention(actor, mention)
        return actor.id

    def adopt_name(
        self, key: str, head: Token, mention: Span, kind: ActorType | None = None
    ) -> str:
        """``adopt`` for a name: the actor ``by_name`` has under ``key`` takes the mention,
        when there is one."""
        existing = self._by_name.get(key)
        if existing is None:
            return self.adopt(key, head, mention, kind)
        self.grown[existing.id] = _with_mention(self.grown.get(existing.id, existing), mention)
        return existing.id

    def show_target(self, participant: Participant, show: SpacySpan) -> Participant:
        """The participant moved to the show's actor, with the show's words as its mention:
        the actor of that name, or a new ``media`` actor (the guidelines' target of a guest
        appearance is the show, an actor of its own: rounds 9, 16 and 17)."""
        mention = self._ctx.span(show.start_char, show.end_char)
        actor_id = self.adopt_name(show.text.lower(), show.root, mention, "media")
        return participant.model_copy(update={"actor": actor_id, "mention": mention})

    def existing(self) -> list[Actor]:
        """The actors this step started from, in order, with the mentions it added."""
        return [self.grown.get(actor.id, actor) for actor in self._actors]

    def actors(self) -> list[Actor]:
        """Every actor: :meth:`existing`, then the made ones in the order they were made."""
        return [*self.existing(), *self.made.values()]


def _named_actors(actors: list[Actor]) -> dict[str, Actor]:
    """The document's actors by their lowercased names, aliases and capitalised mentions
    (built once per document): a name the refine step meets again is the actor that already
    has it ("Emanuel" of "Rahm Emanuel"), never a second one."""
    found: dict[str, Actor] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            found.setdefault(name.lower(), actor)
    for actor in actors:
        for mention in actor.mentions:
            if mention.text[:1].isupper():
                found.setdefault(mention.text.lower(), actor)
    return found


def _with_mention(actor: Actor, mention: Span) -> Actor:
    """``actor`` with ``mention`` among its mentions, in text order."""
    if mention in actor.mentions:
        return actor
    mentions = sorted([*actor.mentions, mention], key=_start)
    return actor.model_copy(update={"mentions": mentions})


#: Entities a name before an event noun takes part as: bodies, outlets, people.
_MODIFIER_ENTS = frozenset({"ORG", "PERSON"})
#: Events whose name before the noun is where they happen (rallies and summits too).
_PLACED_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
#: Outlets the small model tags as places or works ("a Bloomberg interview", "a Rolling
#: Stone interview"): before an interview the name is who it was given to, never where
#: (before a rally or a visit it is where: "a San Diego rally").
_OUTLET_ENTS = _MODIFIER_ENTS | frozenset({"GPE", "WORK_OF_ART", "PRODUCT"})


def _name_modifier(named: SpacySpan, event: Event) -> SpacySpan | None:
    """The name before the event noun that the roles made a participant ("a Fox News
    interview", "an ABC interview"), when no actor covers it: the guidelines mark a name
    inside a modifier when its bearer takes part (the session-7 and round-11 rulings), and
    the actors plugin leaves names as modifiers out."""
    head = named.root
    if head.dep_ not in ("compound", "nmod") or head.ent_iob_ == "O" or not head.text[0].isupper():
        return None  # a capitalised entity, whatever its tag ("an MSNBC interview": NOUN)
    if head.head.idx != event.trigger.start or head.head.pos_ != "NOUN":
        return None
    if event.mode == "interview":
        ents = _OUTLET_ENTS
    elif event.type in _PLACED_TYPES or event.type == "CONSULT":
        return None  # "the Newtown massacre", "a Rochester rally": where it happened
    else:
        ents = _MODIFIER_ENTS
    if head.ent_type_ not in ents:
        return None
    name = _entity_of(head)
    if name.end > head.head.i:
        return None  # the entity runs into the event noun: no name of its own
    return name


#: Punctuation around a show's title ("MSNBC's "Morning Joe"").
_TITLE_QUOTES = frozenset({'"', "'", "''", "``", "\u201c", "\u201d", "\u2018", "\u2019", ",", "."})


def owned_show(
    event: Event, participant: Participant, doc: SpacyDoc, by_id: dict[str, Actor]
) -> SpacySpan | None:
    """The show in an appearance's target "<outlet>'s <show>" ("told ABC's This Week", "said
    on MSNBC's 'Morning Joe'", "as Miller said on Jane Doe's radio program"), when the
    roles resolved the phrase to its owner: the guidelines' target of a guest appearance is
    the show (rounds 9, 16 and 17), an actor of its own, where the owner stands for a thing
    of it only. A person the phrase heads ("MSNBC's Tamron Hall") keeps the person's actor."""
    span = _appearance_target(event, participant, doc)
    if span is None:
        return None
    root = span.root
    if root.dep_ == "poss":
        # the roles' mention is the owner itself ("telling ABC's This Week": "ABC")
        owner, root = root, root.head
    elif any(c.tag_ == "POS" for c in root.children) or _bare_apostrophe(root):
        # "told BBC Radio Four's Any Questions": the small parser hangs the "'s" on the owner
        # and makes the show a second object; the show is the capitalised run after it (also
        # after a bare apostrophe it tags as punctuation: "told CBS' Face the Nation", whose
        # "Face" it reads as a verb)
        last = _title_run_end(root)
        if last is None:
            return None
        owner, root = root, last
    else:
        owners = [c for c in root.children if c.dep_ == "poss" and c.i >= span.start]
        if len(owners) != 1:
            return None
        owner = owners[0]
    named_owner = any(t.ent_type_ == "ORG" for t in doc[owner.left_edge.i : owner.i + 1])
    if root.ent_type_ == "PERSON" or not (named_owner or root.lower_ in _PROGRAMMES):
        return None  # "MSNBC's Tamron Hall" is the host; a person's show only by its kind
    start = owner.right_edge.i + 1
    end = max(span.end, root.i + 1)
    last = _title_run_end(owner)
    if last is not None and end <= last.i <= root.right_edge.i:
        end = last.i + 1  # "CNN's State of the Union": the title's words after its head
    while start < end and (doc[start].tag_ == "POS" or doc[start].text in _TITLE_QUOTES):
        start += 1
    while end > start and doc[end - 1].text in _TITLE_QUOTES:
        end -= 1
    if start >= end or not (doc[start].text[:1].isupper() or span.root.lower_ in _PROGRAMMES):
        return None  # "Trump's supporters": the owner's people, no show
    show = doc[start:end]
    # ``_appearance_target`` passed an actor target only
    actor = by_id.get(participant.actor) if participant.actor is not None else None
    if actor is None or any(
        m.start < show.end_char and show.start_char < m.end for m in actor.mentions
    ):
        return None  # the show is the actor's own mention ("NBC's Meet the Press")
    return show


def _appearance_target(event: Event, participant: Participant, doc: SpacyDoc) -> SpacySpan | None:
    """The tokens of an appearance's actor target (CONSULT told by a word of appearing:
    "told", "said on", "an interview with"), or None: the only targets that the show or
    outlet named with them may replace (:func:`owned_show`, :func:`host_outlet`)."""
    if event.type != "CONSULT" or participant.role != "target" or participant.actor is None:
        return None
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None or trigger.root.lemma_.lower() not in _APPEARING:
        return None
    mention = participant.mention
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def host_outlet(event: Event, participant: Participant, doc: SpacyDoc) -> SpacySpan | None:
    """The outlet in an appearance's target "<outlet>'s <host>" ("told CNN's Jane Roe", "an
    interview with Fox News' Tom Doe", "told Jane Roe of CNN"): the guidelines' target of an
    interview or a guest appearance is the outlet or the show (round 9), and a host named
    through the outlet is how the text names the outlet's programme (round 15: a host "of
    Fox News" told something is toward the outlet; the rounds after it mark 4 of 5 such
    hosts so). A show named after
    the outlet keeps :func:`owned_show`'s reading; a host with no outlet named stays."""
    span = _appearance_target(event, participant, doc)
    if span is None or span.root.ent_type_ != "PERSON":
        return None
    owner = next(
        (
            o
            for o in span.root.children
            if o.dep_ == "poss" and o.i >= span.start and o.ent_type_ == "ORG"
        ),
        None,
    ) or of_organisation(span.root)  # "told Jane Roe of Fox News"
    if owner is None:
        return None
    start, end = _entity_of(owner).start, owner.i + 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in _TITLE_QUOTES):
        end -= 1  # "Fox News' Tom Doe": the apostrophe is no part of the name
    return doc[start:end] if end > start else None


def _bare_apostrophe(name: Token) -> bool:
    """Whether a name ending in "s" is followed by an apostrophe of its own ("CBS' Face the
    Nation", "Fox News' Special Report"), which the parser often tags as punctuation."""
    doc = name.doc
    return (
        name.i + 1 < len(doc)
        and doc[name.i + 1].text in ("'", "\u2019")
        and doc[name.i + 1].idx == name.idx + len(name.text)
        and name.text[-1:] in ("s", "S")
    )


def _title_run_end(owner: Token) -> Token | None:
    """The last capitalised word of the run after ``owner``'s "'s" (and an opening quote), in
    its sentence; None when the word after it is not capitalised ("Trump's supporters")."""
    doc = owner.doc
    i = owner.right_edge.i + 1
    while i < owner.sent.end and (doc[i].tag_ == "POS" or doc[i].text in _TITLE_QUOTES):
        i += 1
    last = None
    while i < owner.sent.end and (doc[i].text[:1].isupper() or doc[i].lower_ in _TITLE_LINKS):
        if doc[i].text[:1].isupper():
            last = doc[i]
        i += 1
    return last


#: Lower-case words inside a show's title ("State of the Union").
_TITLE_LINKS = frozenset({"of", "the", "with", "and"})


def show_participant(
    participant: Participant, show: SpacySpan, actors: list[Actor]
) -> Participant | None:
    """The participant moved to an actor that already has a mention inside the show's name
    ("Sirius XM's 'Breitbart News Daily'" where "Breitbart News" is an actor), or None."""
    for actor in actors:
        for m in actor.mentions:
            if show.start_char <= m.start and m.end <= show.end_char:
                return participant.model_copy(update={"actor": actor.id, "mention": m})
    return None


#: Triggers of a guest appearance whose target may be a show.
_APPEARING = frozenset({"say", "speak", "tell", "interview", "appearance", "appear"})
#: Heads of a programme named by its kind ("Glenn Beck's radio program").
_PROGRAMMES = frozenset({"program", "programme", "show", "podcast"})


def _start(span: Span) -> int:
    return span.start


def _actor_phrase(participant: Participant, doc: SpacyDoc) -> SpacySpan | None:
    """The words naming the participant's actor: its mention, or the owner's phrase when the
    participant is a thing of someone only a noun names ("a district judge's decision was
    overturned": the judge is overruled)."""
    mention = participant.mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN") or _names_actor(span.root):
        return span
    for owner in span.root.children:
        if owner.dep_ == "poss" and owner.pos_ == "NOUN" and _names_actor(owner):
            return doc[owner.left_edge.i : owner.i + 1]
    return span


#: Entities a description in apposition after them can stand for.
_DESCRIBED_ENTS = frozenset({"ORG", "PERSON"})


def _name_described(head: Token) -> SpacySpan | None:
    """The name a description follows in apposition ("Priorities USA, a super PAC
    supporting X" → Priorities USA), when that name is an organisation or person."""
    name = head.head
    if not describes_head(head) or name.pos_ != "PROPN" or name.ent_type_ not in _DESCRIBED_ENTS:
        return None
    return _entity_of(name)


#: Entity types of a participant's name that no actor has: bodies, names the small model
#: tags as products ("AbbVie") or leaves untagged ("American Crossroads"); not titles of
#: works ("Why Electing X Matters").
_NAME_ENTS = frozenset({"ORG", "PRODUCT", ""})
#: Heads of names that name things, not actors: laws, agreements, wars, plans, rooms, and
#: the public programmes news names like bodies ("Medicare", "Social Security").
_THING_NAME_HEADS = frozenset(
    {
        "act", "accord", "agreement", "amendment", "bill", "code", "constitution",
        "declaration", "doctrine", "house", "law", "office", "plan", "program", "programme",
        "treaty", "war", "obamacare", "medicare", "medicaid", "security",
    }
)  # fmt: skip
#: Heads of organisation names that are a body or a gathering that hears a speech, though
#: it need not act ("spoke to the Republican National Convention").
_GATHERING_HEADS = frozenset({"convention", "conference"})
#: Dependencies of a name inside another's phrase: its owner's business, no participant.
_OWNED_DEPS = frozenset({"compound", "poss", "nmod"})
#: Where the document's acting names are kept (``_acting_names``), once per document.
_ACTING_KEY = "newsextract_events.acting_names"


def _unresolved_name(head: Token) -> bool:
    """Whether a participant's head is a name no actor has ("American Crossroads",
    "AbbVie", "the Republican National Convention"): the guidelines make every participant
    an actor, and the actors plugin leaves names the small model mistags or leaves
    untagged. A capitalised name is as often a law, a programme or a product ("NAFTA",
    "Dodd-Frank", "Common Core", "Windows"), which no word list keeps up with, so the name
    must act somewhere in the document (``_acting_names``), as bodies and people do and
    things do not, or be an organisation named as a body or a gathering. Not a place, a
    person (the actors plugin's), a name inside a compound or a possessive (its owner's
    business), a law or a war, nor a capitalised people noun ("Chairman", "Wall
    Streeters": the common-noun tests')."""
    if not _name_head(head):
        return False
    if head.ent_type_ == "ORG" and (_body_noun(head) or head.lower_ in _GATHERING_HEADS):
        return True
    return head.lower_ in _acting_names(head.doc)


def _name_head(head: Token) -> bool:
    """Whether ``head`` heads a name that may be an actor no other plugin made
    (``_unresolved_name`` before the test that it acts)."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ not in _NAME_ENTS:
        return False
    return (
        head.dep_ not in _OWNED_DEPS
        and head.lower_ not in _THING_NAME_HEADS
        and not (_title_word(head))
    )


def _acting_names(doc: SpacyDoc) -> frozenset[str]:
    """The lowercased heads of the names that act somewhere in the document: the subject
    of a verb ("American Crossroads released an ad", "AbbVie called"), the agent of a
    passive, or the owner of people ("AbbVie's spokesman"). Built once per document."""
    cached = doc.user_data.get(_ACTING_KEY)
    if isinstance(cached, frozenset):
        return cached
    acting = frozenset(t.lower_ for t in doc if t.pos_ == "PROPN" and _acts(t))
    doc.user_data[_ACTING_KEY] = acting
    return acting


def _acts(token: Token) -> bool:
    """Whether the name ``token`` heads acts where it stands (``_acting_names``)."""
    if token.dep_ == "nsubj":
        return token.head.pos_ == "VERB"
    if token.dep_ == "pobj":
        return token.head.dep_ == "agent"
    if token.dep_ == "poss":
        lemma = token.head.lemma_.lower()
        return lemma in _PEOPLE_OWNED or names_people(lemma)
    return False


#: People a name owns that make it someone acting through them ("AbbVie's spokesman",
#: "Trump's daughter"), beyond the agentive endings.
_PEOPLE_OWNED = SINGLE_PERSON_NOUNS | UNSUFFIXED_PERSON_NOUNS | ACTOR_NOUNS | GROUP_NOUNS


def _bare_name(head: Token) -> SpacySpan | None:
    """The words of a name no actor has (``_unresolved_name``): its entity, or the run of
    names before its head ("American Crossroads"), without a leading "the"."""
    if _actor_noun(head) or not _unresolved_name(head):
        return None  # "a super PAC": the description's words, not the name's
    return _name_words(head)


def _name_words(head: Token) -> SpacySpan | None:
    """The words of the name ``head`` heads (``_bare_name``), whether or not it acts: a
    capitalised PROPN outside a compound or a possessive."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.dep_ in _OWNED_DEPS:
        return None
    doc = head.doc
    if head.ent_iob_ != "O":
        span = _entity_of(head)
        start, end = span.start, span.end
    else:
        start, end = head.i, head.i + 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == head.i:
            start -= 1
    while start < end - 1 and (doc[start].lower_ == "the" or _title_word(doc[start])):
        start += 1  # "the", and a title before the name ("General Ham")
    return doc[start:end]


def _title_word(token: Token) -> bool:
    """A word that titles or names a person ("Senator", "spokesman", "organizer"): it opens a
    name's span only as a title, so it is cut from the span ("General Ham"), and a name headed
    by one is a role, not a body the refine step could make an actor of."""
    lemma = token.lemma_.lower()
    return lemma in _TITLE_NOUNS or token.lower_ in _TITLE_NOUNS or names_people(lemma)


def _entity_of(token: Token) -> SpacySpan:
    """The whole named entity ``token`` is inside (its own token where it is the only one)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _naming_start(span: SpacySpan) -> int:
    """Where the words naming the actor start: after determiners and count hedges.

    The guidelines' mentions leave them out ("federal government" in "the federal
    government", "707 people" in "at least 707 people"), as the actors plugin's do,
    so a mention that kept them would match no annotated one.
    """
    for token in span:
        if token.i >= span.root.i:
            return span.root.idx
        if (
            token.dep_ not in _NOT_NAMING_DEPS
            and token.lower_ not in _QUANTIFIERS
            and token.tag_ not in _OWNER_PRONOUN_TAGS
            and not token.is_punct
        ):
            return token.idx
    return span.root.idx


#: Possessive pronouns before a description ("their supporters", "whose leaders", "our
#: closest allies"): the pronoun is a mention of its own, never part of the group's, as
#: the guidelines split "Obama's aides" and mark the noun of "our families".
_OWNER_PRONOUN_TAGS = frozenset({"PRP$", "WP$"})


def _after_clitic(text: str, cut: int, head: int) -> int:
    """Where the words after an owner's mention start: past the possessive clitic ("'s",
    "'", "’s") and the spaces, never into the next word ("the party's summer analysts")."""
    if cut < head and text[cut] in "'’":
        cut += 1
        if cut < head and text[cut] == "s" and (cut + 1 >= head or not text[cut + 1].isalnum()):
            cut += 1
    while cut < head and text[cut].isspace():
        cut += 1
    return cut


def _names_actor(head: Token) -> bool:
    return _actor_noun(head) or _unresolved_name(head)


def _actor_noun(head: Token) -> bool:
    """Whether the head is a noun of the people and bodies vocabularies (or the agentive
    and body rules of ``_specific_agentive``)."""
    lemma = head.lemma_.lower()
    if head.lower_ in SIDE_NOUNS or (lemma in SIDE_NOUNS and head.tag_ != "NNS"):
        return True
    if _specific_agentive(head):
        return True
    return any(
        w in nouns
        for w in (lemma, head.lower_)
        for nouns in (ACTOR_NOUNS, PARTICIPANT_NOUNS, KIN_AND_MEDIA_NOUNS, FOLLOWER_NOUNS)
    )


#: Dependencies of the words that make an agentive noun someone in particular: a
#: determiner, a count, a describing modifier or complement ("the bankers", "early
#: deciders", "survivors of the attack"). Not an owner: "his successor", "my lenders"
#: name a relation more often than a group the text has in mind.
_SPECIFYING_DEPS = frozenset({"det", "nummod", "amod", "compound", "nmod", "prep", "appos"})
#: Determiners and counts: with one, a class the clause describes is still a definite set
#: ("the politicians who ..."); without, it is any who fit ("politicians who push ...").
_BOUNDING_DEPS = frozenset({"det", "nummod"})
#: Quantifiers that leave a class unbounded ("all foreigners sentenced to ...", "enough
#: unbound elders"): whoever fits, not a set the text has in mind.
_UNBOUNDED = frozenset({"all", "enough", "more", "fewer", "less", "such"})
#: People a poll counts: their backing is a share, never a group's act (the guidelines'
#: poll ruling).
_POLLED = frozenset({"respondent", "interviewee"})
#: Modifiers that make the noun a role still to fill, no one yet ("potential appointees").
_UNFILLED = frozenset(
    {"potential", "future", "prospective", "possible", "would-be", "next", "eventual"}
)


#: Heads the actors plugin reads as a body or group after a name ("the Texas delegation",
#: "E.U. nations"): with a describing word of their own a body or group that takes part
#: ("the convention's security team", "other businesses"); states are the actors
#: plugin's (``_STATE_NOUNS``), and classes and positions are no body (the guidelines'
#: "the establishment"; "the community", "the leadership" of someone).
_BODY_NOUNS = (UNIT_NOUNS | GROUP_NOUNS | COLLECTIVE_NOUNS) - _STATE_NOUNS - _CLASS_NOUNS


def _body_noun(head: Token) -> bool:
    """A head that names a body or a group of people ("team", "committee", "electorate"), which
    the actors plugin reads only after a name; here it may make an actor on the specificity
    conditions of the agentive nouns."""
    return head.lemma_.lower() in _BODY_NOUNS or head.lower_ in _BODY_NOUNS


def _compound(head: Token) -> str | None:
    """The noun right before ``head`` that compounds with it ("aircraft" in "the aircraft
    carrier"): with it the head may name a thing though alone it names people."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == head.i:
        return before.lower_
    return None


def _specific_agentive(head: Token) -> bool:
    """Whether a common noun names people by its agentive ending (``names_people``:
    "fundraisers", "historians", "participants") and the phrase makes them someone in
    particular. The open class takes in every class of people, and the guidelines make
    a generic class no actor ("libertarians", "politicians who push such laws"), so a
    bare plural or one only a relative clause bounds is left out, as is a role still to
    fill ("potential appointees", "his successor"). One person's titles are the
    definite-person test's (``_definite_person``)."""
    if head.pos_ != "NOUN" or not (names_people(head.lemma_, _compound(head)) or _body_noun(head)):
        return False
    if head.lemma_.lower() in _POLLED:
        return False  # "the respondents who back X": a poll's share, no group that acts
    kids = [c for c in head.children if c.dep_ in _SPECIFYING_DEPS and c.lower_ not in _UNBOUNDED]
    if any(c.lower_ in _UNFILLED for c in kids):
        return False
    if head.tag_ != "NNS":
        if _hyphenated(head) in _TITLE_NOUNS:
            return False  # "her own nominee", "the senator": the definite-person test's
        return bool(kids) or not any(c.dep_ == "poss" for c in head.children)
    bounded = any(c.dep_ in _BOUNDING_DEPS for c in kids)
    if not bounded and any(c.dep_ == "relcl" for c in head.children):
        return False  # "politicians who push such measures": whoever does
    return bool(kids)


def names_new_actor(span: SpacySpan) -> bool:
    """Whether the refine step makes an actor of a participant these words name: an actor
    noun that names someone in particular ("progressive organizations", "one pastor"),
    not a count of poll respondents ("42 percent") nor "any officials"."""
    return _new_actor_key(span) is not None


def _new_actor_key(span: SpacySpan) -> tuple[str, int] | None:
    """The wording that identifies a new actor named by ``span``, if its head is an actor
    noun, and where the head starts."""
    head = span.root
    if counted_victims(head):
        return span.text.lower(), head.idx  # "killed 130 in Paris": a counted group
    if head.pos_ not in ("NOUN", "PROPN") or not (
        _names_actor(head) or _people_of(head) or _definite_person(head)
    ):
        return None
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
        return None
    if head.lemma_.lower() in _STATE_NOUNS and not _group_of_states(head):
        return None  # "his country": a state the actors plugin missed, not a new actor
    if any(t.lower_ in _NONSPECIFIC for t in span) or _generic(head):
        return None  # "if so much as one soldier comes", "any officials": no one in particular
    words_ = [t.lower_ for t in span if t.dep_ not in ("det", "poss") and not t.is_punct]
    return " ".join(words_), head.idx


#: Words that make a singular description pick out one person the text has in mind
#: ("the former secretary", "this merchant").
_DEFINITE = frozenset({"the", "this", "that"})


def _definite_person(head: Token) -> bool:
    """A singular description of one person the text already knows ("the former secretary
    accused ...", "slammed the state chairwoman"): the guidelines mark it as a mention of
    that person, so a participant it names is someone, even when the actors plugin did not
    tie it to a name. Not "a candidate", nor "her own nominee" (a role still to be filled:
    possessives name one as often as not)."""
    if head.tag_ not in ("NN", "NNP") or _hyphenated(head) not in _TITLE_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)


#: One person's titles and roles: the shared single-person nouns and the race's leader.
_TITLE_NOUNS = (
    SINGLE_PERSON_NOUNS
    | (UNSUFFIXED_PERSON_NOUNS - {"people", "staff"})
    | frozenset({"front-runner", "frontrunner"})
)


def _hyphenated(head: Token) -> str:
    """The head's word with a hyphenated first part ("front-runner", which the tokenizer
    splits), lowercased; else its lemma."""
    doc = head.doc
    i = head.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{head.lower_}"
    return head.lemma_.lower()


def _title_end(span: SpacySpan) -> int:
    """Where a description of one person ends: after the bare "of"-complement of its
    title ("the former secretary of state"), which the guidelines' mention includes
    though the roles stop at the head."""
    end = span.end_char
    head = span.root
    if not _definite_person(head):
        return end
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > head.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and not list(obj.children):
                    end = max(end, obj.idx + len(obj.text))
    return end


def _generic(head: Token) -> bool:
    """Whether the head names a kind, not someone in particular: bare "people" or
    "women" ("goes after people"), or a singular after "a" that the clause does not
    place in the world -- what someone is ("she is a woman") or is after ("called
    for a special prosecutor")."""
    if head.lower_ in _GENERIC_BARE and not any(c.i < head.i for c in head.children):
        return True
    if head.tag_ != "NN" or not any(c.lower_ in ("a", "an") for c in head.children):
        return False
    return head.dep_ == "attr" or (head.dep_ == "pobj" and head.head.lower_ == "for")


def _people_of(head: Token) -> bool:
    """A nationality or other group named in the plural ("asking Americans to ...", "the
    attacks on Americans in Benghazi"): the people it names take part, a group actor of
    their own when the actors plugin has none (the guidelines' groups of a definite extent)."""
    return head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")


def _group_of_states(head: Token) -> bool:
    """ "Twenty-seven states", "many European countries": a group the plural names; not bare
    "states" (states in general) nor "the two countries" (a plural reference to several
    actors, none by the guidelines)."""
    return (
        head.tag_ == "NNS"
        and not counted_plural(head)
        and any(c.dep_ in ("nummod", "amod", "det") and c.i < head.i for c in head.children)
    )


def _modifier_kind(head: Token, event: Event) -> ActorType:
    """What a name before an event noun is: an interview's outlet is the media ("an MSNBC
    interview"), a person's name a person; other names are bodies."""
    if head.ent_type_ == "PERSON":
        return "person"
    return "media" if event.mode == "interview" else "organization"


def _new_actor(
    head: Token, mention: Span, ctx: ExtractionContext, kind: ActorType | None = None
) -> Actor:
    """A new actor named by ``mention`` (the words naming it, less an owner cut off before it)."""
    if kind is None:
        plural = head.tag_ in ("NNS", "NNPS", "CD")  # "130" killed: a counted group
        person = head.lemma_.lower() in SINGLE_PERSON_NOUNS
        kind = "group" if plural else "person" if person else "organization"
    return Actor(id=ctx.new_id("actor"), name=mention.text, type=kind, mentions=[], plugin="events")
