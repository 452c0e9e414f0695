"""Event roles, session 17 (roles.py), on made-up texts.

An event noun that is the direct object of a verb of doing it, though no light verb of the
trigger finder ("recommended charges against X", "lobbed insults at X", "worked out an accord
with X"), is done by the verb's subject; a preposition the parser hangs on that verb names the
target. Backing, stopping or answering an act ("supported a ban", "halted the bombing",
"dismissed accusations") is no doing it.
"""

from __future__ import annotations

import pytest

from .events_helpers import name


def _events(x, type_: str, trigger: str):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == type_ and e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "agent", "target"),
    [
        (
            "Senator Ann Cole recommended charges against Mayor Tom Reed on Friday.",
            "ACCUSE",
            "charges",
            "Ann Cole",
            "Tom Reed",
        ),
        (
            "Governor Paul Miller lobbed insults at Senator Ann Cole during the debate.",
            "ACCUSE",
            "insults",
            "Paul Miller",
            "Ann Cole",
        ),
        (
            "Mayor Tom Reed worked out an accord with Governor Paul Miller on the budget.",
            "AGREE",
            "accord",
            "Tom Reed",
            "Paul Miller",
        ),
        (
            "Governor Paul Miller heaped praise on Senator Ann Cole at the dinner.",
            "SUPPORT",
            "praise",
            "Paul Miller",
            "Ann Cole",
        ),
    ],
)
def test_the_doer_verbs_subject_does_the_named_act(  # type: ignore[no-untyped-def]
    run_events, text: str, type_: str, trigger: str, agent: str, target: str
) -> None:
    x = run_events(text)
    found = _events(x, type_, trigger)
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    assert name(x, found[0], "agent") == agent
    assert name(x, found[0], "target") == target


def test_a_preposition_of_what_is_brought_in_is_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    """ "introduced charges of fraud into the campaign": the campaign is where, not who."""
    x = run_events("Mayor Tom Reed introduced charges of fraud into the campaign last week.")
    found = _events(x, "ACCUSE", "charges")
    assert [name(x, e, "agent") for e in found] == ["Tom Reed"]
    assert [name(x, e, "target") for e in found] == [None]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "subject"),
    [
        # backing a ban imposes none
        (
            "Senator Ann Cole supported a ban on imports from Freedonia.",
            "COERCE",
            "ban",
            "Ann Cole",
        ),
        # halting a bombing does none
        (
            "Governor Paul Miller halted the bombing of Ruritania.",
            "ASSAULT",
            "bombing",
            "Paul Miller",
        ),
        # answering accusations makes none: the one who made them accuses
        (
            "Governor Paul Miller dismissed accusations from Senator Ann Cole.",
            "ACCUSE",
            "accusations",
            "Paul Miller",
        ),
        # "rein in his supporters": the supporters back him, the subject does not back
        (
            "Senator Ann Cole tried to rein in her supporters after the rally.",
            "SUPPORT",
            "supporters",
            "Ann Cole",
        ),
    ],
)
def test_backing_stopping_or_answering_an_act_is_no_doing_it(  # type: ignore[no-untyped-def]
    run_events, text: str, type_: str, trigger: str, subject: str
) -> None:
    x = run_events(text)
    assert subject not in [name(x, e, "agent") for e in _events(x, type_, trigger)]


def test_a_place_or_occasion_of_the_doer_verb_is_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    """ "hurled accusations at a rally in Dayton": the rally is where, not who is accused."""
    x = run_events("Senator Ann Cole hurled accusations at a rally in Dayton on Monday.")
    for event in _events(x, "ACCUSE", "accusations"):
        assert name(x, event, "target") is None
        assert all(p.mention.text != "a rally" for p in event.participants)


def test_recommending_talks_is_no_holding_them(run_events) -> None:  # type: ignore[no-untyped-def]
    """Advisers who recommend talks with Iran leave them to others; recommending charges is
    still bringing them (test above)."""
    x = run_events("Advisers to Senator Ann Cole recommended talks with Iran.")
    for event in _events(x, "CONSULT", "talks"):
        agents = [p.mention.text for p in event.participants if p.role == "agent"]
        assert "Advisers" not in agents
