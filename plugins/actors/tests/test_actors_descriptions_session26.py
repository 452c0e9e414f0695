"""A race role told of the article's main person, session 26 (descriptions._told_of), on
made-up sentences.

"the candidate promised", "the candidate's plan" with no one named in that sentence or the one
before is the person the article is about (rounds 19-23 mark every such role), while a question
or a condition ("Can the candidate win ...?", "If the candidate is X") is anyone who holds it.
"""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

Run = Callable[[str], Extraction]

ARTICLE = (
    "Paula Rendell toured Ohio on Monday. Rendell spoke to farmers in Dayton. Rendell promised"
    " new roads, and Rendell drew a large crowd.\n\nThe rally was loud. Officials counted the"
    " votes later.\n\n"
)


def mentions_of(extraction: Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_the_candidate_who_acts_is_the_main_person(run: Run) -> None:
    extraction = run(ARTICLE + "The candidate promised to visit every county by spring.")
    assert "candidate" in mentions_of(extraction, "Paula Rendell")


def test_a_question_about_the_candidate_is_anyone(run: Run) -> None:
    extraction = run(ARTICLE + "Can the candidate raise enough money? Voters will decide.")
    found = [m.text for a in extraction.actors for m in a.mentions]
    assert "candidate" not in found
