"""Dates of session 25, on made-up articles published Wednesday 2023-03-01.

- A span of stated years is the years from the first to the last at year precision (round 19:
  offices "dated by their stated years"): "from 1983 to 1989" (which the parser splits into
  two phrases, the second year often not tagged a date), "between 2001 and 2005".
- "Over the weekend", "this weekend" name the weekend's two days at day precision (rounds 16
  and 19); "last weekend" and "this past weekend" still name none (round 3).
- A date put between a subject and its verb dates the verb ("A court in October sentenced X"),
  as "on Saturday" already did.
- An event noun that is the subject of a verb of happening is dated by that verb ("As the
  attacks were unfolding on Friday night").
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import resolve

from .events_helpers import WEDNESDAY, event_on, start


def _span(event) -> tuple[dt.date | None, dt.date | None, str | None]:  # type: ignore[no-untyped-def]
    when = event.when
    return (None, None, None) if when is None else (when.start, when.end, when.precision)


@pytest.mark.parametrize(
    ("text", "trigger", "first", "last"),
    [
        (
            "Senator Mary Walsh, who served as mayor of Dayton from 1983 to 1989, criticized "
            "Governor Tom Reed.",
            "served",
            1983,
            1989,
        ),
        ("Jane Doe advised Governor Tom Reed between 2001 and 2005.", "advised", 2001, 2005),
    ],
)
def test_a_span_of_stated_years_dates_the_office(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, first: int, last: int
) -> None:
    event = event_on(run_events(text), trigger)
    assert event.type == "COOPERATE"
    assert _span(event) == (dt.date(first, 1, 1), dt.date(last, 12, 31), "year")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("between 1983 and 1986", 1983, 1986),
        ("2003-2016", 2003, 2016),
        ("1983 to 1989", 1983, 1989),
    ],
)
def test_year_spans_resolve(text: str, first: int, last: int) -> None:
    found = resolve(text, WEDNESDAY, "past")
    assert (found.start, found.end, found.precision) == (
        dt.date(first, 1, 1),
        dt.date(last, 12, 31),
        "year",
    )


def test_a_span_running_backwards_is_no_date() -> None:
    assert not resolve("1989-1983", WEDNESDAY, "past").ok


def test_an_act_over_the_weekend_takes_its_two_days(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(
        run_events(
            "In an interview with NBC News over the weekend, Senator Mary Walsh criticized "
            "Governor Tom Reed."
        ),
        "interview",
    )
    assert _span(event) == (dt.date(2023, 2, 25), dt.date(2023, 2, 26), "day")


@pytest.mark.parametrize(
    ("text", "prefer", "saturday"),
    [
        ("over the weekend", "past", dt.date(2023, 2, 25)),
        ("this weekend's", "past", dt.date(2023, 2, 25)),
        ("this weekend", "future", dt.date(2023, 3, 4)),
    ],
)
def test_the_weekend_meant(text: str, prefer: str, saturday: dt.date) -> None:
    found = resolve(text, WEDNESDAY, prefer)  # type: ignore[arg-type]
    assert (found.start, found.end, found.precision) == (
        saturday,
        saturday + dt.timedelta(days=1),
        "day",
    )


@pytest.mark.parametrize("text", ["last weekend", "this past weekend"])
def test_last_weekend_still_names_no_day(text: str) -> None:
    assert not resolve(text, WEDNESDAY, "past").ok


def test_a_date_between_subject_and_verb_dates_the_verb(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(
        run_events("A court in October sentenced Tom Reed to two years in prison."),
        "sentenced",
    )
    assert event.type == "SANCTION"
    assert _span(event) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31), "month")


def test_an_event_noun_is_dated_by_its_happening(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(
        run_events(
            "As the attacks in Dayton were unfolding on Friday night, Mayor Jane Doe called "
            "Governor Tom Reed."
        ),
        "attacks",
    )
    assert event.type == "ASSAULT"
    assert start(event) == dt.date(2023, 2, 24)
