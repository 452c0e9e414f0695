"""Events found by their triggers but once dropped for want of a participant, session 21
(extract.py), on made-up sentences.

Each test names one construction that decides whether a found event stays when the text
names no actor on one side (or on either side), so a regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Senator Jane Doe slammed the tax loophole on Monday.", "slammed"),
        ("Governor John Smith lamented the decline of the steel industry.", "lamented"),
    ],
)
def test_an_actor_criticising_an_unowned_thing_is_an_accusation_with_no_target(
    run_events, sentence, trigger
) -> None:  # type: ignore[no-untyped-def]
    event = only(run_events(sentence), "ACCUSE", trigger)
    assert name(run_events(sentence), event, "agent") is not None
    assert name(run_events(sentence), event, "target") is None


def test_an_actor_embracing_an_unowned_thing_is_backing_with_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Jane Doe embraced a more aggressive approach.")
    event = only(x, "SUPPORT", "embraced")
    assert name(x, event, "agent") == "Jane Doe"


def test_criticism_no_actor_makes_stays_out(run_events) -> None:  # type: ignore[no-untyped-def]
    # no actor criticises: still no event
    assert (
        triggers(run_events("Many voters lamented the decline of the steel industry."), "ACCUSE")
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "After the shootings, residents gathered downtown.",
        "The protests spread to three more towns by Friday.",
    ],
)
def test_an_attack_or_protest_noun_naming_no_one_is_an_event(run_events, sentence) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert [e for e in x.events if e.type in ("ASSAULT", "PROTEST")], [
        (e.type, e.trigger.text) for e in x.events
    ]


def test_an_attack_on_a_thing_stays_out(run_events) -> None:  # type: ignore[no-untyped-def]
    # a participant that is no actor: criticism of an idea, not violence
    assert triggers(run_events("The attack on tax cuts went nowhere."), "ASSAULT") == []


def test_contributions_from_a_named_giver_are_aid(run_events) -> None:  # type: ignore[no-untyped-def]
    # the giver in the "from"-phrase is the agent even with no receiver named (round 19: a sum
    # given is AID); "contributions" alone stayed out since session 3
    x = run_events("The Reed campaign was funded by contributions from the Acme Corporation.")
    event = only(x, "AID", "contributions")
    assert name(x, event, "agent") == "Acme Corporation"


def test_contributions_with_no_giver_stay_out(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Jane Doe made major contributions to science.")
    assert triggers(x, "AID") == []
