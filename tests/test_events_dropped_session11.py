"""Events found by their triggers but once dropped after their roles, session 11 second
wave (roles.py, extract.py), on made-up sentences.

Each test names one construction that decides whether a found event keeps its
participants, so a regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, triggers


def test_call_on_with_the_preposition_parsed_as_a_particle(run_events) -> None:  # type: ignore[no-untyped-def]
    # the parser tags "on" a particle yet hangs "police" on it: police are still asked
    x = run_events("The mayor's widow has called on police to release the recordings.")
    requests = [e for e in x.events if e.type == "REQUEST" and e.trigger.text == "called"]
    assert len(requests) == 1
    assert name(x, requests[0], "target") is not None


def test_called_on_a_day_is_no_request(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The senator called on Monday.")
    assert triggers(x, "REQUEST") == []


def test_criticising_another_actors_doing_targets_that_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Most Republicans opposed Barack Obama's outreach to Cuba.")
    accusations = [e for e in x.events if e.type == "ACCUSE" and e.trigger.text == "opposed"]
    assert len(accusations) == 1
    assert name(x, accusations[0], "target") == "Barack Obama"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Jane Doe opposed her own party's plan.",  # her own: no one else criticised
        "Senator Jane Doe opposed the plan.",  # a thing with no owner
    ],
)
def test_opposing_ones_own_or_an_unowned_thing_is_no_accusation(run_events, sentence) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "ACCUSE") == []


def test_visiting_another_actors_place_meets_that_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Jane Doe visited the Acme Corporation's headquarters in Ohio on Monday."
    )
    meetings = [e for e in x.events if e.type == "CONSULT" and e.trigger.text == "visited"]
    assert len(meetings) == 1
    assert name(x, meetings[0], "target") == "Acme Corporation"


def test_visiting_an_unowned_place_is_no_meeting_for_the_rules(run_events, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the rules find no one met; since session 25 the learned gate's candidate stays as a
    # campaign visit with no target (the guidelines' "campaign stops with no one visited are
    # CONSULT (visit) with no target": test_learned_triggers_session25)
    import newsextract_events.extract as ex

    monkeypatch.setattr(ex, "_gated_sense", lambda trig, roles, judged, *_a: None)
    x = run_events("Senator Jane Doe visited a halfway house in Ohio on Monday.")
    assert triggers(x, "CONSULT") == []
