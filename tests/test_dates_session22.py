"""Dates of session 22: what the previous sentence's date may not carry to.

An undated simple-past act takes the date of the sentence before it (its dated event, or its
last date) as the narration of one time ("In 2014, X moved to the capital. X criticized Y").
Not:

- an act told "later" ("In March, X said ... He later withdrew his remarks"): after that time;
- an act whose sentence names a time with no calendar unit ("met with the mayor last week"),
  the guidelines' null, which the speaker's last day does not replace either;
- a date after publication ("will visit Ohio on March 20"): a past act did not happen then;
- a date inside a quotation or reported speech, the speaker's time ("The voters will
  remember her in November," X said), nor a "since" date of a state that goes on ("has lived
  in the capital since 2014").

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsextract

from .events_helpers import WEDNESDAY, event_on, start


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "In 2014, Governor Tom Reed moved to the capital. Reed criticized Senator Mary Walsh.",
            "criticized",
            dt.date(2014, 1, 1),
        ),
        (
            "In March, Governor Tom Reed said that the plan was a disgrace. He praised Senator "
            "Mary Walsh.",
            "praised",
            dt.date(2023, 3, 1),
        ),
        (
            "On Monday, Governor Tom Reed criticized Senator Mary Walsh over the budget.\n\n"
            "The budget is large.\n\nReed met with the mayor.",
            "met",
            dt.date(2023, 2, 27),
        ),
    ],
)
def test_the_previous_date_still_carries_to_narration(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    day: dt.date,
) -> None:
    assert start(event_on(run_events(text), trigger)) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "In March, Governor Tom Reed said that the plan was a disgrace. He later withdrew "
            "his remarks and praised Senator Mary Walsh.",
            "praised",
        ),
        (
            "On Monday, Governor Tom Reed criticized Senator Mary Walsh over the budget. The "
            "mayor met with Walsh last week.",
            "met",
        ),
        (
            "On Monday, Governor Tom Reed criticized Senator Mary Walsh over the budget.\n\n"
            "The budget is large.\n\nReed met with the mayor last week.",
            "met",
        ),
        (
            "Governor Tom Reed will visit Ohio on March 20. The mayor criticized Senator Mary "
            "Walsh.",
            "criticized",
        ),
        (
            "Governor Tom Reed has lived in the capital since 2014. Reed criticized Senator "
            "Mary Walsh.",
            "criticized",
        ),
    ],
)
def test_the_previous_date_does_not_carry(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert event_on(run_events(text), trigger).when is None


def test_a_quoted_date_is_the_speakers_time(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"The voters will remember her in November," Governor Tom Reed said. Reed criticized '
        "Senator Mary Walsh."
    )
    assert event_on(pipeline.extract(text, published=WEDNESDAY), "criticized").when is None
