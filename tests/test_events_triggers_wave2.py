"""Trigger families of the events plugin's second session-7 wave, on made-up sentences.

Each case names one family or sense condition (lexicon.py), so a regression names
itself; the negative cases are the readings the condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # opposing a person disapproves of them; opposing a measure rejects it
        ("Senate Republicans oppose Tom Reed on every vote.", "ACCUSE", "oppose"),
        ("Mary Walsh opposed Tom Reed's trade deal in May.", "REJECT", "opposed"),
        # advice in the bare subjunctive asks for the act
        ("Mary Walsh suggested that Tom Reed resign from the board.", "REQUEST", "suggested"),
        ("Mary Walsh recommended that Tom Reed withdraw the bill.", "REQUEST", "recommended"),
        # money raised from donors
        ("The Walsh campaign raised $500,000 from Tom Reed in March.", "AID", "raised"),
    ],
)
def test_wave2_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # opposing a thing that is no proposal, nor a person
        ("Mary Walsh opposed the idea from the start.", "REJECT"),
        # a suggestion of a fact asks for nothing
        ("Mary Walsh suggested that Tom Reed was tired.", "REQUEST"),
        # raising concerns or a child is no money given
        ("Mary Walsh raised concerns about Tom Reed's plan.", "AID"),
    ],
)
def test_wave2_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []
