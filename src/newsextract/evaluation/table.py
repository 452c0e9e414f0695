"""The human-readable table of an :class:`AttributionReport`.

Metrics are rows and subsets are columns, so the three subsets of one metric
sit side by side, which is the comparison a reader makes most often.
"""

from __future__ import annotations

from .attribution import SUBSETS, AttributionReport

__all__ = ["format_report"]

_PRF_ROWS = (
    ("content exact", "exact"),
    ("content overlap (1:1)", "overlap"),
    ("content soft (token)", "soft"),
    ("end-to-end content+source", "end_to_end"),
)
_LABEL = 27
_CELL = 7


def _pct(value: float) -> str:
    return f"{100 * value:{_CELL}.1f}"


def format_report(report: AttributionReport, title: str | None = None) -> str:
    """A fixed-width table: P/R/F1 per subset, then accuracies with the pairs they rest on."""
    lines: list[str] = []
    if title:
        lines.append(title)
    lines.append(
        f"documents: {report.docs_gold} with gold, {report.docs_scored} scored, "
        f"{len(report.docs_failed)} failed, "
        f"{len(report.docs_without_predictions)} without predictions"
    )
    counts = {name: report.subsets[name].counts for name in SUBSETS}
    lines.append(
        "attributions gold/predicted: "
        + ", ".join(f"{name} {counts[name].gold}/{counts[name].pred}" for name in SUBSETS)
    )
    width = 3 * _CELL + 2
    lines.append(" " * _LABEL + "".join(f"{name.upper():>{width}}" for name in SUBSETS))
    lines.append(f"{'metric':{_LABEL}}" + f"  {'P':>{_CELL}}{'R':>{_CELL}}{'F1':>{_CELL}}" * 3)
    for label, attr in _PRF_ROWS:
        cells = ""
        for name in SUBSETS:
            scores: dict[str, float] = getattr(report.subsets[name], attr)
            cells += "  " + "".join(_pct(scores[k]) for k in ("p", "r", "f1"))
        lines.append(f"{label:{_LABEL}}{cells}")
    for label, attr in (
        ("source acc | overlap match", "source_acc"),
        ("cue acc | overlap match", "cue_acc"),
    ):
        cells = ""
        for name in SUBSETS:
            value: float = getattr(report.subsets[name], attr)
            pairs = f"n={counts[name].overlap_tp}"
            cells += "  " + _pct(value) + f"{pairs:>{_CELL}}" + " " * _CELL
        lines.append(f"{label:{_LABEL}}{cells}")
    accuser = _pct(report.accuser_acc).strip()
    lines.append(f"accuser acc (source acc on matched allegation pairs): {accuser}")
    return "\n".join(lines)
