"""Session 14: names that are no actor in their place, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

from .actors_helpers import mention_at

Run = Callable[[str], newsextract.Extraction]


def test_a_poll_share_of_a_party_or_people_is_no_mention(run_actors: Run) -> None:
    text = (
        "Senator Alma Reyes spoke in Dayton on Friday. In a new survey, 64 percent of "
        "Republicans said they backed her plan, and 12% of Democrats agreed."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "Republicans")
    assert not mention_at(ex, text, "Democrats")
    text = "The poll found that 30 percent of Hispanics say the governor is doing well."
    assert not mention_at(run_actors(text), text, "Hispanics")


def test_parties_that_act_or_a_subset_in_view_keep_their_mention(run_actors: Run) -> None:
    text = "Republicans blocked the bill on Tuesday. Democrats said they would try again next week."
    ex = run_actors(text)
    assert mention_at(ex, text, "Republicans")
    assert mention_at(ex, text, "Democrats")
    text = (
        "Senator Alma Reyes won 40 percent of the Republicans surveyed in Ohio, and "
        "Democrats criticized her."
    )
    ex = run_actors(text)
    assert mention_at(ex, text, "Republicans")
    assert mention_at(ex, text, "Democrats")


def test_an_untagged_platform_that_acts_or_is_addressed_is_the_company(run_actors: Run) -> None:
    text = (
        "The senator sent a letter to Facebook on Monday, and she said she had heard nothing back."
    )
    assert mention_at(run_actors(text), text, "Facebook")
    text = "He was a board member of Facebook before he ran for office."
    assert mention_at(run_actors(text), text, "Facebook")


def test_a_platform_as_the_medium_or_a_credit_is_no_mention(run_actors: Run) -> None:
    for text, word in (
        ("Ms. Lane wrote on Facebook and Twitter that she would run.", "Twitter"),
        ("Mr. Diaz took to Twitter to attack his rival.", "Twitter"),
        ("She posted a long Facebook message about the vote.", "Facebook"),
        ("Ms. Lane spoke to reporters.\n\nTwitter: @lane", "Twitter"),
    ):
        assert not mention_at(run_actors(text), text, word)
    text = "Twitter suspended the account on Monday."
    assert mention_at(run_actors(text), text, "Twitter")


def test_a_platform_the_tagger_calls_a_person_is_the_company(run_actors: Run) -> None:
    text = "In response, Twitter said it would review the posts."
    ex = run_actors(text)
    owner = next(a for a in ex.actors if any(m.text == "Twitter" for m in a.mentions))
    assert owner.type == "organization"
    text = "Ms. Twitter said she would review the posts."
    ex = run_actors(text)
    assert all(
        a.type == "person" for a in ex.actors if any(m.text == "Twitter" for m in a.mentions)
    )


def test_a_polls_brand_is_no_mention_but_the_outlet_that_acts_is(run_actors: Run) -> None:
    text = (
        "Reyes gains.\n\nA new CNN/ORC poll released Monday shows Senator Alma Reyes ahead. "
        "The Washington Post-ABC News poll found the same. CNN reported the poll on Monday."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "CNN")  # the brand of the first poll
    assert not mention_at(ex, text, "ORC")
    assert not mention_at(ex, text, "ABC News")
    assert mention_at(ex, text, "CNN", nth=1)  # the outlet that reports it acts
    assert mention_at(ex, text, "Alma Reyes")


def test_a_persons_name_before_poll_keeps_its_mention(run_actors: Run) -> None:
    text = "Laura Dunn spoke in Ohio. Internal Dunn campaign polls show her ahead in the state."
    assert mention_at(run_actors(text), text, "Dunn", nth=1)
