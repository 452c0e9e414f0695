"""The ``newsextract evaluate`` command: score extractions against brat annotations.

Kept as a standalone :func:`click.command` so the CLI module only needs
``main.add_command(evaluate)``, and so the command can be tested without the
rest of the CLI.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .attribution import AttributionReport, evaluate_attributions, human_agreement
from .brat import GoldCorpus, read_brat_dir
from .predictions import iter_prediction_lines
from .table import format_report

if TYPE_CHECKING:
    from ..pipeline import Pipeline

__all__ = ["evaluate", "run_pipeline"]


def _make_pipeline(model: str | None) -> Pipeline:
    """The pipeline ``evaluate`` extracts with (a seam for tests to pass a loaded one)."""
    from ..pipeline import Pipeline  # imports spaCy; only needed without --pred

    return Pipeline(model)


def run_pipeline(
    corpus: GoldCorpus,
    model: str | None = None,
    save: Path | None = None,
    *,
    pipeline: Pipeline | None = None,
) -> tuple[list[Mapping[str, Any]], dict[str, str]]:
    """Extract from every gold text; return the predictions and the documents that failed.

    A document whose extraction raises is recorded, not fatal: the report must
    say how many documents an extractor gives up on. Texts go in exactly as read
    (offsets must match the annotations), with the publication date from
    ``metadata.tsv`` when there is one.
    """
    if pipeline is None:
        pipeline = _make_pipeline(model)
    documents = [
        {"id": doc.doc_id, "text": doc.text, "published": doc.published}
        for doc in corpus.documents.values()
    ]
    predictions: list[Mapping[str, Any]] = []
    failed: dict[str, str] = {}
    handle = save.open("w", encoding="utf-8") if save is not None else None
    try:
        for outcome in _progress(pipeline.process_many(documents), len(documents)):
            doc_id = outcome.doc_id or "?"
            if outcome.extraction is None:
                failed[doc_id] = str(outcome.error)
                continue
            data = outcome.extraction.model_dump(mode="json")
            predictions.append(data)
            if handle is not None:
                handle.write(json.dumps(data, ensure_ascii=False) + "\n")
    finally:
        if handle is not None:
            handle.close()
    return predictions, failed


def _progress(items: Iterator[Any], total: int) -> Iterator[Any]:
    from tqdm import tqdm

    yield from tqdm(
        items, total=total, desc="extracting", unit="doc", disable=not sys.stderr.isatty()
    )


def _limit(corpus: GoldCorpus, limit: int | None) -> GoldCorpus:
    if limit is None:
        return corpus
    kept = dict(list(corpus.documents.items())[:limit])
    return GoldCorpus(documents=kept, problems=corpus.problems)


@click.command("evaluate")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--pred",
    "pred_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSONL predictions (one extraction per line, doc_id = text file stem). "
    "Without it the pipeline runs over GOLD_DIR/text/*.txt.",
)
@click.option(
    "--json-out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Also write the full report as JSON.",
)
@click.option("--model", help="spaCy pipeline to extract with (default: the pinned English one).")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@click.option(
    "--save-pred",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="When extracting, also write the predictions as JSONL (e.g. for other scorers).",
)
@click.option(
    "--errors",
    "errors_out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write JSONL listing, per document, missed and spurious attributions "
    "and matched ones with a wrong source or cue.",
)
@click.option(
    "--human",
    is_flag=True,
    help="Also score each extra annotator of multi-annotated documents against gold "
    "(inter-annotator agreement, the ceiling for any system).",
)
@click.option("--max-problems", default=10, show_default=True, help="Data problems to print.")
def evaluate(
    gold_dir: Path,
    pred_path: Path | None,
    json_out: Path | None,
    model: str | None,
    limit: int | None,
    save_pred: Path | None,
    errors_out: Path | None,
    human: bool,
    max_problems: int,
) -> None:
    """Score quotes and allegations against brat/PolNeAR attribution annotations.

    GOLD_DIR holds text/NAME.txt and attributions/NAME_<annotator>.ann.
    """
    try:
        corpus = _limit(read_brat_dir(gold_dir), limit)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    failed: dict[str, str] = {}
    if pred_path is not None:
        problems: list[str] = []
        predictions: list[Mapping[str, Any]] = list(iter_prediction_lines(pred_path, problems))
        corpus.problems.extend(problems)
        if limit is not None:
            predictions = [p for p in predictions if p.get("doc_id") in corpus.documents]
    else:
        predictions, failed = run_pipeline(corpus, model=model, save=save_pred)
    report = evaluate_attributions(
        corpus, predictions, failed=failed, collect_errors=errors_out is not None
    )
    source = pred_path.name if pred_path is not None else "newsextract pipeline"
    click.echo(format_report(report, title=f"== {source} vs {gold_dir}"))
    _echo_problems(report, max_problems)
    out = report.to_dict()
    if human:
        agreement = human_agreement(corpus)
        click.echo()
        click.echo(
            format_report(
                agreement,
                title=f"== human agreement: {agreement.docs_scored} (document, other annotator) "
                "pairs vs the first-sorted annotator",
            )
        )
        out["human_agreement"] = agreement.to_dict()
    if errors_out is not None and report.errors is not None:
        with errors_out.open("w", encoding="utf-8") as handle:
            for listing in report.errors:
                handle.write(json.dumps(listing, ensure_ascii=False) + "\n")
    if json_out is not None:
        json_out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _echo_problems(report: AttributionReport, limit: int) -> None:
    for doc_id, reason in sorted(report.docs_failed.items()):
        click.echo(f"failed: {doc_id}: {reason}", err=True)
    if report.problems:
        click.echo(f"{len(report.problems)} data problems (all in --json-out):", err=True)
        for problem in report.problems[:limit]:
            click.echo(f"  {problem}", err=True)
