"""Which stretches are mentions: demonyms, places used as locations (made-up sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

Run = Callable[[str], Extraction]


def mention_texts(extraction: Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in extraction.actors}


def test_demonym_for_the_government_covers_the_head(run: Run) -> None:
    found = mention_texts(run("Mexico protested. The Mexican government said it was surprised."))
    assert "Mexican government" in found["Mexico"]
    assert "Mexican" not in found["Mexico"]


def test_descriptive_demonym_is_no_mention(run: Run) -> None:
    found = mention_texts(run("Mexico said Mexican trucks were stopped at the border."))
    assert found["Mexico"] == ["Mexico"]


def test_demonym_of_forces_stays(run: Run) -> None:
    found = mention_texts(run("Ukraine said Russian troops shelled the town."))
    assert found["Russia"] == ["Russian"]


def test_country_named_only_by_adjective_keeps_it(run: Run) -> None:
    found = mention_texts(run("German Chancellor Olaf Scholz arrived on Monday."))
    assert found["Germany"] == ["German"]


def test_plural_demonym_is_a_group(run: Run) -> None:
    result = run("Many Americans worried about the vote, the poll found.")
    groups = [a for a in result.actors if a.type == "group"]
    assert [m.text for a in groups for m in a.mentions] == ["Americans"]


def test_place_only_as_location_is_no_mention(run: Run) -> None:
    found = mention_texts(
        run("Shootings rose in Chicago this year. Chicago sued the gun makers on Friday.")
    )
    assert found["Chicago"] == ["Chicago"]
    # a place named only as a location keeps its mentions rather than vanish
    assert mention_texts(run("Police in Chicago arrested two men."))["Chicago"] == ["Chicago"]


def test_party_adjective_before_a_thing_is_no_mention(run: Run) -> None:
    found = mention_texts(
        run("Republicans met on Monday. Critics said the Republican tax plan would fail.")
    )
    assert found["Republican Party"] == ["Republicans"]
