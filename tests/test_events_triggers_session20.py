"""Session 20: COERCE and SANCTION trigger families on made-up sentences.

Keeping someone from an act ("barred him from"), taking what is another's ("stealing
data"), removing a regime ("overthrow"), restraining ("reined in") or closing down ("shut
down") an actor are COERCE; turning away from someone with a reflexive ("separated itself
from") or annulling one's backing ("rescinded his endorsement of") is SANCTION. The
negative cases are the readings each condition keeps out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        ("The Vandar council barred Tom Reed from entering the chamber.", "COERCE", "barred"),
        ("The new rule prohibits Mary Walsh from leaving the city.", "COERCE", "prohibits"),
        ("Officials said Ostrava stole the data from the Vandar ministry.", "COERCE", "stole"),
        ("Rebels tried to overthrow the Vandar government last year.", "COERCE", "overthrow"),
        ("Mary Walsh reined in her campaign aides after the scandal.", "COERCE", "reined"),
        ("Tom Reed said the Walsh Foundation must be shut down.", "COERCE", "shut"),
        ("The party separated itself from Tom Reed in May.", "SANCTION", "separated"),
        ("Many groups are disassociating themselves from Tom Reed.", "SANCTION", "disassociating"),
        ("Mary Walsh rescinded her endorsement of Tom Reed on Friday.", "SANCTION", "rescinded"),
    ],
)
def test_session20_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # no "from"-phrase: a policy or a place, nobody kept from an act
        ("The Vandar council barred the door.", "COERCE"),
        ("The new rule prohibits smoking in bars.", "COERCE"),
        # restraining or closing down a thing that is no actor
        ("The governor reined in spending last year.", "COERCE"),
        ("Mary Walsh shut down the debate quickly.", "COERCE"),
        # a rule rescinded eases a restriction; it annuls nobody's backing
        ("Mary Walsh rescinded her endorsement of the bill.", "SANCTION"),
    ],
)
def test_session20_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


def test_barred_from_roles(run_events) -> None:  # type: ignore[no-untyped-def]
    """The one who bars is the agent, the one kept from the act the target."""
    x = run_events("The Vandar council barred Tom Reed from entering the chamber.")
    event = only(x, "COERCE", "barred")
    assert name(x, event, "target") == "Tom Reed"


def test_separated_from_roles(run_events) -> None:  # type: ignore[no-untyped-def]
    """The reflexive is no target: the one turned away from is."""
    x = run_events("Senator Mary Walsh separated herself from Tom Reed in May.")
    event = only(x, "SANCTION", "separated")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"
