"""Past offices told before a name, on made-up sentences (events plugin, session 23).

An office the text marks as no longer held ("former", "then-", "ex-"), spelled as a common
noun before the holder's name ("former Oregon governor Paul Miller"), is COOPERATE from the
holder with a null target: the place is the office's seat, not an employer (round 19,
restated by round 22). A current office before a name stays no event (round 21), and so do
the capitalised formal titles, which the round-20/21 gold leaves without an event.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Former Oregon governor Paul Miller said the plan was bad.", "governor"),
        ("Jane Roe beat former secretary of state Paul Miller in the poll.", "secretary"),
        ("The crowd cheered when former senator Paul Miller arrived.", "senator"),
    ],
)
def test_a_past_office_before_a_name_is_cooperate_with_no_target(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert not [p for p in event.participants if p.role == "target"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a current office before a name is no event (round 21)
        ("Oregon governor Paul Miller said the plan was bad.", "governor"),
        # a formal title, capitalised: the gold of rounds 20-21 codes none
        ("Former Oregon Gov. Paul Miller said the plan was bad.", "Gov."),
    ],
)
def test_a_current_or_formal_title_is_no_event(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "COOPERATE")
