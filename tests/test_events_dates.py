"""Date resolution of the events plugin, without spaCy: relative dates against publication."""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import Resolved, resolve, resolve_after, shift

TUESDAY = dt.date(2023, 2, 28)


def test_weekday_in_past_report_is_the_previous_one() -> None:
    got = resolve("Monday", TUESDAY, "past")
    assert (got.start, got.end, got.precision) == (dt.date(2023, 2, 27),) * 2 + ("day",)


def test_weekday_of_the_publication_day_is_that_day() -> None:
    assert resolve("Tuesday", TUESDAY, "past").start == TUESDAY
    assert resolve("on Tuesday", TUESDAY, "future").start == TUESDAY


def test_weekday_in_planned_event_looks_ahead() -> None:
    assert resolve("Monday", TUESDAY, "future").start == dt.date(2023, 3, 6)
    assert resolve("next Friday", TUESDAY, "past").start == dt.date(2023, 3, 3)
    assert resolve("last Friday", TUESDAY, "future").start == dt.date(2023, 2, 24)


def test_day_and_month_takes_the_publication_year() -> None:
    assert resolve("16 February", TUESDAY, "past").start == dt.date(2023, 2, 16)
    assert resolve("on 28 February", TUESDAY, "future").start == TUESDAY
    assert resolve("on 28 February", TUESDAY, "past").start == TUESDAY


def test_year_less_date_moves_across_the_year_boundary_with_the_tense() -> None:
    assert resolve("December 20", dt.date(2023, 1, 5), "past").start == dt.date(2022, 12, 20)
    assert resolve("January 3", dt.date(2022, 12, 20), "future").start == dt.date(2023, 1, 3)


def test_a_year_ago_is_a_month() -> None:
    got = resolve("a year ago", TUESDAY, "past")
    assert (got.start, got.end, got.precision) == (
        dt.date(2022, 2, 1),
        dt.date(2022, 2, 28),
        "month",
    )


@pytest.mark.parametrize("text", ["a few days ago", "several years ago", "a couple of days ago"])
def test_a_vague_count_ago_names_no_date(text: str) -> None:
    assert not resolve(text, TUESDAY, "past").ok


def test_days_and_weeks_ago_keep_day_precision() -> None:
    assert resolve("three days ago", TUESDAY).start == dt.date(2023, 2, 25)
    assert resolve("two weeks ago", TUESDAY).precision == "day"


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("in 1994", dt.date(1994, 1, 1), dt.date(1994, 12, 31), "year"),
        ("March 2022", dt.date(2022, 3, 1), dt.date(2022, 3, 31), "month"),
        ("Sept. 3, 2016", dt.date(2016, 9, 3), dt.date(2016, 9, 3), "day"),
    ],
)
def test_absolute_dates_resolve_without_publication(
    text: str, start: dt.date, end: dt.date, precision: str
) -> None:
    for published in (TUESDAY, None):
        got = resolve(text, published)
        assert (got.start, got.end, got.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["Monday", "16 February", "a year ago", "yesterday", "last week"])
def test_relative_dates_stay_unresolved_without_publication(text: str) -> None:
    assert not resolve(text, None).ok


@pytest.mark.parametrize("text", ["three days", "daily", "year-old", "the 1990s", "", "  ", "🙂"])
def test_durations_and_noise_are_not_dates(text: str) -> None:
    assert not resolve(text, TUESDAY).ok


def test_relative_units() -> None:
    week = resolve("last week", TUESDAY)
    assert (week.start, week.end) == (dt.date(2023, 2, 20), dt.date(2023, 2, 26))
    month = resolve("next month", TUESDAY, "future")
    assert (month.start, month.end, month.precision) == (
        dt.date(2023, 3, 1),
        dt.date(2023, 3, 31),
        "month",
    )
    assert resolve("yesterday", TUESDAY).start == dt.date(2023, 2, 27)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("the end of June", dt.date(2022, 6, 1), "month"),
        ("at the beginning of July", dt.date(2022, 7, 1), "month"),
        ("mid-June", dt.date(2022, 6, 1), "month"),
        ("the middle of May 2019", dt.date(2019, 5, 1), "month"),
        ("the end of 2016", dt.date(2016, 1, 1), "year"),
        ("the year 2000", dt.date(2000, 1, 1), "year"),
    ],
)
def test_part_of_a_month_or_year_is_that_month_or_year(
    text: str, start: dt.date, precision: str
) -> None:
    got = resolve(text, TUESDAY, "past")
    assert (got.start, got.precision) == (start, precision)


def test_qualified_month_names() -> None:
    assert resolve("last December", TUESDAY).start == dt.date(2022, 12, 1)
    assert resolve("last February", TUESDAY).start == dt.date(2022, 2, 1)  # not this one
    assert resolve("next March", TUESDAY, "past").start == dt.date(2023, 3, 1)
    assert resolve("next February", TUESDAY).start == dt.date(2024, 2, 1)
    got = resolve("this June", TUESDAY)
    assert (got.start, got.end, got.precision) == (
        dt.date(2023, 6, 1),
        dt.date(2023, 6, 30),
        "month",
    )
    assert not resolve("last December", None).ok


@pytest.mark.parametrize("text", ["the end of the month", "the middle of the night", "midnight"])
def test_parts_of_vague_periods_stay_unresolved(text: str) -> None:
    assert not resolve(text, TUESDAY).ok


def test_later_counts_from_the_storys_previous_date() -> None:
    in_2007 = Resolved(dt.date(2007, 1, 1), dt.date(2007, 12, 31), "year")
    in_july = Resolved(dt.date(2022, 7, 1), dt.date(2022, 7, 31), "month")
    monday = Resolved(dt.date(2023, 2, 27), dt.date(2023, 2, 27), "day")
    assert resolve_after("two years later", in_2007).start == dt.date(2009, 1, 1)
    assert resolve_after("the following morning", in_july) == in_july
    assert resolve_after("a month later", in_july).start == dt.date(2022, 8, 1)
    assert resolve_after("the next day", monday).start == dt.date(2023, 2, 28)
    assert resolve_after("three days later", monday).precision == "day"
    assert not resolve_after("a month later", in_2007).ok  # no month the text commits to
    assert not resolve_after("later that year", in_2007).ok
    assert not resolve_after("two years later", Resolved(None, None, None)).ok
    assert not resolve("two years later", TUESDAY).ok  # only against the story


@pytest.mark.parametrize(
    ("text", "offset"),
    [("tonight", 0), ("this morning", 0), ("last night", -1), ("Monday night", -1)],
)
def test_times_of_day_name_their_day(text: str, offset: int) -> None:
    got = resolve(text, TUESDAY, "past")
    assert (got.start, got.precision) == (TUESDAY + dt.timedelta(days=offset), "day")


@pytest.mark.parametrize(
    "text", ["earlier in the day", "later that night", "the same day", "hours later", "that day"]
)
def test_same_day_phrases_take_the_previous_events_date(text: str) -> None:
    anchor = Resolved(dt.date(2016, 7, 1), dt.date(2016, 7, 31), "month")
    assert resolve_after(text, anchor) == anchor
    assert not resolve(text, TUESDAY).ok  # nothing without a previous event


def test_a_planned_event_in_a_month_just_past_stays_in_this_year() -> None:
    september = dt.date(2016, 9, 14)
    assert resolve("at the end of June", september, "future").start == dt.date(2016, 6, 1)
    assert resolve("in March", september, "future").start == dt.date(2017, 3, 1)


@pytest.mark.parametrize(
    ("text", "direction", "start", "precision"),
    [
        ("six years", -1, dt.date(2010, 1, 1), "year"),
        ("just three days", -1, dt.date(2016, 9, 6), "day"),
        ("two months", 1, dt.date(2016, 11, 1), "month"),
    ],
)
def test_a_span_counted_from_another_date(
    text: str, direction: int, start: dt.date, precision: str
) -> None:
    anchor = Resolved(dt.date(2016, 9, 9), dt.date(2016, 9, 9), "day")
    got = shift(text, anchor, direction)
    assert (got.start, got.precision) == (start, precision)


def test_a_span_is_never_more_precise_than_its_anchor() -> None:
    july = Resolved(dt.date(2016, 7, 1), dt.date(2016, 7, 31), "month")
    assert not shift("three days", july, -1).ok
    assert shift("a year", july, 1).start == dt.date(2017, 1, 1)
