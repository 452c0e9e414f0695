"""Small plugins used by the plugin-API tests: a minimal actor finder and misbehaving plugins."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import newsextract
from newsextract import Actor, ExtractionContext, Quote, Span


class EntityActors:
    """Every PERSON/GPE/ORG entity text becomes one actor (enough to test the API)."""

    name = "entity-actors"

    @newsextract.hookimpl
    def extract_actors(self, ctx: ExtractionContext) -> list[Actor]:
        by_name: dict[str, list[Span]] = {}
        labels: dict[str, str] = {}
        for ent in ctx.doc.ents:
            if ent.label_ in {"PERSON", "GPE", "ORG"}:
                by_name.setdefault(ent.text, []).append(ctx.span_of(ent))
                labels[ent.text] = ent.label_
        kinds = {"PERSON": "person", "GPE": "country", "ORG": "organization"}
        return [
            Actor(id=ctx.new_id("actor"), name=n, type=kinds[labels[n]], mentions=m)  # type: ignore[arg-type]
            for n, m in by_name.items()
        ]


class Faulty:
    """A plugin whose quote hook misbehaves in a chosen way."""

    def __init__(self, how: str, name: str = "faulty") -> None:
        self.how = how
        self.name = name

    @newsextract.hookimpl
    def extract_quotes(self, ctx: ExtractionContext) -> Any:
        text = ctx.text
        if self.how == "raise":
            raise RuntimeError("boom")
        if self.how == "wrong-type":
            return ["not a record"]
        if self.how == "not-iterable":
            return 42
        if self.how == "out-of-bounds":
            span = Span(start=len(text), end=len(text) + 3, text="abc")
            return [Quote(id="q", content=[span], style="direct")]
        if self.how == "wrong-text":
            span = Span(start=0, end=3, text="xyz" if text[:3] != "xyz" else "abc")
            return [Quote(id="q", content=[span], style="direct")]
        if self.how == "unknown-actor":
            return [Quote(id="q", content=[ctx.span(0, 3)], style="direct", speaker="actor-999")]
        if self.how == "duplicate-id":
            return [
                Quote(id="q", content=[ctx.span(0, 3)], style="direct"),
                Quote(id="q", content=[ctx.span(0, 3)], style="direct"),
            ]
        if self.how == "actor-kind":
            return [Actor(id="x", name="x", type="other")]
        if self.how == "raise-in-generator":
            return _raising_generator()
        return []


def _raising_generator() -> Iterator[Quote]:
    """What a hook written as a generator gives: its body runs only when iterated."""
    raise RuntimeError("boom later")
    yield  # a generator, never reached


class DropQuotes:
    """A refiner: removes every quote (and shows refiners see the finished extraction)."""

    name = "drop-quotes"

    @newsextract.hookimpl
    def refine(self, extraction: newsextract.Extraction) -> newsextract.Extraction:
        return extraction.model_copy(update={"quotes": []})


class BadRefiner:
    name = "bad-refiner"

    @newsextract.hookimpl
    def refine(self, extraction: newsextract.Extraction) -> newsextract.Extraction:
        return extraction.model_copy(update={"text": extraction.text + "!"})


class OneQuote:
    """Quotes the first three characters; used to check the pipeline stamps plugin names."""

    name = "one-quote"

    @newsextract.hookimpl
    def extract_quotes(self, ctx: ExtractionContext) -> list[Quote]:
        if len(ctx.text) < 3:
            return []
        return [Quote(id=ctx.new_id("quote"), content=[ctx.span(0, 3)], style="direct")]
