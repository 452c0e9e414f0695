"""Dates and modality of session 14.

Modality: readiness or capacity ("is willing to meet X", "is well positioned to block Y", "will
be able to") names an act that only might happen, and "unable to" one not done, while "was able
to meet X" reports it done; weighing an act ("is considering abandoning X", "would consider
sending troops") is a possibility, not a plan; a "would" under a verb or noun of learning a fact
("learned that X would visit Y", "the news that X would sue Y") is the past's future told as
fact, while a "would" reported by "said" stays planned; "has yet to apologize" and "has no plans
to endorse X" / "no intention of endorsing X" name an act not done (not a necessity or a plan).

Dates: a clause that tells acts over a span or at another time (the present perfect, "who
previously ...", "continued to ...") takes no date from a dated mention of the same event.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Governor Tom Reed is willing to meet Senator Mary Walsh.", "meet"),
        ("Senator Mary Walsh is well positioned to block Governor Tom Reed.", "block"),
        ("The Ohio Federation is considering abandoning Governor Tom Reed.", "abandoning"),
        (
            "Governor Tom Reed said he would consider sending troops to attack the rebels.",
            "sending",
        ),
    ],
)
def test_readiness_and_weighing_name_a_possible_act(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "hypothetical"


def test_unable_to_names_an_act_not_done(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Tom Reed will be unable to criticize Senator Mary Walsh."
    assert event_on(run_events(text), "criticize").modality == "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Governor Tom Reed has yet to apologize to Senator Mary Walsh.", "apologize"),
        ("Governor Tom Reed has no plans to endorse Senator Mary Walsh.", "endorse"),
        ("Governor Tom Reed has no intention of endorsing Senator Mary Walsh.", "endorsing"),
    ],
)
def test_yet_to_and_no_plans_name_an_act_not_done(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "negated"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Governor Tom Reed was able to meet Senator Mary Walsh on Monday.", "meet", "asserted"),
        ("Governor Tom Reed plans to meet Senator Mary Walsh.", "meet", "planned"),
        ("Governor Tom Reed has plans to endorse Senator Mary Walsh.", "endorse", "planned"),
        ("Governor Tom Reed has to apologize to Senator Mary Walsh.", "apologize", "hypothetical"),
    ],
)
def test_able_in_the_past_and_plans_keep_their_modality(
    run_events, text: str, trigger: str, modality: str
) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == modality


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "When Mary Walsh learned that Governor Tom Reed would visit Dayton, she called the "
            "mayor.",
            "visit",
        ),
        (
            "Senator Mary Walsh criticized the news that Governor Tom Reed would sue the city "
            "of Dayton.",
            "sue",
        ),
    ],
)
def test_a_would_learned_as_fact_is_asserted(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "asserted"


def test_a_would_reported_by_said_stays_planned(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Mary Walsh said Governor Tom Reed would sue the city of Dayton."
    assert event_on(run_events(text), "sue").modality == "planned"


_DATED = (
    "Walsh Slams Reed.\n\nSenator Mary Walsh blasted Governor Tom Reed on Monday at a rally in "
    "Dayton.\n\n"
)


@pytest.mark.parametrize(
    ("later", "trigger"),
    [
        ("The two have feuded for years. Walsh has criticized Reed over the budget.", "criticized"),
        (
            "The two have feuded for years. Walsh, who previously criticized Reed over the "
            "budget, wants a new vote.",
            "criticized",
        ),
        (
            "The two have feuded for years. Walsh continued to criticize Reed over the budget.",
            "criticize",
        ),
    ],
)
def test_a_clause_told_over_a_span_takes_no_shared_date(
    run_events, later: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(_DATED + later)
    assert start(event_on(x, "blasted")) == dt.date(2023, 2, 27)
    assert start(event_on(x, trigger)) is None


def test_a_simple_past_mention_still_shares_the_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(_DATED + "The crowd cheered. Walsh criticized Reed over the budget.")
    assert start(event_on(x, "criticized")) == dt.date(2023, 2, 27)
