"""Dates of session 23: how far the story's day reaches.

A report of one occasion tells its acts between paragraphs of background and reaction; the
annotators of the latest rounds date an act told up to five told paragraphs after the last act
of the story's day with that day (the story-day pass used to stop at three). Further on, the
story has moved on and the act keeps no date.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)
#: A headline and a lead before the occasion: the lead's own acts are dated otherwise.
_OPENING = "Walsh Speaks Out.\n\nThe budget fight goes on in Albany.\n\n"
_OCCASION = "Senator Mary Walsh spoke to farmers in Albany on Monday.\n\n"
#: Paragraphs of background with no act and no date of their own.
_BACKGROUND = [
    "Farm prices fell.",
    "Rain came.",
    "The harvest was late.",
    "Many barns stood empty.",
    "The roads were muddy.",
]
_ACT = "Walsh criticized Governor Tom Reed."


def _between(count: int) -> str:
    return "".join(paragraph + "\n\n" for paragraph in _BACKGROUND[:count])


@pytest.mark.parametrize("count", [3, 4])
def test_an_act_a_few_background_paragraphs_on_takes_the_story_day(run_events, count: int) -> None:  # type: ignore[no-untyped-def]
    x = run_events(_OPENING + _OCCASION + _between(count) + _ACT)
    assert start(event_on(x, "criticized")) == _MONDAY


def test_an_act_after_many_background_paragraphs_keeps_no_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(_OPENING + _OCCASION + _between(5) + _ACT)
    assert start(event_on(x, "criticized")) is None


_TUESDAY = dt.date(2023, 2, 28)


def test_one_not_named_with_another_time_brings_the_story_back_to_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    # background of another year, then an act of someone at the occasion, four paragraphs on
    x = run_events(
        "Walsh assails Reed at City Hall.\n\n"
        "Senator Mary Walsh stood outside City Hall on Tuesday with Mayor Jane Doe to "
        "assail Governor Tom Reed over the budget.\n\n"
        "The crowd was large and the weather was cold.\n\n"
        "In 2019, Governor Tom Reed signed the first budget.\n\n"
        "The budget was long.\n\n"
        "Mayor Jane Doe praised Senator Mary Walsh."
    )
    assert start(event_on(x, "praised")) == _TUESDAY
