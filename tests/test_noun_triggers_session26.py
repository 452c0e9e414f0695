"""Nouns of lexicon verbs (triggers.py, session 26), on made-up sentences.

The noun lexicon lists the event nouns the tuning articles used; most event words of an unseen
article are words no annotated article used as a trigger. A noun made from a lexicon verb
names that verb's act in any article: its own form ("boos", "a welcome") or the verb with a
nominal suffix ("selection", "admiration"), read like the verb's gerund, with an
"of"/"by"/"from"-phrase (or, for a suffixed noun, a possessor) naming who.
"""

from __future__ import annotations

import pytest

from .events_helpers import typed


@pytest.mark.parametrize(
    ("sentence", "type_", "expected"),
    [
        (
            "Senator Tom Reed drew loud boos from the Acme Workers Union on Monday.",
            "ACCUSE",
            ("boos", "Acme Workers Union", "Tom Reed"),
        ),
        (
            "Mary Walsh received a warm welcome from the Acme Workers Union.",
            "SUPPORT",
            ("welcome", "Acme Workers Union", "Mary Walsh"),
        ),
        (
            "The embrace of Tom Reed by Mary Walsh surprised the delegates.",
            "SUPPORT",
            ("embrace", "Mary Walsh", "Tom Reed"),
        ),
    ],
)
def test_a_noun_spelt_like_its_verb_takes_the_verbs_type(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, expected: tuple[str, str, str]
) -> None:
    assert expected in typed(run_events(sentence), type_)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mary Walsh's selection of Tom Reed as her running mate surprised the party.",
            ("selection", "Mary Walsh", "Tom Reed"),
        ),
        (
            "The admiration of Mary Walsh for Tom Reed was plain.",
            ("admiration", "Mary Walsh", "Tom Reed"),
        ),
    ],
)
def test_a_suffixed_noun_of_a_lexicon_verb_takes_the_verbs_type(  # type: ignore[no-untyped-def]
    run_events, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in typed(run_events(sentence), "SUPPORT")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed hurt his back on Monday.",
        "Mary Walsh blamed Tom Reed's decline on the weather.",
    ],
)
def test_a_noun_spelt_like_its_verb_with_only_a_possessor_is_no_event(  # type: ignore[no-untyped-def]
    run_events, sentence: str
) -> None:
    x = run_events(sentence)
    assert [e.trigger.text for e in x.events if e.trigger.text in ("back", "decline")] == []
