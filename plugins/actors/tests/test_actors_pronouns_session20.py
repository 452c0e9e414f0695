"""Session 20: an infinitive's object binds its "its"/"their" (object control), and a definite
bare plural bound to a plural pronoun takes up the group named with that head before it.
Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction


def _mentions(extraction: Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_the_object_of_urged_owns_the_infinitives_its(run: Callable[[str], Extraction]) -> None:
    out = run(
        "The National Rifle Association urged the Federal Trade Commission to release all its files."
    )
    assert _mentions(out, "Federal Trade Commission") == ["Federal Trade Commission", "its"]
    assert _mentions(out, "National Rifle Association") == ["National Rifle Association"]


def test_the_asked_group_owns_the_infinitives_their(run: Callable[[str], Extraction]) -> None:
    out = run(
        "The watchdog group Clean Air Now ran ads on Sunday. "
        "These spots ask the candidates to make clean water a part of their platforms."
    )
    assert _mentions(out, "candidates") == ["candidates", "their"]


def test_the_bare_plural_takes_up_the_group_named_with_its_head(
    run: Callable[[str], Extraction],
) -> None:
    out = run(
        "The watchdog group Clean Air Now praised Republican candidates on Sunday. "
        "Its ads ask the candidates to make clean water a part of their platforms."
    )
    assert _mentions(out, "Republican candidates") == [
        "Republican candidates",
        "candidates",
        "their",
    ]
