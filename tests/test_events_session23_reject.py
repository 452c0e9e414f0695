"""Session 23, REJECT recall: answering a claim or a criticism is a denial — pushing back on
it, taking issue with it, responding to it (made-up sentences; the learned role scorer is
off)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only, typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Reed campaign pushed back against Senator Jane Holt's accusations.", "pushed"),
        ("Tom Reed pushed back on Senator Jane Holt's claims on Monday.", "pushed"),
        ("Tom Reed took issue with the criticism from Senator Jane Holt.", "took"),
    ],
)
def test_pushing_back_on_a_claim_rejects_it(run_events: Run, text: str, trigger: str) -> None:
    """A push-back or an issue taken whose object is a claim, a criticism or a move is REJECT
    (rounds 17-21; the round-17 ruling "pushed back, calling it X" REJECT), not ACCUSE."""
    x = run_events(text)
    only(x, "REJECT", trigger)
    assert not [e for e in x.events if e.type == "ACCUSE" and e.trigger.text == trigger]


def test_pushing_back_on_a_person_stays_criticism(run_events: Run) -> None:
    """Pushing back on a person, not on a claim of theirs, opposes them (ACCUSE, round 12)."""
    x = run_events("Silicon Valley executives are pushing back on Tom Reed.")
    assert typed(x, "REJECT") == []
    assert name(x, only(x, "ACCUSE", "pushing"), "target") == "Tom Reed"


def test_responding_to_criticism_rejects_it(run_events: Run) -> None:
    """Responding to someone's remarks or accusations answers a criticism: REJECT toward
    its author (session 22's count on rounds 18-21)."""
    x = run_events("Tom Reed responded to Senator Jane Holt's accusations on Monday.")
    event = only(x, "REJECT", "responded")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Jane Holt"


def test_answering_a_question_is_no_rejection(run_events: Run) -> None:
    """A plain answer to a question or a request for comment is no event (round 8)."""
    x = run_events("Tom Reed responded to questions from reporters on Monday.")
    assert typed(x, "REJECT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Campaign chair Tom Reed dismissed the whole kerfuffle as silly.",
        "Tom Reed dismissed the comment and the fallout from it.",
    ],
)
def test_dismissing_words_or_a_stir_rejects_them(run_events: Run, text: str) -> None:
    """Brushing off someone's words or the stir they caused is a denial (REJECT, rounds
    18-21), like dismissing a report or a claim."""
    x = run_events(text)
    event = only(x, "REJECT", "dismissed")
    assert name(x, event, "agent") == "Tom Reed"
