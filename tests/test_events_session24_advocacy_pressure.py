"""Session 24, second pass on CONSULT and REQUEST roles (made-up sentences; the learned role
scorer is off, as in the other construction tests).

- A plan, an idea or an effort championed or floated is advocacy with no addressee, REQUEST
  with no target (rounds 14-15, marked by rounds 16, 21 and 22); a person or a group
  championed stays SUPPORT.
- Pressure someone is under, feels or faces, with no "from"-phrase, has a null agent the
  learned scorer must leave empty (round 12; ``learned_roles.PRESSED_MODE``).
- "told ABC's This Week": a title an outlet owns is a show, though the small model tags its
  words a date; the show is the appearance's target (rounds 9, 16 and 17).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_events import learned_roles

from newsextract import Extraction

from .events_helpers import name, only, typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Senator Jane Holt championed the idea of a carbon tax on Monday.",
            "championed",
            "Jane Holt",
        ),
        (
            "That effort has been championed by Senator Jane Holt, who has argued for it for years.",
            "championed",
            "Jane Holt",
        ),
        (
            "Tom Reed floated the notion that the two parties could share the committee.",
            "floated",
            "Tom Reed",
        ),
    ],
)
def test_a_plan_championed_or_floated_is_a_request_to_no_one(
    run_events: Run, text: str, trigger: str, agent: str
) -> None:
    x = run_events(text)
    event = only(x, "REQUEST", trigger)
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") is None


def test_the_owner_of_a_championed_plan_is_not_addressed(run_events: Run) -> None:
    """ "championed Ruritania's pivot to solar power": the plan's owner is asked nothing."""
    x = run_events("Mayor Ann Cole championed Ruritania's pivot to solar power last year.")
    event = only(x, "REQUEST", "championed")
    assert name(x, event, "agent") == "Ann Cole"
    assert name(x, event, "target") is None


def test_people_championed_are_backed_not_asked(run_events: Run) -> None:
    x = run_events("Senator Jane Holt has championed Tom Reed for years.")
    assert not typed(x, "REQUEST")
    assert typed(x, "SUPPORT") == [("championed", "Jane Holt", "Tom Reed")]


@pytest.mark.parametrize(
    "text",
    [
        "The city council, under growing pressure, is expected to release the report.",
        "Mayor Ann Cole is feeling some pressure as members of her council object to the plan.",
        "The Ruritanian government has faced little pressure over the dam.",
    ],
)
def test_pressure_someone_is_under_keeps_a_null_agent(run_events: Run, text: str) -> None:
    """The one pressed is the target; no one named applies it, and the event's mode tells the
    learned scorer to leave the agent empty."""
    event = only(run_events(text), "REQUEST", "pressure")
    assert event.mode == learned_roles.PRESSED_MODE
    assert learned_roles.PRESSED_MODE in learned_roles.NULL_AGENT_MODES


def test_pressure_from_someone_keeps_its_agent(run_events: Run) -> None:
    x = run_events("Under pressure from Tom Reed, the city council released the report.")
    event = only(x, "REQUEST", "pressure")
    assert name(x, event, "agent") == "Tom Reed"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tom Reed told ABC's This Week that the plan would fail.", "told"),
        ('Tom Reed said on ABC\'s "This Week" that the plan would fail.', "said"),
    ],
)
def test_a_show_tagged_as_a_date_is_the_appearance_target(
    run_events: Run, text: str, trigger: str
) -> None:
    assert typed(run_events(text), "CONSULT") == [(trigger, "Tom Reed", "This Week")]
