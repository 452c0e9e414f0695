"""Mentions of session 8 (issue 4): surnames the tagger mistypes, handles, a person's
rivals and entourage with their modifiers, wire credits, a party's own possessive.
Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

Run = Callable[[str], newsextract.Extraction]


def mentions_of(extraction: newsextract.Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in extraction.actors}


def test_surname_tagged_as_verb_or_plural_is_the_person(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Jane Sanders and Donald Trump spoke in Ohio on Monday. "
            "Sanders named five people to the panel. Trump himself has failed to win."
        )
    )
    assert found["Jane Sanders"].count("Sanders") == 1
    assert found["Donald Trump"].count("Trump") == 1


def test_handle_spelling_a_name_is_that_person(run_actors: Run) -> None:
    text = (
        "Jane Roe spoke in Ohio on Monday. John Doe wrote: “Well done @JaneRoe and @someone.” "
        "Follow John Doe on Twitter @realJohnDoe."
    )
    found = mentions_of(run_actors(text))
    assert "@JaneRoe" in found["Jane Roe"]
    assert "@realJohnDoe" in found["John Doe"]
    assert "John Doe" in found["John Doe"]  # not "Follow John Doe"
    assert not any("@someone" in ms for ms in found.values())
    assert not any(m.startswith("Twitter") for ms in found.values() for m in ms)


def test_a_persons_rivals_are_one_group(run_actors: Run) -> None:
    ex = run_actors(
        "John Roe won the primary in Ohio. His rivals said the vote was unfair, "
        "and Roe's opponents asked for a recount."
    )
    groups = [a for a in ex.actors if a.type == "group"]
    assert [[m.text for m in a.mentions] for a in groups] == [["rivals", "opponents"]]


def test_entourage_keeps_the_modifier_that_says_which(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Jane Roe spoke in Ohio on Monday. Her top aides said she would run, "
            "and her many advisers agreed."
        )
    )
    flat = [m for ms in found.values() for m in ms]
    assert "top aides" in flat
    assert "advisers" in flat and "many advisers" not in flat


def test_wire_credit_in_the_dateline_is_no_mention(run_actors: Run) -> None:
    ex = run_actors(
        "Senator backs plan.\n\nSPRINGFIELD, Ill., May 4 (UPI) — Jane Roe said on Monday "
        "that the plan would pass. UPI reported that John Doe agreed."
    )
    spans = [(m.start, m.text) for a in ex.actors for m in a.mentions if m.text == "UPI"]
    assert len(spans) == 1 and spans[0][0] > ex.text.index("reported") - 5


def test_the_oval_office_is_a_room(run_actors: Run) -> None:
    found = mentions_of(
        run_actors("Jane Roe met John Doe in the Oval Office. The White House said they agreed.")
    )
    assert not any("Oval Office" in ms for ms in found.values())
    assert any("White House" in ms for ms in found.values())


def test_party_with_its_own_possessive_is_the_party(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "John Roe is a contender for the GOP’s presidential nomination, "
            "and Republicans said so on Monday."
        )
    )
    assert found["Republican Party"].count("GOP") == 1
