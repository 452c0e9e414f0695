"""COOPERATE constructions of the events plugin's session 22, on made-up sentences.

Going along with someone or standing beside them at an event (round 15: "a spouse flanking
a candidate"; round 18: "she was accompanied by X") and two sides working together are
COOPERATE; the negative cases are the readings each condition keeps out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Jane Doe was accompanied by Paul Miller at the fair in Dayton.", "accompanied"),
        ("Paul Miller accompanied Jane Doe to Moscow in May.", "accompanied"),
        ("Jane Doe was flanked by Paul Miller at the rally.", "flanked"),
    ],
)
def test_going_along_with_someone_cooperates_with_them(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"


@pytest.mark.parametrize(
    "sentence",
    [
        "Violence accompanied some of the rallies in Dayton.",
        "The video was accompanied by a long statement.",
    ],
)
def test_things_that_go_along_are_no_event(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "COOPERATE") == []


def test_two_sides_working_together_cooperate(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller and Jane Doe promised to work together on the bill.")
    event = only(x, "COOPERATE", "work")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"
