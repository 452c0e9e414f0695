"""Participants of events, session 12 (roles.py, received_nouns.py, ...), on made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import name


def _support(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == "support"]


@pytest.mark.parametrize(
    ("sentence", "giver", "receiver"),
    [
        (
            "Governor Nora Patel enjoyed broad support from the Teamsters union in Ohio.",
            "Teamsters",
            "Nora Patel",
        ),
        (
            "Senator Walt Brenner has won the support of the Chamber of Commerce.",
            "Chamber of Commerce",
            "Walt Brenner",
        ),
        (
            "Mayor Ada Quint consolidated the support of the Green Party last week.",
            "Green Party",
            "Ada Quint",
        ),
        (
            "The Teamsters union threw its support to Governor Nora Patel on Monday.",
            "Teamsters",
            "Nora Patel",
        ),
        (
            "Senator Walt Brenner's support from the Teamsters union surprised nobody.",
            "Teamsters",
            "Walt Brenner",
        ),
        (
            "Senator Walt Brenner won the primary with the support of the Teamsters union.",
            "Teamsters",
            "Walt Brenner",
        ),
    ],
)
def test_support_received_is_the_givers_act(run_events, sentence, giver, receiver) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    (event,) = _support(x)
    assert giver in (name(x, event, "agent") or "")
    assert receiver in (name(x, event, "target") or "")


@pytest.mark.parametrize(
    "sentence",
    [
        # a poll's share, not backing someone gives
        "Governor Nora Patel has the support of 40 percent of Ohio voters.",
        "Governor Nora Patel enjoyed majority support among Ohio voters.",
        # a thing receives it: no one is backed
        "The Ohio budget plan received support from the Teamsters union.",
        # the bare noun stays out, and a possessor's support among voters is a poll's
        "Support among Ohio voters rose sharply after the debate.",
        "Senator Walt Brenner's support among Ohio voters rose in May.",
        # counted backing compares polls
        "Governor Nora Patel had three times the support of Senator Walt Brenner.",
    ],
)
def test_support_that_is_no_backing_of_someone(run_events, sentence) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert not [e for e in _support(x) if name(x, e, "target") and name(x, e, "agent")]
