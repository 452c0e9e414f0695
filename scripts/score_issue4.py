"""Score actors and events on every annotated set at once (issue 4's measurement).

Each session reports the same table: the tuning set in two halves (PolNeAR
dev rounds 1-4; train rounds 5 onwards and the pool), the session's unseen
round, and the seed. Running them one ``evaluate-events`` at a time parses
each article again and leaves the table to be copied by hand; this parses
every article once and prints the table in Markdown, "before -> after" when
given the reports of an earlier run.

    python scripts/score_issue4.py --polnear ../shared/data/polnear --out scores/
    python scripts/score_issue4.py --polnear ../shared/data/polnear --out scores-new/ \\
        --before scores/

The reports (one ``<set>.json`` per set, as ``evaluate-events --json-out``
writes) go to ``--out``. PolNeAR texts stay outside the repository.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests" / "data" / "annotations"

#: Set name -> (annotation folders, PolNeAR split of their texts); "" = the seed in ``seeds/``.
SETS: dict[str, tuple[tuple[str, ...], str]] = {
    "tuning A (dev rounds 1-4)": (
        ("polnear-dev", "polnear-dev-round2", "polnear-dev-round3", "polnear-dev-round4"),
        "dev",
    ),
    "tuning B (train rounds 5-24, pool)": (
        (
            "polnear-train-round5",
            "polnear-train-round6",
            "polnear-train-round7",
            "polnear-train-round8",
            "polnear-train-round9",
            "polnear-train-round10",
            "polnear-train-round11",
            "polnear-train-round12",
            "polnear-train-round13",
            "polnear-train-round14",
            "polnear-train-round15",
            "polnear-train-round16",
            "polnear-train-round17",
            "polnear-train-round18",
            "polnear-train-round19",
            "polnear-train-round20",
            "polnear-train-round21",
            "polnear-train-round22",
            "polnear-train-round23",
            "polnear-train-round24",
            "polnear-train-pool",
        ),
        "train",
    ),
    "unseen (round 25)": (("polnear-train-round25",), "train"),
    "seed": ((".",), ""),
}

#: Table rows: label -> path into ``Report.to_dict()``.
ROWS: dict[str, tuple[str, ...]] = {
    "mentions exact F1": ("actors", "mentions_exact", "f1"),
    "descriptions F1": ("actors", "mentions_by_kind", "description", "f1"),
    "pronouns F1": ("actors", "mentions_by_kind", "pronoun", "f1"),
    "B3 F1 (bar 85)": ("actors", "b3", "f1"),
    "B3 on mentions both found": ("actors", "b3_shared_mentions", "f1"),
    "events type+agent+target F1 (bar 55)": ("events", "type_agent_target", "f1"),
    "events P": ("events", "type_agent_target", "p"),
    "events R": ("events", "type_agent_target", "r"),
    "events type+trigger F1": ("events", "type_trigger", "f1"),
    "date accuracy (bar 85)": ("events", "date_accuracy"),
    "modality accuracy": ("events", "modality_accuracy"),
    "matched events (n for the accuracies)": ("events", "matched_type_agent_target"),
}


def _value(report: dict[str, Any], path: tuple[str, ...]) -> float:
    node: Any = report
    for key in path:
        node = node[key]
    return float(node)


def _cell(after: float, before: float | None, count: bool) -> str:
    def show(value: float) -> str:
        return f"{value:.0f}" if count else f"{100 * value:.1f}"

    return show(after) if before is None else f"{show(before)} → {show(after)}"


def format_table(
    reports: dict[str, dict[str, Any]], before: dict[str, dict[str, Any]] | None = None
) -> str:
    """A Markdown table, one column per set, "before → after" where an earlier report exists."""
    names = list(reports)
    lines = [
        "| metric | " + " | ".join(f"{n} ({reports[n]['docs']})" for n in names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for label, path in ROWS.items():
        cells = []
        for name in names:
            earlier = (before or {}).get(name)
            cells.append(
                _cell(
                    _value(reports[name], path),
                    None if earlier is None else _value(earlier, path),
                    count=path[-1].startswith("matched"),
                )
            )
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _slug(name: str) -> str:
    """The report's file name: "tuning A (dev rounds 1-4)" -> "tuning-A"."""
    return name.split(" (")[0].replace(" ", "-")


def _score(polnear: Path, out: Path) -> dict[str, dict[str, Any]]:
    from newsextract.evaluation import evaluate_events_actors
    from newsextract.evaluation.events_command import extract_gold, load_gold_dirs
    from newsextract.pipeline import Pipeline

    pipeline = Pipeline()
    reports: dict[str, dict[str, Any]] = {}
    for name, (folders, split) in SETS.items():
        texts = polnear / split / "text" if split else ROOT / "seeds"
        docs = load_gold_dirs(tuple(ANNOTATIONS / f for f in folders), texts)
        extractions, failed = extract_gold(docs, pipeline)
        report = evaluate_events_actors(docs, extractions).to_dict()
        report["docs_failed"] = failed
        reports[name] = report
        (out / f"{_slug(name)}.json").write_text(
            json.dumps(report, indent=1) + "\n", encoding="utf-8"
        )
    return reports


def _load(folder: Path) -> dict[str, dict[str, Any]]:
    reports = {}
    for name in SETS:
        path = folder / f"{_slug(name)}.json"
        if path.is_file():
            reports[name] = json.loads(path.read_text(encoding="utf-8"))
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, required=True, help="the PolNeAR data folder")
    parser.add_argument("--out", type=Path, required=True, help="folder for the JSON reports")
    parser.add_argument("--before", type=Path, help="reports of an earlier run to compare with")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    reports = _score(args.polnear, args.out)
    print(format_table(reports, _load(args.before) if args.before else None))


if __name__ == "__main__":
    main()
