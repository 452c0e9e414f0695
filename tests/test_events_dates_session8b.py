"""A reference to the story's occasion brings the narration back to its day (session 8b).

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``): a debate
dated in the lead, then a time of another year, then an act told at "the debate" again.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

TUESDAY = dt.date(2023, 2, 28)
#: A debate dated once in the lead, then the story moves to another year.
DEBATE = (
    "Walsh and Reed clash in debate.\n\n"
    "Senator Mary Walsh attacked Governor Tom Reed on Tuesday in a debate at the state "
    "university.\n\n"
    "In 2019, Governor Tom Reed signed the first budget.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "As the debate went on, Mayor Jane Doe criticized Governor Tom Reed.",
        "During the debate, Mayor Jane Doe criticized Governor Tom Reed.",
        "In the debate's second hour, Mayor Jane Doe criticized Governor Tom Reed.",
    ],
)
def test_the_occasion_named_again_brings_back_its_day(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(DEBATE + sentence)
    assert start(event_on(x, "criticized")) == TUESDAY


def test_without_the_occasion_the_act_stays_at_the_other_time(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(DEBATE + "Mayor Jane Doe criticized Governor Tom Reed.")
    assert start(event_on(x, "criticized")) != TUESDAY


def test_a_time_before_the_occasion_is_not_its_scene(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(DEBATE + "Before the debate, Mayor Jane Doe criticized Governor Tom Reed.")
    assert start(event_on(x, "criticized")) != TUESDAY


def test_an_occasion_set_apart_is_another_one(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(DEBATE + "During a debate, Mayor Jane Doe criticized Governor Tom Reed.")
    assert start(event_on(x, "criticized")) != TUESDAY


def test_an_address_inside_a_name_is_the_occasion(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Reed defends his record.\n\n"
        "The state described by Governor Tom Reed on Monday night in his seventh State of the "
        "Union address is a rich one.\n\n"
        "Just hours before the governor's address, Senator Mary Walsh criticized Governor Tom "
        "Reed."
    )
    assert start(event_on(x, "criticized")) == dt.date(2023, 2, 27)
