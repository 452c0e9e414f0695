"""The actors plugin's pronouns, session 11: descriptions weigh in the resolver's salience.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- a description names its actor for the salience of later pronouns -------------------


def test_description_subject_draws_the_next_sentences_he(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Tom Reyes met Pastor Daniel Webb in Austin on Monday. The pastor spoke "
        "for an hour. He warned about the budget."
    )
    assert owner(run_actors(text), text, "He warned") == "Daniel Webb"


def test_description_of_the_other_person_draws_it_the_other_way(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Tom Reyes met Pastor Daniel Webb in Austin on Monday. The governor spoke "
        "for an hour. He warned about the budget."
    )
    assert owner(run_actors(text), text, "He warned") == "Tom Reyes"
