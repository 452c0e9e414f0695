"""The actors plugin's pronouns, session 11 (second wave): "they" for a body named as a subject.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner


def test_they_in_a_quotation_is_the_body_its_speaker_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“Reuters has done a poor job this year,” Tom Ruiz said. "
        "“They have chased ratings all along.”"
    )
    assert owner(run_actors(text), text, "They have") == "Reuters"


def test_their_after_a_body_subject_is_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday, the Norland Council has sent the mayor their answer to the request."
    assert owner(run_actors(text), text, "their answer") == "Norland Council"


def test_they_after_two_bodies_stays_unresolved(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Mexico must explain to Canada how much the treaty is worth. They signed it in 1990."
    assert owner(run_actors(text), text, "They signed") is None


def test_they_after_people_acting_is_no_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "After the Norland Council voted, Mayor Tom Ruiz toured the port with Dan Ford. "
        "They shook hands at the dock."
    )
    assert owner(run_actors(text), text, "They shook") is None


def test_a_speakers_they_is_not_the_body_of_the_narrative(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "The Norland Council met on Monday.\n“They have to choose between rent and food.”"
    assert owner(run_actors(text), text, "They have") is None
