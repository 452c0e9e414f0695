"""Reading actor/event annotations (``docs/annotation-guidelines.md``) and checking them.

An annotation file stores character offsets and the SHA-256 of the text they
refer to, never the text itself: PolNeAR articles may not be copied into the
repository, and the hash is what guarantees that offsets written against one
version of an article are never silently applied to another.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import ACTOR_TYPES, EVENT_TYPES, MODALITIES

__all__ = [
    "AnnotationError",
    "GoldActor",
    "GoldDoc",
    "GoldEvent",
    "GoldWhen",
    "load_gold_dir",
    "parse_annotation",
    "sha256_text",
]

_PRECISIONS = ("day", "month", "year")


class AnnotationError(ValueError):
    """An annotation file that cannot be scored: bad JSON, bad offsets, or the wrong text."""


def sha256_text(text: str) -> str:
    """The hash stored in annotation files: SHA-256 of the UTF-8 text, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class GoldActor:
    id: str
    name: str
    type: str
    mentions: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldWhen:
    start: dt.date | None
    end: dt.date | None
    precision: str | None


@dataclass(frozen=True)
class GoldEvent:
    type: str
    trigger: tuple[int, int]
    agent: str | None = None
    target: str | None = None
    when: GoldWhen | None = None
    modality: str = "asserted"
    mode: str | None = None


@dataclass
class GoldDoc:
    """One annotated article; ``text`` is filled in once the hash has been verified."""

    doc_id: str
    text_sha256: str
    published: dt.date | None
    actors: list[GoldActor] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    text: str | None = None

    def actor(self, actor_id: str | None) -> GoldActor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def _span(value: Any, where: str) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not 0 <= value[0] < value[1]
    ):
        raise AnnotationError(
            f"{where}: expected [start, end] with 0 <= start < end, got {value!r}"
        )
    return (value[0], value[1])


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise AnnotationError(f"{where}: not an ISO date: {value!r}") from exc


def _choice(value: Any, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise AnnotationError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _actor(raw: Any, where: str) -> GoldActor:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise AnnotationError(f"{where}: an actor needs a non-empty string 'id'")
    mentions = raw.get("mentions")
    if not isinstance(mentions, list) or not mentions:
        raise AnnotationError(f"{where}: actor {raw['id']!r} needs at least one mention")
    return GoldActor(
        id=raw["id"],
        name=str(raw.get("name", "")),
        type=_choice(raw.get("type"), ACTOR_TYPES, f"{where}.type"),
        mentions=tuple(_span(m, f"{where}.mentions[{i}]") for i, m in enumerate(mentions)),
    )


def _event(raw: Any, where: str, actor_ids: set[str]) -> GoldEvent:
    if not isinstance(raw, dict):
        raise AnnotationError(f"{where}: an event must be an object")
    for role in ("agent", "target"):
        ref = raw.get(role)
        if ref is not None and ref not in actor_ids:
            raise AnnotationError(f"{where}.{role}: no actor has id {ref!r}")
    when_raw = raw.get("when")
    when: GoldWhen | None = None
    if when_raw is not None:
        if not isinstance(when_raw, dict):
            raise AnnotationError(f"{where}.when: expected an object or null")
        precision = when_raw.get("precision")
        when = GoldWhen(
            start=_date(when_raw.get("start"), f"{where}.when.start"),
            end=_date(when_raw.get("end"), f"{where}.when.end"),
            precision=None
            if precision is None
            else _choice(precision, _PRECISIONS, f"{where}.when.precision"),
        )
    mode = raw.get("mode")
    return GoldEvent(
        type=_choice(raw.get("type"), EVENT_TYPES, f"{where}.type"),
        trigger=_span(raw.get("trigger"), f"{where}.trigger"),
        agent=raw.get("agent"),
        target=raw.get("target"),
        when=when,
        modality=_choice(raw.get("modality", "asserted"), MODALITIES, f"{where}.modality"),
        mode=None if mode is None else str(mode),
    )


def _check_disjoint(actors: list[GoldActor], where: str) -> None:
    """No two mentions may share a character, within one actor or across two.

    A span in two clusters makes B3 and MUC ill-defined, and a nested span
    ("Jacobs" inside "Sam Jacobs") counts one mention twice against a system
    that finds it once.
    """
    spans = sorted((m, a.id) for a in actors for m in a.mentions)
    for (first, first_id), (second, second_id) in itertools.pairwise(spans):
        if second[0] < first[1]:
            if first == second and first_id != second_id:
                raise AnnotationError(
                    f"{where}: mention {list(first)} belongs to both {first_id!r} and {second_id!r}"
                )
            raise AnnotationError(
                f"{where}: mentions {list(first)} ({first_id}) and {list(second)} ({second_id}) "
                "overlap; each mention is one span of its own"
            )


def parse_annotation(data: Any, where: str = "annotation") -> GoldDoc:
    """Validate one annotation object (offsets are checked later, against the text)."""
    if not isinstance(data, dict):
        raise AnnotationError(f"{where}: expected a JSON object")
    for key in ("doc_id", "text_sha256"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise AnnotationError(f"{where}: missing string {key!r}")
    actors = [_actor(a, f"{where}.actors[{i}]") for i, a in enumerate(data.get("actors") or [])]
    ids = [a.id for a in actors]
    if len(set(ids)) != len(ids):
        raise AnnotationError(f"{where}: actor ids are not unique")
    _check_disjoint(actors, where)
    events = [
        _event(e, f"{where}.events[{i}]", set(ids)) for i, e in enumerate(data.get("events") or [])
    ]
    return GoldDoc(
        doc_id=data["doc_id"],
        text_sha256=data["text_sha256"].lower(),
        published=_date(data.get("published"), f"{where}.published"),
        actors=actors,
        events=events,
    )


def attach_text(doc: GoldDoc, text: str, where: str) -> GoldDoc:
    """Attach the article after checking its hash and that every offset lies inside it."""
    digest = sha256_text(text)
    if digest != doc.text_sha256:
        raise AnnotationError(
            f"{where}: the text's SHA-256 is {digest}, but the annotation was made on "
            f"{doc.text_sha256}; the offsets would point at the wrong characters"
        )
    spans = [m for a in doc.actors for m in a.mentions] + [e.trigger for e in doc.events]
    for start, end in spans:
        if end > len(text):
            raise AnnotationError(f"{where}: span [{start}, {end}) is past the text's end")
    doc.text = text
    return doc


def load_gold_dir(gold_dir: Path, texts_dir: Path) -> list[GoldDoc]:
    """Every ``*.json`` annotation in ``gold_dir`` with its verified ``texts_dir/<doc_id>.txt``."""
    docs: list[GoldDoc] = []
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise AnnotationError(f"{gold_dir}: no *.json annotation files")
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise AnnotationError(f"{path}: cannot read JSON: {exc}") from exc
        doc = parse_annotation(data, str(path))
        text_path = texts_dir / f"{doc.doc_id}.txt"
        if not text_path.is_file():
            raise AnnotationError(f"{path}: text {text_path} not found")
        # newline="" keeps \r\n as two characters, as the offsets were counted
        with text_path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        docs.append(attach_text(doc, text, str(path)))
    return docs
