"""Session 22, ACCUSE and REJECT recall: attacks between players of politics, refusals and
criticism of things with no target, opposition as criticism, criticism answered by the one
criticised, unfavourable comparisons (made-up sentences; the learned role scorer is off)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only, typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Conservative groups attacked the Baker campaign on Monday.",
        "A super PAC backing Jane Holt attacked the Baker campaign on Monday.",
    ],
)
def test_attacks_between_players_of_politics_are_criticism(run_events: Run, text: str) -> None:
    """Groups, PACs and campaigns attack one another in words: ACCUSE, not ASSAULT, even when
    no single person attacks or is attacked."""
    x = run_events(text)
    assert only(x, "ACCUSE", "attacked")
    assert not typed(x, "ASSAULT")


def test_armed_groups_still_assault(run_events: Run) -> None:
    """An armed group attacking a place stays violence."""
    x = run_events("Armed groups attacked the village on Monday.")
    assert only(x, "ASSAULT", "attacked")
    assert not typed(x, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt repudiated the plan.", "repudiated"),
        ("Senator Jane Holt disavowed the statement on Monday.", "disavowed"),
    ],
)
def test_rejecting_a_thing_is_a_rejection_with_no_target(
    run_events: Run, text: str, trigger: str
) -> None:
    """An actor refusing or disowning what names no actor is REJECT with a null target (the
    rulings on bills with no named author and on demurrals), like criticism of a thing."""
    x = run_events(text)
    event = only(x, "REJECT", trigger)
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") is None


def test_voting_against_a_measure_is_a_rejection_with_no_target(run_events: Run) -> None:
    """Voting down a bill with no named author is REJECT with no target (the rulings of the
    session-16 annotations, which win over round 7's "no event")."""
    x = run_events("Tom Reed voted against the measure.")
    event = only(x, "REJECT")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is None


def test_railing_against_a_thing_is_criticism_with_no_target(run_events: Run) -> None:
    """A particle verb of criticism aimed at a thing ("railed against the loophole") is ACCUSE
    with a null target, as its one-word synonyms are (session 21)."""
    x = run_events("Senator Jane Holt railed against the tax loophole.")
    event = only(x, "ACCUSE", "railed")
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") is None


def test_taking_on_a_thing_is_no_criticism(run_events: Run) -> None:
    """ "took on more debt": a thing taken, no one criticised."""
    x = run_events("Senator Jane Holt took on more debt.")
    assert not typed(x, "ACCUSE")


def test_opposition_from_someone_is_criticism(run_events: Run) -> None:
    """Opposition an actor voices is ACCUSE (the train rounds code it so two to one)."""
    x = run_events("The plan faced opposition from Senator Jane Holt.")
    event = only(x, "ACCUSE", "opposition")
    assert name(x, event, "agent") == "Jane Holt"
    assert not typed(x, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Baker dismissed criticism from Senator Jane Holt.",
        "Governor Tom Baker responded to criticism from Senator Jane Holt.",
    ],
)
def test_criticism_answered_targets_the_one_answering(run_events: Run, text: str) -> None:
    """Who dismisses or responds to criticism is the one criticised, like who faces it."""
    x = run_events(text)
    event = only(x, "ACCUSE", "criticism")
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Baker"


def test_accusations_dismissed_do_not_target_the_one_dismissing(run_events: Run) -> None:
    """An accusation's target is in what it alleges: dismissing it says nothing of whom."""
    x = run_events("Governor Tom Baker dismissed the accusations from Senator Jane Holt.")
    event = only(x, "ACCUSE", "accusations")
    assert name(x, event, "target") is None


def test_comparing_someone_is_criticism(run_events: Run) -> None:
    """An unfavourable likening of someone is ACCUSE (round-14 ruling)."""
    x = run_events("Senator Jane Holt compared Governor Tom Baker to a failed dictator.")
    event = only(x, "ACCUSE", "compared")
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Baker"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Holt compared him favorably to Governor Tom Baker.",
        "Ten percent backed Tom Baker, compared with 20 percent for Jane Holt.",
        "We like to compare it to a storm at sea.",
    ],
)
def test_praise_statistics_and_things_compared_are_no_criticism(run_events: Run, text: str) -> None:
    """A favourable likening, a statistic and a thing likened name no criticism."""
    x = run_events(text)
    assert not [t for t in typed(x, "ACCUSE") if t[0] in ("compared", "compare")]
