"""Session 26: one event per member where the guidelines count each member's act (made-up sentences).

- "Neither X nor Y" gives each person one `negated` event (round 20's ruling).
- A job held for two principals or employers ("a former aide to X and Y") is one job per
  principal on one trigger (rounds 22-24).
- Other coordinations keep one event with the first-named (round 1): shared criticism stays
  one ACCUSE, and two targets that are no coordination ("director of a center at a
  university") are not split.
"""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

from .events_helpers import name, only, typed

RunEvents = Callable[..., Extraction]


def test_neither_nor_gives_each_person_a_negated_event(run_events: RunEvents) -> None:
    x = run_events("Neither Senator Tom Reed nor Senator Jane Holt criticised Governor Mark Fenn.")
    assert typed(x, "ACCUSE") == [
        ("criticised", "Tom Reed", "Mark Fenn"),
        ("criticised", "Jane Holt", "Mark Fenn"),
    ]
    assert {e.modality for e in x.events if e.type == "ACCUSE"} == {"negated"}


def test_a_job_for_two_principals_is_one_job_each(run_events: RunEvents) -> None:
    x = run_events(
        "Rick Tyler, a former senior aide to Senator Tom Reed and Governor Jane Holt, spoke."
    )
    assert typed(x, "COOPERATE") == [
        ("aide", "Rick Tyler", "Tom Reed"),
        ("aide", "Rick Tyler", "Jane Holt"),
    ]
    ids = [e.id for e in x.events]
    assert len(ids) == len(set(ids))


def test_joint_criticism_stays_one_event_with_the_first_named(run_events: RunEvents) -> None:
    x = run_events(
        "Senator Tom Reed and Senator Jane Holt criticised Governor Mark Fenn on Monday."
    )
    event = only(x, "ACCUSE", "criticised")
    assert (name(x, event, "agent"), name(x, event, "target")) == ("Tom Reed", "Mark Fenn")


def test_a_center_at_a_university_is_no_coordination(run_events: RunEvents) -> None:
    x = run_events("Mark Fenn, director of the Acme Policy Center at Columbia University, spoke.")
    only(x, "COOPERATE", "director")


def test_a_second_title_of_the_holder_is_no_second_employer(run_events: RunEvents) -> None:
    x = run_events(
        "Tom Roe, a former aide to Governor Jane Holt and senior vice president at Acme Corp., spoke."
    )
    event = only(x, "COOPERATE", "aide")
    assert name(x, event, "target") == "Jane Holt"
