"""Session 23, ACCUSE recall: displeasure someone's act causes, controversies about someone,
criticism of a whole class of people (made-up sentences; the learned role scorer is off
except where its handling of a controversy's null agent is tested)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import newsextract
from newsextract import Extraction

from .events_helpers import WEDNESDAY, name, only, typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tom Reed spoke in Ohio on Monday. His remarks angered Senator Jane Holt.", "angered"),
        ("Senator Jane Holt was infuriated by Tom Reed on Monday.", "infuriated"),
        ("Senator Jane Holt, angered that Tom Reed skipped the vote, left early.", "angered"),
    ],
)
def test_the_one_displeased_criticises_what_displeased_them(
    run_events: Run, text: str, trigger: str
) -> None:
    """A verb of displeasure is ACCUSE from the one displeased toward whoever (or whose act)
    displeased them (the "angered"/"upset" rulings of rounds 15 and 20): the object or a
    passive's subject is the agent, the subject, "by"-agent or "that"-clause subject the
    target."""
    x = run_events(text)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Reed"


def test_the_offender_offends(run_events: Run) -> None:
    """ "offend" keeps its subject as agent, as "insult" does (the offender criticises)."""
    x = run_events("Tom Reed has offended Senator Jane Holt.")
    event = only(x, "ACCUSE", "offended")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Jane Holt"


def test_displeasure_at_no_one_is_no_criticism(run_events: Run) -> None:
    """What displeased must be an actor or an actor's act: weather angers no one named."""
    x = run_events("The storm angered the farmers in the valley.")
    assert not typed(x, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed stirred controversy with his remarks on Monday.",
        "The controversy over Tom Reed's remarks grew on Monday.",
        "The controversy surrounding Tom Reed's remarks grew on Monday.",
    ],
)
def test_a_controversy_criticises_the_one_it_is_about(run_events: Run, text: str) -> None:
    """A controversy about someone is ACCUSE by no one named toward them (the stance-noun
    readings of the later rounds): whoever stirs it, or owns what it is over, is the target."""
    x = run_events(text)
    event = only(x, "ACCUSE", "controversy")
    assert name(x, event, "agent") is None
    assert name(x, event, "target") == "Tom Reed"


def test_a_controversy_about_nothing_owned_is_no_event(run_events: Run) -> None:
    x = run_events("The controversy over the tax grew on Monday.")
    assert not typed(x, "ACCUSE")


def test_the_learned_scorer_leaves_a_controversy_without_agent(nlp: Any) -> None:
    """The scorer, trained before these rulings, would give the controversy the nearest actor
    as agent; its null agent is meant (``learned_roles.NULL_AGENT_MODES``)."""
    pipeline = newsextract.Pipeline(
        nlp=nlp, enable=["actors", "events"], settings={"events": {"learned_roles": "fill"}}
    )
    x = pipeline.extract(
        "Senator Jane Holt discussed the Tom Reed controversy with reporters on Monday.",
        published=WEDNESDAY,
    )
    event = only(x, "ACCUSE", "controversy")
    assert name(x, event, "agent") is None
    assert name(x, event, "target") == "Tom Reed"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed attacked illegal immigrants in his speech on Monday.",
        "Tom Reed denounced Muslims in his speech on Monday.",
    ],
)
def test_criticism_of_a_whole_class_keeps_no_target(run_events: Run, text: str) -> None:
    """The guidelines make generic classes no actors (rulings of rounds 6 and 9): criticism of
    a bare class of people has a null target, like a ban on one."""
    x = run_events(text)
    (event,) = [e for e in x.events if e.type == "ACCUSE"]
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is None


def test_criticism_of_a_bounded_group_keeps_its_target(run_events: Run) -> None:
    x = run_events("Tom Reed attacked the two senators from Ohio on Monday.")
    (event,) = [e for e in x.events if e.type == "ACCUSE"]
    assert name(x, event, "target") is not None
