"""Verb trigger constructions of the events plugin's session 15, on made-up sentences.

Each case names one construction (lexicon.py / triggers.py); the negative cases are the
readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import event_on, name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        # verbal shots at a rival, like "took aim at"
        ("Senator Paul Miller took a shot at Governor Jane Doe on Tuesday.", "took", "Jane Doe"),
        ("Paul Miller has taken frequent shots at Jane Doe's tax plan.", "taken", "Jane Doe"),
    ],
)
def test_shots_taken_at_a_rival_accuse_her(
    run_events, sentence: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == target


def test_a_shot_at_a_record_is_no_accusation(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller took a shot at the record in the final round.")
    assert triggers(x, "ACCUSE") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Senator Paul Miller has often targeted Jane Doe.", "targeted"),
        ("In a new ad, Jane Doe targets Paul Miller's record on taxes.", "targets"),
    ],
)
def test_targeting_a_named_rival_accuses_him(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "ACCUSE")


@pytest.mark.parametrize(
    "sentence",
    [
        # campaigns target audiences: a class of people is no rival attacked
        "The Miller campaign is targeting young voters in Ohio.",
        "Jane Doe's ads target millennials and suburban women.",
    ],
)
def test_targeting_an_audience_is_no_accusation(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "ACCUSE") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # places a campaign or a firm aims at, and people it courts, are no rivals attacked
        "The Reed campaign targeted Ohio and Florida with television ads.",
        "The airline targeted Chicago for expansion.",
        "Tom Reed's ads targeted Mary Hale's supporters in the suburbs.",
    ],
)
def test_targeting_places_or_a_rivals_supporters_is_no_accusation(
    run_events, sentence: str
) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "ACCUSE") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # echoing someone's stance backs that person (round-12 ruling)
        ("Governor Jane Doe, echoing Senator Paul Miller, said the plan would fail.", "echoing"),
        ("Paul Miller's warning was echoed by Governor Jane Doe.", "echoed"),
    ],
)
def test_echoing_someone_supports_him(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "SUPPORT", trigger)
    assert name(x, event, "agent") == "Jane Doe"
    assert name(x, event, "target") == "Paul Miller"


@pytest.mark.parametrize(
    "sentence",
    [
        # an echoed attack or worry is an accusation of the one attacked, no backing
        "Governor Jane Doe echoed Paul Miller's attacks on the plan.",
        "Several senators echo Jane Doe's concerns about the program.",
    ],
)
def test_an_echoed_attack_is_no_support(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "SUPPORT") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a speech to a convention or a named body (rounds 5 and 13)
        ("Governor Jane Doe is scheduled to address the convention on Monday.", "address"),
        ("Senator Paul Miller will address the NAACP on Friday.", "address"),
        ("Paul Miller addressed 100 committee members at the spring meeting.", "addressed"),
    ],
)
def test_addressing_a_gathering_is_a_visit(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "CONSULT")


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Jane Doe did not address the issue in her speech.",
        "Paul Miller addressed Jane Doe's remarks on Tuesday.",
        "Jane Doe addressed the crowd for an hour.",
    ],
)
def test_addressing_an_issue_or_the_public_is_no_visit(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "CONSULT") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a war, a programme or the press by name is addressed as an issue or as the public
        "The senator addressed the Iraq War in her speech.",
        "Sen. Mary Hale addressed Medicare and Social Security in her speech.",
        "Sen. John Reed addressed members of the press.",
    ],
)
def test_addressing_a_war_a_programme_or_the_press_is_no_visit(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "CONSULT") == []


def test_addressing_a_bodys_members_is_a_visit(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Sen. John Reed addressed members of the Senate Finance Committee.")
    assert "addressed" in triggers(x, "CONSULT")


@pytest.mark.parametrize(
    "sentence",
    [
        # a source's condition for speaking asks no one to act
        "A White House aide, who requested anonymity to discuss the talks, said the plan was dead.",
        "Paul Miller asked for anonymity to discuss the private meeting.",
    ],
)
def test_requesting_anonymity_is_no_request(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "REQUEST") == []


def test_asking_for_an_act_stays_a_request(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh requested a meeting with Paul Miller.")
    assert "requested" in triggers(x, "REQUEST")


@pytest.mark.parametrize(
    "sentence",
    [
        # a question or a quotation after "told" is no directive
        "The station manager never told them what to say on the air.",
        "Paul Miller told Jane Doe, \u201cBuy More Apples -- Fresh Today!\u201d",
        "\u201cI can't tell Jane Doe how to behave,\u201d Paul Miller said.",
    ],
)
def test_telling_what_or_how_is_no_request(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "REQUEST") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Police told her to leave the building.", "told"),
        ("Paul Miller told Jane Doe not to come back.", "told"),
    ],
)
def test_telling_someone_to_act_stays_a_request(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "REQUEST")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # hiring someone by name backs the one hired, like appointing (round 4)
        ("Gene Miller hired Jane Doe as his chief of staff at the museum in 2001.", "Jane Doe"),
        ("The Doe campaign announced that it hired Paul Miller last week.", "Paul Miller"),
    ],
)
def test_hiring_a_named_person_supports_her(run_events, sentence: str, target: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert name(x, only(x, "SUPPORT"), "target") == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Miller hired a plane to fly above the rally.",
        "The company will hire foreign workers for the busy season.",
    ],
)
def test_hiring_things_or_workers_is_no_support(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "SUPPORT") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a case made against someone for a past act
        "Jane Doe argued that Paul Miller lashed out at the judges.",
        "In the lawsuit, Democrats argued that Paul Miller had hidden the records.",
    ],
)
def test_arguing_that_someone_did_wrong_accuses_him(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert name(x, event_on(x, "argued"), "target") == "Paul Miller"


@pytest.mark.parametrize(
    "sentence",
    [
        # forecasts and advice accuse no one
        "Jane Doe's campaign has argued that Paul Miller will begin to lose support.",
        "Jane Doe argued that Paul Miller should increase the forces.",
        "Jane Doe argued that Paul Miller is the better candidate.",
    ],
)
def test_arguing_a_forecast_or_advice_is_no_accusation(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "ACCUSE") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a past act that is no act of blame accuses no one
        "Sen. Mary Hale argued that Gov. Tom Reed won the debate.",
        "Sen. Mary Hale argued that the Senate passed the bill in 2010.",
    ],
)
def test_arguing_that_someone_did_something_blameless_is_no_accusation(
    run_events, sentence: str
) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "ACCUSE") == []


def test_advice_to_act_is_a_consultation(run_events) -> None:  # type: ignore[no-untyped-def]
    # advice is CONSULT from the adviser to the one advised (round 11), no request
    x = run_events("Jane Doe advised Paul Miller to drop out of the race.")
    event = only(x, "CONSULT", "advised")
    assert name(x, event, "target") == "Paul Miller"
    assert triggers(x, "REQUEST") == []


def test_withdrawn_support_is_a_sanction(run_events) -> None:  # type: ignore[no-untyped-def]
    # withdrawing an endorsement is SANCTION (round 3); withdrawn troops are no sanction
    x = run_events("Senator Jane Doe withdrew her support for Paul Miller on Friday.")
    assert triggers(x, "SANCTION") == ["withdrew"]
    assert triggers(x, "RETREAT") == []
    y = run_events("Russia withdrew its troops from Syria on Friday.")
    assert triggers(y, "SANCTION") == []


def test_withdrawn_support_for_a_bill_is_no_sanction(run_events) -> None:  # type: ignore[no-untyped-def]
    # no one backed is named: no sanction, and no retreat either
    x = run_events("The senator withdrew his support for the bill.")
    assert triggers(x, "SANCTION") == []
    assert triggers(x, "RETREAT") == []


def test_a_shot_at_an_office_is_no_accusation(run_events) -> None:  # type: ignore[no-untyped-def]
    # "a shot at the White House": a run for office, no rival attacked
    x = run_events("Sen. Mary Hale took a shot at the White House in 2008.")
    assert triggers(x, "ACCUSE") == []
