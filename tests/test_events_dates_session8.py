"""Dates of one occasion told act by act, and times relative to the story's day (session 8).

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import same_day

from .events_helpers import event_on, start

TUESDAY = dt.date(2023, 2, 28)
#: A report of one occasion: its day is given once, in the lead, by one actor's act.
OCCASION = (
    "Walsh assails Reed at City Hall.\n\n"
    "Senator Mary Walsh stood outside City Hall on Tuesday with Mayor Jane Doe to assail "
    "Governor Tom Reed over the budget.\n\n"
    "The crowd was large and the weather was cold.\n\n"
)


def test_other_actor_at_the_occasion_takes_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OCCASION + "Standing beside her, Mayor Jane Doe praised Senator Mary Walsh.")
    assert start(event_on(x, "praised")) == TUESDAY


def test_gerund_of_an_act_at_the_occasion_takes_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        OCCASION + "Mayor Jane Doe praised Senator Mary Walsh, crediting her with the new park."
    )
    assert start(event_on(x, "crediting")) == TUESDAY


def test_another_time_in_between_leaves_the_act_undated(run_events) -> None:  # type: ignore[no-untyped-def]
    # the one acting is named with the other time: the story is still then (session 23: one
    # not named with it brings the story back to its day, tests/test_events_dates_session23.py)
    x = run_events(
        OCCASION
        + "In 2019, Governor Tom Reed signed the first budget with Mayor Jane Doe.\n\n"
        + "The budget was long.\n\n"
        + "Mayor Jane Doe praised Senator Mary Walsh."
    )
    assert start(event_on(x, "praised")) != TUESDAY


def test_someone_at_the_occasion_brings_the_story_back_to_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Walsh assails Reed at City Hall.\n\n"
        "Standing beside Mayor Jane Doe, Senator Mary Walsh attacked Governor Tom Reed on "
        "Tuesday.\n\n"
        "At the time, Governor Tom Reed signed the first budget.\n\n"
        '"He failed us," Walsh said.\n\n'
        "Mayor Jane Doe praised Senator Mary Walsh."
    )
    assert start(event_on(x, "praised")) == TUESDAY


def test_someone_not_at_the_occasion_keeps_no_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OCCASION + "Sam Ortiz praised Senator Mary Walsh.")
    assert event_on(x, "praised").when is None


def test_a_time_of_its_own_keeps_the_act_off_the_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OCCASION + "Mayor Jane Doe praised Senator Mary Walsh this week.")
    assert event_on(x, "praised").when is None


def test_a_perfect_shared_by_a_second_verb_is_not_narration(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        OCCASION + "Mayor Jane Doe has often criticized the budget and called for "
        "Governor Tom Reed to resign."
    )
    assert event_on(x, "called").when is None


def test_acts_inside_a_quotation_are_not_dated_by_the_story(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OCCASION + '"Mayor Jane Doe praised Senator Mary Walsh," the aide said.')
    assert event_on(x, "praised").when is None


def test_without_a_day_in_the_lead_nothing_is_dated(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Walsh assails Reed.\n\n"
        "Senator Mary Walsh is angry about the budget.\n\n"
        "Mayor Jane Doe praised Senator Mary Walsh."
    )
    assert event_on(x, "praised").when is None


@pytest.mark.parametrize(
    "text",
    ["earlier in the day", "Earlier in the day", "hours earlier", "moments earlier", "hours later"],
)
def test_same_day_expressions(text: str) -> None:
    assert same_day(text)


def test_earlier_in_the_day_dates_by_the_last_day_named(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Mary Walsh spoke in Albany on Monday. "
        "Earlier in the day, Governor Tom Reed was criticized by Mayor Jane Doe."
    )
    assert start(event_on(x, "criticized")) == dt.date(2023, 2, 27)


#: (a day three weeks back: not the story's day, which lies in the week before publication)
def test_hours_before_a_dated_occasion(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Governor Tom Reed spoke on Feb. 6 in a speech at the capitol.\n\n"
        "The capitol was full.\n\n"
        "Just hours before the governor's speech, Senator Mary Walsh criticized Mayor Jane Doe."
    )
    assert start(event_on(x, "criticized")) == dt.date(2023, 2, 6)


def test_before_an_occasion_without_hours_is_not_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Governor Tom Reed spoke on Feb. 6 in a speech at the capitol.\n\n"
        "The capitol was full.\n\n"
        "Before the governor's speech, Senator Mary Walsh criticized Mayor Jane Doe."
    )
    assert event_on(x, "criticized").when is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Mary Walsh needs to criticize Governor Tom Reed.", "criticize"),
        ("Governor Tom Reed has to meet Senator Mary Walsh.", "meet"),
    ],
)
def test_necessity_is_hypothetical(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "hypothetical"
