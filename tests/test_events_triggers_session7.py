"""Trigger families of session 7 (events plugin), on made-up sentences.

Appointments, votes, joining and helping, rallies, speeches, testimony, calls,
feuds; and the senses that keep pleas in court, departures from a norm, a
state of association and a presiding judge out.
"""

from __future__ import annotations

import pytest
from newsextract_events.triggers import find_triggers

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # appointments back the appointee
        ("Governor Tom Reed appointed Mary Walsh to the Senate seat.", "SUPPORT", "appointed"),
        ("Senator Ann Lee picked Mary Walsh as her running mate.", "SUPPORT", "picked"),
        ("Mayor Tom Reed named Mary Walsh to the committee.", "SUPPORT", "named"),
        ("The President nominated Mary Walsh to the court.", "SUPPORT", "nominated"),
        # votes and caucuses for a person
        ("Senator Ann Lee said she voted for Tom Reed in 2012.", "SUPPORT", "voted"),
        # joining an actor, helping one
        ("Mary Walsh joined Tom Reed on stage in Ohio.", "COOPERATE", "joined"),
        ("Tom Reed was joined by Mary Walsh at the event.", "COOPERATE", "joined"),
        ("Mary Walsh helped Tom Reed win the state.", "COOPERATE", "helped"),
        # being at a gathering
        ("Mary Walsh attended a fundraiser in Ohio on Friday.", "CONSULT", "attended"),
        # rallies: a candidate's campaign stop, a protest
        ("Tom Reed held a rally in Ohio on Friday.", "CONSULT", "rally"),
        ("Students held a protest rally against Tom Reed.", "PROTEST", "rally"),
        # speeches to a host, testimony before a body, phone calls
        ("Mary Walsh gave a paid speech to Goldman Sachs.", "CONSULT", "speech"),
        ("Mary Walsh's May 11 speech to Goldman Sachs was long.", "CONSULT", "speech"),
        (
            "Mary Walsh testified before the Senate Armed Services Committee.",
            "CONSULT",
            "testified",
        ),
        ("Mary Walsh will appear before the House Judiciary Committee.", "CONSULT", "appear"),
        ("Mary Walsh made dozens of phone calls to Tom Reed.", "CONSULT", "calls"),
        # leaving a body named by a common noun (SANCTION toward the employer since the
        # round-15 ruling, session 21), killing counted people, sums provided, grievances voiced
        ("Mary Walsh has since left the network.", "SANCTION", "left"),
        ("The militants killed three babies in Mosul.", "ASSAULT", "killed"),
        ("Tom Reed provided $2 million to the group.", "AID", "provided"),
        ("Mary Walsh complained that Tom Reed ignored the farmers.", "ACCUSE", "complained"),
        # verbal feuds
        ("Mary Walsh sparred with Tom Reed over the budget.", "ACCUSE", "sparred"),
        ("Mary Walsh has been feuding with Tom Reed for months.", "ACCUSE", "feuding"),
        ("Mary Walsh's feud with Tom Reed grew worse in May.", "ACCUSE", "feud"),
        (
            "Mary Walsh gave testimony before the Senate Armed Services Committee.",
            "CONSULT",
            "testimony",
        ),
    ],
)
def test_session7_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # a plea in court asks for nothing
        ("Tom Reed pleaded guilty to fraud charges in May.", "REQUEST"),
        # a departure from a norm is no withdrawal
        ("Mary Walsh called the plan a major departure from Tom Reed's policy.", "RETREAT"),
        # rooting for a state's team is no backing of an actor
        ("Mary Walsh said she would root for Iowa on Saturday.", "SUPPORT"),
        # a state of (not) being associated with someone
        ("Mary Walsh is not associated with any campaign.", "COOPERATE"),
        # choosing a path, joining a race, naming a street: no one backed or joined
        ("Iran has chosen a different path, Mary Walsh said.", "SUPPORT"),
        ("Mary Walsh joined the race in May.", "COOPERATE"),
        # leaving a room is no withdrawal
        ("Mary Walsh left the room after the vote.", "RETREAT"),
        # attending a school is no gathering
        ("Mary Walsh attended Harvard in the 1990s.", "CONSULT"),
        # a market rally
        ("Stocks staged a rally on Friday after the report.", "CONSULT"),
        # a speech with no host named, or no particular engagement
        ("Mary Walsh gave a speech on trade in Ohio.", "CONSULT"),
        ("Mary Walsh gave a speech to the Reed campaign.", "CONSULT"),
    ],
)
def test_session7_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


def test_a_vote_for_a_person_has_voter_and_candidate(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ann Lee said she voted for Tom Reed in 2012.")
    event = only(x, "SUPPORT")
    assert name(x, event, "target") == "Tom Reed"


def test_presiding_holds_meetings_only(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a judge presiding over a lawsuit" does not sue; "presided over the talks" holds them."""
    lawsuit = nlp("Judge Ann Lee is presiding over a lawsuit against Tom Reed.")
    suit = next(t for t in find_triggers(lawsuit) if t.token.lower_ == "lawsuit")
    assert suit.governor is None
    talks = nlp("Mary Walsh presided over the talks with Iran in Geneva.")
    held = next(t for t in find_triggers(talks) if t.token.lower_ == "talks")
    assert held.governor is not None and held.governor.lower_ == "presided"
