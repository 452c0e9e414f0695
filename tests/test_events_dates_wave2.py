"""Dates of an article's occasion carried to the acts told of it (session 7, second wave).

Made-up sentences, published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

MONDAY = dt.date(2023, 2, 27)
#: A paragraph between the lead and the reference: the lead's own acts are dated otherwise.
MIDDLE = "\n\nThe budget has been debated for months.\n\n"


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the occasion a dated verb is set at, referred back to with "the"
        (
            "Senator Mary Walsh spoke on Monday at a rally in Albany." + MIDDLE + "At the rally, "
            "Governor Tom Reed criticized Walsh.",
            "criticized",
            MONDAY,
        ),
        # ... or with the speaker's possessive
        (
            "Senator Mary Walsh said Monday in a speech that taxes were too high."
            + MIDDLE
            + "During her speech, Governor Tom Reed criticized Walsh.",
            "criticized",
            MONDAY,
        ),
    ],
)
def test_an_occasion_dated_by_its_verb_dates_acts_told_of_it(
    run_events, text: str, trigger: str, day: dt.date
) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), trigger)) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "a speech" is another speech, not the one dated
        (
            "Senator Mary Walsh said Monday in a speech that taxes were too high."
            + MIDDLE
            + "During a speech, Governor Tom Reed criticized Walsh.",
            "criticized",
        ),
        # two dated rallies: two occasions, neither carried
        (
            "Senator Mary Walsh spoke on Monday at a rally in Albany. She spoke on Tuesday at a rally "
            "in Troy." + MIDDLE + "At the rally, Governor Tom Reed criticized Walsh.",
            "criticized",
        ),
        # a possessive occasion told apart by its own place is one of several
        (
            "Senator Mary Walsh spoke on Monday at a rally in Albany."
            + MIDDLE
            + "During her rally in Troy, Governor Tom Reed criticized Walsh.",
            "criticized",
        ),
        # a place is no occasion ("in the city")
        (
            "Senator Mary Walsh spoke on Monday in the city."
            + MIDDLE
            + "In the city, Governor Tom Reed criticized Walsh.",
            "criticized",
        ),
    ],
)
def test_no_occasion_no_date(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), trigger)) is None


#: A headline and a lead before the occasion: the lead's own acts are dated otherwise.
OPENING = "Walsh Speaks Out.\n\nThe budget fight goes on in Albany.\n\n"
OCCASION = "Senator Mary Walsh spoke to farmers in Albany on Monday.\n\n"


def test_the_speakers_acts_told_after_the_occasion_share_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OPENING + OCCASION + "Walsh criticized Governor Tom Reed.")
    assert start(event_on(x, "criticized")) == MONDAY


@pytest.mark.parametrize(
    "between",
    [
        # a date of the narration between: another time
        "Walsh was first elected to the Senate in 2019.\n\n",
        # too far from the occasion to be told of it (more than five told paragraphs)
        "Farm prices fell.\n\nRain came.\n\nThe harvest was late.\n\nMany barns stood empty."
        "\n\nThe roads were muddy.\n\n",
    ],
)
def test_no_day_across_another_time_or_far_paragraphs(run_events, between: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OPENING + OCCASION + between + "Walsh criticized Governor Tom Reed.")
    assert start(event_on(x, "criticized")) is None


def test_a_relative_clauses_date_does_not_move_the_story(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        OPENING
        + OCCASION
        + "Reed, who took office in 2019, was absent.\n\nWalsh criticized Governor Tom Reed."
    )
    assert start(event_on(x, "criticized")) == MONDAY
