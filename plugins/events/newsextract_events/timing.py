"""Attaching a date expression to the clause of a trigger, and resolving it.

A date counts for an event only when the parse ties it to the trigger's
clause: a temporal "on/in/during X" or a bare "Monday"/"a year ago" on the
trigger, on the light verb governing an event noun, or on the noun phrase the
event noun sits in ("a staging ground for the invasion a year ago"). A date
elsewhere in the sentence ("X said Monday that Y attacked Z") belongs to
another verb and is not borrowed; no date means ``when`` is ``None``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newsextract import ExtractionContext, TimeRef
from newsextract.dependents import child_table

from . import noun_lexicon
from .adjunct_dates import adjunct_dates
from .dates import (
    Preference,
    Resolved,
    counts_days,
    days_before,
    named_day,
    resolve,
    resolve_after,
    same_day,
    shift,
    weekend,
    year_span,
)
from .roles import placing_verb
from .syntax import REQUEST_NOUNS, RESPONDING_VERBS, Tree
from .triggers import Trigger

__all__ = [
    "DateIndex",
    "StoryTime",
    "actor_days",
    "date_offsets",
    "dates_a_clause",
    "is_date",
    "lead_day",
    "no_calendar_unit",
    "office_noun",
    "preference",
    "resolve_date",
    "story_times",
    "undertaking_date",
    "when_of",
]

_TEMPORAL_PREPS = frozenset({"on", "in", "during", "at", "of", "from", "since", "over"})
_BARE_DEPS = frozenset({"npadvmod", "tmod", "advmod", "obl", "nmod", "poss"})
_NOUN_HOPS = 2
#: How far up the tree a date's verb is followed to the sentence's root.
_MAX_CLIMB = 12
_SETTING_HOPS = 2
_MAX_SETTINGS = 4
_SETTING_PREPS = frozenset({"during", "at", "in", "on", "as"})
#: Setting prepositions whose noun lends only an adjunct date, not a modifier's.
_ADJUNCT_ONLY_PREPS = frozenset({"on", "as"})
#: "made a decision to grant", "took the step of ...": the noun names the act itself.
_ACT_NOUNS = frozenset({"decision", "move", "vote", "step"})
_ACT_VERBS = frozenset({"make", "take", "cast"})
#: Verbs whose infinitive happens as they do ("try to convince", "began to shout").
_ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "begin", "start", "continue"})
#: "in a bid to persuade X": the noun of an attempt whose infinitive is the act attempted.
_PURPOSE_NOUNS = frozenset({"bid", "effort", "attempt", "push", "order"})
#: Prepositions of an occasion at which something else happens (same time; not "after").
_OCCASION_PREPS = frozenset({"at", "during"})
#: Prepositions that set a dated verb at an occasion ("said Tuesday in a speech").
_OCCASION_SETTING_PREPS = frozenset({"at", "during", "in"})
#: Nouns of a speaking or meeting occasion whose date carries to later references ("in the
#: speech", "during his interview"): events of one occasion are annotated with its day.
OCCASION_NOUNS = frozenset(
    {
        "address",
        "appearance",
        "briefing",
        "conference",
        "debate",
        "event",
        "forum",
        "gathering",
        "hearing",
        "interview",
        "meeting",
        "rally",
        "remark",
        "session",
        "speech",
        "statement",
        "summit",
        "visit",
    }
)
_SAME_TIME_MARKS = frozenset({"when", "while"})
#: Words a sentence's opening date may follow ("In", "Back in", "Earlier on").
_OPENING_WORDS = 2
#: Links below a sentence's main clause that leave its opening date's time: a relative
#: clause, a noun's participle or apposition, a clause set apart ("In 2012, X, who ran in
#: 2008, backed Y").
_APART_LINKS = frozenset({"relcl", "acl", "appos", "parataxis"})
#: Conjunctions of an adverbial clause of another time or of no time told ("In July, X
#: appealed after the court upheld Y", "if X attacks").
_APART_MARKS = frozenset({"after", "before", "since", "until", "if"})
_NOUN_DATE_DEPS = frozenset({"compound", "nummod", "amod"})
_MODIFIER_DEPS = _NOUN_DATE_DEPS | {"poss"}
#: Parts of a day the parser leaves out of a weekday's DATE ("Tuesday night").
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_DAY_PART_DEPS = frozenset({"pobj", "npadvmod", "tmod", "obl"})
#: What puts an act within the day of an occasion it is told before or after.
_CLOSE_BY = frozenset({"hours", "minutes", "moments", "shortly", "just", "right", "immediately"})
#: Words before a DATE entity that make it relative to the story's day ("earlier in").
_SHIFT_WORDS = 2
#: Adverbs after a day the entity leaves out: "the day | before", "the night | before".
_BACK_ADVERBS = frozenset({"before", "earlier"})
#: How far before publication a lead's day may lie to date the headline's report.
_LEAD_DAYS = 7
#: Any day will do to test whether an expression is relative (resolvable only with a base).
_REFERENCE_DAY = dt.date(2000, 6, 15)


class DateIndex:
    """Date expressions by the token they attach to, built once per document.

    DATE entities, and TIME entities that name a day ("Monday night", "tonight",
    "this morning") or a time of the story ("hours later", "later that night"). A
    token may carry several ("during her first year ... in 2009"): all are kept, in
    text order, and the first that resolves counts.
    """

    def __init__(self, doc: Doc) -> None:
        self._by_anchor: dict[int, list[Span]] = {}
        self._dates: list[Span] = []
        #: The dates' first tokens, in text order (``doc.ents`` is sorted), for bisection.
        self._starts: list[int] = []
        self._days: list[tuple[int, TimeRef]] | None = None
        self._occasions: dict[str, tuple[TimeRef, frozenset[str]] | None] | None = None
        for ent in doc.ents:
            if not is_date(ent):
                continue
            self._dates.append(ent)
            self._starts.append(ent.start)
            anchor = _anchor(ent)
            if anchor is not None:
                self._by_anchor.setdefault(anchor.i, []).append(ent)
            for clause in ent.root.children:
                # "since Feb. 9, when the court made a decision": the clause's date
                if clause.dep_ == "relcl" and any(
                    m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children
                ):
                    self._by_anchor.setdefault(clause.i, []).append(ent)

    def opening(self, sent: Span) -> Span | None:
        """The date a sentence opens with, set off by a comma ("In March, X blasted Y", "On
        Thursday, X went on television and chastised Y", "Back in September, X wrote"): at most
        :data:`_OPENING_WORDS` prepositions or adverbs before it. ``None`` when it opens
        otherwise."""
        doc = sent.doc
        # only the few dates starting in the sentence's first words: asked once per event, a
        # scan of every date of the document would cost events x dates
        first = bisect.bisect_left(self._starts, sent.start)
        last = bisect.bisect_right(self._starts, sent.start + _OPENING_WORDS)
        for ent in self._dates[first:last]:
            if ent.end >= sent.end or doc[ent.end].text != ",":
                continue
            if all(t.pos_ in ("ADP", "ADV") for t in doc[sent.start : ent.start]):
                return ent
        return None

    def at(self, token: Token) -> Span | None:
        found = self._by_anchor.get(token.i)
        return found[0] if found else None

    def all_at(self, token: Token) -> list[Span]:
        return self._by_anchor.get(token.i, [])

    def day_before(
        self, ent: Span, ctx: ExtractionContext, until: dt.date | None = None
    ) -> TimeRef | None:
        """The last expression before ``ent`` that names a day ("Wednesday", "Sept. 7"),
        resolved; with ``until``, the last such day not after it: an act told in the past
        counts "a day earlier" from a day of the story, not from a noun's coming day ("ahead
        of next Tuesday's primary. A day earlier, six protesters were arrested")."""
        if self._days is None:
            self._days = []
            for other in self._dates:
                if named_day(other.text):
                    continue  # "the 9/11 plotter": not a day of the story
                when = resolve_date(other, ctx, "nearest")
                if when is not None and when.precision == "day":
                    self._days.append((other.start_char, when))
        starts = [start for start, _ in self._days]
        at = bisect.bisect_left(starts, ent.start_char)
        for _, day in reversed(self._days[:at]):
            if until is None or (day.start is not None and day.start <= until):
                return day
        return None

    def occasion(self, noun: Token, ctx: ExtractionContext) -> TimeRef | None:
        """The date of a named occasion a definite noun refers back to: "Monday's debate",
        "the Sept. 26 debate", "the rally on Friday" ... "during the debate".

        Only when the article dates that noun once (two dated debates are two occasions), to
        a day or a month, and the later mention adds no modifier of its own ("the second
        debate" is another one).
        """
        if self._occasions is None:
            self._occasions = _occasions(self._dates, ctx)
        if (
            noun.tag_ != "NN"  # "during the debates": not one occasion
            or self.all_at(noun)
            or not any(_refers_back(d, noun) for d in noun.children)
        ):
            return None
        found = self._occasions.get(noun.lemma_.lower())
        if found is None or not _modifiers(noun) <= found[1]:
            return None
        return found[0]

    def refers_to_day(self, noun: Token, day: TimeRef, ctx: ExtractionContext) -> bool:
        """Whether ``noun`` refers back to an occasion of the story's ``day``: "as the debate
        progressed", "in the debate's second hour", "during the speech", when the article
        dates no occasion of that name to another day nor tells one apart ("the second
        debate", "a speech")."""
        if self._occasions is None:
            self._occasions = _occasions(self._dates, ctx)
        if (
            noun.tag_ != "NN"
            or noun.lemma_.lower() not in OCCASION_NOUNS
            or self.all_at(noun)
            or _modifiers(noun)
            or not any(_refers_back(d, noun) for d in noun.children)
        ):
            return False
        key = noun.lemma_.lower()
        if key not in self._occasions:
            return True  # the only occasion of its name the article tells: the story's
        found = self._occasions[key]
        return found is not None and (found[0].start, found[0].end) == (day.start, day.end)


def _occasions(
    dates: list[Span], ctx: ExtractionContext
) -> dict[str, tuple[TimeRef, frozenset[str]] | None]:
    """Nouns the article dates ("Monday's debate"), by lemma; ``None`` for two dates."""
    found: dict[str, tuple[TimeRef, frozenset[str]] | None] = {}
    for ent in dates:
        anchor = _anchor(ent)
        if anchor is None:
            continue
        for noun in [anchor, *_settings_of(anchor)]:
            if noun.tag_ == "NN":
                _add_occasion(found, noun, ent, ctx)
    return found


def _settings_of(verb: Token) -> list[Token]:
    """The occasions a dated verb happens at: "said Tuesday in a speech", "In an interview on
    Monday, X said", "spoke Friday at a rally" (the speech, the interview, the rally)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        occasion
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _OCCASION_SETTING_PREPS
        for noun in prep.children
        if noun.dep_ == "pobj" and (occasion := _occasion_noun(noun)) is not None
    ]


def _occasion_noun(noun: Token) -> Token | None:
    """The occasion a setting's noun names: the noun itself ("in a speech"), or the common
    noun that ends a name the parser split ("in her State of the State address": the parser
    heads the phrase with "State" and hangs "address" inside)."""
    if noun.lemma_.lower() in OCCASION_NOUNS:
        return noun
    last = noun.right_edge
    if noun.pos_ == "PROPN" and last.tag_ == "NN" and last.lemma_.lower() in OCCASION_NOUNS:
        return last
    return None


def _refers_back(det: Token, noun: Token) -> bool:
    """A determiner that refers back to a known occasion: "the debate", "that rally", "his
    speech", "the president's address" (the speaker's own), not "a speech" (another one) nor
    "his rally in San Jose" (one of his many, told apart by what follows)."""
    if det.dep_ == "det":
        return det.lower_ in ("the", "that")
    return det.dep_ == "poss" and not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children)


def _add_occasion(
    found: dict[str, tuple[TimeRef, frozenset[str]] | None],
    noun: Token,
    ent: Span,
    ctx: ExtractionContext,
) -> None:
    """Records the date of an occasion noun; two different dates of one noun cancel it."""
    when = resolve_date(ent, ctx, "nearest")
    if when is None or when.start is None or when.precision == "year":
        return
    key = noun.lemma_.lower()
    if key not in found:
        found[key] = (when, _modifiers(noun))
        return
    known = found[key]
    if known is None or (known[0].start, known[0].end) != (when.start, when.end):
        found[key] = None  # two occasions of one name
    else:
        found[key] = (known[0], known[1] | _modifiers(noun))


def _modifiers(noun: Token) -> frozenset[str]:
    """What sets an occasion apart from others of its name: "first", "presidential"."""
    return frozenset(
        c.lemma_.lower()
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nummod") and c.ent_type_ not in ("DATE", "TIME")
    )


def date_offsets(ctx: ExtractionContext) -> list[int]:
    """Where the article's narration moves to a time, in text order: each date expression
    outside quotations and relative clauses (a speaker's "tonight", "who she noted was in her
    last term" do not move the story; "this week", "for months" do)."""
    return [
        ent.start_char
        for ent in ctx.doc.ents
        if is_date(ent)
        and ctx.quote_at(ent.start_char) is None
        and not _in_relative_clause(ent.root)
    ]


class StoryTime(NamedTuple):
    """A time the article's narration moves to (see :func:`story_times`)."""

    offset: int
    #: The date, resolved towards the past; ``None`` when it names no calendar unit.
    when: TimeRef | None
    #: Whether it dates a verb of the story's own clauses ("met X on Monday").
    clause: bool
    #: Whether it dates a noun ("the 2007 vote", "Tuesday's primary"), not the narration.
    of_noun: bool
    #: "Earlier in the day", "hours later": the day the story is at, whatever it is.
    same_day: bool


def story_times(ctx: ExtractionContext) -> list[StoryTime]:
    """The times the article's narration moves to, in text order: those of
    :func:`date_offsets`, resolved."""
    return [
        _story_time(ent, ctx)
        for ent in ctx.doc.ents
        if is_date(ent)
        and ctx.quote_at(ent.start_char) is None
        and not _in_relative_clause(ent.root)
    ]


def _story_time(ent: Span, ctx: ExtractionContext) -> StoryTime:
    """One time of :func:`story_times`; a date on the occasion a told act is set at is the
    narration's, like one on its verb."""
    setting = _dates_a_setting(ent)
    return StoryTime(
        ent.start_char,
        resolve_date(ent, ctx, "past"),
        setting or dates_a_clause(ent),
        not setting and _of_noun(ent),
        same_day(expression_text(ent)),
    )


def _dates_a_setting(ent: Span) -> bool:
    """Whether a date is on the occasion a told act is set at ("debated X at Tuesday's
    debate", "clashed during Monday's hearing"): the day of the story as much as a date on
    the verb; not a relative clause's occasion, nor a verb not told in the past ("needs a
    win in Tuesday's primary")."""
    noun = _anchor(ent)
    if noun is None or noun.lemma_.lower() not in OCCASION_NOUNS or noun.dep_ != "pobj":
        return False
    prep, verb = noun.head, noun.head.head
    return (
        prep.lower_ in _OCCASION_SETTING_PREPS
        and verb.tag_ == "VBD"
        and not _in_relative_clause(verb)
    )


def _of_noun(ent: Span) -> bool:
    """Whether a date belongs to a noun ("the 2007 vote", "Tuesday's primary", "the rally on
    Friday") rather than to the time of a clause ("for months", "in 2007, X voted")."""
    anchor = _anchor(ent)
    return anchor is not None and anchor.pos_ in ("NOUN", "PROPN")


def _in_relative_clause(node: Token) -> bool:
    """Whether the token sits inside a relative clause ("X, who ran in 2008")."""
    for _ in range(_MAX_CLIMB):
        if node.dep_ == "relcl":
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def is_date(ent: Span) -> bool:
    """A DATE entity, a TIME one that names a day, or a named day the parser took for a
    number ("the 9/11 attacks")."""
    if ent.label_ == "DATE":
        return True
    if ent.label_ == "TIME":
        return _names_a_day(ent.text)
    return ent.label_ == "CARDINAL" and named_day(ent.text)


def _names_a_day(text: str) -> bool:
    """A TIME expression that gives a day or a story-relative day, not a clock time."""
    if resolve(text, _REFERENCE_DAY).ok:
        return True  # "Monday night", "tonight", "this morning", "last night"
    return resolve_after(text, Resolved(_REFERENCE_DAY, _REFERENCE_DAY, "day")).ok


def lead_day(ctx: ExtractionContext, start: int, end: int) -> TimeRef | None:
    """The first day the lead (the text from ``start`` to ``end``) dates an act by, in the week
    before publication: "A federal court ruled Friday against X" dates the headline "Court
    Rules Against X"; not a noun's day ("needs a win in Tuesday's primary"). ``None`` when
    the lead dates no act so."""
    found = lead_day_at(ctx, start, end)
    return None if found is None else found[1]


def lead_day_at(ctx: ExtractionContext, start: int, end: int) -> tuple[int, TimeRef] | None:
    """:func:`lead_day` with where its date expression starts, so that a caller can tell
    whose act the sentence dates."""
    if ctx.published is None:
        return None
    for ent in ctx.doc.ents:
        if ent.start_char < start or ent.end_char > end:
            continue
        if not is_date(ent):
            continue
        anchor = _anchor(ent)
        if anchor is None or anchor.pos_ not in ("VERB", "AUX"):
            continue
        when = resolve_date(ent, ctx, "past")
        if (
            when is not None
            and when.start is not None
            and when.precision == "day"
            and 0 <= (ctx.published - when.start).days <= _LEAD_DAYS
        ):
            return ent.start_char, when
    return None


def date_anchor_at(ctx: ExtractionContext, offset: int) -> Token | None:
    """The word the date expression starting at ``offset`` dates (as :func:`lead_day_at`
    reads it), so that a caller can tell whose act, and told in which tense, it dates."""
    for ent in ctx.doc.ents:
        if ent.start_char == offset and is_date(ent):
            return _anchor(ent)
    return None


def expression_text(ent: Span) -> str:
    """The date expression with the "earlier in" / "later that" the entity leaves out ("Earlier
    in | the day", "later that | night"): what tells that it is the story's day; and with the
    "before" it leaves out of "the day | before" (the parser's adverb of "day"), which counts
    back from the story's previous date as "the next day" counts forward."""
    start = ent.start
    while start > ent.start - _SHIFT_WORDS and start > 0:
        word = ent.doc[start - 1].lower_
        if word not in ("earlier", "later", "in", "that"):
            break
        start -= 1
    end = ent.end
    if end < len(ent.doc):
        after = ent.doc[end]
        if after.lower_ in _BACK_ADVERBS and after.dep_ == "advmod" and after.head == ent.root:
            end += 1
    return ent.doc[start:end].text


def _date_text(ent: Span) -> str:
    """The entity's text, with the "over" the parser leaves out of "over | the weekend": the
    weekend just past has its two days (round 16), a bare "the weekend" none."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "over":
        return f"over {ent.text}"
    return ent.text


def _anchor(ent: Span) -> Token | None:
    root = ent.root
    if (
        root.dep_ == "compound"
        and root.head.lower_ in _DAY_PARTS
        and root.head.i == ent.end
        and root.head.dep_ in _DAY_PART_DEPS
    ):
        # "On Tuesday night, X met Y": the parser's DATE stops at the weekday and hangs it
        # on "night", a part of that day; the phrase is dated where "night" attaches (an
        # adjunct; "Thursday night's debate" stays the debate's)
        root = root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        if prep.lower_ not in _TEMPORAL_PREPS:
            return None
        head = prep.head
        if head.lower_ in ("earlier", "later") and head.dep_ == "advmod":
            head = head.head  # "Earlier in | the day, X was attacked": the attacking's
        return _outside_complement(ent, _subject_verb(prep, head))
    if root.dep_ in _BARE_DEPS or root.lower_ == "ago":
        return _outside_complement(ent, root.head)
    if root.dep_ == "prep" and root.lower_ == "between":
        # "owned the team between 1983 and 1986": the parser takes the whole span for the
        # date, headed by its preposition
        return _outside_complement(ent, root.head)
    if root.dep_ in _NOUN_DATE_DEPS and root.head.pos_ == "NOUN" and root.i < root.head.i:
        return root.head  # "the 2011 raid"
    return None


def _subject_verb(prep: Token, noun: Token) -> Token:
    """The verb a date put between a subject and its verb belongs to: "the Democratic
    contenders on Saturday presented a view", "a jury in May convicted X" (the parser
    hangs the date on the subject), a verb told in the past; otherwise ``noun`` ("His
    meeting with X on Tuesday is a step": the occasion's own day)."""
    verb = noun.head
    if (
        prep.lower_ in ("on", "in")
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.lemma_.lower() not in OCCASION_NOUNS
        and verb.pos_ == "VERB"
        and verb.tag_ == "VBD"
        and noun.i < prep.i
        and prep.right_edge.i < verb.i
    ):
        return verb
    return noun


def dates_a_clause(ent: Span) -> bool:
    """Whether a date is on a verb of the sentence's own clauses, not on a noun ("the primary
    on Tuesday") or inside a relative clause describing one ("X, who ran for the Senate in
    2008"; a participle is the story's: "In a statement issued Tuesday, X said"): only such a
    date can be the time a story is at."""
    node = _anchor(ent)
    if node is None or node.pos_ not in ("VERB", "AUX"):
        return False
    return not _in_relative_clause(node)


def _outside_complement(ent: Span, verb: Token) -> Token:
    """The verb a date belongs to: "X said on Friday he met Y" dates the saying.

    The parser often hangs a date that follows a reporting verb on the verb of its
    complement clause; a date before that clause's subject (and before its "that") is outside
    the clause.
    """
    if verb.dep_ != "ccomp" or not verb.head.i < ent.start < verb.i:
        return verb
    if any(c.dep_ == "mark" and c.i < ent.start for c in verb.children):
        return verb  # "pledged that in 2000 it would lift": inside the clause
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and ent.end <= subjects[0].left_edge.i:
        return verb.head
    return verb


def _candidates(trig: Trigger) -> list[Token]:
    tokens = [trig.token]
    if not trig.nominal:
        # "refused to endorse Trump in July": the refusal is dated by its complement;
        # "the 2011 raid that killed X": a relative clause by the noun it describes
        tokens.extend(_same_time_complements(trig.token))
        if trig.token.dep_ == "relcl":
            tokens.append(trig.token.head)
        shared = _sharing_verbs(trig.token)
        tokens.extend(shared)
        # "X said Thursday that the city welcomes Y": a present reported at a dated saying
        tokens.extend(_reported_now(shared[0] if shared else trig.token))
        # "when X lamented Y and criticized Z": a second verb is in the first one's clause
        clause = _tried_by(shared[0] if trig.token.dep_ == "conj" and shared else trig.token)
        if (
            clause.dep_ == "advcl"
            and clause.tag_ != "VBG"
            and any(m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children)
        ):
            # "when Congress cut funding two years later, Mexico said enough", "faces a test
            # on Monday when rivals try to persuade a judge": the same time; not "while X
            # was investigating", a background that lasts
            tokens.append(clause.head)
        noun = trig.token.head
        if trig.token.dep_ == "acl" and noun.dep_ == "dobj":
            # "in 2007 X accepted the request to cooperate", "on Feb. 9 the court made a
            # decision to grant ...": the verb taking the noun dates the act it names
            for nouns, verbs in ((REQUEST_NOUNS, RESPONDING_VERBS), (_ACT_NOUNS, _ACT_VERBS)):
                if noun.lemma_.lower() in nouns and noun.head.lemma_.lower() in verbs:
                    tokens.append(noun.head)
                    break
        token = trig.token
        # "condemned the launch when Pyongyang fired missiles Monday": a clause of the same
        # time ("when", "while"; not "as", mostly a cause or a comparison) dates the event
        tokens.extend(_same_time_clauses(token))
        tokens.extend(_gerund_host(token))
        # "refused ... during a speech at the convention in July": the setting's date
        tokens = _with_settings(tokens)
    if trig.governor is not None:
        tokens.append(trig.governor)
        # "spoke at last month's convention and delivered a critique of X": the light verb's
        # first conjunct, with that verb's setting
        tokens.extend(_with_settings(_sharing_verbs(trig.governor)))
        # "drew sharp criticism when it came out in April": the light verb's clause
        tokens.extend(_same_time_clauses(trig.governor))
        # "visited X on Wednesday, delivering a critique of Y": the light verb's gerund; not
        # one that cites an act done before ("said in June, citing the release of X") or a state
        if trig.governor.lemma_.lower() not in _CITING_VERBS:
            tokens.extend(_gerund_host(trig.governor))
    elif trig.nominal:
        node = trig.token
        occasion_of = _occasion_verb(trig) or placing_verb(trig.token)
        if occasion_of is not None:
            tokens.append(occasion_of)
        for _ in range(_NOUN_HOPS):
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                break
            node = node.head.head
            if node.pos_ not in ("NOUN", "PROPN"):
                break
            tokens.append(node)
    if trig.nominal:
        tokens.extend(_noun_occasion(trig.token))
        tokens.extend(_happening(trig.token))
    return tokens


#: Verbs that tell an event happening, whose time is the event's ("the attacks were unfolding
#: on Friday night", "the talks took place in May").
_HAPPENING_VERBS = frozenset({"occur", "happen", "unfold", "erupt", "take"})


def _happening(noun: Token) -> list[Token]:
    """The verb an event noun is the subject of when that verb only tells it happening: "As the
    riots in the capital were unfolding on Friday night" dates the riots, as "an attack that
    occurred Friday" does through its relative clause. "Take" only as "take place"."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _HAPPENING_VERBS:
        return []
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in _kids(verb, "dobj")):
        return []
    return [verb]


#: Prepositions that set an event noun at an occasion ("her attack on X in Sunday's debate").
_NOUN_SETTING_PREPS = frozenset({"at", "during", "in"})


def _noun_occasion(noun: Token) -> list[Token]:
    """The words that date an event noun from below it: the verb of its own relative clause or
    participle ("an interview that aired Wednesday", "an interview aired Monday on New Day"),
    and the occasion it is set at ("her attack on X in last Sunday's debate"), with that
    occasion's own clause ("at a rally that was held Friday"). The noun names one occasion,
    and the clause that tells when it aired or was held tells when it happened."""
    found = _own_clauses(noun)
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _NOUN_SETTING_PREPS:
            continue
        for obj in prep.children:
            occasion = _occasion_noun(obj) if obj.dep_ == "pobj" else None
            if occasion is not None:
                found.append(occasion)
                found.extend(_own_clauses(occasion))
    return found


def _own_clauses(noun: Token) -> list[Token]:
    """The verbs of a noun's relative clause or participle ("that aired Wednesday", "held
    Friday"); not a clause telling what someone else did to it ("talks it abandoned in
    2009": the talks were before), nor one of a person ("a friend who left the campaign in
    October": what the friend did, not when the friendship was)."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("relcl", "acl")
        and c.pos_ in ("VERB", "AUX")
        and not any(s.dep_ == "nsubj" and s.tag_ not in _RELATIVE_TAGS for s in c.children)
        and not any(s.lower_ in _PERSON_RELATIVES for s in c.children)
    ]


#: Tags of a relative pronoun subject ("that", "which", "who").
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Relative pronouns of a person: "a close friend who died in 2000", "a friend who left the
#: campaign in October" tell what the person did, not when the friendship or the job was.
_PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


#: Light verbs whose gerund tells no act of its clause's time: one done before ("citing the
#: release of X"), or a state ("facing a threat of unknown potency").
_CITING_VERBS = frozenset({"cite", "tout", "face"})


def _gerund_host(token: Token) -> list[Token]:
    """The verb a bare gerund of manner hangs from, which it happens with ("visited X on
    Monday, criticizing Y"; "On Sept. 27 they published the results by announcing ..."); not
    a gerund with its own subject or auxiliary ("while the department was investigating")."""
    if (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "nsubj", "mark") for c in token.children)
    ):
        return [token.head]
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in ("by", "while"):
        return [token.head.head]
    return []


def _same_time_clauses(verb: Token) -> list[Token]:
    """The "when"/"while" clauses of ``verb``, of the same time ("condemned the launch when
    Pyongyang fired missiles Monday"); not "as", mostly a cause or a comparison."""
    table = child_table(verb.doc)  # not ``Token.children``: see :func:`_kids`
    return [
        clause
        for clause in table.kids(verb.i, "advcl")
        if any(m.lower_ in _SAME_TIME_MARKS for m in table.kids(clause.i, "mark", "advmod"))
    ]


def _sharing_verbs(verb: Token) -> list[Token]:
    """The verbs whose time the trigger shares: the verb a purpose infinitive serves ("visited
    the statehouse on Monday to meet with X", "held a call in October to defend X"), the verb
    of "in a bid to persuade X", and the first of two verbs with one subject ("lamented X
    on Wednesday and criticized Y"; not one with its own subject, auxiliary or tense)."""
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and _to_infinitive(verb):
        return [verb.head]
    noun, prep = verb.head, verb.head.head
    if (
        verb.dep_ == "acl"
        and _to_infinitive(verb)
        and noun.lemma_.lower() in _PURPOSE_NOUNS
        and noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ in ("VERB", "AUX")
    ):
        return [prep.head]
    head = verb.head
    if (
        verb.dep_ == "conj"
        and head.pos_ == "VERB"
        and verb.tag_ == head.tag_
        and not child_table(verb.doc).kids(verb.i, "nsubj", "nsubjpass", "aux", "auxpass")
    ):
        return [head]
    return []


#: Verbs of saying whose date is the time of a present tense they report.
_SAYING_NOW = frozenset(
    {"say", "tell", "announce", "state", "confirm", "add", "insist", "declare", "write", "tweet"}
)
#: Auxiliaries of a progressive: "announced that he was choosing X" is the choosing then.
_PROGRESSIVE_AUX = frozenset({"is", "are", "am", "was", "were", "'s", "'re", "'m"})


def _reported_now(verb: Token) -> list[Token]:
    """The saying verb whose time a reported present shares: "X said Thursday that the city
    welcomes Y", "announced on Wednesday that he was choosing X" (the tense of the saying
    shifts a present back to a past progressive). Not a reported past, perfect or future
    ("said Tuesday that he had voted for X", "announced Sunday she will resign"): the act
    is at another time, and the guidelines leave it undated."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_.lower() not in _SAYING_NOW:
        return []
    # from the document's child table: a reported verb heading a run-on coordination has
    # thousands of children, and ``Token.children`` would scan them all for every conjunct
    auxes = child_table(verb.doc).kids(verb.i, "aux", "auxpass")
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return [saying]
    if verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lower_ in _PROGRESSIVE_AUX:
        return [saying]
    return []


def _with_settings(verbs: list[Token]) -> list[Token]:
    """``verbs`` and the nouns of their settings, two hops deep ("refused ... during a speech
    at the convention in July", "spoke at last month's convention"): the occasion a verb is
    set at is when it happened."""
    found = list(verbs)
    frontier = list(verbs)
    for _ in range(_SETTING_HOPS):
        frontier = [
            obj
            for node in frontier
            for prep in _kids(node, "prep")
            if prep.lower_ in _SETTING_PREPS
            for obj in _kids(prep, "pobj")
            if obj.pos_ in ("NOUN", "PROPN")
        ][:_MAX_SETTINGS]
        found.extend(frontier)
    return found


def _kids(token: Token, dep: str) -> list[Token]:
    """``token``'s children labelled ``dep``, in text order, from the document's child table.

    ``Token.children`` scans the token's whole subtree: the first verb of a run-on sentence
    of coordinated clauses heads every later one, and each of its conjuncts' events shares
    its setting, so scanning it per event was quadratic in the sentence."""
    return child_table(token.doc).kids(token.i, dep)


def _carried_out_by(trig: Trigger) -> list[Token]:
    """The verb an asserted infinitive completes, which it happens with: "In May, the council
    voted to pay $5 million", "in 2009 he left to join X". Only for an event told as done: the
    infinitive of a plan, a request or a threat comes after it (and has another modality)."""
    verb = trig.token
    if trig.nominal or verb.dep_ != "xcomp" or verb.tag_ != "VB" or not _to_infinitive(verb):
        return []
    return [verb.head] if verb.head.pos_ == "VERB" else []


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _tried_by(verb: Token) -> Token:
    """The verb of the clause an infinitive is attempted or begun in ("try to convince", "began
    to shout"), or ``verb`` itself."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ATTEMPT_VERBS:
        return verb.head
    return verb


def _same_time_complements(verb: Token) -> list[Token]:
    """The infinitive complements that happen when the verb does: "refused to endorse Trump
    in July"; not the act asked of someone else ("invited him to visit in January", "urged
    X to act by March"), which comes after the asking."""
    if any(
        c.pos_ in ("PRON", "PROPN") for c in child_table(verb.doc).kids(verb.i, "dobj", "dative")
    ):
        return []  # someone asked, told, invited: "demand a referendum to secede in 1988" is not
    return list(_kids(verb, "xcomp"))


def _occasion_verb(trig: Trigger) -> Token | None:
    """The verb of the clause an event noun is the occasion of: "was awarded a medal during
    her visit to Washington, in 2012", "At a breakfast with X the following morning, Cruz
    said": the occasion is when its clause is. Under "in" only an occasion noun ("said
    Wednesday in an interview", "was pressed Friday in a CBS interview": the interview is
    the occasion), not any noun ("in his criticism of X")."""
    node, setting = trig.token, trig.token.head
    if (
        trig.nominal
        and trig.governor is None
        and node.dep_ == "pobj"
        and setting.dep_ == "prep"
        and (
            setting.lower_ in _OCCASION_PREPS
            or (setting.lower_ == "in" and node.lemma_.lower() in OCCASION_NOUNS)
        )
        and setting.head.pos_ in ("VERB", "AUX")
    ):
        return setting.head
    return None


def preference(trig: Trigger, modality: str, tree: Tree) -> Preference:
    """Which way an underspecified date points: planned events look ahead, reported ones back."""
    if modality == "planned":
        return "future"
    if modality == "hypothetical" and not trig.nominal and trig.token.tag_ == "VB":
        return "future"  # "would see him endorse her on Tuesday": what might happen is ahead
    verb = (trig.governor or _occasion_verb(trig)) if trig.nominal else trig.token
    if verb is not None:
        verb = _finite_of_gerund(verb)
    if verb is not None and (
        verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in tree.kids(verb, "aux"))
    ):
        return "past"
    if trig.nominal and trig.governor is None and verb is not None:
        return "nearest"  # "is expected to act at its meeting in December"
    return "past" if trig.nominal else "nearest"


def _finite_of_gerund(verb: Token) -> Token:
    """The finite verb a bare gerund's clause hangs from, whose tense it shares: "had played
    nice, with Lund calling Hale her friend, meeting with her in July" is a past July;
    ``verb`` itself when it is no bare gerund or no finite verb is found."""
    node = verb
    for _ in range(_MAX_CLIMB):
        if node.tag_ != "VBG" and node.pos_ in ("VERB", "AUX"):
            return node
        if node.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") for c in node.children):
            return verb  # "was meeting", "is meeting": its own tense
        if node.dep_ not in ("advcl", "pcomp", "prep", "conj") or node.head is node:
            return verb
        node = node.head
    return verb


def when_of(
    trig: Trigger,
    dates: DateIndex,
    ctx: ExtractionContext,
    modality: str,
    tree: Tree,
    before: TimeRef | None = None,
) -> TimeRef | None:
    """The resolved date of the trigger's clause, or ``None`` when the clause names none.

    An expression that is a date but cannot be resolved (no publication date
    for "Monday") keeps its mention with ``start`` ``None``; durations and
    frequencies are not dates and give ``None``. "Two years later", "the next
    day" count from ``before``, the date of the story's previous dated event.
    """
    for token, ent in _expressions(trig, dates, modality == "asserted"):
        if no_calendar_unit(_date_text(ent)):
            return None  # "last week", "two weeks ago", "the past year": the guidelines' null
        # a date on a verb in the simple past is past ("on Feb. 9, when the court made a
        # decision to grant ...", though the granting is what was decided)
        prefer = "past" if token.tag_ == "VBD" else preference(trig, modality, tree)
        when = resolve_date(ent, ctx, prefer)
        if when is None:
            when = _before_or_after(ent, dates, ctx)
        text = expression_text(ent)
        if when is None and (
            same_day(text) or days_before(text) or (before is None and counts_days(text))
        ):
            # "During a speech earlier in the day", "the day before": from the story's day,
            # the last day named before; "two days later" too when no dated event came
            # before it (round 23: a count of days from a dated day is the shifted day)
            before = dates.day_before(ent, ctx, ctx.published if prefer == "past" else None)
        if when is None and before is not None and before.start is not None:
            anchor = Resolved(before.start, before.end, before.precision)
            later = resolve_after(text, anchor)
            if later.ok and not _past_told_ahead(later, prefer, ctx):
                when = TimeRef(
                    mention=ctx.span_of(ent),
                    start=later.start,
                    end=later.end,
                    precision=later.precision,
                )
        if when is None:
            when = _next_to_occasion(ent, dates, ctx)
        if when is not None:
            return when
    for token in _candidates(trig):
        occasion = dates.occasion(token, ctx) or _around_occasion(token, dates, ctx, tree)
        if occasion is not None:
            return occasion  # "Monday's debate" ... "X attacked Y during the debate"
    return (
        _from_above(trig, dates, ctx, modality, tree)
        or _opening_date(trig, dates, ctx, modality)
        or _in_adjunct(trig, dates, ctx, modality, tree)
    )


#: Prepositions of the undertaking a job or a collaboration serves ("strategist on X's 2008
#: campaign", "an aide during her 2008 run", "worked with X on a 2010 recall"); not those of
#: another time ("after", "since").
_UNDERTAKING_PREPS = frozenset({"on", "for", "in", "during", "with", "at", "to", "of"})
#: Prepositional hops from the trigger to the undertaking's noun.
_UNDERTAKING_HOPS = 2


def undertaking_date(trig: Trigger, dates: DateIndex, ctx: ExtractionContext) -> TimeRef | None:
    """The date of the undertaking a job or a collaboration (COOPERATE) serves, when its own
    clause gives none: "a pollster who advised Hillary Clinton's 2008 campaign", "Baxter's
    chief strategist in his 2010 Senate campaign", "a Clinton aide during her failed
    2008 run", "worked with X on a 2010 recall". The work lasts as long as the campaign it
    is done for, and annotators date it by the campaign's year (5 of 5 such undated
    COOPERATE events on the train rounds 5-22, none left undated in gold). Only the nouns
    the trigger takes as its object or through a preposition, at most two hops down: a date
    elsewhere in the sentence is another act's. Acts of other types on a dated noun ("settle
    a 1981 claim", "scrutiny over Obama's 2011 decision") keep no date: the act is not when
    the thing it is about was."""
    frontier = [trig.token]
    for _ in range(_UNDERTAKING_HOPS):
        nouns = [
            obj
            for node in frontier
            for child in [*_kids(node, "dobj"), *_kids(node, "prep")]
            for obj in ([child] if child.dep_ == "dobj" else _kids(child, "pobj"))
            if child.dep_ == "dobj" or child.lower_ in _UNDERTAKING_PREPS
        ]
        for noun in nouns:
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            for ent in dates.all_at(noun):
                if no_calendar_unit(_date_text(ent)):
                    return None  # "his campaign last week": the guidelines' null
                when = resolve_date(ent, ctx, "past")
                if when is not None and when.start is not None:
                    return when
        frontier = nouns
    return None


def _opening_date(
    trig: Trigger, dates: DateIndex, ctx: ExtractionContext, modality: str
) -> TimeRef | None:
    """The date a sentence opens with, for an act told after it in the sentence's main
    clauses that no date of its own reaches ("In April, Trump called X a disgrace and
    threatened to impose a tax", "On Thursday, Clinton went on television and chastised X for
    refusing to ask for aid"). Set off by a comma, the opening date sets the time of the
    whole sentence, whatever the parser made of its clauses (a misread "In March, Trump
    blasted Disney" as one noun phrase). Not for a relative clause, a noun's participle or
    an adverbial clause of another time (:data:`_APART_LINKS`, :data:`_APART_MARKS`); not
    for an event noun that is an object ("In 2007, Mexico accepted the request": the request
    came before); only for an act told as done (asserted or alleged), not one hoped for,
    planned or denied; not inside a quotation, whose speaker tells his own time."""
    if modality not in ("asserted", "alleged"):
        return None
    token = trig.token
    ent = dates.opening(ctx.sentence(token.i))
    if ent is None or token.i <= ent.end or no_calendar_unit(_date_text(ent)):
        return None
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "pobj"):
        return None
    if trig.nominal and office_noun(token, trig.sense.type):
        return None
    if ctx.quote_at(ctx.span_of(token).start) is not None:
        return None
    node = token
    while node.head.i != node.i:
        if node.dep_ in _APART_LINKS or (
            node.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _APART_MARKS for c in node.children)
        ):
            return None
        node = node.head
    return resolve_date(ent, ctx, "past")


#: Nouns of a job or an office held (the COOPERATE job and office triggers).
_OFFICE_WORDS = noun_lexicon.JOB_NOUNS | noun_lexicon.STAFF_NOUNS | noun_lexicon.OFFICE_NOUNS


def office_noun(token: Token, event_type: str) -> bool:
    """Whether a COOPERATE trigger is a job or an office noun ("On Tuesday, Senate Majority
    Leader X said", "On Wednesday, the director of the FBI, X, said"): the office is held, not
    taken up on the day its holder acts, so neither the sentence's opening date nor the
    story's day dates it (the gold leaves all 3 such dates of the train rounds undated, all in
    round 24); the job rulings date it only by its undertaking or its stated years."""
    return (
        event_type == "COOPERATE"
        and token.pos_ in ("NOUN", "PROPN")
        and token.lemma_.lower() in _OFFICE_WORDS
    )


#: Nouns of a part or a run of acts: "a new line of attack", "a series of exchanges", "the
#: process of laying off": the acts are done when the part is.
_PARTITIVES = frozenset(
    {"line", "series", "round", "wave", "process", "barrage", "string", "volley"}
)
#: Verbs that perform or receive the act their object names, at their own time ("scored his
#: first endorsement Thursday", "had conversations Thursday", "unleashed an attack last
#: night"); not verbs of a response to the act or a request for it ("downplayed the attack",
#: "requested an investigation", "rejected the request"), which come at another time (the
#: tuning halves: every verb but these moved more dates away from gold than to it).
_PERFORMING = frozenset(
    {
        "score",
        "win",
        "receive",
        "earn",
        "get",
        "have",
        "unleash",
        "escalate",
        "renew",
        "lob",
        "hurl",
        "work",
        "open",
        "issue",
        "deliver",
        "step",
        "ramp",
    }
)
#: Prepositions of going to or taking part in an occasion ("went to a Trump rally last
#: month", "got into a rally", "flew to Mexico on Wednesday for a visit").
_ATTENDING_PREPS = frozenset({"at", "to", "into", "for"})
#: Occasions one goes to, whose day is the going's.
_ATTENDED = OCCASION_NOUNS | {"rally", "trip", "tour", "fundraiser", "convention", "caucus"}


def _from_above(
    trig: Trigger, dates: DateIndex, ctx: ExtractionContext, modality: str, tree: Tree
) -> TimeRef | None:
    """The date of the verb an event noun with no light verb is done or attended by: "scored
    his first endorsement Thursday", "issued a new line of attack Sunday", "went to a Trump
    rally last month", "made a surprise appearance at X's rally Wednesday". Read only when
    the noun's own clause names no date; "last week" on the verb still gives none."""
    verb = _performed_by(trig)
    if verb is None:
        return None
    for ent in dates.all_at(verb):
        if no_calendar_unit(_date_text(ent)):
            return None
        prefer = "past" if verb.tag_ == "VBD" else preference(trig, modality, tree)
        when = resolve_date(ent, ctx, prefer)
        if when is not None:
            return when
    return None


def _in_adjunct(
    trig: Trigger, dates: DateIndex, ctx: ExtractionContext, modality: str, tree: Tree
) -> TimeRef | None:
    """The one date told inside the verb's adjunct phrases ("spoke at the X and Y forum on
    Sunday", "visited Ruritania for the opening of a factory in May";
    :func:`.adjunct_dates.adjunct_dates`), read last: any date the clause gives itself comes
    first. "Last week" in the phrase still gives none, and two dates there name no one time.
    Not for a noun's participle ("Tuesday's speech denouncing X with a speech of his own
    Wednesday": the parser hangs the rest of the clause on it), nor a day after publication
    for an act told as done."""
    verb = trig.token
    if trig.nominal or verb.pos_ != "VERB" or verb.dep_ == "acl":
        return None
    found: dict[tuple[object, ...], TimeRef] = {}
    for ent in adjunct_dates(verb, dates):
        if no_calendar_unit(_date_text(ent)):
            return None
        prefer = "past" if verb.tag_ == "VBD" else preference(trig, modality, tree)
        when = resolve_date(ent, ctx, prefer)
        if when is None or when.start is None:
            continue
        if modality == "asserted" and ctx.published is not None and when.start > ctx.published:
            return None
        found[(when.start, when.end, when.precision)] = when
    return next(iter(found.values())) if len(found) == 1 else None


def _performed_by(trig: Trigger) -> Token | None:
    """The verb of :func:`_from_above`: the performing verb of the noun (or of its part: "a
    line of attack"), or the verb that goes to or takes part in the occasion it names."""
    if not trig.nominal or trig.governor is not None:
        return None
    noun = trig.token
    part = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    if part and noun.head.head.lemma_.lower() in _PARTITIVES:
        noun = noun.head.head
    else:
        part = False
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        return head if part or head.lemma_.lower() in _PERFORMING else None
    if noun.dep_ == "pobj" and head.lower_ in _ATTENDING_PREPS and noun.lemma_.lower() in _ATTENDED:
        verb = head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "made a surprise appearance at X's rally Wednesday"
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def _past_told_ahead(when: Resolved, prefer: Preference, ctx: ExtractionContext) -> bool:
    """Whether a day counted from another ("a day earlier", "two days later") falls after
    publication for an act told in the past: "before next Tuesday's county vote ... A day
    earlier, police arrested X" counts from a noun's coming day, not the story's."""
    published = ctx.published
    return (
        prefer == "past"
        and published is not None
        and when.start is not None
        and when.start > published
    )


def _around_occasion(
    verb: Token, dates: DateIndex, ctx: ExtractionContext, tree: Tree
) -> TimeRef | None:
    """ "Just hours before the president's address", "shortly after the debate": the day of a
    dated occasion the act is told right before or after; not "before the convention",
    which may be weeks."""
    for prep in tree.kids(verb, "prep"):
        if prep.lower_ not in ("before", "after"):
            continue
        counted = _days_counted(prep, dates, ctx)
        if counted is not None:
            return counted  # "criticized X three days after the Feb. 20 debate"
        if not any(
            c.dep_ in ("npadvmod", "advmod") and c.lower_ in _CLOSE_BY for c in prep.children
        ):
            continue
        for noun in prep.children:
            occasion = dates.occasion(noun, ctx) if noun.dep_ == "pobj" else None
            if occasion is not None and occasion.precision == "day":
                return occasion
    return None


def _next_to_occasion(ent: Span, dates: DateIndex, ctx: ExtractionContext) -> TimeRef | None:
    """ "The day before the debate", "three days after the Feb. 20 debate": a day counted
    from a dated occasion of the article, or from the day the occasion's noun names itself
    (round 23's ruling: a count of days from a dated day is the shifted day)."""
    text = " ".join(ent.text.lower().split())
    count = 1 if text in ("the day", "a day") else _day_count(text)
    if count is None:
        return None
    for prep in ent.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("before", "after"):
            continue
        for noun in prep.children:
            occasion = _occasion_day(noun, dates, ctx) if noun.dep_ == "pobj" else None
            if occasion is None or occasion.start is None or occasion.precision != "day":
                continue
            step = -count if prep.lower_ == "before" else count
            day = occasion.start + dt.timedelta(days=step)
            return TimeRef(mention=ctx.span_of(ent), start=day, end=day, precision="day")
    return None


def _days_counted(prep: Token, dates: DateIndex, ctx: ExtractionContext) -> TimeRef | None:
    """ "Three days after the Feb. 20 debate", "two days before Monday's vote": the parser
    hangs the count on the preposition; the day is the occasion's shifted by the count
    (round 23's ruling). ``None`` when the preposition counts no days or its noun names no
    day."""
    counts = [c for c in prep.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
    if not counts:
        return None
    words = prep.doc[counts[0].left_edge.i : counts[0].i + 1]
    count = _day_count(" ".join(t.lower_ for t in words))
    if count is None:
        return None
    for noun in prep.children:
        occasion = _occasion_day(noun, dates, ctx) if noun.dep_ == "pobj" else None
        if occasion is None or occasion.start is None or occasion.precision != "day":
            continue
        day = occasion.start + dt.timedelta(days=-count if prep.lower_ == "before" else count)
        return TimeRef(mention=ctx.span_of(words), start=day, end=day, precision="day")
    return None


def _day_count(text: str) -> int | None:
    """The number of days a span counts ("three days", "2 days"), or ``None``."""
    counted = shift(text, Resolved(_REFERENCE_DAY, _REFERENCE_DAY, "day"), 1)
    if not counted.ok or counted.start is None or text.split()[-1] not in ("day", "days"):
        return None
    return (counted.start - _REFERENCE_DAY).days


def _occasion_day(noun: Token, dates: DateIndex, ctx: ExtractionContext) -> TimeRef | None:
    """The day of the occasion a noun names: a dated occasion it refers back to ("the
    debate" after "Monday's debate"), or its own date ("the Feb. 20 debate")."""
    occasion = dates.occasion(noun, ctx)
    if occasion is not None:
        return occasion
    for own in dates.all_at(noun):
        if not no_calendar_unit(own.text):
            return resolve_date(own, ctx, "nearest")
    return None


def _before_or_after(ent: Span, dates: DateIndex, ctx: ExtractionContext) -> TimeRef | None:
    """ "X visited on Wednesday, six years after she was released": the released is dated by
    counting back from the clause it is subordinate to ("before" counts forward)."""
    clause = ent.root.head
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark" and m.i > ent.root.i]
    if (
        ent.root.dep_ != "npadvmod"
        or clause.dep_ != "advcl"
        or marks[:1] not in (["after"], ["before"])
    ):
        return None
    for other in dates.all_at(clause.head):
        base = resolve_date(other, ctx, "past")
        if base is None or base.start is None or base.end is None or base.precision is None:
            continue
        shifted = shift(
            ent.text,
            Resolved(base.start, base.end, base.precision),
            -1 if marks[0] == "after" else 1,
        )
        if shifted.ok:
            return TimeRef(
                mention=ctx.span_of(ent),
                start=shifted.start,
                end=shifted.end,
                precision=shifted.precision,
            )
    return None


def _expressions(trig: Trigger, dates: DateIndex, done: bool = False) -> list[tuple[Token, Span]]:
    """The date expressions of the trigger's clause, nearest first; with ``done`` (the event is
    asserted) also those of the verb its infinitive completes (:func:`_carried_out_by`).

    On the nouns of a setting reached through "on" or "as" only an adjunct counts ("On the
    Morning Show on Tuesday, X criticized", "blasted X as a disgrace Wednesday"), not a
    modifier of the noun ("criticized X on her 2012 vote": the vote's year).
    """
    found: list[tuple[Token, Span]] = []
    candidates = _candidates(trig)
    if done:
        candidates.extend(_carried_out_by(trig))
    for token in candidates:
        adjunct_only = (
            token.dep_ == "pobj"
            and token.head.lower_ in _ADJUNCT_ONLY_PREPS
            and token != trig.token
        )
        for ent in dates.all_at(token):
            if adjunct_only and ent.root.dep_ in _MODIFIER_DEPS:
                continue
            found.append((token, ent))
    return found


def resolve_date(ent: Span, ctx: ExtractionContext, prefer: Preference) -> TimeRef | None:
    """The time a DATE entity names, or ``None`` for one that names no calendar unit.

    "Last week", "two weeks ago", "the past year" are the guidelines' null. An expression
    that would resolve given a publication date keeps its mention when there is none.
    """
    if no_calendar_unit(_date_text(ent)):
        return None
    resolved = _named_attacks(ent) or resolve(_date_text(ent), ctx.published, prefer)
    if resolved.precision == "year":
        resolved = _to_year(ent, resolved)
    mention = ctx.span_of(ent)
    if resolved.ok and _since(ent) and resolved.precision == "day" and ctx.published is not None:
        resolved = _up_to(resolved, ctx.published)
    if resolved.ok:
        return TimeRef(
            mention=mention,
            start=resolved.start,
            end=resolved.end,
            precision=resolved.precision,
        )
    if ctx.published is None and _looks_relative(ent):
        return TimeRef(mention=mention)
    return None


#: Prepositions that close a span of years opened by "from" ("from 1983 to 1989").
_SPAN_ENDS = frozenset({"to", "until", "through", "till"})
#: A year written alone.
_YEAR_TEXT = re.compile(r"^(?:1[6-9]|20)\d\d$")


def _to_year(ent: Span, start: Resolved) -> Resolved:
    """A year opened by "from" and closed by "to" in another phrase ("served as U.S. attorney
    from 1983 to 1989", "headed the agency from 2006 until 2011", which the parser splits in
    two): the span of stated years that dates an office or a practice (round 19), not its
    first year. ``start`` itself when no closing year follows."""
    root = ent.root
    opener = root.head
    if root.dep_ != "pobj" or opener.lower_ != "from" or start.start is None:
        return start
    # "from 1983 to 1989": the closing phrase hangs from "from" or from the verb beside it
    for prep in [*_kids(opener, "prep"), *_kids(opener.head, "prep")]:
        if prep.lower_ not in _SPAN_ENDS or prep.i < root.i:
            continue
        for obj in _kids(prep, "pobj"):
            # a bare year, tagged a date or not ("from 2011 to 2016": "2016" is often not)
            if _YEAR_TEXT.match(obj.text):
                span = year_span(start.start.year, int(obj.text))
                return span if span.ok else start
    return start


def _since(ent: Span) -> bool:
    """Whether a date is the start of a continuing act: "have spent $10 million since June 1"."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "since"


def _up_to(start: Resolved, published: dt.date) -> Resolved:
    """A continuing act counted from a day runs up to publication: the guidelines date "since
    June 1" (like "since the shooting", "since then") as a day range ending at publication; a
    month or a year ("since May", "since 2007") is dated by itself, the unit it started in."""
    if start.start is None or start.start > published:
        return start
    return Resolved(start.start, published, "day")


def _named_attacks(ent: Span) -> Resolved | None:
    """ "The Sept. 11 attacks" (no year) are those of 2001, as "9/11" is."""
    noun = ent.root.head
    if noun.lemma_.lower() != "attack" or noun.i < ent.end or resolve(ent.text, None).ok:
        return None  # not a date naming attacks, or one that gives its year
    resolved = resolve(ent.text, _REFERENCE_DAY)
    if resolved.start is None or (resolved.start.month, resolved.start.day) != (9, 11):
        return None
    return resolve("9/11", None)


def no_calendar_unit(text: str) -> bool:
    """Weeks and rolling periods commit to no day, month or year ("last week", "the past year")."""
    lower = text.lower()
    if weekend(text):
        return False  # "over the weekend": its two days (rounds 16 and 19)
    return "week" in lower or "past" in lower.split()


def _looks_relative(ent: Span) -> bool:
    """A date that would resolve given a publication date ("Monday", "a year ago")."""
    return resolve(ent.text, _REFERENCE_DAY).ok


def actor_days(ctx: ExtractionContext) -> list[tuple[int, str, TimeRef]]:
    """The days the article dates an actor's own acts by, in the week before publication:
    "Schiff told Capital Download on Wednesday", "During the parade Monday, the former
    mayor said". Each as (offset of the date, actor id, day), in text order.

    A date counts when it sits on a verb (or on the noun of the verb's setting) whose
    subject is a mention of the actor.
    """
    published = ctx.published
    if published is None:
        return []
    found: list[tuple[int, str, TimeRef]] = []
    for ent in ctx.doc.ents:
        if not is_date(ent):
            continue
        verb = _acting_verb(ent)
        if verb is None:
            continue
        when = resolve_date(ent, ctx, "past")
        if (
            when is None
            or when.start is None
            or when.precision != "day"
            or not 0 <= (published - when.start).days <= _LEAD_DAYS
        ):
            continue
        for subject in verb.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            actor = ctx.actor_at(subject.idx, subject.idx + len(subject.text))
            if actor is not None:
                found.append((ent.start_char, actor.id, when))
    return found


def _acting_verb(ent: Span) -> Token | None:
    """The verb a date is on, directly or through the noun of its setting ("During the rally
    Monday, X said"); ``None`` for a date of anything else."""
    anchor = _anchor(ent)
    if anchor is None:
        return None
    if anchor.pos_ in ("VERB", "AUX"):
        return anchor
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _SETTING_PREPS:
        return prep.head if prep.head.pos_ in ("VERB", "AUX") else None
    return None
