"""Turning extractions (objects or their JSON) into attributions comparable with gold.

An extraction reports quotes and allegations separately, but gold has one
attribution per act of speech. When an allegation restates a quote (their
contents share more than half of the smaller one's tokens), the pair counts
once, as the quote, flagged as an allegation; otherwise an extractor that
reports both views of one sentence would be punished with a false positive.

Predictions are read as plain JSON mappings rather than validated
:class:`~newsextract.Extraction` objects, so that output of an older version or
of another tool in the same contract can be scored, and a bad span is reported
and skipped instead of failing the whole file.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Extraction
from .cues import is_accusation_cue
from .tokens import Intervals, Tokenization, normalize_intervals

__all__ = [
    "PredictedAttribution",
    "attributions_from_prediction",
    "iter_prediction_lines",
    "prediction_mapping",
]


@dataclass(frozen=True)
class PredictedAttribution:
    """A quote or allegation reduced to the three roles the metrics look at."""

    content: Intervals
    cue: Intervals = ()
    source: Intervals = ()
    #: ``True``/``False`` when the prediction said whether it is a direct quote.
    direct: bool | None = None
    #: Came from an allegation record (or absorbed one).
    allegation: bool = False
    #: Where it came from, for error listings: ``quote:<style>`` or ``allegation``,
    #: plus the record id when there is one.
    origin: str = ""


def prediction_mapping(prediction: Extraction | Mapping[str, Any]) -> Mapping[str, Any]:
    """The JSON-shaped mapping of a prediction, whichever form it came in."""
    if isinstance(prediction, Extraction):
        dumped: dict[str, Any] = prediction.model_dump(mode="json")
        return dumped
    return prediction


def iter_prediction_lines(path: str | Path, problems: list[str]) -> Iterator[Mapping[str, Any]]:
    """The objects of a JSONL file, one per non-blank line; bad lines become problems."""
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{Path(path).name}:{number}: not JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                problems.append(f"{Path(path).name}:{number}: not a JSON object")
                continue
            yield obj


def _intervals(span: Any, text: str, doc_id: str, problems: list[str]) -> Intervals:
    """The interval of one span, or none when it is absent or out of the text."""
    if not span:
        return ()
    if not isinstance(span, Mapping):
        problems.append(f"{doc_id}: span is not an object: {span!r:.60}")
        return ()
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.append(f"{doc_id}: invalid span {start!r}-{end!r}; ignored")
        return ()
    claimed = span.get("text")
    if claimed is not None and claimed != text[start:end]:
        problems.append(
            f"{doc_id}: span text mismatch at {start}-{end}: "
            f"prediction {str(claimed)[:40]!r}, text {text[start:end][:40]!r}"
        )
    return ((start, end),)


def _spans(value: Any) -> list[Any]:
    if isinstance(value, Mapping):
        return [value]
    if isinstance(value, list):
        return value
    return []


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def attributions_from_prediction(
    prediction: Mapping[str, Any],
    text: str,
    words: Tokenization,
    problems: list[str],
) -> list[PredictedAttribution]:
    """The attributions of one document's prediction, allegations merged into quotes.

    ``text`` is the gold text: offsets are checked against it, not against the
    text the prediction carries, because gold is what they are scored on.
    """
    doc_id = str(prediction.get("doc_id"))

    def role(span: Any) -> Intervals:
        return _intervals(span, text, doc_id, problems)

    quotes: list[PredictedAttribution] = []
    quote_tokens: list[frozenset[int]] = []
    for quote in _spans(prediction.get("quotes")):
        if not isinstance(quote, Mapping):
            continue
        content = normalize_intervals(
            i for span in _spans(quote.get("content")) for i in role(span)
        )
        if not content:
            continue
        cue = role(quote.get("cue"))
        quotes.append(
            PredictedAttribution(
                content=content,
                cue=cue,
                source=role(quote.get("speaker_mention")),
                direct=_flag(quote.get("direct")),
                allegation=bool(cue) and is_accusation_cue(" ".join(text[s:e] for s, e in cue)),
                origin=_origin(f"quote:{quote.get('style') or '?'}", quote.get("id")),
            )
        )
        quote_tokens.append(words.covered(content))
    index = _QuoteIndex(quote_tokens)
    allegations: list[PredictedAttribution] = []
    for item in _spans(prediction.get("allegations")):
        if not isinstance(item, Mapping):
            continue
        content = role(item.get("claim"))
        if not content:
            continue
        twin = index.restated(words.covered(content))
        if twin is not None:
            quotes[twin] = _as_allegation(quotes[twin])
            continue
        allegations.append(
            PredictedAttribution(
                content=content,
                cue=role(item.get("cue")),
                source=role(item.get("accuser_mention")),
                direct=_flag(item.get("direct")),
                allegation=True,
                origin=_origin("allegation", item.get("id")),
            )
        )
    return quotes + allegations


def _origin(kind: str, record_id: Any) -> str:
    return f"{kind} {record_id}" if isinstance(record_id, str) else kind


class _QuoteIndex:
    """Which quotes cover each token, so restatement checks cost the tokens, not the quotes."""

    def __init__(self, quote_tokens: list[frozenset[int]]) -> None:
        self.sizes = [len(tokens) for tokens in quote_tokens]
        self.owners: dict[int, list[int]] = {}
        for index, tokens in enumerate(quote_tokens):
            for token in tokens:
                self.owners.setdefault(token, []).append(index)

    def restated(self, tokens: frozenset[int]) -> int | None:
        """The first quote sharing more than half of the smaller content's tokens, if any."""
        shared: Counter[int] = Counter()
        for token in tokens:
            shared.update(self.owners.get(token, ()))
        for index in sorted(shared):
            if shared[index] > 0.5 * min(len(tokens), self.sizes[index]):
                return index
        return None


def _as_allegation(quote: PredictedAttribution) -> PredictedAttribution:
    if quote.allegation:
        return quote
    return dataclasses.replace(quote, allegation=True, origin=quote.origin + " +allegation")
