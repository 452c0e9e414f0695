"""SUPPORT and AID constructions of the events plugin's session 22, on made-up sentences.

A ballot or vote cast for someone backs them (round-5 ruling: voting for a candidate is
SUPPORT; round 14: "cast a vote for him"); a candidate's delegate and a named fan back the
one named (round-14 "Cruz delegates", round-16 "I am an enormous fan of X"); a named donor
to someone gives to them (AID, the receiver the target: rounds 5 and 12). The negative cases
are the readings each rule keeps out. Refugees taken in or welcomed are AID (round 2: refugee
admissions; round 16: "a city welcoming refugees").
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, typed


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe will cast her ballot for Mary Walsh in the June primary.",
        "Jane Doe cast a mail-in ballot for Mary Walsh last week.",
        "Jane Doe cast a vote for Mary Walsh on Tuesday.",
    ],
)
def test_a_ballot_cast_for_someone_backs_them(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "SUPPORT", "cast")
    assert name(x, event, "agent") == "Jane Doe"
    assert name(x, event, "target") == "Mary Walsh"


@pytest.mark.parametrize(
    "sentence",
    [
        "The director cast Tom Reed as a villain in the film.",
        "Jane Doe cast doubt on Mary Walsh's plan for the roads.",
    ],
)
def test_casting_no_ballot_backs_no_one(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, _, _ in typed(run_events(sentence), "SUPPORT") if t == "cast"] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "agent"),
    [
        (
            "Mary Walsh spoke on Monday. Adam Ruiz, a Walsh delegate from Ohio, said the rules "
            "were unfair.",
            "delegate",
            "Adam Ruiz",
        ),
        ("Tom Reed is a huge fan of Mary Walsh.", "fan", "Tom Reed"),
        ("Tom Reed has been a big supporter of Mary Walsh for years.", "supporter", "Tom Reed"),
    ],
)
def test_a_named_delegate_or_fan_backs_the_one_named(  # type: ignore[no-untyped-def]
    run_events, sentence: str, trigger: str, agent: str
) -> None:
    x = run_events(sentence)
    event = only(x, "SUPPORT", trigger)
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") == "Mary Walsh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ohio delegate Adam Ruiz said the rules were unfair.",  # a state sends him, no one backed
        "Tom Reed is a huge fan of baseball.",
        "The fans of Mary Walsh cheered in the hall.",  # the crowd: no one named
    ],
)
def test_a_delegate_or_fan_of_no_one_named_backs_no_one(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert [t for t, _, _ in typed(x, "SUPPORT") if t in ("delegate", "fan", "fans")] == []


@pytest.mark.parametrize(
    ("sentence", "giver", "receiver"),
    [
        (
            "Mary Walsh is now a big donor to the Reed Foundation.",
            "Mary Walsh",
            "Reed Foundation",
        ),
        (
            "Tom Reed spoke on Monday. Jim Bell, one of Tom Reed's largest donors, met the press.",
            "Jim Bell",
            "Tom Reed",
        ),
    ],
)
def test_a_named_donor_to_someone_gives_to_them(  # type: ignore[no-untyped-def]
    run_events, sentence: str, giver: str, receiver: str
) -> None:
    x = run_events(sentence)
    event = only(x, "AID", "donor" if "donor " in sentence else "donors")
    assert name(x, event, "agent") == giver
    assert name(x, event, "target") == receiver


@pytest.mark.parametrize(
    "sentence",
    [
        "Carl Ortiz, a wealthy Republican donor, spoke at the dinner.",  # given to no one named
        "Big donors gave the party money in March.",  # no one described
    ],
)
def test_a_donor_to_no_one_named_gives_nothing(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert [t for t, _, _ in typed(x, "AID") if t.startswith("donor")] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "agent"),
    [
        ("Governor Tom Reed wants to take in 4,000 refugees from the war.", "take", "Tom Reed"),
        ("The city of Dayton welcomed 300 refugees from Syria last year.", "welcomed", "Dayton"),
    ],
)
def test_refugees_taken_in_or_welcomed_are_aid(  # type: ignore[no-untyped-def]
    run_events, sentence: str, trigger: str, agent: str
) -> None:
    x = run_events(sentence)
    assert name(x, only(x, "AID", trigger), "agent") == agent


def test_a_person_welcomed_is_backed_and_a_view_taken_in_is_nothing(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed welcomed Mary Walsh to the stage. She took in the view.")
    assert typed(x, "SUPPORT") == [("welcomed", "Tom Reed", "Mary Walsh")]
    assert typed(x, "AID") == []
