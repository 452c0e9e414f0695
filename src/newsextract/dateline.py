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

__all__ = ["find_dateline_date"]

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
