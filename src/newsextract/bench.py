"""Throughput benchmark: newsextract against spaCy's bare ``nlp.pipe``.

Extraction should cost little on top of the parse, so the honest yardstick is
the parse itself, measured in the same process on the same texts. Rounds
alternate which of the two runs first, so warm caches and CPU frequency
changes do not favour one side; the median round is reported.
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .pipeline import Pipeline

__all__ = ["BenchResult", "load_texts", "run_bench"]


@dataclass
class BenchResult:
    documents: int
    characters: int
    rounds: int
    spacy_docs_per_s: float
    extract_docs_per_s: float
    ratio: float
    peak_rss_mb: float
    workers: dict[int, float] = field(default_factory=dict)
    model: str = ""

    def table(self) -> str:
        lines = [
            f"texts: {self.documents} documents, {self.characters:,} characters; "
            f"model {self.model}; median of {self.rounds} alternating rounds",
            f"{'bare spaCy nlp.pipe':<32}{self.spacy_docs_per_s:>10.1f} docs/s",
            f"{'newsextract extract_many':<32}{self.extract_docs_per_s:>10.1f} docs/s",
            f"{'ratio (extract / spaCy)':<32}{self.ratio:>10.2f}",
            f"{'peak RSS':<32}{self.peak_rss_mb:>10.0f} MB",
        ]
        base = self.workers.get(1)
        for n, rate in sorted(self.workers.items()):
            speedup = f"  ({rate / base:.2f} x 1 worker)" if base else ""
            lines.append(f"{f'process_many n_process={n}':<32}{rate:>10.1f} docs/s{speedup}")
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


def load_texts(source: Path, limit: int | None = None) -> list[str]:
    """Texts from a folder of .txt files or a JSONL file of ``{"text": ...}``."""
    if source.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    else:
        with source.open(encoding="utf-8") as stream:
            texts = [json.loads(line)["text"] for line in stream if line.strip()]
    if not texts:
        raise ValueError(f"no texts found in {source}")
    return texts[:limit] if limit else texts


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def run_bench(
    pipeline: Pipeline,
    texts: Sequence[str],
    *,
    rounds: int = 3,
    batch_size: int = 32,
    workers: Sequence[int] = (),
) -> BenchResult:
    """Time bare ``nlp.pipe`` and ``extract_many`` on the same texts, alternating."""
    nlp = pipeline.nlp
    warm = list(texts[: min(8, len(texts))])
    for _ in nlp.pipe(warm):
        pass
    for _ in pipeline.extract_many(warm):
        pass

    def bare() -> float:
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        return time.perf_counter() - start

    def full() -> float:
        start = time.perf_counter()
        for _ in pipeline.extract_many(texts, batch_size=batch_size):
            pass
        return time.perf_counter() - start

    bare_times: list[float] = []
    full_times: list[float] = []
    for i in range(rounds):
        order = (bare, full) if i % 2 == 0 else (full, bare)
        for run in order:
            (bare_times if run is bare else full_times).append(run())
    spacy_rate = _rate(len(texts), statistics.median(bare_times))
    extract_rate = _rate(len(texts), statistics.median(full_times))
    scaling: dict[int, float] = {}
    for n in workers:
        start = time.perf_counter()
        for _ in pipeline.process_many(texts, batch_size=batch_size, n_process=n):
            pass
        scaling[n] = _rate(len(texts), time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return BenchResult(
        documents=len(texts),
        characters=sum(map(len, texts)),
        rounds=rounds,
        spacy_docs_per_s=spacy_rate,
        extract_docs_per_s=extract_rate,
        ratio=extract_rate / spacy_rate,
        peak_rss_mb=peak_kb / 1024,
        workers=scaling,
        model=pipeline.model,
    )
