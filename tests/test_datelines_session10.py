"""One definition of a wire dateline (issue 4, session 10): the core's ``dateline_spans``
read by the actors plugin's mentions and the events plugin's dates. Made-up texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsextract
from newsextract.context import paragraph_spans
from newsextract.dateline import dateline_spans

Run = Callable[[str], newsextract.Extraction]


def _datelines(text: str) -> list[str]:
    return [text[start:end] for start, end in dateline_spans(text, paragraph_spans(text))]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("EASTBROOK, Ky.\u00a0\u2014 The mayor quit on Monday.", "EASTBROOK, Ky.\u00a0\u2014"),
        ("EASTBROOK \u2015 The mayor quit on Monday.", "EASTBROOK \u2015"),
        ("EASTBROOK, N.Y. \u2015 The mayor quit.", "EASTBROOK, N.Y. \u2015"),
    ],
)
def test_web_copy_spacing_and_horizontal_bar_close_a_dateline(text: str, dateline: str) -> None:
    assert _datelines(text) == [dateline]


@pytest.mark.parametrize(
    "text",
    [
        "MAYOR QUITS \u2015 AGAIN",  # a headline in capitals
        "FAREWELL\u2015the mayor's last day, by a reporter.",  # a column's label, no space
        "Mayor Quits\u00a0\u2015 the council said so.",  # title case without an agency
    ],
)
def test_a_horizontal_bar_does_not_make_headlines_datelines(text: str) -> None:
    assert _datelines(text) == []


def _names(extraction: newsextract.Extraction) -> list[tuple[int, str]]:
    return sorted((m.start, m.text) for a in extraction.actors for m in a.mentions)


def test_a_place_in_the_dateline_is_no_actor_whatever_its_dash(run_actors: Run) -> None:
    text = "Mayor quits.\n\nEASTBROOK \u2015 Jane Roe said on Monday that Eastbrook would vote."
    found = _names(run_actors(text))
    assert all(start > text.index("\u2015") for start, _ in found)
    assert any(name == "Jane Roe" for _, name in found)


def test_a_title_case_place_with_its_agency_is_no_actor(run_actors: Run) -> None:
    text = "Senator backs plan.\n\nEastbrook (AFP) \u2013 Jane Roe said the plan would pass."
    found = _names(run_actors(text))
    assert all(start > text.index("\u2013") for start, _ in found)


def test_a_name_in_capitals_opening_a_sentence_is_still_an_actor(run_actors: Run) -> None:
    # "NASA, for one, ..." opens a paragraph like a dateline but goes on without a dash
    text = "Budget cut.\n\nNASA, for one, said on Monday that it would cut its budget."
    assert any(name == "NASA" for _, name in _names(run_actors(text)))
