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
