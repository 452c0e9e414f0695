"""The actors plugin's unnamed groups and descriptions of a shared role, on made-up sentences."""

from __future__ import annotations

import pytest

from newsextract import Actor, Extraction


def holder(extraction: Extraction, mention: str) -> Actor | None:
    found = [a for a in extraction.actors if any(m.text == mention for m in a.mentions)]
    return found[0] if found else None


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
    ex = run_actors("The family of the victim spoke about police shootings in the city.")
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


def test_a_shared_role_goes_to_the_main_bearer(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "President Barack Obama spoke in Ohio. Obama said the economy had grown. "
        "Obama also praised the workers. Obama left by plane. Aides recalled how "
        "President Kennedy had once visited. The president will return next week."
    )
    obama = holder(ex, "Barack Obama")
    assert obama is not None
    assert "president" in [m.text for m in obama.mentions]


def test_a_committee_is_later_the_panel(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "The Senate Finance Committee questioned the banker on Tuesday. "
        "The panel will vote on the bill next week."
    )
    committee = holder(ex, "Senate Finance Committee")
    assert committee is not None
    assert "panel" in [m.text for m in committee.mentions]


def test_a_possessive_pronoun_determines_a_description(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "The Justice Department sued the state on Monday. Attorney General Jane Roe said "
        "her department would not back down."
    )
    department = holder(ex, "Justice Department")
    assert department is not None
    assert "department" in [m.text for m in department.mentions]


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
