"""Events kept after their roles are read (session 8, extract.py), on made-up sentences.

A participant that the roles resolved to an actor through words that stand for it (a
description in apposition to the actor's name, reached by a relative pronoun) makes the
event one between actors; a thing the roles gave its owner's actor, or "it", does not.
Each test names one construction, so a regression names itself.
"""

from __future__ import annotations

from .events_helpers import name, only, triggers


def test_a_described_backer_supports(run_events) -> None:  # type: ignore[no-untyped-def]
    # "a Denver rancher who backed X": the backer is the name the description follows
    x = run_events(
        "The fund raised $50,000 from Jane Doakes, a Denver rancher who backed Senator Tom Hanley."
    )
    event = only(x, "SUPPORT", "backed")
    assert name(x, event, "agent") == "Jane Doakes"
    assert name(x, event, "target") == "Tom Hanley"


def test_a_described_person_is_chosen(run_events) -> None:  # type: ignore[no-untyped-def]
    # "chose" needs a person: "a Denver rancher whom X chose" is Tom Hanley
    x = run_events(
        "The job went to Tom Hanley, a Denver rancher whom Governor Ann Ruiz chose as her deputy."
    )
    event = only(x, "SUPPORT", "chose")
    assert name(x, event, "agent") == "Ann Ruiz"
    assert name(x, event, "target") == "Tom Hanley"


def test_a_described_person_is_defended(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Tom Hanley, a Denver rancher whom Senator Ann Ruiz defended on Monday, resigned."
    )
    event = only(x, "SUPPORT", "defended")
    assert name(x, event, "target") == "Tom Hanley"


def test_ones_own_record_is_no_person(run_events) -> None:  # type: ignore[no-untyped-def]
    # the roles give "his record" its owner's actor; defending it is no support of anyone
    x = run_events("Governor Tom Hanley defended his record on Monday.")
    assert triggers(x, "SUPPORT") == []


def test_it_is_no_person(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ann Ruiz defended it on Monday.")
    assert triggers(x, "SUPPORT") == []


def test_a_named_organisation_is_defended(run_events) -> None:  # type: ignore[no-untyped-def]
    # "defend" needs someone defended: a named company or foundation is an actor, as a person is
    x = run_events(
        "Governor Tom Reed defended the Walsh Foundation against attacks from Senator Ann Ruiz."
    )
    event = only(x, "SUPPORT", "defended")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Walsh Foundation"


def test_a_law_is_not_defended_as_an_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ann Ruiz defended the law on Monday.")
    assert triggers(x, "SUPPORT") == []


def test_a_place_is_not_hit_as_a_person(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The storm hit Florida on Monday.")
    assert triggers(x, "ACCUSE") == []
