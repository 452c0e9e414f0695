"""Session 22: CONSULT, REQUEST and AGREE constructions of the later rulings (made-up sentences).

- Reporters told in person are a press availability: "told reporters" is CONSULT toward the
  reporters (rounds 13 and 18); one reporter told, or reporters told to act, is not.
- The verb "interview" has the one interviewed as agent and the interviewer as target (round
  10, kept by rounds 11 and 14), when the one interviewed is named or a body asks; a person
  interviewing people a noun names ("retired teachers" for a book) keeps the asker as agent.
- An agreement to hand something to someone, or to a deal with someone, has them as target
  ("agreed to make a cash transfer to X", "agreed to a settlement with X").
- A plan an actor proposes as a noun object is REQUEST with no target (rounds 14 and 15:
  "proposing or advocating a plan"); "his proposed ban" and "what he is proposing" are not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, typed

RunEvents = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ('"We will win this state," Senator Tom Reed told reporters in Dayton.', "told"),
        ("Mary Walsh told journalists on her plane that she would stay in the race.", "told"),
    ],
)
def test_telling_reporters_is_a_press_availability(
    run_events: RunEvents, sentence: str, trigger: str
) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert [(t, agent) for t, agent, _ in consult if t == trigger] == [
        (trigger, "Tom Reed" if "Reed" in sentence else "Mary Walsh")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # one reporter told is a quote given to a paper; reporters told to act are asked
        '"We will win this state," Senator Tom Reed told a reporter in Dayton.',
        "Mary Walsh told reporters to leave the room.",
        # told in an interview, the appearance is the interview noun's
        "Mary Walsh told reporters in an interview that she would stay in the race.",
    ],
)
def test_telling_one_reporter_or_asking_reporters_is_no_availability(
    run_events: RunEvents, sentence: str
) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert "told" not in [t for t, _, _ in consult]


@pytest.mark.parametrize(
    ("sentence", "trigger", "agent", "target"),
    [
        (
            "Anchor Mary Walsh interviewed Senator Tom Reed on Tuesday.",
            "interviewed",
            "Tom Reed",
            "Mary Walsh",
        ),
        (
            "Senator Tom Reed was interviewed by the FBI on Monday.",
            "interviewed",
            "Tom Reed",
            "FBI",
        ),
    ],
)
def test_the_one_interviewed_is_the_agent(
    run_events: RunEvents, sentence: str, trigger: str, agent: str, target: str
) -> None:
    x = run_events(sentence)
    events = [e for e in x.events if e.type == "CONSULT" and e.trigger.text == trigger]
    assert [(name(x, e, "agent"), name(x, e, "target")) for e in events] == [(agent, target)]


def test_a_person_interviewing_people_a_noun_names_keeps_the_asker(
    run_events: RunEvents,
) -> None:
    x = run_events("For her novel, Mary Walsh interviewed retired teachers from the district.")
    events = [e for e in x.events if e.type == "CONSULT" and e.trigger.text == "interviewed"]
    assert [name(x, e, "agent") for e in events] == ["Mary Walsh"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Mary Walsh has proposed a ten percent tax on diesel fuel.",
        "Tom Reed proposed a new state office for road repairs.",
    ],
)
def test_a_plan_an_actor_proposes_is_a_request(run_events: RunEvents, sentence: str) -> None:
    requests = typed(run_events(sentence), "REQUEST")
    assert [(t, target) for t, _, target in requests if t == "proposed"] == [("proposed", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the participle names the plan, not a proposing; a relative object stands for it
        "Mary Walsh criticised his proposed ban on diesel trucks.",
        "Tom Reed said that what Mary Walsh proposed would cost billions.",
        "The new fuel tax was proposed in March.",
    ],
)
def test_a_plan_named_or_standing_in_is_no_request(run_events: RunEvents, sentence: str) -> None:
    assert "proposed" not in [t for t, _, _ in typed(run_events(sentence), "REQUEST")]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the "to" hangs on the thing handed over, or the "with" on the deal agreed to
        ("Canada agreed to make a single cash transfer to Norway next year.", "Norway"),
        ("Tom Reed agreed to a settlement with Mary Walsh on Friday.", "Mary Walsh"),
    ],
)
def test_an_agreement_has_the_other_side_its_object_names(
    run_events: RunEvents, sentence: str, target: str
) -> None:
    agreements = typed(run_events(sentence), "AGREE")
    assert [t for t, _, target_ in agreements if t == "agreed" and target_ == target] == ["agreed"]
