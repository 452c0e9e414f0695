"""Find an article's publication date in its dateline.

Wire copy and scraped archives often open with a line such as
``date 2023-02-28 ...`` or ``WASHINGTON, Feb. 28, 2023 (Reuters) -``. Relative
dates ("Monday", "a year ago") can only be resolved against that date, so the
pipeline reads it when the caller gives none. The text itself is left alone:
offsets keep referring to the text as given.

The patterns are anchored to the first line and use bounded repetitions only,
so a pathological first line cannot make them backtrack.
"""

from __future__ import annotations

import datetime as dt
import re

from .layout import paragraph_spans

__all__ = ["dateline_spans", "find_dateline_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"\b(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS = (
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(_MONTH + r" {1,3}(?P<day>[0-3]?\d),? {1,3}(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d) {1,3}" + _MONTH + r",? {1,3}(?P<year>(?:19|20)\d\d)\b"),
)
_FIRST_LINE_LIMIT = 200


def find_dateline_date(text: str) -> dt.date | None:
    """The date in the article's first line (first 200 characters), if there is one."""
    head = text.lstrip()[:_FIRST_LINE_LIMIT].split("\n", 1)[0]
    for pattern in _PATTERNS:
        for match in pattern.finditer(head):
            parsed = _to_date(match)
            if parsed is not None:
                return parsed
    return None


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS.get(groups["month"].lower())
    if month is None:
        return None
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


#: A wire dateline opening a paragraph: the place in capitals ("WASHINGTON",
#: "ATLANTIC CITY", "WILKES-BARRE"), then at most three short comma-separated
#: parts (a state, a date: "FLINT, Mich., Oct. 4"), an optional agency in
#: parentheses ("(AP)"), closed by a dash. A place in title case counts only
#: with an agency ("New York (AFP) -"), since "Senate Votes - Again" is a
#: headline. A dash right after the word ("FAREWELL\u2014") closes a column's
#: label, not a dateline, so a space must come before it; web copy often sets
#: that space as a no-break space and the dash as a horizontal bar
#: ("HEMPSTEAD, N.Y.\u00a0\u2015"). Every repetition is
#: bounded and the separators are distinct, so a match attempt costs a constant
#: whatever the paragraph.
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z.'&-]{0,20}(?: [A-Z][A-Z.'&-]{0,20}){0,2}"
    r"(?:,[ ]{1,2}[A-Za-z0-9][A-Za-z0-9. ]{0,20}){0,3}"
    r"(?:[ ]{0,2}\([A-Z][A-Za-z .&/']{0,30}\))?"
    r"|[A-Z][a-z.]{1,20}(?: [A-Z][a-z.]{1,20}){0,3}[ ]{0,2}\([A-Z][A-Za-z .&/']{0,30}\))"
    r"[ \u00a0]{1,2}(?:[\u2014\u2013\u2015]|--?(?=\s))"
)
_LOWER_RE = re.compile(r"[a-z]")
#: Labels set in capitals before a dash like a place: an item's kind, not where it was filed.
_LABELS = frozenset(
    {"EXCLUSIVE", "BREAKING", "UPDATE", "UPDATED", "WATCH", "VIDEO", "ANALYSIS", "OPINION"}
    | {"EDITORIAL", "CORRECTION", "EXCERPT", "REVIEW", "LIVE", "PHOTOS", "AUDIO"}
)


def dateline_spans(
    text: str, paragraphs: tuple[tuple[int, int], ...] | None = None
) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each wire dateline at the start of one of ``paragraphs``
    (by default the text's own, :func:`newsextract.layout.paragraph_spans`).

    The span runs from the place to the dash ("WASHINGTON (AP) —"). It tells
    where the story was filed, never who acted, so extractors drop names
    inside it. The paragraph must go on in lower case after the dash: a line
    all in capitals ("CLINTON WINS — AGAIN") is a headline, not a dateline.
    """
    found: list[tuple[int, int]] = []
    for start, end in paragraph_spans(text) if paragraphs is None else paragraphs:
        match = _DATELINE_RE.match(text, start, end)
        if match is None or _LOWER_RE.search(text, match.end(), end) is None:
            continue
        if text[start : match.end()].rstrip(" -\u2013\u2014") not in _LABELS:
            found.append((start, match.end()))
    return tuple(found)
