"""Dates of session 21: a sentence's opening date, relative clauses of a person.

- A date that opens a sentence, set off by a comma, dates the acts told after it in the
  sentence's main clauses that no date of their own reaches ("On Thursday, X appeared on
  the radio and scolded Y for refusing ...", "In 2019, the talks collapsed, and X attacked
  Y"); not an adverbial clause of another time ("after Y attacked him"), a relative clause,
  an event noun that is an object ("condemned the attack"), an act inside a quotation or one
  not told as done.
- A relation noun ("an old Reed friend") is not dated by its "who" clause ("who quit the union
  in October"): the clause tells what the person did.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import WEDNESDAY, event_on, start


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "On Thursday, Governor Tom Reed appeared on a radio program and scolded Senator "
            "Mary Walsh for refusing to request state funds.",
            "refusing",
            dt.date(2023, 2, 23),
        ),
        (
            "In 2019, the talks collapsed, and Governor Tom Reed attacked Senator Mary Walsh "
            "over the failure.",
            "attacked",
            dt.date(2019, 1, 1),
        ),
        (
            "In 2009, the farm bill had stalled in the assembly, and the Geneva trade summit "
            "had collapsed in acrimony.",
            "summit",
            dt.date(2009, 1, 1),
        ),
    ],
)
def test_an_opening_date_dates_the_sentences_acts(
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
            "In July, Governor Tom Reed sued the state after Senator Mary Walsh attacked him.",
            "attacked",
        ),
        (
            "In July, Governor Tom Reed praised the mayor, who criticized Senator Mary Walsh.",
            "criticized",
        ),
        ("In 2009, Governor Tom Reed condemned the attack on the embassy.", "attack"),
        (
            "Last month, when I asked Senator Mary Walsh if she would ever endorse Governor Tom "
            "Reed, she laughed.",
            "endorse",
        ),
    ],
)
def test_an_opening_date_leaves_other_times_undated(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert event_on(run_events(text), trigger).when is None


def test_an_opening_date_leaves_a_quotations_act_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    """With every plugin: the quotes plugin tells where the quotation is."""
    x = pipeline.extract(
        'On Thursday, Governor Tom Reed said that Senator Mary Walsh "has been blasting me for '
        'years."',
        published=WEDNESDAY,
    )
    assert event_on(x, "blasting").when is None


def test_a_person_relative_clause_dates_no_relation_noun(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        '"This is a disgrace," said Ann Lee, an old Reed friend who quit the union in October.'
    )
    assert event_on(x, "friend").when is None
