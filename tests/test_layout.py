"""The article layout every plugin reads: headline and lead, in any casing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.context import ExtractionContext
from newsextract.layout import MAX_HEADLINE_WORDS, headline_span, lead_span


def _cut(text: str, found: tuple[int, int] | None) -> str | None:
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("text", "headline", "lead"),
    [
        (
            "Judge Rejects Request\n\nA judge rejected it on Monday.",
            "Judge Rejects Request",
            "A judge rejected it on Monday.",
        ),
        (
            "Judge rejects request\nA judge rejected it on Monday.\nMore.",
            "Judge rejects request",
            "A judge rejected it on Monday.",
        ),
        ("  \n\n Senate votes  \r\n\n  The Senate voted.  ", "Senate votes", "The Senate voted."),
        ("One paragraph only, no headline.", None, "One paragraph only, no headline."),
        (
            "A headline-like line with nothing after\n\n  ",
            None,
            "A headline-like line with nothing after",
        ),
        ("", None, None),
        (" \n\t\n", None, None),
    ],
)
def test_headline_and_lead_by_shape(text: str, headline: str | None, lead: str | None) -> None:
    assert _cut(text, headline_span(text)) == headline
    assert _cut(text, lead_span(text)) == lead


def test_a_long_first_line_is_a_lead_not_a_headline() -> None:
    first = " ".join(["word"] * (MAX_HEADLINE_WORDS + 1)) + "."
    text = f"{first}\nSecond paragraph."
    assert headline_span(text) is None
    assert _cut(text, lead_span(text)) == first


def test_the_context_gives_grounded_spans(nlp: object) -> None:
    text = "Mayor Backs Plan\n\nThe mayor backed the plan on Monday."
    ctx = ExtractionContext(nlp(text), published=dt.date(2023, 2, 28))  # type: ignore[operator]
    assert ctx.headline is not None and ctx.headline.text == "Mayor Backs Plan"
    assert ctx.lead is not None and ctx.lead.start == text.index("The mayor")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_spans_are_in_bounds_trimmed_and_in_order(text: str) -> None:
    headline, lead = headline_span(text), lead_span(text)
    for found in (headline, lead):
        if found is not None:
            start, end = found
            assert 0 <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            assert "\n" not in text[start:end]
    if headline is not None:
        assert lead is not None and headline[1] <= lead[0]
