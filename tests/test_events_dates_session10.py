"""Dates and modality of session 10: an act dated after publication is planned, nouns of
possibility, a condition's "that"-clause, a means gerund, a decision told in the past, the
gerund of a light verb, a headline's "to"-infinitive, "in a bid to" and a story day told of an
unnamed group.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

MONDAY = dt.date(2023, 2, 27)


def test_an_act_dated_after_publication_is_planned(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(run_events("Mary Walsh meets Governor Tom Reed in Albany tomorrow."), "meets")
    assert start(event) == dt.date(2023, 3, 2)
    assert event.modality == "planned"


def test_an_act_dated_before_publication_stays_asserted(run_events) -> None:  # type: ignore[no-untyped-def]
    event = event_on(run_events("Mary Walsh met Governor Tom Reed in Albany on Monday."), "met")
    assert start(event) == MONDAY
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Voters fear the possibility of another attack on Albany by the rebels.", "attack"),
        ("The rebels face the risk of a lawsuit from Governor Tom Reed.", "lawsuit"),
        ("Only six senators expressed a willingness to meet with Governor Tom Reed.", "meet"),
    ],
)
def test_what_a_noun_of_possibility_names_is_hypothetical(
    run_events, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "hypothetical"


def test_a_conditions_that_clause_is_hypothetical(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh offered to debate Tom Reed upon the condition that Reed donate money "
        "to the Red Cross."
    )
    assert event_on(x, "donate").modality == "hypothetical"


def test_a_means_gerund_shares_the_modal_of_its_verb(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The council might achieve better results by cooperating with Governor Tom Reed."
    )
    assert event_on(x, "cooperating").modality == "hypothetical"


def test_a_means_gerund_of_a_told_act_is_asserted(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The council achieved better results by cooperating with Governor Tom Reed.")
    assert event_on(x, "cooperating").modality == "asserted"


def test_a_decision_told_in_the_past_was_carried_out(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh decided to endorse Governor Tom Reed after the debate.")
    assert event_on(x, "endorse").modality == "asserted"


def test_a_plan_stays_planned(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh plans to endorse Governor Tom Reed after the debate.")
    assert event_on(x, "endorse").modality == "planned"


def test_a_light_verbs_gerund_takes_the_date_of_its_clause(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Hillary Clinton visited Albany on Monday, delivering a blistering critique of Tom Reed."
    )
    assert start(event_on(x, "critique")) == MONDAY


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Walsh to urge Governor Tom Reed to resign.", "urge"),
        ("Governor Tom Reed to visit Albany.", "visit"),
    ],
)
def test_a_headlines_to_infinitive_is_planned(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "planned"


def test_in_a_bid_to_is_a_purpose_as_real_as_its_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh bought stock in 2014 in a bid to persuade Tom Reed to sell.")
    assert event_on(x, "persuade").modality == "asserted"


def test_a_means_gerund_under_a_perfect_modal_is_asserted(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh may have broken the law by urging Governor Tom Reed to resign.")
    assert event_on(x, "urging").modality == "asserted"


def test_a_story_day_told_of_an_unnamed_group_dates_its_members_acts(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Walsh and Reed clash.\n\n"
        "The Democratic contenders on Monday presented a different view of the budget.\n\n"
        "Reed praised Walsh for her work on schools."
    )
    assert start(event_on(x, "praised")) == MONDAY


def test_a_light_verb_citing_an_act_does_not_lend_its_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Mary Walsh criticized Governor Tom Reed on Monday, citing his attacks on the "
        "mayor of Albany."
    )
    assert start(event_on(x, "criticized")) == MONDAY
    assert event_on(x, "attacks").when is None
