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
