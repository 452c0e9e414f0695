"""Session 10: descriptions of countries and campaigns, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder


def test_our_country_in_a_story_on_the_united_states(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "The United States imposed new tariffs on Monday. The United States said the "
        "tariffs would last a year. “Our country must be strong,” Sen. Jane Roe said."
    )
    country = holder(ex, "country")
    assert country is not None and country.name == "United States"


def test_our_country_in_a_story_on_another_state_is_no_one(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "North Korea fired a missile on Friday. North Korea said the test was a success. "
        "The United States protested. “Our country must respond,” the senator said."
    )
    assert holder(ex, "country") is None


def test_the_campaign_that_acts_is_the_main_candidates(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe spoke in Iowa on Monday. Roe promised lower taxes, and Roe attacked "
        "Bill Poe. The campaign told reporters that Roe would return next week."
    )
    campaign = holder(ex, "campaign")
    assert campaign is not None
    assert [m.text for m in campaign.mentions] == ["campaign"]


def test_the_campaign_as_the_race_is_no_one(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe spoke in Iowa on Monday. Roe promised lower taxes, and Roe attacked "
        "Bill Poe. Roe has led the polls since the campaign began."
    )
    assert holder(ex, "campaign") is None


def test_a_possessed_campaign_keeps_only_the_words_that_say_which(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe's entire campaign is about jobs. Roe's presidential campaign hired staff."
    )
    texts = {m.text for a in ex.actors for m in a.mentions}
    assert "campaign" in texts
    assert "entire campaign" not in texts
    assert "presidential campaign" in texts


def test_a_rival_may_hold_an_office(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Bill Poe attacked his Democratic rival Jane Roe on Monday. Roe said Poe was "
        "wrong. The former secretary of state spoke in Ohio later."
    )
    role = holder(ex, "former secretary of state")
    assert role is not None and role.name == "Jane Roe"


def test_a_role_before_a_clause_set_off_by_a_comma(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe spoke in Iowa on Monday. The former secretary of state, who won the "
        "caucuses, said she would fight on."
    )
    role = holder(ex, "former secretary of state")
    assert role is not None and role.name == "Jane Roe"


def test_a_role_with_a_clause_that_picks_out_is_no_one(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe spoke in Iowa on Monday. The candidate who wins the caucuses will lead."
    )
    assert holder(ex, "candidate") is None


def test_the_campaign_as_a_time_is_the_race(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe's campaign hired staff in Iowa. Roe spoke often about taxes during the "
        "campaign. The campaign said Roe would win."
    )
    texts = [m.text for a in ex.actors for m in a.mentions if m.text == "campaign"]
    assert len(texts) == 2  # "Roe's campaign" and "The campaign said", not "during the campaign"
