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


# -- "“...,” he said" after a report: the one who said it goes on speaking ---------------


def test_speaker_pronoun_is_the_reporter_of_the_sentence_before(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dan Ford spoke on Monday. Jim Hale said Tom Ruiz had won the vote. "
        "“It was a long night,” he said."
    )
    assert owner(run_actors(text), text, "he said") == "Jim Hale"


def test_speaker_pronoun_beats_a_more_salient_person(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Ruiz won the vote on Monday. Ruiz thanked his staff. Dan Ford said the result "
        "surprised nobody. “It was a long night,” he said."
    )
    assert owner(run_actors(text), text, "he said") == "Dan Ford"


def test_the_one_asked_answers(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dan Ford spoke on Monday. Jim Hale asked Tom Ruiz about the vote. "
        "“It was a long night,” he said."
    )
    assert owner(run_actors(text), text, "he said") == "Tom Ruiz"


def test_the_one_told_is_not_the_speaker(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dan Ford spoke on Monday. Jim Hale said Tom Ruiz had won the vote. "
        "“It was a long night,” he told Hale."
    )
    assert owner(run_actors(text), text, "he told") != "Jim Hale"


def test_a_subject_in_the_pronouns_own_sentence_keeps_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dan Ford spoke on Monday. Jim Hale said Tom Ruiz had won the vote. "
        "Ruiz fired back: “It was a long night,” he wrote."
    )
    assert owner(run_actors(text), text, "he wrote") == "Tom Ruiz"


# -- reflexives are no mentions (the guidelines' round-1 ruling) --------------------------


def test_reflexive_is_no_mention_but_its_clause_still_resolves(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Frank Doyle praised himself on Monday, and he thanked his staff."
    extraction = run_actors(text)
    assert owner(extraction, text, "himself") is None
    assert owner(extraction, text, "he thanked") == "Frank Doyle"
    assert owner(extraction, text, "his staff") == "Frank Doyle"
