"""User actor dictionaries: names -> canonical name, type and country code.

Event coders keep actor dictionaries (CAMEO/PLOVER style) so that "Putin",
"the Russian president's office" and "Vladimir V. Putin" all code the same
way across thousands of articles. The actors plugin reads such dictionaries
from two places, so no core change is needed to supply one:

- files named in the environment variable ``NEWSEXTRACT_ACTOR_DICTIONARY``
  (several separated by ``os.pathsep``): ``.json`` (a list of entries),
  ``.jsonl`` (one entry per line) or ``.csv`` (columns ``name``, ``canonical``,
  ``type``, ``code``; one row per name);
- installed packages exposing an entry point in the group
  ``newsextract_actors.dictionaries`` whose object is a list of entries, or a
  callable returning one.

An entry is ``{"canonical": "Vladimir Putin", "names": ["Putin", ...],
"type": "person", "code": "RUS"}``. Dictionary names win over the parser
and over the built-in gazetteers wherever they match (case-sensitive, on
tokens).
"""

from __future__ import annotations

import csv
import functools
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Final

import pycountry

from newsextract.records import ACTOR_TYPES

ENV_VAR: Final[str] = "NEWSEXTRACT_ACTOR_DICTIONARY"
ENTRY_POINT_GROUP: Final[str] = "newsextract_actors.dictionaries"


class DictionaryError(ValueError):
    """A dictionary entry that cannot be used, with where it came from."""


@dataclass(frozen=True)
class DictionaryEntry:
    canonical: str
    type: str
    names: tuple[str, ...]
    code: str | None = None


def _code(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip().upper()
    country = pycountry.countries.get(alpha_3=text) if len(text) == 3 else None
    if country is None and len(text) == 2:
        country = pycountry.countries.get(alpha_2=text)
    if country is None:
        raise DictionaryError(f"{where}: {value!r} is not an ISO 3166 country code")
    return str(country.alpha_3)


def parse_entry(raw: Mapping[str, Any], where: str) -> DictionaryEntry:
    """Validate one entry; errors name the source so a bad line is easy to find."""
    canonical = str(raw.get("canonical") or raw.get("name") or "").strip()
    if not canonical:
        raise DictionaryError(f"{where}: an entry needs a 'canonical' name")
    kind = str(raw.get("type") or "other").strip().lower()
    if kind not in ACTOR_TYPES:
        raise DictionaryError(f"{where}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}")
    names_raw = raw.get("names") or []
    if isinstance(names_raw, str):
        names_raw = [names_raw]
    names = [canonical, *[str(n).strip() for n in names_raw]]
    if raw.get("name"):
        names.append(str(raw["name"]).strip())
    unique = tuple(dict.fromkeys(n for n in names if n))
    return DictionaryEntry(canonical, kind, unique, _code(raw.get("code"), where))


def read_file(path: Path) -> list[DictionaryEntry]:
    """Entries of a ``.json``, ``.jsonl`` or ``.csv`` dictionary file."""
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8")
    if suffix == ".json":
        data = json.loads(text)
        if not isinstance(data, list):
            raise DictionaryError(f"{path}: a .json dictionary is a list of entries")
        return [parse_entry(item, f"{path}[{i}]") for i, item in enumerate(data)]
    if suffix == ".jsonl":
        return [
            parse_entry(json.loads(line), f"{path}:{n}")
            for n, line in enumerate(text.splitlines(), 1)
            if line.strip()
        ]
    if suffix == ".csv":
        rows = csv.DictReader(text.splitlines())
        return [parse_entry(row, f"{path}:{n}") for n, row in enumerate(rows, 2)]
    raise DictionaryError(f"{path}: use a .json, .jsonl or .csv file")


def merge(entries: Iterable[DictionaryEntry]) -> list[DictionaryEntry]:
    """One entry per canonical name (later sources add names, and override type/code)."""
    merged: dict[str, DictionaryEntry] = {}
    for entry in entries:
        old = merged.get(entry.canonical)
        if old is not None:
            names = tuple(dict.fromkeys(old.names + entry.names))
            entry = DictionaryEntry(entry.canonical, entry.type, names, entry.code or old.code)
        merged[entry.canonical] = entry
    return list(merged.values())


@functools.cache
def load_entries() -> tuple[DictionaryEntry, ...]:
    """Every configured entry; read once per process (see :func:`reset`)."""
    entries: list[DictionaryEntry] = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        obj = ep.load()
        items = obj() if callable(obj) else obj
        entries.extend(
            parse_entry(item, f"entry point {ep.name}[{i}]") for i, item in enumerate(items)
        )
    for part in os.environ.get(ENV_VAR, "").split(os.pathsep):
        if part.strip():
            entries.extend(read_file(Path(part.strip())))
    return tuple(merge(entries))


def reset() -> None:
    """Forget the loaded dictionaries and the matchers built from them (tests, notebooks)."""
    from .matcher import clear_cache
    from .mentions import _entries_by_name

    load_entries.cache_clear()
    _entries_by_name.cache_clear()
    clear_cache()
