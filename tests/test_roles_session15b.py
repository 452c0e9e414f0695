"""Event roles, session 15 second pass (roles.py), on made-up texts.

The roles' fallback look-up of a pronoun the actors plugin left unlinked agrees in gender:
"him" is not the woman called "she" just before, while a man called "he" is still found.
A nominal attack in words needs a target ("his attacks on X"): "Hale's attacks" alone is
no event; the verb ("Hale attacked again") keeps its event.
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


@pytest.mark.parametrize(
    "text",
    [
        "The governor struggled to answer Senator Tom Hale's attacks during the debate.",
        "Voters cheered when Senator Tom Hale renewed his attack at the rally in the evening.",
    ],
)
def test_nominal_attack_in_words_with_no_target_is_no_event(run_events, text):  # type: ignore[no-untyped-def]
    x = run_events(text)
    assert not [e for e in x.events if e.trigger.text in ("attack", "attacks")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Tom Hale renewed his attacks on Governor Nora Patel on Monday.", "attacks"),
        ("Senator Tom Hale's attack on Governor Nora Patel's record drew applause.", "attack"),
        ("Senator Tom Hale attacked again on Monday.", "attacked"),  # a verb keeps it
    ],
)
def test_attack_in_words_with_a_target_or_a_verb_stays(run_events, text, trigger):  # type: ignore[no-untyped-def]
    x = run_events(text)
    assert [e.type for e in x.events if e.trigger.text == trigger] == ["ACCUSE"]
