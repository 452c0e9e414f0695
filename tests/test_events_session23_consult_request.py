"""Session 23: CONSULT and REQUEST recall (made-up sentences).

- A town hall named with a head noun ("during a town hall meeting") is the speaker's
  appearance like a bare town hall; "spoke at a town hall event" stays one event.
- A later mention introduced by "a"/"an" is a new occasion, and two nouns named by
  different places are two occasions: neither merges into an earlier event.
- Advice someone gives is CONSULT from the adviser (rounds 11 and 15); advice nobody gives is
  no event.
- Applying for a job or to a school is REQUEST toward the body asked (round 20); rules that
  "apply to" someone and pressure "applied" are not.
- "called to ban X" calls for a measure with no one called on (REQUEST with no target); a
  call to someone to say something stays a phone call, being called to testify no request.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import typed

RunEvents = Callable[..., Extraction]


def test_a_town_hall_meeting_is_the_speakers_appearance(run_events: RunEvents) -> None:
    x = run_events(
        "Mary Walsh, during a town hall meeting in Dayton, said she would raise the minimum wage."
    )
    assert typed(x, "CONSULT") == [("hall", "Mary Walsh", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the building, no one there
        ("The town hall meeting in Springfield was cancelled because of the snow.", []),
        # the event noun reads the occasion; its "town hall" modifier adds no second event
        (
            "Senator Tom Reed spoke at a town hall event in Toledo on Monday.",
            [("event", "Tom Reed", None)],
        ),
    ],
)
def test_town_hall_compounds_give_no_extra_event(
    run_events: RunEvents, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert typed(run_events(sentence), "CONSULT") == expected


def test_an_indefinite_rally_is_another_occasion(run_events: RunEvents) -> None:
    x = run_events(
        "Tom Reed held rallies in Ohio this week. "
        "At a rally in Kentucky last week, Reed attacked Mary Walsh."
    )
    assert [(t, a) for t, a, _ in typed(x, "CONSULT")] == [
        ("rallies", "Tom Reed"),
        ("rally", "Tom Reed"),
    ]


def test_rallies_named_by_different_places_are_two_occasions(run_events: RunEvents) -> None:
    x = run_events(
        "Tom Reed praised Mary Walsh at the Ohio rallies. Reed attacked Walsh at the Kentucky rallies."
    )
    assert typed(x, "CONSULT") == [("rallies", "Tom Reed", None), ("rallies", "Tom Reed", None)]


def test_the_rally_told_again_is_one_event(run_events: RunEvents) -> None:
    x = run_events("Tom Reed held a rally in Ohio on Monday. The rally drew 5,000 people.")
    assert [t for t, _, _ in typed(x, "CONSULT")] == ["rally"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed rejected the deal. Reed's advice was to wait, former governor Mary Walsh said.",
        "Mary Walsh said she ignored the advice from Tom Reed.",
    ],
)
def test_advice_given_is_consult_from_the_adviser(run_events: RunEvents, sentence: str) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert [(t, a) for t, a, _ in consult] == [("advice", "Tom Reed")]


def test_advice_nobody_gives_is_no_event(run_events: RunEvents) -> None:
    x = run_events("There is a growing market for advice on mergers, Tom Reed said.")
    assert typed(x, "CONSULT") == []


def test_applying_to_a_school_is_a_request(run_events: RunEvents) -> None:
    x = run_events("Mary Walsh applied to Harvard Law School in 1990.")
    assert typed(x, "REQUEST") == [("applied", "Mary Walsh", "Harvard Law School")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules apply to Mary Walsh and her staff.",
        # the pressure noun is the request; the light verb adds none
        "Tom Reed applied pressure to the committee.",
    ],
)
def test_rules_and_pressure_applied_are_no_application(
    run_events: RunEvents, sentence: str
) -> None:
    assert "applied" not in [t for t, _, _ in typed(run_events(sentence), "REQUEST")]
    assert "apply" not in [t for t, _, _ in typed(run_events(sentence), "REQUEST")]


def test_called_to_ban_is_a_request_with_no_target(run_events: RunEvents) -> None:
    x = run_events("Most recently, Tom Reed called to ban imports from Canada.")
    assert ("called", "Tom Reed", None) in typed(x, "REQUEST")


@pytest.mark.parametrize(
    ("sentence", "consult"),
    [
        ("Tom Reed called Mary Walsh to congratulate her.", ["called"]),
        ("Tom Reed was called to testify before the committee.", ["testify"]),
    ],
)
def test_phone_calls_and_summons_stay(
    run_events: RunEvents, sentence: str, consult: list[str]
) -> None:
    x = run_events(sentence)
    assert "called" not in [t for t, _, _ in typed(x, "REQUEST")]
    assert [t for t, _, _ in typed(x, "CONSULT")] == consult
