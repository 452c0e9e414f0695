"""Event roles, session 15 (roles.py, pronouns.py), on made-up texts.

One judges another's things: in "Governor Reed questioned his judgment" the "his" is the
person named before the judge, not the judge, so the judged thing's owner is the target. The
pronoun is read again without the judge only for a person the text has already called by a
pronoun of the same gender, and never for "his own ...".
"""

from __future__ import annotations

import pytest

from .events_helpers import name


def _event(x, type_: str, trigger: str):  # type: ignore[no-untyped-def]
    found = [e for e in x.events if e.type == type_ and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Senator Tom Hale said on Monday that he would cut taxes. "
            "Governor Mark Reed questioned his judgment.",
            "questioned",
            "Tom Hale",
        ),
        (
            "Senator Tom Hale has run for office three times, and he lost twice. "
            "In a debate on Tuesday, Governor Mark Reed mocked his record.",
            "mocked",
            "Tom Hale",
        ),
    ],
)
def test_the_owner_of_a_judged_thing_is_another_person(  # type: ignore[no-untyped-def]
    run_events, text, trigger, target
) -> None:
    """ "X questioned his judgment": the judgment is the earlier person's, X accuses him."""
    x = run_events(text)
    event = _event(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Mark Reed"
    assert name(x, event, "target") == target


@pytest.mark.parametrize(
    "text",
    [
        # the judge's own thing, said so
        "Senator Tom Hale said he would cut taxes. Governor Mark Reed criticized his own record.",
        # the only other person is never called "she": no gender to agree with
        "Mayor Ann Cole spoke after the New York businessman. Later, she criticized her record.",
        # the only other person is a man: "her" is not him
        "Senator Tom Hale said he would cut taxes. Mayor Ann Cole said she was wrong, and she "
        "criticized her record.",
    ],
)
def test_no_other_owner(run_events, text) -> None:  # type: ignore[no-untyped-def]
    """Own things, and pronouns no other person agrees with, leave the target unnamed."""
    x = run_events(text)
    event = _event(x, "ACCUSE", "criticized")
    assert name(x, event, "target") is None
