"""The actors plugin's pronouns, session 19: a candidate's "we" about the race.

All text is made up.
"""

from __future__ import annotations

import pytest
from newsextract_actors import pronouns

from .actors_helpers import actor_of as owner

_RACE = (
    "Senator Tom Harper opened a campaign office in Dayton on Monday. "
    "The Harper campaign hired ten staffers. "
)


def test_a_candidates_we_in_a_sentence_about_delegates_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We will keep fighting for every delegate,” Harper told supporters."
    assert owner(run_actors(text), text, "We will") == "Harper campaign"


def test_a_candidates_we_about_his_chances_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“Six weeks ago we were at four percent in the polls,” Harper told supporters."
    assert owner(run_actors(text), text, "we were") == "Harper campaign"


def test_a_candidates_we_with_a_policy_word_is_no_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We will fight for every voter and every job in this country,” Harper said."
    assert owner(run_actors(text), text, "We will") != "Harper campaign"


def test_a_candidates_we_of_duty_is_no_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We have got to earn the support of young voters,” Harper told supporters."
    assert owner(run_actors(text), text, "We have") != "Harper campaign"


def test_a_candidates_we_without_a_race_word_is_no_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We fixed the bridges and we paved the roads,” Harper told the crowd."
    extraction = run_actors(text)
    assert owner(extraction, text, "We fixed") != "Harper campaign"
    assert owner(extraction, text, "we paved") != "Harper campaign"


def test_a_candidates_we_that_wins_with_nothing_won_stays_out(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We are going to win so much at the polls,” Harper told the crowd."
    assert owner(run_actors(text), text, "We are") != "Harper campaign"


def test_one_of_us_is_no_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“Only one of us can win the nomination,” Harper told the crowd."
    assert owner(run_actors(text), text, "us can") != "Harper campaign"


def test_a_candidates_we_without_a_campaign_named_is_no_ones(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Tom Harper spoke in Dayton on Monday. "
        "“We will keep fighting for every delegate,” Harper told supporters."
    )
    assert owner(run_actors(text), text, "We will") is None


# -- session 20 review: the policy words are a word list (pronouns._POLICY_WORDS) -----------------


def test_a_candidates_race_we_with_a_listed_policy_word_is_no_campaign(  # type: ignore[no-untyped-def]
    run_actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _RACE + "“We are ahead in the polls on the strength of the economy,” Harper said."
    assert owner(run_actors(text), text, "We are") != "Harper campaign"
    # the listed word alone keeps the campaign out: without it, the race words give it
    monkeypatch.setattr(pronouns, "_POLICY_WORDS", pronouns._POLICY_WORDS - {"economy"})
    assert owner(run_actors(text), text, "We are") == "Harper campaign"


def test_a_candidates_race_we_with_a_place_word_is_his_campaign(  # type: ignore[no-untyped-def]
    run_actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    # near miss: the state and its counties are where the race is run, no policy
    text = _RACE + "“We are ahead in the polls in every county of the state,” Harper said."
    assert owner(run_actors(text), text, "We are") == "Harper campaign"
    # only the word list lets the campaign have it: with "state" in it, no one does
    monkeypatch.setattr(pronouns, "_POLICY_WORDS", pronouns._POLICY_WORDS | {"state"})
    assert owner(run_actors(text), text, "We are") != "Harper campaign"


# -- "its" bound by a thing that is the clause's subject ------------------------------------------

_BODY = "The Meridian Foundation opened an office in Dayton on Monday. "


def test_its_of_a_thing_subject_is_no_actors(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _BODY + "The new grant program drew criticism for its slow start."
    assert owner(run_actors(text), text, "its slow") is None


def test_its_of_a_body_subject_stays_the_bodys(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _BODY + "The Meridian Foundation raised its budget for the schools."
    assert owner(run_actors(text), text, "its budget") == "Meridian Foundation"


def test_its_after_a_body_noun_subject_is_not_blocked(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _BODY + "The foundation doubled its budget for the schools."
    assert owner(run_actors(text), text, "its budget") == "Meridian Foundation"


def test_its_after_a_subject_owned_by_a_body_is_the_bodys(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _BODY + "The Meridian Foundation's grant program doubled its reach."
    assert owner(run_actors(text), text, "its reach") == "Meridian Foundation"
