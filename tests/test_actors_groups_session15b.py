"""Session 15: unnamed groups a later plural pronoun needs, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder


def _texts(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.text for a in ex.actors for m in a.mentions}


def _mentions_of(ex, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    actor = holder(ex, text)
    return [] if actor is None else [m.text for m in actor.mentions]


def test_counted_people_who_say_they_are_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "The union held its vote in Dayton last week. In the survey, 2,310 plumbers said they "
        "would back Gov. Ann Hale for a second term."
    )
    assert "they" in _mentions_of(ex, "2,310 plumbers")


def test_definite_people_who_say_they_are_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale lost the primary in March. The strategists told donors that they "
        "had expected a closer race."
    )
    assert "they" in _mentions_of(ex, "strategists")


def test_definite_people_acting_on_their_own_things_are_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale's budget closed the office in May. The volunteers packed their files and "
        "left the building."
    )
    assert "their" in _mentions_of(ex, "volunteers")


def test_bare_or_quantified_plurals_stay_a_class(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Economists say they expect slower growth. "
        "Many plumbers said they would strike."
    )
    assert not {"Economists", "plumbers"} & _texts(ex)


def test_a_share_of_those_polled_is_no_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale leads the race in Ohio. Seven of 10 plumbers said they would vote for her."
    )
    assert "10 plumbers" not in _texts(ex) and "plumbers" not in _texts(ex)


def test_a_pair_of_people_is_no_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale won the debate in Ohio. The two young strategists said they had "
        "written the speech."
    )
    assert not any("strategists" in t for t in _texts(ex))


def test_people_who_only_speak_of_their_own_in_a_relative_clause_are_no_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale toured the plant in Ohio. The volunteers who lost their jobs were at the "
        "rally."
    )
    assert "volunteers" not in _texts(ex)
