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

from .events_helpers import actors_and_events, event_on


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    return actors_and_events(nlp)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("None of his rivals attacked Governor Tom Reed.", "attacked"),
        ("Neither Mary Walsh nor Tom Reed criticized the governor.", "criticized"),
        ("Nobody criticized Governor Tom Reed at the hearing.", "criticized"),
    ],
)
def test_a_subject_of_nobody_negates_the_act(run, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run(text), trigger).modality == "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Most of his rivals attacked Governor Tom Reed.", "attacked"),
        ("Mary Walsh and Tom Reed criticized the governor.", "criticized"),
    ],
)
def test_a_subject_of_some_stays_asserted(run, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run(text), trigger).modality == "asserted"


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
def test_instead_of_names_an_act_not_done(run, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run(text), trigger).modality == "negated"


def test_instead_of_before_an_act_asked_for_was_done(run) -> None:  # type: ignore[no-untyped-def]
    text = "Instead of attacking me, they should apologize to me, Mary Walsh said."
    assert event_on(run(text), "attacking").modality != "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Mary Walsh said she'd welcome Tom Reed's endorsement.", "welcome"),
        ("Mary Walsh said she would rather vote for Tom Reed.", "vote"),
        ("Mary Walsh said she would probably campaign with Tom Reed.", "campaign"),
    ],
)
def test_a_contracted_or_hedged_reported_would_is_hypothetical(
    run, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run(text), trigger).modality == "hypothetical"


def test_a_plain_reported_would_stays_planned(run) -> None:  # type: ignore[no-untyped-def]
    assert (
        event_on(run("Mary Walsh said she would vote for Tom Reed."), "vote").modality == "planned"
    )


def test_a_contracted_had_is_no_modal(run) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run("Mary Walsh said she'd met Tom Reed."), "met").modality == "asserted"
