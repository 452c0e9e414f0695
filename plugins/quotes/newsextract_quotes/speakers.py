"""Turning a speaker mention into an actor id.

Names and titles are looked up through the context's position index. A
pronoun ("he said") has no actor mention of its own, so it is resolved to the
nearest preceding actor of a compatible type (a person for he/she); this is
the cheap within-document coreference that quote databases need most often,
done with one sorted list and bisection instead of a coreference model.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .lexicon import PRONOUN_TYPES

if TYPE_CHECKING:
    from newsextract import Actor, ExtractionContext

__all__ = ["SpeakerResolver"]

#: How many earlier mentions a pronoun may skip looking for a compatible actor.
_LOOKBACK = 40


class SpeakerResolver:
    """Resolves speaker spans of one document to actor ids."""

    def __init__(self, ctx: ExtractionContext) -> None:
        self.ctx = ctx
        mentions: list[tuple[int, str, str]] = []
        for actor in ctx.actors:
            for mention in actor.mentions:
                mentions.append((mention.start, actor.id, actor.type))
        mentions.sort()
        self._mentions = mentions
        self._starts = [m[0] for m in mentions]

    def actor(self, start: int, end: int, head: tuple[int, int] | None = None) -> Actor | None:
        """The actor named by ``[start, end)``; the head word's actor wins over the phrase's."""
        if head is not None:
            found = self.ctx.actor_at(*head)
            if found is not None:
                return found
        return self.ctx.actor_at(start, end)

    def pronoun(self, word: str, position: int) -> Actor | None:
        """The nearest actor before ``position`` that the pronoun ``word`` can refer to."""
        types = PRONOUN_TYPES.get(word.lower())
        if types is None:
            return None
        i = bisect.bisect_left(self._starts, position) - 1
        stop = max(i - _LOOKBACK, -1)
        while i > stop:
            _start, actor_id, actor_type = self._mentions[i]
            if actor_type in types:
                return self.ctx.actor(actor_id)
            i -= 1
        return None

    def described(self, word: str, position: int) -> Actor | None:
        """ "the senator said": the nearest earlier actor carrying that title."""
        word = word.lower()
        i = bisect.bisect_left(self._starts, position) - 1
        stop = max(i - _LOOKBACK, -1)
        while i > stop:
            actor = self.ctx.actor(self._mentions[i][1])
            if actor is not None and any(word in title.lower().split() for title in actor.titles):
                return actor
            i -= 1
        return None

    def resolve(
        self, start: int, end: int, head: tuple[int, int] | None, head_word: str
    ) -> str | None:
        """Actor id for a speaker mention, resolving pronouns; ``None`` when unknown."""
        if head_word.lower() in PRONOUN_TYPES:
            # the actors plugin's coreference, when it resolved this pronoun,
            # knows more (gender, binding, salience) than the nearest-actor guess
            found = self.ctx.actor_at(start, end) or self.pronoun(head_word, start)
        else:
            found = self.actor(start, end, head)
            text = self.ctx.text[start:end].lower()
            if found is None and head_word.islower() and text.startswith(("the ", "this ")):
                found = self.described(head_word, start)
        return found.id if found is not None else None
