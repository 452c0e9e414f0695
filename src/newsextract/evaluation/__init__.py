"""Scoring attribution extraction (quotes, allegations) against brat/PolNeAR annotations.

>>> from newsextract.evaluation import read_brat_dir, evaluate_attributions
>>> report = evaluate_attributions(read_brat_dir("polnear/dev"), extractions)  # doctest: +SKIP
>>> report.all.overlap["f1"]                                                   # doctest: +SKIP

The command-line form is ``newsextract evaluate GOLD_DIR`` (:data:`evaluate`).
"""

from __future__ import annotations

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
from .predictions import PredictedAttribution
from .table import format_report

__all__ = [
    "ACCUSATION_CUE_WORDS",
    "SUBSETS",
    "AttributionReport",
    "Counts",
    "GoldAttribution",
    "GoldCorpus",
    "GoldDocument",
    "PredictedAttribution",
    "SubsetScores",
    "evaluate",
    "evaluate_attributions",
    "format_report",
    "human_agreement",
    "is_accusation_cue",
    "parse_ann",
    "read_brat_dir",
]
