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
    # session 23: with the rival named after the leader, in the sentence between ("Voters asked
    # about Bill Crane." last), the rival takes it (Resolver._nearer_runner_up); named before, not
    text = (
        "Voters asked about Bill Crane. Carl Dobbs spoke in Ohio on Monday, and Dobbs answered "
        "questions. Reporters praised his budget."
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


# -- the subject of a clause through "which" and a preposition's gerund -------------------


def test_it_of_a_clause_under_which_is_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Reserve, which spent the spring predicting that it would raise rates, "
        "held steady on Monday."
    )
    assert owner(run_actors(text), text, "it would") == "Federal Reserve"


def test_it_after_by_announcing_is_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Bank of Korea ended a two-day meeting on Friday by announcing that it would cut rates."
    )
    assert owner(run_actors(text), text, "it would") == "Bank of Korea"


def test_it_after_after_saying_is_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Acme Corp. raised prices after saying it had lost money."
    assert owner(run_actors(text), text, "it had") == "Acme Corp."


def test_which_of_a_thing_does_not_make_it_the_thing(run_actors) -> None:  # type: ignore[no-untyped-def]
    # the relative clause's own subject is Acme, not "which"
    text = "The plan, which Acme Corp. said it would drop, failed."
    assert owner(run_actors(text), text, "it would") == "Acme Corp."
