"""Session 16: descriptions and groups, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import actor_of, holder, mention_at

# "the state" as the ground of a race (descriptions._race_ground)

_STATE = "Gov. Tom Baker of Oregon spoke on Monday. "


def test_a_state_won_or_toured_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "Ann Hale hopes to win the state in May, and her aides are touring the state."
    ex = run_actors(text)
    assert not mention_at(ex, text, "state", 0)
    assert not mention_at(ex, text, "state", 1)


def test_a_states_primary_and_voters_are_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "Ann Hale will appeal to the state's voters before the state's primary."
    ex = run_actors(text)
    assert not mention_at(ex, text, "state", 0)
    assert not mention_at(ex, text, "state", 1)


def test_the_voters_of_the_state_are_no_mention_of_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "Ann Hale said she owes the voters of the state an answer."
    ex = run_actors(text)
    assert not mention_at(ex, text, "state")


def test_the_state_acting_stays_a_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "The state admitted its mistake, and the state's new law was blocked."
    ex = run_actors(text)
    assert mention_at(ex, text, "state", 0)
    assert mention_at(ex, text, "state", 1)


# superdelegates as a group (groups._party_electors)


def test_superdelegates_courted_are_one_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Tom Baker wants to persuade superdelegates to switch. Ann Hale said the "
        "superdelegates would not flinch."
    )
    ex = run_actors(text)
    assert mention_at(ex, text, "superdelegates", 0)
    assert actor_of(ex, text, "superdelegates", 0) == actor_of(ex, text, "superdelegates", 1)


def test_superdelegates_in_a_tally_are_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Tom Baker won 400 superdelegates on Tuesday. Ann Hale leads in pledged "
        "delegates and superdelegates."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "superdelegates", 0)
    assert not mention_at(ex, text, "superdelegates", 1)
    assert not mention_at(ex, text, "400 superdelegates")


# "the country" acting in an article that names no country (descriptions._home_acts)


def test_the_country_acting_is_the_unnamed_home(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Jim Lee said Ann Hale's plan would make the country less safe."
    ex = run_actors(text)
    assert mention_at(ex, text, "country")
    assert holder(ex, "country").type == "country"  # type: ignore[union-attr]


def test_the_country_as_a_place_or_ranking_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jim Lee said people in this country are hurting. Ann Hale, the nation's top "
        "diplomat, toured the country."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "country", 0)
    assert not mention_at(ex, text, "nation")
    assert not mention_at(ex, text, "country", 1)


# "told a cheering crowd" (groups._reacting)


def test_a_cheering_crowd_is_the_gathering(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Jim Lee told a cheering crowd in Ohio that he would win the race."
    ex = run_actors(text)
    assert mention_at(ex, text, "crowd")


def test_a_crowd_that_only_says_where_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Jim Lee spoke to a crowd in Georgia and to an invited crowd in Ohio."
    ex = run_actors(text)
    assert not mention_at(ex, text, "crowd", 0)
    assert not mention_at(ex, text, "crowd", 1)
