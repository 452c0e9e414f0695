"""Event roles, session 13 second pass (implicit_roles.py, roles.py), on made-up sentences.

Each test names one construction whose participant the roles read (or must not read), so a
regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import name


def _visits(x, word):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "CONSULT" and e.trigger.text == word]


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The comments echo those Tom Hale made at a March 9 rally in Eugene.", "Tom Hale"),
        ("Tom Hale said Nora Patel was a fraud on Wednesday at a Florida rally.", "Tom Hale"),
        ("Nora Patel claimed the mayor was a crook during a rally in Dayton.", "Nora Patel"),
    ],
)
def test_a_rally_known_by_its_place_gets_its_holder_from_the_clause(
    run_events, sentence, holder
) -> None:  # type: ignore[no-untyped-def]
    """A rally kept for its place: the clause's subject (or the speaker, when the parser hung
    the rally in the reported words) holds it."""
    x = run_events(sentence)
    (event,) = _visits(x, "rally")
    assert name(x, event, "agent") == holder


@pytest.mark.parametrize(
    "sentence",
    [
        "Nora Patel was a protester at a Florida rally.",
        "Students ejected from a rally in Billings on Tuesday were upset.",
        "Tom Hale thinks Nora Patel is a protester at a Florida rally.",
    ],
)
def test_no_holder_for_a_rally_one_only_attends(run_events, sentence) -> None:  # type: ignore[no-untyped-def]
    """Someone at or ejected from a rally does not hold it (a verb of thinking reports no
    occasion of its own)."""
    x = run_events(sentence)
    (event,) = _visits(x, "rally")
    assert name(x, event, "agent") is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "role", "group"),
    [
        ("Tom Hale's followers attacked Nora Patel on Monday.", "attacked", "agent", "followers"),
        (
            "Pastor Ann Brooks said her parishioners praised Tom Hale on Sunday.",
            "praised",
            "agent",
            "parishioners",
        ),
        (
            "Nora Patel accused Tom Hale's followers of sexism.",
            "accused",
            "target",
            "followers",
        ),
    ],
)
def test_someones_followers_take_part_as_themselves(
    run_events, sentence, trigger, role, group
) -> None:  # type: ignore[no-untyped-def]
    """ "Sanders's followers", "her parishioners": a group of their own, not their leader."""
    x = run_events(sentence)
    (event,) = [e for e in x.events if e.trigger.text == trigger]
    assert name(x, event, role) == group


def test_an_owners_thing_still_stands_for_the_owner(run_events) -> None:  # type: ignore[no-untyped-def]
    """A thing of someone is still its owner's ("Tom Hale's plan" was attacked: Tom Hale)."""
    x = run_events("Nora Patel attacked Tom Hale's plan on Monday.")
    (event,) = [e for e in x.events if e.trigger.text == "attacked"]
    assert name(x, event, "target") == "Tom Hale"
