"""Event participants only a common noun names, session 13 (participant_actors.py), on
made-up sentences.

Each test names one construction whose participant the refine step makes (or must not
make) an actor, so a regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only


def _mentions(x, event, role):  # type: ignore[no-untyped-def]
    """The texts of the mentions of the actor in ``role``."""
    for participant in event.participants:
        if participant.role == role and participant.actor is not None:
            actor = x.actor(participant.actor)
            return [m.text for m in actor.mentions] if actor else []
    return []


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "Supporters of Mayor Tom Hale accused the former secretary of state of lying about the budget.",
            "former secretary of state",
        ),
        (
            "Activists of the Green League accused the front-runner of lying about the budget.",
            "front-runner",
        ),
        (
            "Activists of the Green League accused the first lady of lying about the budget.",
            "first lady",
        ),
    ],
)
def test_definite_description_of_one_person_is_an_actor(run_events, sentence, target) -> None:  # type: ignore[no-untyped-def]
    """ "accused the former secretary of state": the person the description picks out is
    the target, its mention the title with its bare "of"-complement and no determiner."""
    x = run_events(sentence)
    event = only(x, "ACCUSE", "accused")
    assert name(x, event, "target") == target
    assert _mentions(x, event, "target") == [target]


@pytest.mark.parametrize(
    "sentence",
    [
        # indefinite: someone in general, not a person the text knows
        "Supporters of Mayor Tom Hale accused a chairwoman of lying about the budget.",
        # a possessive names a role as often as a person ("her own nominee")
        "Supporters of Mayor Tom Hale accused his chairwoman of lying about the budget.",
    ],
)
def test_indefinite_or_owned_title_makes_no_actor(run_events, sentence) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "ACCUSE", "accused")
    assert name(x, event, "target") is None


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("Governor Lee Park defended the budget in an MSNBC interview on Sunday.", "MSNBC"),
        (
            "Senator Ann Crowe told reporters in a Bloomberg interview that taxes would rise.",
            "Bloomberg",
        ),
    ],
)
def test_outlet_named_before_an_interview_is_its_target(run_events, sentence, outlet) -> None:  # type: ignore[no-untyped-def]
    """ "an MSNBC interview": the outlet the name before the noun gives is the one
    interviewing (CONSULT's target), an actor though a name as a modifier is no mention
    for the actors plugin."""
    x = run_events(sentence)
    event = only(x, "CONSULT", "interview")
    assert name(x, event, "target") == outlet


def test_place_before_an_attack_makes_no_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    """ "the Newtown massacre": a name before a violent event noun is where it happened."""
    x = run_events("Police said the Newtown massacre shocked the nation.")
    (event,) = [e for e in x.events if e.trigger.text == "massacre"]
    assert all(p.actor is None or x.actor(p.actor).name != "Newtown" for p in event.participants)
