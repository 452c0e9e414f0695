"""Dates of session 24, on made-up articles published Wednesday 2023-03-01.

- A job or a collaboration (COOPERATE) is dated by the undertaking it serves when its clause
  gives no date: "a pollster who advised Reed's 2008 campaign" is 2008; an act of another
  type on a dated thing ("criticized Reed's 2008 campaign") is not when the thing was.
- "More than a year ago", "over a year ago" commit to no unit and give no date (round 23).
- A count of days from a dated day is the shifted day (round 23): "three days after the Feb. 20
  debate", "two days later" after a day the story named.
- A present-tense headline that no day of the text dates stays undated: the publication day
  is not copied onto it (test_events_dates_more.py, test_events_dates_session16.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import resolve

from .events_helpers import WEDNESDAY, event_on, start

_2008 = dt.date(2008, 1, 1)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Jane Doe, a pollster who advised Governor Tom Reed's 2008 campaign, said the race "
            "was close.",
            "advised",
        ),
        (
            "Jane Doe, Governor Tom Reed's chief strategist in his 2008 presidential campaign, "
            "said the race was close.",
            "strategist",
        ),
    ],
)
def test_a_job_on_a_dated_campaign_takes_its_year(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = event_on(run_events(text), trigger)
    assert event.type == "COOPERATE"
    assert start(event) == _2008


def test_an_act_on_a_dated_thing_is_not_dated_by_it(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(
        run_events("Senator Mary Walsh criticized Governor Tom Reed's 2008 campaign."), "criticized"
    )
    assert event.type == "ACCUSE"
    assert start(event) is None


@pytest.mark.parametrize(
    "text", ["more than a year ago", "over a year ago", "more than 20 years ago"]
)
def test_more_than_a_count_ago_gives_no_date(text: str) -> None:
    assert not resolve(text, WEDNESDAY, "past").ok


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a count of days from an occasion that names its own day (round 23)
        (
            "Senator Mary Walsh criticized Mayor Jane Doe three days after the Feb. 20 debate.",
            "criticized",
            dt.date(2023, 2, 23),
        ),
        # a count of days from the last day named, when no dated event came before
        (
            "Governor Tom Reed debated Senator Mary Walsh in Dayton on Feb. 20. Walsh "
            "criticized Mayor Jane Doe two days later.",
            "criticized",
            dt.date(2023, 2, 22),
        ),
    ],
)
def test_a_count_of_days_from_a_dated_day_is_the_shifted_day(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, expected: dt.date
) -> None:
    assert start(event_on(run_events(text), trigger)) == expected
