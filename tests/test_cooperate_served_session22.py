"""Jobs told by the verbs "serve" and "own", on made-up sentences (events plugin, session 22).

A job held for an employer is COOPERATE from the holder to the employer (rulings of rounds
19 and 20), also when "serve" tells it: the employer is the one the "as"-job names or the
body served on; an office with no employer is COOPERATE with a null target (round 19). The
negative cases are the figurative and food senses of "serve". Owning a company is
COOPERATE from the owner to it (round 20).
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Paul Miller served as director of the Brookfield Foundation.", "Brookfield Foundation"),
        ("Paul Miller, who served as Jane Doe's chief of staff, declined to comment.", "Jane Doe"),
        (
            "Paul Miller served on the Senate Finance Committee for a decade.",
            "Senate Finance Committee",
        ),
        # the employer hung on the verb
        ("Paul Miller served as senior adviser to Jane Doe in 2010.", "Jane Doe"),
    ],
)
def test_serving_in_a_job_cooperates_with_the_employer(
    run_events, sentence: str, target: str | None
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", "served")
    assert name(x, event, "agent") == "Paul Miller"
    if target is not None:
        assert name(x, event, "target") == target


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote served as a reminder of the stakes, Paul Miller said.",
        "The diner served a cheap breakfast to Paul Miller.",
        "Paul Miller served his time and was released.",
    ],
)
def test_serve_in_other_senses_is_no_job(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert "served" not in triggers(run_events(sentence), "COOPERATE")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Paul Miller owns the Brookfield Gazette, a weekly paper.", "owns"),
        ("The Brookfield Gazette is owned by Paul Miller.", "owned"),
    ],
)
def test_owning_a_company_cooperates_with_it(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Brookfield Gazette"
