"""Nominal event triggers of the events plugin's session 15 (noun_lexicon.py, noun_conditions.py),
on made-up sentences.

Donations count as AID when the clause names who gets them (a "to"/"for" recipient, or a
receiving verb whose subject gets them); a giver's donations told with no one getting them are
what annotators leave out. An endorsement counts with someone it backs: a giver's endorsement
told with no one backed ("defended his endorsement") is a retelling, annotated where it names
both.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Corp made a $5,000 donation to the Freedom Fund PAC in May.",
        "Senator Mary Walsh received more than 9,000 donations from teachers last month.",
    ],
)
def test_a_donation_someone_gets_is_aid(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "AID") in (["donation"], ["donations"])


def test_a_donation_to_a_named_recipient_has_it_as_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Acme Corp made a $5,000 donation to the Freedom Fund PAC in May.")
    assert name(x, only(x, "AID", "donation"), "target") == "Freedom Fund PAC"


@pytest.mark.parametrize(
    "sentence",
    [
        # a giver's donations with no one getting them
        "Senator Tom Reed said Ms. Lane's donations raise doubts about her fairness.",
        "Other executives of Acme Corp made donations as well, Tom Reed said.",
        "Reporters asked Mary Walsh about Tom Reed's donations on Monday.",
    ],
)
def test_no_aid_for_donations_nobody_gets(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "AID") == []


def test_an_endorsement_of_someone_named_backs_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh announced her endorsement of Tom Reed on Monday.")
    event = only(x, "SUPPORT", "endorsement")
    assert name(x, event, "target") == "Tom Reed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Mary Walsh defended her endorsement on her radio show this week.",
        "Tom Reed said he was not planning to offer an endorsement on Thursday.",
    ],
)
def test_no_support_for_an_endorsement_backing_no_one(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "SUPPORT") == []


def test_criticism_of_someone_named_is_accuse(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh's criticism of Tom Reed grew louder on Monday.")
    event = only(x, "ACCUSE", "criticism")
    assert name(x, event, "target") == "Tom Reed"


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # an accusing, refusing or asking noun with no one it is aimed at in the clause
        ("Mary Walsh's criticism grew louder on Monday.", "ACCUSE"),
        ("Acme Corp filed a lawsuit in federal court on Monday.", "ACCUSE"),
        ("Senator Tom Reed repeated his strong opposition to the war on Monday.", "ACCUSE"),
        ("Tom Reed made several requests through the agency last year.", "REQUEST"),
    ],
)
def test_no_event_for_a_noun_aimed_at_no_one(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Reed has come under intense scrutiny for his travel spending.",
        "Senator Tom Reed has faced public scrutiny for his travel spending.",
    ],
)
def test_scrutiny_someone_undergoes_is_criticism_of_them(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "ACCUSE", "scrutiny")
    assert name(x, event, "target") == "Tom Reed"
    assert name(x, event, "agent") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # scrutiny given, or wished for: no one undergoes it
        "Tom Reed called for more scrutiny of the budget on Monday.",
        "The plan will be open to public scrutiny, Mary Walsh said.",
    ],
)
def test_no_criticism_for_scrutiny_nobody_undergoes(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "ACCUSE") == []
