"""Session 19: people of the body named in the headline, on made-up articles.

The small model reads a headline badly even after truecasing: a surname opening it
is read as an adjective ("Young wages fight"), two names run together
("Reed-Young"), an all-caps title is taken into the name ("AG Walsh"). A
capitalised headline word sequence that spells the full name, the surname or the
one given name of a person the body tags PERSON is that person. Not a name running
on into another capitalised word ("Ivy Walsh" when the body names Margaret Walsh)
nor a compound adjective ("Walsh-style").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsextract

from .actors_helpers import actor_of, mention_at

Run = Callable[[str], newsextract.Extraction]

_BODY = (
    "Senator Margaret Walsh of Ohio spoke to reporters in Columbus on Tuesday. "
    "Walsh said the budget deal would fail. Governor Tom Reed disagreed with her, "
    "and Reed said the state would recover. Representative Dan Young said Young "
    "would vote no. Walsh has served in the Senate for twelve years."
)


def _article(headline: str) -> str:
    return headline + "\n\n" + _BODY


@pytest.mark.parametrize(
    ("headline", "word", "full"),
    [
        ("Young wages fight to counter Reed; ", "Young", "Dan Young"),
        ("Young lead causes cracks in party.", "Young", "Dan Young"),
        ("Reed-Young fight deepens.", "Young", "Dan Young"),
        ("Former AG Walsh at Rally: Reed Must Go.", "Walsh", "Margaret Walsh"),
        ("Impeach AG Walsh, Reed Says.", "Walsh", "Margaret Walsh"),
    ],
)
def test_a_body_surname_in_the_headline_is_the_person(
    run_actors: Run, headline: str, word: str, full: str
) -> None:
    text = _article(headline)
    extraction = run_actors(text)
    assert mention_at(extraction, text, word)
    assert actor_of(extraction, text, word) == actor_of(extraction, text, full)


@pytest.mark.parametrize(
    "headline",
    [
        # another person of the surname: the name runs on from a capitalised word
        "Ivy Walsh Opens Shelter In Columbus.",
        # a compound adjective, no mention of the person
        "Budget talks take a Walsh-style turn.",
    ],
)
def test_a_surname_inside_another_name_or_an_adjective_is_left(
    run_actors: Run, headline: str
) -> None:
    text = _article(headline)
    assert not mention_at(run_actors(text), text, "Walsh")
