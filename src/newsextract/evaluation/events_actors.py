"""Scoring actors and events against the annotations of ``docs/annotation-guidelines.md``.

Actors are scored as coreference: each actor is a cluster of mention spans, and
B³ and MUC compare the clusterings on mentions whose spans match exactly (the
CoNLL convention: a missed mention costs recall, a spurious one precision).
Mention detection is also reported with one-to-one overlap matching, because
an extractor that finds "President Obama" where the annotator marked "Obama"
has found the mention even if the clustering scores cannot credit it.

Events are matched one to one, greedily, under three increasingly lenient
criteria, so a reader can see whether errors come from participants, types or
triggers. Date and modality accuracy are measured on the strictest matching,
where both sides are known to describe the same event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

from ..records import EVENT_TYPES, Event, Extraction
from .annotations import GoldDoc, GoldEvent

__all__ = [
    "MATCHINGS",
    "MENTION_KINDS",
    "PRF",
    "Report",
    "b_cubed",
    "evaluate_events_actors",
    "event_errors",
    "format_events_report",
    "mention_kind",
    "muc",
]

Span2 = tuple[int, int]
G = TypeVar("G")
P = TypeVar("P")
Cluster = frozenset[Span2]

#: The three event matchings, strictest first.
MATCHINGS = ("type_agent_target", "type_trigger", "trigger")
#: The matchings that require the type, so they can be broken down by it.
TYPED_MATCHINGS = ("type_agent_target", "type_trigger")

#: Mention kinds reported apart, because they fail for different reasons:
#: names need NER and a gazetteer, descriptions need noun-phrase rules,
#: pronouns need coreference.
MENTION_KINDS = ("name", "description", "pronoun")

_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "himself",
        "herself",
        "itself",
        "themselves",
        "ourselves",
    ]
)


def mention_kind(text: str) -> str:
    """``pronoun``, ``name`` or ``description``, from the span's text alone.

    A name ends in a capitalised word ("Angela Merkel", "Foreign Ministry");
    a description ends in a common noun even after a capitalised modifier
    ("German chancellor", "E.U. leaders"). A heuristic, but the same for gold
    and predictions, so the per-kind rows compare like with like.
    """
    words = text.split()
    if not words:
        return "description"
    if text.strip().lower() in _PRONOUNS:
        return "pronoun"
    return "name" if words[-1][:1].isupper() else "description"


@dataclass
class PRF:
    """Precision/recall from summed numerators and denominators (micro-averaged)."""

    p_num: float = 0.0
    p_den: float = 0.0
    r_num: float = 0.0
    r_den: float = 0.0

    def add(self, other: PRF) -> None:
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den

    @property
    def p(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def r(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"p": self.p, "r": self.r, "f1": self.f1, **asdict(self)}


def _overlaps(a: Span2, b: Span2) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def b_cubed(gold: Sequence[Cluster], pred: Sequence[Cluster]) -> PRF:
    """B³ as in the CoNLL scorer: sum over cluster pairs of |g ∩ p|² / |g| (resp. |p|)."""
    where = {m: i for i, p in enumerate(pred) for m in p}
    r_num = 0.0
    for g in gold:
        shared: dict[int, int] = {}
        for m in g:
            if m in where:
                shared[where[m]] = shared.get(where[m], 0) + 1
        r_num += sum(n * n for n in shared.values()) / len(g)
    where_gold = {m: i for i, g in enumerate(gold) for m in g}
    p_num = 0.0
    for p in pred:
        shared = {}
        for m in p:
            if m in where_gold:
                shared[where_gold[m]] = shared.get(where_gold[m], 0) + 1
        p_num += sum(n * n for n in shared.values()) / len(p)
    return PRF(
        p_num=p_num,
        p_den=float(sum(len(p) for p in pred)),
        r_num=r_num,
        r_den=float(sum(len(g) for g in gold)),
    )


def _muc_side(keys: Sequence[Cluster], responses: Sequence[Cluster]) -> tuple[float, float]:
    """MUC recall numerator and denominator of ``keys`` partitioned by ``responses``."""
    where = {m: i for i, c in enumerate(responses) for m in c}
    num = den = 0
    for k in keys:
        parts = {where[m] for m in k if m in where}
        unmatched = sum(1 for m in k if m not in where)
        num += len(k) - (len(parts) + unmatched)
        den += len(k) - 1
    return float(num), float(den)


def muc(gold: Sequence[Cluster], pred: Sequence[Cluster]) -> PRF:
    """MUC (Vilain et al. 1995): links kept, counted on each side's partition of the other."""
    r_num, r_den = _muc_side(gold, pred)
    p_num, p_den = _muc_side(pred, gold)
    return PRF(p_num=p_num, p_den=p_den, r_num=r_num, r_den=r_den)


def _mention_detection(gold: list[Span2], pred: list[Span2]) -> tuple[PRF, PRF]:
    """Exact and one-to-one overlap mention detection."""
    gold_set, pred_set = set(gold), set(pred)
    exact_tp = float(len(gold_set & pred_set))
    exact = PRF(exact_tp, float(len(pred_set)), exact_tp, float(len(gold_set)))
    pairs = _greedy(
        sorted(gold_set),
        sorted(pred_set),
        _overlaps,
        lambda g, p: (-(min(g[1], p[1]) - max(g[0], p[0])), g, p),
    )
    tp = float(len(pairs))
    overlap = PRF(tp, float(len(pred_set)), tp, float(len(gold_set)))
    return exact, overlap


def _greedy(
    gold: Sequence[G],
    pred: Sequence[P],
    ok: Callable[[G, P], bool],
    rank: Callable[[G, P], Any],
) -> list[tuple[int, int]]:
    """One-to-one greedy matching: best-ranked admissible pairs first.

    All admissible pairs of one document are ranked (documents are small, and
    this is scoring, not extraction); ties break by position, so the outcome
    does not depend on the order records were produced in.
    """
    candidates = sorted(
        (
            (rank(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if ok(g, p)
        ),
        key=lambda c: (c[0], c[1], c[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


@dataclass(frozen=True)
class _PredEvent:
    event: Event
    trigger: Span2
    agent: tuple[Span2, ...] | None  # mentions of the agent's actor; None = no agent
    target: tuple[Span2, ...] | None


def _participant(
    event: Event, role: str, mentions: dict[str, tuple[Span2, ...]]
) -> tuple[Span2, ...] | None:
    for participant in event.participants:
        if participant.role == role and participant.actor is not None:
            return mentions.get(participant.actor, ())
    return None


def _same_participant(gold: tuple[Span2, ...] | None, pred: tuple[Span2, ...] | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return any(_overlaps(g, p) for g in gold for p in pred)


def _match_events(
    doc: GoldDoc, extraction: Extraction
) -> tuple[list[GoldEvent], list[_PredEvent], dict[str, list[tuple[int, int]]]]:
    gold_mentions = {a.id: a.mentions for a in doc.actors}
    pred_mentions = {a.id: tuple((m.start, m.end) for m in a.mentions) for a in extraction.actors}
    preds = [
        _PredEvent(
            event=e,
            trigger=(e.trigger.start, e.trigger.end),
            agent=_participant(e, "agent", pred_mentions),
            target=_participant(e, "target", pred_mentions),
        )
        for e in extraction.events
    ]
    gold = doc.events

    def gold_role(ref: str | None) -> tuple[Span2, ...] | None:
        return None if ref is None else gold_mentions.get(ref, ())

    def distance(g: GoldEvent, p: _PredEvent) -> tuple[int, int]:
        # overlapping triggers first, then the nearest: the same event, described twice
        # with the same participants, is matched to the mention it was found at
        gap = max(g.trigger[0], p.trigger[0]) - min(g.trigger[1], p.trigger[1])
        return (0 if gap < 0 else 1, max(gap, 0))

    criteria: dict[str, Callable[[GoldEvent, _PredEvent], bool]] = {
        "type_agent_target": lambda g, p: (
            g.type == p.event.type
            and _same_participant(gold_role(g.agent), p.agent)
            and _same_participant(gold_role(g.target), p.target)
        ),
        "type_trigger": lambda g, p: g.type == p.event.type and _overlaps(g.trigger, p.trigger),
        "trigger": lambda g, p: _overlaps(g.trigger, p.trigger),
    }
    matches = {name: _greedy(gold, preds, ok, distance) for name, ok in criteria.items()}
    return gold, preds, matches


@dataclass
class Report:
    """Micro-averaged scores over all scored documents; ``to_dict`` is the JSON form."""

    docs: int = 0
    docs_missing: list[str] = field(default_factory=list)
    gold_actors: int = 0
    pred_actors: int = 0
    gold_mentions: int = 0
    pred_mentions: int = 0
    mentions_exact: PRF = field(default_factory=PRF)
    mentions_overlap: PRF = field(default_factory=PRF)
    mentions_by_kind: dict[str, PRF] = field(
        default_factory=lambda: {k: PRF() for k in MENTION_KINDS}
    )
    b3: PRF = field(default_factory=PRF)
    #: B³ on the mentions both sides found: clustering alone, detection aside.
    b3_shared: PRF = field(default_factory=PRF)
    muc: PRF = field(default_factory=PRF)
    gold_events: int = 0
    pred_events: int = 0
    events: dict[str, PRF] = field(default_factory=lambda: {m: PRF() for m in MATCHINGS})
    #: PLOVER type -> typed matching -> scores: which categories an analyst can rely on.
    events_by_type: dict[str, dict[str, PRF]] = field(
        default_factory=lambda: {t: {m: PRF() for m in TYPED_MATCHINGS} for t in EVENT_TYPES}
    )
    date_correct: int = 0
    modality_correct: int = 0
    matched: int = 0

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.matched if self.matched else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.matched if self.matched else 0.0

    @property
    def clustering_f1(self) -> float:
        """The headline actor number: B³ F1.

        Not MUC: MUC counts links only, so it ignores singleton actors, which
        are most actors in a news article, and is undefined when all are.
        """
        return self.b3.f1

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "docs_missing": self.docs_missing,
            "actors": {
                "gold": self.gold_actors,
                "pred": self.pred_actors,
                "gold_mentions": self.gold_mentions,
                "pred_mentions": self.pred_mentions,
                "mentions_exact": self.mentions_exact.to_dict(),
                "mentions_overlap": self.mentions_overlap.to_dict(),
                "mentions_by_kind": {k: prf.to_dict() for k, prf in self.mentions_by_kind.items()},
                "b3": self.b3.to_dict(),
                "b3_shared_mentions": self.b3_shared.to_dict(),
                "muc": self.muc.to_dict(),
                "clustering_f1": self.clustering_f1,
            },
            "events": {
                "gold": self.gold_events,
                "pred": self.pred_events,
                **{name: prf.to_dict() for name, prf in self.events.items()},
                "by_type": {
                    event_type: {name: prf.to_dict() for name, prf in scores.items()}
                    for event_type, scores in self.events_by_type.items()
                    if scores["type_trigger"].p_den or scores["type_trigger"].r_den
                },
                "matched_type_agent_target": self.matched,
                "date_accuracy": self.date_accuracy,
                "modality_accuracy": self.modality_accuracy,
            },
        }


def _same_when(gold: GoldEvent, pred: Event) -> bool:
    if gold.when is None or pred.when is None:
        return gold.when is None and (
            pred.when is None or (pred.when.start is None and pred.when.end is None)
        )
    return (gold.when.start, gold.when.end, gold.when.precision) == (
        pred.when.start,
        pred.when.end,
        pred.when.precision,
    )


def _within(clusters: list[Cluster], mentions: set[Span2]) -> list[Cluster]:
    """The clusters cut down to ``mentions``, the emptied ones dropped."""
    return [kept for c in clusters if (kept := c & mentions)]


def _score_kinds(report: Report, text: str, gold: set[Span2], pred: set[Span2]) -> None:
    """Exact mention detection per kind; a span's kind depends on its text only."""
    for kind in MENTION_KINDS:
        g = {m for m in gold if mention_kind(text[m[0] : m[1]]) == kind}
        p = {m for m in pred if mention_kind(text[m[0] : m[1]]) == kind}
        tp = float(len(g & p))
        report.mentions_by_kind[kind].add(PRF(tp, float(len(p)), tp, float(len(g))))


def _score_types(
    report: Report,
    gold: list[GoldEvent],
    preds: list[_PredEvent],
    matches: dict[str, list[tuple[int, int]]],
) -> None:
    """Per-type counts: a typed match pairs two events of one type, so it counts for that type."""
    for event_type, scores in report.events_by_type.items():
        n_gold = float(sum(g.type == event_type for g in gold))
        n_pred = float(sum(p.event.type == event_type for p in preds))
        for name, prf in scores.items():
            tp = float(sum(gold[gi].type == event_type for gi, _ in matches[name]))
            prf.add(PRF(tp, n_pred, tp, n_gold))


def _score_doc(report: Report, doc: GoldDoc, extraction: Extraction) -> None:
    gold_clusters = [frozenset(a.mentions) for a in doc.actors]
    pred_clusters = [
        frozenset((m.start, m.end) for m in a.mentions) for a in extraction.actors if a.mentions
    ]
    report.gold_actors += len(gold_clusters)
    report.pred_actors += len(pred_clusters)
    gold_mentions = [m for c in gold_clusters for m in c]
    pred_mentions = [m for c in pred_clusters for m in c]
    report.gold_mentions += len(gold_mentions)
    report.pred_mentions += len(pred_mentions)
    exact, overlap = _mention_detection(gold_mentions, pred_mentions)
    report.mentions_exact.add(exact)
    report.mentions_overlap.add(overlap)
    report.b3.add(b_cubed(gold_clusters, pred_clusters))
    report.muc.add(muc(gold_clusters, pred_clusters))
    _score_kinds(report, extraction.text, set(gold_mentions), set(pred_mentions))
    shared = set(gold_mentions) & set(pred_mentions)
    report.b3_shared.add(b_cubed(_within(gold_clusters, shared), _within(pred_clusters, shared)))

    gold, preds, matches = _match_events(doc, extraction)
    report.gold_events += len(gold)
    report.pred_events += len(preds)
    for name, pairs in matches.items():
        tp = float(len(pairs))
        report.events[name].add(PRF(tp, float(len(preds)), tp, float(len(gold))))
    _score_types(report, gold, preds, matches)
    for gi, pi in matches["type_agent_target"]:
        report.matched += 1
        report.date_correct += _same_when(gold[gi], preds[pi].event)
        report.modality_correct += gold[gi].modality == preds[pi].event.modality


def _describe_gold(doc: GoldDoc, event: GoldEvent) -> dict[str, Any]:
    text = doc.text or ""

    def name(ref: str | None) -> str | None:
        actor = doc.actor(ref)
        return None if actor is None else actor.name

    return {
        "type": event.type,
        "trigger": text[event.trigger[0] : event.trigger[1]],
        "at": list(event.trigger),
        "agent": name(event.agent),
        "target": name(event.target),
        "when": None if event.when is None else [str(event.when.start), str(event.when.end)],
        "modality": event.modality,
    }


def _describe_pred(extraction: Extraction, event: Event) -> dict[str, Any]:
    def name(role: str) -> str | None:
        for participant in event.participants:
            if participant.role == role and participant.actor is not None:
                return participant.mention.text
        return None

    when = event.when
    return {
        "id": event.id,
        "type": event.type,
        "trigger": event.trigger.text,
        "at": [event.trigger.start, event.trigger.end],
        "agent": name("agent"),
        "target": name("target"),
        "when": None if when is None else [str(when.start), str(when.end)],
        "modality": event.modality,
    }


def event_errors(doc: GoldDoc, extraction: Extraction) -> dict[str, Any]:
    """What one document got wrong under type + agent + target matching, for reading.

    Missed and spurious events are listed with the trigger-overlap partner they
    had, if any, so a reader sees at once whether the type or a participant
    was wrong rather than the event missed.
    """
    gold, preds, matches = _match_events(doc, extraction)
    strict = dict(matches["type_agent_target"])
    loose = dict(matches["trigger"])
    loose_inverse = {pi: gi for gi, pi in loose.items()}
    strict_preds = set(strict.values())
    missed, spurious, wrong_date, wrong_modality = [], [], [], []
    for gi, event in enumerate(gold):
        if gi in strict:
            pred = preds[strict[gi]].event
            pair = {"gold": _describe_gold(doc, event), "pred": _describe_pred(extraction, pred)}
            if not _same_when(event, pred):
                wrong_date.append(pair)
            if event.modality != pred.modality:
                wrong_modality.append(pair)
            continue
        partner = loose.get(gi)
        missed.append(
            {
                "gold": _describe_gold(doc, event),
                "trigger_match": None
                if partner is None
                else _describe_pred(extraction, preds[partner].event),
            }
        )
    for pi, pred_event in enumerate(preds):
        if pi in strict_preds:
            continue
        partner = loose_inverse.get(pi)
        spurious.append(
            {
                "pred": _describe_pred(extraction, pred_event.event),
                "trigger_match": None if partner is None else _describe_gold(doc, gold[partner]),
            }
        )
    return {
        "doc_id": doc.doc_id,
        "missed": missed,
        "spurious": spurious,
        "wrong_date": wrong_date,
        "wrong_modality": wrong_modality,
    }


def evaluate_events_actors(
    gold_docs: Iterable[GoldDoc], extractions: Iterable[Extraction]
) -> Report:
    """Score extractions (matched to gold by ``doc_id``) for actors and events.

    A gold document without an extraction is scored as if nothing was found,
    and listed in ``docs_missing``: skipping it would flatter the recall.
    """
    by_id = {e.doc_id: e for e in extractions}
    report = Report()
    for doc in gold_docs:
        extraction = by_id.get(doc.doc_id)
        if extraction is None:
            report.docs_missing.append(doc.doc_id)
            extraction = Extraction(doc_id=doc.doc_id, text=doc.text or "")
        report.docs += 1
        _score_doc(report, doc, extraction)
    return report


def format_events_report(report: Report, title: str | None = None) -> str:
    """A fixed-width table of P/R/F1 rows, then the accuracies with the pairs they rest on."""
    lines = [title] if title else []
    lines.append(
        f"documents: {report.docs} ({len(report.docs_missing)} without extraction); "
        f"actors gold/pred {report.gold_actors}/{report.pred_actors}, "
        f"mentions {report.gold_mentions}/{report.pred_mentions}, "
        f"events {report.gold_events}/{report.pred_events}"
    )
    lines.append(f"{'metric':34}{'P':>7}{'R':>7}{'F1':>7}")
    rows: list[tuple[str, PRF]] = [
        ("actor mentions, exact span", report.mentions_exact),
        ("actor mentions, overlap (1:1)", report.mentions_overlap),
        *((f"  exact, {kind}s", report.mentions_by_kind[kind]) for kind in MENTION_KINDS),
        ("actor clustering B3", report.b3),
        ("  B3 on mentions both found", report.b3_shared),
        ("actor clustering MUC", report.muc),
        ("events: type + agent + target", report.events["type_agent_target"]),
        ("events: type + trigger overlap", report.events["type_trigger"]),
        ("events: trigger overlap", report.events["trigger"]),
    ]
    for label, prf in rows:
        lines.append(f"{label:34}{100 * prf.p:7.1f}{100 * prf.r:7.1f}{100 * prf.f1:7.1f}")
    lines.append(f"actor clustering F1 (B3): {100 * report.clustering_f1:.1f}")
    lines.append(
        f"on {report.matched} events matched by type + agent + target: "
        f"date accuracy {100 * report.date_accuracy:.1f}, "
        f"modality accuracy {100 * report.modality_accuracy:.1f}"
    )
    lines.extend(_format_by_type(report))
    return "\n".join(lines)


def _format_by_type(report: Report) -> list[str]:
    """F1 per PLOVER type, most frequent in the gold first; types neither side has are left out."""
    lines = [
        f"{'events by type':16}{'gold':>6}{'pred':>6}  {'F1 type+agent+target':>21}"
        f"{'F1 type+trigger':>17}"
    ]
    rows = sorted(report.events_by_type.items(), key=lambda item: -item[1]["type_trigger"].r_den)
    for event_type, scores in rows:
        typed = scores["type_trigger"]
        if typed.r_den or typed.p_den:
            lines.append(
                f"  {event_type:14}{typed.r_den:6.0f}{typed.p_den:6.0f}  "
                f"{100 * scores['type_agent_target'].f1:21.1f}{100 * typed.f1:17.1f}"
            )
    return lines
