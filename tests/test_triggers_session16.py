"""Verb trigger constructions of the events plugin's session 16, on made-up sentences.

Each case names one construction (lexicon.py / triggers.py); the negative cases are the
readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        # money raised for a candidate or a party is work for them (round-7 ruling)
        ("Senator Paul Miller raised $2 million for Jane Doe last year.", "raised", "Jane Doe"),
        ("Paul Miller raises large sums of money for Jane Doe.", "raises", "Jane Doe"),
        # a party committee by name, or another person's campaign
        (
            "Paul Miller raised $4 million for the Republican National Committee in May.",
            "raised",
            "Republican National Committee",
        ),
        ("Paul Miller raised money for Jane Doe's campaign in Dayton.", "raised", "Doe campaign"),
    ],
)
def test_money_raised_for_a_candidate_cooperates_with_her(
    run_events, sentence: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == target


@pytest.mark.parametrize(
    "sentence",
    [
        # a cause, a venture or an occasion is no party worked with
        "Paul Miller raised $2 million for his Senate race.",
        "The committee raised money for the Democratic National Convention in Ohio.",
        "Paul Miller raised $2 million in March.",
        # a campaign's tally, the subject's own campaign, a charity (review of session 16)
        "Jane Doe raised $3 million for the campaign in March.",
        "Jane Doe raised $3 million for her re-election campaign.",
        "Ann Hale raised $3 million for her campaign in March.",
        "Ann Hale raised $5 million for the American Cancer Society in Toledo.",
        "Ann Hale raised $5 million for the Clinton Foundation.",
    ],
)
def test_money_raised_for_a_cause_is_no_cooperation(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "COOPERATE") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # working for a person named by a pronoun, or on someone's campaign (COOPERATE)
        (
            "Jane Doe is running for mayor of Dayton, and Paul Miller has been working for her"
            " since May.",
            "working",
        ),
        ("Paul Miller now works on Jane Doe's presidential campaign.", "works"),
    ],
)
def test_working_for_a_candidate_cooperates(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "COOPERATE")


@pytest.mark.parametrize(
    "sentence",
    [
        # a bill or a plan is no candidate; "them" is mostly an employer
        "Paul Miller worked on the tax bill for months.",
        "Paul Miller works for them as an accountant.",
        # the subject's own campaign or bid; "her" with no person before it is an employer
        "Jane Doe worked on her campaign all weekend.",
        "Paul Miller is working on his bid for the Senate.",
        "Paul Miller worked for her at the bakery when he was a teenager.",
    ],
)
def test_working_on_a_bill_is_no_cooperation(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "COOPERATE") == []


def test_appreciating_someones_act_supports_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Jane Doe said she appreciated Paul Miller's apology.")
    event = only(x, "SUPPORT", "appreciated")
    assert name(x, event, "target") == "Paul Miller"


@pytest.mark.parametrize(
    "sentence",
    [
        # an idea or a fact valued is no one supported
        "Paul Miller did not appreciate how hard the job was.",
        "Voters appreciate the concept of a balanced budget.",
    ],
)
def test_appreciating_an_idea_supports_no_one(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "SUPPORT") == []
