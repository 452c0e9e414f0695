"""Country look-up: any name, capital, seat or demonym to an ISO 3166 alpha-3 code.

Built once per process from pycountry (codes, official and common names) and
the small hand tables in :mod:`.gazetteer`. Look-ups are dict hits on a
normalised key, so resolving every mention of a document stays linear.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Final

import pycountry

from . import gazetteer

#: Country names that are also common given names, US states or words: the
#: parser's GPE tag is required before they count as the country.
AMBIGUOUS_NAMES: Final[frozenset[str]] = frozenset({"Georgia", "Jordan", "Chad", "Turkey"})

#: Suffix rewrites that turn a regular demonym into its country's name
#: ("Belarusian" -> "Belarus", "Ukrainian" -> "Ukraine", "Kenyan" -> "Kenya").
_DEMONYM_RULES: Final[tuple[tuple[str, str], ...]] = (
    ("ians", ""),
    ("ians", "ia"),
    ("ians", "e"),
    ("ians", "a"),
    ("ian", ""),
    ("ian", "ia"),
    ("ian", "e"),
    ("ian", "a"),
    ("ans", "a"),
    ("an", "a"),
    ("ns", ""),
    ("n", ""),
    ("an", ""),
    ("an", "o"),
    ("ese", ""),
    ("ese", "a"),
    ("is", ""),
    ("i", ""),
    ("ish", "land"),
)


def normalise(name: str) -> str:
    """The look-up key of a name: case-folded, no leading article, no possessive."""
    key = " ".join(name.replace("\u2019", "'").split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    return key.strip()


@dataclass(frozen=True)
class CountryIndex:
    """Every way of naming a country, by normalised key."""

    names: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    seats: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    short_names: dict[str, str] = field(default_factory=dict)

    def name(self, code: str) -> str:
        """The common English short name of a country ("Russia", not "Russian Federation")."""
        return self.short_names.get(code, code)

    def by_name(self, text: str) -> str | None:
        return self.names.get(normalise(text))

    def by_place(self, text: str) -> str | None:
        """Capital or seat of government standing for the state."""
        key = normalise(text)
        return self.capitals.get(key) or self.seats.get(key)

    def by_demonym(self, text: str) -> str | None:
        """The country of a demonym, by table first and then by suffix rules."""
        cleaned = " ".join(text.split())
        code = self.demonyms.get(cleaned.casefold())
        if code is not None:
            return code
        word = cleaned.casefold()
        if not word[:1].isalpha() or len(word) < 5:
            return None
        for suffix, replacement in _DEMONYM_RULES:
            if word.endswith(suffix):
                code = self.names.get(word[: -len(suffix)] + replacement)
                if code is not None:
                    return code
        return None


@functools.cache
def country_index() -> CountryIndex:
    """The process-wide index (pycountry's database is read once)."""
    index = CountryIndex()
    for country in pycountry.countries:
        code = str(country.alpha_3)
        names = [str(country.name)]
        for attr in ("common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.append(str(value))
        for name in names:
            if "," in name:  # "Korea, Republic of" is a sorting form, never written in prose
                continue
            index.names.setdefault(normalise(name), code)
        short = gazetteer.SHORT_NAMES.get(code) or getattr(country, "common_name", None)
        index.short_names[code] = str(short or country.name)
    for code, aliases in gazetteer.COUNTRY_ALIASES.items():
        for alias in aliases:
            index.names[normalise(alias)] = code
    for code, short in gazetteer.SHORT_NAMES.items():
        index.names[normalise(short)] = code
    for code, places in gazetteer.CAPITALS.items():
        for place in places:
            index.capitals[normalise(place)] = code
    for code, places in gazetteer.SEATS.items():
        for place in places:
            index.seats[normalise(place)] = code
    for demonym, code in gazetteer.DEMONYMS.items():
        index.demonyms[demonym.casefold()] = code
    return index


def all_country_names() -> list[str]:
    """Surface forms worth matching in running text (unambiguous names only)."""
    out: list[str] = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in str(value) and str(value) not in AMBIGUOUS_NAMES:
                out.append(str(value))
    for aliases in gazetteer.COUNTRY_ALIASES.values():
        out.extend(a for a in aliases if a not in AMBIGUOUS_NAMES)
    out.extend(s for s in gazetteer.SHORT_NAMES.values() if s not in AMBIGUOUS_NAMES)
    return sorted(set(out))
