"""Resolving a date expression against the publication date, without spaCy.

News dates are mostly relative ("Monday", "a year ago", "16 February"): they
mean something only against the day the article was published, and the tense
of the clause decides which way an underspecified one points ("Monday" in a
report of what happened is the past Monday; in "will visit on Monday" it is the
next one). ``dateparser`` does the parsing of absolute forms; the choice of
year and weekday is made here, because ``dateparser`` picks a year away from
the base date even when the base date itself matches ("28 February" said on
28 February with future preference gives next year).

Only expressions that name a point or period in time are resolved; durations
("three days", "year-old") and frequencies ("daily") give ``None``, so an event
is never dated by something that is not a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

from dateparser.date import DateDataParser

__all__ = [
    "Preference",
    "Resolved",
    "days_before",
    "named_day",
    "resolve",
    "resolve_after",
    "same_day",
    "shift",
    "weekend",
    "year_span",
]

Preference = Literal["past", "future", "nearest"]
Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Resolved:
    """A resolved expression: ``start``/``end`` are ``None`` when it cannot be resolved."""

    start: dt.date | None
    end: dt.date | None
    precision: Precision | None

    @property
    def ok(self) -> bool:
        return self.start is not None


UNRESOLVED = Resolved(None, None, None)

_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name[:3]: i for i, name in enumerate(calendar.day_name)})
_WEEKDAYS["tues"] = 1
_WEEKDAYS["thurs"] = 3
_WEEKDAYS = {k.lower(): v for k, v in _WEEKDAYS.items()}

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a few": 3,
    "few": 3,
    "couple of": 2,
    "a couple of": 2,
}

#: Counts that give no number: "a few days ago" names no day (the guidelines' "recently").
_VAGUE_COUNTS = frozenset({"several", "a few", "few", "couple of", "a couple of"})

# Every quantifier is bounded, so no expression can backtrack catastrophically.
_LEAD = re.compile(r"^(?:on|in|at|during|from|of|early|late|earlier|later|the)\s{1,3}", re.I)
_WEEKDAY_RE = re.compile(
    r"^(?:(last|next|this|coming|past)\s{1,3})?([a-z]{3,9})\.?(?:\s{1,3}(morning|afternoon|evening|night))?$"
)
_DEICTIC = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}
_AGO_RE = re.compile(
    r"^(?:about\s{1,3}|nearly\s{1,3}|almost\s{1,3}|some\s{1,3})?"
    r"(\d{1,3}|[a-z]{1,8}(?:\s{1,3}(?:few|couple\s{1,3}of))?)\s{1,3}(day|week|month|year)s?\s{1,3}ago$"
)
_UNIT_RE = re.compile(r"^(last|next|this|past|coming)\s{1,3}(week|month|year)$")
_YEAR_RE = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_ABSOLUTE_RE = re.compile(
    rf"\b(?:{_MONTHS}|{_MONTH_ABBR})\b|^\d{{1,4}}[-/.]\d{{1,2}}(?:[-/.]\d{{1,4}})?$|^(?:1[6-9]|20)\d\d$"
)
_DECADE_RE = re.compile(r"\d0s\b|'\d0s\b")
#: "the end of June", "mid-March", "the year 2000": the part of a month or year is that month
#: or year (the guidelines' precisions have nothing finer than a month but the day)
_PART_RE = re.compile(
    r"^(?:(?:the\s{1,3})?(?:end|beginning|start|middle|close)\s{1,3}of\s{1,3}|mid-?\s{0,3}|year\s{1,3}(?=\d{4}$)"
    r"|(?:(?:first|second|third|fourth|last)\s{1,3}(?:half|quarter)|spring|summer|fall|autumn|winter)"
    r"\s{1,3}(?:of\s{1,3})?(?=\d{4}$)|fiscal\s{1,3}(?=\d{4}$))"
)
#: "last fall", "last spring": a season just past names its year (annotators give the year);
#: winter straddles two years and "this summer" is left undated, as annotators leave it
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_LAST_SEASON_RE = re.compile(r"^(?:last|past)\s{1,3}(spring|summer|fall|autumn)$")
_QUALIFIED_MONTH_RE = re.compile(
    rf"^(last|next|this|coming|past)\s{{1,3}}({_MONTHS}|{_MONTH_ABBR})\.?$"
)

#: "two years later", "a day earlier": a count of units after (or before) the anchor
_LATER_RE = re.compile(
    r"^(?:about\s{1,3}|nearly\s{1,3}|some\s{1,3})?(\d{1,3}|[a-z]{1,8})\s{1,3}(day|week|month|year)s?"
    r"\s{1,3}(later|after|earlier|before)$"
)
_BACKWARD_WORDS = frozenset({"earlier", "before"})
#: "earlier in the day", "later that night", "the same day", "hours later", "moments earlier":
#: the anchor's day
_SAME_DAY_RE = re.compile(
    r"^(?:(?:earlier|later)\s{1,3}(?:in\s{1,3})?(?:the|that)|that|the\s{1,3}same|same)"
    r"\s{1,3}(?:day|morning|afternoon|evening|night)$"
    r"|^(?:(?:a\s{1,3}few|several|two|three|\d{1,2})\s{1,3})?(?:hours|minutes|moments)\s{1,3}(?:later|after|earlier)$"
)
_NEXT_RE = re.compile(r"^(?:next|following)\s{1,3}(day|morning|evening|night|week|month|year)$")
#: "the day before", "the previous night", "the prior week" (after ``_normalise`` drops "the"):
#: one unit before the anchor, as "the next day" is one after
_PREVIOUS_RE = re.compile(
    r"^(?:(?:previous|prior|preceding)\s{1,3}(day|morning|evening|night|week|month|year)"
    r"|(day|morning|evening|night|week|month|year)\s{1,3}before)$"
)
#: "between 1983 and 1986", "1983 to 1989", "from 2006 until 2011", "2003-2016": a span of
#: stated years (after ``_normalise`` drops a leading "from")
_YEAR_SPAN_RE = re.compile(
    r"^(?:between\s{1,3})?((?:1[6-9]|20)\d\d)\s{0,3}(?:-|–|to|and|until|through|thru)\s{0,3}"
    r"((?:1[6-9]|20)\d\d)$"
)
#: "March 17-18", "July 18 to 21, 2016": a run of days within one month, stated with its first
#: and last day (a meeting over two days, a convention): the days from the first to the last
#: at day precision, as annotators give them, not the first day alone
_DAY_RANGE_RE = re.compile(
    rf"^((?:{_MONTHS}|{_MONTH_ABBR})\.?\s{{1,3}})(\d{{1,2}})\s{{0,3}}(?:-|–|to|through|thru)\s{{0,3}}"
    r"(\d{1,2})((?:,?\s{1,3}(?:1[6-9]|20)\d\d)?)$"
)
#: "over the weekend", "this weekend('s)": the weekend's two days (rounds 16 and 19); not "last
#: weekend" or "this past weekend" (round 3), nor a bare "the weekend" ("spent the weekend
#: working", left undated in round 14), which name none
_WEEKEND_RE = re.compile(r"^(?:over\s{1,3}the|this)\s{1,3}weekend$")
#: ``date.weekday()`` of a Saturday.
_SATURDAY = 5
_HALF_YEAR = 183
#: How far back a year-less date of a planned event may point.
_RECENT_DAYS = 120
#: Days news names by their date alone: "9/11" is the 2001 attacks, not this year's Sept. 11.
_NAMED_DAYS = {"9/11": dt.date(2001, 9, 11)}
_PARSER = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


def _normalise(expression: str) -> str:
    text = " ".join(expression.lower().replace("’", "'").split())
    for _ in range(3):
        stripped = _LEAD.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = text.strip(" ,.;")
    text = _PART_RE.sub("", text)
    if text.endswith("'s"):
        text = text[:-2]  # "Monday's trip"
    return text


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _weekday(qualifier: str | None, weekday: int, base: dt.date, prefer: Preference) -> dt.date:
    """A weekday name: the same day if it is the base day, else the nearest one in ``prefer``'s direction."""
    back = (base.weekday() - weekday) % 7
    forward = (weekday - base.weekday()) % 7
    if qualifier in ("last", "past"):
        return base - dt.timedelta(days=back or 7)
    if qualifier in ("next", "coming"):
        return base + dt.timedelta(days=forward or 7)
    if back == 0:
        return base
    if prefer == "future":
        return base + dt.timedelta(days=forward)
    if prefer == "past":
        return base - dt.timedelta(days=back)
    return base - dt.timedelta(days=back) if back <= forward else base + dt.timedelta(days=forward)


def _ago(count: int, unit: str, base: dt.date) -> Resolved:
    # "a year ago" is a month, not a day: the writer rounded, and a day would claim a
    # precision the text does not have (issue 4 and the seed's gold keep the month; rounds 11
    # and 23 ruled the year: left as the issue says). "More than a year ago", "over a year
    # ago" match no count here: no unit the text commits to (round 23's ruling).
    if unit == "day":
        day = base - dt.timedelta(days=count)
        return Resolved(day, day, "day")
    if unit == "week":
        day = base - dt.timedelta(weeks=count)
        return Resolved(day, day, "day")
    if unit == "year" and count > 1:
        # "eight years ago": a year; a count of years rounds to the year, as annotators read it
        year = base.year - count
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    months = count * 12 if unit == "year" else count
    start, end = _month_range(*_ymd(_shift_months(base, -months)))
    return Resolved(start, end, "month")


def _ymd(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _unit(qualifier: str, unit: str, base: dt.date) -> Resolved:
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[qualifier]
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        return Resolved(monday, monday + dt.timedelta(days=6), "day")
    if unit == "month":
        start, end = _month_range(*_ymd(_shift_months(base, step)))
        return Resolved(start, end, "month")
    year = base.year + step
    return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _qualified_month(qualifier: str, name: str, base: dt.date) -> Resolved:
    """ "last December", "next March", "this June": the nearest such month before or after the
    publication month (never the publication month itself for "last"/"next")."""
    month = next(i for i, full in enumerate(_MONTHS.split("|"), 1) if full.startswith(name[:3]))
    year = base.year
    if qualifier in ("last", "past") and month >= base.month:
        year -= 1
    elif qualifier in ("next", "coming") and month <= base.month:
        year += 1
    start, end = _month_range(year, month)
    return Resolved(start, end, "month")


def _last_season(name: str, base: dt.date) -> Resolved:
    """ "Last fall" said in April 2016 is 2015; said in December 2015, 2015: the latest such
    season over before the publication month, as a year."""
    year = base.year if base.month > _SEASONS[name][1] else base.year - 1
    return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _absolute(text: str, base: dt.date | None, prefer: Preference) -> Resolved:
    has_year = _YEAR_RE.search(text) is not None
    if not has_year and base is None:
        return UNRESOLVED  # "16 February" needs a year from somewhere
    try:
        data = _PARSER.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return UNRESOLVED
    found = data.date_obj
    if found is None:
        return UNRESOLVED
    period = data.period
    day = found.date()
    if not has_year and base is not None:
        day = _choose_year(day, base, prefer, period == "month")
    if period == "year":
        return Resolved(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year")
    if period == "month":
        start, end = _month_range(day.year, day.month)
        return Resolved(start, end, "month")
    if period == "day":
        return Resolved(day, day, "day")
    return UNRESOLVED


def _day_range(match: re.Match[str], base: dt.date | None, prefer: Preference) -> Resolved:
    """The days of "March 17-18" from the first to the last, the year chosen as for the first
    day alone; what ends before it starts or past the month's end ("July 14 to 46 percent")
    is no run of days, and is read as any other text."""
    month, first, last, year = match.groups()
    start = _absolute(f"{month}{first}{year}", base, prefer)
    if (
        start.start is None
        or start.precision != "day"
        or not start.start.day < int(last) <= calendar.monthrange(*_ymd(start.start))[1]
    ):
        return _absolute(match.string, base, prefer)
    return Resolved(start.start, start.start.replace(day=int(last)), "day")


def weekend(expression: str) -> bool:
    """Whether the expression names the weekend of the story ("over the weekend", "this
    weekend's debate"), which has its two days (rounds 16 and 19), unlike the weeks and "last
    weekend" that name no calendar unit."""
    return _WEEKEND_RE.match(_normalise(expression)) is not None


def _weekend(base: dt.date, prefer: Preference) -> Resolved:
    """Saturday and Sunday of the weekend meant: the one just past (or under way) for an act
    told as done ("said over the weekend" in a Tuesday article), the coming one for an act
    ahead ("is scheduled for this weekend" in a Wednesday article)."""
    if base.weekday() >= _SATURDAY:
        saturday = base - dt.timedelta(days=base.weekday() - _SATURDAY)
    elif prefer == "future":
        saturday = base + dt.timedelta(days=_SATURDAY - base.weekday())
    else:
        saturday = base - dt.timedelta(days=base.weekday() + 2)
    return Resolved(saturday, saturday + dt.timedelta(days=1), "day")


def year_span(first: int, last: int) -> Resolved:
    """The years from ``first`` to ``last`` at year precision: an office or a practice told
    with its stated years ("served as U.S. attorney from 1983 to 1989") is dated by them
    (round 19), from the first day of the first to the last day of the last. A span that runs
    backwards is no span."""
    if last <= first:
        return UNRESOLVED
    return Resolved(dt.date(first, 1, 1), dt.date(last, 12, 31), "year")


def _choose_year(day: dt.date, base: dt.date, prefer: Preference, whole_month: bool) -> dt.date:
    """Put a year-less date in the year that fits the tense, counting the base day as both."""

    def at(year: int) -> dt.date:
        last = calendar.monthrange(year, day.month)[1]
        return dt.date(year, day.month, min(day.day, last))

    same = at(base.year)
    if whole_month and (same.year, same.month) == (base.year, base.month):
        return same  # the current month counts as both past and future
    earlier, later = at(base.year - 1), at(base.year + 1)
    if prefer == "past":
        return same if same <= base else earlier
    if prefer == "future":
        if same >= base:
            return same
        # a plan for "June" said in September: the June just past (the plan was carried out,
        # "her decision to meet X at the end of June"), not one nine months ahead
        if (base - same).days <= _RECENT_DAYS and (later - base).days > _HALF_YEAR:
            return same
        return later
    # nearest: within half a year either way
    if abs((same - base).days) <= _HALF_YEAR:
        return same
    return later if same < base else earlier


def named_day(expression: str) -> bool:
    """Whether the expression is a day news names by its date alone ("9/11"), which the
    parser may take for a number."""
    return _normalise(expression) in _NAMED_DAYS


@functools.lru_cache(maxsize=4096)
def resolve(expression: str, published: dt.date | None, prefer: Preference = "past") -> Resolved:
    """Resolve ``expression`` against ``published``; unresolvable or non-date text gives ``UNRESOLVED``.

    Relative expressions need ``published``; absolute ones with a year do not.
    """
    text = _normalise(expression)
    if not text or len(text) > 60 or _DECADE_RE.search(text):
        return UNRESOLVED
    if text in _NAMED_DAYS:
        day = _NAMED_DAYS[text]
        return Resolved(day, day, "day")
    if text in _DEICTIC:
        if published is None:
            return UNRESOLVED
        day = published + dt.timedelta(days=_DEICTIC[text])
        return Resolved(day, day, "day")
    if _WEEKEND_RE.match(text):
        return _weekend(published, prefer) if published is not None else UNRESOLVED
    match = _YEAR_SPAN_RE.match(text)
    if match:
        return year_span(int(match.group(1)), int(match.group(2)))
    match = _DAY_RANGE_RE.match(text)
    if match:
        return _day_range(match, published, prefer)
    match = _WEEKDAY_RE.match(text)
    if match and match.group(2) in _WEEKDAYS:
        if published is None:
            return UNRESOLVED
        day = _weekday(match.group(1), _WEEKDAYS[match.group(2)], published, prefer)
        return Resolved(day, day, "day")
    match = _AGO_RE.match(text)
    if match:
        count = _count(match.group(1))
        if count is None or published is None or match.group(1) in _VAGUE_COUNTS:
            # "a few days ago", "several years ago": no day, month or year the text commits to
            return UNRESOLVED
        return _ago(count, match.group(2), published)
    match = _UNIT_RE.match(text)
    if match:
        if published is None:
            return UNRESOLVED
        return _unit(match.group(1), match.group(2), published)
    match = _LAST_SEASON_RE.match(text)
    if match:
        if published is None:
            return UNRESOLVED
        return _last_season(match.group(1), published)
    match = _QUALIFIED_MONTH_RE.match(text)
    if match:
        if published is None:
            return UNRESOLVED
        return _qualified_month(match.group(1), match.group(2), published)
    if _ABSOLUTE_RE.search(text):
        return _absolute(text, published, prefer)
    return UNRESOLVED


_SPAN_RE = re.compile(
    r"^(?:just\s{1,3}|only\s{1,3}|about\s{1,3}|nearly\s{1,3}|almost\s{1,3}|some\s{1,3})?"
    r"(\d{1,3}|[a-z]{1,8})\s{1,3}(day|week|month|year)s?$"
)


def shift(expression: str, anchor: Resolved, direction: int) -> Resolved:
    """A span of time ("six years", "three days") counted back (``direction`` -1) or forward
    (+1) from ``anchor``: "six years after she was released", said of something in 2016, is
    2010. Never more precise than the anchor or than the unit counted (years give a year)."""
    match = _SPAN_RE.match(" ".join(expression.lower().split()).strip(" ,.;"))
    if not match or anchor.start is None or anchor.precision is None:
        return UNRESOLVED
    count, unit = _count(match.group(1)), match.group(2)
    if count is None:
        return UNRESOLVED
    if unit == "year":
        year = anchor.start.year + direction * count
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if anchor.precision == "year":
        return UNRESOLVED
    if unit == "month":
        begin, end = _month_range(*_ymd(_shift_months(anchor.start, direction * count)))
        return Resolved(begin, end, "month")
    if anchor.precision != "day":
        return UNRESOLVED  # "three days after" something in July: no day, maybe not July
    day = anchor.start + dt.timedelta(days=direction * count * (7 if unit == "week" else 1))
    return Resolved(day, day, "day")


def same_day(expression: str) -> bool:
    """Whether the expression means the day of the story's previous date ("earlier in the day",
    "later that night", "the same day", "hours later")."""
    return _SAME_DAY_RE.match(" ".join(expression.lower().split()).strip(" ,.;")) is not None


def days_before(expression: str) -> bool:
    """Whether the expression counts days back from a day of the story ("the day before", "a
    day earlier", "the previous night"): like "earlier that day", it is counted from the last
    day the story named, which need not be the date of an event found in it."""
    text = _normalise(expression)
    match = _LATER_RE.match(text)
    if match:
        return match.group(2) == "day" and match.group(3) in _BACKWARD_WORDS
    match = _PREVIOUS_RE.match(text)
    return match is not None and (match.group(1) or match.group(2)) not in ("week", "month", "year")


def counts_days(expression: str) -> bool:
    """Whether the expression counts days from a day of the story, either way ("two days
    later", "three days after", "a day earlier"): round 23's ruling gives such a count from a
    dated day the shifted day (weeks and longer keep round 18's rule)."""
    match = _LATER_RE.match(_normalise(expression))
    return match is not None and match.group(2) == "day"


def resolve_after(expression: str, anchor: Resolved) -> Resolved:
    """Resolve a date relative to an earlier one of the story: "two years later", "the
    following day", "a month later" after an event of ``anchor``.

    The result is never more precise than the anchor: "the following morning" after
    something in July is July; "a week later" after a year is unresolved.
    """
    if anchor.start is None or anchor.precision is None:
        return UNRESOLVED
    if same_day(expression):
        return anchor  # "earlier in the day", "later that night", "hours later"
    text = _normalise(expression)
    count: int | None
    match = _LATER_RE.match(text)
    if match:
        count, unit = _count(match.group(1)), match.group(2)
        if count is not None and match.group(3) in _BACKWARD_WORDS:
            count = -count  # "a day earlier", "two years before"
    elif (match := _NEXT_RE.match(text)) is not None:
        count, unit = 1, match.group(1)
    elif (match := _PREVIOUS_RE.match(text)) is not None:
        count, unit = -1, match.group(1) or match.group(2)
    else:
        return UNRESOLVED
    if unit in ("morning", "evening", "night"):
        unit = "day"
    if count is None:
        return UNRESOLVED
    start, precision = anchor.start, anchor.precision
    if unit == "year":
        year = start.year + count
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if precision == "year":
        return UNRESOLVED  # "a month later" than "in 2007": no month the text commits to
    if unit == "month" or precision == "month":
        months = count if unit == "month" else 0
        if unit != "month" and abs(count) * (7 if unit == "week" else 1) > 7:
            return UNRESOLVED  # weeks after a month may be the next month
        begin, end = _month_range(*_ymd(_shift_months(start, months)))
        return Resolved(begin, end, "month")
    day = start + dt.timedelta(days=count * (7 if unit == "week" else 1))
    return Resolved(day, day, "day")
