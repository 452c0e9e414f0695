"""Session 24, ASSAULT: deaths an attack caused take the attacker, not the attack (made-up
sentences; the learned role scorer is off).

"The raid that killed X": the killing's subject is the attack noun, no actor, so the deaths
had no agent. The guidelines give deaths from an attack "their own ASSAULT with the
attackers as agent" (round 13), the attacker even when named only elsewhere (round 12).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "attacker", "victims"),
    [
        (
            "Officials blamed the Freedonian army for the raid that killed Jane Holt.",
            "Freedonian army",
            "Jane Holt",
        ),
        (
            "Militants of the Red Brigade carried out the attacks that killed 40 soldiers.",
            "Militants",
            "40 soldiers",
        ),
    ],
)
def test_deaths_take_the_attacker_of_the_attack(
    run_events: Run, text: str, attacker: str, victims: str
) -> None:
    """The attack that killed has an attacker: the deaths are his act too."""
    x = run_events(text)
    event = only(x, "ASSAULT", "killed")
    assert name(x, event, "agent") == attacker
    assert name(x, event, "target") == victims


def test_an_attack_with_no_attacker_takes_the_one_told_in_its_sentence(run_events: Run) -> None:
    """ "The gunman opened fire ... during the massacre that killed 12": the massacre names
    no attacker, the sentence does."""
    x = run_events(
        "Police said the gunman, John Velt, opened fire at a market during the massacre "
        "that killed 12 people and wounded 30."
    )
    assert name(x, only(x, "ASSAULT", "killed"), "agent") == "John Velt"
    assert name(x, only(x, "ASSAULT", "wounded"), "agent") == "John Velt"


@pytest.mark.parametrize(
    "text",
    [
        "The attacks that killed 40 soldiers shocked the country.",
        "John Velt was arrested in May. The attacks that killed 40 soldiers shocked the country.",
    ],
)
def test_no_attacker_told_leaves_the_deaths_without_one(run_events: Run, text: str) -> None:
    """No attacker in the sentence: the deaths keep no agent (the gold's null)."""
    x = run_events(text)
    event = only(x, "ASSAULT", "killed")
    assert name(x, event, "agent") is None
    assert name(x, event, "target") == "40 soldiers"
