"""Event nouns that are received rather than done: "enjoyed the support of X".

A noun such as "support" names an act of the actor in its "of"/"from" phrase
even when the sentence's verb belongs to the receiver ("Clinton has won the
support of women"). Those constructions need a condition of their own and
roles read the other way round, so they live apart from the general noun
conditions of :mod:`.noun_conditions`, which asks this module about any
condition name it does not know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def condition(token: Token, need: str, governor: Token | None) -> bool | None:
    """Whether ``token`` meets ``need``; ``None`` when ``need`` is not a condition of this module."""
    del token, need, governor
    return None
