"""Promises as AGREE events: made to someone, not a politician's own plan.

PLOVER's AGREE covers promising, but annotators mark a promise only when it
is made to another party (a state's commitment, a pledge to a candidate or
an ally); a campaign promise to do something is policy talk. Made-up sentences.
"""

from __future__ import annotations

import pytest

from newsextract import Extraction

from .events_helpers import actors_and_events


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    return actors_and_events(nlp)


def agreements(x: Extraction) -> list[str]:
    return [e.trigger.text for e in x.events if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a state's or a body's commitment
        ("France pledged that it would lift the tariffs by 2020.", "pledged"),
        ("The government vowed to lower the fees next year.", "vowed"),
        # a promise to or with another party
        ("Mary Walsh pledged her support to Tom Reed on Monday.", "pledged"),
        ("Mary Walsh pledged her vote to the party.", "pledged"),
        # the promised act is done to another actor
        ("Mary Walsh pledged to support Tom Reed in the fall.", "pledged"),
        ("Tom Reed vowed to back the nominee.", "vowed"),
    ],
)
def test_promise_to_someone_is_agreement(run, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert agreements(run(sentence)) == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh pledged to cut taxes.",
        "Tom Reed vowed to push for an amendment to the constitution.",
        "Mary Walsh, who has pledged to ban the rallies, spoke on Monday.",
        "Tom Reed refused to pledge to release his records.",
        "The marchers said they want justice but pledged to remain calm.",
        "Mary Walsh vowed that taxes would fall.",
    ],
)
def test_own_plan_is_no_agreement(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert agreements(run(sentence)) == []
