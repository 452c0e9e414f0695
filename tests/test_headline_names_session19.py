"""Session 19: people of the body named in the headline, on made-up articles.

The small model reads a headline badly even after truecasing: two names run
together ("Reed-Young"), an all-caps title is taken into the name ("AG Walsh"), a
speaker before a colon is left out ("Young: ..."). A capitalised headline word
sequence that spells the full name, the surname or the one given name of a person
the body tags PERSON is that person. Not a name running on into another
capitalised word ("Ivy Walsh" when the body names Margaret Walsh), a compound
adjective ("Walsh-style"), nor an ordinary adjective opening the headline, whose
capital says nothing ("Black voters turn out" with Diane Black in the body).
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
        ("Reed-Young fight deepens.", "Young", "Dan Young"),
        ("Young: budget deal will fail.", "Young", "Dan Young"),
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
def test_a_surname_inside_another_name_or_a_compound_adjective_is_left(
    run_actors: Run, headline: str
) -> None:
    text = _article(headline)
    assert not mention_at(run_actors(text), text, "Walsh")


_BLACK_BODY = (
    "Representative Diane Black of Tennessee spoke to reporters in Nashville on Monday. "
    "Black said turnout in the primary was the highest in a decade. Senator Hillary "
    "Clinton thanked the volunteers, and Clinton said the state was within reach."
)


@pytest.mark.parametrize(
    ("headline", "body", "word"),
    [
        # a surname that is an ordinary adjective opening a sentence-case headline
        ("Black voters turn out for Clinton.", _BLACK_BODY, "Black"),
        ("Young voters flock to Reed.", _BODY, "Young"),
        ("Young lead causes cracks in party.", _BODY, "Young"),
        # the parser reads "wages" as the noun "Young" qualifies: no better than "Young lead"
        ("Young wages fight to counter Reed; ", _BODY, "Young"),
    ],
)
def test_an_adjective_opening_the_headline_is_not_the_person(
    run_actors: Run, headline: str, body: str, word: str
) -> None:
    text = headline + "\n\n" + body
    assert not mention_at(run_actors(text), text, word)
