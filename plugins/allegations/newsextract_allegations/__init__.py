"""The built-in allegations extractor: who accuses whom of what, and who denies it.

An allegation is accuser + accused + claim + stance. Three finders read the
single spaCy parse: accusation verbs ("accused X of Y", "blamed", "alleged
that"), accusation nouns and their denials ("the US allegations", "rejected
the accusations", "called the claims a smear"), and verbal denials ("denied
that ..."). Accusations inside quotes take the quote's speaker as accuser.
"""

from __future__ import annotations

import newsextract
from newsextract import Allegation, ExtractionContext

from .assemble import assemble
from .headline import find_headlines
from .nominal import find_nominal
from .quoted import find_quoted
from .verbal import find_verbal

__all__ = ["extract_allegations"]


@newsextract.hookimpl
def extract_allegations(ctx: ExtractionContext) -> list[Allegation]:
    doc = ctx.doc
    found = [*find_verbal(doc), *find_nominal(doc), *find_headlines(doc)]
    # Last, so a verb the syntax already read is not taken twice.
    found.extend(find_quoted(doc, ctx.quotes))
    return assemble(ctx, found)
