"""The issue-4 scoreboard script prints what the reports say, before and after."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from newsextract.evaluation.events_actors import Report

from .conftest import load_script


def _script() -> ModuleType:
    return load_script("score_issue4")


def _report(events_f1: float, matched: int) -> dict[str, Any]:
    report = Report(docs=3).to_dict()
    report["events"]["type_agent_target"]["f1"] = events_f1
    report["events"]["matched_type_agent_target"] = matched
    return report


def test_the_table_shows_each_set_and_the_change() -> None:
    script = _script()
    after = {"unseen (round 7)": _report(0.412, 90), "seed": _report(0.5, 7)}
    before = {"unseen (round 7)": _report(0.359, 80)}
    table = script.format_table(after, before)
    lines = table.splitlines()
    assert lines[0] == "| metric | unseen (round 7) (3) | seed (3) |"
    events = next(line for line in lines if line.startswith("| events type+agent+target"))
    # the unseen set has an earlier report, the seed not
    assert events.endswith("| 35.9 → 41.2 | 50.0 |")
    matched = next(line for line in lines if line.startswith("| matched events"))
    assert matched.endswith("| 80 → 90 | 7 |")  # counts are not percentages
    assert len(lines) == 2 + len(script.ROWS)


def test_every_set_names_folders_that_exist() -> None:
    script = _script()
    for folders, split in script.SETS.values():
        assert split in {"dev", "train", ""}
        for folder in folders:
            assert (script.ANNOTATIONS / folder).is_dir(), folder
