"""Talks given at an organisation named as their host (events plugin, session 20), on made-up
sentences.

A speech, an address or remarks at a named organisation, and speaking at one, are CONSULT
(visit) from the speaker toward the host (round-15 ruling: speaking at an event an
organisation runs; round 5: a speech to a named host); an address to a named host is read
like a speech to one. The negative cases are what the conditions keep out: a gathering
("at the Republican National Convention", left unannotated in the tuning rounds), a place
with no name, and a talk no clause gives a speaker.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger", "host"),
    [
        # the noun's own "at"
        (
            "Paul Miller praised the plan in a speech at the Brookings Institution.",
            "speech",
            "Brookings Institution",
        ),
        (
            "In a speech at the Brookings Institution, Paul Miller praised the plan.",
            "speech",
            "Brookings Institution",
        ),
        # the "at" on the light verb
        (
            "Paul Miller will deliver a foreign policy address at the Heritage Foundation.",
            "address",
            "Heritage Foundation",
        ),
        (
            "Paul Miller gave remarks on Tuesday at the Carnegie Endowment.",
            "remarks",
            "Carnegie Endowment",
        ),
        # an address to a named host, like a speech to one
        (
            "Paul Miller praised the plan in an address to Ohio Democrats on Sunday.",
            "address",
            "Ohio Democrats",
        ),
        # the verb
        (
            "Paul Miller spoke at the Brookings Institution on Sunday.",
            "spoke",
            "Brookings Institution",
        ),
    ],
)
def test_a_talk_at_a_named_host_consults_it(
    run_events, sentence: str, trigger: str, host: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "CONSULT", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == host


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a gathering hosts no one by itself (a party convention does since session 22:
        # rounds 17-20 mark convention speeches, see test_events_session22_latest_rulings.py)
        ("Paul Miller gave a speech at the Sunshine Summit.", "speech"),
        # a place with no name
        ("Paul Miller gave a speech at a church in Dayton.", "speech"),
        # no speaker: the host alone tells no visit
        ("The speech will be delivered at the Brookings Institution.", "speech"),
    ],
)
def test_a_talk_with_no_named_host_or_no_speaker_is_no_event(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "CONSULT")
