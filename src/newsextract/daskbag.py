"""Running newsextract on a Dask cluster.

When one machine is not enough, the same extraction runs as a
``dask.bag`` computation: each partition is processed by a
:class:`~newsextract.Pipeline` that is built once per worker process (and cached
there), so spaCy is loaded once per worker, not once per partition. Results are
plain JSON-ready dicts, cheap to move between processes and to write out with
``bag.map(json.dumps).to_textfiles(...)``.

The code is the same on a laptop's ``LocalCluster`` and on a multi-machine
cluster: only the ``Client`` you connect to changes. Every worker needs
newsextract, its plugins and the spaCy pipeline installed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .pipeline import Pipeline

if TYPE_CHECKING:
    import dask.bag

__all__ = ["extract_bag"]


@functools.lru_cache(maxsize=4)
def _worker_pipeline(
    model: str | None, enable: tuple[str, ...] | None, disable: tuple[str, ...] | None
) -> Pipeline:
    return Pipeline(model, enable=enable, disable=disable)


def _extract_partition(
    documents: Iterable[Mapping[str, Any] | str],
    model: str | None,
    enable: tuple[str, ...] | None,
    disable: tuple[str, ...] | None,
    batch_size: int,
) -> list[dict[str, Any]]:
    pipeline = _worker_pipeline(model, enable, disable)
    results = []
    for outcome in pipeline.process_many(documents, batch_size=batch_size):
        if outcome.extraction is not None:
            results.append(
                {
                    "doc_id": outcome.doc_id,
                    "extraction": outcome.extraction.model_dump(mode="json"),
                    "error": None,
                }
            )
        else:
            results.append(
                {"doc_id": outcome.doc_id, "extraction": None, "error": str(outcome.error)}
            )
    return results


def extract_bag(
    documents: dask.bag.Bag,
    *,
    model: str | None = None,
    enable: Iterable[str] | None = None,
    disable: Iterable[str] | None = None,
    batch_size: int = 32,
) -> dask.bag.Bag:
    """A bag of ``{"doc_id", "extraction", "error"}`` dicts, one per input document.

    ``documents`` holds strings or ``{"id", "text", "published"?}`` mappings.
    A failed document has ``extraction`` None and the reason in ``error``; the
    rest of its partition is processed as usual. ``extraction`` is the JSON
    contract as a dict (``Extraction.model_validate(d)`` turns it back).
    """
    bag: Any = documents  # dask.bag is not fully typed
    result: dask.bag.Bag = bag.map_partitions(
        _extract_partition,
        model,
        tuple(enable) if enable is not None else None,
        tuple(disable) if disable is not None else None,
        batch_size,
    )
    return result
