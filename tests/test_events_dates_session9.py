"""Dates of session 9: seasons and parts of a year, the day of an occasion a told act is set
at, a date the parser hangs on the subject, a light verb's "when" clause and a gerund's tense.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``) unless a
case names its own day; each case names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest
from newsextract_events.dates import resolve

from .events_helpers import event_on, start

TUESDAY = dt.date(2023, 2, 28)
APRIL = dt.date(2016, 4, 17)
DECEMBER = dt.date(2015, 12, 5)


@pytest.mark.parametrize(
    ("expression", "published", "year"),
    [
        ("last fall", APRIL, 2015),  # the autumn before this spring
        ("last spring", APRIL, 2015),  # this spring is not over yet
        ("last spring", DECEMBER, 2015),  # said in December: this year's spring
        ("the first half of 2015", APRIL, 2015),
        ("the second quarter of 2014", APRIL, 2014),
        ("the summer of 2012", APRIL, 2012),
        ("spring 2014", APRIL, 2014),
        ("fiscal 2016", DECEMBER, 2016),
    ],
)
def test_seasons_and_parts_of_a_year_give_the_year(
    expression: str, published: dt.date, year: int
) -> None:
    found = resolve(expression, published)
    assert (found.start, found.end, found.precision) == (
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        "year",
    )


@pytest.mark.parametrize("expression", ["this fall", "last winter", "the fall", "next summer"])
def test_seasons_annotators_leave_undated_stay_unresolved(expression: str) -> None:
    assert not resolve(expression, APRIL).ok


def test_the_day_of_the_occasion_a_told_act_is_set_at_dates_later_acts(run_events) -> None:  # type: ignore[no-untyped-def]
    # another one at the occasion: the day is the story's, not only Walsh's
    x = run_events(
        "Walsh and Reed clash.\n\n"
        "Senator Mary Walsh clashed with Governor Tom Reed at Tuesday's debate in Albany.\n\n"
        "The hall was full.\n\n"
        "Reed criticized Walsh over the budget."
    )
    assert start(event_on(x, "criticized")) == TUESDAY


def test_a_day_of_a_coming_occasion_dates_nothing_later(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Walsh and Reed to clash.\n\n"
        "Senator Mary Walsh needs a win over Governor Tom Reed at Tuesday's debate in Albany.\n\n"
        "The hall will be full.\n\n"
        "Reed criticized Walsh over the budget."
    )
    assert event_on(x, "criticized").when is None


def test_a_date_between_subject_and_verb_is_the_verbs(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The Democratic contenders on Tuesday criticized Governor Tom Reed over the budget."
    )
    assert start(event_on(x, "criticized")) == TUESDAY


def test_a_light_verbs_when_clause_dates_its_event_noun(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Governor Tom Reed faced heavy criticism from Senator Mary Walsh when the audit "
        "was published in January."
    )
    event = event_on(x, "criticism")
    assert event.when is not None
    assert (event.when.start, event.when.precision) == (dt.date(2023, 1, 1), "month")


def test_a_gerund_takes_the_tense_of_the_clause_it_hangs_from(run_events) -> None:  # type: ignore[no-untyped-def]
    # published in March: a July told in the past is last year's, not the coming one
    x = run_events(
        "The two senators had been close, with Mary Walsh often praising Tom Reed, meeting "
        "with him in July at the Capitol."
    )
    event = event_on(x, "meeting")
    assert event.when is not None
    assert event.when.start == dt.date(2022, 7, 1)


def test_an_occasion_subject_keeps_its_own_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Mary Walsh's meeting with Governor Tom Reed on Tuesday night is an important "
        "step for the budget."
    )
    assert start(event_on(x, "meeting")) == TUESDAY


#: A report of one occasion: its day is given once, in the lead, by one actor's act.
OCCASION = (
    "Walsh assails Reed at City Hall.\n\n"
    "Senator Mary Walsh stood outside City Hall on Tuesday with Mayor Jane Doe to assail "
    "Governor Tom Reed over the budget.\n\n"
    "The crowd was large and the weather was cold.\n\n"
)


def test_a_past_progressive_act_at_the_occasion_takes_its_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OCCASION + "Mayor Jane Doe was praising Senator Mary Walsh all afternoon.")
    assert start(event_on(x, "praising")) == TUESDAY


def test_an_event_noun_of_a_told_verb_takes_the_occasions_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OCCASION + "Mayor Jane Doe opened with a call for Governor Tom Reed to resign.")
    assert start(event_on(x, "call")) == TUESDAY


def test_a_present_progressive_act_keeps_no_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(OCCASION + "Mayor Jane Doe is praising Senator Mary Walsh in every speech.")
    assert event_on(x, "praising").when is None
