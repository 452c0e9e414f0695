"""Nominal event triggers of the events plugin's session 11 (noun_lexicon.py, noun_conditions.py),
on made-up sentences.

Each case names one noun family or condition; the negative cases are the readings its
condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a stop, event or swing named as a campaign's is a visit, like a rally
        (
            "Mary Walsh said at a campaign stop in Dayton on Monday that taxes were too high.",
            "stop",
        ),
        ("Tom Reed held two campaign events across Ohio on Friday.", "events"),
        ("Mary Walsh is heading to Texas for a campaign swing next week.", "swing"),
        # a tour by its kind, or of places
        ("Tom Reed crossed Nevada last week on a bus tour.", "tour"),
        ("Tom Reed started a tour of four states on Monday.", "tour"),
    ],
)
def test_session11_visit_nouns(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "CONSULT")


def test_the_one_at_the_campaign_stop_makes_the_visit(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh told voters at a campaign stop in Dayton that taxes were too high.")
    assert name(x, only(x, "CONSULT", "stop"), "agent") == "Mary Walsh"


@pytest.mark.parametrize(
    "sentence",
    [
        # stops and events that no campaign names
        "Tom Reed said the bus stop in Dayton was closed on Monday.",
        "Mary Walsh said the event in Ohio drew a large crowd.",
        "Tom Reed noted a swing in the polls on Monday.",
        # a tour of an idea, or a tour's name
        "Mary Walsh called the report a tour of political failure.",
        "Tom Reed watched the Tour de France with his son.",
    ],
)
def test_session11_no_visit(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "CONSULT") == []


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        # talks someone had, with no partner named or the partner in the relative clause
        ("Tom Reed and his aides had two long conversations on Friday.", "Tom Reed"),
        ("Mary Walsh said every conversation she has had with donors went well.", "Mary Walsh"),
    ],
)
def test_conversations_someone_had(run_events, sentence: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = next(e for e in x.events if e.type == "CONSULT" and "conversation" in e.trigger.text)
    assert name(x, event, "agent") == agent


def test_a_conversation_no_one_has_is_no_meeting(run_events) -> None:  # type: ignore[no-untyped-def]
    assert (
        triggers(run_events("The hard conversations about race must start in Ohio."), "CONSULT")
        == []
    )


def test_someones_ban_needs_no_one_banned(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed said Ohio's ban on fracking hurt the state's farmers.")
    assert name(x, only(x, "COERCE", "ban"), "agent") == "Ohio"


def test_a_ban_of_no_one_on_a_thing_is_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events("Tom Reed said the ban on fracking hurt farmers."), "COERCE") == []
