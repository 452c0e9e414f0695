"""Participants from the clause around an event (session 10: implicit_roles.py, extract.py).

Made-up sentences; each test names one construction, so a regression names itself:

- a reaction one receives ("despite criticism", "responded to the criticism", "spoke to
  applause", "was greeted with a standing ovation") targets the clause's subject, and
  its giver stays unknown;
- an actor acting on someone only a noun names ("a conference call with researchers",
  "instructed employees") is an event: the refine step makes that someone an actor;
- what stays out: a meeting one is arrested at, a poll's share, the same group on both
  sides ("women who vote for women"), insults traded or gone to.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ann Ruiz defended the plan despite criticism.",
        "Governor Ann Ruiz has responded to the criticism with a new plan.",
    ],
)
def test_criticism_one_gets_targets_the_subject(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(text)
    event = only(x, "ACCUSE")
    assert event.trigger.text == "criticism"
    assert name(x, event, "target") == "Ann Ruiz"
    assert name(x, event, "agent") is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Tom Hanley spoke to applause in Denver on Monday.", "applause"),
        ("Senator Tom Hanley was greeted with a standing ovation in Denver.", "ovation"),
    ],
)
def test_approval_one_gets_targets_the_subject(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(text)
    event = only(x, "SUPPORT", trigger)
    assert name(x, event, "target") == "Tom Hanley"
    assert name(x, event, "agent") is None


def test_insults_traded_or_gone_to_get_no_subject_as_target(run_events) -> None:  # type: ignore[no-untyped-def]
    assert (
        triggers(run_events("Their long friendship went from praise to insults."), "ACCUSE") == []
    )


def test_a_meeting_one_is_arrested_at_is_not_ones_own(run_events) -> None:  # type: ignore[no-untyped-def]
    assert (
        triggers(run_events("Senator Tom Hanley was arrested at a meeting in Denver."), "CONSULT")
        == []
    )


def test_a_call_with_people_a_noun_names_is_a_meeting(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Tom Hanley held a conference call with researchers on Monday.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Tom Hanley"
    assert name(x, event, "target") == "researchers"  # made an actor by the refine step


def test_a_request_to_people_a_noun_names_is_an_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Director Russ Lane instructed employees not to disclose the breach.")
    event = only(x, "REQUEST")
    assert name(x, event, "agent") == "Russ Lane"
    assert name(x, event, "target") == "employees"


def test_the_same_group_on_both_sides_is_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    # passes before its commit too (session-26 check): the current model needs no rule here
    x = run_events("He said there is a special place for men who vote for men just because.")
    assert triggers(x, "SUPPORT") == []
