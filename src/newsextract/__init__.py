"""newsextract: typed, source-grounded actors, quotes, allegations and events from news.

>>> import newsextract
>>> result = newsextract.extract(text)                    # doctest: +SKIP
>>> [q.content[0].text for q in result.quotes]            # doctest: +SKIP

Plugin authors need only this module: the records, :data:`hookimpl`, and the
:class:`ExtractionContext` every hook receives.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .context import ExtractionContext
from .documents import Document
from .errors import (
    InputError,
    ModelNotFoundError,
    NewsExtractError,
    PluginError,
    RecordValidationError,
)
from .hookspecs import hookimpl
from .pipeline import Outcome, Pipeline, extract
from .records import (
    ACTOR_TYPES,
    EVENT_TYPES,
    MODALITIES,
    Actor,
    ActorType,
    Allegation,
    Event,
    EventType,
    Extraction,
    Modality,
    Participant,
    Place,
    Quote,
    Record,
    Role,
    Span,
    TimeRef,
    actor_ref,
    record_ref,
)

try:
    __version__ = version("newsextract")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "ACTOR_TYPES",
    "EVENT_TYPES",
    "MODALITIES",
    "Actor",
    "ActorType",
    "Allegation",
    "Document",
    "Event",
    "EventType",
    "Extraction",
    "ExtractionContext",
    "InputError",
    "Modality",
    "ModelNotFoundError",
    "NewsExtractError",
    "Outcome",
    "Participant",
    "Pipeline",
    "Place",
    "PluginError",
    "Quote",
    "Record",
    "RecordValidationError",
    "Role",
    "Span",
    "TimeRef",
    "__version__",
    "actor_ref",
    "extract",
    "hookimpl",
    "record_ref",
]
