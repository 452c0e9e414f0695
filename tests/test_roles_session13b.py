"""Event merging, session 13 third pass (merging.py, extract.py), on made-up texts.

An attack no participant names is an occasion the article keeps returning to: its
repeated mentions are one event, unless a name, a day of its own or a plural after a
singular says they are different attacks.
"""

from __future__ import annotations

import pytest


def _attacks(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale spoke after the Paris attacks.\n\n"
        "Nora Patel said the Paris terror attacks changed the race.",
        "Tom Hale spoke after the Brussels bombings.\n\n"
        "Nora Patel said the bombings in Brussels changed the race.",
        "Nora Patel mourned the victims of the Paris attacks.\n\n"
        "Tom Hale said the attacks in Paris showed the danger.",
    ],
)
def test_repeated_mentions_of_one_attack_are_one_event(run_events, text) -> None:  # type: ignore[no-untyped-def]
    """'the Paris attacks' ... 'the attacks in Paris': one occasion, one event."""
    x = run_events(text)
    assert len(_attacks(x)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # two places: two attacks
        "Nora Patel mourned the victims of the Paris attacks.\n\n"
        "Tom Hale said the Brussels attacks showed the danger.",
        # a place after the noun names an attack too
        "Tom Hale spoke after the terror attacks in Brussels.\n\n"
        "Nora Patel said the Orlando attack changed the race.",
        # several after one: more attacks than the first
        "Tom Hale spoke after the Orlando shooting.\n\n"
        "Nora Patel said the Orlando shootings changed the race.",
        # a later mention with a day of its own
        "Tom Hale spoke after the Orlando attack.\n\n"
        "Nora Patel said the Orlando attack in 2015 was worse.",
    ],
)
def test_differently_named_or_more_attacks_stay_apart(run_events, text) -> None:  # type: ignore[no-untyped-def]
    """Different names, a plural after a singular, or a day of its own: different attacks."""
    x = run_events(text)
    assert len(_attacks(x)) == 2
