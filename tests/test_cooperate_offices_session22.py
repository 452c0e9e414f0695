"""Offices and professions held with no named employer, on made-up sentences (events plugin,
session 22).

Round 19 made a past office with no employer actor ("served as U.S. attorney") COOPERATE
with a null target, and round 20 did the same for a job with no employer told as an
apposition or a predicate ("a law professor"). The null target is deliberate: the learned
role scorer, which fills empty roles, leaves it empty (the event's mode is ``office``). The
negative cases are offices wished for, denied or to come, and jobs that imply an employer
the text leaves out.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsextract

from .events_helpers import assert_office_held, name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Paul Miller, a law professor, said it was bad.", "professor"),
        # a field of work is no employer: the same null target
        ("Paul Miller, a professor of economics, said it was bad.", "professor"),
        ("Paul Miller was secretary of state from 1990 to 1994.", "secretary"),
        ("Jane Doe met Paul Miller while he was secretary of state.", "secretary"),
        ("Paul Miller served as U.S. attorney from 1990 to 1995.", "served"),
        ("Paul Miller served as a senator.", "served"),
    ],
)
def test_an_office_with_no_employer_is_cooperate_with_a_null_target(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert_office_held(run_events(sentence), trigger)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the scorer would take the criticised company, the one advised or the one met
        ("Paul Miller, a law professor, criticized Acme Corporation on Monday.", "professor"),
        ("Paul Miller, a law professor who once advised Jane Doe, said it was bad.", "professor"),
        ("Jane Doe met Paul Miller while he was secretary of state.", "secretary"),
        ("Paul Miller was secretary of state when Jane Doe ran Acme Corporation.", "secretary"),
    ],
)
def test_the_role_scorer_leaves_an_office_target_null(
    pipeline: newsextract.Pipeline, sentence: str, trigger: str
) -> None:
    x = pipeline.extract(sentence, published=dt.date(2023, 3, 1))
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") is None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # an office wished for, to come or denied is no job held
        ("If Paul Miller becomes president, Jane Doe will leave.", "president"),
        ("Paul Miller wants to be president.", "president"),
        ("Paul Miller is not a lawyer.", "lawyer"),
        ("Paul Miller said he would serve as president.", "serve"),
        # a job that implies an employer the text leaves out: the gold marks the employer
        ("Paul Miller, a police spokesman, said it was bad.", "spokesman"),
        # the place an office governs: a current office, no event (rounds 20 and 21)
        ("Paul Miller, the president of France, said it was bad.", "president"),
        ("Paul Miller, France's president since 2010, said it was bad.", "president"),
        # a bare title before a name stays no event (round 12)
        ("Attorney Paul Miller said it was bad.", "Attorney"),
    ],
)
def test_an_office_not_held_or_with_an_implied_employer_is_no_event(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "COOPERATE")
