"""Dates of session 14, second pass: counting back from the story's day.

"The day before", "a day earlier", "the previous night" name the day before the last day the
story named, as "the next day" names the one after ("On Monday X criticized Y. Z was endorsed
the day before" is Sunday); the parser leaves the "before" of "the day before" out of the date
entity, as an adverb of "day". A day before something named ("the day before the debate") is
not counted from the story's day, and with no day named before it the expression dates nothing.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import Resolved, days_before, resolve_after

from .events_helpers import event_on, start

_SUNDAY = dt.date(2023, 2, 26)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "On Monday, Governor Tom Reed criticized Senator Mary Walsh. "
            "Reed was also endorsed the day before by Senator Ann Lee.",
            "endorsed",
        ),
        (
            "Governor Tom Reed criticized Senator Mary Walsh on Monday. "
            "The day before, Senator Ann Lee praised Walsh.",
            "praised",
        ),
        (
            "Governor Tom Reed criticized Senator Mary Walsh on Monday. "
            "A day earlier, Senator Ann Lee had praised Walsh.",
            "praised",
        ),
    ],
)
def test_the_day_before_counts_back_from_the_story_day(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), trigger)) == _SUNDAY


def test_the_day_before_something_named_is_not_counted_from_the_story_day(run_events) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Tom Reed criticized Senator Mary Walsh on Monday. "
        "The day before the debate, Senator Ann Lee praised Walsh."
    )
    assert start(event_on(run_events(text), "praised")) != _SUNDAY


def test_the_day_before_with_no_day_named_dates_nothing(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ann Lee praised Governor Tom Reed the day before."
    assert event_on(run_events(text), "praised").when is None


_MONDAY = Resolved(dt.date(2023, 2, 27), dt.date(2023, 2, 27), "day")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("the day before", dt.date(2023, 2, 26)),
        ("the previous night", dt.date(2023, 2, 26)),
        ("two days earlier", dt.date(2023, 2, 25)),
        ("the following day", dt.date(2023, 2, 28)),  # unchanged: forward
        ("two days later", dt.date(2023, 3, 1)),
    ],
)
def test_resolve_after_counts_both_ways(expression: str, expected: dt.date) -> None:
    assert resolve_after(expression, _MONDAY).start == expected


def test_a_year_earlier_keeps_the_year_precision() -> None:
    resolved = resolve_after("a year earlier", _MONDAY)
    assert (resolved.start, resolved.precision) == (dt.date(2022, 1, 1), "year")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("the day before", True),
        ("a day earlier", True),
        ("the previous night", True),
        ("a year earlier", False),  # counted from the last dated event, not the last day
        ("the previous week", False),
        ("the next day", False),
    ],
)
def test_days_before(expression: str, expected: bool) -> None:
    assert days_before(expression) is expected
