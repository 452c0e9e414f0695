"""Session 20, SUPPORT second pass (made-up sentences).

Pins backing whose roles are read the other way round from the noun's usual reading (the
possessor or the clause's subject is the one backed: "came to Carson's support", "lacks
support from his colleagues") and an audience's cheering verb with no object, which backs
the one whose words it answers (round-5 applause ruling: "said, as the crowd cheered").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, triggers


def test_coming_to_someones_support(run_events: Callable[..., Extraction]) -> None:
    x = run_events("Several Republican senators came to Jane Doe's support after the debate.")
    found = [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == "support"]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    assert name(x, found[0], "target") == "Jane Doe"
    assert "Republican senators" in (name(x, found[0], "agent") or "")


def test_lacking_support_from_named_givers(run_events: Callable[..., Extraction]) -> None:
    x = run_events("Senator Mary Hollis lacks support from the Western Workers Union, he said.")
    found = [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == "support"]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    assert name(x, found[0], "target") == "Mary Hollis"
    assert name(x, found[0], "agent") == "Western Workers Union"


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        ("Senator Mary Hollis said, as the crowd cheered.", "cheered", "Mary Hollis"),
        ("Jane Doe spoke about taxes as the audience roared.", "roared", "Jane Doe"),
        (
            "When Senator Mary Hollis asked the question, the audience laughed and applauded.",
            "applauded",
            "Mary Hollis",
        ),
    ],
)
def test_cheering_verb_backs_the_speaker(
    run_events: Callable[..., Extraction], text: str, trigger: str, speaker: str
) -> None:
    x = run_events(text)
    found = [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    assert name(x, found[0], "target") == speaker
    assert "audience" in (name(x, found[0], "agent") or "") or "crowd" in (
        name(x, found[0], "agent") or ""
    )


def test_copula_subject_is_no_speaker(run_events: Callable[..., Extraction]) -> None:
    """ "said his name was Tom, as the audience applauded": the name does not speak."""
    x = run_events("Jane Doe said his name was Tom Baker, as the audience laughed and applauded.")
    assert all(name(x, e, "target") != "Tom Baker" for e in x.events if e.type == "SUPPORT")
    assert "applauded" not in triggers(x, "SUPPORT")
