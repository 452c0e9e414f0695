"""Where an article's headline and lead are, whatever their casing.

News puts its main event twice at the top: the headline names it ("Judge
Rejects Request", or in sentence case "Judge rejects request"), the lead tells
it in full with its date. Extractors use that layout to date a headline's
event by the lead and to discount the headline's capitals, so it is found
once here rather than by each plugin with its own idea of a headline.

The headline is recognised by shape, not by casing: a short first line
followed by more text. A text that is one paragraph, or whose first line is
long, has a lead but no headline. Both functions scan at most the first two
lines, so they cost nothing on long documents. Paragraphs (one per line with
text on it) are found here too, so every plugin counts them the same way.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["MAX_HEADLINE_WORDS", "headline_span", "lead_span", "paragraph_spans"]

#: A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE_WORDS: Final[int] = 20
_NON_BLANK: Final = re.compile(r"\S")


def _line_from(text: str, pos: int) -> tuple[int, int] | None:
    """The first non-blank line at or after ``pos``, without its surrounding blanks."""
    found = _NON_BLANK.search(text, pos)
    if found is None:
        return None
    start = found.start()
    newline = text.find("\n", start)
    end = len(text) if newline < 0 else newline
    while text[end - 1].isspace():  # stops at start, which is not blank
        end -= 1
    return start, end


def headline_span(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the headline: the first line, if short and followed by a body."""
    first = _line_from(text, 0)
    if first is None:
        return None
    start, end = first
    if _NON_BLANK.search(text, end) is None or len(text[start:end].split()) > MAX_HEADLINE_WORDS:
        return None  # a single paragraph, or a long first one: a lead, not a headline
    return first


def lead_span(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the lead: the first paragraph after the headline (or the first one)."""
    headline = headline_span(text)
    return _line_from(text, headline[1] if headline else 0)


#: A paragraph: from its first non-blank character to its last one on the same
#: line. Backtracking is limited to the line's trailing blanks, and matches do
#: not overlap, so one scan is linear in the text.
_PARAGRAPH_RE: Final = re.compile(r"\S(?:[^\n]*\S)?")


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each paragraph of ``text``: each line with some text on it,
    without its surrounding blanks (so CRLF's ``"\\r"`` and blank lines fall away).

    News copy ends a paragraph at each line break, and the plugins always counted
    one paragraph per line break; one definition here keeps them agreeing.
    """
    return tuple(m.span() for m in _PARAGRAPH_RE.finditer(text))
