"""Trigger constructions of the events plugin's session 13, second pass (triggers.py), on
made-up sentences.

Each case names one construction; the negative cases are the readings its condition exists
to keep out.
"""

from __future__ import annotations

import pytest
from newsextract_events import triggers as trigger_module

from .events_helpers import triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # an agreement sealed, completed, neared or finalized is reached (or nearly)
        ("Tom Reed sealed a free-trade pact in the Pacific region last spring.", "pact"),
        ("Negotiators from forty nations completed an agreement on fishing quotas.", "agreement"),
        ("The union and the city are nearing an agreement on wages, officials said.", "agreement"),
        ("The two governments finalized the accord on Tuesday.", "accord"),
    ],
)
def test_agreement_light_verbs(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "AGREE")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # "seal the deal" is an idiom (clinch a win); "a good deal of" is an amount
        ("A win in Ohio would seal the deal for Mary Walsh.", "deal"),
        ("Tom Reed completed a good deal of work on the bridge.", "deal"),
        # these verbs make no agreement of other event nouns ("interview" is a CONSULT)
        ("Mary Walsh completed the interview with the paper on Friday.", "interview"),
    ],
)
def test_no_agreement_without_one(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "AGREE")


def test_participant_conditions_include_the_noun_ones() -> None:
    """The conditions a verbal noun keeps are among those judged with the participants."""
    assert trigger_module._PARTICIPANT_NEEDS <= trigger_module.JUDGED_WITH_PARTICIPANTS


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a poll share's answer is a poll result, no one's act (round-11 ruling)
        (
            "The poll found that 70 percent of the members said they would vote for Mary Walsh.",
            "vote",
        ),
        ("A new survey found 40% of union members aren't sure they'll vote for Tom Reed.", "vote"),
        (
            "Among likely voters, 46 percent would choose Mary Walsh and 44 percent back Tom Reed.",
            "back",
        ),
    ],
)
def test_poll_share_answers_are_no_support(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "SUPPORT")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a person's own vote, or an act a share reports of someone else, stays
        ("Mary Walsh said she would vote for Tom Reed in November.", "vote"),
        ("Tom Reed won 60 percent of the vote and thanked Mary Walsh for her help.", "thanked"),
    ],
)
def test_votes_outside_poll_shares_stay(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "SUPPORT")
