"""Verb trigger constructions of the events plugin's session 13, on made-up sentences.

Each case names one construction (lexicon.py / triggers.py); the negative cases are the
readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # talking to the press or the public is plain speech, no consultation
        ("Tom Reed talked to reporters after the vote in Ohio.", "talked"),
        ("Mary Walsh talks to the press everywhere she goes.", "talks"),
        ("Tom Reed spoke with reporters outside the Capitol on Monday.", "spoke"),
        ("When I talk to voters, Mary Walsh said, they know who Tom Reed is.", "talk"),
    ],
)
def test_talk_to_an_audience_is_no_consultation(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "CONSULT")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # talking with someone named or with officials stays a consultation
        ("Tom Reed talked with Mary Walsh about the budget on Monday.", "talked"),
        ("Mary Walsh talked to Tom Reed about the trade deal.", "talked"),
    ],
)
def test_talk_with_a_party_is_consultation(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "CONSULT")


@pytest.mark.parametrize(
    "sentence",
    [
        # declining to attack someone: the attack is the event (negated), nothing was refused
        "Tom Reed declined to criticize Mary Walsh on Monday.",
        "The senator declined to condemn Mary Walsh after the debate.",
    ],
)
def test_declining_an_attack_is_no_rejection(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert "declined" not in triggers(run_events(sentence), "REJECT")


@pytest.mark.parametrize(
    "sentence",
    [
        # declining to comment or to be interviewed still turns a request down
        "Tom Reed declined to comment on the report on Monday.",
        "Mary Walsh declined to be interviewed by the Daily Planet.",
    ],
)
def test_declining_a_request_stays_rejection(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert "declined" in triggers(run_events(sentence), "REJECT")
