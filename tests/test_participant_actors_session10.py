"""Participants the refine step makes no actor of (session 10, participant_actors.py), on
made-up sentences: a kind or someone no one has in mind is not an actor, someone in
particular still is."""

from __future__ import annotations

import pytest
from newsextract_events.participant_actors import names_new_actor

from newsextract.people_nouns import ACTING_GROUP_NOUNS, ACTOR_NOUNS


def _phrase(nlp, sentence: str, words: str):  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    start = sentence.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # "either" and "neither" pick no one in particular, like "any"
        ("The union refused to support either candidate in the race.", "either candidate"),
        ("The council said it would back neither candidate this year.", "neither candidate"),
        # bare "people" and "women": people in general
        ("The mayor went after people who park on the sidewalk.", "people"),
        ("The governor thanked women for their work on Monday.", "women"),
        # an indefinite singular that is what someone is, or what someone is after
        ("The senator said Ms. Lane is a woman of great courage.", "a woman"),
        ("Democrats called for a special prosecutor on Tuesday.", "a special prosecutor"),
    ],
)
def test_no_one_in_particular_is_no_new_actor(nlp, sentence: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert not names_new_actor(_phrase(nlp, sentence, words))


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # someone in particular, though a noun names them
        ("A federal judge blocked the order on Friday.", "A federal judge"),
        ("The mayor met the people of the valley on Monday.", "the people"),
        ("Five people sued the company last week.", "Five people"),
        ("The council gave money to a super PAC last month.", "a super PAC"),
    ],
)
def test_someone_in_particular_is_a_new_actor(nlp, sentence: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert names_new_actor(_phrase(nlp, sentence, words))


def test_activists_are_no_acting_group() -> None:
    """Bare "activists" names a class; as participants activists are still actors."""
    assert "activists" not in ACTING_GROUP_NOUNS
    assert "activists" in ACTOR_NOUNS
    assert "police" in ACTING_GROUP_NOUNS
