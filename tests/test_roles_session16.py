"""Event roles, session 16 (extract.py, roles.py), on made-up texts.

A prompt put to the reader ("Do you support Mayor Ann Cole? Like the page:") is SUPPORT with
no agent and hypothetical (the round-14 ruling), not a poll's share of backers; a question
asked of someone in an interview or inside quotation marks stays out.
"""

from __future__ import annotations

import pytest

from .events_helpers import name


def _support(x, trigger: str):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "SUPPORT" and e.trigger.text == trigger]


def test_a_reader_prompt_is_hypothetical_backing(run_events) -> None:  # type: ignore[no-untyped-def]
    """The paragraph's own question to the reader: the target is named, no one backs yet."""
    x = run_events(
        "Mayor Ann Cole of Riverton spoke about water on Tuesday.\n\n"
        "Do you support Ann Cole? Like the page:\n\n"
        "She said the city would build a new plant."
    )
    found = _support(x, "support")
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    assert name(x, found[0], "target") == "Ann Cole"
    assert name(x, found[0], "agent") is None
    assert found[0].modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        # asked of the person interviewed, inside quotation marks
        'Mayor Ann Cole of Riverton spoke on Tuesday. A reporter asked Tom Hale, "Do you '
        'support Ann Cole?"',
        # not the paragraph's opening question
        "Mayor Ann Cole of Riverton spoke on Tuesday. Do you support Ann Cole?",
        # a statement, not a question
        "Mayor Ann Cole of Riverton spoke on Tuesday.\n\nYou support Ann Cole.",
        # a question the next sentence says someone asked, with no quotation marks
        "Paul Miller held a rally in Dayton on Monday.\n\n"
        "Will you vote for Jane Doe? Paul Miller asked the crowd.",
    ],
)
def test_other_questions_are_no_reader_prompt(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(text)
    assert not [e for e in _support(x, "support") if name(x, e, "agent") is None]


def test_an_indented_reader_prompt_is_still_the_paragraphs_opening(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mayor Ann Cole of Riverton spoke about water on Tuesday.\n\n"
        "  Do you support Ann Cole? Like the page:\n\n"
        "She said the city would build a new plant."
    )
    found = _support(x, "support")
    assert [name(x, e, "agent") for e in found] == [None]
