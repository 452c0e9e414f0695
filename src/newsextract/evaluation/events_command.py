"""The ``newsextract evaluate-events`` command: score actors and events against annotations.

A separate command from ``evaluate`` because the gold data differ in kind:
``evaluate`` reads PolNeAR's brat files, this one the JSON annotations of
``docs/annotation-guidelines.md``, whose texts live outside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .annotations import AnnotationError, GoldDoc, load_gold_dir
from .events_actors import evaluate_events_actors, format_events_report

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..records import Extraction

__all__ = ["evaluate_events", "extract_gold"]


def _make_pipeline(model: str | None) -> Pipeline:
    """The pipeline to extract with (a seam for tests to pass a loaded one)."""
    from ..pipeline import Pipeline  # imports spaCy

    return Pipeline(model)


def extract_gold(
    docs: list[GoldDoc], pipeline: Pipeline
) -> tuple[list[Extraction], dict[str, str]]:
    """Extract from every verified gold text; a failing document is reported, not fatal."""
    documents = [
        {"id": doc.doc_id, "text": doc.text or "", "published": doc.published} for doc in docs
    ]
    extractions: list[Extraction] = []
    failed: dict[str, str] = {}
    for outcome in pipeline.process_many(documents):
        if outcome.extraction is None:
            failed[outcome.doc_id or "?"] = str(outcome.error)
        else:
            extractions.append(outcome.extraction)
    return extractions, failed


@click.command("evaluate-events")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--texts",
    "texts_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder with DOC_ID.txt for every annotation (checked against its SHA-256).",
)
@click.option(
    "--json-out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Also write the full report as JSON.",
)
@click.option("--model", help="spaCy pipeline to extract with (default: the pinned English one).")
def evaluate_events(
    gold_dir: Path, texts_dir: Path, json_out: Path | None, model: str | None
) -> None:
    """Score actor clustering and events against JSON annotations in GOLD_DIR.

    The format is described in docs/annotation-guidelines.md.
    """
    try:
        docs = load_gold_dir(gold_dir, texts_dir)
    except AnnotationError as exc:
        raise click.ClickException(str(exc)) from exc
    extractions, failed = extract_gold(docs, _make_pipeline(model))
    report = evaluate_events_actors(docs, extractions)
    click.echo(format_events_report(report, title=f"== newsextract pipeline vs {gold_dir}"))
    for doc_id, reason in sorted(failed.items()):
        click.echo(f"failed: {doc_id}: {reason}", err=True)
    if json_out is not None:
        out = report.to_dict()
        out["docs_failed"] = failed
        json_out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
