"""Session 16: names that are no actor in their place (a people listed among classes of
people, a party's "other" members, a person's emails), on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

from .actors_helpers import mention_at

Run = Callable[[str], newsextract.Extraction]


def test_a_people_listed_with_common_classes_is_generic(run_actors: Run) -> None:
    text = "Senator Alma Reyes has insulted women, veterans and Muslims in her speeches."
    assert not mention_at(run_actors(text), text, "Muslims")
    text = "The governor's remarks about immigrants and Catholics drew protests on Monday."
    assert not mention_at(run_actors(text), text, "Catholics")


def test_two_peoples_or_a_described_group_keep_their_mention(run_actors: Run) -> None:
    text = "Asians and Hispanics gained the most from the Tulsa program, Jane Doe found."
    assert mention_at(run_actors(text), text, "Hispanics")
    text = "Muslims protested outside the hall on Monday, and police watched them."
    assert mention_at(run_actors(text), text, "Muslims")


def test_other_members_of_a_party_are_not_the_party(run_actors: Run) -> None:
    text = (
        "Senator Alma Reyes criticized the ruling on Monday. Other Republicans joined her "
        "call for a review, and the plan was opposed by most Democrats."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "Republicans")
    assert not mention_at(ex, text, "Democrats")


def test_a_named_member_and_other_members_stay_the_party(run_actors: Run) -> None:
    text = "Senator Alma Reyes and other Democrats want to raise the minimum wage."
    assert mention_at(run_actors(text), text, "Democrats")
    text = "Democrats criticized the governor's budget on Tuesday."
    assert mention_at(run_actors(text), text, "Democrats")


def test_a_persons_emails_are_no_mention_of_the_person(run_actors: Run) -> None:
    text = "The department released 2,000 Reyes emails on Friday, Senator Alma Reyes said."
    ex = run_actors(text)
    assert not mention_at(ex, text, "Reyes")
    assert mention_at(ex, text, "Alma Reyes")
    text = "Senator Alma Reyes defended her emails. Critics attacked Reyes's email practice."
    assert mention_at(run_actors(text), text, "Reyes", 1)


def test_a_chambers_majority_or_control_is_the_seats(run_actors: Run) -> None:
    text = "Paul Miller said his party hopes to win back control of the Senate next year."
    assert not mention_at(run_actors(text), text, "Senate")
    text = "Ann Hale said Democrats hope to defend their majorities in Congress this fall."
    assert not mention_at(run_actors(text), text, "Congress")


def test_a_chamber_that_acts_keeps_its_mention(run_actors: Run) -> None:
    text = "The Senate rejected the bill on Monday, and Senator Alma Reyes criticized the Senate."
    ex = run_actors(text)
    assert mention_at(ex, text, "Senate")
    assert mention_at(ex, text, "Senate", 1)


def test_a_state_called_a_races_ground_is_no_mention(run_actors: Run) -> None:
    text = (
        "Senator Alma Reyes said Vermont would be a battleground in November, and Oregon "
        "looms larger for her rivals."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "Vermont")
    assert not mention_at(ex, text, "Oregon")


def test_a_state_that_acts_keeps_its_mention_beside_a_race(run_actors: Run) -> None:
    text = "Vermont sued the company on Monday, and Senator Alma Reyes praised Vermont."
    ex = run_actors(text)
    assert mention_at(ex, text, "Vermont")
    assert mention_at(ex, text, "Vermont", 1)


def test_a_state_aimed_at_or_behaving_otherwise_is_no_race(run_actors: Run) -> None:
    text = "Ann Hale said Texas was the target of a federal lawsuit over the Dayton plant."
    assert mention_at(run_actors(text), text, "Texas")
    text = "Ohio is a target of the new federal rule on water, Paul Miller said."
    assert mention_at(run_actors(text), text, "Ohio")
    text = "Jane Doe said Texas behaved badly toward its workers in Plano."
    assert mention_at(run_actors(text), text, "Texas")


def test_a_state_behaving_like_a_battleground_is_no_mention(run_actors: Run) -> None:
    text = "Jane Doe said Nevada and Oregon are behaving like battleground states this year."
    assert not mention_at(run_actors(text), text, "Nevada")


def test_a_chamber_that_acts_after_its_majority_keeps_its_mention(run_actors: Run) -> None:
    text = "Paul Miller said Democrats have a majority in Congress and Congress will pass the bill."
    ex = run_actors(text)
    assert not mention_at(ex, text, "Congress")
    assert mention_at(ex, text, "Congress", 1)


def test_a_bellwether_of_elections_is_still_a_races_ground(run_actors: Run) -> None:
    text = "Ann Hale said Ohio is the most reliable bellwether of presidential elections."
    assert not mention_at(run_actors(text), text, "Ohio")
