"""Participants of events (roles.py), session 7 second wave: partners of feuds and testimony,
"for"-targets of support nouns, place compounds of rallies, givers of raised money, the one
helped. Made-up sentences; each test names one construction."""

from __future__ import annotations

from .events_helpers import name, only


def test_the_partner_of_a_feud_noun_is_its_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh has had a long feud with the Daily Courier over its coverage.")
    event = only(x, "ACCUSE", "feud")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Daily Courier"


def test_a_feud_between_two_actors(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The feud between Tom Reed and Mary Walsh grew worse on Monday.")
    event = only(x, "ACCUSE", "feud")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_testimony_before_a_body_on_the_light_verb(run_events) -> None:  # type: ignore[no-untyped-def]
    # "before" hangs on "gave", not on the noun
    x = run_events("Mary Walsh gave testimony before the Senate Judiciary Committee on Tuesday.")
    event = only(x, "CONSULT", "testimony")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Senate Judiciary Committee"


def test_praise_for_someone_on_the_light_verb(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed voiced praise for Mary Walsh at the dinner.")
    event = only(x, "SUPPORT", "praise")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_a_place_before_a_rally_is_where_not_who(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed told supporters at a Las Vegas rally that he would win.")
    event = only(x, "CONSULT", "rally")
    assert name(x, event, "agent") == "Tom Reed"
    assert event.where is not None and event.where.name == "Las Vegas"


def test_money_raised_from_someone_is_given_by_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The Reed campaign raised $500,000 from Mary Walsh last month.")
    event = only(x, "AID")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") is not None
    assert name(x, event, "target") != "Mary Walsh"


def test_the_one_helped_is_the_subject_of_the_helped_clause(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed helped Mary Walsh win the nomination.")
    event = only(x, "COOPERATE")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_a_gathering_told_is_held_by_the_speaker(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh told a town hall meeting with young voters that she would run_events."
    )
    event = only(x, "CONSULT", "meeting")
    assert name(x, event, "agent") == "Mary Walsh"


def test_talks_between_two_sides_before_a_setting(run_events) -> None:  # type: ignore[no-untyped-def]
    # the "in" setting would make Reed the agent; the talks are between the two states
    x = run_events("Tom Reed promised to stay neutral in negotiations between Canada and Mexico.")
    event = only(x, "CONSULT", "negotiations")
    assert name(x, event, "agent") == "Canada"
    assert name(x, event, "target") == "Mexico"
