"""Jobs held at a named body, on made-up sentences (events plugin, session 22).

A job or office held for a named employer is COOPERATE from the holder to the employer,
told as an apposition, a predicate or with the employer as possessor (rulings of rounds 19
and 20). The negative cases are the readings the rule keeps out: a bare title before a name,
an office whose "employer" is a place, a field of work, a job noun naming no one.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        (
            "Paul Miller, executive director of the Brookfield Foundation, said it was bad.",
            "director",
            "Brookfield Foundation",
        ),
        (
            "Paul Miller, a professor at Dunmore University, said it was bad.",
            "professor",
            "Dunmore University",
        ),
        # the field of work is no employer; the body after it is
        (
            "Paul Miller, a professor of economics at Dunmore University, said it was bad.",
            "professor",
            "Dunmore University",
        ),
        (
            "Paul Miller is the president of the Brookfield Foundation.",
            "president",
            "Brookfield Foundation",
        ),
        (
            "Paul Miller, a spokesman for Acme Corporation, declined to comment.",
            "spokesman",
            "Acme Corporation",
        ),
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
    ("sentence", "trigger"),
    [
        # a bare title before the name names no employer (an organisation inside the title
        # does since rounds 20-21: test_cooperate_titles_session23.py)
        ("Director Paul Miller said it was bad.", "Director"),
        # a place is the seat of an office, not an employer (rounds 20 and 21)
        ("Paul Miller, the president of France, said it was bad.", "president"),
        # no one is described
        ("The director of the Brookfield Foundation said it was bad.", "director"),
    ],
)
def test_a_job_with_no_named_employer_is_no_event(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "COOPERATE")
