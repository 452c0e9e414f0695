"""Nominal event triggers of the events plugin's session 12 (noun_lexicon.py, noun_conditions.py),
on made-up sentences.

Each case names one noun construction; the negative cases are the readings its condition exists
to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


def test_a_case_made_for_someone_backs_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Tom Reed made the case for Mary Walsh at a diner in Dayton on Monday.")
    event = only(x, "SUPPORT", "case")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_a_case_made_against_someone_attacks_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Tom Reed made the case against Mary Walsh in a long speech in Dayton.")
    event = only(x, "ACCUSE", "case")
    assert name(x, event, "target") == "Mary Walsh"


@pytest.mark.parametrize(
    "sentence",
    [
        # a case for an act or a policy, a legal case, a case in point
        "Tom Reed made a strong case for raising the gas tax in Ohio.",
        "Tom Reed said the case against the company is still pending in Dayton.",
        "Mary Walsh said that is the case in Ohio this year.",
    ],
)
def test_no_case_made_for_someone(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert "case" not in triggers(x, "SUPPORT") + triggers(x, "ACCUSE")


def test_a_persons_offensive_is_criticism(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh went on the offensive against Tom Reed on Sunday.")
    event = only(x, "ACCUSE", "offensive")
    assert name(x, event, "agent") == "Mary Walsh"
    assert triggers(x, "ASSAULT") == []


def test_an_armys_offensive_stays_an_assault(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The Syrian army launched an offensive against rebel positions near Aleppo.")
    assert "offensive" in triggers(x, "ASSAULT")


def test_an_appearance_on_a_show_targets_the_show(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh said during an appearance on CNN on Sunday that taxes were too high."
    )
    event = only(x, "CONSULT", "appearance")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "CNN"


def test_a_speech_to_a_named_host(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("In a speech to the American Medical Association, Mary Walsh attacked the plan.")
    event = only(x, "CONSULT", "speech")
    assert name(x, event, "target") == "American Medical Association"


def test_a_speech_to_no_host_is_no_visit(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("In a speech to workers in Dayton, Mary Walsh attacked the plan.")
    assert triggers(x, "CONSULT") == []
