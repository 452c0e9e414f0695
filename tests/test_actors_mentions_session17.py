"""Session 17: actor mention detection of names and descriptions, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

from .actors_helpers import mention_at

Run = Callable[[str], newsextract.Extraction]


def test_wall_street_dealt_with_is_an_actor(run_actors: Run) -> None:
    text = "Senator Alma Reyes said her rival was far too cozy with Wall Street."
    assert mention_at(run_actors(text), text, "Wall Street")
    text = "Governor Tom Briggs has railed against Wall Street for a decade."
    assert mention_at(run_actors(text), text, "Wall Street")
    text = "The mayor took millions of dollars from Wall Street last year, Jane Doe said."
    assert mention_at(run_actors(text), text, "Wall Street")


def test_wall_street_as_a_place_a_market_or_a_modifier_is_no_actor(run_actors: Run) -> None:
    text = "Stocks on Wall Street closed a bit higher on Friday after a slow week."
    assert not mention_at(run_actors(text), text, "Wall Street")
    text = "Wall Street had a bad day on Thursday when oil prices fell."
    assert not mention_at(run_actors(text), text, "Wall Street")
    text = "Senator Alma Reyes wants to tax Wall Street transactions."
    assert not mention_at(run_actors(text), text, "Wall Street")
    text = "Jane Doe read the Wall Street Journal on the train."
    assert not mention_at(run_actors(text), text, "Wall Street")


def test_a_kind_of_violence_is_no_mention_of_the_group(run_actors: Run) -> None:
    text = "Senator Alma Reyes blamed police shootings on implicit bias."
    assert not mention_at(run_actors(text), text, "police")
    text = "The activists want the governor to combat police misconduct in the state."
    assert not mention_at(run_actors(text), text, "police")


def test_violence_against_named_victims_keeps_the_doers(run_actors: Run) -> None:
    text = "Senator Alma Reyes called the police shootings of two unarmed men a tragedy."
    assert mention_at(run_actors(text), text, "police")


def test_a_state_ending_a_sentence_after_its_town_is_no_actor(run_actors: Run) -> None:
    text = 'Senator Alma Reyes spoke at a rally in Dayton, Ohio. "We will win," she said.'
    assert not mention_at(run_actors(text), text, "Ohio")
    text = 'Jane Doe said at a forum in Tempe, Ariz. "The plan is dead."'
    assert not mention_at(run_actors(text), text, "Ariz.")


def test_a_state_that_acts_keeps_its_mention(run_actors: Run) -> None:
    text = "Ohio sued the company on Monday, and its governor praised the ruling."
    assert mention_at(run_actors(text), text, "Ohio")


def test_reaching_the_white_house_is_the_office(run_actors: Run) -> None:
    text = "Voters elevated Senator Alma Reyes to the White House in a landslide."
    assert not mention_at(run_actors(text), text, "White House")
    text = '"All roads to the White House lead through Ohio," Jane Doe said.'
    assert not mention_at(run_actors(text), text, "White House")


def test_the_white_house_addressed_or_acting_stays(run_actors: Run) -> None:
    text = "The activists sent letters to the White House, and the White House refused."
    ex = run_actors(text)
    assert mention_at(ex, text, "White House")


def test_a_place_alone_on_its_line_is_no_actor(run_actors: Run) -> None:
    text = "Taxes are far too high.\n\nJane Q. Doe.\n\nDayton, Ohio.\n\nThe mayor agreed."
    ex = run_actors(text)
    assert not mention_at(ex, text, "Dayton")
    assert not mention_at(ex, text, "Ohio")
    text = "The law is unfair.\n\nTom Briggs.\n\nMinneapolis.\n\nOther readers disagreed."
    assert not mention_at(run_actors(text), text, "Minneapolis")


def test_a_place_in_a_sentence_of_its_own_line_stays(run_actors: Run) -> None:
    text = "Ohio sued the company.\n\nThe governor of Ohio praised the ruling."
    assert mention_at(run_actors(text), text, "Ohio")
