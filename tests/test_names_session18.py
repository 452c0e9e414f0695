"""Session 18: name mentions of the actors plugin, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

from .actors_helpers import mention_at

Run = Callable[[str], newsextract.Extraction]


def test_a_bare_faith_or_people_plural_is_a_generic_class(run_actors: Run) -> None:
    text = "Senator Alma Reyes demanded a ban on Muslims entering the country."
    assert not mention_at(run_actors(text), text, "Muslims")
    text = "Governor Tom Briggs has insulted Hispanics and veterans for years."
    assert not mention_at(run_actors(text), text, "Hispanics")
    text = "The mayor said the town had welcomed Jews and Christians for a century."
    extraction = run_actors(text)
    assert not mention_at(extraction, text, "Jews")
    assert not mention_at(extraction, text, "Christians")


def test_a_people_plural_that_only_is_something_is_generic(run_actors: Run) -> None:
    text = "Senator Alma Reyes said that Muslims are not terrorists."
    assert not mention_at(run_actors(text), text, "Muslims")


def test_a_definite_counted_or_described_people_plural_keeps_its_mention(run_actors: Run) -> None:
    text = "In 1998, radical Islamists bombed the embassy, and they fled the country."
    assert mention_at(run_actors(text), text, "Islamists")
    text = "Officials said 14 Catholics and six Protestants were admitted last month."
    assert mention_at(run_actors(text), text, "Catholics")
    text = "Senator Alma Reyes courted African-Americans in Georgia on Monday."
    assert mention_at(run_actors(text), text, "African-Americans")


def test_party_members_and_named_groups_are_left_to_the_party_rules(run_actors: Run) -> None:
    text = "Progressive Democrats of America endorsed Senator Alma Reyes on Tuesday."
    assert mention_at(run_actors(text), text, "Progressive Democrats of America") or mention_at(
        run_actors(text), text, "Progressive Democrats"
    )


def test_a_state_owning_a_race_is_its_ground(run_actors: Run) -> None:
    text = "Senator Alma Reyes campaigned hard before Nevada's March 3 primary."
    assert not mention_at(run_actors(text), text, "Nevada")
    text = "Analysts said Oregon's turnout numbers were the lowest in a decade."
    assert not mention_at(run_actors(text), text, "Oregon")
    text = "Under Idaho's delegate rules, Governor Tom Briggs picks his own slate."
    assert not mention_at(run_actors(text), text, "Idaho")


def test_a_state_owning_a_law_or_a_lawsuit_keeps_its_mention(run_actors: Run) -> None:
    text = "A federal court struck down Ohio's procedure for purging voters on Friday."
    assert mention_at(run_actors(text), text, "Ohio")
    text = "Texas's lawsuit against the agency was dismissed on Monday."
    assert mention_at(run_actors(text), text, "Texas")


def test_capitol_hill_after_on_is_where_lawmakers_are(run_actors: Run) -> None:
    text = "Democrats on Capitol Hill have been rushing to separate themselves from her."
    assert not mention_at(run_actors(text), text, "Capitol Hill")
    text = "Senator Alma Reyes went before reporters on Capitol Hill on Tuesday."
    assert not mention_at(run_actors(text), text, "Capitol Hill")


def test_capitol_hill_reached_or_acting_is_left_to_the_other_rules(run_actors: Run) -> None:
    text = "He told senators on a recent trip to Capitol Hill that he might win."
    assert mention_at(run_actors(text), text, "Capitol Hill")
