"""Session 22: salience fades faster with distance, so a he/she after a sentence that names a
new person goes to that person, not to one named more often two sentences earlier.
Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction


def _mentions(extraction: Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_the_person_named_last_outweighs_an_earlier_subject(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "Tom Reed won the vote in Ohio. Reed thanked his staff. "
        "Voters in Ohio had rejected Paul Dunn. He said the race would go on."
    )
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn", "He"]
    assert _mentions(out, "Tom Reed") == ["Tom Reed", "Reed", "his"]


def test_an_object_named_last_takes_both_pronouns_of_the_next_sentence(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "Tom Reed won the vote in Ohio. Reed thanked his staff. Reed later met donors in Dayton. "
        "A loss would hurt Paul Dunn badly. While he was ahead, he said the race would go on."
    )
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn", "he", "he"]


def test_a_subject_named_in_the_sentence_before_keeps_the_pronoun(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "Paul Dunn lost the vote in Ohio. Tom Reed praised the result. He said the count was fair."
    )
    assert _mentions(out, "Tom Reed") == ["Tom Reed", "He"]


_INTERVIEW = (
    "Actress Jane Doe has written a memoir about her family. Answers have been trimmed "
    "for space.\n\n"
    "Q: You start your book in 1998. What did you see?\n\n"
    "A: I walked home from practice and my brother was waiting.\n\n"
    "QWhy did you write it now?\n\n"
    "A: Because I wanted to tell it myself."
)


def test_an_interview_s_answers_are_the_guest_s_first_person(
    run: Callable[[str], Extraction],
) -> None:
    out = run(_INTERVIEW)
    said = _mentions(out, "Jane Doe")
    assert said.count("I") == 2
    assert "my" in said


def test_an_interview_s_questions_say_you_to_the_guest(run: Callable[[str], Extraction]) -> None:
    out = run(_INTERVIEW)
    said = _mentions(out, "Jane Doe")
    assert said.count("You") + said.count("you") == 3
    assert "your" in said


def test_one_question_makes_no_interview(run: Callable[[str], Extraction]) -> None:
    out = run(
        "Jane Doe has written a memoir.\n\nQ: Why would anyone read it?\n\n"
        "A: I would not know, and you should ask someone else."
    )
    assert _mentions(out, "Jane Doe") == ["Jane Doe"]


def test_an_introduction_naming_two_people_alike_names_no_guest(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "Jane Doe and Mark Hill have written a book.\n\n"
        "Q: What did you find?\n\nA: I found letters.\n\n"
        "Q: Where were you?\n\nA: I was in Ohio."
    )
    assert _mentions(out, "Jane Doe") == ["Jane Doe"]
    assert _mentions(out, "Mark Hill") == ["Mark Hill"]
