"""ExtractionContext.paragraphs and .datelines on made-up texts (issue 4, session 10)."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import example, given
from hypothesis import strategies as st

from newsextract import ExtractionContext
from newsextract.context import paragraph_spans
from newsextract.dateline import dateline_spans

_NLP = spacy.blank("en")


def _ctx(text: str) -> ExtractionContext:
    return ExtractionContext(_NLP.make_doc(text))


def _texts(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_paragraphs_split_at_line_breaks_and_drop_blank_lines() -> None:
    text = "Mayor Quits\n\n\nThe mayor of Eastbrook quit.  \n  She gave no reason.\n\n"
    assert _texts(text, _ctx(text).paragraphs) == [
        "Mayor Quits",
        "The mayor of Eastbrook quit.",
        "She gave no reason.",
    ]


def test_paragraphs_of_crlf_text_leave_the_carriage_return_out() -> None:
    text = "Council Meets\r\n\r\nThe council met.\r\nIt voted."
    paragraphs = _ctx(text).paragraphs
    assert _texts(text, paragraphs) == ["Council Meets", "The council met.", "It voted."]
    assert paragraphs[-1][1] == len(text)  # no trailing newline: the last paragraph runs to the end


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n \t\n"])
def test_empty_or_blank_text_has_no_paragraphs_nor_datelines(text: str) -> None:
    ctx = _ctx(text)
    assert ctx.paragraphs == ()
    assert ctx.datelines == ()
    assert ctx.paragraph_index(0) == -1


def test_paragraph_index_counts_paragraphs_between_offsets() -> None:
    text = "One.\n\nTwo here.\nThree."
    ctx = _ctx(text)
    assert ctx.paragraph_index(text.index("One")) == 0
    assert ctx.paragraph_index(text.index("here")) == 1
    assert ctx.paragraph_index(text.index("Three")) == 2
    assert ctx.paragraph_index(text.index("\n\n")) == 0  # a break belongs to the paragraph before


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("LAKEVILLE (AP) \u2014 The governor signed the bill.", "LAKEVILLE (AP) \u2014"),
        ("PORT ELLIS \u2014 The governor signed the bill.", "PORT ELLIS \u2014"),
        ("NORTH BAY -- Police said on Monday.", "NORTH BAY --"),
        ("GLENWOOD, Ore. - The plant closed.", "GLENWOOD, Ore. -"),
        (
            "LAKEVILLE, Ore., Oct. 4 (UPI) \u2014 A storm hit.",
            "LAKEVILLE, Ore., Oct. 4 (UPI) \u2014",
        ),
        ("Port Ellis (AFP) \u2013 The minister met donors.", "Port Ellis (AFP) \u2013"),
    ],
)
def test_wire_datelines_with_and_without_agency(line: str, dateline: str) -> None:
    text = f"Governor Signs Bill\n\n{line}\nMore follows."
    ctx = _ctx(text)
    assert _texts(text, ctx.datelines) == [dateline]
    start = text.index(line)
    assert ctx.in_dateline(start, start + 4)
    assert not ctx.in_dateline(start + len(dateline) + 1, start + len(dateline) + 4)


@pytest.mark.parametrize(
    "line",
    [
        "GOVERNOR SIGNS BILL \u2014 AGAIN",  # a headline in capitals: nothing in lower case follows
        "Governor Signs Bill \u2014 and vows more",  # title case without an agency
        "Sen. Ann Lee (D-Ore.) \u2014 a critic of the plan, spoke.",  # a party, not an agency
        "FAREWELL\u2014 a column's last item",  # a label: no space before its dash
        "EXCLUSIVE \u2013 the mayor speaks",  # an item's kind, not a place
        "The governor said WASHINGTON \u2014 is wrong.",  # not at the paragraph's start
        "WASHINGTON-BASED groups said so.",  # a hyphen inside a word is no dash
    ],
)
def test_lines_that_are_not_datelines(line: str) -> None:
    text = f"First line here\n\n{line}\n"
    assert _ctx(text).datelines == ()


def test_dateline_only_at_a_paragraph_start_after_crlf() -> None:
    text = "Storm Hits Coast\r\n\r\nNORTH BAY (AP) \u2014 A storm hit.\r\nNORTH BAY was dark."
    assert _texts(text, _ctx(text).datelines) == ["NORTH BAY (AP) \u2014"]


def test_layout_is_computed_once_per_document() -> None:
    ctx = _ctx("A.\nB.")
    assert ctx.paragraphs is ctx.paragraphs
    assert ctx.datelines is ctx.datelines


_CHARS = st.sampled_from([*"aZ .-\u2014\u2013()\n\r\t,A", "WASHINGTON", " (AP) ", "\n\n"])


def _sound(spans: tuple[tuple[int, int], ...], text: str) -> None:
    last_end = 0
    for start, end in spans:
        assert 0 <= last_end <= start < end <= len(text)
        last_end = end


@given(st.lists(_CHARS, max_size=60).map("".join) | st.text(max_size=200))
@example("WASHINGTON (AP) \u2014 x\n\nNEW YORK -- y\r\n")
def test_layout_spans_in_bounds_sorted_disjoint(text: str) -> None:
    ctx = _ctx(text)
    _sound(ctx.paragraphs, text)
    _sound(ctx.datelines, text)
    assert ctx.paragraphs == paragraph_spans(text)
    starts = {start for start, _ in ctx.paragraphs}
    for start, end in ctx.datelines:
        assert start in starts  # a dateline opens a paragraph
        assert "\n" not in text[start:end]
    for start, end in ctx.paragraphs:
        chunk = text[start:end]
        assert "\n" not in chunk  # so it holds no blank line
        assert not chunk[0].isspace() and not chunk[-1].isspace()
    # every non-blank character lies in some paragraph
    covered = sum(end - start for start, end in ctx.paragraphs)
    assert covered >= len(re.sub(r"\s", "", text))


def test_dateline_scan_is_linear_on_pathological_paragraphs() -> None:
    text = ("A" * 20 + " ") * 3 + ", Ab" * 2000 + "\n" + ("WASHINGTON " * 5000) + "\n"
    paragraphs = paragraph_spans(text)
    assert dateline_spans(text, paragraphs) == ()
    assert len(paragraphs) == 2
