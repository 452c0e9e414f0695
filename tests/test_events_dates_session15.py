"""Dates and modality of session 15.

Dates: an occasion noun ("interview", "speech", "rally") that a dated verb is set in ("said Monday
in an interview with X", "was asked Monday in an interview") happens when the verb does, as it
did already under "at" and "during". An act of the story's occasion told in the simple past all
the way up to its sentence's main verb ("was critical of X", "made an appearance at X's rally",
"tried to rebuke X", "began by thanking X", "was under questioning from X") takes the story's
day, like a simple-past main clause; a present, a perfect, a passive, a reported clause, "continued
to" or the setting of a clause ("During her rally in Troy, ...") does not. The same reading of a
told act lets an agent's later act take the day the article last gave that agent's acts.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Reed said Monday in an interview with the Dayton Herald that the budget is "
        "fine.",
        "Governor Tom Reed was asked Monday in an interview with the Dayton Herald about the "
        "budget.",
    ],
)
def test_an_occasion_a_dated_verb_is_set_in_takes_its_day(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), "interview")) == _MONDAY


@pytest.mark.parametrize(
    "text",
    [
        # no date on the verb
        "Governor Tom Reed said in an interview with the Dayton Herald that the budget is fine.",
        # a week is no calendar unit the text commits to
        "Governor Tom Reed said last week in an interview with the Dayton Herald that the "
        "budget is fine.",
    ],
)
def test_an_occasion_of_an_undated_verb_stays_undated(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(text), "interview")) is None


_TUESDAY = dt.date(2023, 2, 28)
#: A report of one occasion: its day is given once, in the lead, by one actor's act.
_OCCASION = (
    "Walsh assails Reed at City Hall.\n\n"
    "Senator Mary Walsh stood outside City Hall on Tuesday with Mayor Jane Doe to assail "
    "Governor Tom Reed over the budget.\n\n"
    "The crowd was large and the weather was cold.\n\n"
)


@pytest.mark.parametrize(
    ("later", "trigger"),
    [
        ("Mayor Jane Doe began by thanking Senator Mary Walsh for the park.", "thanking"),
        ("Mayor Jane Doe was under questioning from Governor Tom Reed.", "questioning"),
        ("Mayor Jane Doe tried to rebuke Governor Tom Reed over the budget.", "rebuke"),
        ("Mayor Jane Doe was sharply critical of Governor Tom Reed.", "critical"),
    ],
)
def test_an_act_told_in_the_past_all_the_way_up_takes_the_story_day(
    run_events, later: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(_OCCASION + later), trigger)) == _TUESDAY


@pytest.mark.parametrize(
    ("later", "trigger"),
    [
        ("Mayor Jane Doe has been critical of Governor Tom Reed.", "critical"),
        ("Mayor Jane Doe is critical of Governor Tom Reed.", "critical"),
        ("Mayor Jane Doe said Governor Tom Reed attacked Senator Mary Walsh.", "attacked"),
        ("Mayor Jane Doe was attacked by Governor Tom Reed.", "attacked"),
        # told over a span
        ("Mayor Jane Doe continued to criticize Governor Tom Reed.", "criticize"),
        # the setting of a clause may be another occasion
        ("During her rally in Troy, Governor Tom Reed criticized Senator Mary Walsh.", "rally"),
    ],
)
def test_a_present_perfect_passive_or_reported_act_keeps_no_story_day(
    run_events, later: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(_OCCASION + later), trigger)) is None


@pytest.mark.parametrize(
    ("later", "trigger"),
    [
        # a relative clause describes background
        ("Doe was the first mayor who endorsed Governor Tom Reed.", "endorsed"),
        # a clause marked "after" or "because" tells another time
        (
            "Mayor Jane Doe praised Senator Mary Walsh after Governor Tom Reed criticized her.",
            "criticized",
        ),
        (
            "Mayor Jane Doe criticized Governor Tom Reed because he attacked Senator Mary Walsh.",
            "attacked",
        ),
    ],
)
def test_a_relative_or_earlier_clause_keeps_no_story_day(
    run_events, later: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert start(event_on(run_events(_OCCASION + later), trigger)) is None


#: The day comes too late in the article to be the story's day; it is still the agent's day.
_LATE_DAY = (
    "Walsh speaks out.\n\nThe budget fight goes on in the state.\n\nIt has lasted for months."
    "\n\nMany voters are tired of it.\n\nSenator Mary Walsh spoke on Tuesday at City Hall.\n\n"
)


def test_an_agents_act_told_in_the_past_takes_the_agents_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(_LATE_DAY + "Walsh was sharply critical of Governor Tom Reed.")
    assert start(event_on(x, "critical")) == _TUESDAY


def test_an_agents_act_in_the_present_perfect_keeps_no_day(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(_LATE_DAY + "Walsh has been critical of Governor Tom Reed.")
    assert start(event_on(x, "critical")) is None


def test_a_named_actors_added_relative_clause_takes_the_story_day(run_events) -> None:  # type: ignore[no-untyped-def]
    # "Doe, who praised X": what the named actor did in the story, not background
    x = run_events(_OCCASION + "Mayor Jane Doe, who praised Senator Mary Walsh, spoke next.")
    assert start(event_on(x, "praised")) == _TUESDAY
