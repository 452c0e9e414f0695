"""Session 6 of the events triggers: constructions and lexical families, on made-up sentences.

Each case names one construction or family (triggers.py, lexicon.py); the
negative cases are the readings the condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # "for X to ...": the parser makes the particle the mark of a clause
        ("Mary Walsh called for Tom Reed to resign.", "REQUEST", "called"),
        ("Mary Walsh has repeatedly pushed for France to lift the ban.", "REQUEST", "pushed"),
        ("Mary Walsh issued a call for Tom Reed to step down.", "REQUEST", "call"),
        ("Mary Walsh called for the emails to be made public.", "REQUEST", "called"),
        # a verb the small model lemmatises wrongly ("fined" as "fin")
        ("France fined Tom Reed for the breach.", "SANCTION", "fined"),
        # people by count and nationality
        ("In 2000, the blast on the ship killed 17 American sailors.", "ASSAULT", "killed"),
        # verbal nouns of lexicon verbs, with who does it or undergoes it
        ("Tom Reed's questioning of Mary Walsh surprised France.", "ACCUSE", "questioning"),
        ("The change could lead to intense lobbying by Mary Walsh.", "REQUEST", "lobbying"),
        # voting against a person's measure, complying with an actor's orders
        ("Tom Reed voted against Mary Walsh's crime bill.", "REJECT", "voted"),
        ("Tom Reed complied with Mary Walsh's orders and left.", "CONCEDE", "complied"),
        # the owner of a thing in an "of"-phrase
        ("Tom Reed questioned the fairness of Mary Walsh on Monday.", "ACCUSE", "questioned"),
    ],
)
def test_constructions_and_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # a purpose clause after an object is no "call for"
        ("Mary Walsh called Tom Reed for advice to be safe.", "REQUEST"),
        # "it is time for X to ..." has no calling verb
        ("Mary Walsh said it is time for Tom Reed to resign.", "REQUEST"),
        # a count alone does not make people: "killed two bills"
        ("Congress killed two bills on Monday.", "ASSAULT"),
        # a meeting noun keeps its own sense: "a gathering" is no verbal noun of "gather"
        ("Tom Reed spoke to a gathering of industry leaders.", "CONSULT"),
        # a thing no actor owns questioned by no actor (by an actor it is criticism with no
        # target since session 21; a vote against a measure no actor owns is REJECT with no
        # target since session 22, the later "voting down a bill" ruling)
        ("Many voters questioned the fairness of the tax code.", "ACCUSE"),
    ],
)
def test_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


def test_an_attack_named_by_its_day_is_one_event(run_events) -> None:  # type: ignore[no-untyped-def]
    # no attacker or target named, but the day names one event; its repetitions merge
    x = run_events(
        "After the 9/11 attacks, Tom Reed kept the city safe. "
        "Mary Walsh spoke about the 9/11 attacks on Monday."
    )
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert [e.trigger.text for e in attacks] == ["attacks"]
    assert attacks[0].when is not None and attacks[0].when.start is not None
    assert attacks[0].when.start.isoformat() == "2001-09-11"


def test_an_attack_without_day_or_participants_is_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    # a kind of attack, not one that happened ("the attacks" with no one named is one since
    # session 21: test_events_session21_unnamed_participants.py)
    assert triggers(run_events("An attack would be terrible, Tom Reed said."), "ASSAULT") == []
