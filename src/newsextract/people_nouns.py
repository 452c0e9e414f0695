"""Common nouns that name people: one vocabulary shared by the plugins.

The actors plugin (is this noun phrase an actor, a single person?) and the
events plugin (is this participant an actor, is this agent one person?) ask
the same question of the same words. Each used to keep its own list, and the
two lists disagreed, so an article's "nominee" or "wife" could be a person to
one plugin and not to the other. The words live here, in the core package,
because plugins may import the core but never each other.

Where the plugins' questions really differ the sets stay distinct, under
names that say what each is for, and are built from shared parts by union so
the differences are visible in one place rather than in two files.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "FAMILY_NOUNS",
    "KIN_NOUNS",
    "SINGLE_PERSON_NOUNS",
    "UNSUFFIXED_PERSON_NOUNS",
]


def _words(text: str) -> frozenset[str]:
    """A word list written as one string (long vocabularies stay readable)."""
    return frozenset(text.split())


#: The immediate family: kin nouns that both plugins read as one person.
FAMILY_NOUNS: Final[frozenset[str]] = _words(
    "wife husband father mother son daughter brother sister"
)

#: Kinship nouns that, with a possessor, name one person ("his wife", "her widower").
KIN_NOUNS: Final[frozenset[str]] = FAMILY_NOUNS | _words(
    """
    widow widower spouse grandfather grandmother grandson granddaughter uncle aunt
    nephew niece fiancee fiancée fiance stepfather stepmother stepson stepdaughter
    ex-wife ex-husband
    """
)

#: Role nouns of politics and business that both plugins read as a person.
_ROLE_NOUNS: Final[frozenset[str]] = _words(
    "businessman businesswoman candidate nominee lawmaker politician opponent"
)

#: People nouns without an office or agent suffix: the actors plugin reads a noun
#: as a person when it is a title, a relation, one of these, or ends in an agent
#: suffix ("-er", "-ist"), so these are the people nouns the suffix misses.
UNSUFFIXED_PERSON_NOUNS: Final[frozenset[str]] = _ROLE_NOUNS | _words(
    """
    doctor physician lawyer judge official executive employee voter donor citizen
    soldier agent member staff people delegate colleague lady mate
    """
)

#: Singular nouns for one person, a closed list: in the events plugin a violent
#: verb with one of them as agent is a verbal attack, and a participant headed
#: by one is a person, not a group.
SINGLE_PERSON_NOUNS: Final[frozenset[str]] = (
    _ROLE_NOUNS
    | FAMILY_NOUNS
    | _words(
        """
        president senator governor mayor billionaire congressman congresswoman rival
        challenger incumbent secretary spokesman spokeswoman chairman chairwoman
        commentator host friend
        """
    )
)
