"""Session 25: the show's actor both show steps find or make (participant_actors.AdoptedActors),
on a made-up text.

- A show's name an actor already has gives that actor, which takes the new mention.
- A name no actor has makes one ``media`` actor, found again by the same name.
"""

from __future__ import annotations

from newsextract_events.participant_actors import AdoptedActors

import newsextract
from newsextract import Actor, Participant

TEXT = "Ann Lee spoke on Morning Call. Tom Doe spoke on Night Desk and later on Night Desk."


def _span(doc, words: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """The ``nth`` occurrence of ``words`` in ``doc`` as a spaCy span."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return doc.char_span(start, start + len(words))


def test_the_shows_actor_is_the_one_of_its_name_or_a_new_media_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    ctx = newsextract.ExtractionContext(doc)
    show = _span(doc, "Morning Call")
    known = Actor(
        id="actor-99",
        name="Morning Call",
        type="media",
        mentions=[ctx.span(show.start_char, show.end_char)],
    )
    book = AdoptedActors([known], {"morning call": known}, ctx)
    target = Participant(role="target", actor=None, mention=ctx.span(0, 7))

    moved = book.show_target(target, show)
    assert moved.actor == "actor-99" and moved.mention.text == "Morning Call"
    assert book.made == {}

    first = book.show_target(target, _span(doc, "Night Desk"))
    second = book.show_target(target, _span(doc, "Night Desk", 1))
    assert first.actor == second.actor != "actor-99"
    actors = book.actors()
    assert [a.name for a in actors] == ["Morning Call", "Night Desk"]
    assert actors[1].type == "media"
    assert [m.start for m in actors[1].mentions] == [first.mention.start, second.mention.start]
