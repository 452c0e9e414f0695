"""The built-in events plugin: PLOVER-typed events with participants, time, place and modality.

Registered through the ``newsextract`` entry-point group like any third-party
plugin; it reads only what the public API hands every plugin (the parsed
``ctx.doc`` and the actors, quotes and allegations found before it).
"""

from __future__ import annotations

import newsextract
from newsextract import Event, ExtractionContext

from .extract import extract_events as _extract

__all__ = ["extract_events"]


@newsextract.hookimpl
def extract_events(ctx: ExtractionContext) -> list[Event]:
    """PLOVER events of the document (see :mod:`newsextract_events.extract`)."""
    return _extract(ctx)
