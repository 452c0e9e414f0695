"""A third-party plugin, written as an outside author would: only the public API.

It declares a new record kind (``Mood``: the tone of each sentence that names
an actor), contributes records of it, and reads the actors an earlier stage
found, which is what the plugin-API tests check.
"""

from __future__ import annotations

from typing import ClassVar, Literal

import newsextract
from newsextract import ExtractionContext, Record, Span, actor_ref

NEGATIVE = {"reject", "accuse", "condemn", "refuse", "attack", "kill", "deny"}


class Mood(Record):
    """The tone of one sentence, tied to the actor it is about."""

    kind: ClassVar[str] = "mood"

    sentence: Span
    about: str | None = actor_ref()
    tone: Literal["negative", "neutral"]


name = "mood"


@newsextract.hookimpl
def register_record_kinds(register):  # type: ignore[no-untyped-def]
    register(Mood)


@newsextract.hookimpl
def extract_records(ctx: ExtractionContext) -> list[Mood]:
    moods = []
    for sent in ctx.doc.sents:
        actor = next((ctx.actor_of(ent) for ent in sent.ents if ctx.actor_of(ent)), None)
        negative = any(tok.lemma_.lower() in NEGATIVE for tok in sent)
        moods.append(
            Mood(
                id=ctx.new_id("mood"),
                sentence=ctx.span_of(sent),
                about=actor.id if actor else None,
                tone="negative" if negative else "neutral",
            )
        )
    return moods
