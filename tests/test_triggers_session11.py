"""Trigger families of the events plugin's session 11, on made-up sentences.

Each case names one family or construction (lexicon.py / triggers.py); the negative cases are
the readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # reversing oneself gives in (round-5 ruling: CONCEDE with no target)
        ("Tom Reed reversed himself a week later.", "CONCEDE", "reversed"),
        ("Mary Walsh changed her position on the tax plan in May.", "CONCEDE", "changed"),
        ("Two days later, Tom Reed reversed course.", "CONCEDE", "reversed"),
        # conceding a race (no clause): giving in
        ("Tom Reed conceded the race to Mary Walsh on Tuesday night.", "CONCEDE", "conceded"),
        # blocking a law, a visit, access, or someone from acting restricts (COERCE)
        ("A federal judge blocked Ruritania's new law on Friday.", "COERCE", "blocked"),
        ("The DNC blocked Mary Walsh's access to the voter data.", "COERCE", "blocked"),
        ("Tom Reed said the wall will block them from entering the country.", "COERCE", "block"),
        # a candidate leaving the race, like "dropped out"
        ("Tom Reed has no wish to get out of the primary.", "RETREAT", "get"),
        ("Mary Walsh quit the race in February.", "RETREAT", "quit"),
    ],
)
def test_session11_triggers(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), type_)


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # changing one's mind or a policy is no giving in to anyone
        ("Many voters changed their minds after the debate.", "CONCEDE", "changed"),
        ("Tom Reed changed the rules of the contest.", "CONCEDE", "changed"),
        # admitting a fact is no concession (round-1 ruling)
        ("Tom Reed conceded that it had been a rough evening.", "CONCEDE", "conceded"),
        ("Mary Walsh's advisers concede the campaign is in trouble.", "CONCEDE", "concede"),
        # blocking a nomination or a discussion rejects it
        ("Senate Republicans blocked the nomination of Mary Walsh.", "COERCE", "blocked"),
        ("Ruritania blocked any discussion of a joint army.", "COERCE", "blocked"),
        # getting out the vote, leaving a room, quitting a job
        ("Acme Corp. volunteers will get out the vote in Ohio.", "RETREAT", "get"),
        ("Tom Reed told the reporters to get out of the room.", "RETREAT", "get"),
        ("Tom Reed quit his job at Acme Corp.", "RETREAT", "quit"),
        ("The result leaves the race where it was.", "RETREAT", "leaves"),
    ],
)
def test_session11_not_this_trigger(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), type_)


def test_reversal_has_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh changed her position on the tax plan in May.")
    event = only(x, "CONCEDE", "changed")
    assert not any(p.role == "target" and p.actor for p in event.participants)
