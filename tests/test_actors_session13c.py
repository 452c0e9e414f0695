"""The actors plugin's third pass of session 13: a person's campaign called "they".

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

_OPENING = "Governor Ann Miller of Utah is running for president. "


def test_they_reported_by_the_campaign_is_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "The Miller campaign says they are too busy to visit Ohio this month."
    assert owner(run_actors(text), text, "they are") == "Miller campaign"


def test_they_after_a_possessive_campaign_subject_is_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Miller's campaign wanted the endorsement because they are hoping it helps."
    assert owner(run_actors(text), text, "they are") == "Miller campaign"


def test_they_of_the_campaign_in_the_next_sentence(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _OPENING
        + "The Miller campaign attacked the senator again. They should apologize, she said."
    )
    assert owner(run_actors(text), text, "They should") == "Miller campaign"


def test_people_told_by_the_campaign_keep_their_they(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "The Miller campaign told the volunteers that they would be paid."
    assert owner(run_actors(text), text, "they would") != "Miller campaign"


def test_a_campaign_as_object_is_no_antecedent(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Voters in Utah praised the Miller campaign because they liked the ads."
    assert owner(run_actors(text), text, "they liked") != "Miller campaign"


def test_them_is_never_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "The Miller campaign drafted new ads and will air them in Ohio."
    assert owner(run_actors(text), text, "them in") != "Miller campaign"


def test_a_group_between_keeps_the_pronoun_from_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "The Miller campaign relies on local mayors. They include Bob Hart."
    assert owner(run_actors(text), text, "They include") != "Miller campaign"
