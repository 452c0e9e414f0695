"""Extractions as pandas tables, one per record kind.

Analysts aggregate across many articles, so every row carries ``doc_id`` and
the ids stay as columns to join on (``quotes.speaker`` → ``actors.id``). Spans
are flattened to ``<field>_start``/``_end``/``_text`` columns; list fields of
ids are kept as lists. pandas is an optional dependency
(``pip install 'newsextract[dataframes]'``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .records import Extraction, Record, Span

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframes"]


def _flatten(record: Record, doc_id: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc_id}
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, Span):
            row[f"{name}_start"], row[f"{name}_end"], row[f"{name}_text"] = (
                value.start,
                value.end,
                value.text,
            )
        elif value is None and name.endswith(("mention", "cue")):
            row[f"{name}_start"] = row[f"{name}_end"] = row[f"{name}_text"] = None
        elif isinstance(value, list) and value and isinstance(value[0], Span):
            row[f"{name}_text"] = " … ".join(span.text for span in value)
            row[f"{name}_start"] = value[0].start
            row[f"{name}_end"] = value[-1].end
            row[f"n_{name}"] = len(value)
        elif hasattr(value, "model_dump"):
            for key, sub in value.model_dump(mode="json").items():
                row[f"{name}_{key}"] = (
                    sub["text"] if isinstance(sub, dict) and "text" in sub else sub
                )
        elif isinstance(value, list) and value and hasattr(value[0], "model_dump"):
            row[name] = [item.model_dump(mode="json") for item in value]
        else:
            row[name] = value
    return row


def to_dataframes(extractions: Extraction | Iterable[Extraction]) -> dict[str, pd.DataFrame]:
    """``{"actors": DataFrame, "quotes": ..., "allegations": ..., "events": ..., <plugin keys>}``."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the install
        from .errors import NewsExtractError

        raise NewsExtractError(
            "dataframes need pandas: python -m pip install 'newsextract[dataframes]'"
        ) from None
    items = [extractions] if isinstance(extractions, Extraction) else list(extractions)
    rows: dict[str, list[dict[str, Any]]] = {
        "actors": [],
        "quotes": [],
        "allegations": [],
        "events": [],
    }
    for extraction in items:
        for record in extraction.records():
            rows.setdefault(record.key, []).append(_flatten(record, extraction.doc_id))
    return {key: pd.DataFrame(table) for key, table in rows.items()}
