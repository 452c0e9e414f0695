"""The actors plugin's pronouns, session 13.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

_OPENING = "Carl Dobbs spoke in Ohio on Monday. Bill Crane answered questions. "

# -- a close call after a sentence goes to that sentence's subject --------------------------


def test_close_call_goes_to_the_subject_of_the_sentence_before(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs questioned Crane's budget. He called it a disaster."
    assert owner(run_actors(text), text, "He called") == "Carl Dobbs"


def test_close_call_subject_beats_a_later_object(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs met Crane. He called the meeting a disaster."
    assert owner(run_actors(text), text, "He called") == "Carl Dobbs"


def test_close_call_in_the_same_sentence_keeps_the_latest(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs questioned Crane's budget, and he called it a disaster."
    assert owner(run_actors(text), text, "he called") == "Bill Crane"


def test_close_call_inside_a_quotation_is_unchanged(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs questioned Crane's budget. “He is a disaster,” a voter said."
    assert owner(run_actors(text), text, "He is") == "Bill Crane"
