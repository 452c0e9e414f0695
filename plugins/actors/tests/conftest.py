"""Fixtures for the actors plugin's own tests: one spaCy load per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsextract
from newsextract import Extraction


@pytest.fixture(scope="session")
def actors_pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(enable=["actors"])


@pytest.fixture(scope="session")
def run(actors_pipeline: newsextract.Pipeline) -> Callable[[str], Extraction]:
    def _run(text: str) -> Extraction:
        return actors_pipeline.extract(text, doc_id="t")

    return _run
