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

from ..records import Extraction
from .agreement import as_extraction
from .annotations import AnnotationError, GoldDoc, load_gold_dir
from .events_actors import evaluate_events_actors, event_errors, format_events_report
from .notes import ArticleWords, iter_notes, quoted_runs, reference

if TYPE_CHECKING:
    from ..pipeline import Pipeline

__all__ = ["evaluate_events", "extract_gold", "load_gold_dirs"]


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


def _read_predictions(path: Path) -> list[Extraction]:
    """Extractions from JSONL; a bad line is an error, as scoring without it would mislead."""
    extractions: list[Extraction] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                # plugin record kinds are not needed here, and their classes may not be loaded
                known = {k: v for k, v in data.items() if k in Extraction.model_fields}
                extractions.append(Extraction.model_validate(known))
            except (ValueError, AttributeError) as exc:
                raise click.ClickException(f"{path}:{number}: not an extraction: {exc}") from exc
    return extractions


def load_gold_dirs(gold_dirs: tuple[Path, ...], texts_dir: Path) -> list[GoldDoc]:
    """The annotations of several folders scored as one set (rounds are kept in separate folders).

    A document annotated in two of them is an error: counting it twice would
    weigh one annotator's calls double, and which file is gold would be arbitrary.
    """
    docs: list[GoldDoc] = []
    seen: dict[str, Path] = {}
    for gold_dir in gold_dirs:
        for doc in load_gold_dir(gold_dir, texts_dir):
            if doc.doc_id in seen:
                raise AnnotationError(
                    f"{doc.doc_id} is annotated in both {seen[doc.doc_id]} and {gold_dir}; "
                    "score such folders separately (--second compares two annotators)"
                )
            seen[doc.doc_id] = gold_dir
            docs.append(doc)
    return docs


#: A note quoting this many words of its article in a row copies the article (see --check).
NOTE_QUOTE_WORDS = 6


def quoting_notes(gold_dirs: tuple[Path, ...], docs: list[GoldDoc]) -> list[str]:
    """One problem per run of ``NOTE_QUOTE_WORDS``+ article words quoted in a note.

    Notes must refer to the article by offsets (``[start-end]``), never quote
    it: the annotation files are in the repository, the articles may not be.
    A message names the file, the item and the offsets, never the words.
    """
    texts = {doc.doc_id: doc.text for doc in docs}
    problems: list[str] = []
    for gold_dir in gold_dirs:
        for path in sorted(gold_dir.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            text = texts.get(str(data.get("doc_id"))) if isinstance(data, dict) else None
            if text is None:
                continue
            article = ArticleWords(text)
            for where, owner, key in iter_notes(data):
                for start, end in quoted_runs(owner[key], article, NOTE_QUOTE_WORDS):
                    problems.append(
                        f"{path}: {where}: the {key} quotes {NOTE_QUOTE_WORDS}+ words of the "
                        f"article in a row (text[{start}:{end}]); refer to them as "
                        f"{reference(start, end)} (scripts/scrub_annotation_notes.py)"
                    )
    return problems


@click.command("evaluate-events")
@click.argument(
    "gold_dirs",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
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
@click.option(
    "--pred",
    "pred_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score these JSONL extractions (as written by `newsextract extract`, doc_id = "
    "annotation doc_id) instead of running the pipeline.",
)
@click.option(
    "--second",
    "second_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Score a second annotator's files in this folder against GOLD_DIRS instead of "
    "running the pipeline: inter-annotator agreement, on the documents both annotated.",
)
@click.option(
    "--errors",
    "errors_out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write JSONL listing, per document, missed and spurious events (type + agent + "
    "target) with their trigger-overlap partner, and wrong dates and modalities.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Only validate the annotations against their texts (for annotators); no scoring.",
)
@click.option("--model", help="spaCy pipeline to extract with (default: the pinned English one).")
def evaluate_events(
    gold_dirs: tuple[Path, ...],
    texts_dir: Path,
    json_out: Path | None,
    pred_path: Path | None,
    second_dir: Path | None,
    errors_out: Path | None,
    check: bool,
    model: str | None,
) -> None:
    """Score actor clustering and events against JSON annotations in GOLD_DIRS.

    Several folders (annotation rounds) are scored as one set. The format is
    described in docs/annotation-guidelines.md.
    """
    try:
        docs = load_gold_dirs(gold_dirs, texts_dir)
    except AnnotationError as exc:
        raise click.ClickException(str(exc)) from exc
    if check:
        problems = quoting_notes(gold_dirs, docs)
        for problem in problems:
            click.echo(problem, err=True)
        if problems:
            raise click.ClickException(
                f"{len(problems)} note(s) quote the article; notes refer to it by offsets"
            )
        actors = sum(len(d.actors) for d in docs)
        events = sum(len(d.events) for d in docs)
        click.echo(f"{len(docs)} annotation files valid: {actors} actors, {events} events")
        return
    failed: dict[str, str] = {}
    if pred_path is not None and second_dir is not None:
        raise click.UsageError("--pred and --second are two different things to score; pick one")
    if second_dir is not None:
        try:
            second = load_gold_dir(second_dir, texts_dir)
        except AnnotationError as exc:
            raise click.ClickException(str(exc)) from exc
        both = {d.doc_id for d in second}
        docs = [d for d in docs if d.doc_id in both]
        if not docs:
            raise click.ClickException(f"{second_dir}: no document annotated in both folders")
        extractions = [as_extraction(d) for d in second]
        source = f"second annotator ({second_dir})"
    elif pred_path is not None:
        extractions = _read_predictions(pred_path)
        source = pred_path.name
    else:
        extractions, failed = extract_gold(docs, _make_pipeline(model))
        source = "newsextract pipeline"
    report = evaluate_events_actors(docs, extractions)
    gold_names = " + ".join(str(gold_dir) for gold_dir in gold_dirs)
    click.echo(format_events_report(report, title=f"== {source} vs {gold_names}"))
    for doc_id, reason in sorted(failed.items()):
        click.echo(f"failed: {doc_id}: {reason}", err=True)
    if errors_out is not None:
        by_id = {e.doc_id: e for e in extractions}
        with errors_out.open("w", encoding="utf-8") as handle:
            for doc in docs:
                extraction = by_id.get(doc.doc_id) or Extraction(
                    doc_id=doc.doc_id, text=doc.text or ""
                )
                listing = event_errors(doc, extraction)
                handle.write(json.dumps(listing, ensure_ascii=False) + "\n")
    if json_out is not None:
        out = report.to_dict()
        out["docs_failed"] = failed
        json_out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
