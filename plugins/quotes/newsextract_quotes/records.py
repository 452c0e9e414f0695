"""From drafts to validated ``Quote`` records with actor ids.

Kept apart from the assembly so that the join logic works on plain offsets
and can be tested without actors, and so that every span is built through
``ctx.span`` (the one place offsets are checked against the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from newsextract import Quote

from .speakers import SpeakerResolver

if TYPE_CHECKING:
    from newsextract import ExtractionContext

    from .assemble import Draft
    from .docindex import DocIndex

__all__ = ["to_quotes"]

Style = Literal["direct", "indirect", "mixed", "partial"]


def _head_chars(index: DocIndex, head: int | None) -> tuple[tuple[int, int] | None, str]:
    if head is None or head >= len(index):
        return None, ""
    tok = index.doc[head]
    return (index.starts[head], index.ends[head]), tok.text


def to_quotes(ctx: ExtractionContext, index: DocIndex, drafts: list[Draft]) -> list[Quote]:
    resolver = SpeakerResolver(ctx)
    quotes: list[Quote] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    for draft in drafts:
        key = tuple(draft.content)
        if key in seen:
            continue
        seen.add(key)
        speaker_id: str | None = None
        if draft.speaker is not None:
            head, word = _head_chars(index, draft.speaker_head)
            speaker_id = resolver.resolve(draft.speaker[0], draft.speaker[1], head, word)
        via_id: str | None = None
        if draft.via is not None:
            head, word = _head_chars(index, draft.via_head)
            via_id = resolver.resolve(draft.via[0], draft.via[1], head, word)
        quotes.append(
            Quote(
                id=ctx.new_id("quote"),
                speaker=speaker_id,
                speaker_mention=ctx.span(*draft.speaker) if draft.speaker else None,
                cue=ctx.span(*draft.cue) if draft.cue else None,
                content=[ctx.span(s, e) for s, e in draft.content],
                style=cast(Style, draft.style),
                via=via_id,
            )
        )
    return quotes
