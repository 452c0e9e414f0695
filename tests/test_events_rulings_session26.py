"""Session 25's event rulings on round 24, implemented in session 26, on made-up sentences.

Staff titles with the employer in them: "White House Press Secretary X" is COOPERATE from
the staff to the state the seat stands for, "Senate Majority Whip X" toward the chamber
(rounds 20 and 23's employers inside titles); an office with a place stays no event.

Backing a policy or a plan ("fully supported a database") is REQUEST with no target; a
person backed, or a plan the text gives as a named author's, stays SUPPORT toward them.

Reciprocal acts ("lawmakers accused each other") are one event with the group as agent and
target; two named sides ("Democrats and Republicans blamed each other") one per direction.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, typed


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        (
            "White House Press Secretary Jane Roe said the plan would fail.",
            "Secretary",
            "United States",
        ),
        ("White House spokesman Jane Roe said the talks went well.", "spokesman", "United States"),
        ("Senate Majority Whip Jane Roe said the vote would fail.", "Whip", "Senate"),
    ],
)
def test_a_staff_title_works_for_the_employer_in_it(
    run_events, sentence: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Jane Roe"
    assert name(x, event, "target") == target


def test_an_office_with_a_place_is_no_job_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("U.S. Ambassador Jane Roe said the talks went well.")
    assert typed(x, "COOPERATE") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Jane Roe fully supported a database of immigrants.", "supported"),
        ("Jane Roe backs a ban on assault weapons.", "backs"),
        ("Jane Roe favors a proposal to regulate ammunition.", "favors"),
        ("Jane Roe endorsed the plan to raise taxes on Monday.", "endorsed"),
    ],
)
def test_backing_a_policy_is_advocacy_with_no_target(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "REQUEST", trigger)
    assert name(x, event, "agent") == "Jane Roe"
    assert name(x, event, "target") is None
    assert typed(x, "SUPPORT") == []


def test_an_idea_backed_is_no_longer_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    # a negative case of the first round's tests ("backing a policy rather than an actor is
    # not SUPPORT"), now a REQUEST with no target under round 24's ruling
    x = run_events("The mayor said he backed the idea of a new stadium.")
    assert [(e.type, e.trigger.text) for e in x.events] == [("REQUEST", "backed")]
    assert name(x, x.events[0], "target") is None


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Jane Roe supported Tom Hale in the primary.", "Tom Hale"),
        ("Two senators back Tom Hale's bill on trade.", "Tom Hale"),
    ],
)
def test_backing_a_person_or_a_named_authors_plan_stays_support(
    run_events, sentence: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert [t for t, _, _ in typed(x, "REQUEST")] == []
    assert typed(x, "SUPPORT")[0][2] == target


def test_a_groups_reciprocal_act_targets_the_group(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Lawmakers accused each other of lying about the budget.")
    assert typed(x, "ACCUSE") == [("accused", "Lawmakers", "Lawmakers")]


@pytest.mark.parametrize(
    ("sentence", "trigger", "one", "other"),
    [
        (
            "Democrats and Republicans blamed each other for the failure.",
            "blamed",
            "Democratic Party",
            "Republican Party",
        ),
        (
            "Paul Miller and Jane Roe have criticized one another for months.",
            "criticized",
            "Paul Miller",
            "Jane Roe",
        ),
    ],
)
def test_two_named_sides_give_one_event_per_direction(
    run_events, sentence: str, trigger: str, one: str, other: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert sorted(typed(x, "ACCUSE")) == sorted([(trigger, one, other), (trigger, other, one)])
    assert len({e.id for e in x.events}) == len(x.events)


def test_a_reciprocal_inside_the_accused_act_is_no_reciprocal_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller accused Jane Roe of pitting voters against one another.")
    assert typed(x, "ACCUSE") == [("accused", "Paul Miller", "Jane Roe")]
