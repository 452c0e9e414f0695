"""Session 24, ACCUSE recall and precision: doubt cast on someone ("called into question"),
more verbs of displeasure, pouncing on someone's words ("seized on"), and running against
someone for office, which is no event (made-up sentences; the learned role scorer is off)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only, typed

Run = Callable[..., Extraction]


def test_calling_someones_judgment_into_question_criticises_them(run_events: Run) -> None:
    """Casting doubt on someone's quality is criticism of its owner (rounds 13 and 17:
    "raise questions over X", "questioned Pence about that position")."""
    x = run_events("Mary Walsh called into question Tom Reed's leadership on Tuesday.")
    event = only(x, "ACCUSE", "called")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_a_judgment_called_into_doubt_names_its_owner(run_events: Run) -> None:
    """The passive keeps the questioned thing's owner as target, with no one questioning."""
    x = run_events("Tom Reed's judgment has been called into doubt.")
    event = only(x, "ACCUSE", "called")
    assert name(x, event, "agent") is None
    assert name(x, event, "target") == "Tom Reed"


def test_a_call_into_a_room_is_no_criticism(run_events: Run) -> None:
    """Only a question or a doubt is cast: "called into the meeting" names no criticism."""
    x = run_events("Mary Walsh called Tom Reed into the meeting on Tuesday.")
    assert not typed(x, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt was troubled by Tom Reed's handling of the budget.", "troubled"),
        ("Tom Reed's remarks frustrated Senator Jane Holt on Monday.", "frustrated"),
        ("Senator Jane Holt was disturbed by Tom Reed's comments.", "disturbed"),
    ],
)
def test_more_verbs_of_displeasure(run_events: Run, text: str, trigger: str) -> None:
    """Troubled, frustrated, disturbed, distressed, alarmed: displeasure someone's act causes is
    ACCUSE from the displeased (rulings of rounds 15 and 20), read like "angered"."""
    x = run_events(text)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Reed"


def test_seizing_on_someones_words_attacks_them(run_events: Run) -> None:
    """Pouncing on what someone said is criticism of its owner (rounds 17-21), not a seizure."""
    x = run_events("Mary Walsh seized on Tom Reed's remarks about the budget.")
    event = only(x, "ACCUSE", "seized")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"
    assert not typed(x, "COERCE")


def test_seizing_on_a_remark_is_no_seizure(run_events: Run) -> None:
    """Session 1's reading stands (no COERCE); an actor pouncing on words no owner is named for
    is an attack with no target, like criticism of a thing (``extract._acting_on_unnamed``)."""
    x = run_events("Democrats seized upon the remark within hours.")
    assert not typed(x, "COERCE")
    assert typed(x, "ACCUSE") == [("seized", "Democratic Party", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Mary Walsh is challenging Tom Reed for his Senate seat.",
        "Mary Walsh, who is challenging Sen. Tom Reed, spoke in Dayton.",
        "Mary Walsh hopes to take on Tom Reed in the general election.",
    ],
)
def test_running_against_someone_for_office_is_no_event(run_events: Run, text: str) -> None:
    """Electoral competition is no event (rulings of rounds 16 and 17): a seat or a race
    sought, or an office holder challenged by title in an ongoing campaign."""
    x = run_events(text)
    assert not typed(x, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Mary Walsh challenged Tom Reed on immigration at the debate.", "challenged"),
        ("Mary Walsh took on Tom Reed at the debate on Tuesday.", "took"),
    ],
)
def test_taking_someone_on_in_words_stays_criticism(
    run_events: Run, text: str, trigger: str
) -> None:
    """With no seat, race or office holder's title, challenging or taking someone on is an
    attack in words, as before."""
    x = run_events(text)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"
