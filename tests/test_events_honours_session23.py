"""Honours and appointments with no named giver (events plugin, session 23), on made-up
sentences.

The awards rulings (round 10: awards given with no named giver are SUPPORT with a null
agent; round 20: giving an award or honour is SUPPORT from the giver, null when unnamed)
and round 17's "if nominated" (SUPPORT (appoint) with no agent): a passive "was honored
with/at/for ...", "was awarded", "was appointed/named" with no "by"-agent and a prize
winner described ("X, a Nobel Prize winner") are SUPPORT toward the one honoured with no
agent. The negative cases are the feelings ("I'm honored", "would be honored to serve"),
winners of no honour ("the winner of the primary") and elections (the electorate's act). An endorser described backs the one named,
like a supporter (round 5: "endorsers" in title position).
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, typed


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Jane Doe was honored with a spot on the lead float.", "honored"),
        ("Jane Doe was honored at the gala on Friday for her work with veterans.", "honored"),
        ("Jane Doe was awarded the Presidential Medal of Freedom in 2012.", "awarded"),
        ("Jane Doe was appointed ambassador to France in 2012.", "appointed"),
        ("Jane Doe was named chairwoman of the committee on Monday.", "named"),
    ],
)
def test_a_passive_honour_with_no_giver_backs_the_one_honoured(  # type: ignore[no-untyped-def]
    run_events, sentence: str, trigger: str
) -> None:
    x = run_events(sentence)
    event = only(x, "SUPPORT", trigger)
    assert name(x, event, "agent") is None
    assert name(x, event, "target") == "Jane Doe"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe, a Nobel Prize winner, said the plan would fail.",
        "Tom Reed, the winner of the Pulitzer Prize, spoke on Monday.",
    ],
)
def test_a_prize_winner_described_was_honoured(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = typed(run_events(sentence), "SUPPORT")
    assert [(trigger, agent) for trigger, agent, _ in found] == [("winner", None)]
    assert found[0][2] in ("Jane Doe", "Tom Reed")


@pytest.mark.parametrize(
    "sentence",
    [
        '"I\'m honored," Jane Doe said on Monday.',
        "Jane Doe said she would be honored to serve as governor.",
        "Tom Reed was the winner of the primary in Ohio.",
        "Tom Reed was elected governor of Ohio in 2010.",
    ],
)
def test_a_feeling_or_a_race_won_is_no_honour(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(run_events(sentence), "SUPPORT") == []


def test_an_endorser_described_backs_the_one_named(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed, a longtime endorser of Mary Walsh, said the plan was bad.")
    assert typed(x, "SUPPORT") == [("endorser", "Tom Reed", "Mary Walsh")]
