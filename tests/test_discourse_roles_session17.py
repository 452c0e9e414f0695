"""Roles outside the trigger's sentence, session 17 (pronouns.py), on made-up texts.

The events plugin's fallback for an unresolved pronoun participant takes the nearest earlier
actor of a compatible type. "They"/"them"/"their" no longer resolve to a country: news calls
a state "it", and the country named before "they" is mostly where the people meant are (or a
place visited), not who acts or is acted on.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tom Hale visited France last week. Critics later accused them of lying.", "accused"),
        (
            "Our reporter traveled to Germany last month. The mayor criticized them in a speech.",
            "criticized",
        ),
    ],
)
def test_they_is_no_country(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """The country before "them" is a place visited: "them" stays without an actor."""
    x = run_events(text)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "target") not in ("France", "Germany")


def test_it_still_stands_for_a_country(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mexico filed a complaint on Monday. The governor of Texas criticized it sharply."
    )
    assert name(x, only(x, "ACCUSE", "criticized"), "target") == "Mexico"


def test_they_still_stands_for_a_group(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Officials in Mexico reviewed the plan on Monday. The mayor of Dallas urged them to "
        "reject it."
    )
    assert name(x, only(x, "REQUEST", "urged"), "target") == "Officials"
