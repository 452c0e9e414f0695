"""The plugin interface: every hook a newsextract plugin can implement.

Extraction runs in stages, one hook per stage, in this order::

    register_components(nlp)      once per pipeline: add spaCy components
    register_record_kinds(register)  once per pipeline: declare new record kinds
    plugin_settings()             once per pipeline: the settings the plugin reads
    check_settings(settings)      once per pipeline: refuse a setting value it cannot use
    extract_actors(ctx)           -> Iterable[Actor]
    extract_quotes(ctx)           -> Iterable[Quote]        (sees ctx.actors)
    extract_allegations(ctx)      -> Iterable[Allegation]   (sees actors, quotes)
    extract_events(ctx)           -> Iterable[Event]        (sees all of the above)
    extract_records(ctx)          -> Iterable[Record]       (plugin-defined kinds)
    refine(extraction, ctx)       -> Extraction | None      (link, merge, drop)

Each implementation is called on its own, so the records it returns are
validated and attributed to it by name. Hooks take only the arguments they
name (pluggy prunes the rest), so new arguments can be added without breaking
existing plugins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from spacy.language import Language

    from .context import ExtractionContext
    from .records import Actor, Allegation, Event, Extraction, Quote, Record

PROJECT = "newsextract"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_components(nlp: Language) -> None:
    """Add spaCy components to the shared pipeline (``nlp.add_pipe``).

    Called once when a :class:`~newsextract.Pipeline` loads its model; the
    components run inside the single parse of each document, so later hooks
    can read their annotations (``doc._.*``, ``doc.spans``) without re-parsing.
    Add a component only if ``name not in nlp.pipe_names``.
    """


@hookspec
def register_record_kinds(register: Callable[[type[Record]], None]) -> None:
    """Declare new record kinds: call ``register(MyRecord)`` for each ``Record`` subclass."""


@hookspec
def plugin_settings() -> Mapping[str, str] | None:
    """The settings this plugin reads from ``ctx.settings(name)``: setting -> description.

    Users pass settings per pipeline (``Pipeline(settings={"name": {...}})`` or
    ``--set name.key=value``); a key the plugin did not declare here is rejected
    with the list of those it did, so a typo is not silently ignored.
    ``newsextract plugins`` shows the declared settings.
    """


@hookspec
def check_settings(settings: Mapping[str, Any]) -> None:
    """Check this plugin's setting values once, when the pipeline is built; raise if unusable.

    ``settings`` is the plugin's own part, as ``ctx.settings(name)`` gives it (empty
    when the user gave none). Open the files a setting names here, and raise an
    exception naming the setting and the value: the user then gets one error before
    any document is read, instead of the same failure on every document of a batch.
    """


@hookspec
def extract_actors(ctx: ExtractionContext) -> Iterable[Actor] | None:
    """Return the actors of the document (mentions clustered into one actor each)."""


@hookspec
def extract_quotes(ctx: ExtractionContext) -> Iterable[Quote] | None:
    """Return quotes; ``ctx.actors`` holds every actor found in the previous stage."""


@hookspec
def extract_allegations(ctx: ExtractionContext) -> Iterable[Allegation] | None:
    """Return allegations; ``ctx.quotes`` holds the quotes found before."""


@hookspec
def extract_events(ctx: ExtractionContext) -> Iterable[Event] | None:
    """Return events; actors, quotes and allegations are available on ``ctx``."""


@hookspec
def extract_records(ctx: ExtractionContext) -> Iterable[Record] | None:
    """Return records of plugin-defined kinds (registered with ``register_record_kinds``)."""


@hookspec
def refine(extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
    """Return a changed copy of the finished extraction, or ``None`` to leave it.

    Refiners run one after another, each seeing the previous one's result; the
    result of every refiner is validated again.
    """
