"""Nominal event triggers of the events plugin's session 16 (noun_lexicon.py, noun_conditions.py),
on made-up sentences.

A meeting, interview, call, discussion or appearance is something someone holds: told
with only the one met and no one holding it ("meetings with donors were part of the job", "an
interview with the Ledger aired"), it is a retelling whose holder annotators take from context,
or a reference to talks in general, not an event the clause reports. An agreement only
owned, with no light verb ("defended his business deals"), is a thing referred to, not an
agreement the clause reports.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics pointed to meetings with Acme Corp donors as evidence of favoritism.",
        "A private meeting with Senator Tom Reed was never on the schedule, the aide said.",
        "The questions began after an interview with the Daily Ledger's Tom Reed aired on Sunday.",
    ],
)
def test_no_consult_noun_held_by_no_one(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "CONSULT") == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "agent", "target"),
    [
        (
            "After her meeting with Tom Reed, Mary Walsh announced a new budget.",
            "meeting",
            "Mary Walsh",
            "Tom Reed",
        ),
        (
            "Mary Walsh had a long phone call with Tom Reed on Monday.",
            "call",
            "Mary Walsh",
            "Tom Reed",
        ),
        (
            "Mary Walsh said in an interview with the Daily Ledger that she would run.",
            "interview",
            "Mary Walsh",
            "Daily Ledger",
        ),
    ],
)
def test_a_consult_noun_someone_holds_stays(  # type: ignore[no-untyped-def]
    run_events, sentence: str, trigger: str, agent: str, target: str
) -> None:
    x = run_events(sentence)
    event = only(x, "CONSULT", trigger)
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Reed had to defend a few of his business deals on Monday.",
        "Mary Walsh criticized Tom Reed's business deals in the speech.",
    ],
)
def test_no_agree_for_an_agreement_only_owned(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "AGREE") == []


@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        ("Senator Tom Reed reached a deal on Monday.", "Tom Reed", None),
        (
            "Acme Corp's deal with Beta Inc sparked criticism from Tom Reed.",
            "Acme Corp",
            "Beta Inc",
        ),
    ],
)
def test_an_agreement_reached_or_with_a_partner_stays(  # type: ignore[no-untyped-def]
    run_events, sentence: str, agent: str, target: str | None
) -> None:
    x = run_events(sentence)
    event = only(x, "AGREE", "deal")
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") == target


def test_an_owned_agreement_with_a_partner_past_a_modifier_stays(run_events) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs "with Canada" on the verb past "trade": the partner still keeps it."""
    x = run_events("Paul Miller defended Governor Ann Hale's trade deal with Canada on Monday.")
    event = only(x, "AGREE", "deal")
    assert name(x, event, "agent") == "Ann Hale"


def test_an_owned_agreement_with_a_modifier_and_no_partner_is_no_agree(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller defended Governor Ann Hale's nuclear deal on Monday.")
    assert triggers(x, "AGREE") == []
