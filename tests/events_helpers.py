"""Shared by the events plugin's construction and trigger tests: one pipeline shape, one reader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import newsextract
from newsextract import Event, Extraction

#: The publication date of every made-up article (relative dates resolve against it).
WEDNESDAY = dt.date(2023, 3, 1)


def actors_and_events(nlp: Any) -> Callable[..., Extraction]:
    """``extract(text, published=WEDNESDAY)`` with only the plugins events depend on.

    The learned role scorer is off: these tests pin what the rules read; the scorer
    that fills roles after them has its own tests (test_learned_roles.py).
    """
    pipeline = newsextract.Pipeline(
        nlp=nlp, enable=["actors", "events"], settings={"events": {"learned_roles": "off"}}
    )

    def extract(text: str, published: dt.date | None = WEDNESDAY) -> Extraction:
        return pipeline.extract(text, published=published)

    return extract


def name(x: Extraction, event: Event, role: str) -> str | None:
    """The name of the actor in ``role`` (the first participant of it with an actor)."""
    for participant in event.participants:
        if participant.role == role and participant.actor is not None:
            actor = x.actor(participant.actor)
            return actor.name if actor else None
    return None


def only(x: Extraction, type_: str, trigger: str | None = None) -> Event:
    """The one event of ``type_`` (with that trigger text, if given); fails if none or several."""
    found = [
        e for e in x.events if e.type == type_ and (trigger is None or e.trigger.text == trigger)
    ]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


def assert_office_held(x: Extraction, trigger: str, holder: str = "Paul Miller") -> None:
    """The one COOPERATE on ``trigger`` is an office or profession ``holder`` holds in their
    own name: mode "office", no target (the job rulings of rounds 19 and 20), as several
    sessions' job and office tests check."""
    event = only(x, "COOPERATE", trigger)
    assert event.mode == "office"
    assert name(x, event, "agent") == holder
    assert name(x, event, "target") is None


def typed(x: Extraction, type_: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger text, agent name, target name) of the events of ``type_``, in order; a role
    with no actor is ``None``."""
    names = {a.id: a.name for a in x.actors}
    found = []
    for event in x.events:
        if event.type != type_:
            continue
        roles = {p.role: names.get(p.actor or "") for p in event.participants}
        found.append((event.trigger.text, roles.get("agent"), roles.get("target")))
    return found


def triggers(x: Extraction, type_: str) -> list[str]:
    """The trigger texts of the events of ``type_``, in order."""
    return [e.trigger.text for e in x.events if e.type == type_]


def event_on(x: Extraction, trigger: str) -> Event:
    """The first event whose trigger text is ``trigger``; fails, listing the events, if none."""
    found = [e for e in x.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


def start(event: Event) -> dt.date | None:
    """The first day of the event's time, or ``None`` when it has none."""
    return event.when.start if event.when is not None else None
