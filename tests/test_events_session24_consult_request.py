"""Session 24: CONSULT and REQUEST recall (made-up sentences).

- Words said on air ("said on MSNBC's 'Morning Joe'", "speaking on a radio program") are a
  guest appearance, CONSULT toward the show (rounds 5, 9, 16 and 17); a day or a platform
  after "on" is no show.
- An audience told in person ("told supporters in Dayton", "told a crowd") is a speech to a
  named audience, CONSULT toward it (rounds 5 and 15); a request to the audience, a single
  voter and a question told are not.
- The target of an appearance named "<outlet>'s <show>" is the show, not the outlet that owns
  it; a host the phrase names ("MSNBC's Tamron Hall") is no show and keeps the roles' reading.
- Introducing or sponsoring a bill is REQUEST with no target (rounds 16 and 21); introducing a
  person and a debate sponsored by a network are not.
- Someone's proposal is the proposing told again, REQUEST with no target (rounds 14-15); a
  proposal nobody owns is no act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import typed

RunEvents = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mary Walsh said on CNN that the plan would fail.",
            [("said", "Mary Walsh", "CNN")],
        ),
        (
            'Tom Reed said on MSNBC\'s "Daybreak Hour" that the plan would fail.',
            [("said", "Tom Reed", "Daybreak Hour")],
        ),
        (
            "Speaking on Paul Gorski's radio program, Tom Reed said the plan would fail.",
            [("Speaking", "Tom Reed", "radio program")],
        ),
    ],
)
def test_words_said_on_air_are_an_appearance_on_the_show(
    run_events: RunEvents, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert typed(run_events(sentence), "CONSULT") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh said on Monday that the plan would fail.",
        "Mary Walsh said on Twitter that the plan would fail.",
    ],
)
def test_a_day_or_a_platform_is_no_show(run_events: RunEvents, sentence: str) -> None:
    assert typed(run_events(sentence), "CONSULT") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mary Walsh told supporters in Dayton that she would win the state.",
            [("told", "Mary Walsh", "supporters")],
        ),
        (
            "Tom Reed told a crowd of 2,000 on Tuesday that the mill would reopen.",
            [("told", "Tom Reed", "crowd")],
        ),
    ],
)
def test_an_audience_told_in_person_is_a_speech_to_it(
    run_events: RunEvents, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert typed(run_events(sentence), "CONSULT") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh told a voter that she would win the state.",
        "Tom Reed is telling his supporters what the mill will cost them.",
        "Mary Walsh told supporters to vote early.",
    ],
)
def test_one_voter_a_question_or_a_request_is_no_speech(
    run_events: RunEvents, sentence: str
) -> None:
    assert typed(run_events(sentence), "CONSULT") == []


def test_a_host_named_after_the_outlet_is_no_show(run_events: RunEvents) -> None:
    x = run_events("Tom Reed said in an interview with MSNBC's Paula Gorski that he would run.")
    assert typed(x, "CONSULT") == [("interview", "Tom Reed", "MSNBC")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Senator Mary Walsh introduced a bill in 2013 that would raise the minimum wage.",
            [("introduced", "Mary Walsh", None)],
        ),
        (
            "Senator Tom Reed, who sponsored the act, said it would pass.",
            [("sponsored", "Tom Reed", None)],
        ),
    ],
)
def test_introducing_or_sponsoring_a_bill_is_a_request(
    run_events: RunEvents, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert typed(run_events(sentence), "REQUEST") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh introduced Tom Reed at the dinner in Dayton.",
        "The debate was sponsored by CNN and the Dayton Daily News.",
    ],
)
def test_a_person_introduced_or_a_sponsored_debate_is_no_request(
    run_events: RunEvents, sentence: str
) -> None:
    assert typed(run_events(sentence), "REQUEST") == []


def test_an_interview_on_an_outlets_show_targets_the_show(run_events: RunEvents) -> None:
    x = run_events('Mary Walsh said in an interview with CNN\'s "Early Start" that she would run.')
    assert typed(x, "CONSULT") == [("interview", "Mary Walsh", "Early Start")]


def test_someones_proposal_is_a_request(run_events: RunEvents) -> None:
    x = run_events("Economists criticised Tom Reed's proposal for a national sales tax.")
    assert ("proposal", "Tom Reed", None) in typed(x, "REQUEST")


def test_a_proposal_nobody_owns_is_no_request(run_events: RunEvents) -> None:
    assert (
        typed(run_events("The proposal would raise taxes on the richest families."), "REQUEST")
        == []
    )
