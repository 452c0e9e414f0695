"""Session 21: "many Democrats", "several Democrats", "his fellow Republicans" pick some
members of a party, as "other Republicans" does: no mention of the party. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction


def _names(extraction: Extraction) -> list[str]:
    return [a.name for a in extraction.actors]


def test_many_members_are_not_the_party(run: Callable[[str], Extraction]) -> None:
    out = run("Many Democrats criticized the plan on Monday, and the Republican Party praised it.")
    assert "Democratic Party" not in _names(out)


def test_several_members_are_not_the_party(run: Callable[[str], Extraction]) -> None:
    out = run("Several Democrats voted against the bill, which the Republican Party wrote.")
    assert "Democratic Party" not in _names(out)


def test_fellow_members_are_not_the_party(run: Callable[[str], Extraction]) -> None:
    out = run(
        "Senator Tom Hale urged his fellow Republicans to back the bill. "
        "The Democratic Party opposed it."
    )
    assert "Republican Party" not in _names(out)


def test_the_bare_plural_stays_the_party(run: Callable[[str], Extraction]) -> None:
    out = run("Democrats criticized the plan on Monday, and the Republican Party praised it.")
    party = next(a for a in out.actors if a.name == "Democratic Party")
    assert [m.text for m in party.mentions] == ["Democrats"]
