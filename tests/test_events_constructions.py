"""The events plugin's lexical families and constructions, on made-up sentences.

Each test names one construction (a verb family, a role path, merging of
repeated mentions), so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsextract
from newsextract import Event, Extraction

from .events_helpers import name


def events_of(x: Extraction, type_: str) -> list[Event]:
    return [e for e in x.events if e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        ("Senator Mary Walsh slammed Governor Tom Reed over the budget.", "ACCUSE", "slammed"),
        ("Walsh ridiculed Governor Tom Reed in a speech.", "ACCUSE", "ridiculed"),
        ("Mary Walsh questioned Tom Reed's honesty on Monday.", "ACCUSE", "questioned"),
        ("Mary Walsh urged Tom Reed to resign.", "REQUEST", "urged"),
        ("Mary Walsh asked Tom Reed to release the report.", "REQUEST", "asked"),
        ("Mary Walsh invited Tom Reed to the capital.", "REQUEST", "invited"),
        ("Mary Walsh refused to endorse Tom Reed.", "REJECT", "refused"),
        ("Mary Walsh thanked Tom Reed for his help.", "SUPPORT", "thanked"),
        ("Mary Walsh pledged to support Tom Reed.", "AGREE", "pledged"),  # made to someone
        ("Mary Walsh apologized to Tom Reed.", "CONCEDE", "apologized"),
        ("Russia lifted sanctions on Turkey.", "CONCEDE", "lifted"),
        ("China slapped tariffs on Canada.", "SANCTION", "slapped"),
        ("Russia agreed with Turkey on the border.", "AGREE", "agreed"),
        ("Sam Ortiz gave $2 million to the Reed campaign.", "AID", "gave"),
    ],
)
def test_lexical_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert [e.trigger.text for e in events_of(x, type_)] == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator slammed the door.",  # a thing, not an actor, is slammed
        "Mary Walsh asked about the budget.",  # a question, not a request
        "The report questioned the data.",  # nobody's data: no criticism of an actor
        "Russia lifted the box.",  # not a restriction
        "Sam Ortiz gave a speech to the Reed campaign.",  # not money
        "Mary Walsh showed the courage of her convictions.",  # a belief, not a verdict
    ],
)
def test_not_events(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert run_events(sentence).events == []


def test_lifting_sanctions_is_not_a_sanction(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Russia lifted sanctions on Turkey.")
    assert events_of(x, "SANCTION") == []
    (event,) = events_of(x, "CONCEDE")
    assert name(x, event, "target") == "Turkey"


def test_pronoun_agent_resolves_to_the_nearest_person(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh spoke in Boston on Tuesday. She criticized Tom Reed.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_object_pronoun_is_not_its_own_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed spoke first. Then Mary Walsh criticized him.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_repeated_mentions_are_one_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh endorses Tom Reed.\n\nMary Walsh endorsed Tom Reed on Monday, her office said."
    )
    (event,) = events_of(x, "SUPPORT")
    assert event.trigger.text == "endorses"  # the first mention with the fullest participants
    assert event.when is not None and event.when.start == dt.date(2023, 2, 27)


def test_different_acts_between_the_same_actors_stay_apart(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed. Later Mary Walsh mocked Tom Reed.")
    assert len(events_of(x, "ACCUSE")) == 2


def test_name_calling_is_an_accusation(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh called Tom Reed a liar.")
    (event,) = events_of(x, "ACCUSE")
    assert event.trigger.text == "called"
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_calling_someone_a_friend_is_no_accusation(run_events) -> None:  # type: ignore[no-untyped-def]
    assert events_of(run_events("Mary Walsh called Tom Reed a good friend."), "ACCUSE") == []


def test_passive_name_calling_takes_the_by_phrase(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed has been called a fraud by Mary Walsh.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_criticism_from_someone_faced_by_another(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed faced criticism from Mary Walsh.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_withdrawing_a_proposal_is_no_retreat(run_events) -> None:  # type: ignore[no-untyped-def]
    assert events_of(run_events("Mary Walsh withdrew a proposal on taxes."), "RETREAT") == []


def test_a_crowd_gathering_is_no_meeting(run_events) -> None:  # type: ignore[no-untyped-def]
    assert events_of(run_events("About 100 people gathered outside City Hall."), "CONSULT") == []
    assert events_of(run_events("European leaders gathered in Brussels."), "CONSULT") != []


def test_under_pressure_from_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Under pressure from Mary Walsh, Tom Reed resigned.")
    (event,) = events_of(x, "REQUEST")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_an_accepted_request_was_made_to_the_accepter(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("In 2007, Mexico accepted Canada's request for talks.")
    (request,) = events_of(x, "REQUEST")
    assert name(x, request, "agent") == "Canada"
    assert name(x, request, "target") == "Mexico"
    (accept,) = events_of(x, "AGREE")
    assert name(x, accept, "target") == "Canada"
    assert accept.when is not None and accept.when.precision == "year"


def test_a_refusal_targets_who_the_refused_act_was_for(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh refused to endorse Tom Reed in July.")
    (event,) = events_of(x, "REJECT")
    assert name(x, event, "target") == "Tom Reed"
    assert event.when is not None and event.when.precision == "month"


def test_demand_that_someone_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mexico demanded that Canada return the migrants.")
    (event,) = events_of(x, "REQUEST")
    assert name(x, event, "target") == "Canada"


def test_blame_on_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh blamed the deficit on Tom Reed.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "target") == "Tom Reed"


def test_a_poll_is_no_endorsement(run_events) -> None:  # type: ignore[no-untyped-def]
    assert events_of(run_events("Some 56 percent would vote for Tom Reed."), "SUPPORT") == []


def test_a_group_backing_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh leads a coalition supporting Tom Reed.")
    (backing,) = events_of(x, "SUPPORT")
    assert [p.mention.text for p in backing.participants if p.role == "agent"] == ["a coalition"]
    assert name(x, backing, "target") == "Tom Reed"


def test_money_given_to_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Sam Ortiz gave $50,000 to a super PAC.")
    (aid,) = events_of(x, "AID")
    assert name(x, aid, "agent") == "Sam Ortiz"
    # the target's actor is the actors plugin's business; the role is the events plugin's
    assert [p.mention.text for p in aid.participants if p.role == "target"] == ["a super PAC"]


def test_the_setting_dates_the_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed during a speech at the convention in July.")
    (event,) = events_of(x, "ACCUSE")
    assert event.when is not None
    assert (event.when.start, event.when.precision) == (dt.date(2022, 7, 1), "month")


def test_a_gerund_of_manner_shares_its_verbs_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("On Monday, Mary Walsh answered the letter by thanking Tom Reed.")
    (event,) = events_of(x, "SUPPORT")
    assert event.when is not None and event.when.start == dt.date(2023, 2, 27)


def test_calling_for_tariffs_is_a_request_not_a_sanction(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh called for sharp new tariffs on cars from Ruritania.")
    assert [e.type for e in x.events] == ["REQUEST"]


def test_joining_forces_with_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Sam Ortiz is joining forces with Mary Walsh to fund the group.")
    (event,) = events_of(x, "COOPERATE")
    assert name(x, event, "agent") == "Sam Ortiz"
    assert name(x, event, "target") == "Mary Walsh"


def test_a_week_is_no_calendar_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed last week.")
    (event,) = events_of(x, "ACCUSE")
    assert event.when is None


def test_narration_carries_the_previous_sentences_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed on Monday. Reed thanked Sam Ortiz.")
    (event,) = events_of(x, "SUPPORT")
    assert event.when is not None and event.when.start == dt.date(2023, 2, 27)


def test_a_time_shift_leaves_the_narrations_date(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed on Monday. Earlier, Reed thanked Sam Ortiz.")
    (event,) = events_of(x, "SUPPORT")
    assert event.when is None


def test_a_shared_perfect_auxiliary_is_no_narration(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh criticized Tom Reed on Monday. "
        "Reed has called the report a smear and thanked Sam Ortiz."
    )
    (event,) = events_of(x, "SUPPORT")
    assert event.when is None


def test_a_new_paragraph_about_others_starts_undated(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh criticized Tom Reed on Monday.\n\nSam Ortiz thanked Governor Ann Lee."
    )
    (event,) = events_of(x, "SUPPORT")
    assert event.when is None


def test_the_possessor_of_an_assassination_is_its_victim(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Historians still debate John F. Kennedy's assassination.")
    (event,) = events_of(x, "ASSAULT")
    assert name(x, event, "target") == "John F. Kennedy"
    assert name(x, event, "agent") is None


def test_a_fact_check_investigates_a_claim(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The Tribune ran a fact-check on Tom Reed's claim.")
    (event,) = events_of(x, "ACCUSE")
    assert event.mode == "investigate"
    assert name(x, event, "target") == "Tom Reed"


def test_a_threat_is_against_the_object_of_the_threatened_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh threatened to sue Tom Reed.")
    (event,) = events_of(x, "THREATEN")
    assert name(x, event, "target") == "Tom Reed"


def test_looking_forward_to_an_event_plans_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh said she looks forward to working with Tom Reed.")
    (event,) = events_of(x, "COOPERATE")
    assert event.modality == "planned"


def test_deciding_against_an_event_negates_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh decided against endorsing Tom Reed.")
    (event,) = events_of(x, "SUPPORT")
    assert event.modality == "negated"


def test_a_meeting_one_is_invited_to(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh invited Tom Reed to a meeting in Boston.")
    (event,) = events_of(x, "CONSULT")
    assert event.trigger.text == "meeting"
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_the_first_target_decides_a_verbal_attack(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed rallied supporters with attacks on Mary Walsh and the Green Party.")
    assert events_of(x, "ASSAULT") == []
    assert [e.trigger.text for e in events_of(x, "ACCUSE")] == ["attacks"]


def test_firing_a_person_is_a_sanction(run_events) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in run_events("Tom Reed fired Mary Walsh on Monday.").events] == [
        "SANCTION"
    ]
    assert run_events("The army fired missiles at the base.").events == [] or all(
        e.type != "SANCTION" for e in run_events("The army fired missiles at the base.").events
    )


def test_a_passive_in_narration_carries_the_date_along(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh criticized Tom Reed on Monday. Reed was booed by the delegates. "
        "Walsh thanked Sam Ortiz."
    )
    (booed,) = events_of(x, "ACCUSE")[1:] or [None]
    (thanked,) = events_of(x, "SUPPORT")
    assert thanked.when is not None and thanked.when.start == dt.date(2023, 2, 27)
    assert booed is None or (booed.when is not None and booed.when.start == dt.date(2023, 2, 27))


def test_a_when_clause_dates_the_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed when the report came out on Monday.")
    (event,) = events_of(x, "ACCUSE")
    assert event.when is not None and event.when.start == dt.date(2023, 2, 27)


def test_a_progressive_clause_is_no_gerund_of_manner(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh met Tom Reed in June while the ministry was investigating Sam Ortiz."
    )
    for event in events_of(x, "ACCUSE"):
        assert event.when is None


def test_her_opponent_is_not_her(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh attacked her opponent in a speech.")
    for event in x.events:
        assert name(x, event, "target") != "Mary Walsh"


def test_a_things_named_owner_is_the_participant(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Judge Tom Reed rejected the New York Times request.")
    (event,) = events_of(x, "REJECT")
    assert "New York Times" in (name(x, event, "target") or "")


def test_a_demonym_names_the_country_of_a_thing(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Canada warned Mexico. Canada slapped tariffs on Mexican steel.")
    (event,) = events_of(x, "SANCTION")
    assert name(x, event, "target") == "Mexico"


def test_an_actor_noun_compound_is_the_agent_of_an_event_noun(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh has called the police shootings of teenagers a crisis.")
    (event,) = events_of(x, "ASSAULT")
    assert name(x, event, "agent") != "Mary Walsh"
    assert [p.mention.text for p in event.participants if p.role == "agent"] == ["police"]


def test_a_tour_to_talk_is_the_travellers(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh went on a tour to talk with Tom Reed about the budget.")
    (event,) = events_of(x, "CONSULT")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_who_speaks_at_a_meeting_was_at_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "At a breakfast with Tom Reed on Monday, Mary Walsh said she would not back down."
    )
    (event,) = events_of(x, "CONSULT")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_the_means_verbs_object_does_not_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh used strong language to denounce Tom Reed.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"


def test_a_named_body_meets(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Following an emergency meeting, the Security Council issued a statement.")
    (event,) = events_of(x, "CONSULT")
    assert event.trigger.text == "meeting"
    assert "Security Council" in (name(x, event, "agent") or "")


def test_a_part_of_an_actor_is_that_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("A group of Republicans slammed Tom Reed.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Republican Party"


def test_a_meeting_with_a_described_person_named_in_apposition(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Laura Walsh spoke of her talks with the museum's director, Lonnie Bunch.")
    (event,) = events_of(x, "CONSULT")
    assert name(x, event, "target") == "Lonnie Bunch"


def test_a_counted_part_of_an_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Dozens of Democrats slammed Tom Reed.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Democratic Party"


def test_narration_takes_the_last_date_of_the_previous_sentence(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Walsh has been pounding Reed, just as she did with Sam Ortiz in 2012. Walsh mocked Ortiz."
    )
    (event,) = [e for e in events_of(x, "ACCUSE") if e.trigger.text == "mocked"]
    assert event.when is not None
    assert (event.when.start, event.when.precision) == (dt.date(2012, 1, 1), "year")


def test_narration_carries_the_main_clauses_date_not_a_subordinate_ones(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The network fired anchor Tom Reed on Monday, a day after senators criticized him "
        "on Sunday. Mary Walsh also criticized Tom Reed."
    )
    (event,) = [e for e in events_of(x, "ACCUSE") if e.trigger.start > x.text.index(".")]
    assert event.when is not None and event.when.start == dt.date(2023, 2, 27)


def test_a_dateline_dates_no_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("BOSTON, Feb. 27 (UPI) -\nMary Walsh criticized Tom Reed.")
    (event,) = events_of(x, "ACCUSE")
    assert event.when is None


def test_an_openness_to_work_with_someone_is_the_open_ones(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh acknowledged an openness to working with Tom Reed.")
    (event,) = events_of(x, "COOPERATE")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_a_things_owner_named_before_its_name(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized the Foreign Ministry's Clean Water Plan rules.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "target") == "Foreign Ministry"


def test_narration_goes_on_into_the_next_paragraph(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized Tom Reed in July.\n\nReed was booed off the stage.")
    booed = [e for e in x.events if e.trigger.text == "booed"]
    for event in booed:
        assert event.when is not None and event.when.start == dt.date(2022, 7, 1)


def test_the_named_owner_of_a_thing_after_of(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh blamed the crisis on the policies of Tom Reed.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "target") == "Tom Reed"


def test_a_member_of_a_body_is_not_the_body(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh criticized a member of the Ruritanian Senate.")
    for event in events_of(x, "ACCUSE"):
        assert "Senate" not in (name(x, event, "target") or "")


def test_an_accepted_request_is_done_by_the_accepter(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "In 2019, Canada accepted the Obama administration's request to cooperate on checks."
    )
    (event,) = events_of(x, "COOPERATE")
    assert name(x, event, "agent") == "Canada"
    assert "administration" in (name(x, event, "target") or "")
    assert event.when is not None and event.when.start == dt.date(2019, 1, 1)


def test_a_verb_used_as_a_noun_is_its_possessors(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The stakes were high for Mary Walsh's sit down with Tom Reed.")
    events = events_of(x, "CONSULT")
    for event in events:
        assert name(x, event, "agent") == "Mary Walsh"


def test_when_two_years_later(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "In 2015, Canada signed a treaty with Mexico. "
        "When Canada slapped tariffs on Mexico two years later, Mexico protested."
    )
    (event,) = events_of(x, "SANCTION")
    assert event.when is not None
    assert (event.when.start, event.when.precision) == (dt.date(2017, 1, 1), "year")


def test_opposition_from_a_body(run_events) -> None:  # type: ignore[no-untyped-def]
    # opposition is criticism (session 22: the train rounds code it ACCUSE two to one)
    x = run_events("Governor Tom Reed faced opposition from the Ruritanian Senate.")
    (event,) = events_of(x, "ACCUSE")
    assert "Senate" in (name(x, event, "agent") or "")
    assert name(x, event, "target") == "Tom Reed"


def test_a_causatives_object_acts(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh made Tom Reed apologize to Sam Ortiz.")
    for event in events_of(x, "CONCEDE"):
        assert name(x, event, "agent") == "Tom Reed"


def test_a_counted_plural_is_its_first_named_member(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Two senators, John McCain and Lindsey Graham, criticized Donald Trump.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "John McCain"


def test_a_relative_pronoun_participant_is_the_noun_it_stands_for(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The soldiers who were killed by Ruritanian troops came from Freedonia.")
    (event,) = events_of(x, "ASSAULT")
    (target,) = [p for p in event.participants if p.role == "target"]
    assert target.mention.text.endswith("soldiers")


def test_support_thrown_behind_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh threw her support behind Tom Reed.")
    (event,) = events_of(x, "SUPPORT")
    assert name(x, event, "target") == "Tom Reed"


def test_complaining_about_someone_targets_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh complained about Tom Reed on Monday.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "target") == "Tom Reed"


def test_a_refused_request_targets_who_asked(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The Senate granted a request by Governor Tom Reed to delay the vote.")
    (event,) = events_of(x, "AGREE")
    assert name(x, event, "target") == "Tom Reed"


def test_the_object_behind_a_quantifier(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The Senate imposed some of the toughest sanctions ever against Mary Walsh.")
    (event,) = events_of(x, "SANCTION")
    assert name(x, event, "target") == "Mary Walsh"


def test_a_description_in_apposition_is_the_name_it_follows(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed, a senator who intends to attack Mary Walsh, spoke on Monday.")
    (event,) = events_of(x, "ACCUSE")
    assert name(x, event, "agent") == "Tom Reed"


def test_a_plural_is_the_first_member_it_includes(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Other groups, including the Sierra Club, have endorsed Mary Walsh.")
    (event,) = events_of(x, "SUPPORT")
    assert name(x, event, "agent") == "Sierra Club"


def test_who_has_talks_holds_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh, who had talks with Tom Reed on Monday, left.")
    (event,) = events_of(x, "CONSULT")
    assert (name(x, event, "agent"), name(x, event, "target")) == ("Mary Walsh", "Tom Reed")


def test_ones_own_thing_is_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed backed off some of his proposals.")
    (event,) = events_of(x, "CONCEDE")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is None


def test_placed_into_a_state_by_a_verb(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed was taken into custody by the Ruritanian army.")
    (event,) = events_of(x, "COERCE")
    assert name(x, event, "target") == "Tom Reed"
    assert "army" in (name(x, event, "agent") or "")


def test_citing_an_event_is_no_part_in_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh praised the reforms, citing the release of Tom Reed.")
    for event in events_of(x, "RETREAT"):
        assert name(x, event, "agent") is None
        assert name(x, event, "target") == "Tom Reed"


def test_an_allegation_between_actors_is_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    pipeline = newsextract.Pipeline(nlp=nlp, enable=["actors", "allegations", "events"])
    x = pipeline.extract("Tom Reed claimed that Mary Walsh had stolen the election.")
    (event,) = events_of(x, "ACCUSE")
    assert event.mode == "allege"
    assert (name(x, event, "agent"), name(x, event, "target")) == ("Tom Reed", "Mary Walsh")
    assert any(r.startswith("allegation") for r in event.related)


def test_a_participant_named_by_an_actor_noun_becomes_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    """The events plugin's ``refine`` hook makes the actor; the pipeline calls it."""
    pipeline = newsextract.Pipeline(nlp=nlp, enable=["actors", "events"])
    text = "On Monday, conservative critics sued Tom Reed. Later, conservative critics criticized Mary Walsh."
    x = pipeline.extract(text)
    agents = {name(x, e, "agent") for e in x.events}
    assert agents == {"conservative critics"}
    (made,) = [a for a in x.actors if a.name == "conservative critics"]
    assert len(made.mentions) == 2  # one actor per wording
    assert made.plugin == "events" and made.type == "group"
    assert len({a.id for a in x.actors}) == len(x.actors)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, any critics sued Tom Reed.",  # no one in particular
        "Mary Walsh said on Monday that her country sued Tom Reed.",  # a state, not a new actor
    ],
)
def test_no_participant_actor_for_no_one_in_particular_or_a_state(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    x = newsextract.Pipeline(nlp=nlp, enable=["actors", "events"]).extract(text)
    assert [e.trigger.text for e in x.events] == ["sued"]
    assert all(a.plugin == "actors" for a in x.actors)


def test_a_group_the_actors_plugin_knows_is_not_made_twice(nlp) -> None:  # type: ignore[no-untyped-def]
    pipeline = newsextract.Pipeline(nlp=nlp, enable=["actors", "events"])
    x = pipeline.extract("On Monday, federal prosecutors sued Tom Reed.")
    groups = [a for a in x.actors if "prosecutors" in a.name]
    assert len(groups) == 1 and groups[0].plugin == "actors"


def test_a_repeated_act_on_someone_unnamed_is_another_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh called on Tom Reed to resign. Mary Walsh also called on the governor to act."
    )
    assert len(events_of(x, "REQUEST")) == 2  # "the governor" is no actor, but not Tom Reed


def test_a_named_owner_before_a_decision_does_what_was_decided(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Critics attacked the Ruritanian Senate decision to sanction Mary Walsh.")
    (event,) = events_of(x, "SANCTION")
    assert "Senate" in (name(x, event, "agent") or "")


def test_a_campaign_trip_to_a_city_has_no_host(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh plans to visit Charlotte on Sunday. Tom Reed visited Beijing.")
    trip, state_visit = events_of(x, "CONSULT")
    assert name(x, trip, "target") is None
    assert name(x, state_visit, "target") == "China"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("On Monday, a federal appeals court blocked Mary Walsh.", "federal appeals court"),
        ("On Monday, at least 70 veterans attacked Tom Reed.", "70 veterans"),
        ("On Monday, many European leaders condemned Tom Reed.", "European leaders"),
    ],
)
def test_a_participant_actor_mention_leaves_out_determiners_and_hedges(  # type: ignore[no-untyped-def]
    nlp, text: str, mention: str
) -> None:
    x = newsextract.Pipeline(nlp=nlp, enable=["actors", "events"]).extract(text)
    made = [m.text for a in x.actors if a.plugin == "events" for m in a.mentions]
    assert made == [mention]
