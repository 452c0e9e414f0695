"""Article text from an HTML page, with trafilatura.

Boilerplate removal (menus, footers, related links) is a hard problem that
trafilatura solves well and keeps solving as sites change, so we use it rather
than stripping tags ourselves. Offsets of the extraction refer to the text
returned here, which the output carries in ``text``.
"""

from __future__ import annotations

from .errors import InputError, NewsExtractError

__all__ = ["html_to_text"]


def html_to_text(markup: str, *, doc_id: str | None = None) -> str:
    """The main text of an HTML page (paragraphs separated by newlines)."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise NewsExtractError(
            f"reading HTML needs trafilatura ({exc}): python -m pip install 'newsextract[html]'"
        ) from None
    text = trafilatura.extract(markup, include_comments=False, include_tables=False)
    if not text:
        # short or unusual pages: fall back to all visible text
        text = trafilatura.html2txt(markup)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML", doc_id=doc_id)
    return str(text)
