"""The pipeline: one spaCy parse per document, then the plugin stages in order.

Data flows one way: text → Doc → actors → quotes → allegations → events →
plugin record kinds → refiners → validated :class:`Extraction`. Each plugin's
output is validated before the next stage sees it, so a stage can rely on the
records it is given, and an error always names the plugin at fault.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

import pluggy

from .context import ExtractionContext
from .documents import DEFAULT_MAX_CHARS, Document, coerce_document
from .errors import InputError, NewsExtractError, PluginError, RecordValidationError
from .inspection import inspect_text
from .model import load_model, model_label
from .parsing import DEFAULT_CHUNK_CHARS, parse, parse_many
from .records import Actor, Allegation, Event, Extraction, ExtractionMeta, Quote, Record
from .registry import build_plugin_manager, describe_plugins
from .settings import freeze_settings, settings_for
from .validation import check_extraction, check_records

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Outcome", "Pipeline", "extract"]

DocumentLike = Document | str | Mapping[str, Any] | InputError

#: (hook, record class it must return), in the order the stages run.
STAGES: tuple[tuple[str, type[Record]], ...] = (
    ("extract_actors", Actor),
    ("extract_quotes", Quote),
    ("extract_allegations", Allegation),
    ("extract_events", Event),
    ("extract_records", Record),
)
_BUILTIN_KEYS = frozenset(cls.key for _, cls in STAGES[:4])


@dataclass(frozen=True)
class Outcome:
    """The result for one document of a batch: an extraction or the error it raised."""

    doc_id: str | None
    extraction: Extraction | None = None
    error: NewsExtractError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Pipeline:
    """Loads spaCy and the plugins once; extracts from any number of documents.

    >>> pipeline = Pipeline()                                # doctest: +SKIP
    >>> pipeline.extract("Obama said he was surprised.")     # doctest: +SKIP
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        nlp: Language | None = None,
        enable: str | Iterable[str] | None = None,
        disable: str | Iterable[str] | None = None,
        plugins: Sequence[object] = (),
        entrypoints: bool = True,
        max_chars: int = DEFAULT_MAX_CHARS,
        chunk_chars: int = DEFAULT_CHUNK_CHARS,
        truecase_headlines: bool = True,
        settings: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        """
        Args:
            model: name of an installed spaCy pipeline; default: the pinned English one.
            nlp: an already loaded ``Language`` to use instead (shared with your app).
            enable: load only these entry-point plugins (names or a comma-separated str).
            disable: do not load these plugins.
            plugins: extra plugin objects (modules, classes, instances) to register.
            entrypoints: load installed plugins; ``False`` uses only ``plugins``.
            max_chars: longest text accepted; longer ones raise :class:`InputError`.
            chunk_chars: longer texts are parsed in pieces cut at paragraph breaks
                (bounded memory; offsets unchanged).
            truecase_headlines: parse title-case headline lines as if in sentence
                case (see :mod:`newsextract.truecase`; text and offsets unchanged).
            settings: per-plugin settings by plugin name (``{"actors": {...}}``),
                read by each plugin as ``ctx.settings(name)``; a name that is not a
                loaded plugin is an error (see :mod:`newsextract.settings`).
        """
        #: How to build an equivalent pipeline in another process.
        self.config: dict[str, Any] = {
            "model": model,
            "enable": enable,
            "disable": disable,
            "plugins": list(plugins),
            "entrypoints": entrypoints,
            "max_chars": max_chars,
            "chunk_chars": chunk_chars,
            "truecase_headlines": truecase_headlines,
        }
        self.plugin_manager: pluggy.PluginManager = build_plugin_manager(
            enable=enable, disable=disable, plugins=plugins, entrypoints=entrypoints
        )
        # settings are checked before the model loads: a bad one fails in a moment
        infos = describe_plugins(self.plugin_manager)
        self._meta_plugins = [
            f"{info.name}=={info.version}" if info.version else info.name for info in infos
        ]
        self.settings = freeze_settings(settings, {info.name: info.settings for info in infos})
        self.config["settings"] = {name: dict(values) for name, values in self.settings.items()}
        self._check_settings()
        self.nlp: Language = nlp if nlp is not None else load_model(model)
        self.max_chars = max_chars
        self.chunk_chars = chunk_chars
        self.truecase_headlines = truecase_headlines
        if self.nlp.max_length < chunk_chars:
            self.nlp.max_length = chunk_chars
        self.model = model_label(self.nlp)
        self._kinds: dict[str, type[Record]] = {}
        #: Which plugin registered each key, to name both sides of a clash.
        self._kind_plugins: dict[str, str] = {}
        self._version = version("newsextract")
        self._call_setup_hooks()

    # -- setup -----------------------------------------------------------------------
    def _impls(self, hook: str) -> list[pluggy.HookImpl]:
        """Implementations in a deterministic order: tryfirst, then by name, then trylast."""
        caller = getattr(self.plugin_manager.hook, hook)
        impls = list(caller.get_hookimpls())
        return sorted(
            impls, key=lambda i: (0 if i.tryfirst else 2 if i.trylast else 1, i.plugin_name)
        )

    def _call(self, impl: pluggy.HookImpl, hook: str, doc_id: str | None, **kwargs: Any) -> Any:
        try:
            result = impl.function(*[kwargs[name] for name in impl.argnames])
            if isinstance(result, Iterator):
                # A generator hook runs its body only when iterated: drain it here, so that
                # what it raises is reported as this plugin's error (a PluginError naming the
                # plugin, hook and document) and a batch goes on, as for a hook returning a list.
                result = list(result)
            return result
        except NewsExtractError as exc:
            if isinstance(exc, PluginError):
                raise
            raise PluginError(str(exc), plugin=impl.plugin_name, hook=hook, doc_id=doc_id) from exc
        except Exception as exc:
            raise PluginError(
                f"raised {type(exc).__name__}: {exc}",
                plugin=impl.plugin_name,
                hook=hook,
                doc_id=doc_id,
            ) from exc

    def _check_settings(self) -> None:
        """Let each plugin refuse a setting value now (a missing dictionary file, say).

        Otherwise the value is first used on a document, and a batch fails every
        document with the same error instead of stopping once, before the first.
        """
        for impl in self._impls("check_settings"):
            given = {"settings": settings_for(self.settings, impl.plugin_name)}
            try:
                impl.function(*[given[name] for name in impl.argnames])
            except Exception as exc:
                reason = str(exc)
                if not isinstance(exc, ValueError | NewsExtractError):
                    reason = f"{type(exc).__name__}: {reason}"
                raise PluginError(
                    f"cannot use its settings: {reason}",
                    plugin=impl.plugin_name,
                    hook="check_settings",
                ) from exc

    def _call_setup_hooks(self) -> None:
        for impl in self._impls("register_components"):
            self._call(impl, "register_components", None, nlp=self.nlp)
        for impl in self._impls("register_record_kinds"):
            self._call(
                impl, "register_record_kinds", None, register=self._register_kind(impl.plugin_name)
            )

    def _register_kind(self, plugin: str) -> Callable[[type[Record]], None]:
        def register(cls: type[Record]) -> None:
            if not (isinstance(cls, type) and issubclass(cls, Record)) or cls is Record:
                raise PluginError(
                    f"registered {cls!r}, which is not a Record subclass", plugin=plugin
                )
            if "kind" not in cls.__dict__:
                raise PluginError(f"record class {cls.__name__} must set `kind`", plugin=plugin)
            if cls.key in _BUILTIN_KEYS:
                raise PluginError(f"record key {cls.key!r} is reserved", plugin=plugin)
            existing = self._kinds.get(cls.key)
            if existing is not None and existing is not cls:
                # Two kinds under one key: the later one used to replace the earlier silently,
                # and every document of the other plugin then failed with a raw ValidationError.
                raise PluginError(
                    f"registers record key {cls.key!r} ({_qualified(cls)}), which plugin "
                    f"{self._kind_plugins[cls.key]!r} already registered "
                    f"({_qualified(existing)}); one of the two kinds needs another `key`",
                    plugin=plugin,
                    hook="register_record_kinds",
                )
            self._kinds[cls.key] = cls
            self._kind_plugins.setdefault(cls.key, plugin)

        return register

    @property
    def plugin_names(self) -> list[str]:
        """The active plugins as ``name==version`` (as recorded in each extraction's meta)."""
        return list(self._meta_plugins)

    @property
    def record_kinds(self) -> dict[str, type[Record]]:
        """Record kinds contributed by plugins, by JSON key."""
        return dict(self._kinds)

    # -- one document ----------------------------------------------------------------
    def extract(
        self,
        text: str | Document | Mapping[str, Any],
        *,
        published: dt.date | str | None = None,
        doc_id: str | None = None,
    ) -> Extraction:
        """Extract records from one article. ``published`` defaults to the dateline's date."""
        document = coerce_document(
            text, published=published, doc_id=doc_id, max_chars=self.max_chars
        )
        return self._extract_doc(
            parse(
                self.nlp,
                document.text,
                self.chunk_chars,
                truecase_headlines=self.truecase_headlines,
            ),
            document,
        )

    def _extract_doc(self, doc: Doc, document: Document) -> Extraction:
        ctx = ExtractionContext(
            doc, published=document.published, doc_id=document.id, settings=self.settings
        )
        for warning in inspect_text(document.text):
            ctx.warn(warning)
        for hook, expected in STAGES:
            for impl in self._impls(hook):
                output = self._call(impl, hook, document.id, ctx=ctx)
                if output is None:
                    continue
                records = check_records(
                    output,
                    expected=expected,
                    text=ctx.text,
                    plugin=impl.plugin_name,
                    hook=hook,
                    doc_id=document.id,
                    known_ids=ctx.ids,
                    actor_ids={a.id for a in ctx.actors},
                )
                if hook == "extract_records":
                    self._check_kinds(records, impl.plugin_name, document.id)
                ctx._add(
                    [
                        r
                        if r.plugin is not None
                        else r.model_copy(update={"plugin": impl.plugin_name})
                        for r in records
                    ]
                )
        extraction = self._assemble(ctx, document)
        for impl in self._impls("refine"):
            refined = self._call(impl, "refine", document.id, extraction=extraction, ctx=ctx)
            if refined is None:
                continue
            if not isinstance(refined, Extraction):
                raise RecordValidationError(
                    f"refine must return an Extraction or None, got {type(refined).__name__}",
                    plugin=impl.plugin_name,
                    hook="refine",
                    doc_id=document.id,
                )
            if refined.text != extraction.text:
                raise RecordValidationError(
                    "refine changed the text; offsets would no longer hold",
                    plugin=impl.plugin_name,
                    hook="refine",
                    doc_id=document.id,
                )
            check_extraction(refined, plugin=impl.plugin_name)
            extraction = refined
        return extraction

    def _check_kinds(self, records: list[Record], plugin: str, doc_id: str | None) -> None:
        for record in records:
            if record.key in _BUILTIN_KEYS or record.key not in self.record_kinds:
                raise RecordValidationError(
                    f"extract_records returned a {type(record).__name__} (key {record.key!r}), "
                    "which is not a record kind registered with register_record_kinds",
                    plugin=plugin,
                    record_id=record.id,
                    hook="extract_records",
                    doc_id=doc_id,
                )

    def _assemble(self, ctx: ExtractionContext, document: Document) -> Extraction:
        extensions = {key: list(ctx.records(key)) for key in sorted(self.record_kinds)}
        return Extraction(
            doc_id=document.id,
            text=ctx.text,
            published=document.published,
            actors=list(ctx.actors),
            quotes=list(ctx.quotes),
            allegations=list(ctx.allegations),
            events=list(ctx.events),
            extensions={key: items for key, items in extensions.items() if items},
            meta=ExtractionMeta(
                newsextract=self._version,
                model=self.model,
                plugins=self._meta_plugins,
                warnings=list(ctx.warnings),
            ),
        )

    # -- many documents --------------------------------------------------------------
    def process_many(
        self,
        documents: Iterable[DocumentLike],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Outcome]:
        """Stream outcomes in input order; a bad document gives an error outcome, not an exception.

        Memory is bounded by ``batch_size``: documents are read lazily and each
        result is yielded as soon as its batch is done. ``n_process > 1`` runs
        whole pipelines (parse and extraction) in that many worker processes.
        """
        if n_process > 1:
            from .workers import WORKER_BATCH, parallel_outcomes

            # small batches keep every worker busy to the end of the stream
            batches = self._batches(documents, min(batch_size, WORKER_BATCH))
            yield from parallel_outcomes(self, batches, n_process)
            return
        batches = self._batches(documents, batch_size)
        for batch in batches:
            yield from self._run_batch(batch, batch_size)

    def _batches(
        self, documents: Iterable[DocumentLike], batch_size: int
    ) -> Iterator[list[Outcome | Document]]:
        pending: list[Outcome | Document] = []
        for position, item in enumerate(documents):
            pending.append(self._check(item, position))
            if len(pending) >= max(1, batch_size):
                yield pending
                pending = []
        if pending:
            yield pending

    def extract_many(
        self,
        documents: Iterable[DocumentLike],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Extraction]:
        """Stream extractions in input order; raises on the first bad document."""
        for outcome in self.process_many(documents, batch_size=batch_size, n_process=n_process):
            if outcome.error is not None:
                raise outcome.error
            assert outcome.extraction is not None
            yield outcome.extraction

    def _check(self, item: DocumentLike, position: int) -> Outcome | Document:
        try:
            return coerce_document(item, max_chars=self.max_chars)
        except NewsExtractError as exc:
            doc_id = getattr(exc, "doc_id", None)
            return Outcome(doc_id=doc_id if doc_id is not None else f"#{position}", error=exc)

    def _run_batch(self, items: list[Outcome | Document], batch_size: int) -> Iterator[Outcome]:
        documents = [item for item in items if isinstance(item, Document)]
        docs = parse_many(
            self.nlp,
            (d.text for d in documents),
            batch_size,
            self.chunk_chars,
            truecase_headlines=self.truecase_headlines,
        )
        for item in items:
            if isinstance(item, Outcome):
                yield item
                continue
            doc = next(docs)
            try:
                yield Outcome(doc_id=item.id, extraction=self._extract_doc(doc, item))
            except NewsExtractError as exc:
                yield Outcome(doc_id=item.id, error=exc)


def _qualified(cls: type) -> str:
    """``module.Class``: two clashing kinds often share the class name."""
    return f"{cls.__module__}.{cls.__qualname__}"


@functools.lru_cache(maxsize=4)
def _default_pipeline(model: str | None) -> Pipeline:
    return Pipeline(model)


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    doc_id: str | None = None,
    model: str | None = None,
) -> Extraction:
    """Extract from one article with the default pipeline (loaded once, then reused)."""
    return _default_pipeline(model).extract(text, published=published, doc_id=doc_id)
