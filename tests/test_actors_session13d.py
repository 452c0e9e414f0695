"""The actors plugin's session 13 late pass: "his party" is the possessor's party.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner


def test_her_party_is_the_possessors_party_not_the_latest_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Democratic Senator Jane Holt toured Iowa on Monday. "
        "Republicans attacked her plan on taxes. "
        "Holt said the liberal wing of her party would back the bill."
    )
    assert owner(run_actors(text), text, "party would") == "Democratic Party"


def test_a_ticket_member_named_in_full_has_the_race_party(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Donald Trump spoke in Ohio on Tuesday. Republicans and Democrats criticized it. "
        "Trump said members of his own party were not loyal enough."
    )
    assert owner(run_actors(text), text, "party were") == "Republican Party"


def test_party_stays_with_the_latest_party_when_the_possessor_has_none(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Democrats met in Denver on Friday. Republicans said the meeting failed. "
        "Bob Lane, a local teacher, said his party would win anyway."
    )
    assert owner(run_actors(text), text, "party would") == "Republican Party"
