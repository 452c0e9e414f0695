"""COOPERATE constructions of the events plugin's session 20, on made-up sentences.

Fundraisers hosted or held for someone, fundraising for someone, and a job at or for a
body by name are work with them (COOPERATE, rulings of rounds 7, 14, 16 and 18); the
negative cases are the readings each condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the host or headliner of a fundraiser for someone raises money with them
        ("Paul Miller hosted a fundraiser for Jane Doe in Dayton.", "fundraiser"),
        ("Paul Miller will headline a fundraiser for Jane Doe next month.", "fundraiser"),
        # the tokenizer splits "fund-raiser": its last part carries the event
        ("Paul Miller held a fund-raiser for Jane Doe at his home.", "raiser"),
        # fundraising as a verb
        ("Paul Miller is fundraising for Jane Doe in Ohio.", "fundraising"),
    ],
)
def test_fundraising_for_someone_cooperates_with_them(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"


def test_a_fund_raiser_who_is_a_person_is_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    # "a fund-raiser for X" as what someone is: no light verb holds it
    x = run_events("Paul Miller is a major donor and fund-raiser for Jane Doe.")
    assert "raiser" not in triggers(x, "COOPERATE")


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        (
            "Paul Miller later worked at the Brookfield Foundation.",
            "worked",
            "Brookfield Foundation",
        ),
        ("Paul Miller had worked for Acme Corporation since 2001.", "worked", "Acme Corporation"),
        # (session 10 kept an employer that is no person out; the job rulings take it in)
        ("Paul Miller works for the New York Times.", "works", "The New York Times"),
    ],
)
def test_a_job_at_a_named_body_cooperates_with_it(
    run_events, sentence: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Miller worked at home for two years.",
        "Paul Miller worked for years on the bill.",
    ],
)
def test_work_at_no_body_is_no_event(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "COOPERATE") == []


# Unlanded branch s20-s20c-staff: job and membership nouns, campaigning for someone.


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Paul Miller, a former adviser to Jane Doe, said it was bad.", "Jane Doe"),
        ("Paul Miller, Jane Doe's longtime policy aide, spoke on Monday.", "Jane Doe"),
        ("Paul Miller is a member of the Brookfield Foundation.", "Brookfield Foundation"),
    ],
)
def test_a_named_person_with_a_job_cooperates_with_the_employer(
    run_events, sentence: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Jane Doe ran for governor. " + sentence)
    event = only(x, "COOPERATE")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == target


def test_a_title_before_the_name_names_the_employer(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Barack Obama spoke on Monday. Former Obama adviser Paul Miller disagreed.")
    event = only(x, "COOPERATE", "adviser")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Barack Obama"


@pytest.mark.parametrize(
    "sentence",
    [
        # no one named, no employer named, a topic after the noun
        "The spokesman said the plan was bad.",
        "Paul Miller, a former adviser on Syria, said it was bad.",
    ],
)
def test_a_job_with_no_employer_is_no_event(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "COOPERATE") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Miller, a Republican strategist, said it was bad.",
        "Paul Miller, a strategist in Washington, said it was bad.",
    ],
)
def test_a_strategist_with_no_employer_holds_an_office(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    # session 24: round 20's ruling makes a job with no employer told in apposition a
    # COOPERATE with a null target (these were no event under session 20's reading)
    event = only(run_events(sentence), "COOPERATE", "strategist")
    assert event.mode == "office"


def test_campaigning_for_someone_cooperates_with_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller will campaign for Jane Doe in Ohio next week.")
    event = only(x, "COOPERATE", "campaign")
    assert name(x, event, "target") == "Jane Doe"
