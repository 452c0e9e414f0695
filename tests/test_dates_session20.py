"""Dates of session 20: continuing acts, reported presents, a light verb's conjunct, days back.

- "since" a day is a day range up to publication ("have criticized X since Feb. 20"); since a
  month or a year is that month or year ("since January").
- A present reported by a dated saying is of the saying's time ("said Monday that she
  supports X", "announced on Monday that she was endorsing X"); a reported past, perfect or
  future is not ("said Monday that she had supported X").
- An event noun delivered by the second of two verbs with one subject takes the first verb's
  date, with its setting ("spoke at last month's convention and delivered a critique of X").
- "A day earlier" told in the past counts from the last day the story named that is not after
  publication, not from a noun's coming day ("ahead of next Tuesday's primary").

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)


def test_since_a_day_is_a_range_up_to_publication(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh has criticized Governor Tom Reed since Feb. 20.")
    when = event_on(x, "criticized").when
    assert when is not None
    assert (when.start, when.end, when.precision) == (
        dt.date(2023, 2, 20),
        dt.date(2023, 3, 1),
        "day",
    )


def test_since_a_month_is_that_month(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Since January, Senator Mary Walsh has criticized Governor Tom Reed.")
    when = event_on(x, "criticized").when
    assert when is not None
    assert (when.start, when.end, when.precision) == (
        dt.date(2023, 1, 1),
        dt.date(2023, 1, 31),
        "month",
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Mary Walsh said Monday that she supports Governor Tom Reed.", "supports"),
        (
            "Senator Mary Walsh announced on Monday that she was endorsing Governor Tom Reed.",
            "endorsing",
        ),
    ],
)
def test_a_reported_present_takes_the_saying_day(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert start(event_on(run_events(text), trigger)) == _MONDAY


def test_a_reported_past_perfect_stays_undated(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh said Monday that she had supported Governor Tom Reed.")
    assert event_on(x, "supported").when is None


def test_a_noun_delivered_by_a_second_verb_takes_the_first_verbs_setting(
    run_events,  # type: ignore[no-untyped-def]
) -> None:
    x = run_events(
        "Senator Mary Walsh spoke at last month's convention in Dayton and delivered a "
        "critique of Governor Tom Reed."
    )
    when = event_on(x, "critique").when
    assert when is not None
    assert (when.start, when.precision) == (dt.date(2023, 2, 1), "month")


def test_a_day_earlier_skips_a_nouns_coming_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Governor Tom Reed held a rally in Dayton on Tuesday ahead of next Tuesday's primary.\n\n"
        "A day earlier, police arrested Senator Mary Walsh outside the venue."
    )
    assert start(event_on(x, "arrested")) == _MONDAY
