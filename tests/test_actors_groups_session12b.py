"""Session 12, second wave: a candidate's super PAC as his unit, on made-up sentences."""

from __future__ import annotations


def _actor_of(ex, text: str):  # type: ignore[no-untyped-def]
    return next((a for a in ex.actors if any(m.text == text for m in a.mentions)), None)


def test_a_possessed_super_pac_is_the_candidates_unit(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ned Corvin toured Iowa on Monday. His super PAC remains well funded. "
        "The super PAC has already spent $2 million on ads."
    )
    pac = _actor_of(ex, "super PAC")
    assert pac is not None and pac.type == "organization"
    assert sum(m.text == "super PAC" for m in pac.mentions) == 2
    assert _actor_of(ex, "His") is not pac  # the possessive stays the candidate's


def test_a_name_before_super_pac_is_the_units_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jeb Bush spoke in Ohio. A spokesman for the Bush super PAC said the race was close."
    )
    pac = _actor_of(ex, "Bush super PAC")
    assert pac is not None and pac.type == "organization"
    assert _actor_of(ex, "Bush") is None  # the name is the unit's, not a mention of the man


def test_a_named_super_pac_in_apposition_is_one_organisation(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Mayor Tom Welk spent heavily. Welk's super PAC, Better Future Fund, has run ads since May."
    )
    pac = _actor_of(ex, "super PAC")
    assert pac is not None and any(m.text == "Better Future Fund" for m in pac.mentions)


def test_no_super_pac_without_an_owner_or_a_named_one(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ned Corvin toured Iowa on Monday. The Rising Tide super PAC is doing no such work. "
        "The super PAC laws are lax."
    )
    texts = {m.text for a in ex.actors for m in a.mentions}
    assert "super PAC" not in texts


def test_the_establishment_is_a_class_bare_or_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    # session 12 made it a group; the rulings of rounds 14 and 17 read it as a class (session 23)
    ex = run_actors(
        "Can the GOP establishment stop Sen. Tod Brant? Brant is the most disliked by the "
        "establishment. Rejection of the establishment could end the story."
    )
    assert _actor_of(ex, "GOP establishment") is None
    assert _actor_of(ex, "establishment") is None


def test_a_qualified_collective_is_its_own_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Judge Ann Pell had the firm support of the conservative movement. Her win will shock "
        "the political establishment and the financial elite."
    )
    texts = {m.text for a in ex.actors if a.type == "group" for m in a.mentions}
    assert {"conservative movement", "financial elite"} <= texts
    assert "political establishment" not in texts  # a class (rounds 14 and 17, session 23)


def test_someones_movement_is_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("Sen. Ray Dunn spoke in Iowa. The press is opposed to our movement, Dunn said.")
    movement = _actor_of(ex, "movement")
    assert movement is not None and movement.type == "group"


def test_collectives_as_acts_causes_or_indefinites_are_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno. She backed the establishment of a new fund. The movement "
        "of troops went on during the civil rights movement. She joined a movement. "
        "Establishment candidates lost."
    )
    texts = {m.text for a in ex.actors for m in a.mentions}
    assert not texts & {"establishment", "movement", "civil rights movement", "Establishment"}


def test_two_peoples_movements_are_not_one_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    # "his" is resolved only later: the same spelling of two possessors is no evidence
    ex = run_actors(
        "Donald Trump spoke to his movement. Bernie Sanders said his movement would continue."
    )
    holders = [a for a in ex.actors if any(m.text == "movement" for m in a.mentions)]
    assert holders and all(sum(m.text == "movement" for m in a.mentions) == 1 for a in holders)
