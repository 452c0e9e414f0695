"""Cheap checks on a text that warn the user about input the extractors will misread.

These never reject a document (the text may still hold something useful);
they put a warning in ``meta.warnings`` so a batch user can find, say, the
HTML pages or the Spanish articles that slipped into an English news stream.
Every pattern is linear: single character classes and bounded repetitions.
"""

from __future__ import annotations

import re

__all__ = ["inspect_text"]

_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|br|script|style|table|li|ul|h[1-6])\b[^<>]{0,200}>", re.I
)
_WORD = re.compile(r"[^\W\d_]{1,40}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "was",
        "he",
        "she",
        "it",
        "for",
        "on",
        "with",
        "as",
        "his",
        "her",
        "by",
        "at",
        "from",
        "said",
        "have",
        "has",
        "be",
        "are",
        "were",
        "not",
        "this",
        "but",
        "they",
        "an",
        "which",
        "their",
        "or",
        "had",
        "will",
        "would",
        "who",
        "been",
        "its",
    ]
)
_MIN_WORDS = 20


def inspect_text(text: str) -> list[str]:
    """Warnings about the text: HTML markup, control characters, probably not English."""
    warnings = []
    if len(_TAG.findall(text[:100_000])) >= 3:
        warnings.append(
            # say how: a user who passed a page as .txt may not know the option exists
            "the text looks like HTML markup; extract the article text first "
            "(newsextract extract --html, or newsextract.htmltext.html_to_text; "
            "offsets refer to the text as given, tags included)"
        )
    if _CONTROL.search(text):
        warnings.append("the text contains NUL or other control characters")
    words = _WORD.findall(text[:20_000])
    if len(words) >= _MIN_WORDS:
        english = sum(1 for w in words if w.lower() in _ENGLISH)
        if english / len(words) < 0.05:
            warnings.append(
                "the text does not look like English; the extractors are built for English news"
            )
    return warnings
