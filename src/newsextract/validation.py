"""The contract every record must meet before it reaches a user.

Plugins are third-party code; their output is checked here, at the boundary,
rather than trusted. A violation raises :class:`RecordValidationError` naming
the plugin, the record and the document, so a broken plugin is easy to find.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .errors import RecordValidationError
from .records import Extraction, Record


def check_records(
    records: Iterable[object],
    *,
    expected: type[Record],
    text: str,
    plugin: str,
    hook: str,
    doc_id: str | None,
    known_ids: set[str],
    actor_ids: set[str],
) -> list[Record]:
    """Check one plugin's output for one stage and return it as a list.

    ``known_ids``/``actor_ids`` are the ids already in the extraction; the new
    records' ids are checked against them and may refer to each other.
    """
    try:
        batch = list(records)
    except TypeError:
        raise RecordValidationError(
            f"must return an iterable of {expected.__name__}, got {type(records).__name__}",
            plugin=plugin,
            hook=hook,
            doc_id=doc_id,
        ) from None
    new_ids: set[str] = set()
    checked: list[Record] = []
    for record in batch:
        if not isinstance(record, expected):
            raise RecordValidationError(
                f"returned {type(record).__name__}, expected {expected.__name__}",
                plugin=plugin,
                hook=hook,
                doc_id=doc_id,
            )
        if record.id in known_ids or record.id in new_ids:
            raise RecordValidationError(
                "id is not unique in the extraction",
                plugin=plugin,
                record_id=record.id,
                hook=hook,
                doc_id=doc_id,
            )
        new_ids.add(record.id)
        _check_spans(record, text, plugin=plugin, hook=hook, doc_id=doc_id)
        checked.append(record)
    all_ids = known_ids | new_ids
    all_actors = actor_ids | {r.id for r in checked if r.kind == "actor"}
    for record in checked:
        _check_refs(record, all_actors, all_ids, plugin=plugin, hook=hook, doc_id=doc_id)
    return checked


def check_extraction(extraction: Extraction, *, plugin: str, hook: str = "refine") -> None:
    """Check a whole extraction (after refiners, which may rewrite anything)."""
    doc_id = extraction.doc_id
    records: Sequence[Record] = list(extraction.records())
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise RecordValidationError(
                "id is not unique in the extraction",
                plugin=record.plugin or plugin,
                record_id=record.id,
                hook=hook,
                doc_id=doc_id,
            )
        seen.add(record.id)
        _check_spans(record, extraction.text, plugin=plugin, hook=hook, doc_id=doc_id)
    actor_ids = {a.id for a in extraction.actors}
    for record in records:
        _check_refs(record, actor_ids, seen, plugin=plugin, hook=hook, doc_id=doc_id)
    for key, items in extraction.extensions.items():
        for record in items:
            if record.key != key:
                raise RecordValidationError(
                    f"a {record.kind!r} record is filed under {key!r}",
                    plugin=plugin,
                    record_id=record.id,
                    hook=hook,
                    doc_id=doc_id,
                )


def _check_spans(record: Record, text: str, *, plugin: str, hook: str, doc_id: str | None) -> None:
    for path, span in record.spans():
        if span.end > len(text):
            raise RecordValidationError(
                f"{path} [{span.start}, {span.end}) is outside the text (length {len(text)})",
                plugin=plugin,
                record_id=record.id,
                hook=hook,
                doc_id=doc_id,
            )
        actual = text[span.start : span.end]
        if actual != span.text:
            raise RecordValidationError(
                f"{path} says {span.text[:60]!r} but the text at "
                f"[{span.start}, {span.end}) is {actual[:60]!r}",
                plugin=plugin,
                record_id=record.id,
                hook=hook,
                doc_id=doc_id,
            )


def _check_refs(
    record: Record,
    actor_ids: set[str],
    all_ids: set[str],
    *,
    plugin: str,
    hook: str,
    doc_id: str | None,
) -> None:
    for path, kind, ref in record.references():
        pool = actor_ids if kind == "actor" else all_ids
        if ref not in pool:
            raise RecordValidationError(
                f"{path} refers to unknown {kind} id {ref!r}",
                plugin=plugin,
                record_id=record.id,
                hook=hook,
                doc_id=doc_id,
            )
