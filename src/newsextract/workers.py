"""Running the pipeline on several cores.

spaCy's own ``nlp.pipe(n_process=...)`` parallelises only the parse; our
extractors would then run in the parent alone. Here each worker process owns a
whole :class:`~newsextract.Pipeline` (parse *and* extraction) and receives
batches of documents. At most ``2 × workers`` batches are in flight, so memory
stays bounded however long the input stream, and results come back in input
order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

    from .documents import Document
    from .pipeline import Outcome, Pipeline

_PIPELINE: Pipeline | None = None

#: Documents per task sent to a worker: small enough that the workers finish
#: together, large enough that the per-task overhead (pickling) stays small.
WORKER_BATCH = 8


def _init_from_config(config: dict[str, Any]) -> None:
    """Spawned workers (no fork on this platform) build their own pipeline."""
    global _PIPELINE
    from .pipeline import Pipeline

    _PIPELINE = Pipeline(**config)


def _work(batch: list[Outcome | Document]) -> list[Outcome]:
    assert _PIPELINE is not None, "worker started without a pipeline"
    return list(_PIPELINE._run_batch(batch, batch_size=len(batch)))


def parallel_outcomes(
    pipeline: Pipeline, batches: Iterable[list[Outcome | Document]], workers: int
) -> Iterator[Outcome]:
    """Outcomes of every batch, in order, computed by ``workers`` processes."""
    global _PIPELINE
    if "fork" in multiprocessing.get_all_start_methods():
        # Forked workers inherit the loaded pipeline: no second model load, and
        # plugins registered as Python objects work without being picklable.
        _PIPELINE = pipeline
        pool = multiprocessing.get_context("fork").Pool(workers)
    else:  # pragma: no cover - Windows/macOS default
        pool = multiprocessing.get_context("spawn").Pool(
            workers, initializer=_init_from_config, initargs=(pipeline.config,)
        )
    in_flight: deque[AsyncResult[list[Outcome]]] = deque()
    try:
        for batch in batches:
            in_flight.append(pool.apply_async(_work, (batch,)))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()
    finally:
        pool.terminate()
        pool.join()
        _PIPELINE = None
