"""Attribution metrics: how well predicted quotes and allegations match gold.

The definitions follow the reference scorer's README (``docs/evaluation.md``
restates them). In short, per document:

* every attribution becomes content tokens, an exact-match key, source and
  cue tokens, and two subset flags (direct quote, allegation);
* **exact**: one-to-one pairs with identical keys;
* **overlap**: one-to-one greedy pairs by shared content tokens, ties going to
  pairs whose source and cue are right; its pairs give the soft token scores
  and the source/cue accuracies;
* **end-to-end**: a second greedy matching restricted to overlapping pairs
  whose source is right.

Counts are summed over documents before dividing (micro-averaging), so a long
article weighs more than a short one, as in PARC-style evaluations.

Candidate pairs are found through an index from content token to gold
attribution, so the cost grows with the number of overlapping pairs rather than
with gold × predicted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Extraction
from .brat import GoldAttribution, GoldCorpus, GoldDocument
from .cues import is_accusation_cue
from .predictions import PredictedAttribution, attributions_from_prediction, prediction_mapping
from .tokens import Intervals, Tokenization, exact_key, is_direct

__all__ = [
    "SUBSETS",
    "AttributionReport",
    "Counts",
    "SubsetScores",
    "evaluate_attributions",
    "human_agreement",
    "prf",
]

#: The subsets every metric is reported for.
SUBSETS: tuple[str, ...] = ("all", "direct", "allegations")


@dataclass(frozen=True)
class _Prepared:
    """An attribution reduced to what the metrics compare."""

    content: frozenset[int]
    key: frozenset[int]
    source: frozenset[int] | None
    cue: frozenset[int] | None
    direct: bool
    allegation: bool


@dataclass
class Counts:
    """Sums over documents; every metric is a ratio of two of them."""

    gold: int = 0
    pred: int = 0
    exact_tp: int = 0
    overlap_tp: int = 0
    gold_tokens: int = 0
    pred_tokens: int = 0
    overlap_tokens: int = 0
    source_ok: int = 0
    cue_ok: int = 0
    matched_without_gold_source: int = 0
    e2e_tp: int = 0


def prf(tp: float, predicted: float, gold: float) -> dict[str, float]:
    """Precision, recall and F1; 0 where a denominator is 0 (nothing to be right about)."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass
class SubsetScores:
    """The metrics of one subset (all, direct quotes, allegations)."""

    counts: Counts = field(default_factory=Counts)

    @property
    def exact(self) -> dict[str, float]:
        c = self.counts
        return prf(c.exact_tp, c.pred, c.gold)

    @property
    def overlap(self) -> dict[str, float]:
        c = self.counts
        return prf(c.overlap_tp, c.pred, c.gold)

    @property
    def soft(self) -> dict[str, float]:
        c = self.counts
        return prf(c.overlap_tokens, c.pred_tokens, c.gold_tokens)

    @property
    def end_to_end(self) -> dict[str, float]:
        c = self.counts
        return prf(c.e2e_tp, c.pred, c.gold)

    @property
    def source_acc(self) -> float:
        c = self.counts
        return c.source_ok / c.overlap_tp if c.overlap_tp else 0.0

    @property
    def cue_acc(self) -> float:
        c = self.counts
        return c.cue_ok / c.overlap_tp if c.overlap_tp else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(vars(self.counts)),
            "content_exact": self.exact,
            "content_overlap": self.overlap,
            "content_soft_token": self.soft,
            "source_acc": self.source_acc,
            "cue_acc": self.cue_acc,
            "end_to_end": self.end_to_end,
        }


@dataclass
class AttributionReport:
    """Scores per subset plus the bookkeeping a reader needs to trust them."""

    subsets: dict[str, SubsetScores] = field(
        default_factory=lambda: {name: SubsetScores() for name in SUBSETS}
    )
    docs_gold: int = 0
    docs_scored: int = 0
    docs_without_predictions: list[str] = field(default_factory=list)
    docs_failed: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: Per-document error listings, when asked for (``collect_errors=True``).
    errors: list[dict[str, Any]] | None = None

    @property
    def all(self) -> SubsetScores:
        return self.subsets["all"]

    @property
    def direct(self) -> SubsetScores:
        return self.subsets["direct"]

    @property
    def allegations(self) -> SubsetScores:
        return self.subsets["allegations"]

    @property
    def accuser_acc(self) -> float:
        """Source accuracy on the allegation subset: was the right accuser named?"""
        return self.allegations.source_acc

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: scores.to_dict() for name, scores in self.subsets.items()}
        out["allegations"]["accuser_acc"] = self.accuser_acc
        out["docs"] = {
            "gold": self.docs_gold,
            "scored": self.docs_scored,
            "without_predictions": list(self.docs_without_predictions),
            "failed": dict(self.docs_failed),
        }
        out["problems"] = list(self.problems)
        return out


# -- preparing -----------------------------------------------------------------------
class _DocumentView:
    """The tokenisations of one text, computed once for gold and predictions alike."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = Tokenization.content(text)
        self.role_tokens = Tokenization.roles(text)

    def role(self, intervals: Intervals) -> frozenset[int] | None:
        return self.role_tokens.covered(intervals) if intervals else None

    def cue_text(self, cue: Intervals) -> str:
        return " ".join(self.text[s:e] for s, e in cue)

    def gold(self, attribution: GoldAttribution) -> _Prepared:
        cue_text = self.cue_text(attribution.cue)
        return _Prepared(
            content=self.words.covered(attribution.content),
            key=exact_key(attribution.content, self.text),
            source=self.role(attribution.source),
            cue=self.role(attribution.cue),
            direct=is_direct(attribution.content, self.text),
            allegation=is_accusation_cue(cue_text),
        )

    def predicted(self, attribution: PredictedAttribution) -> _Prepared:
        direct = attribution.direct
        return _Prepared(
            content=self.words.covered(attribution.content),
            key=exact_key(attribution.content, self.text),
            source=self.role(attribution.source),
            cue=self.role(attribution.cue),
            direct=is_direct(attribution.content, self.text) if direct is None else direct,
            allegation=attribution.allegation,
        )


# -- matching ------------------------------------------------------------------------
def _role_ok(gold: frozenset[int] | None, pred: frozenset[int] | None) -> bool:
    """A present gold role needs a predicted span sharing a token; an absent one, none."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return bool(gold & pred)


def _greedy(pairs: Iterable[tuple[Any, int, int]]) -> list[tuple[Any, int, int]]:
    """One-to-one matching, best score first; ties go to the lowest gold, then pred index."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    chosen: list[tuple[Any, int, int]] = []
    for pair in sorted(pairs, key=lambda x: (_negate(x[0]), x[1], x[2])):
        _, g, p = pair
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            chosen.append(pair)
    return chosen


def _negate(score: Any) -> Any:
    if isinstance(score, tuple):
        return tuple(-int(part) for part in score)
    return -score


def _overlapping_pairs(
    gold: Sequence[_Prepared], pred: Sequence[_Prepared]
) -> list[tuple[tuple[int, bool, bool], int, int]]:
    """Every (gold, pred) pair sharing a content token, scored (shared, source ok, cue ok)."""
    owners: dict[int, list[int]] = {}
    for g, item in enumerate(gold):
        for token in item.content:
            owners.setdefault(token, []).append(g)
    pairs: list[tuple[tuple[int, bool, bool], int, int]] = []
    for p, item in enumerate(pred):
        shared: dict[int, int] = {}
        for token in item.content:
            for g in owners.get(token, ()):
                shared[g] = shared.get(g, 0) + 1
        for g, n in shared.items():
            score = (n, _role_ok(gold[g].source, item.source), _role_ok(gold[g].cue, item.cue))
            pairs.append((score, g, p))
    return pairs


def _exact_pairs(gold: Sequence[_Prepared], pred: Sequence[_Prepared]) -> int:
    """How many gold attributions get a distinct prediction with the same exact key."""
    waiting: dict[frozenset[int], list[int]] = {}
    for p, item in enumerate(pred):
        if item.key:
            waiting.setdefault(item.key, []).append(p)
    for queue in waiting.values():
        queue.reverse()  # pop() then yields the lowest index first
    matched = 0
    for item in gold:
        candidates = waiting.get(item.key) if item.key else None
        if candidates:
            candidates.pop()
            matched += 1
    return matched


def _score(
    gold: Sequence[_Prepared], pred: Sequence[_Prepared], counts: Counts
) -> list[tuple[tuple[int, bool, bool], int, int]]:
    """Add one document's counts; return the overlap pairs (for error listings)."""
    counts.gold += len(gold)
    counts.pred += len(pred)
    counts.gold_tokens += sum(len(g.content) for g in gold)
    counts.pred_tokens += sum(len(p.content) for p in pred)
    counts.exact_tp += _exact_pairs(gold, pred)
    pairs = _overlapping_pairs(gold, pred)
    matched = _greedy(pairs)
    for (n, source_ok, cue_ok), g, _ in matched:
        counts.overlap_tp += 1
        counts.overlap_tokens += n
        counts.source_ok += source_ok
        counts.cue_ok += cue_ok
        counts.matched_without_gold_source += gold[g].source is None
    counts.e2e_tp += len(_greedy(pair for pair in pairs if pair[0][1]))
    return matched


def score_document(
    report: AttributionReport,
    doc_id: str,
    text: str,
    gold: Sequence[GoldAttribution],
    prediction: Mapping[str, Any] | None,
) -> None:
    """Add one document's counts to every subset of the report."""
    view = _DocumentView(text)
    predicted = (
        attributions_from_prediction(prediction, text, view.words, report.problems)
        if prediction is not None
        else []
    )
    matched = _score_attributions(report, view, gold, predicted)
    if report.errors is not None:
        report.errors.append(_error_listing(view, doc_id, gold, predicted, matched))


def _score_attributions(
    report: AttributionReport,
    view: _DocumentView,
    gold: Sequence[GoldAttribution],
    predicted: Sequence[PredictedAttribution],
) -> list[tuple[tuple[int, bool, bool], int, int]]:
    prepared_gold = [view.gold(a) for a in gold]
    prepared_pred = [view.predicted(a) for a in predicted]
    matched = _score(prepared_gold, prepared_pred, report.all.counts)
    _score(
        [g for g in prepared_gold if g.direct],
        [p for p in prepared_pred if p.direct],
        report.direct.counts,
    )
    _score(
        [g for g in prepared_gold if g.allegation],
        [p for p in prepared_pred if p.allegation],
        report.allegations.counts,
    )
    return matched


def _error_listing(
    view: _DocumentView,
    doc_id: str,
    gold: Sequence[GoldAttribution],
    predicted: Sequence[PredictedAttribution],
    matched: Sequence[tuple[tuple[int, bool, bool], int, int]],
) -> dict[str, Any]:
    """What an extractor author wants to read: misses, spurious finds, wrong roles."""

    def words(intervals: Intervals) -> str | None:
        return view.cue_text(intervals) if intervals else None

    def describe(
        source: Intervals, cue: Intervals, content: Intervals, origin: str | None = None
    ) -> dict[str, Any]:
        out = {
            "source": words(source),
            "cue": words(cue),
            "content": words(content),
            "at": content[0][0] if content else None,
        }
        if origin is not None:
            out["origin"] = origin
        return out

    def predicted_at(p: int) -> dict[str, Any]:
        a = predicted[p]
        return describe(a.source, a.cue, a.content, a.origin)

    matched_gold = {g for _, g, _ in matched}
    matched_pred = {p for _, _, p in matched}
    wrong: list[dict[str, Any]] = []
    for (_, source_ok, cue_ok), g, p in matched:
        if not (source_ok and cue_ok):
            wrong.append(
                {
                    "gold": describe(gold[g].source, gold[g].cue, gold[g].content),
                    "pred": predicted_at(p),
                    "source_ok": source_ok,
                    "cue_ok": cue_ok,
                }
            )
    return {
        "doc_id": doc_id,
        "gold": len(gold),
        "predicted": len(predicted),
        "matched": len(matched),
        "missed": [
            describe(a.source, a.cue, a.content)
            for i, a in enumerate(gold)
            if i not in matched_gold
        ],
        "spurious": [predicted_at(i) for i in range(len(predicted)) if i not in matched_pred],
        "wrong_role": wrong,
    }


def evaluate_attributions(
    gold: GoldCorpus | Mapping[str, GoldDocument],
    predictions: Iterable[Extraction | Mapping[str, Any]] | Mapping[str, Any],
    *,
    failed: Mapping[str, str] | None = None,
    collect_errors: bool = False,
) -> AttributionReport:
    """Score predictions against gold.

    Args:
        gold: a corpus from :func:`read_brat_dir` (its reading problems are carried over)
            or documents by id.
        predictions: extractions or their JSON objects (matched to gold by ``doc_id``),
            or a mapping from doc id to one of those.
        failed: documents the extractor failed on, with the reason; they are scored
            as predicting nothing and listed in the report.
        collect_errors: also list, per document, the missed and spurious attributions
            and the matched ones with a wrong source or cue (``report.errors``).
    """
    report = AttributionReport(errors=[] if collect_errors else None)
    if isinstance(gold, GoldCorpus):
        documents: Mapping[str, GoldDocument] = gold.documents
        report.problems.extend(gold.problems)
    else:
        documents = gold
    by_id: dict[str, Mapping[str, Any]] = {}
    keyed: Iterable[tuple[str | None, Extraction | Mapping[str, Any]]] = (
        predictions.items()
        if isinstance(predictions, Mapping)
        else ((None, item) for item in predictions)
    )
    for key, item in keyed:
        mapping = prediction_mapping(item)
        doc_id = mapping.get("doc_id") or key
        if not isinstance(doc_id, str) or doc_id not in documents:
            report.problems.append(f"prediction for {doc_id!r} has no gold document; ignored")
            continue
        if doc_id in by_id:
            report.problems.append(f"{doc_id}: several predictions; the last one wins")
        by_id[doc_id] = mapping
    report.docs_failed = dict(failed or {})
    report.docs_gold = len(documents)
    for doc_id, document in documents.items():
        prediction = by_id.get(doc_id)
        if prediction is None:
            if doc_id not in report.docs_failed:
                report.docs_without_predictions.append(doc_id)
        else:
            report.docs_scored += 1
        score_document(report, doc_id, document.text, document.attributions, prediction)
    return report


def human_agreement(gold: GoldCorpus | Mapping[str, GoldDocument]) -> AttributionReport:
    """Every extra annotator of a multi-annotated document scored as if it were a system.

    This is the ceiling to read system scores against: where annotators agree
    only so far, no extractor can be measured as better than that. Each
    (document, other annotator) pair counts as one scored document.
    """
    report = AttributionReport()
    documents = gold.documents if isinstance(gold, GoldCorpus) else gold
    for document in documents.values():
        if len(document.annotations) < 2:
            continue
        view = _DocumentView(document.text)
        for annotator in sorted(document.annotations)[1:]:
            other = [
                PredictedAttribution(
                    content=a.content,
                    cue=a.cue,
                    source=a.source,
                    allegation=is_accusation_cue(view.cue_text(a.cue)),
                )
                for a in document.annotations[annotator]
            ]
            _score_attributions(report, view, document.attributions, other)
            report.docs_gold += 1
            report.docs_scored += 1
    return report
