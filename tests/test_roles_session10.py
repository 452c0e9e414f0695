"""Participants of events, session 10 (roles.py, syntax.py), on made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import event_on, name


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Senator Ruth Calder was eager to criticize Governor Paul Aston on Monday.", "criticize"),
        ("Senator Ruth Calder has been busy attacking Governor Paul Aston.", "attacking"),
        ("Senator Ruth Calder is willing to work with Governor Paul Aston.", "work"),
    ],
)
def test_an_adjective_passes_its_subject_to_the_infinitive(run_events, sentence, trigger) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = event_on(x, trigger)
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_an_adjective_after_its_noun_passes_it_on(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder, reluctant to endorse Governor Paul Aston, stayed home.")
    event = event_on(x, "endorse")
    assert name(x, event, "agent") == "Ruth Calder"


def test_a_tough_adjective_does_not_make_its_subject_the_agent(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Paul Aston is hard to criticize, Senator Ruth Calder said.")
    events = [e for e in x.events if e.trigger.text == "criticize"]
    assert all(name(x, e, "agent") != "Paul Aston" for e in events)


def test_a_name_inside_a_description_stands_for_its_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Governor Paul Aston won the primary on Tuesday. Senator Ruth Calder, a prominent"
        " Aston supporter, spoke on Wednesday."
    )
    event = event_on(x, "supporter")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_a_person_before_a_killing_noun_is_its_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Barack Obama has watched the video of the Jamal Bennett shooting.")
    event = event_on(x, "shooting")
    assert "Bennett" in (name(x, event, "target") or "")
    assert name(x, event, "agent") is None


def test_a_letter_asks_whom_it_is_sent_to(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Ruth Calder wrote a letter to Governor Paul Aston asking that the police be"
        " investigated."
    )
    event = event_on(x, "asking")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_a_named_object_of_urging_is_still_the_one_urged(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The senators sent a letter to the Federal Election Commission urging Governor Paul"
        " Aston to resign."
    )
    event = event_on(x, "urging")
    assert name(x, event, "target") == "Paul Aston"
