"""Session 21: walls, removals and leavings (COERCE and SANCTION) on made-up sentences.

Building a wall, a fence or a barrier is COERCE (restrict) by its builder with no target
(round-16 ruling: walling a border or closing the door to a group); removing a person from a
post, a team, a list or a ticket is SANCTION (dismiss), like firing them; leaving a party, an
employer or a union is SANCTION toward the body (rounds 11, 15 and 18), leaving a seat of
office at the end of a term stays RETREAT (round 13). The negative cases are the readings each
condition keeps out: everyday building, a promise to build or to leave that is no threat,
things removed, an office left.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        ("Tom Reed promised to build a wall on the southern border.", "COERCE", "build"),
        ("Tom Reed said Vandar would erect a fence along the river.", "COERCE", "erect"),
        ("Mary Walsh wants to construct a barrier between the two states.", "COERCE", "construct"),
        ("The Walsh campaign removed Tom Reed from its leadership team.", "SANCTION", "removed"),
        ("Party leaders started a drive to remove Tom Reed from the ticket.", "SANCTION", "remove"),
        ("Tom Reed left the Republican Party for the Green Party.", "SANCTION", "left"),
        ("Mary Walsh left the accounting firm after a dispute over pay.", "SANCTION", "left"),
        ("Tom Reed said Vandar would leave the European Union.", "SANCTION", "leave"),
        ("Before Tom Reed leaves the White House, he will travel.", "RETREAT", "leaves"),
    ],
)
def test_session21_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # everyday building: nothing walled off, whoever or whatever is built
        ("Tom Reed built a large company in Vandar.", "COERCE"),
        ("Mary Walsh wants to build a coalition with the unions.", "COERCE"),
        ("Tom Reed built his campaign around the unions.", "COERCE"),
        # the promise to build is the building's own planned event, not a threat
        ("Tom Reed promised to build a wall on the southern border.", "THREATEN"),
        # a thing removed from a place, or restrictions removed (CONCEDE): no one dismissed
        ("The Vandar council removed the statue from the square.", "SANCTION"),
        ("Mary Walsh removed the restrictions on Ostrava last year.", "SANCTION"),
        # a seat of office left at the end of a term is no break with a body
        ("Before Tom Reed leaves the White House, he will travel.", "SANCTION"),
        # the promise to leave is the leaving's own planned event, not a threat
        ("Tom Reed vowed to leave the Republican Party.", "THREATEN"),
    ],
)
def test_session21_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


def test_wall_roles(run_events) -> None:  # type: ignore[no-untyped-def]
    """The builder is the agent; the wall walls out no actor the sentence names."""
    x = run_events("Tom Reed promised to build a wall on the southern border.")
    event = only(x, "COERCE", "build")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is None
    assert event.modality == "planned"


def test_removed_from_roles(run_events) -> None:  # type: ignore[no-untyped-def]
    """The one who removes is the agent, the person removed the target."""
    x = run_events("The Walsh campaign removed Tom Reed from its leadership team.")
    event = only(x, "SANCTION", "removed")
    assert name(x, event, "target") == "Tom Reed"


def test_left_party_roles(run_events) -> None:  # type: ignore[no-untyped-def]
    """The leaver is the agent, the body left the target (not the one joined)."""
    x = run_events("Tom Reed left the Republican Party for the Green Party.")
    event = only(x, "SANCTION", "left")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Republican Party"
