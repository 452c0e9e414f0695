"""The record reference in Markdown, generated from the models themselves.

Documentation written by hand drifts from the code; this is rendered from the
Pydantic field definitions (types, defaults, descriptions), and a test checks
that ``docs/records.md`` is the current output of ``newsextract schema --markdown``.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

from pydantic import BaseModel

from .records import (
    Actor,
    Allegation,
    Event,
    Extraction,
    ExtractionMeta,
    Participant,
    Place,
    Quote,
    Record,
    Span,
    TimeRef,
    ref_kind,
)

__all__ = ["records_markdown"]

_MODELS: list[type[BaseModel]] = [
    Extraction,
    Span,
    Actor,
    Quote,
    Allegation,
    Event,
    Participant,
    TimeRef,
    Place,
    ExtractionMeta,
]


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        return " \\| ".join(f"`{a}`" for a in args)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in args)
    if origin in (list, tuple):
        return f"list of {_type_name(args[0])}" if args else "list"
    if origin is dict:
        return f"mapping {_type_name(args[0])} → {_type_name(args[1])}"
    if annotation is type(None):
        return "null"
    if annotation is dt.date:
        return "date (`YYYY-MM-DD`)"
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
        return {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}.get(
            annotation.__name__, annotation.__name__
        )
    return str(annotation)


def _first_paragraph(doc: str | None) -> str:
    return " ".join((doc or "").strip().split("\n\n")[0].split())


def records_markdown() -> str:
    """The Markdown reference of every record model."""
    out = [
        "# Record reference",
        "",
        "Generated from the models by `newsextract schema --markdown`; do not edit by hand.",
        "Every `Span` satisfies `text == extraction.text[start:end]`. Fields marked *actor id*",
        "hold the `id` of an actor of the same extraction; *record id* any record's `id`.",
        "",
    ]
    for model in _MODELS:
        out.append(f"## {model.__name__}")
        out.append("")
        summary = _first_paragraph(model.__doc__)
        if summary:
            out.append(summary)
            out.append("")
        if issubclass(model, Record):
            out.append(f"JSON key in an extraction: `{model.key}`.")
            out.append("")
        out.append("| field | type | default | meaning |")
        out.append("|---|---|---|---|")
        for name, field in model.model_fields.items():
            if model is Extraction and name == "extensions":
                continue
            kind = ref_kind(model, name)
            type_text = _type_name(field.annotation)
            if kind:
                type_text += f" ({kind} id)"
            if field.is_required():
                default = "required"
            elif field.default_factory is not None:
                default = "`[]`" if field.default_factory is list else "`{}`"
            else:
                default = f"`{field.default!r}`".replace("None", "null")
            description = (field.description or "").replace("|", "\\|")
            out.append(f"| `{name}` | {type_text} | {default} | {description} |")
        out.append("")
    out.append(
        "Plugin-defined record kinds appear as further top-level arrays under their own key."
    )
    return "\n".join(out) + "\n"
