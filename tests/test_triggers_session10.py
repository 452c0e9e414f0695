"""Trigger families of the events plugin's session 10, on made-up sentences.

Each case names one family or construction (lexicon.py / triggers.py); the negative cases are
the readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # turning away from a person (CAMEO 16)
        (
            "The Acme network is considering abandoning Tom Reed as a nominee.",
            "SANCTION",
            "abandoning",
        ),
        # staff laid off, like staff fired
        ("Acme Corp. announced it was laying off 400 factory workers.", "SANCTION", "laying"),
        # working for or campaigning alongside someone
        (
            "Mary Walsh, who once worked for Tom Reed, called the plan childish.",
            "COOPERATE",
            "worked",
        ),
        ("Tom Reed said he would campaign with Mary Walsh in Ohio.", "COOPERATE", "campaign"),
        # money paid or given to someone, and actors funded
        ("The Acme Corp. board voted to pay $5 million to Tom Reed.", "AID", "pay"),
        ("Mary Walsh said donors who are giving to her understand that.", "AID", "giving"),
        ("Tom Reed funded Mary Walsh's campaign.", "AID", "funded"),
    ],
)
def test_session10_triggers(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), type_)


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # abandoning a plan, laying off staff with no one named doing it
        ("Tom Reed abandoned the plan in March.", "SANCTION", "abandoned"),
        # passes before its commit too (session-26 check): the current model needs no rule here
        ("Benefits go only to workers who have been laid off.", "SANCTION", "laid"),
        # (a job at a named employer, "works for the New York Times", is COOPERATE since the
        # round-16 and round-18 rulings: test_cooperate_session20.py)
        # cases and lawsuits thrown out are no people removed
        ("The judge threw out the lawsuit against Tom Reed.", "COERCE", "threw"),
        # an interview or advice given to someone is no gift; a visit paid is no payment
        ("Tom Reed regretted the interviews he gave to The Washington Post.", "AID", "gave"),
        ("Tom Reed will pay a visit to Mary Walsh.", "AID", "pay"),
        # a price paid for a thing pays no one
        ("In 1989 Tom Reed paid $8 million to buy a Boeing 727.", "AID", "paid"),
        # programmes funded are no actors
        ("Congress funded the program in 2016.", "AID", "funded"),
        # ... nor is the last part of a hyphenated modifier
        ("RT is a state-financed outlet that attacks Tom Reed.", "AID", "financed"),
    ],
)
def test_session10_not_this_trigger(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), type_)


def test_funded_by_names_the_funder(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed funded Mary Walsh's campaign.")
    assert name(x, only(x, "AID", "funded"), "agent") == "Tom Reed"


def test_worked_for_targets_the_employer(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh, who once worked for Tom Reed, called the plan childish.")
    event = only(x, "COOPERATE", "worked")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"
