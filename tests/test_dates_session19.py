"""Dates of session 19: an event noun dated from the words around it.

An event noun whose own clause names no date takes the date of the verb that performs or
attends it ("scored her first endorsement on Monday", "made a surprise appearance at
Walsh's rally on Monday", "issued a new line of attack on Monday"), of its own relative
clause ("an interview that aired Monday night") or of the occasion it is set at ("her
attack on Reed in Monday's debate"). Not the date of a verb that responds to the act or
asks for it ("downplayed the attack on Monday", "requested an investigation"), and a
"last week" on the verb still gives no date.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Senator Mary Walsh scored her first endorsement from Governor Tom Reed on Monday.",
            "endorsement",
        ),
        (
            "Governor Tom Reed made a surprise appearance at Senator Mary Walsh's rally "
            "in Dayton on Monday.",
            "rally",
        ),
        (
            "During an interview with Fox News that aired Monday night, Senator Mary Walsh "
            "criticized Governor Tom Reed.",
            "interview",
        ),
        (
            "Senator Mary Walsh's attack on Governor Tom Reed in Monday's debate was a "
            "stretch at best.",
            "attack",
        ),
    ],
)
def test_an_event_noun_takes_the_date_around_it(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert start(event_on(run_events(text), trigger)) == _MONDAY


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a response to the act comes after it
        (
            "Senator Mary Walsh downplayed Governor Tom Reed's attack on her on Monday.",
            "attack",
        ),
        (
            "Senator Mary Walsh downplayed the criticism from Governor Tom Reed on Monday.",
            "criticism",
        ),
        # "last week" on the verb names no calendar unit
        (
            "Senator Mary Walsh scored her first endorsement from Governor Tom Reed last week.",
            "endorsement",
        ),
        # leaving a rally is not going to it
        (
            "Governor Tom Reed stormed out of Senator Mary Walsh's rally in Dayton on Monday.",
            "rally",
        ),
    ],
)
def test_no_date_from_a_verb_of_another_time(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    event = event_on(run_events(text), trigger)
    assert start(event) is None
