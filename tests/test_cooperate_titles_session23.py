"""Employers inside titles, on made-up sentences (events plugin, session 23).

A current job whose employer is an organisation named inside the title before a person's
name ("RNC spokesman X", "FBI Director X", "Clinton campaign manager X") is COOPERATE from
the person toward the organisation, which the actors plugin marks there (rulings of rounds
20 and 21); a person principal in the title ("Cruz spokeswoman X") is COOPERATE toward that
person (round 22). Places and bare titles stay no event.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Acme Corporation director Paul Miller said it was bad.", "director", "Acme Corporation"),
        (
            "Acme Corporation spokesman Paul Miller said the plan was fair. "
            "Acme Corporation later agreed.",
            "spokesman",
            "Acme Corporation",
        ),
        ("Senate Majority Leader Paul Miller said the bill was dead.", "Leader", "Senate"),
    ],
)
def test_an_organisation_inside_the_title_employs_the_person(
    run_events, sentence: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == target


def test_a_campaign_inside_the_title_employs_the_person(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Tom Hale won the primary in Iowa. Hale campaign manager Paul Miller said the result "
        "was fair."
    )
    event = only(x, "COOPERATE", "manager")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Hale campaign"


def test_a_person_principal_inside_the_title_is_the_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Barack Obama spoke in Iowa on Monday. Obama spokeswoman Jane Roe said the speech "
        "went well."
    )
    event = only(x, "COOPERATE", "spokeswoman")
    assert name(x, event, "agent") == "Jane Roe"
    assert name(x, event, "target") == "Barack Obama"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a place is the seat of an office, not an employer (round 21)
        ("Ohio Gov. Paul Miller said it was bad.", "Gov."),
        ("Ohio governor Paul Miller said it was bad.", "governor"),
        # a party's adjective says which side, not for whom
        ("Republican chairman Paul Miller said it was bad.", "chairman"),
    ],
)
def test_a_title_with_no_organisation_is_no_event(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "COOPERATE")
