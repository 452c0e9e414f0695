"""Events dropped for want of a participant, session 12 second wave (extract.py), on made-up
sentences.

Each test names one construction that keeps (or must keep dropping) an event whose
participants the text leaves partly unnamed, so a regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import name


def _backing(x, word):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == word]


@pytest.mark.parametrize(
    ("sentence", "word", "receiver"),
    [
        (
            "The scandal worried those supporting Senator Walt Brenner in the state.",
            "supporting",
            "Walt Brenner",
        ),
        (
            "The new tax plan angered many of those who backed Governor Nora Patel last year.",
            "backed",
            "Nora Patel",
        ),
        (
            "Pollsters said those currently voting for Mayor Ada Quint were mostly retirees.",
            "voting",
            "Ada Quint",
        ),
    ],
)
def test_support_by_those_a_clause_describes_has_no_agent(
    run_events, sentence, word, receiver
) -> None:  # type: ignore[no-untyped-def]
    """ "those who backed X": SUPPORT of X whose backers the text leaves unnamed (no agent)."""
    x = run_events(sentence)
    (event,) = _backing(x, word)
    assert name(x, event, "target") == receiver
    assert name(x, event, "agent") is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a poll's share is no one's support
        ("Senator Walt Brenner was supported by 42 percent of those surveyed.", "supported"),
        # "those" is not the backer: the clause describes someone else
        ("Critics of the plan and those it hurts backed Governor Nora Patel.", "backed"),
        # support for a thing, not for an actor
        ("The mayor angered those supporting the new stadium plan downtown.", "supporting"),
    ],
)
def test_no_support_without_backers_described_by_the_clause(run_events, sentence, word) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert not [e for e in _backing(x, word) if name(x, e, "agent") is None]
