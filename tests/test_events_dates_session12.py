"""Dates and modality of session 12: a headline's deck (a one-sentence line under it) reports
in the present tense like the headline, and the lead that dates both comes after it; a negated
act that is only conditional, asked for or possible ("if X does not endorse Y", "urged X not to
attack Y", "may not endorse") is hypothetical, not negated.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); paragraphs
are separated by blank lines, as in the corpus. Each case names one construction.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

MONDAY = dt.date(2023, 2, 27)
LEAD = "In Albany, Mary Walsh met Governor Tom Reed on Monday at the state capitol."
AFTER = "She said the talks went well."


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_a_singular_deck_verb_takes_the_day_of_the_lead(run_events) -> None:  # type: ignore[no-untyped-def]
    text = _article(
        "Senator Steps Off Campaign Trail",
        "Senator Mary Walsh praises Governor Tom Reed after a long meeting.",
        LEAD,
        AFTER,
    )
    event = event_on(run_events(text), "praises")
    assert event.modality == "asserted"
    assert start(event) == MONDAY


def test_a_plural_deck_verb_stays_undated(run_events) -> None:  # type: ignore[no-untyped-def]
    text = _article(
        "Budget Fight Heats Up",
        "Business groups criticize Governor Tom Reed over the budget.",
        LEAD,
        AFTER,
    )
    assert event_on(run_events(text), "criticize").when is None


def test_a_headline_over_a_deck_takes_the_day_of_the_lead_after_it(run_events) -> None:  # type: ignore[no-untyped-def]
    text = _article(
        "Walsh Praises Reed After Talks",
        "Time running short for the governor.",
        LEAD,
        AFTER,
    )
    assert start(event_on(run_events(text), "Praises")) == MONDAY


def test_a_long_second_paragraph_is_the_lead_not_a_deck(run_events) -> None:  # type: ignore[no-untyped-def]
    text = _article(
        "Budget Fight Heats Up",
        "Senator Mary Walsh, who chairs the finance committee in the state senate, praises "
        "Governor Tom Reed in a long letter about the budget and the schools of the state.",
        LEAD,
        AFTER,
    )
    assert event_on(run_events(text), "praises").when is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("If Governor Tom Reed does not endorse Mary Walsh, she will lose the primary.", "endorse"),
        ("Mary Walsh urged Governor Tom Reed not to attack Ann Lee.", "attack"),
        ("Governor Tom Reed may not endorse Mary Walsh.", "endorse"),
    ],
)
def test_an_open_negation_is_hypothetical(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Governor Tom Reed did not endorse Mary Walsh.", "endorse"),
        ("Governor Tom Reed said he would not endorse Mary Walsh.", "endorse"),
        ("Governor Tom Reed declared that he cannot support Mary Walsh.", "support"),
        ("Even if she wins, Governor Tom Reed will not endorse Mary Walsh.", "endorse"),
        ("Governor Tom Reed should not have criticized Mary Walsh, his aides said.", "criticized"),
    ],
)
def test_a_refusal_or_a_told_non_event_stays_negated(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "negated"
