"""Targets of reflexive objects, verb + noun idioms and money put into someone (session 10).

A reflexive object is the agent again, so the preposition after it names the other party
("distanced himself from X"); an idiom's noun leaves its partner on a preposition of the noun
or of the verb ("parted ways with X"); money is given "into" a fund as well as "to" it.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger", "agent", "target"),
    [
        (
            "Senator Tom Reed distanced himself from Mary Walsh on Monday.",
            "SANCTION",
            "distanced",
            "Tom Reed",
            "Mary Walsh",
        ),
        (
            "The Acme network parted ways with Tom Reed last year.",
            "SANCTION",
            "parted",
            "Acme",
            "Tom Reed",
        ),
        (
            "Tom Reed poured $25 million into Mary Walsh's campaign.",
            "AID",
            "poured",
            "Tom Reed",
            "Walsh",
        ),
    ],
)
def test_idiom_and_reflexive_targets(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, trigger: str, agent: str | None, target: str
) -> None:
    x = run_events(sentence)
    event = only(x, type_, trigger)
    assert target in (name(x, event, "target") or "")
    if agent is not None:
        assert agent in (name(x, event, "agent") or "")


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # no actor is left behind: one's own remarks, money spent on a thing
        ("The Acme network distanced itself from the remarks.", "SANCTION", "distanced"),
        ("Tom Reed poured $2 million into television ads.", "AID", "poured"),
        # a reflexive with no one else named stays a reflexive (no event between actors)
        ("Tom Reed defended himself on Monday.", "SUPPORT", "defended"),
    ],
)
def test_no_other_party_no_event(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, trigger: str
) -> None:
    assert trigger not in triggers(run_events(sentence), type_)


def test_reflexive_object_gives_way_to_the_preposition(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh defended herself against Tom Reed at the hearing.")
    for event in x.events:
        assert (name(x, event, "target") or "") != "herself"
