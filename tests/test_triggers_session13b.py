"""Trigger constructions of the events plugin's session 13, second pass (triggers.py), on
made-up sentences.

Each case names one construction; the negative cases are the readings its condition exists
to keep out.
"""

from __future__ import annotations

import pytest
from newsextract_events import triggers as trigger_module

from .events_helpers import actors_and_events, triggers


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    return actors_and_events(nlp)


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
def test_agreement_light_verbs(run, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run(sentence), "AGREE")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # "seal the deal" is an idiom (clinch a win); "a good deal of" is an amount
        ("A win in Ohio would seal the deal for Mary Walsh.", "deal"),
        ("Tom Reed completed a good deal of work on the bridge.", "deal"),
        # these verbs make no event of other nouns
        ("The clerk sealed the envelope before the hearing.", "envelope"),
    ],
)
def test_no_agreement_without_one(run, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run(sentence), "AGREE")


def test_participant_conditions_include_the_noun_ones() -> None:
    """The conditions a verbal noun keeps are among those judged with the participants."""
    assert trigger_module._PARTICIPANT_NEEDS <= trigger_module.JUDGED_WITH_PARTICIPANTS
