"""Verb trigger constructions of the events plugin's session 14, on made-up sentences.

Each case names one construction (lexicon.py / triggers.py); the negative cases are the
readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # an act proposed against a named party calls for it (REQUEST with no addressee)
        ("Tom Reed suggested boycotting Microsoft until the company pays its taxes.", "suggested"),
        ("Mary Walsh has proposed banning Canadians from the state parks.", "proposed"),
        ("Senator Tom Reed recommended sanctioning Venezuela over the election.", "recommended"),
    ],
)
def test_a_proposed_act_against_a_named_party_is_a_request(
    run_events, sentence: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "REQUEST")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a plan only named or standing in as a relative is described, not called for
        # (session 22 made a plan an actor proposes as a noun object a REQUEST, rounds 14-15)
        ("Mary Walsh opposed the proposed ten percent tax on diesel fuel.", "proposed"),
        ("The formula that Tom Reed proposes would cut the school aid.", "proposes"),
        ("Mary Walsh suggested that the receipts were lost.", "suggested"),
    ],
)
def test_a_proposed_measure_is_no_request(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), "REQUEST")
