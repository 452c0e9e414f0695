"""Session 25, SUPPORT recall (made-up sentences; the learned role scorer is off, as in the
other construction tests).

- Hiring one person the text tells by a job ("hired a pollster") backs the one hired, as
  hiring by name does (round 4; rounds 16 and 18 for hiring with no one named); a class hired
  ("foreign workers") or a thing ("a plane") is no event.
- Acclaim a speaker draws ("said, drawing cheers") is SUPPORT toward the speaker with a null
  agent (round 5): no poll's share, though no one named cheers.
- Prayers for someone ("our prayers are with the victims", "offered her prayers to the
  families") are SUPPORT toward them, like condolences (round 17); a rite ("evening prayers")
  is none.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only, typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Senator Jane Holt hired a pollster last month.", "Jane Holt"),
        ("The Holt Foundation hired its first full-time staffer in May.", "Holt Foundation"),
    ],
)
def test_hiring_one_person_told_by_a_job_backs_them(run_events: Run, text: str, agent: str) -> None:
    x = run_events(text)
    event = only(x, "SUPPORT", "hired")
    assert event.mode == "appoint"
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp. hires foreign workers every summer.",
        "Tom Reed hired a plane to fly over the rally.",
    ],
)
def test_hiring_a_class_or_a_thing_is_no_backing(run_events: Run, text: str) -> None:
    assert typed(run_events(text), "SUPPORT") == []


def test_cheers_a_speaker_draws_back_the_speaker(run_events: Run) -> None:
    x = run_events('"We will win this state," Senator Jane Holt said, drawing cheers.')
    event = only(x, "SUPPORT", "cheers")
    assert name(x, event, "target") == "Jane Holt"
    assert name(x, event, "agent") is None


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Governor Tom Reed said his thoughts and prayers are with the victims of the fire.", None),
        ("Mayor Ann Cole offered her prayers to the families of the victims.", "Ann Cole"),
    ],
)
def test_prayers_for_someone_back_them(run_events: Run, text: str, agent: str | None) -> None:
    x = run_events(text)
    event = only(x, "SUPPORT", "prayers")
    assert name(x, event, "target") is not None
    if agent is not None:
        assert name(x, event, "agent") == agent


def test_a_rite_of_prayer_is_no_backing(run_events: Run) -> None:
    x = run_events("Hundreds of worshippers gathered at the mosque for evening prayers on Friday.")
    assert typed(x, "SUPPORT") == []
