"""Session 21, ACCUSE, REJECT and CONCEDE recall: worry, doubt and anger about someone, critics
described by their title, knocking and contesting someone, giving ground on one's own stance,
and refusals told alone (made-up sentences; the learned role scorer is off)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt is concerned about Governor Tom Baker.", "concerned"),
        ("Senator Jane Holt was skeptical of Governor Tom Baker's candidacy.", "skeptical"),
        ("Senator Jane Holt is angry at Governor Tom Baker over the budget.", "angry"),
        ("Senator Jane Holt expressed concern about Governor Tom Baker.", "concern"),
        ("Senator Jane Holt voiced her frustration with Governor Tom Baker.", "frustration"),
    ],
)
def test_worry_and_anger_about_someone_are_criticism(
    run_events: Run, text: str, trigger: str
) -> None:
    """Concern, distrust and anger aimed at an actor are ACCUSE (rulings of rounds 12, 14, 16
    and 19), the one who feels them the agent."""
    x = run_events(text)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Baker"


def test_questions_faced_are_criticism_of_who_faces_them(run_events: Run) -> None:
    """ "faced questions about his finances": doubt raised about someone with no one named
    raising it (round-13 ruling: agent null, the one doubted the target)."""
    x = run_events("Governor Tom Baker faced questions about his finances on Monday.")
    event = only(x, "ACCUSE", "questions")
    assert name(x, event, "target") == "Tom Baker"
    assert name(x, event, "agent") is None


@pytest.mark.parametrize(
    "text",
    [
        "Voters are concerned about the economy.",
        "Governor Tom Baker declined to answer questions about his finances.",
        "Governor Tom Baker responded to a question about his health.",
        "Senator Jane Holt had no doubts about Governor Tom Baker.",
    ],
)
def test_worry_about_no_one_and_questions_answered_are_no_criticism(
    run_events: Run, text: str
) -> None:
    """A worry about a thing no actor owns, a reporter's question asked or answered, a doubt
    denied: no ACCUSE on the attitude word."""
    x = run_events(text)
    assert not [
        e
        for e in x.events
        if e.type == "ACCUSE" and e.trigger.text in ("concerned", "questions", "question", "doubts")
    ]


def test_raised_questions_is_one_event(run_events: Run) -> None:
    """ "raised questions about X": the verb and its noun tell one act (the verb keeps it)."""
    x = run_events("Senator Jane Holt raised questions about Governor Tom Baker's record.")
    assert len([e for e in x.events if e.type == "ACCUSE"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holt, a longtime critic of Governor Tom Baker, spoke on Monday.",
        "Jane Holt, a former senator and fierce critic of Governor Tom Baker, spoke on Monday.",
        "Jane Holt has been a vocal critic of Governor Tom Baker.",
        # the predicate of "become" or "remain" describes its subject as "be"'s does (the
        # roles read it so for supporters and critics alike)
        "Jane Holt has become a vocal critic of Governor Tom Baker.",
        "Jane Holt, who remains a fierce critic of Governor Tom Baker, spoke on Monday.",
    ],
)
def test_a_critic_described_criticises(run_events: Run, text: str) -> None:
    """ "X, a fierce critic of Y" is ACCUSE from X to Y (round-10 stance titles), read like
    "a Trump supporter"."""
    x = run_events(text)
    event = only(x, "ACCUSE", "critic")
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Baker"


def test_critics_at_large_name_no_one_criticised(run_events: Run) -> None:
    """ "Critics said ...": no one described, no event on the noun."""
    x = run_events("Critics said the plan would fail.")
    assert not [e for e in x.events if e.trigger.text == "Critics"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt knocked Governor Tom Baker on trade.", "knocked"),
        ("Senator Jane Holt took a whack at Governor Tom Baker's credentials.", "took"),
        ("Senator Jane Holt challenged Governor Tom Baker's claims on Monday.", "challenged"),
    ],
)
def test_knocking_and_contesting_someone(run_events: Run, text: str, trigger: str) -> None:
    """Verbal blows and a claim contested are ACCUSE against the one hit or contested."""
    x = run_events(text)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Baker"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers for Senator Jane Holt knocked on doors in Ohio.",
        # beaten, not criticised: the particle blocks the verb for the rules and the learned
        # trigger gate alike
        "Senator Jane Holt hopes to knock Governor Tom Baker out of the race.",
        "Senator Jane Holt knocked out Governor Tom Baker in the first round.",
    ],
)
def test_knocking_on_doors_or_out_of_a_race_is_no_criticism(run_events: Run, text: str) -> None:
    x = run_events(text)
    assert not [e for e in x.events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt backpedaled on her prediction.", "backpedaled"),
        ("Senator Jane Holt softened her stance on trade.", "softened"),
        ("Senator Jane Holt revised her statement on Monday.", "revised"),
        ("The Holt campaign deleted the tweet after it was condemned.", "deleted"),
        ("Senator Jane Holt said she would take it back.", "take"),
        ("Senator Jane Holt will not cave.", "cave"),
    ],
)
def test_giving_ground_on_ones_own_stance(run_events: Run, text: str, trigger: str) -> None:
    """Backtracking, softening or revising one's stance, deleting one's post, taking words back
    are CONCEDE with no target (rulings of rounds 5, 12, 13, 18): the stance is no target."""
    x = run_events(text)
    event = only(x, "CONCEDE", trigger)
    assert name(x, event, "agent") is not None
    assert name(x, event, "target") is None


def test_taking_back_the_senate_is_no_concession(run_events: Run) -> None:
    x = run_events("Senator Jane Holt said Democrats would take back the Senate.")
    assert not [e for e in x.events if e.type == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tom Baker asked Senator Jane Holt to resign, but she refused.", "refused"),
        ("Governor Tom Baker has always denied it.", "denied"),
        ("The Republicans in the Senate ignored Governor Tom Baker.", "ignored"),
    ],
)
def test_refusals_told_alone(run_events: Run, text: str, trigger: str) -> None:
    """A refusal with its request only before it, a denial of what was just told, ignoring a
    person: REJECT."""
    x = run_events(text)
    only(x, "REJECT", trigger)
