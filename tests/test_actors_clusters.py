"""The actors plugin's clustering of name variants, on made-up text."""

from __future__ import annotations

from .actors_helpers import actor_of


def test_surname_with_a_particle_joins_the_full_name(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Paolo di Santis spoke on Monday. "
        "Di Santis said the city would rebuild. Later, Di Santis visited the site."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "Di Santis") == actor_of(ex, text, "Paolo di Santis")


def test_curly_and_straight_apostrophes_are_one_surname(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Police Commissioner Brendan O\u2019Malley arrived. O'Malley said the street was safe."
    ex = run_actors(text)
    assert actor_of(ex, text, "O'Malley") == actor_of(ex, text, "Brendan")


def test_department_initials_without_department_of(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Veterans Affairs opened an inquiry on Tuesday. "
        "The VA said the hotline had failed."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "VA") == actor_of(ex, text, "Department of Veterans Affairs")


def test_capitalised_head_noun_joins_the_one_name_it_ends(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Dorset County Court ruled on Friday. "
        "Lawyers for the paper said they were pleased with the Court's decision."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "Court's") == actor_of(ex, text, "Dorset County Court")
