"""Fixes from session 13's review, on made-up sentences.

An interview's outlet made an actor from the name before the noun is the
media, not an organisation: users aggregate actors by type, and an outlet
typed as a body would count as a political organisation.
"""

from __future__ import annotations

import pytest

from .events_helpers import only


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Lee Park defended the budget in an MSNBC interview on Sunday.",
        "Senator Ann Crowe told reporters in a Bloomberg interview that taxes would rise.",
    ],
)
def test_an_interviews_outlet_is_a_media_actor(run_events, sentence) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "CONSULT", "interview")
    target = next(p for p in event.participants if p.role == "target")
    assert target.actor is not None
    actor = x.actor(target.actor)
    assert actor is not None
    assert actor.type == "media"
