"""Session 19: name and description mentions of the actors plugin, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_actors import places

import newsextract

from .actors_helpers import mention_at

Run = Callable[[str], newsextract.Extraction]


def test_three_or_more_listed_states_are_places(run_actors: Run) -> None:
    text = "Oregon, Nevada, Colorado and Arizona all voted for the Democrat in 2012."
    extraction = run_actors(text)
    for state in ("Oregon", "Nevada", "Colorado", "Arizona"):
        assert not mention_at(extraction, text, state)


def test_two_states_that_act_and_lists_of_countries_stay(run_actors: Run) -> None:
    text = "Oregon and Nevada passed laws restricting the sale of rifles last year."
    extraction = run_actors(text)
    assert mention_at(extraction, text, "Oregon")
    assert mention_at(extraction, text, "Nevada")
    text = "Egypt, Jordan and Morocco signed the agreement with the European Union on Friday."
    assert mention_at(run_actors(text), text, "Jordan")


def test_a_stretch_of_a_town_is_a_place(run_actors: Run) -> None:
    text = "Senator Alma Reyes walked the streets of Cleveland with her aides on Monday."
    assert not mention_at(run_actors(text), text, "Cleveland")
    text = "Governor Tom Briggs opened a factory on the outskirts of Cleveland in May."
    assert not mention_at(run_actors(text), text, "Cleveland")


def test_a_town_after_other_nouns_of_stays(run_actors: Run) -> None:
    text = "The lawsuit against the city of Dayton was dropped after the mayor resigned."
    assert mention_at(run_actors(text), text, "Dayton")


def test_a_town_or_state_owning_a_place_inside_it_is_where(run_actors: Run) -> None:
    text = "Senator Alma Reyes held a fundraiser in New York's Hudson Valley on Monday."
    assert not mention_at(run_actors(text), text, "New York")
    text = "Governor Tom Briggs toured Colorado's Jefferson County with the mayor."
    assert not mention_at(run_actors(text), text, "Colorado")


def test_a_state_owning_what_it_does_stays(run_actors: Run) -> None:
    text = "Senator Alma Reyes said Oklahoma's economy weathered the oil bust."
    assert mention_at(run_actors(text), text, "Oklahoma")


def test_a_country_people_come_from_is_their_origin(run_actors: Run) -> None:
    text = "The program failed to stop people from Honduras and Guatemala from crossing."
    assert not mention_at(run_actors(text), text, "Honduras")
    text = "Canada agreed to take in 5,000 refugees from Syria before the winter."
    assert not mention_at(run_actors(text), text, "Syria")


def test_a_country_that_gives_or_threatens_from_stays(run_actors: Run) -> None:
    text = "Senator Alma Reyes welcomed a pledge from China to cut emissions by 2030."
    assert mention_at(run_actors(text), text, "China")


def test_a_state_said_to_matter_in_the_race_is_its_ground(run_actors: Run) -> None:
    text = "Senator Alma Reyes said Oregon is so important to her chances in November."
    assert not mention_at(run_actors(text), text, "Oregon")
    text = "Governor Tom Briggs noted that Nevada has long been loyal to Republicans."
    assert not mention_at(run_actors(text), text, "Nevada")


def test_a_state_said_to_do_something_stays(run_actors: Run) -> None:
    text = "Senator Alma Reyes said Oregon is suing the company over the spill."
    assert mention_at(run_actors(text), text, "Oregon")


# -- session 20 review: what a state is in a race is a word list (places._STAKES) -----------------


def test_a_state_with_a_listed_stake_is_the_races_ground(run_actors: Run) -> None:
    text = "Senator Alma Reyes said Ohio remains pivotal for her campaign."
    assert not mention_at(run_actors(text), text, "Ohio")
    text = "Senator Alma Reyes said Nevada looks competitive for Democrats this year."
    assert not mention_at(run_actors(text), text, "Nevada")


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        # near misses: a linking verb and an adjective of what the state does, not of the race
        ("Senator Alma Reyes said Oregon is eager to sue the company over the spill.", "eager"),
        ("Senator Alma Reyes said Oregon is hostile to the company.", "hostile"),
        ("Senator Alma Reyes said Oregon remains ready to sue the company.", "ready"),
    ],
)
def test_a_state_with_an_adjective_near_the_stakes_stays(
    run_actors: Run, monkeypatch: pytest.MonkeyPatch, text: str, adjective: str
) -> None:
    assert mention_at(run_actors(text), text, "Oregon")
    # only the word list keeps the state: with the adjective in it, the state is a place
    monkeypatch.setattr(places, "_STAKES", places._STAKES | {adjective})
    assert not mention_at(run_actors(text), text, "Oregon")
