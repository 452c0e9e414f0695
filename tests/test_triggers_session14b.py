"""Verb triggers of the events plugin's session 14, second wave (lexicon.py, triggers.py), on
made-up sentences: agreeing told in the present is a view held, not an act; and (noun_lexicon.py,
noun_conditions.py) a threat faced is a danger, not a threat made; and money raised from a class
of people ("from bank executives") is a fundraising tally, not a donation.

"I agree with you", "we don't always agree on things", "the council agrees only on its
budget" share an opinion, which the annotators leave out; agreeing told in the past on a
matter ("the judge agreed with the mayor on a schedule"), as a plan ("will agree on a budget") or to something ("agrees
to step down") stays an AGREE event.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only


def _agreements(x) -> list[object]:  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "AGREE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Frank Miller said he agrees with Laura Dunn on most things.",
        "I agree with you completely about the school board.",
        "They vote for him not because they agree with him on everything.",
        "Senator Hale and Governor Pratt don't always agree on taxes.",
        "The committee agrees only on its dislike of the new mayor.",
    ],
)
def test_a_view_held_is_no_agreement(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _agreements(run_events(sentence)) == []


def test_agreeing_told_in_the_past_on_a_matter_is_an_agreement(run_events) -> None:  # type: ignore[no-untyped-def]
    # a past "agreed with X" and nothing more shares X's view (SUPPORT, session 21, round-15
    # ruling); agreeing with X on a matter commits to it
    x = run_events("Judge Carla Moss agreed with Frank Miller on a schedule for the hearings.")
    event = only(x, "AGREE", "agreed")
    assert name(x, event, "agent") == "Carla Moss"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # agreeing to something commits in any tense
        ("Frank Miller agrees to step down as chairman next month.", "agrees"),
        ("Frank Miller won't agree to a debate with Laura Dunn.", "agree"),
        # a past act on a named matter
        ("The two campaigns agreed on a debate schedule on Friday.", "agreed"),
        # reported news in the present: the act, not an opinion
        ("Portugal agrees with Spain on a new fishing treaty, officials say.", "agrees"),
        ("After agreeing on a truce, Portugal and Spain met in Lisbon on Monday.", "agreeing"),
    ],
)
def test_agreeing_to_or_on_a_matter_stays(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert [e.trigger.text for e in _agreements(x)] == [trigger]


def _threats(x) -> list[object]:  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed how to handle threats from Iran and North Korea.",
        "Frank Miller barely mentioned the threat from the rebel militias.",
        "Residents of the border towns face the threat of the cartel every night.",
    ],
)
def test_a_danger_faced_is_no_threat_made(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _threats(run_events(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Pratt dismissed the threat from Frank Miller to sue the city.",
        "The bill passed despite veto threats from the White House.",
        "Frank Miller's threats against the union angered the mayor.",
    ],
)
def test_a_threat_made_stays(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.trigger.text for e in _threats(run_events(sentence))] in (["threat"], ["threats"])


def _donations(x) -> list[object]:  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "AID"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Laura Dunn has raised $400,000 from bank executives this year.",
        "Frank Miller raised over $2 million from the oil industry in 2014.",
        "Laura Dunn raised $90,000 from people who work in farming.",
    ],
)
def test_money_from_a_class_of_people_is_a_tally(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _donations(run_events(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The group raised $500,000 from Henry Ostrow, a real estate investor.",
        "Laura Dunn raised $400,000 from small donors last month.",
    ],
)
def test_money_from_a_giver_is_a_donation(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.trigger.text for e in _donations(run_events(sentence))] == ["raised"]
