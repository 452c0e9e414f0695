"""Session 14: descriptions and groups, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder


def _texts(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.text for a in ex.actors for m in a.mentions}


def test_our_country_with_no_country_named_is_a_country_actor(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Ann Hale spoke in Reno on Monday. “We must protect our country from these "
        "threats,” Hale said."
    )
    actor = holder(ex, "country")
    assert actor is not None and actor.type == "country"


def test_our_country_as_a_place_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Ann Hale spoke in Reno on Monday. “How many times must this happen in our "
        "country?” Hale said."
    )
    assert "country" not in _texts(ex)


def test_our_country_is_the_united_states_when_no_country_leads(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Japan rejected the trade deal on Monday. America must lead on trade, Sen. Ann Hale "
        "said, and America's workers deserve better. “Tariffs hurt our country,” Hale told "
        "reporters."
    )
    actor = holder(ex, "country")
    assert actor is not None and any(m.text == "America" for m in actor.mentions)


def test_our_country_in_an_article_about_another_state_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Mexico rejected the plan on Monday. Mexico said it would not pay for any wall. "
        "“This is an insult to our country,” a Mexican minister said."
    )
    actor = holder(ex, "country")
    assert actor is None or not any(m.text == "United States" for m in actor.mentions)


def test_our_country_of_a_foreign_official_is_not_the_united_states(run_actors) -> None:  # type: ignore[no-untyped-def]
    # the United States is named, but no more often than Mexico: the speaker may be Mexican
    ex = run_actors(
        "Mexico rejected the plan on Monday. “This is an insult to our country,” a Mexican "
        "minister said. The United States did not comment."
    )
    us = next(a for a in ex.actors if any(m.text == "United States" for m in a.mentions))
    assert "country" not in [m.text for m in us.mentions]
