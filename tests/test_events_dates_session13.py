"""Dates and modality of session 13.

Modality: a subject that says nobody did the act ("None of his rivals attacked X", "Neither X
nor Y criticized Z") negates it like "not"; "instead of X-ing" names an act not done, unless the
act chosen is only asked for ("Instead of attacking me, they should apologize"); a reported
"would" that is contracted ("said she'd welcome X") or hedged ("said she would rather vote for
X") is a possibility, not a plan, while a plain reported "would" stays planned.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import event_on


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("None of his rivals attacked Governor Tom Reed.", "attacked"),
        ("Neither Mary Walsh nor Tom Reed criticized the governor.", "criticized"),
        ("Nobody criticized Governor Tom Reed at the hearing.", "criticized"),
    ],
)
def test_a_subject_of_nobody_negates_the_act(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Most of his rivals attacked Governor Tom Reed.", "attacked"),
        ("Mary Walsh and Tom Reed criticized the governor.", "criticized"),
    ],
)
def test_a_subject_of_some_stays_asserted(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Instead of complying with the demand of the Justice Department, Governor Tom Reed "
            "sued the department.",
            "complying",
        ),
        ("Governor Tom Reed attacked Mary Walsh instead of praising her.", "praising"),
    ],
)
def test_instead_of_names_an_act_not_done(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "negated"


def test_instead_of_before_an_act_asked_for_was_done(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Instead of attacking me, they should apologize to me, Mary Walsh said."
    assert event_on(run_events(text), "attacking").modality != "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Mary Walsh said she'd welcome Tom Reed's endorsement.", "welcome"),
        ("Mary Walsh said she would rather vote for Tom Reed.", "vote"),
        ("Mary Walsh said she would probably campaign with Tom Reed.", "campaign"),
    ],
)
def test_a_contracted_or_hedged_reported_would_is_hypothetical(
    run_events, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "hypothetical"


def test_a_plain_reported_would_stays_planned(run_events) -> None:  # type: ignore[no-untyped-def]
    assert (
        event_on(run_events("Mary Walsh said she would vote for Tom Reed."), "vote").modality
        == "planned"
    )


def test_a_contracted_had_is_no_modal(run_events) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events("Mary Walsh said she'd met Tom Reed."), "met").modality == "asserted"
