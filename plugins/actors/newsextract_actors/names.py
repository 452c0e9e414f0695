"""Common given names whose bearer's gender English news can be assumed to know.

Only names that are overwhelmingly of one gender among English speakers are
listed (no "Jordan", "Taylor", "Kelly"); a name not here leaves the gender to
honorifics, roles and the article's own pronouns.
"""

from __future__ import annotations

from typing import Final


def words(text: str) -> frozenset[str]:
    """A word list written as one string, one word per blank-separated item."""
    return frozenset(text.split())


MALE: Final[frozenset[str]] = words(
    """
    aaron adam alan albert alexander andrew anthony arthur barack barry ben benjamin
    bernard bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl
    carlos charles charlie chris christopher chuck clarence colin craig dan daniel
    darren dave david dennis dick don donald doug douglas duncan dwight earl ed eddie
    edward eric ernest eugene frank fred frederick gary gene george gerald glenn
    gordon greg gregory harold harry henry howard hugh ian jack jacob jake james
    jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon
    jonathan jose joseph josh joshua juan justin keith ken kenneth kevin larry
    lawrence lee len leonard louis luis marco mark martin matt matthew michael
    mick mike mitch mitt nathan neil newt nicholas nick norman oliver patrick paul
    pete peter philip phillip ralph randy ray raymond reince richard rick robert
    rod roger ron ronald roy rudy russell ryan sam samuel scott sean stephen steve
    steven stuart ted terry thomas tim timothy todd tom tommy tony victor vincent
    walter wayne william willie
    """
)

FEMALE: Final[frozenset[str]] = words(
    """
    abigail alice alicia amanda amy andrea angela ann anna anne barbara betty
    beverly brenda carol caroline carolyn catherine cheryl christina christine
    claire cynthia deborah debbie debra denise diana diane donna doris dorothy
    elizabeth ellen emily emma evelyn frances gloria grace hannah heather helen
    hillary ivanka jacqueline jane janet janice jean jennifer jessica jill joan
    joyce judith judy julia julie karen katherine kathleen kathryn kathy katie
    kimberly laura lauren linda lisa lois lori louise margaret maria marie
    marilyn martha mary megan melania melissa michelle nancy nicole olivia pamela
    patricia paula rachel rebecca rose ruth sandra sara sarah sharon shirley
    stephanie susan teresa theresa tina wanda
    """
)


def gender_of_forename(word: str) -> str | None:
    """ "m" or "f" for a listed given name, else ``None``."""
    key = word.casefold()
    return "m" if key in MALE else "f" if key in FEMALE else None


def gender_of_honorific(word: str) -> str | None:
    key = word.casefold().rstrip(".")
    return "m" if key == "mr" else "f" if key in {"mrs", "ms", "miss"} else None
