"""Conditions of the noun half of the lexicon that :mod:`.triggers` does not know.

A condition name in a ``needs=`` string of :mod:`.noun_lexicon` is checked by
``triggers._condition``; names it does not recognise are asked here first, so
the noun lexicon can grow conditions of its own without the verb conditions'
module growing with it. ``None`` means "not a condition of this module" (the
trigger then stands, and participant conditions are checked later).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def condition(token: Token, need: str, governor: Token | None) -> bool | None:
    """Whether ``token`` (a noun trigger, under ``governor`` if a light verb) meets ``need``."""
    del token, need, governor
    return None
