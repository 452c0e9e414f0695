"""Session 20, SUPPORT recall (made-up sentences).

Pins the backing constructions added for the guidelines' SUPPORT rulings: stated regard for
a person and raising a person up (session-14 "I prefer X", "I trust him"), appointments by
other words ("crowned", "confirmed"), leaning toward or coalescing around a candidate, an
audience's cheers for the one addressing it (round 5), and a name joined to a backing
participle ("the Doe-supporting union", round 11's stance words inside phrases).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, triggers


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "target"),
    [
        ("Governor Tom Baker said he trusts Jane Doe.", "trusts", "Tom Baker", "Jane Doe"),
        ("Mayor Ann Lee said she prefers Jane Doe.", "prefers", "Ann Lee", "Jane Doe"),
        ("Senator Mary Hollis loves Jane Doe.", "loves", "Mary Hollis", "Jane Doe"),
        (
            "Senator Mary Hollis promoted Jane Doe on Twitter.",
            "promoted",
            "Mary Hollis",
            "Jane Doe",
        ),
        ("The Senate confirmed Jane Doe on Tuesday.", "confirmed", "Senate", "Jane Doe"),
        ("Senator Mary Hollis is leaning toward Jane Doe.", "leaning", "Mary Hollis", "Jane Doe"),
    ],
)
def test_backing_verbs_of_a_person(
    run_events: Callable[..., Extraction], text: str, trigger: str, agent: str, target: str
) -> None:
    x = run_events(text)
    found = [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    assert agent in (name(x, found[0], "agent") or "")
    assert name(x, found[0], "target") == target


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mary Hollis loves pancakes.",
        "The agency confirmed the report on Tuesday.",
        "Senator Mary Hollis promoted the new budget.",
    ],
)
def test_no_backing_of_things(run_events: Callable[..., Extraction], text: str) -> None:
    assert triggers(run_events(text), "SUPPORT") == []


def test_cheering_crowd_backs_the_speaker(run_events: Callable[..., Extraction]) -> None:
    x = run_events(
        "Senator Mary Hollis told a cheering crowd in Dayton on Monday that she would win."
    )
    found = [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == "cheering"]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    assert name(x, found[0], "target") == "Mary Hollis"
    assert found[0].when is not None and found[0].when.start == dt.date(2023, 2, 27)


def test_hyphenated_backing_participle(run_events: Callable[..., Extraction]) -> None:
    x = run_events(
        "Jane Doe won the vote on Tuesday, said a spokesman for the Doe-supporting Western "
        "Workers Union."
    )
    found = [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == "supporting"]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    assert name(x, found[0], "agent") == "Western Workers Union"
    assert name(x, found[0], "target") == "Jane Doe"


def test_hyphenated_backed_participle_is_no_backing(
    run_events: Callable[..., Extraction],
) -> None:
    x = run_events("The Doe-backed bill failed in the Senate on Tuesday. Jane Doe spoke.")
    assert "backed" not in triggers(x, "SUPPORT")


def test_hyphenated_name_inside_the_backers_mention(
    run_events: Callable[..., Extraction],
) -> None:
    """The name lies inside the backers' one mention ("his Doe-backing Senate colleagues"):
    the target is the actor of that name, never the backers themselves (review S20)."""
    x = run_events(
        "Jane Doe won the vote on Tuesday. She was cheered by her Doe-backing Senate "
        "colleagues on Wednesday."
    )
    found = [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == "backing"]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    agent = next(p.actor for p in found[0].participants if p.role == "agent")
    assert all(p.actor != agent for p in found[0].participants if p.role == "target")
    assert name(x, found[0], "target") == "Jane Doe"
