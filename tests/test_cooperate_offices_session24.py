"""Offices, professions and jobs told in apposition or as a predicate, on made-up sentences
(events plugin, session 24).

Round 20 made a job with no employer told as an apposition or a predicate ("a law
professor") COOPERATE with a null target, round 22 kept it for ordinary people's jobs ("a
social worker") and for past offices with a place ("the former Ohio governor"). Session 22
covered a few office nouns; these are the elected offices (senator, governor, mayor,
ambassador), the campaign trades that work for no one named (pollster, strategist, operative)
and professions, plus jobs held for a named employer (a speechwriter for X, a dean of Y).
The negatives are titles before a name and offices of a governed place (rounds 12, 20, 21).
"""

from __future__ import annotations

import pytest

from .events_helpers import assert_office_held, name, only, triggers, typed


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Paul Miller, a Vermont senator, said it was bad.", "senator"),
        ("Paul Miller, the former Ohio governor, said it was bad.", "governor"),
        ("Paul Miller, a Democratic pollster, said it was bad.", "pollster"),
        ("Paul Miller, a Republican strategist, said it was bad.", "strategist"),
        ("Paul Miller, a social worker, said it was bad.", "worker"),
        # the tagger calls "secretary" a proper noun here
        ("Paul Miller, then the secretary of state, said it was bad.", "secretary"),
        # taking up an office is holding it (rounds 20-22: "when X took office")
        ("The economy was weak when Paul Miller took office in 2009.", "took"),
        # a job told by a working verb's "as"-phrase, held
        ("Paul Miller worked as a lawyer for ten years.", "lawyer"),
    ],
)
def test_an_office_or_profession_with_no_employer_is_cooperate_with_a_null_target(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert_office_held(run_events(sentence), trigger)


@pytest.mark.parametrize(
    ("sentence", "trigger", "employer"),
    [
        ("Paul Miller, a speechwriter for Jane Doe, said it was bad.", "speechwriter", "Jane Doe"),
        (
            "Paul Miller, Jane Doe's special envoy to the region, said it was bad.",
            "envoy",
            "Jane Doe",
        ),
        ("Paul Miller, a volunteer for Jane Doe, said it was bad.", "volunteer", "Jane Doe"),
        (
            "Paul Miller, a political scientist at Dunmore University, said it was bad.",
            "scientist",
            "Dunmore University",
        ),
        (
            "Paul Miller, who worked as a campaign staffer for Jane Doe, said it was bad.",
            "staffer",
            "Jane Doe",
        ),
        (
            "Paul Miller, who volunteered for Jane Doe in 1992, said it was bad.",
            "volunteered",
            "Jane Doe",
        ),
    ],
)
def test_a_job_held_for_a_named_employer_is_cooperate_toward_it(
    run_events, sentence: str, trigger: str, employer: str
) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "COOPERATE", trigger)
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") == employer


def test_two_taking_office_are_not_partners(run_events) -> None:  # type: ignore[no-untyped-def]
    # a held office has a null target: the pair named as subject is no agent and target
    x = run_events("Attacks rose when Paul Miller and Jane Doe took office in 2009.")
    event = only(x, "COOPERATE", "took")
    assert name(x, event, "agent") == "Paul Miller"
    assert name(x, event, "target") is None


def test_an_office_called_names_keeps_the_criticism(run_events) -> None:  # type: ignore[no-untyped-def]
    # an office noun is no event a light verb names: "called" keeps its ACCUSE
    x = run_events('Jane Doe called the Ohio governor "a disgrace" on Monday.')
    assert ("called", "Jane Doe", "Ohio governor") in typed(x, "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a title before a name, with or without its place, is no event (rounds 12, 21)
        ("Ohio Governor Paul Miller said it was bad.", "Governor"),
        ("Senator Paul Miller said it was bad.", "Senator"),
        # the office of a governed place: a current office, no event (rounds 20, 21)
        ("Paul Miller, the governor of Ohio, said it was bad.", "governor"),
        # the holder not told: a mention, not a job held
        ("The senator said it was bad.", "senator"),
        # wished for, not held
        ("Paul Miller wants to be a senator.", "senator"),
        ("Paul Miller wants to work as a lawyer.", "lawyer"),
    ],
)
def test_titles_governed_places_and_wishes_are_no_office_event(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "COOPERATE")
