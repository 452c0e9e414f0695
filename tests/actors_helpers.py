"""Shared by the actors plugin's tests on made-up text: which actor holds a mention."""

from __future__ import annotations

from newsextract import Actor, Extraction


def holder(extraction: Extraction, mention: str) -> Actor | None:
    """The first actor with a mention whose text is ``mention``."""
    found = [a for a in extraction.actors if any(m.text == mention for m in a.mentions)]
    return found[0] if found else None


def holder_name(extraction: Extraction, mention: str) -> str | None:
    """The name of the first actor with a mention whose text is ``mention``."""
    actor = holder(extraction, mention)
    return actor.name if actor is not None else None


def owner(extraction: Extraction, start: int) -> str | None:
    """The name of the actor with a mention starting at character ``start``."""
    for a in extraction.actors:
        if any(m.start == start for m in a.mentions):
            return a.name
    return None


def actor_of(extraction: Extraction, text: str, anchor: str, nth: int = 0) -> str | None:
    """The name of the actor holding the mention that starts the ``nth`` ``anchor``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(anchor, start + 1)
    return owner(extraction, start)


def mention_at(extraction: Extraction, text: str, word: str, nth: int = 0) -> bool:
    """Whether the ``nth`` occurrence of ``word`` in ``text`` is exactly a mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return any(m.start == start and m.text == word for a in extraction.actors for m in a.mentions)
