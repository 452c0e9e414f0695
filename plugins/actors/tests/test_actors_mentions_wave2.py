"""Mentions of session 7's second wave: a possessor's country. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

Run = Callable[[str], Extraction]


def spans_of(extraction: Extraction, name: str) -> list[str]:
    actor = next((a for a in extraction.actors if a.name == name), None)
    return [m.text for m in actor.mentions] if actor is not None else []


def test_possessed_country_is_the_state_apart_from_the_possessive(run: Run) -> None:
    ex = run(
        "Canada voted on Monday. Canadians say they love their country, Jane Roe said. "
        "Canada will vote again in June."
    )
    found = spans_of(ex, "Canada")
    assert "country" in found
    assert "their country" not in found


def test_first_person_country_is_the_speakers(run: Run) -> None:
    ex = run("Canada raised taxes on Monday. “Our country must respond,” the senator said.")
    assert "country" not in spans_of(ex, "Canada")


def test_possessed_government_is_no_state(run: Run) -> None:
    ex = run("France raised taxes. Jean Roe said his government would fall.")
    assert "government" not in spans_of(ex, "France")


def test_possessed_campaign_keeps_its_modifiers(run: Run) -> None:
    ex = run(
        "Jane Roe spoke on Monday. Aides to Roe's presidential campaign said it would fight. "
        "Roe's 2008 campaign was smaller."
    )
    found = [m.text for a in ex.actors for m in a.mentions]
    assert "presidential campaign" in found
    assert "2008 campaign" in found
    assert "Roe's presidential campaign" not in found
