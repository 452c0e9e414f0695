"""Session 25's event rulings on round 24, implemented in session 26, on made-up sentences.

Staff titles with the employer in them: "White House Press Secretary X" is COOPERATE from
the staff to the state the seat stands for, "Senate Majority Whip X" toward the chamber
(rounds 20 and 23's employers inside titles); an office with a place stays no event.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, typed


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        (
            "White House Press Secretary Jane Roe said the plan would fail.",
            "Secretary",
            "United States",
        ),
        ("White House spokesman Jane Roe said the talks went well.", "spokesman", "United States"),
        ("Senate Majority Whip Jane Roe said the vote would fail.", "Whip", "Senate"),
    ],
)
def test_a_staff_title_works_for_the_employer_in_it(
    run_events, sentence: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Jane Roe"
    assert name(x, event, "target") == target


def test_an_office_with_a_place_is_no_job_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("U.S. Ambassador Jane Roe said the talks went well.")
    assert typed(x, "COOPERATE") == []
