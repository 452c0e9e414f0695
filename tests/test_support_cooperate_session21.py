"""SUPPORT and COOPERATE constructions of the events plugin's session 21, on made-up sentences.

An endorsement a light verb's subject gives backs the "of"-phrase's name; ties and
relationships with someone named are COOPERATE (round-12 ruling); backing a person's
statement or bid backs the person (round-4 ruling); a supporter or job noun joined to an
apposition, counted ("one of the few X supporters") or the predicate of a relative clause
describes the name it follows. The negative cases are the readings each rule keeps out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Miller has not made a formal endorsement of Jane Doe.",
        "Paul Miller gave a warm endorsement of Jane Doe in Dayton.",
    ],
)
def test_an_endorsement_given_backs_its_of_phrase(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "SUPPORT", "endorsement")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"


def test_an_endorsement_won_keeps_its_of_phrase_as_the_backer(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Jane Doe won the endorsement of Paul Miller on Monday.")
    event = only(x, "SUPPORT", "endorsement")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        (
            "Paul Miller came under scrutiny over his ties to Acme Holdings.",
            "ties",
            "Acme Holdings",
        ),
        (
            "Paul Miller has a cozy working relationship with Jane Doe.",
            "relationship",
            "Jane Doe",
        ),
    ],
)
def test_ties_to_someone_named_cooperate(
    run_events, sentence: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == target


@pytest.mark.parametrize(
    "sentence",
    [
        # a strained relationship is no tie (round 17)
        "Paul Miller has a difficult relationship with Jane Doe.",
        # a singular "tie" is a drawn vote
        "Paul Miller and Jane Doe ended in a tie with each other in Ohio.",
        # no one holds the relationship
        "Obstacles to the relationship with Jane Doe would hurt.",
    ],
)
def test_strains_draws_and_unheld_relationships_are_no_ties(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert not {"ties", "tie", "relationship"} & set(triggers(x, "COOPERATE"))


def test_defending_a_persons_remarks_backs_the_person(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller defended Jane Doe's remarks on trade.")
    event = only(x, "SUPPORT", "defended")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"


def test_defending_ones_own_record_is_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller defended his record on trade.")
    assert "defended" not in triggers(x, "SUPPORT")


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_"),
    [
        # joined to an apposition
        (
            "Sen. Paul Miller, a former governor and a supporter of Jane Doe, spoke on Monday.",
            "supporter",
            "SUPPORT",
        ),
        # counted among them
        (
            "Sen. Paul Miller, a lawyer and one of the few supporters of Jane Doe, "
            "spoke on Monday.",
            "supporters",
            "SUPPORT",
        ),
        # the predicate of a relative clause
        (
            "Paul Miller, the former mayor who has become a close Jane Doe adviser, "
            "spoke on Monday.",
            "adviser",
            "COOPERATE",
        ),
    ],
)
def test_a_supporter_noun_describes_the_name_it_follows(
    run_events, sentence: str, trigger: str, type_: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, type_, trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"
