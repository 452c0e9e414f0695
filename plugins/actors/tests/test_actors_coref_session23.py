"""Session 23: a clear leader by weight loses a he/she to a person of that gender named after
it, in a nearer sentence, when the leader was last referred to one or two sentences back.
Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

_LEAD = "Tom Reed won the vote in Ohio. Reed thanked his staff and said his plan had worked. "


def _mentions(extraction: Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_a_person_named_in_the_pronouns_own_sentence_takes_it(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        _LEAD + "Reed said the race was over. "
        "The hardest blow fell on Paul Dunn, who now faces a loss in his own state."
    )
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn", "his"]
    assert _mentions(out, "Tom Reed") == ["Tom Reed", "Reed", "his", "his", "Reed"]


def test_a_person_named_in_the_sentence_between_takes_it(
    run: Callable[[str], Extraction],
) -> None:
    out = run(_LEAD + "The mood was grim for Paul Dunn. Rivals doubted his chances after the vote.")
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn", "his"]


def test_the_agent_of_a_passive_does_not_take_it(
    run: Callable[[str], Extraction],
) -> None:
    # the one pressed is the one the sentence is about: the leader keeps "he" and "his"
    out = run(
        _LEAD + "Reed met donors in Dayton on Monday. "
        "When pressed by Paul Dunn about how he would pay for the plan, his answer was vague."
    )
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn"]
    assert _mentions(out, "Tom Reed")[-2:] == ["he", "his"]


def test_a_runner_up_whose_name_says_no_gender_does_not_take_it(
    run: Callable[[str], Extraction],
) -> None:
    # "Zorvan" is no listed given name: only the "his" after it would say he is a man
    out = run(
        _LEAD + "The mood was grim for Zorvan Quill. Rivals doubted his chances after the vote."
    )
    assert _mentions(out, "Zorvan Quill") == ["Zorvan Quill"]
    assert _mentions(out, "Tom Reed")[-1] == "his"


def test_a_sayer_named_after_the_reported_words_is_not_their_he(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "Paul Dunn met voters in Ohio on Monday. He could win the state in the fall, Tom Reed said."
    )
    assert _mentions(out, "Paul Dunn") == ["Paul Dunn", "He"]
    assert _mentions(out, "Tom Reed") == ["Tom Reed"]


def test_a_sayer_named_before_the_reported_words_keeps_their_he(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "Paul Dunn met voters in Ohio on Monday. Tom Reed said he could win the state in the fall."
    )
    assert _mentions(out, "Tom Reed") == ["Tom Reed", "he"]
