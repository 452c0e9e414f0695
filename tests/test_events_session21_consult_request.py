"""Session 21: CONSULT and REQUEST constructions the rulings of rounds 9-18 settle (made-up sentences).

- Words given to a broadcaster are an appearance on it: "told <network>" is CONSULT toward the
  outlet (rounds 9 and 15); a newspaper told, or someone told to act, is not.
- A proposed act in a gerund complement is REQUEST with no target whether or not a party is
  named (round 14's advocacy): "proposed taxing fuel"; a plan only named ("the proposed
  tax") is not (session 22 made a plan an actor proposes as a noun object one).
- A news or press conference is the speaker's appearance before the press (CONSULT, round 18);
  so is an event someone speaks at, toward the outlet that runs it (round 15).
- A past "agreed with X" and nothing more shares X's view: SUPPORT toward X, as the present
  does (round-15 ruling, "he agrees with me").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import typed

RunEvents = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ('"We will win this state," Senator Tom Reed told CNN on Monday.', "told"),
        ("Mary Walsh told NBC's morning show that she would stay in the race.", "told"),
        ("Tom Reed, telling MSNBC that the bill was dead, left the building.", "telling"),
    ],
)
def test_telling_a_broadcaster_is_an_appearance(
    run_events: RunEvents, sentence: str, trigger: str
) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert trigger in [t for t, _, _ in consult]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a newspaper told is plain speech (round 3), someone told to act is asked
        ('"We will win this state," Senator Tom Reed told The Ruritania Times.', "told"),
        ("Mary Walsh told Tom Reed to leave the room.", "told"),
    ],
)
def test_telling_a_paper_or_a_person_is_no_appearance(
    run_events: RunEvents, sentence: str, trigger: str
) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert trigger not in [t for t, _, _ in consult]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Senator Mary Walsh has proposed taxing diesel fuel to pay for the roads.", "proposed"),
        ("Tom Reed suggested lowering the fees for small farms.", "suggested"),
    ],
)
def test_a_proposed_act_is_a_request_without_a_named_party(
    run_events: RunEvents, sentence: str, trigger: str
) -> None:
    requests = typed(run_events(sentence), "REQUEST")
    assert [(t, target) for t, _, target in requests if t == trigger] == [(trigger, None)]


def test_a_proposed_plan_as_a_noun_is_no_request(run_events: RunEvents) -> None:
    # session 22 made an actor's proposed plan a REQUEST (rounds 16-20 mark it); the plan
    # only named by the participle still is none
    x = run_events("Senator Mary Walsh criticised the proposed ten percent tax on diesel fuel.")
    assert "proposed" not in [t for t, _, _ in typed(x, "REQUEST")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Mary Walsh said at a news conference on Monday that the bill was dead.",
        "Tom Reed held a press conference in the capital to announce his plan.",
    ],
)
def test_a_news_conference_is_an_appearance(run_events: RunEvents, sentence: str) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert [t for t, agent, _ in consult if t == "conference" and agent] == ["conference"]


def test_a_news_conference_where_another_verbs_object_speaks_is_left(
    run_events: RunEvents,
) -> None:
    # the roles would read the quoting agency as the speaker
    x = run_events(
        '"We will stay," the agency quoted Tom Reed as saying in a press conference in Boston.'
    )
    assert "conference" not in [t for t, _, _ in typed(x, "CONSULT")]


def test_a_conference_of_members_is_no_news_conference(run_events: RunEvents) -> None:
    x = run_events("The annual conference of the party opened in the capital on Monday.")
    assert "conference" not in [t for t, _, _ in typed(x, "CONSULT")]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("At a Reuters event in Chicago on Tuesday, Tom Reed said rates would rise.", "Reuters"),
        ("Mary Walsh spoke at a community event in Dayton on Friday.", None),
    ],
)
def test_an_event_spoken_at_is_an_appearance(
    run_events: RunEvents, sentence: str, target: str | None
) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert [(t, target_) for t, agent, target_ in consult if t == "event" and agent] == [
        ("event", target)
    ]


def test_an_event_only_attended_is_no_appearance(run_events: RunEvents) -> None:
    x = run_events("The event in Concord drew three hundred people on Monday.")
    assert "event" not in [t for t, _, _ in typed(x, "CONSULT")]


def test_agreeing_with_someone_in_the_past_backs_them(run_events: RunEvents) -> None:
    x = run_events("Columnist Ruth Mills wrote on Tuesday that she agreed with Tom Reed.")
    assert ("agreed", "Ruth Mills", "Tom Reed") in typed(x, "SUPPORT")
    assert "agreed" not in [t for t, _, _ in typed(x, "AGREE")]
