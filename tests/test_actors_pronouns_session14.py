"""The actors plugin's pronouns, session 14.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

_OPENING = "Carl Dobbs spoke in Ohio on Monday. Bill Crane answered questions. "

# -- a quotation's "he said" in a close call: the narrative's last main subject ---------------


def test_speaker_of_a_quotation_is_the_subject_before_not_the_reported_one(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _OPENING + "Dobbs said he would not vote for Crane. "
        "Also, Crane is no conservative, he said. “He is a liberal!”"
    )
    assert owner(run_actors(text), text, "he said") == "Carl Dobbs"


def test_speaker_of_a_quotation_is_the_subject_before_not_its_object(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _OPENING + "Dobbs has pushed for Crane to own the issue of trade. "
        "“By embracing it, Crane could win the state,” he wrote on Monday."
    )
    assert owner(run_actors(text), text, "he wrote") == "Carl Dobbs"


def test_without_a_quotation_the_close_call_is_unchanged(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _OPENING + "Dobbs has pushed for Crane to own the issue of trade. "
        "By embracing it, Crane could win the state, he wrote on Monday."
    )
    assert owner(run_actors(text), text, "he wrote") == "Bill Crane"


def test_a_subject_that_is_no_actor_leaves_the_call_open(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _OPENING + "Dobbs has pushed for Crane to own the issue of trade. "
        "The debate was loud. “By embracing it, Crane could win the state,” he wrote on Monday."
    )
    assert owner(run_actors(text), text, "he wrote") != "Carl Dobbs"


# -- a quoted fragment inside a narrative clause: its subject's words -----------------------


def test_first_person_in_a_quoted_fragment_is_the_clause_subject(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carl Dobbs spoke in Ohio on Monday. "
        "Later, Dobbs expressed regret for “my failure to unite the party” in a speech."
    )
    assert owner(run_actors(text), text, "my failure") == "Carl Dobbs"


def test_a_fragment_whose_clause_has_a_thing_for_subject_finds_no_speaker(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carl Dobbs spoke in Ohio on Monday. "
        "The plan was called “a gift to my rivals” by the press."
    )
    assert owner(run_actors(text), text, "my rivals") is None


def test_a_quotation_after_punctuation_is_no_fragment(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carl Dobbs spoke in Ohio on Monday. Dobbs criticized Bill Crane. “I will win,” Crane said."
    )
    assert owner(run_actors(text), text, "I will") == "Bill Crane"


def test_a_quoted_title_is_nobodys_words(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Bill Hale spoke in Ohio. Hale praised the memoir “My Life in Politics” by Al Gore."
    )
    assert "My" not in [m.text for a in ex.actors for m in a.mentions]
