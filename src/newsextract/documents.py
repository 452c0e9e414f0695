"""The input side: what a document is and the checks it passes before parsing.

Checking before spaCy sees the text matters in batches: ``nlp.pipe`` fails a
whole batch on one bad text, so bad documents are turned into clear errors
here and never reach the parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .dateline import find_dateline_date
from .errors import InputError

__all__ = ["DEFAULT_MAX_CHARS", "Document", "coerce_document", "parse_date"]

#: Longest text accepted by default (about 150,000 words, far above any article).
DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class Document:
    """One article to extract from. ``published`` falls back to the dateline."""

    text: str
    id: str | None = None
    published: dt.date | None = None


def parse_date(value: object, *, doc_id: str | None = None) -> dt.date | None:
    """Accept a date, a datetime or an ISO string (``2023-02-28``)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(
        f"published must be an ISO date such as 2023-02-28, got {value!r}", doc_id=doc_id
    )


def coerce_document(
    item: Document | str | Mapping[str, Any] | InputError,
    *,
    published: object = None,
    doc_id: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Turn a str, a mapping with ``text``/``id``/``published``, or a Document into a checked Document.

    A reader that cannot decode a record passes an :class:`InputError` in its
    place, so the error is reported at that position in the stream.
    """
    if isinstance(item, InputError):
        raise item
    if isinstance(item, Document):
        text, doc_id, published = (
            item.text,
            item.id if doc_id is None else doc_id,
            (item.published if published is None else published),
        )
    elif isinstance(item, str):
        text = item
    elif isinstance(item, Mapping):
        raw_id = item.get("id", item.get("doc_id"))
        doc_id = doc_id if doc_id is not None else (None if raw_id is None else str(raw_id))
        if "text" not in item:
            raise InputError("has no 'text' field", doc_id=doc_id)
        text = item["text"]
        published = published if published is not None else item.get("published")
    else:
        # name the document (the caller gave its id) and, for bytes, the usual remedy
        hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(item, bytes) else ""
        raise InputError(
            f"expected a str, a mapping or a Document, got {type(item).__name__}{hint}",
            doc_id=doc_id,
        )
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}", doc_id=doc_id)
    if len(text) > max_chars:
        raise InputError(
            f"text has {len(text):,} characters, more than the limit of {max_chars:,}; "
            "raise it with Pipeline(max_chars=...) or `newsextract extract --max-chars N`",
            doc_id=doc_id,
        )
    date = parse_date(published, doc_id=doc_id)
    if date is None:
        date = find_dateline_date(text)
    return Document(text=text, id=doc_id, published=date)
