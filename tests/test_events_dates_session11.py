"""Dates and modality of session 11: an asserted infinitive takes the date of the verb it
completes ("In May, the council voted to pay X"), and the infinitive of a noun asked for ("called
for a special prosecutor to investigate X") is hypothetical.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "In January, the Albany city council voted to pay $2 million to Governor Tom Reed.",
            "pay",
            dt.date(2023, 1, 1),
        ),
        (
            "In 2019, Mary Walsh left the bank to join Governor Tom Reed's campaign.",
            "join",
            dt.date(2019, 1, 1),
        ),
    ],
)
def test_an_asserted_infinitive_takes_the_date_of_its_verb(
    run_events, text: str, trigger: str, day: dt.date
) -> None:  # type: ignore[no-untyped-def]
    event = event_on(run_events(text), trigger)
    assert event.modality == "asserted"
    assert start(event) == day


def test_a_planned_infinitive_does_not_take_the_date_of_the_plan(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(
        run_events("In January, Mary Walsh promised to meet Governor Tom Reed."), "meet"
    )
    assert event.modality == "planned"
    assert event.when is None


def test_an_asked_infinitive_does_not_take_the_date_of_the_asking(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(
        run_events("In January, Mary Walsh urged Governor Tom Reed to sue Ann Lee."), "sue"
    )
    assert event.modality == "hypothetical"
    assert event.when is None


def test_the_infinitive_of_a_noun_asked_for_is_hypothetical(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh is calling for a special prosecutor to investigate Governor Tom Reed."
    )
    assert event_on(x, "investigate").modality == "hypothetical"


def test_an_infinitive_of_a_noun_not_asked_for_keeps_its_modality(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh hired a special prosecutor to investigate Governor Tom Reed.")
    assert event_on(x, "investigate").modality != "hypothetical"
