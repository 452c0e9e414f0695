"""The actors plugin's pronouns, session 15.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- a former office holder's "we" is not the body he left --------------------------------


def test_a_former_chairmans_we_is_not_his_old_company(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Former Borvex Industries chairman Dana Whitcomb spoke in Ohio on Monday. "
        "“We will win this fight,” Whitcomb said."
    )
    assert owner(run_actors(text), text, "We will") is None


def test_a_sitting_chairmans_we_is_his_company(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Borvex Industries chairman Dana Whitcomb spoke in Ohio on Monday. "
        "“We will win this fight,” Whitcomb said."
    )
    assert owner(run_actors(text), text, "We will") == "Borvex Industries"


def test_a_former_ministers_we_is_still_his_country(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Former Mexican foreign minister Luis Arteaga spoke in Ohio on Monday. "
        "“We will not pay for a wall,” Arteaga said."
    )
    assert owner(run_actors(text), text, "We will") == "Mexico"


# -- two people named together stand between a group and "they" ---------------------------

_SENATE = "Senate Republicans met on Monday to discuss the nominee. "


def test_they_after_two_people_named_together_is_not_the_earlier_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _SENATE + "Sen. Carla Dobbs and Rep. Bill Crane suggested they would only offer "
        "conditional support."
    )
    assert owner(run_actors(text), text, "they would") is None


def test_they_after_neither_nor_is_not_the_earlier_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _SENATE + "Neither Carla Dobbs nor Bill Crane is eager to praise the bill, "
        "a habit they have been trying to change."
    )
    assert owner(run_actors(text), text, "they have") is None


def test_they_after_one_person_is_still_the_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _SENATE + "Sen. Carla Dobbs suggested they would only offer conditional support."
    assert owner(run_actors(text), text, "they would") == "Senate Republicans"


def test_two_people_as_alternatives_leave_the_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _SENATE + "Many who backed Carla Dobbs or Bill Crane suggested they would only offer "
        "conditional support."
    )
    assert owner(run_actors(text), text, "they would") == "Senate Republicans"


def test_two_people_listed_as_members_leave_the_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _SENATE + "Some, including Sen. Carla Dobbs and Rep. Bill Crane, said they would only "
        "offer conditional support."
    )
    assert owner(run_actors(text), text, "they would") == "Senate Republicans"
