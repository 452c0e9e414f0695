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


def test_the_state_taken_to_court_stays_a_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "Paul Miller said his office will take the state to court."
    ex = run_actors(text)
    assert mention_at(ex, text, "state")


def test_the_state_deciding_or_going_to_court_stays_a_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "The state decided to fight the fine, and the state went to court in June."
    ex = run_actors(text)
    assert mention_at(ex, text, "state", 0)
    assert mention_at(ex, text, "state", 1)


def test_the_state_lost_as_a_partner_stays_a_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "Paul Miller said the town of Salem could lose the state as a partner."
    ex = run_actors(text)
    assert mention_at(ex, text, "state")


def test_the_state_voting_to_act_stays_a_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "The state voted to close two prisons."
    ex = run_actors(text)
    assert mention_at(ex, text, "state")


def test_the_state_that_went_for_or_was_lost_to_a_candidate_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _STATE + "The state went for Ann Hale, though Jim Lee lost the state to her by a hair."
    ex = run_actors(text)
    assert not mention_at(ex, text, "state", 0)
    assert not mention_at(ex, text, "state", 1)


# superdelegates as a group (groups._party_electors)


def test_superdelegates_courted_are_one_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Tom Baker wants to persuade superdelegates to switch. Ann Hale said the "
        "superdelegates would not flinch."
    )
    ex = run_actors(text)
    assert mention_at(ex, text, "superdelegates", 0)
    assert actor_of(ex, text, "superdelegates", 0) == actor_of(ex, text, "superdelegates", 1)


def test_a_text_opening_with_superdelegates_does_not_crash(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "superdelegates will decide the race. The mood was super."
    ex = run_actors(text)
    assert mention_at(ex, text, "superdelegates")


def test_a_capitalised_superdelegates_joins_the_bare_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Hale courted superdelegates on Monday. Superdelegates said they would wait."
    ex = run_actors(text)
    assert mention_at(ex, text, "superdelegates")
    assert actor_of(ex, text, "superdelegates") == actor_of(ex, text, "Superdelegates")
    assert len([a for a in ex.actors if a.type == "group"]) == 1


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
    text = "Jim Lee said Ann Hale's tax plan would hurt the country."
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


def test_the_country_left_or_travelled_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Paul Miller said he left the country in 2010. Jim Lee traveled the country."
    ex = run_actors(text)
    assert not mention_at(ex, text, "country", 0)
    assert not mention_at(ex, text, "country", 1)


# "told a cheering crowd" (groups._reacting)


def test_a_cheering_crowd_is_the_gathering(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Jim Lee promised a roaring crowd in Dayton that the mill would reopen."
    ex = run_actors(text)
    assert mention_at(ex, text, "crowd")


def test_a_crowd_that_only_says_where_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Jim Lee spoke to a crowd in Georgia and to an invited crowd in Ohio."
    ex = run_actors(text)
    assert not mention_at(ex, text, "crowd", 0)
    assert not mention_at(ex, text, "crowd", 1)
