"""Participants of events (roles.py, participant_actors.py), on made-up sentences.

Each test names one syntactic construction that decides who did what to whom,
so a regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only


def test_a_clause_hung_on_a_noun_keeps_its_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    # "refused" is parsed as a participle modifying "claim", but it has its own subject
    x = run_events(
        "Police said the claim that Mark Dunn had refused to leave the building was false."
    )
    event = only(x, "REJECT")
    assert name(x, event, "agent") == "Mark Dunn"
    assert all("claim" not in p.mention.text for p in event.participants)


def test_a_relative_pronoun_after_a_preposition_is_its_noun(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Tom Reed, at whom Mary Walsh took aim on Monday, said nothing.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_plural_states_are_a_group_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Twenty-seven states are suing the Environmental Protection Agency.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Twenty-seven states"


def test_two_countries_are_no_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    # a plural reference to several actors is none (the guidelines)
    x = run_events("The two countries signed an agreement in July.")
    event = only(x, "AGREE")
    assert name(x, event, "agent") is None


def test_an_institution_noun_is_an_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Steyer gave $5 million to a super PAC.")
    event = only(x, "AID")
    assert name(x, event, "target") == "super PAC"  # the mention leaves the determiner out


def test_the_owner_of_a_thing_named_by_a_noun(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("An appeals court overturned a district judge's decision on Friday.")
    event = only(x, "REJECT")
    assert name(x, event, "target") == "district judge"


def test_a_gerund_after_a_state_noun_is_the_subjects_act(run_events) -> None:  # type: ignore[no-untyped-def]
    # "at the forefront of", "in the process of": the subject does the gerund's act
    x = run_events("Senator Mary Walsh is in the process of suing the Acme Corporation.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"


def test_people_an_aid_verb_takes_are_its_target(run_events) -> None:  # type: ignore[no-untyped-def]
    # the object of "provide" is who is helped when it names people, not the aid given
    x = run_events("Germany provided the refugees with food and shelter.")
    event = only(x, "AID")
    assert name(x, event, "agent") == "Germany"
    assert name(x, event, "target") == "refugees"
    assert {p.mention.text for p in event.participants if p.role == "instrument"} == {
        "food",
        "shelter",
    }


def test_refusing_to_answer_someones_questions_rejects_the_asker(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mark Dunn refused to answer any questions from the Senate Judiciary Committee.")
    event = only(x, "REJECT")
    assert name(x, event, "agent") == "Mark Dunn"
    assert name(x, event, "target") == "Senate Judiciary Committee"


def test_a_passive_without_its_own_subject_is_undergone_by_its_controller(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed expects to be indicted by the Justice Department.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Justice Department"
    assert name(x, event, "target") == "Tom Reed"


def test_a_passive_gerund_after_a_preposition(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mark Dunn spent three years in jail without being convicted of a crime.")
    event = only(x, "SANCTION")
    assert name(x, event, "target") == "Mark Dunn"


def test_a_subject_beside_a_passive_auxiliary_is_active(run_events) -> None:  # type: ignore[no-untyped-def]
    # "who's called for": the parser reads "'s" as "is", but the clause has an active subject
    x = run_events(
        "The debate turned on roads, with Mary Walsh — who’s called for a new bridge — leading."
    )
    event = only(x, "REQUEST")
    assert name(x, event, "agent") == "Mary Walsh"


@pytest.mark.parametrize(
    "sentence",
    [
        # the phrasal verb's particle keeps its object: "'s" is "has"
        "Mary Walsh, who’s called on Tom Reed to resign, spoke on Monday.",
        # a direct object after the participle (straight apostrophe)
        "Mary Walsh, who's urged Tom Reed to resign, spoke on Monday.",
    ],
)
def test_has_read_as_is_before_an_object_is_active(  # type: ignore[no-untyped-def]
    run_events, sentence: str
) -> None:
    x = run_events(sentence)
    event = only(x, "REQUEST")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


@pytest.mark.parametrize(
    ("sentence", "type_", "agent", "target"),
    [
        # a second auxiliary: "'s been" is "has been", a passive
        (
            "Mary Walsh, who’s been asked by Tom Reed to resign, spoke on Monday.",
            "REQUEST",
            "Tom Reed",
            "Mary Walsh",
        ),
        # a "by"-agent: "'s" is "is"
        (
            "Tom Reed, who’s accused of fraud by Mary Walsh, spoke on Monday.",
            "ACCUSE",
            "Mary Walsh",
            "Tom Reed",
        ),
        # the particle without an object: "is called on to resign"
        ("Tom Reed, who’s called on to resign, spoke on Monday.", "REQUEST", None, "Tom Reed"),
    ],
)
def test_a_true_passive_with_s_stays_passive(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, agent: str | None, target: str
) -> None:
    x = run_events(sentence)
    event = only(x, type_)
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") == target


def test_a_lone_noun_after_s_and_a_participle_is_its_complement(run_events) -> None:  # type: ignore[no-untyped-def]
    # "if he's elected president": "'s" is "is", "president" no object of a "has"
    x = run_events("Tom Reed said that if he's elected president, he will cut taxes.")
    assert all(
        name(x, event, "agent") != "Tom Reed" for event in x.events if event.type == "SUPPORT"
    )


def test_stopping_short_of_naming_someones_acts(run_events) -> None:  # type: ignore[no-untyped-def]
    # the gerund after "short of" is the subject's; "Walsh’s actions" (curly apostrophe,
    # parsed as a modifier) are Walsh's, and naming them names Walsh
    x = run_events(
        "Tom Reed described the crash as a tragedy, but stopped short of calling "
        "Walsh’s actions racially motivated."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Walsh"


@pytest.mark.parametrize(
    ("sentence", "type_", "agent"),
    [
        # a possessor with a curly apostrophe, parsed as "nmod"
        (
            "The Associated Press’ investigation into Mary Walsh’s finances surprised her.",
            "ACCUSE",
            "Associated Press",
        ),
        # a name modifier parsed as "nmod"
        (
            "But they argued that the U.S. economic sanctions had worked in nudging the "
            "junta toward elections.",
            "SANCTION",
            "United States",
        ),
    ],
)
def test_owners_and_name_modifiers_the_parser_calls_nmod(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, agent: str
) -> None:
    x = run_events(sentence)
    assert name(x, only(x, type_), "agent") == agent


def test_the_act_a_request_asks_for_is_not_its_target(run_events) -> None:  # type: ignore[no-untyped-def]
    # "to put the rule on hold" is what is asked; the one asked is who grants it
    x = run_events(
        "On Tuesday the Supreme Court granted a request by Texas to put the rule on hold."
    )
    event = only(x, "REQUEST")
    assert name(x, event, "agent") == "Texas"
    assert name(x, event, "target") == "Supreme Court"
    assert all(p.mention.text != "hold" for p in event.participants)


@pytest.mark.parametrize(
    "sentence",
    [
        # the parser makes "for" the clause's mark, or an empty preposition of the verb
        "Senator Mary Walsh called for Governor Tom Reed to resign.",
        "The union pushed for Governor Tom Reed to step down.",
        "Mary Walsh issued a call for Governor Tom Reed to resign.",
    ],
)
def test_the_subject_of_a_for_clause_is_the_one_asked(  # type: ignore[no-untyped-def]
    run_events, sentence: str
) -> None:
    x = run_events(sentence)
    assert name(x, only(x, "REQUEST"), "target") == "Tom Reed"


def test_a_promise_made_to_someone_has_them_not_to_as_target(run_events) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "to" on "made" as its dative: the participant is its object
    x = run_events("Mary Walsh broke the promises she made to Governor Tom Reed.")
    event = only(x, "AGREE")
    assert name(x, event, "target") == "Tom Reed"
    assert all(p.mention.text.lower() != "to" for p in event.participants)


@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        # "in" is a setting for an interview: who speaks in it gives it
        (
            "Mary Walsh said in an interview with CNN that she would run_events.",
            "Mary Walsh",
            "CNN",
        ),
        (
            "Mary Walsh said in an interview on Fox News that she would run_events.",
            "Mary Walsh",
            "Fox News",
        ),
        # an outlet's name before the noun asks, it does not give the interview
        ("In a CNN interview, Mary Walsh said taxes would rise.", "Mary Walsh", "CNN"),
        # the "of"-phrase is who is interviewed, not a member holding a meeting
        ("The FBI's interview of Mary Walsh lasted three hours.", "FBI", "Mary Walsh"),
        # the verb too: the one interviewed answers (round 10), the outlet asks (session 22)
        ("Mary Walsh was interviewed by Fox News on Sunday.", "Mary Walsh", "Fox News"),
        # the one told in an interview asked
        (
            "Mary Walsh told Fox News in an interview that she would run_events.",
            "Mary Walsh",
            "Fox News",
        ),
        # the show an outlet owns, not the outlet (rounds 9, 16, 17: "said on 'The Late Show'")
        (
            "During an interview on CNN's State of the Union, Mary Walsh said no.",
            "Mary Walsh",
            "State of the Union",
        ),
    ],
)
def test_an_interview_is_consult_with_the_outlet(  # type: ignore[no-untyped-def]
    run_events, sentence: str, agent: str, target: str
) -> None:
    x = run_events(sentence)
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == agent
    # (outlets the test pipeline knows no actor for: the mention is what is checked)
    targets = [p.mention.text for p in event.participants if p.role == "target" and p.mention]
    assert targets[:1] == [target]
