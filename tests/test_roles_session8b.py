"""Participants of events, session 8b (roles.py, lexicon.py), on made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import actors_and_events, name, only, triggers


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    return actors_and_events(nlp)


def test_attacks_from_a_person_are_theirs(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Governor Paul Aston faced attacks from Senator Ruth Calder.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_attacks_amid_which_one_acts_target_them(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Governor Paul Aston hardened his tone amid attacks from Senator Ruth Calder.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_a_time_from_which_is_no_agent(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Tom Reed's attacks on Mary Walsh's record from the 1990s were loud.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_meetings_one_had_with_another(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The meetings Tom Reed had with Mary Walsh were kept secret.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_talks_held_in_a_relative_clause(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Tom Reed discussed the talks he held with Mary Walsh.")
    event = only(x, "CONSULT")
    assert name(x, event, "target") == "Mary Walsh"


def test_first_of_coordinated_verbs_shares_the_object(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Tom Reed met and praised Mary Walsh.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_attack_and_critique_is_one_criticism(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Mary Walsh said there are reasons to attack and critique Tom Reed.")
    assert triggers(x, "ACCUSE") == ["critique"]


def test_coordinated_passives_share_the_by_agent(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Tom Reed was criticized and sued by Mary Walsh.")
    event = only(x, "ACCUSE", "criticized")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_a_supporter_in_apposition_supports_the_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Mary Walsh won. Senator Tom Reed, a prominent Walsh supporter, said it was fair.")
    event = only(x, "SUPPORT", "supporter")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_one_of_someones_supporters(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Former governor Ed Lane, one of Mary Walsh's most vocal supporters, was resolute.")
    event = only(x, "SUPPORT", "supporters")
    assert name(x, event, "agent") == "Ed Lane"
    assert name(x, event, "target") == "Mary Walsh"


def test_supporters_as_a_crowd_are_no_event(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Mary Walsh thanked the Senate. Walsh supporters cheered at the rally.")
    assert triggers(x, "SUPPORT") == ["thanked"]


def test_a_list_is_no_apposition(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The party apologized to Senator Tom Reed, his supporters and the voters.")
    assert "supporters" not in triggers(x, "SUPPORT")


def test_a_target_hung_on_the_noun_above_of(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The report details several incidents of foreign donations to the Aston Foundation.")
    event = only(x, "AID", "donations")
    assert name(x, event, "target") == "Aston Foundation"
