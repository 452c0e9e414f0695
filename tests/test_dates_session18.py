"""Dates of session 18: the day of a paragraph's scene.

A paragraph that names a day of the week before publication ("on Monday") tells one scene,
and its later acts told in the simple past take that day, whoever does them ("Crowds
gathered in Dayton. Walsh criticized Reed."), even two sentences on and with no act of the
same agent dated before. Not across a paragraph break, not a present perfect ("has
criticized"), not an event noun ("responded to Walsh's criticism"), not an act inside a
quotation, and not after a date that is no day of the story ("in 2012").

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); the scene is
told after four paragraphs with no date, so the story-day pass (the first day of the
article's opening paragraphs) does not date it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)

_OPENING = (
    "Ohio Race Heats Up.\n\n"
    "The race for governor of Ohio has grown bitter.\n\n"
    "Polls show a close contest between the two parties.\n\n"
    "Voters say the economy matters most to them.\n\n"
    "Turnout is expected to be high.\n\n"
)


def _scene(*sentences: str) -> str:
    return _OPENING + "The campaign trail in Dayton was crowded on Monday. " + " ".join(sentences)


def test_a_later_act_of_the_paragraph_takes_the_scene_day(
    run_events,  # type: ignore[no-untyped-def]
) -> None:
    text = _scene(
        "Crowds gathered outside the union hall.",
        "Senator Mary Walsh criticized Governor Tom Reed.",
    )
    assert start(event_on(run_events(text), "criticized")) == _MONDAY


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a new paragraph: another scene as often as the same one
        (
            _scene("Crowds gathered outside the union hall.")
            + "\n\nSenator Mary Walsh criticized Governor Tom Reed.",
            "criticized",
        ),
        # a present perfect sums up acts over a span
        (
            _scene(
                "Crowds gathered outside the union hall.",
                "Senator Mary Walsh has criticized Governor Tom Reed.",
            ),
            "criticized",
        ),
        # an event noun names an act done before
        (
            _scene(
                "Crowds gathered outside the union hall.",
                "Governor Tom Reed responded to the criticism from Senator Mary Walsh.",
            ),
            "criticism",
        ),
        # a date that is no day of the story ends the scene
        (
            _scene(
                "Crowds gathered outside the union hall.",
                "In 2012, the union backed Reed.",
                "Senator Mary Walsh criticized Governor Tom Reed.",
            ),
            "criticized",
        ),
    ],
)
def test_the_scene_day_does_not_carry(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert start(event_on(run_events(text), trigger)) != _MONDAY
