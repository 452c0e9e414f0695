"""Scoring extractions against human annotations.

Two kinds of gold: attributions (quotes, allegations) in brat/PolNeAR standoff
format, and actors and events in this project's JSON annotation format
(``docs/annotation-guidelines.md``).

>>> from newsextract.evaluation import read_brat_dir, evaluate_attributions
>>> report = evaluate_attributions(read_brat_dir("polnear/dev"), extractions)  # doctest: +SKIP
>>> report.all.overlap["f1"]                                                   # doctest: +SKIP

>>> from newsextract.evaluation import load_gold_dir, evaluate_events_actors
>>> gold = load_gold_dir(Path("annotations"), Path("texts"))                    # doctest: +SKIP
>>> evaluate_events_actors(gold, extractions).clustering_f1                     # doctest: +SKIP

The command-line forms are ``newsextract evaluate GOLD_DIR`` (:data:`evaluate`)
and ``newsextract evaluate-events GOLD_DIR --texts DIR`` (:data:`evaluate_events`).
"""

from __future__ import annotations

from .agreement import as_extraction
from .annotations import (
    AnnotationError,
    GoldActor,
    GoldDoc,
    GoldEvent,
    GoldWhen,
    load_gold_dir,
    parse_annotation,
    sha256_text,
)
from .attribution import (
    SUBSETS,
    AttributionReport,
    Counts,
    SubsetScores,
    evaluate_attributions,
    human_agreement,
)
from .brat import GoldAttribution, GoldCorpus, GoldDocument, parse_ann, read_brat_dir
from .command import evaluate
from .cues import ACCUSATION_CUE_WORDS, is_accusation_cue
from .events_actors import (
    MATCHINGS,
    PRF,
    b_cubed,
    evaluate_events_actors,
    event_errors,
    format_events_report,
    muc,
)
from .events_actors import Report as EventsReport
from .events_command import evaluate_events
from .predictions import PredictedAttribution
from .table import format_report

__all__ = [
    "ACCUSATION_CUE_WORDS",
    "MATCHINGS",
    "PRF",
    "SUBSETS",
    "AnnotationError",
    "AttributionReport",
    "Counts",
    "EventsReport",
    "GoldActor",
    "GoldAttribution",
    "GoldCorpus",
    "GoldDoc",
    "GoldDocument",
    "GoldEvent",
    "GoldWhen",
    "PredictedAttribution",
    "SubsetScores",
    "as_extraction",
    "b_cubed",
    "evaluate",
    "evaluate_attributions",
    "evaluate_events",
    "evaluate_events_actors",
    "event_errors",
    "format_events_report",
    "format_report",
    "human_agreement",
    "is_accusation_cue",
    "load_gold_dir",
    "muc",
    "parse_ann",
    "parse_annotation",
    "read_brat_dir",
    "sha256_text",
]
