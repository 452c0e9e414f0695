"""Trigger constructions and families of the events plugin's session 8, on made-up sentences.

Each case names one construction or family (triggers.py / lexicon.py); the negative cases are
the readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # a source declining to say or to provide something rejects (round-5 ruling)
        ("A spokeswoman for Acme Corp. declined to say on Monday.", "REJECT", "declined"),
        ("Tom Reed declined to comment on Mary Walsh.", "REJECT", "declined"),
        ("Tom Reed declined comment, Mary Walsh said.", "REJECT", "declined"),
        # preferring a person backs them
        ("Mary Walsh, who favors Tom Reed, spoke on Monday.", "SUPPORT", "favors"),
        # talking to someone named, or before a body
        ("Tom Reed has spoken to Mary Walsh a few times this year.", "CONSULT", "spoken"),
        ("Tom Reed spoke to the Ohio Farm Bureau in June.", "CONSULT", "spoke"),
        # taking on a rival
        ("Mary Walsh takes on Tom Reed in Ohio.", "ACCUSE", "takes"),
        # a quoted predicate hung on the object as an apposition is name-calling
        (
            "Mary Walsh defended the vote, calling Tom Reed “a very obnoxious guy.”",
            "ACCUSE",
            "calling",
        ),
        # sums counted by a measure noun, checks, money accepted from a giver
        (
            "The Walsh campaign raised substantial amounts of money from Tom Reed.",
            "AID",
            "raised",
        ),
        ("The Walsh campaign accepted $200,000 from Tom Reed last year.", "AID", "accepted"),
        # the noun of an appointing verb
        ("Her appointment of Tom Reed to the board surprised many.", "SUPPORT", "appointment"),
        # an agreement with a named party needs no light verb
        ("Acme Corp. pulled out of an advertising agreement with Iran.", "AGREE", "agreement"),
        # someone's call to act
        ("His recent call to ban all foreign students angered Mary Walsh.", "REQUEST", "call"),
        # what an actor is provided with
        ("The host provided Tom Reed with private jet travel to Indiana.", "AID", "provided"),
    ],
)
def test_session8_triggers(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), type_)


def test_declining_has_its_decliner(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh declined to provide a list of her donors.")
    assert name(x, only(x, "REJECT", "declined"), "agent") == "Mary Walsh"


def test_coordinated_verbs_share_a_named_object(run_events) -> None:  # type: ignore[no-untyped-def]
    # "endorsed and hugged X": the object hangs on the last verb only
    x = run_events("Mary Walsh endorsed and hugged Tom Reed at the rally in Ohio.")
    assert name(x, only(x, "SUPPORT", "endorsed"), "agent") == "Mary Walsh"


def test_coordinated_passive_shares_its_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    # "was hugged and praised by X": the passive auxiliary is on the first verb only
    x = run_events("Tom Reed was hugged and praised by Mary Walsh on Monday.")
    event = only(x, "SUPPORT", "praised")
    assert name(x, event, "target") == "Tom Reed"


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # plain speech to reporters, an outlet or a class of people
        ("Mary Walsh spoke to reporters after the vote.", "CONSULT"),
        # passes before its commit too (session-26 check): the current model needs no rule here
        ("Mary Walsh spoke to the magazine on the condition of anonymity.", "CONSULT"),
        # favoring a policy backs no one
        ("Mary Walsh favored the plan from the start.", "SUPPORT"),
        # taking on debt or a role
        ("Mary Walsh took on more debt last year.", "ACCUSE"),
        # a campaign's tally of sums is no donation
        ("The Walsh campaign raised large amounts of money in March.", "AID"),
        # an appointment one keeps is no appointing
        ("Mary Walsh had an appointment with her dentist.", "SUPPORT"),
        # an agreement with a class of countries, or with a view
        ("Mary Walsh opposed a trade deal with countries bordering the Pacific.", "AGREE"),
        ("There was little agreement with that sentiment among the delegates.", "AGREE"),
        # verbs of different forms do not share an object
        ("She begged the officers not to shoot and pleaded with Tom Reed.", "ASSAULT"),
    ],
)
def test_session8_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


def test_one_act_in_two_verbs_is_one_event(run_events) -> None:  # type: ignore[no-untyped-def]
    # "shot and killed X" names one act: the object is not shared with "shot"
    x = run_events("Officer Mary Walsh shot and killed Tom Reed in Tulsa.")
    assert triggers(x, "ASSAULT") == ["killed"]
