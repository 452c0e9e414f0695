"""Session 6 follow-up: pronouns of people the text names only by a noun, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction
from tests.actors_helpers import actor_of as actor_at

Run = Callable[[str], Extraction]


def test_unnamed_person_takes_the_he_of_the_clause_it_said(run: Run) -> None:
    text = (
        "A client walked into the office of Mary Jones on Monday. "
        "The client said he had lost the papers."
    )
    ex = run(text)
    assert actor_at(ex, text, "he had") == actor_at(ex, text, "client said") is not None


def test_unnamed_person_keeps_the_gender_it_took(run: Run) -> None:
    text = (
        "A client walked into the office on Monday. "
        "The client said he had lost the papers, and she would not help."
    )
    ex = run(text)
    assert actor_at(ex, text, "he had") == actor_at(ex, text, "client said")
    assert actor_at(ex, text, "she would") != actor_at(ex, text, "client said")


def test_a_possessor_of_that_gender_is_a_rival(run: Run) -> None:
    text = "The nurse left early. Her employer thought she was ill."
    ex = run(text)
    assert actor_at(ex, text, "she was") != actor_at(ex, text, "employer")


def test_first_person_of_a_quotation_an_unnamed_person_speaks(run: Run) -> None:
    text = (
        "A witness saw the crash on Main Street. “I could not believe my eyes,” the witness said."
    )
    ex = run(text)
    assert actor_at(ex, text, "I could") == actor_at(ex, text, "witness said") is not None
    assert actor_at(ex, text, "my eyes") == actor_at(ex, text, "witness said")
    assert actor_at(ex, text, "I could") not in {"I", "my"}


def test_no_first_person_through_a_nearer_verb_of_saying(run: Run) -> None:
    text = (
        "A client called me last week. When the client mentioned the bill, "
        "I laughed and said, “I will not pay it.”"
    )
    ex = run(text)
    assert actor_at(ex, text, "I will") != actor_at(ex, text, "client mentioned")


def test_a_kin_nouns_own_clause_overrides_a_named_person(run: Run) -> None:
    text = (
        "Tom Baker spoke to the families on Monday. "
        "“As a mother, I know my son gave his life for this country,” said Ann Lee."
    )
    ex = run(text)
    assert actor_at(ex, text, "his life") == actor_at(ex, text, "son gave") is not None


def test_a_pronoun_whose_clause_names_the_person_again_is_someone_else(run: Run) -> None:
    text = (
        "A customer came back to the shop on Friday. "
        "The customer wanted a refund. He said the customer was rude."
    )
    ex = run(text)
    assert actor_at(ex, text, "customer wanted") is not None
    assert actor_at(ex, text, "He said") != actor_at(ex, text, "customer wanted")
