"""Nominal event triggers of the events plugin's session 9 (noun_lexicon.py), on made-up sentences.

Each case names one noun family or condition; the negative cases are the readings its
condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # talks named by a partner who need not be a name, or held under a light verb
        (
            "Tom Reed held a roundtable discussion with the former governor on Monday.",
            "CONSULT",
            "discussion",
        ),
        (
            "Mary Walsh had three brief conversations with Tom Reed on Thursday.",
            "CONSULT",
            "conversations",
        ),
        ("Tom Reed had a series of tense exchanges with Mary Walsh.", "CONSULT", "exchanges"),
        # applause and ovations back the speaker (round-5 ruling)
        ("Mary Walsh drew loud applause from Tom Reed on Monday.", "SUPPORT", "applause"),
        ("Tom Reed gave Mary Walsh a standing ovation.", "SUPPORT", "ovation"),
        ("Tom Reed offered his condolences to Mary Walsh.", "SUPPORT", "condolences"),
        # helping a campaign, with the helper named (round-5 ruling)
        (
            "Mary Walsh received help from Tom Reed last year.",
            "COOPERATE",
            "help",
        ),
        ("Tom Reed held a fundraiser for Mary Walsh in Ohio.", "COOPERATE", "fundraiser"),
        ("Mary Walsh made an appeal for calm after the vote.", "REQUEST", "appeal"),
        # a military campaign
        (
            "The United States launched an air campaign against the Islamic State.",
            "ASSAULT",
            "campaign",
        ),
    ],
)
def test_session9_noun_triggers(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), type_)


@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        # a call placed to or received from someone is a phone consultation
        ("Tom Reed said it during a call to Mary Walsh on Sunday.", "Tom Reed", "Mary Walsh"),
        ("Mary Walsh received a nervous call from Tom Reed.", "Tom Reed", "Mary Walsh"),
    ],
)
def test_calls_to_and_from_someone(run_events, sentence: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "CONSULT", "call")
    assert (name(x, event, "agent"), name(x, event, "target")) == (agent, target)


def test_support_for_someone_named_backs_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Marco Rubio announced his support for Donald Trump on Monday.")
    event = only(x, "SUPPORT", "support")
    assert name(x, event, "target") == "Donald Trump"


def test_a_discussion_partner_is_the_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh had a long discussion with Tom Reed about the budget.")
    assert name(x, only(x, "CONSULT", "discussion"), "target") == "Tom Reed"


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # an election campaign is no attack
        ("Tom Reed launched his campaign against Mary Walsh in Ohio.", "ASSAULT"),
        # "in exchange for" is a bargain, not talks
        ("Tom Reed offered Mary Walsh a job in exchange for her silence.", "CONSULT"),
        # help one needs is no help given
        ("Mary Walsh said the veterans needed help.", "COOPERATE"),
        # a candidate's appeal to voters is popularity, not a plea
        ("Tom Reed's appeal to working-class voters worried Mary Walsh.", "REQUEST"),
        # pressure from circumstances asks nothing of anyone
        ("The ruling will increase the pressure on Mary Walsh to resign.", "REQUEST"),
        # support for a thing, or a poll's support, backs no one
        ("Mary Walsh voiced support for the campaign in 2002.", "SUPPORT"),
        ("Support for Tom Reed has grown among young voters.", "SUPPORT"),
        # a talk about a subject with no partner or host
        ("The discussion about taxes comes after the vote.", "CONSULT"),
    ],
)
def test_session9_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []
