"""Event roles, session 15 second pass (roles.py), on made-up texts.

The roles' fallback look-up of a pronoun the actors plugin left unlinked agrees in gender:
"him" is not the woman called "she" just before, while a man called "he" is still found.
"""

from __future__ import annotations

import pytest


def _role_actor(x, trigger: str, role: str):  # type: ignore[no-untyped-def]
    """The actor of the first ``role`` participant of the event on ``trigger``."""
    found = [e for e in x.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    roles = [p for p in found[0].participants if p.role == role]
    assert roles, found[0].participants
    return roles[0].actor


@pytest.mark.parametrize(
    ("text", "trigger", "role"),
    [
        (
            "Governor Nora Patel has faced weeks of criticism. She has refused to answer "
            "questions. The editorial boards urged him to resign on Tuesday.",
            "urged",
            "target",
        ),
        (
            "Mayor Ellen Cole spoke to reporters on Monday. She said the city would recover. "
            "Critics asked him to resign.",
            "asked",
            "target",
        ),
        (
            "Senator Ruth Vance held a news conference. She defended the bill. Protesters "
            "demanded that he resign.",
            "resign",
            "agent",
        ),
    ],
)
def test_pronoun_of_the_other_gender_is_not_the_woman(run_events, text, trigger, role):  # type: ignore[no-untyped-def]
    x = run_events(text)
    assert _role_actor(x, trigger, role) is None


def test_pronoun_of_the_same_gender_is_still_found(run_events):  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Tom Hale held a news conference. He defended the bill. Protesters "
        "demanded that he resign."
    )
    actor = _role_actor(x, "resign", "agent")
    assert actor is not None
    assert any(m.text == "Tom Hale" for m in x.actor(actor).mentions)
