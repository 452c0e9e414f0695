"""The typed records newsextract returns, and the JSON contract they serialise to.

Every record is grounded: each :class:`Span` carries ``start``/``end`` offsets into
the extraction's ``text`` (Python ``str`` indices) *and* the text it covers, so a
reader can check a record against the article without trusting the extractor.
Records refer to one another by id, never by nesting, which keeps the JSON flat
enough for dataframes and lets a quote and an allegation share one speaker.

Fields that hold a reference are declared with :func:`actor_ref` or
:func:`record_ref`; the validator (``newsextract.validation``) finds them from
that marker, so a plugin's own record kinds get reference checking for free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache
from typing import Any, ClassVar, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

__all__ = [
    "ACTOR_TYPES",
    "EVENT_TYPES",
    "MODALITIES",
    "Actor",
    "ActorType",
    "Allegation",
    "Event",
    "EventType",
    "Extraction",
    "ExtractionMeta",
    "Modality",
    "Participant",
    "Place",
    "Quote",
    "Record",
    "Role",
    "Span",
    "TimeRef",
    "actor_ref",
    "extraction_schema",
    "record_kinds",
    "record_ref",
]

ActorType = Literal["person", "organization", "country", "group", "media", "other"]
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)

#: PLOVER's sixteen event categories.
EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)

Modality = Literal["asserted", "planned", "hypothetical", "negated", "alleged"]
MODALITIES: tuple[str, ...] = get_args(Modality)

QuoteStyle = Literal["direct", "indirect", "mixed", "partial"]
Stance = Literal["asserted", "denied"]
Role = Literal["agent", "target", "recipient", "location", "instrument", "other"]
Precision = Literal["day", "month", "year"]

_REF_KEY = "x-newsextract-ref"


def actor_ref(**kwargs: Any) -> Any:
    """A field holding an actor id (or a list of them); validation checks it resolves.

    Defaults to ``None``; pass ``default_factory=list`` for a list of ids.
    """
    if "default_factory" not in kwargs:
        kwargs.setdefault("default", None)
    return Field(json_schema_extra={_REF_KEY: "actor"}, **kwargs)


def record_ref(**kwargs: Any) -> Any:
    """A field holding the id of any record (or a list of them)."""
    if "default_factory" not in kwargs:
        kwargs.setdefault("default", None)
    return Field(json_schema_extra={_REF_KEY: "record"}, **kwargs)


@cache
def ref_kind(model: type[BaseModel], field_name: str) -> str | None:
    """Which kind of id a field refers to (``"actor"``, ``"record"``) or ``None``.

    Cached: the validator asks for every field of every record of every document.
    """
    extra = model.model_fields[field_name].json_schema_extra
    if isinstance(extra, dict):
        value = extra.get(_REF_KEY)
        return value if isinstance(value, str) else None
    return None


class Span(BaseModel):
    """A contiguous stretch of the article: ``text == extraction.text[start:end]``.

    Carrying the text as well as the offsets is deliberate redundancy: it makes a
    JSON line self-checking, and the validator rejects any span where the two
    disagree (the commonest bug in offset-producing code).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0, description="Offset of the first character (Python str index).")
    end: int = Field(ge=0, description="Offset just past the last character.")
    text: str = Field(description="The covered text, equal to extraction.text[start:end].")

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but covers {self.end - self.start}"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``; the one safe way to build a span."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) is outside a text of length {len(text)}")
        return cls(start=start, end=end, text=text[start:end])

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


_KINDS: dict[str, type[Record]] = {}


class Record(BaseModel):
    """Base of every record kind, built-in or contributed by a plugin.

    A subclass declares ``kind`` (singular, e.g. ``"sentiment"``); its records
    appear in the JSON under ``key`` (``kind + "s"`` unless set). Subclasses
    register themselves, so an extraction containing them serialises and loads
    back like the built-in kinds.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ClassVar[str] = "record"
    key: ClassVar[str] = "records"

    id: str = Field(min_length=1, description="Unique within the extraction; deterministic.")
    plugin: str | None = Field(
        default=None,
        description="Name of the plugin that produced the record (set by the pipeline).",
    )
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "kind" in cls.__dict__:
            if "key" not in cls.__dict__:
                cls.key = cls.kind + "s"
            existing = _KINDS.get(cls.key)
            if existing is not None and existing.__qualname__ != cls.__qualname__:
                raise TypeError(
                    f"record key {cls.key!r} of {cls.__qualname__} is already used by "
                    f"{existing.__module__}.{existing.__qualname__}"
                )
            _KINDS[cls.key] = cls

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span inside the record, with a dotted path to it (for error messages)."""
        yield from _walk_spans(self, "")

    def references(self) -> Iterator[tuple[str, str, str]]:
        """Every id the record refers to, as ``(path, ref kind, id)``."""
        yield from _walk_refs(self, "")


def record_kinds() -> dict[str, type[Record]]:
    """The registered record kinds by JSON key (``"actors"``, ``"quotes"``, ...)."""
    return dict(_KINDS)


#: Field values that hold no span and no reference: skipped without a recursive call.
_LEAVES = (str, int, float, bool, type(None))


def _walk_spans(value: Any, path: str) -> Iterator[tuple[str, Span]]:
    if isinstance(value, Span):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name)
            if not isinstance(child, _LEAVES):
                yield from _walk_spans(child, f"{path}.{name}" if path else name)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _walk_spans(item, f"{path}[{i}]")


def _walk_refs(model: BaseModel, path: str) -> Iterator[tuple[str, str, str]]:
    for name in type(model).model_fields:
        value = getattr(model, name)
        kind = ref_kind(type(model), name)
        if kind is None and isinstance(value, _LEAVES):
            continue
        here = f"{path}.{name}" if path else name
        if kind is not None:
            if isinstance(value, str):
                yield here, kind, value
            elif isinstance(value, list | tuple):
                for i, item in enumerate(value):
                    yield f"{here}[{i}]", kind, item
        elif isinstance(value, BaseModel):
            yield from _walk_refs(value, here)
        elif isinstance(value, list | tuple):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _walk_refs(item, f"{here}[{i}]")


class Actor(Record):
    """A real-world entity, with every mention of it in the article."""

    kind: ClassVar[str] = "actor"

    name: str = Field(description="Canonical name, e.g. 'United States' for 'US' and 'Washington'.")
    type: ActorType = Field(description="What kind of actor it is.")
    mentions: list[Span] = Field(
        default_factory=list,
        description=(
            "Every place the text refers to it, in text order. May be empty: an actor named"
            " only inside a person's title ('DNC Chairman X') is kept, without mentions,"
            " as the person's affiliation."
        ),
    )
    aliases: list[str] = Field(default_factory=list, description="Other names used for it.")
    titles: list[str] = Field(default_factory=list, description="e.g. 'Belarusian President'.")
    affiliation: str | None = actor_ref(description="Id of the actor it belongs to or serves.")
    code: str | None = Field(
        default=None, description="ISO 3166 alpha-3 code of the country (or of its affiliation)."
    )


class Quote(Record):
    """Something an actor said, directly or reported."""

    kind: ClassVar[str] = "quote"

    speaker: str | None = actor_ref(description="Id of the speaking actor.")
    speaker_mention: Span | None = Field(default=None, description="Where the speaker is named.")
    cue: Span | None = Field(default=None, description="The reporting expression: 'said', 'told'.")
    content: list[Span] = Field(
        min_length=1, description="What was said (without quotation marks); several if interrupted."
    )
    style: QuoteStyle = Field(
        description="direct: all in quotation marks; indirect: reported speech; mixed: reported "
        "with quoted fragments; partial: a quoted fragment inside the writer's sentence."
    )
    via: str | None = actor_ref(description="Id of the outlet relaying the quote ('AFP quoted').")


class Allegation(Record):
    """An actor imputing wrongdoing to others, or a reported denial of such a claim."""

    kind: ClassVar[str] = "allegation"

    accuser: str | None = actor_ref(description="Who makes the allegation.")
    accuser_mention: Span | None = Field(default=None, description="Where the accuser is named.")
    accused: list[str] = actor_ref(default_factory=list, description="Who is accused.")
    accused_mentions: list[Span] = Field(
        default_factory=list, description="Where the accused are named."
    )
    cue: Span | None = Field(default=None, description="The accusing expression: 'accused'.")
    claim: Span = Field(description="What the accused are said to have done (or the allegation).")
    stance: Stance = Field(
        default="asserted",
        description="asserted: the text reports the allegation; denied: it reports its rejection.",
    )
    denied_by: str | None = actor_ref(description="Id of the actor rejecting the allegation.")
    denied_by_mention: Span | None = Field(
        default=None, description="Where the actor rejecting the allegation is named."
    )


class Participant(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Role = Field(description="agent does, target undergoes; also recipient, location, ...")
    actor: str | None = actor_ref(description="The participant as an actor, when it is one.")
    mention: Span = Field(description="Where the participant is named.")


class TimeRef(BaseModel):
    """When an event happened, resolved against the publication date.

    ``start``/``end`` are ISO dates; ``precision`` keeps how much the text said
    ("a year ago" is a month, not a day).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    mention: Span | None = Field(default=None, description="The date expression: 'Monday'.")
    start: dt.date | None = Field(default=None, description="First day of the resolved period.")
    end: dt.date | None = Field(default=None, description="Last day of the resolved period.")
    precision: Precision | None = Field(
        default=None, description="How much the text said: a day, a month or a year."
    )


class Place(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    mention: Span | None = Field(default=None, description="Where the place is named.")
    actor: str | None = actor_ref(description="Id of the place's actor (e.g. a country).")
    name: str | None = Field(default=None, description="The place's name.")


class Event(Record):
    """Something that happened (or is planned, alleged, ...), typed by PLOVER."""

    kind: ClassVar[str] = "event"

    type: EventType = Field(description="PLOVER category.")
    mode: str | None = Field(default=None, description="PLOVER mode, e.g. 'visit' for CONSULT.")
    trigger: Span = Field(description="The word(s) naming the event: 'visit', 'invasion'.")
    participants: list[Participant] = Field(default_factory=list, description="Who takes part.")
    when: TimeRef | None = Field(default=None, description="When, if the text says.")
    where: Place | None = Field(default=None, description="Where, if the text says.")
    modality: Modality = Field(
        default="asserted",
        description="asserted (happened), planned, hypothetical, negated (did not happen), "
        "alleged (only claimed inside an allegation).",
    )
    related: list[str] = record_ref(
        default_factory=list, description="Ids of the quote/allegation this event reports."
    )


class ExtractionMeta(BaseModel):
    """Provenance: which code and model produced the extraction."""

    model_config = ConfigDict(frozen=True, extra="allow")

    newsextract: str = Field(description="Version of newsextract.")
    model: str = Field(description="The spaCy pipeline, as name==version.")
    plugins: list[str] = Field(default_factory=list, description="Active plugins, name==version.")
    warnings: list[str] = Field(
        default_factory=list, description="Problems noticed in the input (HTML, not English, ...)."
    )


_BUILTIN_KEYS = ("actors", "quotes", "allegations", "events")
_CORE_FIELDS = ("doc_id", "text", "published", "meta")


def _record_of(item: Any, key: str) -> bool:
    """Whether ``item`` is already a record of a kind stored under ``key``."""
    return isinstance(item, Record) and item.key == key


class Extraction(BaseModel):
    """One document's extraction: the text and everything found in it.

    Plugin record kinds live in ``extensions`` in Python and appear as top-level
    keys in JSON, next to the built-in ones.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str | None = Field(default=None, description="The caller's id for the document.")
    text: str = Field(description="The article exactly as given; all offsets refer to it.")
    published: dt.date | None = Field(
        default=None, description="Publication date (given, or read from the dateline)."
    )
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    allegations: list[Allegation] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    extensions: dict[str, list[Record]] = Field(default_factory=dict)
    meta: ExtractionMeta | None = None

    @model_validator(mode="before")
    @classmethod
    def _collect_extensions(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        extensions: dict[str, list[Any]] = dict(data.pop("extensions", None) or {})
        kinds = record_kinds()
        for key in [k for k in data if k not in cls.model_fields]:
            record_cls = kinds.get(key)
            if record_cls is None:
                raise ValueError(
                    f"unknown key {key!r}: not a field and no installed plugin defines "
                    "a record kind with that key"
                )
            extensions[key] = data.pop(key)
        for key, items in extensions.items():
            record_cls = kinds.get(key)
            kept: list[Record] = []
            for item in items:
                if _record_of(item, key):
                    # A record built by its plugin is kept as it is: the process-wide table
                    # holds the kind defined last under a key, which may be another plugin's
                    # class of that name (a pipeline without that plugin must not fail on it).
                    kept.append(item)
                elif record_cls is None:
                    raise ValueError(f"no record kind is registered for {key!r}")
                else:
                    kept.append(record_cls.model_validate(item))
            extensions[key] = kept
        data["extensions"] = extensions
        return data

    @model_serializer(mode="wrap")
    def _flatten_extensions(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        out: dict[str, Any] = handler(self)
        extensions = out.pop("extensions", {}) or {}
        for key in sorted(extensions):
            out[key] = [record.model_dump(mode="json") for record in self.extensions[key]]
        return out

    def records(self) -> Iterator[Record]:
        """Every record, built-in kinds first, in a stable order."""
        yield from self.actors
        yield from self.quotes
        yield from self.allegations
        yield from self.events
        for key in sorted(self.extensions):
            yield from self.extensions[key]

    def get(self, record_id: str) -> Record | None:
        """The record with that id (linear; build a dict for many look-ups)."""
        return next((r for r in self.records() if r.id == record_id), None)

    def actor(self, record_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == record_id), None)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    def to_dataframes(self) -> dict[str, Any]:
        """One pandas DataFrame per record kind (needs ``newsextract[dataframes]``)."""
        from .dataframes import to_dataframes

        return to_dataframes(self)

    @classmethod
    def from_json(cls, data: str | bytes) -> Extraction:
        return cls.model_validate_json(data)


def extraction_schema() -> dict[str, Any]:
    """JSON Schema of one document's extraction, as written by ``newsextract extract``.

    Plugin record kinds have no fixed place in the schema: each appears as an
    extra top-level array under its key, which the schema allows.
    """
    schema = Extraction.model_json_schema(mode="validation")
    schema["properties"].pop("extensions", None)
    schema["additionalProperties"] = {
        "type": "array",
        "description": "Records of a plugin-defined kind, under the kind's key.",
    }
    schema["description"] = (schema.get("description") or "").strip()
    return schema
