"""Review mends, session 18 (S18M1): a far "he" past an unnamed person, a named
sister is not the wife, a campaign that speaks is an actor.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of, mention_at

# -- a far "he" does not jump past an unnamed person to the only named man ---------------------

_ASIDE = (
    "Senator Jane Miller spoke in Texas. Mrs. Miller praised the new bridge. "
    "Mrs. Miller said the state would grow. Mrs. Miller thanked the workers. "
    "Mrs. Miller left early. "
)


def test_a_far_he_after_an_unnamed_pastor_is_not_the_only_man(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peter Hale held a rally in Dayton on Monday. "
        + _ASIDE
        + "A local pastor opened the event. He prayed for the country."
    )
    assert actor_of(run_actors(text), text, "He prayed") != "Peter Hale"


def test_a_far_he_after_an_unnamed_electrician_is_not_the_only_man(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peter Hale held a rally in Dayton on Monday. "
        + _ASIDE
        + "A retired electrician from Akron said he was still undecided."
    )
    assert actor_of(run_actors(text), text, "he was") != "Peter Hale"


def test_a_far_he_after_a_pastor_named_in_apposition_reaches_no_one_else(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peter Hale held a rally in Dayton on Monday. "
        + _ASIDE
        + "Tom Ruiz, a local pastor, opened the event. He prayed for the country."
    )
    assert actor_of(run_actors(text), text, "He prayed") in {"Tom Ruiz", None}


def test_a_far_he_after_no_person_still_reaches_the_only_man(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peter Hale held a rally in Dayton on Monday. "
        + _ASIDE
        + "The crowd cheered loudly at the end. Later that evening, he spoke about taxes."
    )
    assert actor_of(run_actors(text), text, "he spoke") == "Peter Hale"


# -- a named relative is not another relative ---------------------------------------------------


def test_his_sister_named_is_not_his_wife(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "John Varga and Mary Varga, his sister, run the family bakery. "
        "His wife said the shop was busy."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "wife") != "Mary Varga"


def test_his_mother_named_is_not_his_wife(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "John Varga and Mary Varga, his mother, run the family bakery. "
        "His wife said the shop was busy."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "wife") != "Mary Varga"


def test_his_daughter_named_is_not_his_wife(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "John Varga and Mary Varga, his daughter, run the family bakery. "
        "His wife said the shop was busy."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "wife") != "Mary Varga"


def test_her_brother_named_is_not_her_husband(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Varga and Tom Varga, her brother, run the family bakery. "
        "Her husband said the shop was busy."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "husband") != "Tom Varga"


def test_his_wife_still_is_the_one_woman_of_his_family(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Omar Nadir spoke at the fair. Leila Nadir stood beside him. Nadir and his wife left."
    assert actor_of(run_actors(text), text, "wife") == "Leila Nadir"


# -- a campaign that speaks or acts is an actor --------------------------------------------------


def test_her_campaign_for_governor_that_said_is_an_actor(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Laura Kemp is running hard. "
        "Her campaign for governor said on Tuesday that it raised $2 million."
    )
    ex = run_actors(text)
    campaign = actor_of(ex, text, "campaign")
    assert campaign is not None
    assert actor_of(ex, text, "it raised") == campaign


def test_a_campaign_for_governor_that_is_over_is_no_actor(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Laura Kemp is running hard. Her campaign for governor is over, she said."
    assert actor_of(run_actors(text), text, "campaign") is None


def test_a_campaign_for_governor_as_an_object_is_no_actor(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Laura Kemp launched her campaign for governor on Tuesday."
    ex = run_actors(text)
    assert not mention_at(ex, text, "her campaign for governor")


def test_a_campaign_for_the_nomination_that_turned_nasty_is_no_actor(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Laura Kemp spoke in Ohio. The campaign for the Democratic nomination "
        "has turned increasingly nasty."
    )
    assert actor_of(run_actors(text), text, "campaign") is None
