"""Verb trigger constructions and families of the events plugin's session 9, on made-up sentences.

Each case names one construction or family (triggers.py / lexicon.py); the negative cases are
the readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # a suggestion about another actor's conduct or nature accuses them
        ("Tom Reed suggested that Mary Walsh was weak on crime.", "ACCUSE", "suggested"),
        # ... a subjunctive suggestion still asks
        ("Tom Reed suggested that Mary Walsh sell her stake in Acme Corp.", "REQUEST", "suggested"),
        # war on an armed group
        ("Kurdish fighters led by Tom Reed are battling the Islamic State.", "ASSAULT", "battling"),
        ("Tom Reed sent troops to defeat the Taliban in the south.", "ASSAULT", "defeat"),
        # a person introduced on stage
        ("Mary Walsh introduced Tom Reed at a rally in Ohio.", "COOPERATE", "introduced"),
        # working for a client or a campaign
        ("Acme Corp. is advising Globex Inc. on its merger.", "COOPERATE", "advising"),
        # guilt by association
        ("Ann Fox tried to tie Mary Walsh to Tom Reed.", "ACCUSE", "tie"),
        # a candidate ends a bid
        ("Mary Walsh ended her bid for the nomination on Monday.", "RETREAT", "ended"),
        # a phone call made to say something
        ("Mary Walsh called Tom Reed to congratulate him.", "CONSULT", "called"),
        # a speech at a named gathering
        ("Mary Walsh spoke at the Ohio Farm Bureau conference.", "CONSULT", "spoke"),
        # praise by honoring a person
        ("Local leaders honored Tom Reed for his years of service.", "SUPPORT", "honored"),
        # feuds between people are words
        ("Tom Reed has battled with Mary Walsh over the budget.", "ACCUSE", "battled"),
        ("Tom Reed and Mary Walsh sparred over the budget.", "ACCUSE", "sparred"),
        # denying an accusation rejects it (round-7 ruling)
        ("The Walsh campaign denied that Tom Reed was hit.", "REJECT", "denied"),
        # a measure killed, a meeting convened, a request in the subjunctive
        ("Mary Walsh worked to kill a proposal by Tom Reed.", "REJECT", "kill"),
        ("Mary Walsh convened the party's leaders in Ohio.", "CONSULT", "convened"),
        ("Tom Reed urged that the records be released.", "REQUEST", "urged"),
        # doubts voiced about someone
        ("Tom Reed raised questions about whether Mary Walsh paid taxes.", "ACCUSE", "raised"),
    ],
)
def test_session9_triggers(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), type_)


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # data and polls suggest nothing against anyone; nor does a speaker about himself
        ("The new data suggest that Mary Walsh will win Ohio.", "ACCUSE", "suggest"),
        ("Tom Reed suggested that he would run_events again.", "ACCUSE", "suggested"),
        # fighting or defeating a rival or a bill is politics, not war
        ("Tom Reed vowed to fight Mary Walsh in the primary.", "ASSAULT", "fight"),
        ("Tom Reed helped defeat the bill in the Senate.", "ASSAULT", "defeat"),
        # introducing a bill or a statement
        ("Mary Walsh introduced a bill on taxes in March.", "COOPERATE", "introduced"),
        # being tied to something is no act of tying
        ("Mary Walsh's fortunes are tied to Tom Reed.", "ACCUSE", "tied"),
        # a plain call, and a call to a hearing
        ("Mary Walsh called Tom Reed on Monday.", "CONSULT", "called"),
        # a speech at an unnamed or someone's rally is no visit of a named host
        ("Mary Walsh spoke at his rallies in Ohio.", "CONSULT", "spoke"),
        # a feeling of honour
        ("Tom Reed said he would be honored to serve.", "SUPPORT", "honored"),
        # doubts without an "about"
        ("Tom Reed raised questions at the hearing.", "ACCUSE", "raised"),
        # ending something else
        ("Mary Walsh ended the meeting with Tom Reed early.", "RETREAT", "ended"),
        # the small model's "spar" for "spared"
        ("Tom Reed was spared by Mary Walsh in the debate.", "ACCUSE", "spared"),
        # a measure, not an actor, convenes nothing
        ("It would take weeks to convene the committee, Mary Walsh said.", "CONSULT", "convene"),
    ],
)
def test_session9_not_this_trigger(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), type_)


def test_suggestion_targets_the_one_suggested_about(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed suggested that Mary Walsh was weak on crime.")
    event = only(x, "ACCUSE", "suggested")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_vow_to_fight_is_no_threat(run_events) -> None:  # type: ignore[no-untyped-def]
    # "fight" is in the lexicon only against armed groups: a promise to fight threatens no one
    assert triggers(run_events("Tom Reed vowed to fight for Mary Walsh."), "THREATEN") == []
