"""Participants of events, session 7 (roles.py, syntax.py), on made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

from .events_helpers import name, only


def test_whose_stands_for_its_noun(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder, whose criticism of Governor Paul Aston has grown, spoke.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_rather_than_shares_the_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The city of Dunmore is considering fines for the marchers rather than arresting them."
    )
    event = only(x, "COERCE")
    assert name(x, event, "agent") == "Dunmore"


def test_a_gerund_hung_on_an_object_shares_the_verb_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh is holding her lead in Ohio by touting her record upstate and "
        "pounding him on taxes in the cities."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"


def test_a_thing_that_acts_is_its_authors(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The Freedom Action Fund is running a TV spot attacking Governor Tom Reed.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Freedom Action Fund"
    assert name(x, event, "target") == "Tom Reed"


def test_an_owned_thing_keeps_its_owner(run_events) -> None:  # type: ignore[no-untyped-def]
    # the author rule does not reach a thing its owner names
    x = run_events(
        "Tom Reed's campaign reprinted a Daily Planet editorial that criticized Mary Walsh."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") != "Tom Reed's campaign"


def test_under_fire_from_names_the_critic(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh came under fire from Tom Reed over her remarks.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_a_thing_does_not_lend_its_author_to_an_event_noun(run_events) -> None:  # type: ignore[no-untyped-def]
    # the statement's issuer did not test anything: the author rule is for verbs only
    x = run_events(
        "Following a late meeting, the Arab League issued a statement calling the "
        "overnight rocket test a serious violation of four treaties."
    )
    assert all(name(x, e, "agent") is None for e in x.events if e.trigger.text == "test")


def test_a_decision_by_someone_to_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Critics questioned the decision by Tom Reed to give $75,000 to the Walsh Foundation."
    )
    event = only(x, "AID")
    assert name(x, event, "agent") == "Tom Reed"


def test_a_description_tagged_as_a_name_stands_for_the_name(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The group raised money from Conservative Solutions, a super PAC that backed Tom Reed."
    )
    event = only(x, "SUPPORT")
    assert name(x, event, "agent") == "Conservative Solutions"


def test_a_second_apposition_is_not_the_first_name(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Dana Whitfield, president of the Harbor Fund, a super PAC allied with Senate "
        "leadership, said nothing."
    )
    # (his presidency of the fund is a job event of its own, session 22)
    event = only(x, "COOPERATE", "allied")
    assert name(x, event, "agent") != "Dana Whitfield"


def test_allied_with_makes_the_noun_the_partner(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The group raised checks from other major donors allied with Senator Tom Reed.")
    event = only(x, "COOPERATE")
    assert name(x, event, "agent") == "major donors"
    assert name(x, event, "target") == "Tom Reed"


def test_pressure_before_a_clause_presses_its_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Several Republicans relented only after heavy lobbying by Senator Tom Reed.")
    event = only(x, "REQUEST")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is not None


def test_a_passive_subject_was_at_the_meeting(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Following a breakfast with Al Sharpton on Monday, Mary Walsh is scheduled to speak."
    )
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Mary Walsh"


def test_a_passive_by_agent_was_in_the_interview(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "She could not explain why it was raised by Carla Ruiz in an interview with NBC."
    )
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Carla Ruiz"


def test_no_one_in_particular_allies_with_no_one(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("But everyone associated with the Clintons gets a different set of standards.")
    assert not [e for e in x.events if e.type == "COOPERATE"]


def test_a_thing_made_by_someone_is_theirs(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed lambasted the farm subsidy plan negotiated by President Mary Walsh.")
    event = only(x, "ACCUSE")
    assert name(x, event, "target") == "Mary Walsh"


def test_a_passive_clause_is_no_maker(run_events) -> None:  # type: ignore[no-untyped-def]
    # the parser once hung "was approved" on "bill", itself hung on "groups": a clause, not a maker
    # (the pinned model parses "bill" as the subject now, so this guards the outcome only)
    x = run_events(
        "Following an outcry from farmers’ groups, the bill, known as the “Fair Harvest Act” "
        "was approved by Congress with broad support."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") != "Congress"
