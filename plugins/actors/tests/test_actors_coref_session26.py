"""Session 26: he/she bound by the subject of its own clause past that subject's relative clause,
by a sayer whose name gives no gender, and by the subject after an opening phrase. Made-up
sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

_LEAD = "Tom Reed won the vote in Ohio. Reed thanked his staff and said his plan had worked. "


def _mentions(extraction: Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_a_rival_inside_the_subjects_relative_clause_does_not_block_it(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "Tom Reed leads the polls in Ohio. Reed thanked his staff. "
        "Paul Dunn, who trails Reed in Dayton, may be taking much of his support from the mayor."
    )
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn", "his"]


def test_a_rival_between_the_relative_clause_and_the_pronoun_still_blocks_it(
    run: Callable[[str], Extraction],
) -> None:
    # the object named inside the pronoun's own relative clause stays a rival
    out = run(_LEAD + "Paul Dunn, who is challenging Reed for his seat, spoke in Dayton.")
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn"]


def test_a_sayer_whose_name_says_no_gender_says_he(
    run: Callable[[str], Extraction],
) -> None:
    # "Zorvan" is no listed given name: the sayer of "he" is still the one the clause names
    out = run(_LEAD + "And Sen. Zorvan Quill, another incumbent, said he had not called Reed.")
    assert _mentions(out, "Zorvan Quill") == ["Zorvan Quill", "he"]


def test_an_opening_phrase_pronoun_is_the_subject_after_it(
    run: Callable[[str], Extraction],
) -> None:
    out = run(_LEAD + "During his speech on Monday, Paul Dunn said the race was not over.")
    assert _mentions(out, "Paul Dunn") == ["his", "Paul Dunn"]


def test_an_opening_clause_with_its_own_subject_keeps_it(
    run: Callable[[str], Extraction],
) -> None:
    # "When Reed defended his plan": the opening clause's subject binds its pronoun
    out = run(_LEAD + "When Reed defended his plan on Monday, Paul Dunn left the room.")
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn"]
    assert _mentions(out, "Tom Reed")[-1] == "his"
