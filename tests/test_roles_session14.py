"""Event roles, session 14 (roles.py, merging.py), on made-up texts.

A mutual event (meeting, teaming up, agreeing on a deal, a quarrel) whose subject is a pair
takes the first of the pair as agent and the second as target, as the guidelines rule for
symmetric events: "X and Y agreed to meet", and "they" or "the two men" standing for a
pair named just before. The one pleaded with is asked (REQUEST target). Two differently
named attacks on one day stay two events.
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.merging import Occasion, merge_repeated

from newsextract import Event, Span, TimeRef

from .events_helpers import name


def _event(x, type_: str, trigger: str):  # type: ignore[no-untyped-def]
    found = [e for e in x.events if e.type == type_ and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "agent", "target"),
    [
        (
            "Senator Tom Hale and Governor Nora Patel agreed to hold a joint hearing.",
            "AGREE",
            "agreed",
            "Tom Hale",
            "Nora Patel",
        ),
        (
            "Senator Tom Hale and Governor Nora Patel are nearing an agreement on the budget.",
            "AGREE",
            "agreement",
            "Tom Hale",
            "Nora Patel",
        ),
        (
            "Senator Tom Hale and Governor Nora Patel, who disagree on taxes, had moments "
            "where they teamed up against the mayor.",
            "COOPERATE",
            "teamed",
            "Tom Hale",
            "Nora Patel",
        ),
        (
            "Senator Tom Hale and Governor Nora Patel had been rivals for years. "
            "Last week the two men met in Denver.",
            "CONSULT",
            "met",
            "Tom Hale",
            "Nora Patel",
        ),
    ],
)
def test_a_pair_does_a_mutual_event_with_each_other(  # type: ignore[no-untyped-def]
    run_events, text, type_, trigger, agent, target
) -> None:
    """The first of the pair is agent, the second target."""
    x = run_events(text)
    event = _event(x, type_, trigger)
    assert name(x, event, "agent") is not None and agent in str(name(x, event, "agent"))
    assert name(x, event, "target") is not None and target in str(name(x, event, "target"))


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # "they" for a nearer plural subject, not for the pair
        (
            "Senator Tom Hale and Governor Nora Patel explained how volunteers would rank "
            "the voters they met.",
            "CONSULT",
            "met",
        ),
        # three named: no pair
        (
            "Senator Tom Hale, Governor Nora Patel and Mayor Ann Cole had been rivals for "
            "years. Last week they met in Denver.",
            "CONSULT",
            "met",
        ),
    ],
)
def test_no_pair_no_target(run_events, text, type_, trigger) -> None:  # type: ignore[no-untyped-def]
    """A nearer plural, three names: no second side is read."""
    x = run_events(text)
    found = [e for e in x.events if e.type == type_ and e.trigger.text == trigger]
    assert found
    for event in found:
        assert name(x, event, "target") is None


@pytest.mark.parametrize(
    "text",
    [
        "Party leaders who had pleaded with Senator Tom Hale to run_events backed his campaign.",
        "The Ohio Democratic Party pleaded with Senator Tom Hale to run_events for governor.",
    ],
)
def test_the_one_pleaded_with_is_the_target(run_events, text) -> None:  # type: ignore[no-untyped-def]
    """ "pleaded with X to run_events": X is asked (REQUEST target)."""
    x = run_events(text)
    event = _event(x, "REQUEST", "pleaded")
    assert "Tom Hale" in str(name(x, event, "target"))


def test_with_naming_a_thing_is_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    """ "charged with fraud": the crime, not a participant."""
    x = run_events("Prosecutors charged Senator Tom Hale with fraud on Monday.")
    accusations = [e for e in x.events if e.type == "ACCUSE"]
    assert accusations
    assert all("Tom Hale" in str(name(x, e, "target")) for e in accusations)


def _attack(start: int, day: dt.date) -> Event:
    return Event(
        id=f"event-{start}",
        plugin="events",
        type="ASSAULT",
        trigger=Span(start=start, end=start + 6, text="attack"),
        participants=[],
        when=TimeRef(start=day, end=day, precision="day"),
        modality="asserted",
    )


def test_differently_named_attacks_on_one_day_stay_two() -> None:
    """ "the Paris attack" and "the Nice attack" on one day: the names are read before the day."""
    day = dt.date(2023, 2, 26)
    events = [_attack(0, day), _attack(100, day)]
    names = [Occasion(frozenset({"Paris"}), False), Occasion(frozenset({"Nice"}), False)]
    assert len(merge_repeated(events, ["attack", "attack"], [0, 1], names)) == 2
    same = [Occasion(frozenset({"Paris"}), False), Occasion(frozenset({"Paris"}), False)]
    assert len(merge_repeated(events, ["attack", "attack"], [0, 1], same)) == 1
