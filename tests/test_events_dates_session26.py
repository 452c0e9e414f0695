"""Dates of session 26, on made-up articles published Wednesday 2023-03-01.

A date told inside a verb's adjunct phrase, hung by the parser on a noun deeper in the phrase
than the settings timing reads, dates the act ("visited X for the opening of a bridge in
June", "was sentenced to four years in prison Thursday", "In the run-up to the 2014 elections,
X attacked Y"). Not a phrase of another time ("after a loss last week") nor of a topic ("over
his 2012 vote"), and through "on" only an adjunct, not the noun's own modifier.

A job or an office noun (COOPERATE) takes neither the sentence's opening date nor the story's
day ("On Tuesday, Senate Majority Leader X said"): the office is held, not taken up that day.

A run of days within a month ("March 17-18", "July 18 to 21") is its days from the first to
the last at day precision, as annotators give it, not the first day alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import resolve

from .events_helpers import WEDNESDAY, event_on


def _span(event) -> tuple[dt.date | None, dt.date | None, str | None]:  # type: ignore[no-untyped-def]
    when = event.when
    return (None, None, None) if when is None else (when.start, when.end, when.precision)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Governor Tom Reed visited Canada for the opening of a new bridge in June.",
            "visited",
            (dt.date(2022, 6, 1), dt.date(2022, 6, 30), "month"),
        ),
        (
            "In the run-up to the 2014 elections, Senator Mary Walsh relentlessly attacked "
            "Governor Tom Reed from the Senate floor.",
            "attacked",
            (dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year"),
        ),
        (
            "Senator Mary Walsh was not invited to Governor Tom Reed's 2010 wedding.",
            "invited",
            (dt.date(2010, 1, 1), dt.date(2010, 12, 31), "year"),
        ),
        (
            "The clerk was sentenced to three years in federal prison Thursday by a judge in "
            "Dayton.",
            "sentenced",
            (dt.date(2023, 2, 23), dt.date(2023, 2, 23), "day"),
        ),
    ],
)
def test_a_date_inside_an_adjunct_phrase_dates_the_act(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, expected: tuple[dt.date, dt.date, str]
) -> None:
    assert _span(event_on(run_events(text), trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Senator Mary Walsh ended her bid after a painful loss to Governor Tom Reed last week.",
            "ended",
        ),
        ("Senator Mary Walsh criticized Governor Tom Reed over his 2012 vote.", "criticized"),
        ("Senator Mary Walsh criticized Governor Tom Reed on his 2012 vote.", "criticized"),
    ],
)
def test_a_phrase_of_another_time_or_a_topic_gives_no_date(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str
) -> None:
    assert event_on(run_events(text), trigger).when is None


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("March 17-18", dt.date(2023, 3, 17), dt.date(2023, 3, 18)),
        ("July 18 to 21, 2016", dt.date(2016, 7, 18), dt.date(2016, 7, 21)),
        ("Feb. 6-7", dt.date(2023, 2, 6), dt.date(2023, 2, 7)),
    ],
)
def test_a_run_of_days_is_its_days(text: str, first: dt.date, last: dt.date) -> None:
    found = resolve(text, WEDNESDAY, "nearest")
    assert (found.start, found.end, found.precision) == (first, last, "day")


@pytest.mark.parametrize("text", ["March 18-17", "Feb. 28-31", "July 14 to 46"])
def test_no_run_of_days_reads_as_before(text: str) -> None:
    found = resolve(text, WEDNESDAY, "past")
    assert found.end == found.start


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On Tuesday, Senate Majority Leader Tom Reed said that the plan was a mistake.", "Leader"),
        (
            "Also Monday, Dayton Committee Chairman Tom Reed sent a letter to Governor Mary Walsh.",
            "Chairman",
        ),
        (
            "On Wednesday, however, the director of the Ohio Bureau of Investigation, Tom Reed, "
            "said the review was over.",
            "director",
        ),
    ],
)
def test_an_office_takes_no_day_of_its_holders_act(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str
) -> None:
    event = event_on(run_events(text), trigger)
    assert event.type == "COOPERATE"
    assert event.when is None


def test_the_act_of_an_office_holder_keeps_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "On Tuesday, Senate Majority Leader Tom Reed criticized Governor Mary Walsh."
    assert _span(event_on(run_events(text), "criticized")) == (
        dt.date(2023, 2, 28),
        dt.date(2023, 2, 28),
        "day",
    )


def test_a_job_on_a_dated_campaign_keeps_its_year(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Jane Doe, a strategist on Governor Tom Reed's 2012 campaign, criticized Mary Walsh."
    assert _span(event_on(run_events(text), "strategist")) == (
        dt.date(2012, 1, 1),
        dt.date(2012, 12, 31),
        "year",
    )
