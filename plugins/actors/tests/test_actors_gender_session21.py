"""Session 21: common given names say a person's gender, so a he/she goes to the one it fits
and not to a person whose unlisted name left the gender open. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract_actors import names

from newsextract import Extraction


def _mentions(extraction: Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_common_given_names_have_a_gender() -> None:
    assert names.gender_of_forename("Maureen") == "f"
    assert names.gender_of_forename("Wendy") == "f"
    assert names.gender_of_forename("Corey") == "m"
    assert names.gender_of_forename("Vladimir") == "m"


def test_a_woman_named_first_takes_her(run: Callable[[str], Extraction]) -> None:
    out = run(
        "Wendy Carver spoke after Gary Hughes at the rally. Hughes thanked her for her support."
    )
    assert _mentions(out, "Wendy Carver") == ["Wendy Carver", "her", "her"]


def test_his_is_not_a_woman_whose_name_said_nothing(run: Callable[[str], Extraction]) -> None:
    out = run(
        "Corey Dalton spoke after Maureen Quinn at the rally. Quinn thanked him for his help."
    )
    assert _mentions(out, "Corey Dalton") == ["Corey Dalton", "him", "his"]
    assert _mentions(out, "Maureen Quinn") == ["Maureen Quinn", "Quinn"]
