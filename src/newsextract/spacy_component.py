"""newsextract as a spaCy pipeline component.

For applications built around a spaCy ``Language``: ``nlp.add_pipe("newsextract")``
fills ``doc._.newsextract`` with the document's :class:`~newsextract.Extraction`.
The factory is registered through spaCy's ``spacy_factories`` entry point, so it
is available as soon as newsextract is installed, without an import.
The component reuses the parse the earlier components made; the publication
date comes from the dateline or from ``doc._.newsextract_published`` if an
earlier component set it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .documents import Document
from .pipeline import Pipeline

__all__ = ["NewsExtractComponent", "make_newsextract"]

if not Doc.has_extension("newsextract"):
    Doc.set_extension("newsextract", default=None)
if not Doc.has_extension("newsextract_published"):
    Doc.set_extension("newsextract_published", default=None)


class NewsExtractComponent:
    """Runs the newsextract plugins on each Doc the spaCy pipeline produces."""

    def __init__(
        self, nlp: Language, name: str, enable: list[str] | None, disable: list[str] | None
    ) -> None:
        self.name = name
        self.pipeline = Pipeline(nlp=nlp, enable=enable, disable=disable)

    def __call__(self, doc: Doc) -> Doc:
        from .dateline import find_dateline_date

        published = doc._.newsextract_published
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        document = Document(text=doc.text, published=published or find_dateline_date(doc.text))
        doc._.newsextract = self.pipeline._extract_doc(doc, document)
        return doc


@Language.factory(
    "newsextract",
    default_config={"enable": None, "disable": None},
)
def make_newsextract(
    nlp: Language, name: str, enable: list[str] | None, disable: list[str] | None
) -> Any:
    """Create the component; ``enable``/``disable`` select plugins by name."""
    return NewsExtractComponent(nlp, name, enable, disable)
