"""Dates the events plugin reads from an event's clause and its context, on made-up sentences.

Published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each test names one
construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsextract import Event, Extraction

from .events_helpers import start


def first(x: Extraction, type_: str) -> Event:
    found = [e for e in x.events if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        # a day named by a TIME expression ("Monday night", "tonight")
        (
            "Senator Mary Walsh attacked Governor Tom Reed during the debate Monday night.",
            "ACCUSE",
            dt.date(2023, 2, 27),
        ),
        ("Governor Tom Reed criticized Senator Mary Walsh tonight.", "ACCUSE", dt.date(2023, 3, 1)),
        # a weekday the parser parts from its "night"/"morning"
        (
            "On Tuesday night, Senator Mary Walsh met with Governor Tom Reed in Albany.",
            "CONSULT",
            dt.date(2023, 2, 28),
        ),
        (
            "Governor Tom Reed criticized Senator Mary Walsh on Monday morning.",
            "ACCUSE",
            dt.date(2023, 2, 27),
        ),
        # the date of a setting reached through "on" or "as"
        (
            "On the Morning Show on Tuesday, Mary Walsh criticized Tom Reed for his remarks.",
            "ACCUSE",
            dt.date(2023, 2, 28),
        ),
        # several dates on one verb: the one that resolves
        (
            "Mary Walsh met with Tom Reed during her first year in office in 2009.",
            "CONSULT",
            dt.date(2009, 1, 1),
        ),
        # an event noun that is the occasion of a dated clause
        (
            "Mary Walsh was given an award during her visit to Canada, in 2012.",
            "CONSULT",
            dt.date(2012, 1, 1),
        ),
    ],
)
def test_date_of_the_clause(run_events, text: str, type_: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert start(first(run_events(text), type_)) == day


def test_a_modifier_of_an_on_setting_is_not_the_events_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed on his 2012 vote.")
    assert first(x, "ACCUSE").when is None


def test_earlier_in_the_day_is_the_previous_events_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Mary Walsh met with Governor Tom Reed on Monday. "
        "During a speech earlier in the day, Walsh attacked Senator Bob Lane."
    )
    assert start(first(x, "ACCUSE")) == dt.date(2023, 2, 27)


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        # a "when" clause describing a date takes it; a decision made is the act decided
        (
            "The plan has been frozen since Feb. 9, when the court made a decision to grant "
            "a request by Senator Mary Walsh.",
            "AGREE",
            dt.date(2023, 2, 9),
        ),
        # "six years after": counted back from the clause it is subordinate to
        (
            "Mary Walsh visited the White House on Monday, six years after she was arrested "
            "by the Freedonian police.",
            "COERCE",
            dt.date(2017, 1, 1),
        ),
    ],
)
def test_date_given_through_another_clause(run_events, text: str, type_: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert start(first(run_events(text), type_)) == day


def test_a_date_before_the_complement_belongs_to_the_reporting_verb(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh said on Monday she met Governor Tom Reed earlier this week.")
    assert first(x, "CONSULT").when is None  # "earlier this week": no day the text commits to


def test_a_dated_occasion_dates_what_happens_during_it_later(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Monday's debate drew a large audience.\n\nThe candidates disagree on taxes. "
        "Senator Mary Walsh attacked Governor Tom Reed during the debate."
    )
    assert start(first(x, "ACCUSE")) == dt.date(2023, 2, 27)


def test_another_occasion_of_the_same_name_is_not_dated(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Monday's debate drew a large audience.\n\nThe candidates disagree on taxes. "
        "Senator Mary Walsh attacked Governor Tom Reed during the second debate."
    )
    assert first(x, "ACCUSE").when is None


def test_the_day_before_a_dated_occasion(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The debate on Monday drew a large audience. In a column the day before the debate, "
        "Senator Mary Walsh urged Governor Tom Reed to resign."
    )
    assert start(first(x, "REQUEST")) == dt.date(2023, 2, 26)


def test_a_day_part_of_a_noun_dates_the_noun_not_the_refusal(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Mary Walsh declined to attend Thursday night's debate with Governor Tom Reed."
    assert start(first(run_events(text), "REJECT")) is None
