"""Session 22: forces added or kept, measures called for, counted victims (made-up texts).

- MOBILIZE: a verb that adds, keeps or commits armed forces ("increasing troops", "keep
  800 troops", "commit troops") mobilizes them; with another object it is no event.
- COERCE: who calls for a ban or a deportation is its author ("X called for a ban on ...",
  "his call for a ban", "X's call to deport"), and a ban on a class "moving into" somewhere
  keeps no target (the participle names the barred act, not a group the text has in mind).
- ASSAULT/COERCE: a bare number killed, wounded or deported is a counted group ("killed 47
  in the capital", "84 were killed", "35 have been deported"), not a part of a whole ("two of
  the guards").
"""

from __future__ import annotations

import pytest
from newsextract_events.participant_actors import _class_plural

from .events_helpers import name, only, typed


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Governor Paul Miller will keep 800 troops in the region.", "keep", "Miller"),
        ("The Ruritanian army has been increasing troops near the river.", "increasing", "army"),
        (
            "Senator Jim Hale urged Freedonia to commit troops to the peace mission.",
            "commit",
            "Freedonia",
        ),
    ],
)
def test_forces_added_kept_or_committed_are_mobilized(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, agent: str | None
) -> None:
    x = run_events(text)
    event = only(x, "MOBILIZE", trigger)
    if agent is not None:
        assert agent in (name(x, event, "agent") or "")


@pytest.mark.parametrize(
    "text",
    [
        "Governor Paul Miller decided to keep the system in place.",
        "Senator Jim Hale wants to increase the budget of the police.",
    ],
)
def test_other_objects_of_the_force_verbs_mobilize_nothing(  # type: ignore[no-untyped-def]
    run_events, text: str
) -> None:
    assert typed(run_events(text), "MOBILIZE") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jim Hale called for a ban on Catholics moving into the state.", "ban"),
        ("Voters rejected Senator Jim Hale's call for a ban on Catholics.", "ban"),
        ("Voters backed Jim Hale's call to deport 2,000 workers.", "deport"),
    ],
)
def test_who_calls_for_a_restriction_is_its_author(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str
) -> None:
    x = run_events(text)
    event = only(x, "COERCE", trigger)
    assert "Hale" in (name(x, event, "agent") or "")


def test_a_ban_on_a_class_entering_somewhere_has_no_target(  # type: ignore[no-untyped-def]
    run_events,
) -> None:
    x = run_events("Senator Jim Hale called for a ban on Catholics moving into the state.")
    assert name(x, only(x, "COERCE", "ban"), "target") is None


def test_a_protest_called_for_is_not_done_by_the_caller(  # type: ignore[no-untyped-def]
    run_events,
) -> None:
    # (a boycott is no trigger here, so it could not show the caller left out)
    x = run_events("Senator Jim Hale called for protests against the Acme Corporation.")
    assert "Hale" not in (name(x, only(x, "PROTEST", "protests"), "agent") or "")


@pytest.mark.parametrize(
    ("text", "head", "is_class"),
    [
        # the act the class is barred from
        ("They will ban Catholics entering the state.", "Catholics", True),
        # a past participle bounds a set the text has in mind
        ("They will ban protesters arrested downtown.", "protesters", False),
    ],
)
def test_a_present_participle_leaves_a_class(  # type: ignore[no-untyped-def]
    nlp, text: str, head: str, is_class: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == head)
    assert _class_plural(token) is is_class


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target"),
    [
        ("The gunmen killed 47 in the capital on Friday.", "ASSAULT", "killed", "47"),
        ("In the capital, 84 were killed on Friday.", "ASSAULT", "killed", "84"),
        ("Of the 60 sailors held, 35 have been deported.", "COERCE", "deported", "35"),
    ],
)
def test_a_bare_number_harmed_is_a_counted_group(  # type: ignore[no-untyped-def]
    run_events, text: str, type_: str, trigger: str, target: str
) -> None:
    x = run_events(text)
    event = only(x, type_, trigger)
    assert name(x, event, "target") == target


def test_a_part_of_a_whole_is_no_counted_group(run_events) -> None:  # type: ignore[no-untyped-def]
    # ("sold 130" could not fail: no event reads a participant there)
    x = run_events("The gunmen killed two of the guards in the capital on Friday.")
    assert name(x, only(x, "ASSAULT", "killed"), "target") == "guards"
    assert "two" not in [a.name for a in x.actors]


def test_a_counted_group_is_harmed_only_in_its_own_clause(  # type: ignore[no-untyped-def]
    run_events,
) -> None:
    x = run_events("In the capital, 84 were killed and roughly 200 wounded on Friday.")
    assert name(x, only(x, "ASSAULT", "killed"), "target") == "84"
    assert ("wounded", None, "84") not in typed(x, "ASSAULT")
