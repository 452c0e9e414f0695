"""The actors plugin's second pass of session 13: pronouns, descriptions, groups.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

#: Two bodies in the sentence before: the nearest-body rule alone cannot choose.
_OPENING = "Acme Corp. sued Beta Industries in Dayton on Monday. "

# -- a body that binds a plural pronoun by syntax ----------------------------------------------


def test_possessive_their_of_a_body_subject_is_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Acme Corp. has broken their promise to the town, a lawyer said."
    assert owner(run_actors(text), text, "their promise") == "Acme Corp."


def test_they_after_a_body_subject_in_its_clause_is_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Acme Corp. closed the plant because they wanted lower costs."
    assert owner(run_actors(text), text, "they wanted") == "Acme Corp."


def test_people_named_between_keep_the_pronoun_from_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Acme Corp. told the workers that they would be paid."
    assert owner(run_actors(text), text, "they would") is None


def test_coordinated_bodies_are_no_one_antecedent(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Britain and France set their own priorities."
    assert owner(run_actors(text), text, "their own") is None


def test_them_is_not_bound_to_a_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Acme Corp. cut the prices of its drugs to make them cheaper."
    assert owner(run_actors(text), text, "them cheaper") is None


# -- "X and their Y" ---------------------------------------------------------------------------


def test_their_on_a_conjunct_is_the_group_it_is_joined_to(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Tom Reed spoke on Monday. The protesters and their lawyers met the police."
    assert owner(run_actors(text), text, "their lawyers") == "protesters"


def test_their_after_a_conjunct_with_more_words_is_not_taken(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Tom Reed spoke on Monday. The protesters, police and their lawyers met."
    assert owner(run_actors(text), text, "their lawyers") != "protesters"


# -- a speaker's "our country" before the United States is named --------------------------------


def test_our_country_is_the_american_focus_named_later(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We must protect our country,” Senator Jim Hale said on Monday. "
        "Hale wants the United States to build more ships. The United States has few ships."
    )
    assert owner(run_actors(text), text, "country") == "United States"


def test_our_country_is_not_a_foreign_focus(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hale spoke on Monday. “We must protect our country,” he said. "
        "Mexico buys ships. Mexico wants more ships, and Mexico will build them."
    )
    assert owner(run_actors(text), text, "country") is None
