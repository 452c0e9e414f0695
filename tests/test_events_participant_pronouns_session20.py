"""Session 20: plural pronouns the syntax binds to a group only an event participant names
(participant_pronouns.py), on made-up sentences."""

from __future__ import annotations

import pytest


def _mentions(extraction, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


@pytest.mark.parametrize(
    ("sentence", "group", "expected"),
    [
        # object control: the object of "urged" is the infinitive's subject
        (
            "The federation urged affiliated unions to pursue their own talks with employers.",
            "affiliated unions",
            ["affiliated unions", "their"],
        ),
        # the subject of a reporting clause binds the subject of the clause it reports
        (
            "Several students have alleged they were misled by the school's recruiters.",
            "students",
            ["students", "they"],
        ),
    ],
)
def test_a_participant_groups_bound_pronoun_is_its_mention(  # type: ignore[no-untyped-def]
    run_events, sentence: str, group: str, expected: list[str]
) -> None:
    assert _mentions(run_events(sentence), group) == expected


def test_coordinated_groups_share_no_pronoun(run_events) -> None:  # type: ignore[no-untyped-def]
    out = run_events("The union urged the bakers and the drivers to hold their ground.")
    assert all(m.text != "their" for a in out.actors for m in a.mentions)
