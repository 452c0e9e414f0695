"""The built-in quotes extractor: direct, indirect, mixed and partial quotes with speakers.

Two passes over the one parse the pipeline made, then a join:

- ``marks``: quotation marks, scanned once, paragraph by paragraph;
- ``clauses``: reporting clauses from the dependency parse;
- ``assemble``: each quotation gets its cue and speaker, reported speech
  without marks becomes an indirect quote;
- ``speakers``: speaker mentions become actor ids (pronouns included).
"""

from __future__ import annotations

from collections.abc import Iterable

import newsextract
from newsextract import ExtractionContext, Quote

from .assemble import assemble, group_segments
from .clauses import find_candidates
from .docindex import DocIndex
from .marks import find_segments, paragraphs
from .records import to_quotes

__all__ = ["extract_quotes", "find_quotes"]


def find_quotes(ctx: ExtractionContext) -> list[Quote]:
    """Every quote of the document in ``ctx``, in text order."""
    text = ctx.text
    if not text.strip() or len(ctx.doc) == 0:
        return []
    index = DocIndex(ctx.doc)
    groups = group_segments(text, find_segments(text), index)
    candidates = find_candidates(ctx.doc, index)
    para_starts = [start for start, _ in paragraphs(text)] or [0]
    drafts = assemble(text, index, groups, candidates, para_starts)
    return to_quotes(ctx, index, drafts)


@newsextract.hookimpl
def extract_quotes(ctx: ExtractionContext) -> Iterable[Quote]:
    return find_quotes(ctx)
