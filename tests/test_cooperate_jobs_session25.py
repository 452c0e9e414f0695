"""Jobs and offices, session 25 (events plugin), on made-up sentences.

The job rulings of rounds 19-23: a post at a body told by its verb ("chairs the committee",
"headed the agency", "founded the group") like the job nouns; the one a possessor names in
front of a person's title ("Jane Doe's spokesman X"); a second job the parser hangs on the
first as an apposition; a rank held in an armed service named before it ("Army Capt. X",
round 20's "Navy SEAL X"); a job's acronym in apposition ("the former Acme Industries CEO");
an occupation before a name marked as practised before ("retired neurosurgeon X", round 23);
the commentator as a job. The negatives: posts wished for or motions ("to chair", "heads
to"), a governed place's possessor, an occupation with no name after it.
"""

from __future__ import annotations

import pytest

from .events_helpers import assert_office_held, name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "trigger", "body"),
    [
        (
            "Jane Doe, who chairs the Acme Oversight Committee, said it was bad.",
            "chairs",
            "Acme Oversight Committee",
        ),
        (
            "Jane Doe headed the Acme Corporation from 2006 until 2011.",
            "headed",
            "Acme Corporation",
        ),
        (
            "Jane Doe, who founded the advocacy group Acme Watch, said it was bad.",
            "founded",
            "Acme Watch",
        ),
    ],
)
def test_a_post_told_by_its_verb_is_cooperate_toward_the_body(
    run_events, sentence: str, trigger: str, body: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Jane Doe"
    assert name(x, event, "target") == body


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a post wished for: an infinitive
        ("They want Jane Doe to chair the Acme Oversight Committee.", "chair"),
        # a motion, not a post
        ("Jane Doe heads to Ohio on Monday.", "heads"),
        # running a meeting holds it (CONSULT through the noun), no post
        ("Jane Doe chaired the talks with Paul Miller.", "chaired"),
    ],
)
def test_posts_wished_for_motions_and_meetings_are_no_job(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "COOPERATE")


def test_a_possessor_before_a_title_is_the_one_served(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Jane Doe's spokesman Paul Miller said the rally was a success.")
    event = only(x, "COOPERATE", "spokesman")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"


def test_a_governed_place_as_possessor_is_no_employer(run_events) -> None:  # type: ignore[no-untyped-def]
    # a current office of a place (rounds 20-21): no event
    x = run_events("Jane Doe criticised London's newly elected mayor Paul Miller on Monday.")
    assert "mayor" not in triggers(x, "COOPERATE")


def test_a_second_job_hung_as_an_apposition_describes_the_holder(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Paul Miller, a delegate from Ohio, is coordinator of the Acme Network and "
        "co-founder of the activist group Acme Watch."
    )
    event = only(x, "COOPERATE", "founder")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") is not None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The candidates do not understand the military, said Army Capt. Paul Miller.", "Capt"),
        (
            "The campaign hired a new manager, retired Army general Paul Miller, last month.",
            "general",
        ),
    ],
)
def test_a_rank_in_a_named_service_is_cooperate_toward_the_service(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Army"


def test_a_job_acronym_in_apposition_is_a_job(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Jane Doe, the former Acme Industries CEO, took on Paul Miller directly.")
    event = only(x, "COOPERATE", "CEO")
    assert name(x, event, "agent") == "Jane Doe"
    assert name(x, event, "target") == "Acme Industries"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Retired neurosurgeon Paul Miller trails them at 13 percent.", "neurosurgeon"),
        ("The poll was done by veteran pollster Paul Miller last week.", "pollster"),
        ("It was dull, said Paul Miller, a veteran political commentator in Ohio.", "commentator"),
    ],
)
def test_an_occupation_practised_before_a_name_is_an_office_with_a_null_target(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert_office_held(run_events(sentence), trigger)


def test_a_retired_occupation_with_no_name_is_no_office(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The retired neurosurgeon has fallen in recent polls.")
    assert "neurosurgeon" not in triggers(x, "COOPERATE")


def test_a_partnership_with_someone_named_is_cooperate(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Paul Miller's most notable partnership with Jane Doe was a success.")
    event = only(x, "COOPERATE", "partnership")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == "Jane Doe"
