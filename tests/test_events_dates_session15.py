"""Dates and modality of session 15.

Dates: an occasion noun ("interview", "speech", "rally") that a dated verb is set in ("said Monday
in an interview with X", "was asked Monday in an interview") happens when the verb does, as it
did already under "at" and "during".

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Reed said Monday in an interview with the Dayton Herald that the budget is "
        "fine.",
        "Governor Tom Reed was asked Monday in an interview with the Dayton Herald about the "
        "budget.",
    ],
)
def test_an_occasion_a_dated_verb_is_set_in_takes_its_day(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), "interview")) == _MONDAY


@pytest.mark.parametrize(
    "text",
    [
        # no date on the verb
        "Governor Tom Reed said in an interview with the Dayton Herald that the budget is fine.",
        # a week is no calendar unit the text commits to
        "Governor Tom Reed said last week in an interview with the Dayton Herald that the "
        "budget is fine.",
    ],
)
def test_an_occasion_of_an_undated_verb_stays_undated(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), "interview")) is None
