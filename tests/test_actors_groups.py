"""The actors plugin's unnamed groups and descriptions of a shared role, on made-up sentences."""

from __future__ import annotations

import pytest

from .actors_helpers import holder


def test_acting_group_without_a_name_is_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Federal investigators questioned the mayor on Monday. Police arrested two men."
    )
    prosecutors = holder(ex, "Federal investigators")
    assert prosecutors is not None and prosecutors.type == "group"
    assert holder(ex, "Police") is not None


def test_bare_police_joins_the_police_named_before(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Chicago police released a video on Monday. Later that day, police said the officer "
        "had been placed on leave."
    )
    group = holder(ex, "Chicago police")
    assert group is not None
    assert [m.text for m in group.mentions] == ["Chicago police", "police"]


def test_the_bare_head_is_the_group_named_before(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Local protesters marched to the courthouse on Friday. The protesters demanded "
        "the release of the footage."
    )
    group = holder(ex, "Local protesters")
    assert group is not None
    assert [m.text for m in group.mentions][:2] == ["Local protesters", "protesters"]


def test_a_group_before_its_act_is_the_doer(run_actors) -> None:  # type: ignore[no-untyped-def]
    # named victims make the act someone's (session 17: a bare "police shootings" is a kind of act)
    ex = run_actors("The family of the victim spoke about the police shootings of two men.")
    assert holder(ex, "police") is not None


@pytest.mark.parametrize(
    "text, word",
    [
        ("Many voters said they were undecided.", "voters"),  # a demographic class
        ("Many officials doubt the plan will pass.", "officials"),  # a share of a class
        ("The men were police officers in the town.", "police officers"),  # a predicate
        ("She spoke to police officers on Tuesday.", "police"),  # a modifier, not an act
    ],
)
def test_no_group_mention(run_actors, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert holder(run_actors(text), word) is None


@pytest.mark.parametrize(
    ("text", "named", "described"),
    [
        pytest.param(
            "President Barack Obama spoke in Ohio. Obama said the economy had grown. "
            "Obama also praised the workers. Obama left by plane. Aides recalled how "
            "President Kennedy had once visited. The president will return next week.",
            "Barack Obama",
            "president",
            id="a shared role goes to the main bearer",
        ),
        pytest.param(
            "The Senate Finance Committee questioned the banker on Tuesday. "
            "The panel will vote on the bill next week.",
            "Senate Finance Committee",
            "panel",
            id="a committee is later the panel",
        ),
        pytest.param(
            "The Justice Department sued the state on Monday. Attorney General Jane Roe said "
            "her department would not back down.",
            "Justice Department",
            "department",
            id="a possessive pronoun determines a description",
        ),
    ],
)
def test_a_description_is_a_mention_of_the_actor_named_before(
    run_actors, text: str, named: str, described: str
) -> None:  # type: ignore[no-untyped-def]
    actor = holder(run_actors(text), named)
    assert actor is not None
    assert described in [m.text for m in actor.mentions]


def test_our_country_is_not_the_focal_country(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "North Korea fired a missile on Friday. North Korea said the test was a success. "
        "“Our country must respond,” the senator said."
    )
    assert holder(ex, "country") is None


def test_a_description_in_apposition_after_the_name_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("President Barack Obama spoke. Obama, the president, said it was fine.")
    obama = holder(ex, "Barack Obama")
    assert obama is not None
    assert "president" not in [m.text for m in obama.mentions]
