"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

import newsextract

from .events_helpers import actors_and_events

ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str, folder: str = "scripts") -> ModuleType:
    """A module of ``scripts/`` or another ``folder`` of the repository (not a package: they
    are run as files), for its tests."""
    spec = importlib.util.spec_from_file_location(name, ROOT / folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SEED = ROOT / "seeds" / "000_c1f042909c470a4b.txt"

settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "nightly", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def pipeline() -> newsextract.Pipeline:
    """The default pipeline with every installed plugin."""
    return newsextract.Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline: newsextract.Pipeline):  # type: ignore[no-untyped-def]
    """The spaCy Language of the default pipeline, for building other pipelines cheaply."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def run_actors(nlp) -> Callable[[str], newsextract.Extraction]:  # type: ignore[no-untyped-def]
    """``extract(text)`` with the actors plugin alone, for its tests on made-up sentences."""
    only_actors = newsextract.Pipeline(nlp=nlp, enable=["actors"])

    def run(text: str) -> newsextract.Extraction:
        return only_actors.extract(text, doc_id="t")

    return run


@pytest.fixture(scope="session")
def run_dated(nlp) -> Callable[..., newsextract.Extraction]:  # type: ignore[no-untyped-def]
    """The actors plugin alone, on a text with (or without) a publication date."""
    only_actors = newsextract.Pipeline(nlp=nlp, enable=["actors"])

    def run(text: str, published: str | None = None) -> newsextract.Extraction:
        return only_actors.extract(text, published=published, doc_id="t")

    return run


@pytest.fixture(scope="session")
def run_events(nlp) -> Callable[..., newsextract.Extraction]:  # type: ignore[no-untyped-def]
    """The actors and events plugins alone, dated Wednesday 2023-03-01 by default: the events
    plugin's construction tests share one pipeline instead of building one per module."""
    return actors_and_events(nlp)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(pipeline: newsextract.Pipeline, seed_text: str) -> newsextract.Extraction:
    return pipeline.extract(seed_text, doc_id="seed")
