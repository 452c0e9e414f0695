"""Trigger constructions of the events plugin's session 12, second wave, on made-up sentences.

Each case names one construction (lexicon.py / triggers.py / noun_lexicon.py); the negative
cases are the readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kurdish militia declared war on the Turkish army on Monday.",
        "Mary Walsh said the rebels had declared war on the capital.",
    ],
)
def test_declared_war_is_a_threat(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert "war" in triggers(run_events(sentence), "THREATEN")


def test_the_side_war_is_declared_on_is_the_target(run_events) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "on X" on the noun "war": THREATEN roles read an "on" target
    x = run_events("In 2014 the group declared war on the United States.")
    assert name(x, only(x, "THREATEN", "war"), "target") == "United States"


@pytest.mark.parametrize(
    "sentence",
    [
        # "declare" alone is a statement, and war fought or named is no declaration
        "The Kurdish militia declared victory on Monday.",
        "Tom Reed declared his candidacy for the Senate on Monday.",
        "The two countries fought a long war over the border.",
        "Mary Walsh criticised the war on drugs on Monday.",
    ],
)
def test_war_without_a_declaration_is_no_threat(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "THREATEN") == []


def test_subpoena_asks_the_one_subpoenaed(run_events) -> None:  # type: ignore[no-untyped-def]
    """Round-10 ruling: a subpoena is a REQUEST to the one subpoenaed (the inquiry it serves
    is a separate ACCUSE)."""
    x = run_events("The Senate committee subpoenaed Tom Reed on Monday.")
    event = only(x, "REQUEST", "subpoenaed")
    assert name(x, event, "target") == "Tom Reed"
    assert "subpoenaed" not in triggers(x, "ACCUSE")


def test_investigating_stays_an_accusation(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The Senate committee investigated Tom Reed on Monday.")
    assert "investigated" in triggers(x, "ACCUSE")
    assert triggers(x, "REQUEST") == []


def test_a_threat_made_on_a_platform_has_no_target_there(run_events) -> None:  # type: ignore[no-untyped-def]
    # only the noun reads an "on" target; "threatened on Twitter" names where, not whom
    x = run_events("Jane Roe threatened on Twitter to quit the council.")
    assert all(name(x, e, "target") != "Twitter" for e in x.events)
