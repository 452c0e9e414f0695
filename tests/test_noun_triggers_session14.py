"""Nominal event triggers of the events plugin's session 14 (noun_lexicon.py, noun_conditions.py),
on made-up sentences: town halls.

A candidate speaking at a town hall is on a campaign stop, like a rally (CONSULT, visit); at a
town hall a named outlet hosts, the speaker is its guest, as in an interview (the outlet is the
target). The negative cases are the readings the conditions keep out: the building, and someone
in an outlet's audience.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only


def _town_halls(x) -> list[object]:  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.trigger.text.lower() in ("hall", "town hall")]


def test_speaking_at_a_town_hall_is_a_campaign_stop(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh said at a town hall on Monday that the plant would stay open.")
    event = only(x, "CONSULT", "hall")
    assert event.mode == "visit"
    assert name(x, event, "agent") == "Mary Walsh"


def test_a_town_hall_an_outlet_hosts_has_the_outlet_as_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh said at a Fox News town hall in Ohio that taxes were too high.")
    event = only(x, "CONSULT", "hall")
    assert event.mode == "interview"
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Fox News"


@pytest.mark.parametrize(
    "sentence",
    [
        # the building
        "The town hall in Dayton was painted blue last year.",
        "Tom Reed said the old town hall needs a new roof.",
        # someone in an outlet's audience asks, nobody is its guest
        "During a Fox News town hall, Tom Reed had a question about taxes.",
    ],
)
def test_no_town_hall_event(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _town_halls(run_events(sentence)) == []
