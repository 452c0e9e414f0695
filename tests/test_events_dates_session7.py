"""Dates of events that share the time of another verb (session 7), on made-up sentences.

Published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case names one
construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import resolve

from .events_helpers import event_on, start


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a purpose infinitive happens when the verb it serves does
        (
            "Governor Tom Reed traveled to Albany on Monday to meet with Senator Mary Walsh.",
            "meet",
            dt.date(2023, 2, 27),
        ),
        (
            "In January, Senator Mary Walsh spoke for an hour to defend Governor Tom Reed.",
            "defend",
            dt.date(2023, 1, 1),
        ),
        # "in a bid to": the attempt's act is dated by the verb the bid is made with
        (
            "Senator Mary Walsh bought the newspaper in 2019, in a bid to persuade "
            "Governor Tom Reed to resign.",
            "persuade",
            dt.date(2019, 1, 1),
        ),
        # two verbs with one subject: the second shares the first one's date
        (
            "The rift deepened on Monday when Senator Mary Walsh lamented the budget and "
            "criticized Governor Tom Reed.",
            "criticized",
            dt.date(2023, 2, 27),
        ),
        # "held X in contempt": the state noun is dated by the verb placing X in it
        (
            "On Thursday, the Senate committee held Governor Tom Reed in contempt of Congress.",
            "contempt",
            dt.date(2023, 2, 23),
        ),
    ],
)
def test_shared_time(run_events, text: str, trigger: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), trigger)) == day


def test_second_verb_with_its_own_subject_keeps_no_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Mary Walsh praised the mayor on Monday, and Reed criticized Senator Walsh."
    )
    assert start(event_on(x, "criticized")) is None


def test_relative_clause_date_does_not_carry_to_next_sentence(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The plan was backed by Tom Reed, a governor who ran for the Senate in 2008. "
        "He endorsed Senator Mary Walsh."
    )
    assert event_on(x, "endorsed").when is None


@pytest.mark.parametrize(
    ("text", "precision", "first"),
    [
        ("eight years ago", "year", dt.date(2015, 1, 1)),
        ("two years ago", "year", dt.date(2021, 1, 1)),
        ("a year ago", "month", dt.date(2022, 3, 1)),
    ],
)
def test_years_ago_precision(text: str, precision: str, first: dt.date) -> None:
    resolved = resolve(text, dt.date(2023, 3, 1))
    assert (resolved.precision, resolved.start) == (precision, first)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # the contents of threats, proposals and wishes (the guidelines' rulings)
        ("Senator Mary Walsh threatened to sue Governor Tom Reed.", "sue", "hypothetical"),
        ("Governor Tom Reed wants to meet Senator Mary Walsh.", "meet", "hypothetical"),
        # a gerund asked for
        (
            "Senator Mary Walsh called for banning Governor Tom Reed from the hall.",
            "banning",
            "hypothetical",
        ),
        # a "for ... to" clause names an act that only might happen
        (
            "The rules make it difficult for Senator Mary Walsh to attack Governor Tom Reed.",
            "attack",
            "hypothetical",
        ),
        # a bare infinitive is as real as the verb of perception or causing before it
        (
            "They reached a deal that would see him endorse Governor Tom Reed.",
            "endorse",
            "hypothetical",
        ),
        # still planned: an intention
        ("Senator Mary Walsh plans to meet Governor Tom Reed.", "meet", "planned"),
    ],
)
def test_modality(run_events, text: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == modality


def test_hypothetical_weekday_looks_ahead(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Tom Reed could meet Senator Mary Walsh on Tuesday.")
    assert start(event_on(x, "meet")) == dt.date(2023, 3, 7)
