"""Participants of events, session 8b (roles.py, lexicon.py), on made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

from .events_helpers import name, only, triggers


def test_attacks_from_a_person_are_theirs(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Paul Aston faced attacks from Senator Ruth Calder.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_attacks_amid_which_one_acts_target_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Paul Aston hardened his tone amid attacks from Senator Ruth Calder.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_a_time_from_which_is_no_agent(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed's attacks on Mary Walsh's record from the 1990s were loud.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_meetings_one_had_with_another(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The meetings Tom Reed had with Mary Walsh were kept secret.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_talks_held_in_a_relative_clause(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed discussed the talks he held with Mary Walsh.")
    event = only(x, "CONSULT")
    assert name(x, event, "target") == "Mary Walsh"


def test_first_of_coordinated_verbs_shares_the_object(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed met and praised Mary Walsh.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_attack_and_critique_is_one_criticism(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh said there are reasons to attack and critique Tom Reed.")
    assert triggers(x, "ACCUSE") == ["critique"]


def test_coordinated_passives_share_the_by_agent(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed was criticized and sued by Mary Walsh.")
    event = only(x, "ACCUSE", "criticized")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_a_supporter_in_apposition_supports_the_name(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh won. Senator Tom Reed, a prominent Walsh supporter, said it was fair."
    )
    event = only(x, "SUPPORT", "supporter")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_one_of_someones_supporters(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Former governor Ed Lane, one of Mary Walsh's most vocal supporters, was resolute."
    )
    event = only(x, "SUPPORT", "supporters")
    assert name(x, event, "agent") == "Ed Lane"
    assert name(x, event, "target") == "Mary Walsh"


def test_supporters_as_a_crowd_are_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh thanked the Senate. Walsh supporters cheered at the rally.")
    # "cheered" is the learned gate's (with the role scorer, as shipped, an act of the
    # supporters on Walsh; without it, as here, one-sided, which its check keeps since
    # session 23): "supporters" is no trigger
    assert "thanked" in triggers(x, "SUPPORT")
    assert "supporters" not in triggers(x, "SUPPORT")


def test_a_list_is_no_apposition(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The party apologized to Senator Tom Reed, his supporters and the voters.")
    assert "supporters" not in triggers(x, "SUPPORT")


def test_a_target_hung_on_the_noun_above_of(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The report recounts several incidents of foreign donations to the Aston Foundation."
    )
    event = only(x, "AID", "donations")
    assert name(x, event, "target") == "Aston Foundation"
