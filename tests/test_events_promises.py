"""Promises as AGREE events: made to someone, not a politician's own plan.

PLOVER's AGREE covers promising, but annotators mark a promise only when it
is made to another party (a state's commitment, a pledge to a candidate or
an ally); a campaign promise to do something is policy talk. Made-up sentences.
"""

from __future__ import annotations

import pytest

from newsextract import Extraction


def agreements(x: Extraction) -> list[str]:
    return [e.trigger.text for e in x.events if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a state's or a body's commitment
        ("France pledged that it would lift the tariffs by 2020.", "pledged"),
        ("The government vowed to lower the fees next year.", "vowed"),
        # a promise to or with another party
        ("Mary Walsh pledged her support to Tom Reed on Monday.", "pledged"),
        ("Mary Walsh pledged her vote to the party.", "pledged"),
        # the promised act is done to another actor
        ("Mary Walsh pledged to support Tom Reed in the fall.", "pledged"),
        ("Tom Reed vowed to back the nominee.", "vowed"),
    ],
)
def test_promise_to_someone_is_agreement(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert agreements(run_events(sentence)) == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh pledged to cut taxes.",
        "Tom Reed vowed to push for an amendment to the constitution.",
        "Mary Walsh, who has pledged to ban the rallies, spoke on Monday.",
        "Tom Reed refused to pledge to release his records.",
        "The marchers said they want justice but pledged to remain calm.",
        "Mary Walsh vowed that taxes would fall.",
    ],
)
def test_own_plan_is_no_agreement(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert agreements(run_events(sentence)) == []


def modality_of(x: Extraction, trigger: str) -> str:
    found = [e.modality for e in x.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        # a purpose is as real as the act done for it
        ("Mary Walsh may travel to Albany to meet Tom Reed.", "meet", "hypothetical"),
        ("Mary Walsh might fly to Canada to criticize Tom Reed.", "criticize", "hypothetical"),
        ("Mary Walsh went to Albany to meet Tom Reed.", "meet", "asserted"),
        # what is let happen is as real as the letting
        ("The bill would allow the families to sue Freedonia.", "sue", "hypothetical"),
        # an avoided act did not happen
        (
            "Governor Tom Reed steered clear of criticizing Senator Mary Walsh.",
            "criticizing",
            "negated",
        ),
        (
            "Governor Tom Reed shied away from criticizing Senator Mary Walsh.",
            "criticizing",
            "negated",
        ),
        # stopping a gerund's act presupposes it went on
        ("Governor Tom Reed must stop attacking Senator Mary Walsh.", "attacking", "asserted"),
        # an event noun that only might happen
        (
            "NATO deployed troops to counter a potential Russian invasion of Estonia.",
            "invasion",
            "hypothetical",
        ),
        ("Freedonia warned of possible sanctions against Ruritania.", "sanctions", "hypothetical"),
        # a call for an act asks for it
        (
            "The group stripped out a call for providing weapons to Ukraine.",
            "providing",
            "hypothetical",
        ),
    ],
)
def test_modality_of_embedded_acts(run_events, sentence: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert modality_of(run_events(sentence), trigger) == modality


def test_a_decision_dated_in_the_past_was_carried_out(run_events) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mary Walsh faced criticism for her decision to meet with Tom Reed at the end of January."
    )
    assert modality_of(run_events(text), "meet") == "asserted"


def test_an_undated_decision_stays_planned(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Ruritania welcomed Freedonia's decision to meet with Ruritania's president."
    assert modality_of(run_events(text), "meet") == "planned"
