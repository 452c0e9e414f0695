"""User actor dictionaries: names -> canonical name, type and country code.

Event coders keep actor dictionaries (CAMEO/PLOVER style) so that "Putin",
"the Russian president's office" and "Vladimir V. Putin" all code the same
way across thousands of articles. The actors plugin reads such dictionaries
from three places:

- files given to one pipeline as the setting ``actors.dictionary`` (a path or a
  list of paths: ``Pipeline(settings={"actors": {"dictionary": "coders.csv"}})``
  or ``--set actors.dictionary=coders.csv``), so two pipelines in one service
  can code differently;
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

A person's entry may also list ``roles``: the descriptions news calls them by
once named, which readers resolve from knowledge of the day ("the Vermont
senator" for Sanders in 2016, "the Kremlin leader"), each with the dates it
holds (``{"role": "Vermont senator", "from": "2015-03-01", "until":
"2017-01-20"}``, ``until`` exclusive; a plain string holds always). Coders'
dictionaries date their roles the same way, because the same words name someone
else in another year. A role is modifiers and a role noun ("Vermont senator",
"former first lady"; "senator from Vermont" is read as the same role), and goes
to the person the article names with the canonical name's last word.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Final

import pycountry

from newsextract.records import ACTOR_TYPES

ENV_VAR: Final[str] = "NEWSEXTRACT_ACTOR_DICTIONARY"
ENTRY_POINT_GROUP: Final[str] = "newsextract_actors.dictionaries"
#: The setting (``ctx.settings("actors")``) naming a pipeline's own dictionary files.
SETTING: Final[str] = "dictionary"

#: The columns a ``.csv`` dictionary may have (``name`` or ``canonical`` at least).
CSV_COLUMNS: Final[tuple[str, ...]] = ("name", "canonical", "type", "code")

#: The dictionary files of the pipeline whose document is being read (a context
#: variable, so threads and pipelines with different settings do not mix).
_FILES: ContextVar[tuple[str, ...]] = ContextVar("newsextract_actors_files", default=())


class DictionaryError(ValueError):
    """A dictionary entry that cannot be used, with where it came from."""


@dataclass(frozen=True)
class Role:
    """A description that names the entry's actor from ``start`` until before ``end``."""

    words: str  #: "Vermont senator", without a determiner
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class DictionaryEntry:
    canonical: str
    type: str
    names: tuple[str, ...]
    code: str | None = None
    roles: tuple[Role, ...] = ()


def _day(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _roles(raw: Any, where: str) -> tuple[Role, ...]:
    """The ``roles`` of an entry: strings or ``{"role", "from", "until"}`` objects."""
    if raw in (None, ""):
        return ()
    items = [raw] if isinstance(raw, str | Mapping) else raw
    if not isinstance(items, list | tuple):
        raise DictionaryError(f"{where}: 'roles' is a list of strings or objects")
    roles = []
    for item in items:
        spec = {"role": item} if isinstance(item, str) else item
        if not isinstance(spec, Mapping):
            raise DictionaryError(f"{where}: a role is a string or an object, not {item!r}")
        words = " ".join(str(spec.get("role") or "").split())
        if words.lower().startswith("the "):
            words = words[4:]
        if not words:
            raise DictionaryError(f"{where}: a role needs its words ('role')")
        if " of " in f" {words.lower()} " and "secretary of state" not in words.lower():
            raise DictionaryError(
                f"{where}: role {words!r}: write it as modifiers and the role noun"
                " ('Ohio governor' for 'governor of Ohio'; 'the governor from Ohio' is read too)"
            )
        start, end = _day(spec.get("from"), where), _day(spec.get("until"), where)
        if start is not None and end is not None and end <= start:
            raise DictionaryError(f"{where}: role {words!r} ends before it starts")
        roles.append(Role(words, start, end))
    return tuple(roles)


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
    roles = _roles(raw.get("roles"), where)
    if roles and kind != "person":
        raise DictionaryError(f"{where}: roles are read for persons only, not a {kind}")
    if roles and len(canonical.split()) < 2:
        raise DictionaryError(
            f"{where}: a person with roles needs a canonical 'Given Surname': the role is "
            "given to the person the article names with that surname"
        )
    return DictionaryEntry(canonical, kind, unique, _code(raw.get("code"), where), roles)


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
        columns = list(rows.fieldnames or ())
        if "roles" in columns:
            raise DictionaryError(f"{path}: roles need dates; give them in a .json or .jsonl file")
        unknown = [c for c in columns if c not in CSV_COLUMNS]
        if unknown or not {"name", "canonical"} & set(columns):
            # a misspelt header ("cannonical") would otherwise be ignored, or fail every row
            raise DictionaryError(
                f"{path}: a .csv dictionary has the columns {', '.join(CSV_COLUMNS)} "
                f"(a first row naming them); found {', '.join(map(repr, columns)) or 'none'}"
            )
        return [parse_entry(row, f"{path}:{n}") for n, row in enumerate(rows, 2)]
    raise DictionaryError(f"{path}: use a .json, .jsonl or .csv file")


def merge(entries: Iterable[DictionaryEntry]) -> list[DictionaryEntry]:
    """One entry per canonical name (later sources add names, and override type/code)."""
    merged: dict[str, DictionaryEntry] = {}
    for entry in entries:
        old = merged.get(entry.canonical)
        if old is not None:
            names = tuple(dict.fromkeys(old.names + entry.names))
            roles = tuple(dict.fromkeys(old.roles + entry.roles))
            code = entry.code or old.code
            entry = DictionaryEntry(entry.canonical, entry.type, names, code, roles)
        merged[entry.canonical] = entry
    return list(merged.values())


def setting_files(value: object) -> tuple[str, ...]:
    """The ``dictionary`` setting as a tuple of paths (one path, or a list of them)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise DictionaryError(f"setting actors.{SETTING}: a path or a list of paths, not {value!r}")


@contextmanager
def files_in_effect(files: tuple[str, ...]) -> Iterator[None]:
    """Read ``files`` as well as the installed and environment dictionaries, for a while."""
    token = _FILES.set(files)
    try:
        yield
    finally:
        _FILES.reset(token)


def current_files() -> tuple[str, ...]:
    """The files of the pipeline now running (a cache key for what is built from them)."""
    return _FILES.get()


def load_entries() -> tuple[DictionaryEntry, ...]:
    """Every entry in effect: installed, environment, and this pipeline's files."""
    return _load(_FILES.get())


def entry_named(canonical: str) -> DictionaryEntry:
    """The entry in effect with this canonical name."""
    return _by_name(_FILES.get())[canonical]


@functools.cache
def _load(files: tuple[str, ...]) -> tuple[DictionaryEntry, ...]:
    """Read once per process and set of files (see :func:`reset`)."""
    entries: list[DictionaryEntry] = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        obj = ep.load()
        items = obj() if callable(obj) else obj
        entries.extend(
            parse_entry(item, f"entry point {ep.name}[{i}]") for i, item in enumerate(items)
        )
    environment = [p.strip() for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    sources = [(ENV_VAR, p) for p in environment] + [(f"actors.{SETTING}", p) for p in files]
    for source, part in sources:
        entries.extend(_read_source(source, Path(part)))
    return tuple(merge(entries))


def _read_source(source: str, path: Path) -> list[DictionaryEntry]:
    """:func:`read_file`, its errors naming where the path was given (setting, variable)."""
    where = f"setting {source}" if source != ENV_VAR else source
    try:
        return read_file(path)
    except DictionaryError as exc:
        raise DictionaryError(f"{where}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"{where}: {path} is not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise DictionaryError(
            f"{where}: {path} is not valid JSON ({exc.msg} at line {exc.lineno})"
        ) from None
    except (OSError, csv.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DictionaryError(f"{where}: cannot read {path}: {reason}") from None


def check(files: tuple[str, ...]) -> None:
    """Read every dictionary the pipeline will use, at start-up.

    A missing or malformed file then stops the pipeline once, with one error
    naming the setting and the path, before any document; read lazily, it failed
    every document of a batch with the same ``FileNotFoundError``. The entries
    stay cached for the documents.
    """
    _load(files)


@functools.cache
def _by_name(files: tuple[str, ...]) -> dict[str, DictionaryEntry]:
    return {e.canonical: e for e in _load(files)}


def reset() -> None:
    """Forget the loaded dictionaries and the matchers built from them (tests, notebooks)."""
    from .matcher import clear_cache

    _load.cache_clear()
    _by_name.cache_clear()
    clear_cache()
