"""Session 15: places and adjectives of origin that are no actor in their place, on made-up
sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

from .actors_helpers import mention_at

Run = Callable[[str], newsextract.Extraction]


def test_a_town_after_in_is_where_even_for_a_stop_or_its_leaders(run_actors: Run) -> None:
    text = (
        "Senator Alma Reyes made a campaign stop in Toledo on Monday. Business leaders in "
        "Cleveland met her later, and she arrived in Phoenix at night."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "Toledo")
    assert not mention_at(ex, text, "Cleveland")
    assert not mention_at(ex, text, "Phoenix")


def test_a_town_that_acts_or_is_acted_upon_keeps_its_mention(run_actors: Run) -> None:
    text = "The Justice Department sued North Carolina on Monday over the new law."
    assert mention_at(run_actors(text), text, "North Carolina")
    text = "Chicago sued the state on Friday, and the governor criticized Chicago."
    ex = run_actors(text)
    assert mention_at(ex, text, "Chicago")
    assert mention_at(ex, text, "Chicago", 1)


def test_a_state_won_lost_or_crossed_is_no_mention(run_actors: Run) -> None:
    text = (
        "Senator Alma Reyes won Vermont and lost Maine, while her rival crisscrossed "
        "Nevada last week."
    )
    ex = run_actors(text)
    for word in ("Vermont", "Maine", "Nevada"):
        assert not mention_at(ex, text, word), word


def test_a_country_after_a_town_is_where_the_town_is(run_actors: Run) -> None:
    text = "The fire at the bakery in Tarvo, Moldova, closed two shops."
    assert not mention_at(run_actors(text), text, "Moldova")
    text = "Moldova rejected the report on Tuesday, and the minister said Moldova would respond."
    assert mention_at(run_actors(text), text, "Moldova")


def test_a_nationality_as_a_predicate_is_no_mention(run_actors: Run) -> None:
    text = "Dana Whitcomb said the chef was Peruvian. Peru praised the restaurant on Monday."
    ex = run_actors(text)
    assert not mention_at(ex, text, "Peruvian")
    assert mention_at(ex, text, "Peru", 1)  # the 0th is inside "Peruvian"


def test_a_second_adjective_of_origin_classifies_like_the_first(run_actors: Run) -> None:
    text = "The senator said Russian and Chinese hackers had broken into the servers."
    assert not mention_at(run_actors(text), text, "Chinese")
    text = "Syrian and Iraqi refugees arrived in the city on Monday."
    assert not mention_at(run_actors(text), text, "Iraqi")


def test_an_adjective_before_an_act_is_no_mention(run_actors: Run) -> None:
    text = (
        "The plan would deter Russian meddling, the minister said. Republican claims about "
        "the bill were false, and a Muslim ban would fail."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "Russian")
    assert not mention_at(ex, text, "Republican")
    assert not mention_at(ex, text, "Muslim")


def test_a_name_before_an_act_keeps_its_mention(run_actors: Run) -> None:
    text = "U.S. sanctions hit the economy hard, and Russia said the Kremlin would respond."
    assert mention_at(run_actors(text), text, "U.S.")


def test_a_state_before_its_policy_is_a_topic(run_actors: Run) -> None:
    text = "The senator criticized U.S. foreign policy, and she said Iran had cheated."
    ex = run_actors(text)
    assert not mention_at(ex, text, "U.S.")
    assert mention_at(ex, text, "Iran")


def test_a_faith_or_people_adjective_is_no_mention(run_actors: Run) -> None:
    text = "Dana Whitcomb said the baker is Hispanic. The senator spoke at a Christian convention."
    ex = run_actors(text)
    assert not mention_at(ex, text, "Hispanic")
    assert not mention_at(ex, text, "Christian")


def test_a_faith_or_people_plural_that_acts_keeps_its_mention(run_actors: Run) -> None:
    text = "Muslims in the city protested on Friday. The Chinese have built three airstrips."
    ex = run_actors(text)
    assert mention_at(ex, text, "Muslims")
    assert mention_at(ex, text, "Chinese")


def test_counted_party_members_are_no_mention_of_the_party(run_actors: Run) -> None:
    text = "Two Democrats are poised to advance in the Senate race, the poll found."
    assert not mention_at(run_actors(text), text, "Democrats")
    text = "A dozen Republicans who hope to be president met in Iowa on Monday."
    assert not mention_at(run_actors(text), text, "Republicans")
    text = "Some Republicans criticized the plan, and Democrats blocked it."
    ex = run_actors(text)
    assert mention_at(ex, text, "Democrats")


def test_a_town_after_on_is_where(run_actors: Run) -> None:
    text = (
        "The senator vacationed on Long Island in August, and her rival focused heavily on "
        "Nevada, where the drought had a big effect on Reno."
    )
    ex = run_actors(text)
    assert not mention_at(ex, text, "Long Island")
    assert not mention_at(ex, text, "Nevada")
    assert mention_at(ex, text, "Reno")  # an effect on a town is on it


def test_a_town_asked_or_taxed_after_on_keeps_its_mention(run_actors: Run) -> None:
    text = "The governor called on Tulsa to repave its roads."
    assert mention_at(run_actors(text), text, "Tulsa")
    text = "The state imposed a new levy on Fresno last spring."
    assert mention_at(run_actors(text), text, "Fresno")


def test_a_country_named_only_by_its_adjective_stays_an_actor(run_actors: Run) -> None:
    # no mention, but the state is the agent by clear reference (the session-14 ruling)
    text = "Bolivian raids on the border towns alarmed the farmers."
    ex = run_actors(text)
    assert not mention_at(ex, text, "Bolivian")
    bolivia = [a for a in ex.actors if a.name == "Bolivia"]
    assert bolivia and bolivia[0].mentions == [] and "Bolivian" in bolivia[0].aliases
    text = "Peruvian and Chilean mediators met the farmers on Monday."
    ex = run_actors(text)
    assert not mention_at(ex, text, "Chilean")
    assert "Chile" in [a.name for a in ex.actors]
