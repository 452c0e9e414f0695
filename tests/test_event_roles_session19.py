"""Event roles, session 19 (participant_actors.py, learned_roles.py), on made-up texts.

A measure against a whole class of migrants ("deport illegal immigrants", "block Syrian
refugees") keeps a null target: the guidelines make generic classes no actors. A counted or
bounded group of them ("the two refugees", "refugees in the camp") keeps its actor.
"""

from __future__ import annotations

import pytest

from .events_helpers import name


def _coerce(x, trigger: str):  # type: ignore[no-untyped-def]
    found = [e for e in x.events if e.type == "COERCE" and e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Governor Paul Miller vowed to deport illegal immigrants from the state.", "deport"),
        ("Mayor Tom Reed wants to block Syrian refugees from the city.", "block"),
        ("Senator Ann Cole promised to deport all undocumented immigrants.", "deport"),
    ],
)
def test_a_measure_against_a_class_of_migrants_has_no_target(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str
) -> None:
    x = run_events(text)
    event = _coerce(x, trigger)
    assert name(x, event, "target") is None
    assert name(x, event, "agent") is not None  # the one who would deport still acts


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # counted: a group the text has in mind
        ("Police deported the two refugees on Monday.", "deported"),
        # bounded by a place
        ("Police arrested the refugees in the camp on Monday.", "arrested"),
    ],
)
def test_a_counted_or_bounded_group_of_migrants_keeps_its_actor(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str
) -> None:
    x = run_events(text)
    event = _coerce(x, trigger)
    assert "refugees" in (name(x, event, "target") or "")
