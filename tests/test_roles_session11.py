"""Participants of events, session 11 (roles.py, syntax.py, participant_actors.py), on
made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import actors_and_events, event_on, name


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    return actors_and_events(nlp)


@pytest.mark.parametrize(
    ("sentence", "trigger", "group"),
    [
        ("The mayor scolded security guards for not removing the hecklers.", "scolded", "guards"),
        ("The senators were booed by hecklers in Dayton on Monday.", "booed", "hecklers"),
        ("Trade officials urged surrogates to repeat the claim.", "urged", "surrogates"),
    ],
)
def test_a_group_noun_participant_becomes_an_actor(run, sentence, trigger, group) -> None:  # type: ignore[no-untyped-def]
    x = run(sentence)
    event = event_on(x, trigger)
    assert any(group in (name(x, event, role) or "") for role in ("agent", "target"))


def test_a_plural_thing_is_no_new_actor(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The mayor scolded the new parking rules on Monday.")
    event = event_on(x, "scolded")
    assert name(x, event, "target") is None
