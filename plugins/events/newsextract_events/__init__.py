"""The built-in events plugin: PLOVER-typed events with participants, time, place and modality.

Registered through the ``newsextract`` entry-point group like any third-party
plugin; it reads only what the public API hands every plugin (the parsed
``ctx.doc`` and the actors, quotes and allegations found before it).
"""

from __future__ import annotations

import newsextract
from newsextract import Event, Extraction, ExtractionContext

from .extract import extract_events as _extract
from .participant_actors import participant_actors

__all__ = ["extract_events", "refine"]


@newsextract.hookimpl
def extract_events(ctx: ExtractionContext) -> list[Event]:
    """PLOVER events of the document (see :mod:`newsextract_events.extract`)."""
    return _extract(ctx)


@newsextract.hookimpl
def refine(extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
    """Actors for event participants only a common noun names ("federal prosecutors").

    The annotation guidelines make whoever takes part in an event an actor; the
    actors plugin finds names and the groups it knows, so the rest is added
    once every event exists.
    """
    return participant_actors(extraction, ctx)
