"""Session 23, COERCE recall: telling untruths is COERCE (misinformation) by the liar toward the
one lied to or about (rulings of rounds 11 and 17), and "lie" in its other senses, a denial
and a repetition for emphasis are no event (made-up sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only, typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt lied to Tom Reed about the budget on Monday.", "lied"),
        ("Tom Reed said Senator Jane Holt is lying to him about the budget.", "lying"),
        ("Governor Tom Reed warned that Senator Jane Holt would lie to him again.", "lie"),
    ],
)
def test_the_liar_misleads_the_one_lied_to(run_events: Run, text: str, trigger: str) -> None:
    """The liar (subject) is the agent, the "to"-object the target."""
    x = run_events(text)
    event = only(x, "COERCE", trigger)
    assert event.mode == "misinformation"
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Reed"


def test_lied_about_someone(run_events: Run) -> None:
    """ "lied about X": the one lied about is the target (round 17, "being lied about")."""
    x = run_events("Senator Jane Holt lied about Tom Reed in her speech on Monday.")
    event = only(x, "COERCE", "lied")
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Reed"


def test_a_bare_lie_names_the_liar(run_events: Run) -> None:
    """With nothing placing it, "lie" is the untruth: "will smile at voters and lie"."""
    x = run_events("Tom Reed said Senator Jane Holt will smile at voters and lie.")
    event = only(x, "COERCE", "lie")
    assert name(x, event, "agent") == "Jane Holt"


def test_a_repeated_lie_is_one_event(run_events: Run) -> None:
    """ "lie and lie and lie" repeats one act for emphasis: one event, on the first verb."""
    x = run_events("Tom Reed said Senator Jane Holt will lie and lie and lie.")
    assert [t for t, _, _ in typed(x, "COERCE")] == ["lie"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed lies in third place behind Senator Jane Holt, the poll found.",
        "Senator Jane Holt lay on the couch after the debate with Tom Reed.",
        "Tom Reed lies ahead of Senator Jane Holt in the new poll.",
        "Senator Jane Holt said she had not lied to Tom Reed.",
    ],
)
def test_other_senses_and_denials_are_no_lie(run_events: Run, text: str) -> None:
    """Being situated or lying down is no untruth, and a denial reports no act."""
    assert not typed(run_events(text), "COERCE")
