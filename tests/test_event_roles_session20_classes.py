"""Event roles, session 20 (participant_actors.py), on made-up texts.

Session 19's null target for a measure against a class of migrants, made general: a ban
or measure on any bare plural class of people or bodies ("ban all Muslims", "blocked
banks") keeps no target (the guidelines' later rulings: generic classes are no actors and
their events keep a null participant). Things ("documents") and one actor's things
("Acme Corporation documents") are no class and keep theirs.
"""

from __future__ import annotations

import pytest
from newsextract_events.participant_actors import _class_plural

from .events_helpers import name, only


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Governor Paul Miller vowed to ban all Muslims from the state.", "ban"),
        ("Senator Jim Hale vowed to ban banks.", "ban"),
        ("Mayor Tom Reed wants to ban Catholics from the council.", "ban"),
    ],
)
def test_a_ban_on_a_bare_class_of_people_has_no_target(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str
) -> None:
    x = run_events(text)
    event = only(x, "COERCE", trigger)
    assert name(x, event, "target") is None
    assert name(x, event, "agent") is not None  # the one who would ban still acts


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # counted: a group the text has in mind
        ("Governor Paul Miller banned the three lobbyists on Monday.", "banned", "lobbyists"),
    ],
)
def test_a_counted_class_keeps_its_actor(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, target: str
) -> None:
    x = run_events(text)
    event = only(x, "COERCE", trigger)
    assert target in (name(x, event, "target") or "")


@pytest.mark.parametrize(
    ("text", "head", "is_class"),
    [
        ("They will ban Catholics.", "Catholics", True),
        ("They will ban hackers.", "hackers", True),
        # things, not people or bodies
        ("They will ban documents.", "documents", False),
        # one named actor's things
        ("They will ban Acme Corporation lawyers.", "lawyers", False),
    ],
)
def test_only_a_bare_plural_of_people_or_bodies_is_a_class(  # type: ignore[no-untyped-def]
    nlp, text: str, head: str, is_class: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == head)
    assert _class_plural(token) is is_class
