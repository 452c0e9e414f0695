"""Dates from elsewhere in the article: one event mentioned twice.

The guidelines' ruling: "a date given for the event anywhere in the article
applies, even in another sentence". News names its main event in the headline
and dates it in the body ("Senator Slams Governor" ... "Walsh blasted Reed
on Monday"), and repeats an event in other words ("attacked" ... "went after").
This pass runs once per document after every event of it is known (before
repeated mentions are merged) and gives an undated event the date of another
mention of the same event: the same type and modality, and the same agent and
target actors (both named). When those mentions carry different dates they are
different occasions ("Trump attacked Clinton on Monday ... and again on
Thursday"), and nothing is shared.

A headline reports in the present tense what happened at the time of the
story ("Judge Rejects Request"): a headline verb in the present tense that the
body dates no other way is dated the day the lead names ("A judge ruled Friday
...") or else the publication day, as annotators date it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from spacy.tokens import Token

from newsextract import Event, ExtractionContext, TimeRef
from newsextract.dependents import child_table

from .timing import (
    DateIndex,
    StoryTime,
    actor_days,
    date_anchor_at,
    date_offsets,
    is_date,
    lead_day,
    lead_day_at,
    no_calendar_unit,
    office_noun,
    story_times,
)

__all__ = [
    "coming_plans",
    "date_by_actor_day",
    "date_by_scene",
    "date_by_speaker_day",
    "date_headline",
    "done_decisions",
    "share_dates",
]

#: Paragraphs an occasion's day carries over to its agent's acts told after it.
_OCCASION_PARAGRAPHS = 3
#: Told paragraphs with no act of the story's day after which the story has moved on: a
#: report of one occasion tells its acts between paragraphs of background and reaction, and
#: the annotators of the latest rounds date such acts with the day (session 23: 3 left 10
#: of them undated in the train rounds against 1 rightly so; 6 fixes fewer, and no limit
#: dates acts of other times in the dev rounds).
_STORY_GAP = 5
#: Paragraphs (headline included) within which the article names the day of its story.
_STORY_PARAGRAPHS = 4
#: Nouns whose "to"-clause is the act decided ("her decision to meet X").
_DECISIONS = frozenset({"decision"})
#: Adverbs that move a clause off the story's time ("Earlier, X thanked Y").
_TIME_SHIFTS = frozenset({"earlier", "previously", "formerly", "once", "before", "already"})
#: Prepositions that set a clause at an occasion ("during the speech", "in the debate's second hour").
_SCENE_PREPS = frozenset({"during", "in", "at", "throughout"})
#: Conjunctions of a clause told at the time of another ("As the debate progressed").
_SCENE_MARKS = frozenset({"as", "while", "when"})
#: Quotation marks that open a paragraph of quoted speech.
_QUOTES = frozenset({'"', "\u201c", "'"})
#: Enough of a date expression to read its first word ("this week", "this year").
_THIS_CHARS = 5
#: How far before publication the story's day may lie (a report of a recent occasion).
_LEAD_DAYS = 7
#: Clauses read up from a trigger to find how its clause tells it (:func:`_told_apart`).
_CLAUSE_STEPS = 4
#: Verbs whose "to"-clause goes on over a span ("continued to portray her as hiding").
_GOING_ON = frozenset({"continue", "keep"})
#: Mentions examined per (type, modality, agent, target): bounds a pathological input.
_MAX_MENTIONS = 64
#: The present tense of a headline's reporting ("Rejects", "Rip"), not "Hid" nor "Will Veto".
_PRESENT = frozenset({"VBZ", "VBP"})


def _actor(event: Event, role: str) -> str | None:
    for participant in event.participants:
        if participant.role == role and participant.actor is not None:
            return participant.actor
    return None


def _dated(when: TimeRef | None) -> bool:
    return when is not None and when.start is not None


def share_dates(
    events: list[Event], ctx: ExtractionContext | None, dates: DateIndex | None = None
) -> list[Event]:
    """The events, the lead's act given its day from the next paragraph, each undated one
    given the date of its other mentions when they agree on one, an act told of the story's
    occasion its day, then a headline's undated present-tense report the publication day; a
    decision dated in the past carried out."""
    if ctx is not None:
        days = actor_days(ctx)  # resolves dates (dateparser): once for both passes
        events = date_by_speaker_day(date_by_actor_day(events, ctx, days), ctx, days)
    apart = [
        ctx is not None
        and (ctx.quote_at(event.trigger.start) is not None or _told_apart(event, ctx))
        for event in events
    ]
    shared = _share(events, [_sentence(event, ctx) for event in events], apart)
    if ctx is None:
        return shared
    # after sharing: the acts other mentions date tell who was at the occasion
    dated = date_headline(
        date_by_body(date_by_scene(date_by_story_day(shared, ctx, dates), ctx), ctx), ctx
    )
    return coming_plans(done_decisions(dated, ctx), ctx)


def date_by_actor_day(
    events: list[Event], ctx: ExtractionContext, days: list[tuple[int, str, TimeRef]]
) -> list[Event]:
    """The events, the lead's undated act told in the simple past as its main clause dated
    by the day its paragraph or the next one gives for an act of its agent ("Schiff called
    on Obama to retaliate. ... Schiff told the program on Wednesday"): a news lead often
    leaves its day to the paragraph after it, and annotators date the story's act so. Only
    when that day is the one such day (two days: two occasions), and not inside a
    quotation, whose speaker tells another time. Later in the story an agent's dated act
    is as often another occasion ("supported Democrats during his time at the network
    ... he told me on Friday"). Only a simple-past main clause: read as the story-day pass
    reads acts (:func:`_story_act`), "Her endorsement of X came after weeks of talks" would
    take the next paragraph's day."""
    lead = ctx.lead
    if lead is None or not days:
        return events
    by_actor: dict[str, list[tuple[int, TimeRef]]] = defaultdict(list)
    for offset, actor, when in days:
        by_actor[actor].append((ctx.paragraph_index(offset), when))
    first = ctx.paragraph_index(lead.start)
    out = list(events)
    for i, event in enumerate(events):
        agent = _actor(event, "agent")
        if agent not in by_actor or _dated(event.when) or event.modality != "asserted":
            continue
        here = ctx.paragraph_index(event.trigger.start)
        if here > first + 1:
            continue  # the lead, or the paragraph after a one-line subheading
        if ctx.quote_at(event.trigger.start) is not None or not _told_in_past(event, ctx):
            continue
        found = {
            (when.start, when.end): when for at, when in by_actor[agent] if at in (here, here + 1)
        }
        if len(found) == 1:
            out[i] = event.model_copy(update={"when": next(iter(found.values()))})
    return out


def date_by_speaker_day(
    events: list[Event], ctx: ExtractionContext, days: list[tuple[int, str, TimeRef]]
) -> list[Event]:
    """The events, an act its agent is told doing in the simple past as a main clause dated
    by the day the article last gave that agent's acts, when no other date came between
    and at most :data:`_OCCASION_PARAGRAPHS` paragraphs separate them: "X offered promises
    Monday ... He lambasted the deal. He pledged to ..." tells one occasion (a speech, a
    rally, a hearing) act by act, and annotators date each act with its day. Any date
    expression in between opens another time ("In 2012 he backed ..."), and a quotation's
    acts are its speaker's to date. An act counts when told in the simple past all the way up
    (:func:`_story_act`: "was sharply critical of X", "even as he defended Y"): annotators
    date such acts of one occasion with its day too."""
    by_actor: dict[str, list[tuple[int, TimeRef]]] = defaultdict(list)
    for offset, actor, when in days:
        if ctx.quote_at(offset) is None:
            by_actor[actor].append((offset, when))
    if not by_actor:
        return events
    offsets = {actor: [offset for offset, _ in days] for actor, days in by_actor.items()}
    stamps = date_offsets(ctx)
    # "last week", "over the past two weeks": the guidelines' null, which no day told before
    # replaces
    vague = [e.start_char for e in ctx.doc.ents if is_date(e) and no_calendar_unit(e.text)]
    out = list(events)
    for i, event in enumerate(events):
        agent = _actor(event, "agent")
        start = event.trigger.start
        if agent not in by_actor or _dated(event.when) or event.modality != "asserted":
            continue
        before = bisect.bisect_left(offsets[agent], start)
        if before == 0:
            continue
        at, when = by_actor[agent][before - 1]
        if bisect.bisect_left(stamps, start) - bisect.bisect_right(stamps, at) > 0:
            continue  # another date between: another time
        if ctx.paragraph_index(start) - ctx.paragraph_index(at) > _OCCASION_PARAGRAPHS:
            continue
        if ctx.quote_at(start) is not None or not _story_act(event, ctx):
            continue
        if _has_own_time(event, ctx, vague):
            continue  # "Christie endorsed Trump last week": no day, not the speaker's last one
        out[i] = event.model_copy(update={"when": when})
    return out


def _story_day(times: list[StoryTime], ctx: ExtractionContext) -> StoryTime | None:
    """The day the article's story happens: the first date of a clause, in the first
    :data:`_STORY_PARAGRAPHS` paragraphs, that is a day of the week before publication
    ("spoke on the steps of the courthouse Wednesday", "offered promises Monday")."""
    published = ctx.published
    if published is None:
        return None
    for time in times:
        if ctx.paragraph_index(time.offset) >= _STORY_PARAGRAPHS:
            return None
        when = time.when
        if (
            time.clause
            and when is not None
            and when.start is not None
            and when.precision == "day"
            and 0 <= (published - when.start).days <= _LEAD_DAYS
        ):
            return time
    return None


def _story_moves(times: list[StoryTime], start: int, ctx: ExtractionContext) -> list[StoryTime]:
    """The times from ``start`` on that move the narration: times of clauses ("In 2007, X
    voted", "has been debated for months"), not of nouns ("the 2007 vote"), "earlier in the
    day" and "hours later" given the last day named before them; not "this week", which
    holds the story's day."""
    moves = []
    last_day: TimeRef | None = None
    for time in times:
        if time.same_day:
            time = time._replace(when=last_day)
        elif time.when is not None and time.when.precision == "day":
            last_day = time.when
        if time.offset >= start and not time.of_noun and not _spans_now(time, ctx):
            moves.append(time)
    return moves


def _told_paragraphs(ctx: ExtractionContext) -> list[int]:
    """Where the paragraphs that tell (not quote) begin, the first one aside: a paragraph of
    quoted speech between two acts of an occasion is the occasion's own ("... chided him. /
    "When given the option, ..." she said. / Huerta praised ..."), and does not move the
    story on."""
    text = ctx.text
    return [start for start, _ in ctx.paragraphs[1:] if text[start] not in _QUOTES]


def _spans_now(time: StoryTime, ctx: ExtractionContext) -> bool:
    """ "Throughout this week", "this year": a time around the present, not another one."""
    text = ctx.text[time.offset : time.offset + _THIS_CHARS].lower()
    return text.startswith("this ")


def _has_own_time(event: Event, ctx: ExtractionContext, offsets: list[int]) -> bool:
    """Whether the sentence of the event names a time of its own ("this week"), one of the
    sorted ``offsets`` of the article's time expressions."""
    token = _trigger_root(event, ctx)
    if token is None:
        return True
    sent = token.sent
    at = bisect.bisect_left(offsets, sent.start_char)
    return at < len(offsets) and offsets[at] < sent.end_char


def _same_time(a: TimeRef | None, b: TimeRef | None) -> bool:
    """Whether two dates are the same time (their mentions aside)."""
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def date_by_story_day(
    events: list[Event], ctx: ExtractionContext, dates: DateIndex | None = None
) -> list[Event]:
    """The events, an act told in the simple past as a main clause after the story's day
    dated by it while the narration is still at that day: a report of one occasion (a
    debate, a speech, a hearing) dates it once and tells its acts one by one, by whoever
    did them ("Pruitt took to the steps of the courthouse Wednesday ... Lund praised
    Hale"), and annotators date each with the day. A date of another time in between
    ("In 2007, Sanders voted ...") moves the story away until the day is named again ("Earlier
    in the day") or someone not named with that other time acts again; so do more than
    :data:`_STORY_GAP` paragraphs (quoted speech aside) without an act of the day.
    Only the acts of those at the occasion count: actors named in the sentence of the day or
    of an act of the day ("Standing alongside Huerta, X accused Y ... Huerta praised Z"). A
    quotation's acts are its speaker's to date; an act whose sentence names a time of its
    own ("this week") or moves off it ("Earlier, X thanked Y") keeps it. A reference to the
    day's occasion ("As the debate progressed", given ``dates``) brings the story back to the
    day, and those its sentence names were there."""
    times = story_times(ctx)
    day = _story_day(times, ctx)
    if day is None or day.when is None:
        return events
    returns = _occasion_returns(ctx, dates, day)
    moves = sorted(_story_moves(times, day.offset, ctx) + returns, key=lambda t: t.offset)
    offsets = [t.offset for t in moves]
    named = [t.offset for t in times]
    breaks = _told_paragraphs(ctx)
    last = day.offset  # the last act told at the day: the story is still there
    # who the sentences of the day and of its acts name: those at the occasion
    present = _named_at(day.offset, ctx)
    cast_open = _unnamed_cast(day.offset, ctx)
    out = list(events)
    for i, event in enumerate(events):
        start = event.trigger.start
        if start > day.offset and _same_time(event.when, day.when):
            last = start
            present |= _named_with(event, ctx)
        if start <= day.offset or _dated(event.when) or event.modality != "asserted":
            continue
        at = bisect.bisect_left(offsets, start)
        moved = at == 0 or not _same_time(moves[at - 1].when, day.when)
        if not moved and moves[at - 1] in returns:
            present |= _named_at(moves[at - 1].offset, ctx)  # "Rubio, in the debate's second hour"
        agent = _actor(event, "agent")
        if agent not in present and not (cast_open and agent is not None):
            continue  # not one of those at the occasion: "Sam Ortiz thanked Ann Lee" told apart
        if moved and at > 0 and agent in _named_at(moves[at - 1].offset, ctx):
            continue  # "Walsh was first elected in 2019. ... Walsh criticized": still then
        here = last if moved else max(last, moves[at - 1].offset)  # "Earlier in the day"
        if bisect.bisect(breaks, start) - bisect.bisect(breaks, here) > _STORY_GAP:
            continue  # paragraphs on other things in between: the story has moved on
        if ctx.quote_at(start) is not None or not _story_act(event, ctx):
            continue
        if _has_own_time(event, ctx, named) or _shifted(event, ctx):
            continue  # "Hale campaigned in the state this month": a time of its own, not the day
        out[i] = event.model_copy(update={"when": day.when})
        last = start
        present |= _named_with(event, ctx)
    return out


def date_by_scene(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """The events, an act told in the simple past as part of the narration dated by the day
    its paragraph last named, when that day is one of the week before publication: "Jeb Bush
    fired at Trump. Chris Christie savaged Rubio" after "the campaign trail Monday was ...",
    "He denied the charges" after "she filed a complaint Tuesday". A paragraph tells one
    scene, and annotators date its acts with the scene's day, whoever does them (the
    story-day and speaker-day passes need the story's first day or the agent's own dated
    act). Only within the paragraph (tuning halves: 5 dates fixed in 4 articles, 1 broken):
    carried across paragraphs the day is wrong more often than right (10 fixed against 29
    broken for two paragraphs), as annotators leave many such acts undated. Only a verb:
    an event noun ("responded to Republican criticism") is mostly an act done before. A
    quotation's acts, an act whose sentence names a time of its own or is moved off the
    story's time ("earlier", the present perfect, "continued to") keep theirs."""
    published = ctx.published
    if published is None:
        return events
    times = story_times(ctx)
    days = _scene_days(times)
    if not days:
        return events
    offsets = [offset for offset, _ in days]
    named = [time.offset for time in times]
    breaks = _told_paragraphs(ctx)
    out = list(events)
    for i, event in enumerate(events):
        start = event.trigger.start
        if _dated(event.when) or event.modality != "asserted":
            continue
        at = bisect.bisect_left(offsets, start)
        if at == 0:
            continue
        offset, when = days[at - 1]
        if (
            when is None
            or when.start is None
            or not 0 <= (published - when.start).days <= _LEAD_DAYS
        ):
            continue  # not a day of the story ("the 9/11 attacks", "in 2012")
        if bisect.bisect(breaks, start) != bisect.bisect(breaks, offset):
            continue  # another paragraph: another scene as often as not
        if _scene_act(event, ctx) and not _has_own_time(event, ctx, named):
            out[i] = event.model_copy(update={"when": when})
    return out


def _scene_days(times: list[StoryTime]) -> list[tuple[int, TimeRef | None]]:
    """Where the narration moves to a time, with the day it names (``None`` when it is no
    day: "this week", "in 2012", which end the scene of the day before them); "earlier in
    the day", "hours later" keep the last day named."""
    days: list[tuple[int, TimeRef | None]] = []
    last_day: TimeRef | None = None
    for time in times:
        when = last_day if time.same_day else time.when
        if when is not None and when.precision != "day":
            when = None
        if not time.same_day:
            last_day = when
        days.append((time.offset, when))
    return days


def _scene_act(event: Event, ctx: ExtractionContext) -> bool:
    """Whether the event is a verb the paragraph's narration tells at its day: outside
    quotations, an act of the story (:func:`_story_act`), not moved off its time
    (:func:`_shifted`, :func:`_told_apart`)."""
    token = _trigger_root(event, ctx)
    return (
        token is not None
        and token.pos_ == "VERB"
        and ctx.quote_at(event.trigger.start) is None
        and _story_act(event, ctx)
        and not _shifted(event, ctx)
        and not _told_apart(event, ctx)
    )


def _occasion_returns(
    ctx: ExtractionContext, dates: DateIndex | None, day: StoryTime
) -> list[StoryTime]:
    """Where the narration refers back to the occasion of the story's day ("As the debate
    progressed", "during the speech"), outside quotations: the story is at the day again."""
    when = day.when
    if dates is None or when is None:
        return []
    return [
        StoryTime(token.idx, when, True, False, False)
        for token in ctx.doc
        if token.idx > day.offset
        and token.tag_ == "NN"
        and ctx.quote_at(token.idx) is None
        and _sets_the_scene(token)
        and dates.refers_to_day(token, when, ctx)
    ]


def _sets_the_scene(noun: Token) -> bool:
    """Whether an occasion noun sets the scene of its clause: "during the speech", "in the
    debate's second hour", "As the debate progressed"; not what a clause tells of it ("The
    statement was signed by", "attended the rally", "before the speech": another time)."""
    if noun.dep_ == "poss":
        noun = noun.head  # "in the debate's second hour"
    head = noun.head
    if noun.dep_ == "pobj":
        return head.lower_ in _SCENE_PREPS
    return noun.dep_ == "nsubj" and any(
        c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in head.children
    )


def _unnamed_cast(offset: int, ctx: ExtractionContext) -> bool:
    """Whether the sentence of the story's day tells its occasion of a group whose members it
    does not name ("the Democratic contenders on Saturday presented a different view"): who
    was there is told act by act after it ("Clinton praised X"), so every named agent may be."""
    span = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span[0].sent.root
    return any(subject.dep_ == "nsubj" and subject.tag_ == "NNS" for subject in root.children)


def _named_with(event: Event, ctx: ExtractionContext) -> set[str]:
    """The actors the sentence of the event names ("Standing alongside Huerta, X accused Y")."""
    return _named_at(event.trigger.start, ctx)


def _named_at(offset: int, ctx: ExtractionContext) -> set[str]:
    """The actors the sentence at ``offset`` names."""
    return {actor.id for actor in ctx.actors_in(*_sentence_bounds(offset, ctx))}


def _sentence_bounds(offset: int, ctx: ExtractionContext) -> tuple[int, int]:
    """The character bounds of the sentence at ``offset`` (empty when no token is there)."""
    span = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return offset, offset
    sent = span[0].sent
    return sent.start_char, sent.end_char


def _shifted(event: Event, ctx: ExtractionContext) -> bool:
    """Whether the act's clause is moved off the story's time ("Earlier, Reed thanked X",
    "had previously met")."""
    token = _trigger_root(event, ctx)
    return token is not None and any(
        c.dep_ == "advmod" and c.lower_ in _TIME_SHIFTS for c in token.children
    )


def _told_apart(event: Event, ctx: ExtractionContext) -> bool:
    """Whether the event's clause tells it over a span or at another time than the one
    occasion a dated mention names: the present perfect ("has stepped up his attacks on X",
    "has been Trump's attack dog, ... vouching for him"), a time-shift adverb ("who
    previously questioned X") or "continued to" ("continued to portray her as hiding"). Such
    a clause sums up many acts, and annotators leave it undated though one of them is dated
    elsewhere. Read from the trigger up to its clause's subject."""
    node = _trigger_root(event, ctx)
    for _ in range(_CLAUSE_STEPS):
        if node is None:
            return False
        # the child table, not ``Token.children``: the climb from a conjunct reaches the first
        # verb of its coordination, which heads thousands of them in a run-on sentence
        kids = child_table(node.doc).labelled(node.i)
        if any(c.lower_ in _TIME_SHIFTS for c in kids.get("advmod", ())):
            return True
        if any(c.lemma_ == "have" and c.tag_ in _PRESENT for c in kids.get("aux", ())):
            return True
        if node.lemma_.lower() in _GOING_ON and "xcomp" in kids:
            return True
        if node.dep_ in ("ROOT", "nsubj", "nsubjpass") or "nsubj" in kids or "nsubjpass" in kids:
            return False
        node = node.head
    return False


def _trigger_root(event: Event, ctx: ExtractionContext) -> Token | None:
    """The syntactic head of the event's trigger in the parse."""
    span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return None if span is None else span.root


def _told_in_past(event: Event, ctx: ExtractionContext) -> bool:
    """Whether the trigger is the simple-past verb of a main clause ("Schiff called on ...")."""
    token = _trigger_root(event, ctx)
    if token is None:
        return False
    if token.dep_ == "conj":
        # "has sharply criticized X and called for Y": the second verb shares the perfect
        head = token.head
        return head.dep_ == "ROOT" and _simple_past(head) and token.tag_ == "VBD"
    return token.dep_ == "ROOT" and token.tag_ == "VBD"


def _story_act(event: Event, ctx: ExtractionContext) -> bool:
    """Whether the trigger tells an act of the story's narration: a simple-past main clause
    (:func:`_told_in_past`), or a clause or bare gerund at the time of one ("as Trump
    denounced X", "praised X, crediting her with Y"), or any act told in the simple past all
    the way up to its main verb (:func:`_past_narration`: "were critical of X", "made an
    appearance at X's rally": annotators date such acts with the story's day); not a
    passive ("was also accused of breaking the rules" is as often an earlier time). Not a job
    or an office noun (:func:`.timing.office_noun`): the office is held, not done that day."""
    token = _trigger_root(event, ctx)
    if token is not None and office_noun(token, event.type):
        return False
    if _told_in_past(event, ctx):
        return True
    if token is None:
        return False
    if _story_verb(_verb_of_noun(token), _STORY_DEPTH):
        return True
    # "continued to criticize X": told over a span, as the sharing pass reads it
    return _past_narration(token) and not _sets_a_clause(token) and not _told_apart(event, ctx)


def _sets_a_clause(noun: Token) -> bool:
    """Whether an event noun is the occasion a clause is set at ("During her rally in Troy, X
    criticized Y"): as :func:`_verb_of_noun` reads it, the setting is not itself an act the
    narration tells (it may be another occasion than the story's)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in _SCENE_PREPS
        and prep.head.pos_ in ("VERB", "AUX")
    )


#: How many dependency steps :func:`_past_narration` climbs from a trigger to the main verb.
_NARRATION_STEPS = 6
#: The links along which an act is told as part of its sentence's narration: a noun's
#: preposition, object, subject or adjective ("was critical of X", "made an appearance at X's
#: rally", "his critique of X was polite"), a verb's complement infinitive, bare adverbial
#: clause or conjunct, or a named actor's added relative clause ("said Doe, who praised Reed");
#: not a reported clause (``ccomp``: "said that X had attacked Y" tells an act of its own
#: time), a noun's participle ("staff favoring X") nor a defining relative clause (it describes
#: background: "Doe was the first mayor who endorsed Reed").
_NARRATION_LINKS = frozenset(
    {
        "prep",
        "pobj",
        "dobj",
        "nsubj",
        "acomp",
        "attr",
        "xcomp",
        "advcl",
        "conj",
        "pcomp",
        "relcl",
    }
)


def _past_narration(token: Token) -> bool:
    """Whether the trigger is told in the simple past all the way up to its sentence's main
    verb: every verb on the way is a simple past ("were critical of X", "made a surprise
    appearance at X's rally", "tried to rebuke X", "as X threw his support behind
    Y"), a past progressive ("where X was holding his rally"), an infinitive or a bare
    gerund, and at least one is finite past. A present, a perfect ("has introduced X at
    rallies", "had called it a disaster"), a modal, a passive or a reported clause on the way
    tells another time or no act of the story's day."""
    node = token
    past = False
    for _ in range(_NARRATION_STEPS):
        if node.pos_ in ("VERB", "AUX"):
            tense = _narrated_tense(node)
            if tense is None:
                return False
            past = past or tense
        if node.dep_ == "ROOT":
            return past
        if node.dep_ not in _NARRATION_LINKS or not _narrating_link(node):
            return False
        node = node.head
    return False


#: Prepositions that put their noun at another time than the clause ("came after a bitter
#: fight", "before the convention", "since the primary").
_OTHER_TIME_PREPS = frozenset({"after", "before", "since", "until", "following", "prior"})
#: Conjunctions that put an adverbial clause at another time than its head, or give a cause
#: told earlier ("after Reed endorsed Doe", "because Reed had praised her").
_OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until", "because", "once"})
#: Prepositions of a gerund told at its verb's time: the means ("began by crediting X") or
#: the time ("while urging Y"); not the reason of praise or blame ("credited her with
#: convening X", "thanked him for backing Y": an act done before).
_SAME_TIME_GERUND_PREPS = frozenset({"by", "while", "in"})


def _narrating_link(node: Token) -> bool:
    """Whether the link from ``node`` to its head keeps the head's time (see
    :func:`_past_narration`): not a noun after "after"/"before"/"since", not a clause marked
    so ("after Reed endorsed Doe", "because he had praised her"), not the gerund of a reason
    ("for backing X", "with convening Y")."""
    if node.dep_ == "prep":
        return node.lower_ not in _OTHER_TIME_PREPS
    if node.dep_ == "relcl":
        return _added_actor_clause(node)
    if node.dep_ == "advcl":
        # "endorsed Doe after Reed criticized her": the clause tells another time
        return not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _OTHER_TIME_MARKS and c.i < node.i
            for c in node.children
        )
    if node.dep_ == "pcomp":
        # "with Lund standing beside him as he urged X": a gerund with its own subject
        # under "with" sets the scene at the same time
        return node.head.lower_ in _SAME_TIME_GERUND_PREPS or (
            node.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in node.children)
        )
    return True


#: Relative pronouns that open a clause telling what a named actor did.
_ACTOR_RELATIVES = frozenset({"who", "which", "that"})


def _added_actor_clause(clause: Token) -> bool:
    """ "said Doe, who praised Reed", "Reed, who was under questioning from X": a relative
    clause set off by a comma after a name, its pronoun the doer, tells what the named actor
    did in the story; a defining clause on a common noun describes background ("was the
    first mayor who endorsed Reed"), and an object relative another time ("Reed, whom he
    attacked during the campaign")."""
    name = clause.head
    doc = clause.doc
    if name.pos_ != "PROPN" or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return False
    return any(
        c.dep_ == "nsubj" and c.lower_ in _ACTOR_RELATIVES and c.i < clause.i
        for c in clause.children
    )


def _narrated_tense(verb: Token) -> bool | None:
    """``True`` for a finite simple or progressive past ("attacked", "was holding"), ``False``
    for a non-finite form that takes its tense from above (an infinitive, a bare gerund or
    participle), ``None`` for anything else (present, perfect, modal, passive)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" or a.tag_ == "MD" or a.lemma_ == "have" for a in auxes):
        return None
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBG":
        if not auxes:
            return False
        return [a.tag_ for a in auxes] == ["VBD"]  # "was holding", not "is holding"
    if verb.tag_ == "VB":
        return False if [a.lower_ for a in auxes] == ["to"] else None
    return None


#: How many clauses up an act may hang from the story's main clause ("Trump stood by X,
#: refusing to Y" inside "As the debate progressed and ..., Rubio tried").
_STORY_DEPTH = 2


def _verb_of_noun(token: Token) -> Token:
    """The verb an event noun is the object of ("opened with a call for X", "delivering a
    critique of X"): the noun's act is told when that verb is; ``token`` itself otherwise, and
    for the occasion a clause is set at ("During her rally in Troy, X criticized Y")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return token
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ not in _SCENE_PREPS:
        token = token.head
    elif token.dep_ != "dobj":
        return token
    return token.head if token.head.pos_ == "VERB" else token


def _story_verb(token: Token, depth: int) -> bool:
    """Whether a verb tells an act of the story's narration: a simple-past main clause, one
    in the past progressive ("She was defending the organization"), or a clause or bare
    gerund at the time of such a verb, up to ``depth`` clauses down."""
    if token.dep_ == "ROOT":
        if _simple_past(token):
            return True
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        return token.tag_ == "VBG" and [a.tag_ for a in auxes] == ["VBD"]
    if depth == 0 or token.dep_ not in ("advcl", "conj"):
        return False
    if token.dep_ == "conj":
        return token.tag_ == "VBD" and _story_verb(token.head, depth - 1)
    marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "advmod")}
    if token.tag_ == "VBG":
        own = not marks and not any(c.dep_ in ("nsubj", "aux") for c in token.children)
    else:
        own = token.tag_ == "VBD" and bool(marks & {"as", "when", "while"})
    return own and _story_verb(token.head, depth - 1)


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past with no auxiliary of its own ("criticized", not "has criticized")."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def done_decisions(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """The events, what a decision was taken to do asserted when it is dated before the
    article ("her decision to meet X at the end of June", "made a decision on Feb. 9 to
    grant a request"): a decision the story dates in the past was carried out, while an
    undated one ("Britain's decision to leave the EU") stays planned."""
    published = ctx.published
    if published is None:
        return events
    out = list(events)
    for i, event in enumerate(events):
        when = event.when
        if event.modality != "planned" or when is None or when.end is None:
            continue
        if when.end >= published:
            continue
        token = _trigger_root(event, ctx)
        if token is not None and _decided(token):
            out[i] = event.model_copy(update={"modality": "asserted"})
    return out


def coming_plans(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """The events, one told as a fact but dated wholly after publication planned ("Republicans
    arriving next month to nominate X", "is expected to act at its meeting in December"): what
    has not happened yet is scheduled, and annotators mark it so whatever the clause's form;
    not in a sentence told in the past, where such a date is misread."""
    published = ctx.published
    if published is None:
        return events
    return [
        event.model_copy(update={"modality": "planned"})
        if event.modality == "asserted"
        and event.when is not None
        and event.when.start is not None
        and event.when.start > published
        and not _told_in_past_sentence(event, ctx)
        else event
        for event in events
    ]


def _told_in_past_sentence(event: Event, ctx: ExtractionContext) -> bool:
    """Whether the event's sentence is told in the simple past ("During his attack, X posted
    messages"): a date after publication there is a misread date, not a plan."""
    token = _trigger_root(event, ctx)
    return token is None or token.sent.root.tag_ == "VBD"


def _decided(token: Token) -> bool:
    """Whether the token is the act of a "decision to ..." (the noun's infinitive clause)."""
    return token.dep_ in ("acl", "advcl", "relcl") and token.head.lemma_.lower() in _DECISIONS


def _sentence(event: Event, ctx: ExtractionContext | None) -> int | None:
    """The index of the sentence the trigger is in (its first token), if the text is known."""
    if ctx is None:
        return None
    token = _trigger_root(event, ctx)
    return None if token is None else ctx.sentence_start(token.i)


def _share(events: list[Event], sentences: list[int | None], apart: list[bool]) -> list[Event]:
    """Each undated event given the date of its other mentions when they agree on one; not
    one told apart from them (``apart``): inside a quotation ("As we noted, Clinton hit Trump
    hard at the convention"), where the speaker tells a time of their own, or in a clause
    told as a span or another time (:func:`_told_apart`)."""
    groups: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        agent, target = _actor(event, "agent"), _actor(event, "target")
        if agent is None or target is None or agent == target:
            continue
        groups[(event.type, event.modality, agent, target)].append(i)
    out = list(events)
    for members in groups.values():
        members = members[:_MAX_MENTIONS]
        for i in members:
            if not _dated(events[i].when) and not apart[i]:
                when = _one_date([events[j] for j in _mentions_of(i, members, events, sentences)])
                if when is not None:
                    out[i] = events[i].model_copy(update={"when": when})
    return out


def _mentions_of(
    i: int, members: list[int], events: list[Event], sentences: list[int | None]
) -> list[int]:
    """Which of the mentions (same type, modality and actors) tell the act of mention ``i``.

    When the article repeats its word ("endorses" ... "is endorsing" ... "his endorsement"),
    those mentions tell that act, and another word between the same actors is as often
    another act ("thanked X on Wednesday for backing ..."): only the family and the words of
    the same sentence ("trashing X on Monday and accusing him") count. A word said once
    ("slams" in the headline, "blasted" in the body) may be any of them."""
    family = [j for j in members if j != i and _same_word(events[i], events[j])]
    if not family:
        return members
    here = sentences[i]
    return [j for j in members if j in family or (here is not None and sentences[j] == here)]


def _one_date(mentions: list[Event]) -> TimeRef | None:
    """The date the mentions agree on; none when undated or dated apart (several occasions)."""
    dates = {}
    for event in mentions:
        when = event.when
        if when is not None and when.start is not None:
            dates[(when.start, when.end, when.precision)] = when
    return next(iter(dates.values())) if len(dates) == 1 else None


#: Letters two trigger words must share to be one word family ("endorses", "endorsement").
_STEM = 5


def _same_word(a: Event, b: Event) -> bool:
    """Whether two triggers are one word or its family ("endorse", "endorsing", "endorsement";
    "meet", "meeting"): a different word of the same type between the same actors is as
    often a different act ("thanked X for backing" on Wednesday, "endorses X" on Friday)."""
    x, y = a.trigger.text.lower(), b.trigger.text.lower()
    need = min(_STEM, len(x), len(y))
    return x[:need] == y[:need]


def _reports_now(token: Token) -> bool:
    """A present-tense main verb of the headline ("Judge rejects X", "X slams Y and
    demands Z", "Y says X backs Z"), not a clause inside another ("X hid ..., doctor says")."""
    if token.tag_ not in _PRESENT or any(c.dep_ == "aux" for c in token.children):
        return False
    if token.dep_ == "ROOT":
        return True
    return (
        token.dep_ in ("conj", "ccomp")
        and token.head.dep_ == "ROOT"
        and token.head.tag_ in _PRESENT
    )


def _same_participants(a: Event, b: Event) -> bool:
    """Agent to agent and target to target the same actor or one side unnamed, one named in
    common: what lets two mentions be merged as one event."""
    pairs = [(_actor(a, role), _actor(b, role)) for role in ("agent", "target")]
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and x == y for x, y in pairs
    )


def _dated_act_alike(event: Event, events: list[Event]) -> bool:
    """Whether another act of the event's type between the same actors is dated ("Walsh
    endorses Reed" ... "On Monday, Walsh thanked Reed"): the day the story gives near it may
    be that act's, not the headline's."""
    return any(
        other is not event
        and other.type == event.type
        and _same_participants(event, other)
        and _dated(other.when)
        for other in events
    )


def _dated_in_body(event: Event, events: list[Event]) -> bool:
    """Whether a dated mention of the same type may be the same event as ``event`` (of its
    word family when the body repeats the word, as :func:`_mentions_of` reads mentions)."""
    others = [
        other
        for other in events
        if other is not event and other.type == event.type and _same_participants(event, other)
    ]
    family = [other for other in others if _same_word(event, other)]
    return any(_dated(other.when) for other in family or others)


#: The longest line (in characters) read as a headline's deck rather than as the lead.
_DECK_CHARS = 120


#: Present-tense tags of a deck's main verb ("X praises Y", "Leaders denounce Z").
_PRESENT = frozenset({"VBZ", "VBP"})


def _deck(ctx: ExtractionContext) -> tuple[int, int] | None:
    """``(end of the deck, end of the lead)`` when a one-sentence line follows the headline
    ("Walsh praises Reed after a long meeting." under "Senator Steps Off Campaign Trail"):
    news decks report in the headline's present tense what the lead then dates, so
    its verbs are dated like the headline's and the lead is the paragraph after it."""
    paragraphs = ctx.paragraphs
    if len(paragraphs) < 3:
        return None
    start, end = paragraphs[1]
    # a line opening with a dateline ("WASHINGTON (AP) - X won.") is the lead itself
    if end - start > _DECK_CHARS or ctx.in_dateline(start, start + 1):
        return None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].sent.start != span[-1].sent.start:
        return None  # two sentences: a lead paragraph
    # a deck reports in the present and names no day; a short lead tells the past with one
    if span[0].sent.root.tag_ not in _PRESENT or any(t.ent_type_ == "DATE" for t in span):
        return None
    return end, paragraphs[2][1]


#: Told paragraphs after the lead searched for the headline's day when the lead names none.
_AFTER_LEAD = 2
#: The longest label line ("ABSTRACT.", "FULL TEXT."), in words.
_LABEL_WORDS = 2


def _label(text: str) -> bool:
    """A section label of an archive copy ("ABSTRACT.", "FULL TEXT."): a short upper-case
    line, which tells nothing."""
    words = text.split()
    return 0 < len(words) <= _LABEL_WORDS and text.isupper()


def _day_after_lead(ctx: ExtractionContext, lead_end: int) -> tuple[int, TimeRef] | None:
    """The first day an act is dated by in the told paragraphs right after the lead (section
    labels such as "ABSTRACT." and "FULL TEXT." skipped), with where it is named: a lead
    often tells the news undated ("X has endorsed Y") and the next paragraph gives its day
    ("The announcement came in a letter from X sent out Friday")."""
    text = ctx.text
    left = _AFTER_LEAD
    for start, stop in ctx.paragraphs[ctx.paragraph_index(lead_end - 1) + 1 :]:
        if left == 0:
            break
        if _label(text[start:stop].strip()):
            continue
        found = lead_day_at(ctx, start, stop)
        if found is not None:
            return found
        left -= 1
    return None


#: Auxiliaries of an act still to come ("will campaign on Thursday", "is to meet").
_COMING_AUX = frozenset({"will", "'ll", "wo", "shall", "would", "to"})
#: Tags of a verb told in the past ("told", "was sent").
_PAST_TAGS = frozenset({"VBD", "VBN"})
#: Pronouns opening a relative clause ("Walsh, who campaigned in Ohio on Saturday, said").
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _span_of(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _agents_past_act(offset: int, agent: str | None, ctx: ExtractionContext) -> bool:
    """Whether the date at ``offset`` may date a past act of the agent: its sentence names
    the agent ("a letter from Walsh that was sent out Monday", "Walsh told reporters on
    Monday"), and the dated verb is told in the past, not as an aside on someone
    ("Walsh, who campaigned in Ohio on Saturday, said"), not of a subject naming only
    others ("On Monday, Doe refused to back Reed, Walsh told reporters") and not of an act
    to come ("Walsh will campaign with Reed on Thursday")."""
    if agent is None or agent not in _named_at(offset, ctx):
        return False
    verb = date_anchor_at(ctx, offset)
    if verb is None:
        return True
    if verb.tag_ not in _PAST_TAGS:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _COMING_AUX for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if verb.dep_ in ("relcl", "acl") and any(c.lower_ in _RELATIVE_PRONOUNS for c in subjects):
        return False  # an aside on someone the sentence names
    named = {a.id for s in subjects for a in ctx.actors_in(*_span_of(s))}
    return not named or agent in named


def date_by_body(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """The events, an undated act of the headline given the date of the body's mention of
    it: the same type, one participant in common and none apart (as mentions are merged),
    and of the headline's word when the body repeats it ("Putin chides Turkey" ... "Mr.
    Putin chided Turkey on Thursday"). The headline names the story's act, the body dates
    it, and annotators date the headline's mention with it, whatever its tense or modality
    (the share pass needs both actors and the same modality). Only when those mentions
    agree on one date: two dates are two acts, and which one the headline tells is unsaid."""
    headline = ctx.headline
    if headline is None:
        return events
    body = [event for event in events if event.trigger.start >= headline.end]
    out = list(events)
    for i, event in enumerate(events):
        if event.trigger.start >= headline.end or _dated(event.when):
            continue
        found = _body_mentions(event, body)
        days = {(o.when.start, o.when.end, o.when.precision) for o in found if o.when is not None}
        if len(days) == 1:
            out[i] = event.model_copy(update={"when": found[0].when})
    return out


def _body_mentions(event: Event, body: list[Event]) -> list[Event]:
    """The dated mentions in the body that may tell the headline's ``event``: of its word
    family when the body repeats the word ("Walsh endorses Reed" ... "Her endorsement of
    Reed came after weeks of talks": another word between them, "thanked Reed on Monday",
    is another act), as :func:`_mentions_of` reads mentions."""
    others = [
        other
        for other in body
        if other.type == event.type
        and _same_participants(event, other)
        and _same_stance(event, other)
    ]
    family = [other for other in others if _same_word(event, other)]
    return [other for other in family or others if _dated(other.when)]


#: Modalities of an act that did not or may not happen: its date is no date of a done act.
_NOT_DONE = frozenset({"negated", "hypothetical"})


def _same_stance(headline: Event, body: Event) -> bool:
    """Whether a body mention may tell the headline's act: a refusal or a mere possibility
    ("wasn't going to back Trump" in July) is not the act the headline reports as done or
    planned ("Cruz endorses Trump"), unless the headline tells it so too."""
    return body.modality not in _NOT_DONE or body.modality == headline.modality


def date_headline(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """The events, an asserted present-tense headline verb (or a singular one of the
    headline's deck) still undated given the day the lead names, or else the publication day
    ("Judge rejects request to unseal file"). A deck's plural present ("World leaders denounce
    X", "Business groups criticize Y") tells a reaction spread over days, which annotators
    leave undated (3 of 3 in the tuning files, against 4 of 4 singular ones dated)."""
    published, headline, lead = ctx.published, ctx.headline, ctx.lead
    if published is None or headline is None or lead is None:
        return events
    end, lead_end = headline.end, lead.end
    deck = _deck(ctx)
    if deck is not None:
        end, lead_end = deck  # the deck reports like the headline; the lead comes after it
    lead_date = lead_day(ctx, end, lead_end)
    after = None if lead_date is not None else _day_after_lead(ctx, lead_end)
    out = list(events)
    for i, event in enumerate(events):
        if event.trigger.start >= end or _dated(event.when) or event.modality != "asserted":
            continue
        if _dated_in_body(event, events):
            continue  # the body tells it with a date of its own: a repeated mention, not now
        token = _trigger_root(event, ctx)
        if token is None or not _reports_now(token):
            continue
        if event.trigger.start >= headline.end and token.tag_ != "VBZ":
            continue  # a deck's "leaders denounce", "groups criticize": a spread-out reaction
        day = lead_date
        if (
            after is not None
            and _agents_past_act(after[0], _actor(event, "agent"), ctx)
            and not _dated_act_alike(event, events)
        ):
            day = after[1]  # the headline's agent acts on the day the next paragraph gives
        if day is None:
            continue  # no day told: the guidelines' null, not the publication day
        out[i] = event.model_copy(update={"when": day})
    return out
