"""The actors plugin's pronouns, session 17: whose "we" a campaign's people say.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- a staffer whose title names no candidate -----------------------------------------------


def test_a_staffer_titled_by_his_candidates_pronoun_speaks_for_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Tom Harper opened a campaign office in Dayton on Monday. The Harper campaign hired ten staffers. "
        "Harper plans to stay in the race, his top aide, Pete Hardy, said. "
        "“We have enough money to reach the convention,” Hardy said."
    )
    assert owner(run_actors(text), text, "We have") == "Harper campaign"


def test_a_campaign_chief_of_the_articles_one_campaign_speaks_for_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Tom Harper opened a campaign office in Dayton on Monday. The Harper campaign hired ten staffers. "
        "The campaign chief, Pete Hardy, met donors there. "
        "“We have enough money to reach the convention,” Hardy said."
    )
    assert owner(run_actors(text), text, "We have") == "Harper campaign"


def test_an_aide_of_a_person_without_a_campaign_is_no_campaigns(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Tom Harper opened a school in Dayton on Monday. "
        "His top aide, Pete Hardy, praised the teachers. "
        "“We have enough money to hire them,” Hardy said."
    )
    assert owner(run_actors(text), text, "We have") != "Harper campaign"


# -- a candidate's own "we" about the race -------------------------------------------------

_RACE = "Senator Tom Harper opened a campaign office in Dayton on Monday. The Harper campaign hired ten staffers. "


def test_a_candidates_we_that_wins_a_state_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“If we win Ohio, the nomination is ours,” Harper told supporters."
    assert owner(run_actors(text), text, "we win") == "Harper campaign"


def test_a_candidates_we_that_beats_a_rival_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We are beating Linda Carver in every poll,” Harper told supporters on Tuesday."
    assert owner(run_actors(text), text, "We are") == "Harper campaign"


def test_a_candidates_our_victory_is_his_campaigns(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“Our victory tonight belongs to the volunteers,” Harper told supporters."
    assert owner(run_actors(text), text, "Our victory") == "Harper campaign"


def test_a_candidates_we_about_policy_is_no_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + (
        "“We will defeat terrorism, and we must fix the roads,” Harper told supporters."
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "We will") != "Harper campaign"
    assert owner(extraction, text, "we must") != "Harper campaign"


def test_a_candidates_we_that_loses_people_is_no_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We are losing too many young workers,” Harper told supporters."
    assert owner(run_actors(text), text, "We are") != "Harper campaign"


def test_a_candidates_we_that_does_not_win_anymore_or_loses_to_a_country_is_no_campaign(
    run_actors,
) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + (
        "“We don't win anymore. We are losing to China, we are losing to Mexico,” Harper told the crowd."
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "We don't") != "Harper campaign"
    assert owner(extraction, text, "We are") != "Harper campaign"
    assert owner(extraction, text, "we are") != "Harper campaign"


def test_a_candidates_victory_over_a_foe_abroad_is_no_campaigns(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“Our victory over ISIS will be quick,” Harper told supporters."
    assert owner(run_actors(text), text, "Our victory") != "Harper campaign"


def test_a_candidates_we_that_may_not_win_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _RACE + "“Whether we win or whether we don't win, we keep going,” Harper told supporters."
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "we win") == "Harper campaign"
    assert owner(extraction, text, "we don't") == "Harper campaign"


def test_a_candidates_we_that_wins_in_november_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“We will win in November,” Harper told supporters."
    assert owner(run_actors(text), text, "We will") == "Harper campaign"


def test_a_candidates_we_that_loses_to_a_rival_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "“If we lose to Linda Carver, the party loses,” Harper told supporters."
    assert owner(run_actors(text), text, "we lose") == "Harper campaign"


# -- a campaign title naming no one, in an article of one campaign ------------------------------


def test_a_campaign_chief_who_vows_to_beat_the_articles_candidate_is_not_his_campaigns(
    run_actors,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harper campaign said on Monday it would advertise in Ohio. "
        "Pete Hardy, the campaign chairman, said: “We will beat him in November.”"
    )
    assert owner(run_actors(text), text, "We will") != "Harper campaign"


def test_a_campaign_chief_named_far_from_the_articles_campaign_is_not_its(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Tom Harper opened a campaign office in Dayton on Monday. The Harper campaign hired ten staffers. "
        "The city council met on Tuesday. The mayor talked about the roads. "
        "The campaign chief, Pete Hardy, met donors there. "
        "“We have enough money to reach the convention,” Hardy said."
    )
    assert owner(run_actors(text), text, "We have") != "Harper campaign"


# -- a clipped name joins the body named in full ----------------------------------------------


def test_the_fed_joins_the_federal_reserve_named_before(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Reserve raised interest rates on Wednesday. "
        "The Fed said it expects two more increases next year."
    )
    assert owner(run_actors(text), text, "Fed said") == "Federal Reserve"


def test_a_word_that_only_begins_a_bodys_name_stays_apart(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Congressional Budget Office released its forecast on Wednesday. "
        "Congress will vote on the budget next week."
    )
    assert owner(run_actors(text), text, "Congress will") != "Congressional Budget Office"


# -- a state organ's official speaks for the organ -----------------------------------------------


_ORGAN = "The United States protested to China on Monday. The State Department released a note. "


def test_a_departments_spokesman_speaks_for_the_department(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _ORGAN + (
        "“We have asked the embassy for an explanation,” State Department spokesman Paul Ames said."
    )
    assert owner(run_actors(text), text, "We have") == "State Department"


def test_a_minister_titled_by_office_alone_speaks_for_the_state(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mexico protested to the United States on Monday. "
        "“We will defend our citizens,” Mexican Foreign Secretary Ana Ruiz said."
    )
    assert owner(run_actors(text), text, "We will") == "Mexico"


def test_a_former_departments_spokesman_speaks_for_no_organ(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Former State Department spokesman Paul Ames said the United States erred on Monday. "
        "“We have asked the embassy for an explanation,” Ames said."
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "We have") not in {"State Department", "United States"}
