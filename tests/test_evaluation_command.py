"""``newsextract evaluate`` as a user runs it: from a predictions file or the pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

import newsextract
from newsextract.evaluation import command, evaluate, read_brat_dir

CORPUS = Path(__file__).parent / "fixtures" / "brat" / "corpus"


def write_predictions(path: Path) -> None:
    text = read_brat_dir(CORPUS).documents["harbour"].text
    phrase = "the city of ignoring flood warnings"
    start = text.index(phrase)
    claim = {"start": start, "end": start + len(phrase), "text": phrase}
    lines = [
        {"doc_id": "harbour", "quotes": [], "allegations": [{"claim": claim}]},
        {"doc_id": "school", "quotes": []},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n")


def test_scores_a_predictions_file(tmp_path: Path) -> None:
    preds, out = tmp_path / "preds.jsonl", tmp_path / "report.json"
    write_predictions(preds)
    result = CliRunner().invoke(
        evaluate, [str(CORPUS), "--pred", str(preds), "--json-out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "content overlap (1:1)" in result.output
    assert "documents: 2 with gold, 2 scored, 0 failed" in result.output
    report = json.loads(out.read_text())
    assert report["all"]["counts"]["overlap_tp"] == 1
    assert report["allegations"]["counts"]["exact_tp"] == 1
    assert report["all"]["counts"]["gold"] == 7
    assert any("not JSON" in p for p in report["problems"])


def test_limit_scores_only_the_first_documents(tmp_path: Path) -> None:
    preds = tmp_path / "preds.jsonl"
    write_predictions(preds)
    result = CliRunner().invoke(evaluate, [str(CORPUS), "--pred", str(preds), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "documents: 1 with gold, 1 scored" in result.output


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(evaluate, [str(tmp_path)])
    assert result.exit_code != 0
    assert "text" in result.output


def test_attaches_to_a_click_group(tmp_path: Path) -> None:
    @click.group()
    def main() -> None:
        pass

    main.add_command(evaluate)
    preds = tmp_path / "preds.jsonl"
    write_predictions(preds)
    result = CliRunner().invoke(main, ["evaluate", str(CORPUS), "--pred", str(preds)])
    assert result.exit_code == 0, result.output


class FailsOnTeachers:
    """A plugin that breaks on one document, to check failures are counted, not fatal."""

    @newsextract.hookimpl
    def extract_quotes(self, ctx: newsextract.ExtractionContext) -> list[Any]:
        if "Teachers" in ctx.text:
            raise RuntimeError("cannot cope")
        return []


def test_runs_the_pipeline_and_counts_failures(
    nlp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = newsextract.Pipeline(nlp=nlp, plugins=[FailsOnTeachers()], entrypoints=False)
    monkeypatch.setattr(command, "_make_pipeline", lambda model: pipeline)
    saved, out = tmp_path / "preds.jsonl", tmp_path / "report.json"
    result = CliRunner().invoke(
        evaluate, [str(CORPUS), "--save-pred", str(saved), "--json-out", str(out)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert report["docs"]["scored"] == 1
    assert list(report["docs"]["failed"]) == ["school"]
    lines = [json.loads(line) for line in saved.read_text().splitlines()]
    assert [line["doc_id"] for line in lines] == ["harbour"]
    assert lines[0]["published"] == "2024-05-06"  # from metadata.tsv


def test_errors_lists_misses_and_spurious_finds(tmp_path: Path) -> None:
    preds, errors = tmp_path / "preds.jsonl", tmp_path / "errors.jsonl"
    write_predictions(preds)
    result = CliRunner().invoke(
        evaluate, [str(CORPUS), "--pred", str(preds), "--errors", str(errors)]
    )
    assert result.exit_code == 0, result.output
    listings = {row["doc_id"]: row for row in map(json.loads, errors.read_text().splitlines())}
    assert len(listings["harbour"]["missed"]) == 3  # the allegation was found, three were not
    assert len(listings["school"]["missed"]) == 3
    assert listings["harbour"]["spurious"] == []
    # the found allegation had no accuser: a wrong source against gold "Residents"
    (wrong,) = listings["harbour"]["wrong_role"]
    assert wrong["gold"]["source"] == "Residents" and wrong["source_ok"] is False
    assert wrong["pred"]["origin"] == "allegation"
    assert (listings["harbour"]["gold"], listings["harbour"]["matched"]) == (4, 1)
