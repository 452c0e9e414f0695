"""The actors plugin's pronouns, session 12.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- a close call goes to the person referred to last ------------------------------------


def test_close_call_goes_to_the_latest_person(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carl Dobbs spoke for an hour on Monday, and Dobbs answered questions. "
        "Later Bill Crane arrived and voters praised his budget."
    )
    assert owner(run_actors(text), text, "his budget") == "Bill Crane"


def test_close_call_goes_to_the_latest_even_when_it_trails(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carl Dobbs spoke for an hour on Monday. Bill Crane answered questions and Crane "
        "thanked voters. Dobbs was wrong, a voter said. Reporters praised his budget."
    )
    assert owner(run_actors(text), text, "his budget") == "Carl Dobbs"


def test_close_call_does_not_reach_into_a_quotation(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carl Dobbs spoke for an hour on Monday. Bill Crane answered questions and Crane "
        "thanked voters. “Dobbs is wrong,” a voter said. Reporters praised his budget."
    )
    assert owner(run_actors(text), text, "his budget") is None


def test_clear_leader_is_unchanged(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carl Dobbs spoke in Ohio on Monday, and Dobbs answered questions. Voters asked "
        "about Bill Crane. Reporters praised his budget."
    )
    assert owner(run_actors(text), text, "his budget") == "Carl Dobbs"


def test_close_call_with_the_rival_named_last_goes_to_the_rival(run_actors) -> None:  # type: ignore[no-untyped-def]
    # replaces session 8's test_close_call_stays_open_when_the_rival_was_named_last
    text = (
        "Paul Hendricks toured the plant on Monday. Hendricks praised the workers. "
        "Hendricks visited a school, and Hendricks spoke. "
        "Hendricks later met Tom Bell, and Hendricks welcomed Bell. Bell was there. "
        "He promised more jobs."
    )
    assert owner(run_actors(text), text, "He ") == "Tom Bell"
