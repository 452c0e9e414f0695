"""The actors plugin's clustering of name variants, on made-up text."""

from __future__ import annotations

import pytest

from .actors_helpers import actor_of


@pytest.mark.parametrize(
    ("text", "variant", "full"),
    [
        pytest.param(
            "Mayor Paolo di Santis spoke on Monday. "
            "Di Santis said the city would rebuild. Later, Di Santis visited the site.",
            "Di Santis",
            "Paolo di Santis",
            id="surname with a particle",
        ),
        pytest.param(
            "Police Commissioner Brendan O\u2019Malley arrived. O'Malley said the street was safe.",
            "O'Malley",
            "Brendan",
            id="curly and straight apostrophes are one surname",
        ),
        pytest.param(
            "The Department of Veterans Affairs opened an inquiry on Tuesday. "
            "The VA said the hotline had failed.",
            "VA",
            "Department of Veterans Affairs",
            id="department initials without 'department of'",
        ),
        pytest.param(
            "The Dorset County Court ruled on Friday. "
            "Lawyers for the paper said they were pleased with the Court's decision.",
            "Court's",
            "Dorset County Court",
            id="a capitalised head noun joins the one name it ends",
        ),
    ],
)
def test_a_name_variant_joins_the_full_name(  # type: ignore[no-untyped-def]
    run_actors, text: str, variant: str, full: str
) -> None:
    ex = run_actors(text)
    name = actor_of(ex, text, full)
    assert name is not None and actor_of(ex, text, variant) == name
