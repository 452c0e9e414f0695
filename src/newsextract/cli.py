"""The ``newsextract`` command line.

Designed for batch use over thousands of articles: output is streamed one JSON
line per document as soon as it is ready, each line written whole; progress
goes to stderr (only on a terminal); a bad document is reported and skipped
while the rest go on, unless ``--strict``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from .errors import InputError, NewsExtractError

if TYPE_CHECKING:
    from .pipeline import Pipeline  # imported lazily at run time: `--help` stays fast

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="newsextract")
def main() -> None:
    """Extract actors, quotes, allegations and events from English news articles."""


def _pipeline(
    model: str | None,
    plugins: str | None,
    disable: str | None,
    max_chars: int | None,
    truecase_headlines: bool = True,
    assignments: Sequence[str] = (),
) -> Pipeline:
    from .documents import DEFAULT_MAX_CHARS
    from .pipeline import Pipeline

    return Pipeline(
        model,
        enable=plugins,
        disable=disable,
        max_chars=max_chars or DEFAULT_MAX_CHARS,
        truecase_headlines=truecase_headlines,
        settings=_settings(assignments),
    )


def _settings(assignments: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``--set`` options as per-plugin settings (a later one wins for the same key)."""
    from .settings import parse_assignment

    settings: dict[str, dict[str, Any]] = {}
    for text in assignments:
        plugin, key, value = parse_assignment(text)
        settings.setdefault(plugin, {})[key] = value
    return settings


_SET_OPTION = click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="PLUGIN.KEY=VALUE",
    help="A plugin setting (repeatable); VALUE is read as JSON if it parses, else as text.",
)
#: ``extract`` and ``render`` read text the same way, so they take the same choice.
_ENCODING_ERRORS_OPTION = click.option(
    "--encoding-errors",
    type=click.Choice(["strict", "replace"]),
    default="strict",
    show_default=True,
    help="What to do with invalid UTF-8 (the error message for it suggests replace).",
)


def _fail(message: str) -> NoReturn:
    click.echo(f"newsextract: error: {message}", err=True)
    sys.exit(2)


def _check_writable(*paths: Path | None) -> None:
    """Fail before the model loads, not with a traceback after it, if an output cannot be made."""
    for path in paths:
        if path is None or str(path) == "-":
            continue
        if not path.parent.is_dir():
            _fail(f"cannot write {path}: the folder {path.parent} does not exist")
        if not os.access(path if path.exists() else path.parent, os.W_OK):
            _fail(f"cannot write {path}: permission denied")


def _decode(data: bytes, name: str, errors: str) -> str:
    try:
        return data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 4]!r}); "
            "fix the encoding or pass --encoding-errors replace",
            doc_id=name,
        ) from None


def _read_jsonl(stream: IO[bytes], errors: str) -> Iterator[dict[str, Any] | InputError]:
    """Documents from a JSONL stream; an unreadable line becomes an InputError in its place."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"line {number}"
        try:
            item = json.loads(_decode(raw, where, errors))
        except InputError as exc:
            yield exc
            continue
        except json.JSONDecodeError as exc:
            # some messages end in " at" already ("Invalid control character at")
            reason = exc.msg.removesuffix(" at")
            yield InputError(f"is not JSON ({reason} at column {exc.colno})", doc_id=where)
            continue
        if not isinstance(item, dict):
            yield InputError(f"is a JSON {type(item).__name__}, not an object", doc_id=where)
            continue
        if "id" not in item and "doc_id" not in item:
            item["id"] = where
        yield item


_HTML_SUFFIXES = {".html", ".htm"}


def _article_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() in {".txt", *_HTML_SUFFIXES} and p.is_file()
    )


def _read_dir(folder: Path, errors: str, html: bool) -> Iterator[dict[str, Any] | InputError]:
    from .htmltext import html_to_text

    for path in _article_files(folder):
        try:
            text = _decode(path.read_bytes(), path.name, errors)
            if html or path.suffix.lower() in _HTML_SUFFIXES:
                text = html_to_text(text, doc_id=path.stem)
            yield {"id": path.stem, "text": text}
        except InputError as exc:
            exc.doc_id = path.stem
            yield exc


def _html_items(
    items: Iterator[dict[str, Any] | InputError],
) -> Iterator[dict[str, Any] | InputError]:
    """Replace each record's HTML ``text`` by the article text trafilatura finds in it."""
    from .htmltext import html_to_text

    for item in items:
        if isinstance(item, InputError) or not isinstance(item.get("text"), str):
            yield item
            continue
        try:
            yield {**item, "text": html_to_text(item["text"], doc_id=_item_id(item))}
        except InputError as exc:
            yield exc


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default="-",
    show_default=True,
    help="Where to write the JSON/JSONL.",
)
@click.option("--published", help="Publication date (YYYY-MM-DD) for a single article.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    help="json: one indented object (default for one article); jsonl: one line per document.",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "jsonl"]),
    default="auto",
    show_default=True,
    help="auto: by extension (.jsonl, a folder of .txt, else one article).",
)
@click.option("--plugins", help="Comma-separated plugin names to use (default: all installed).")
@click.option("--disable", help="Comma-separated plugin names not to use.")
@click.option("--model", help="spaCy pipeline to use (default: the pinned English one).")
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    help="Longest text accepted (default 1,000,000).",
)
@click.option(
    "--truecase-headlines/--no-truecase-headlines",
    default=True,
    show_default=True,
    help="Parse a title-case headline as if in sentence case (docs/guide.md).",
)
@_SET_OPTION
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes, each with its own pipeline (batch inputs).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Append to OUTPUT, skipping documents whose id it already holds.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write failed documents (id, error, plugin) to this JSONL file.",
)
@click.option("--strict", is_flag=True, help="Stop at the first failed document.")
@click.option(
    "--html",
    "html",
    is_flag=True,
    help="Input is HTML: extract the article text with trafilatura (.html files always are).",
)
@_ENCODING_ERRORS_OPTION
def extract(
    source: Path,
    output: Path,
    published: str | None,
    fmt: str | None,
    input_format: str,
    plugins: str | None,
    disable: str | None,
    model: str | None,
    max_chars: int | None,
    truecase_headlines: bool,
    assignments: tuple[str, ...],
    batch_size: int,
    workers: int,
    resume: bool,
    errors_path: Path | None,
    strict: bool,
    html: bool,
    encoding_errors: str,
) -> None:
    """Extract records from SOURCE: an article (.txt), a JSONL file, a folder of .txt, or - for stdin.

    A JSONL file holds {"id", "text", "published"?} per line; the output then has one
    extraction per line, doc_id taken from id. A folder's articles get their file
    name (without .txt) as doc_id.
    """
    is_stdin = str(source) == "-"
    if not is_stdin and not source.exists():
        _fail(f"{source} does not exist")
    _check_writable(output, errors_path)
    kind = input_format
    if kind == "auto":
        if is_stdin:
            kind = "text"
        elif source.is_dir():
            kind = "dir"
        else:
            kind = "jsonl" if source.suffix.lower() in {".jsonl", ".ndjson"} else "text"
    if published is not None and kind != "text":
        # a batch used to ignore it silently, leaving every date to the datelines
        _fail(
            "--published is for a single article; in a JSONL batch give each line a "
            '"published" field (a folder\'s articles take theirs from their datelines)'
        )
    try:
        pipeline = _pipeline(model, plugins, disable, max_chars, truecase_headlines, assignments)
    except NewsExtractError as exc:
        _fail(str(exc))
    done_ids: set[str] = set()
    if resume:
        if kind == "text" or str(output) == "-":
            _fail("--resume needs a batch input (JSONL or folder) and an -o file")
        done_ids = _completed_ids(output)
    out = click.open_file(str(output), "a" if resume else "w", encoding="utf-8", atomic=False)
    with out:
        if kind == "text":
            data = sys.stdin.buffer.read() if is_stdin else source.read_bytes()
            name = "stdin" if is_stdin else source.stem
            try:
                text = _decode(data, name, encoding_errors)
                if html or source.suffix.lower() in _HTML_SUFFIXES:
                    from .htmltext import html_to_text

                    text = html_to_text(text, doc_id=name)
                result = pipeline.extract(text, published=published, doc_id=name)
            except NewsExtractError as exc:
                _fail(str(exc))
            if fmt == "jsonl":
                out.write(result.to_json() + "\n")
            else:
                out.write(result.to_json(indent=2) + "\n")
            for warning in result.meta.warnings if result.meta else []:
                click.echo(f"newsextract: warning: {name}: {warning}", err=True)
            return
        if kind == "dir":
            items = _read_dir(source, encoding_errors, html)
            total: int | None = len(_article_files(source))
        else:
            stream: IO[bytes] = sys.stdin.buffer if is_stdin else source.open("rb")
            items = _read_jsonl(stream, encoding_errors)
            if html:
                items = _html_items(items)
            total = None
        if done_ids:
            items = (item for item in items if _item_id(item) not in done_ids)
            total = None if total is None else max(0, total - len(done_ids))
            click.echo(f"newsextract: resuming, {len(done_ids)} documents already done", err=True)
        failed = _run_batch(
            pipeline,
            items,
            out,
            errors_path,
            strict,
            batch_size,
            total,
            workers,
            append_errors=resume,
            resumable=str(output) != "-",
        )
    if failed:
        sys.exit(1)


def _item_id(item: dict[str, Any] | InputError) -> str | None:
    if isinstance(item, InputError):
        return item.doc_id
    raw = item.get("id", item.get("doc_id"))
    return None if raw is None else str(raw)


def _completed_ids(output: Path) -> set[str]:
    """Ids of the documents already written whole to ``output``; drops a torn last line."""
    if not output.exists():
        return set()
    ids: set[str] = set()
    good_end = 0
    with output.open("rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                ids.add(str(json.loads(line)["doc_id"]))
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(line)
    if good_end < output.stat().st_size:
        with output.open("r+b") as stream:
            stream.truncate(good_end)
    return ids


#: The built-in record kinds, JSON key -> singular, in the order the summary lists them.
_BUILTIN_COUNTS = {
    "actors": "actor",
    "quotes": "quote",
    "allegations": "allegation",
    "events": "event",
}


def _count(n: int, one: str, many: str) -> str:
    """``"1 document"``, ``"2 documents"``: the batch summary is read by people, not parsed."""
    return f"{n} {one if n == 1 else many}"


def _run_batch(
    pipeline: Pipeline,
    items: Iterator[dict[str, Any] | InputError],
    out: IO[str],
    errors_path: Path | None,
    strict: bool,
    batch_size: int,
    total: int | None,
    workers: int = 1,
    append_errors: bool = False,
    resumable: bool = False,
) -> int:
    from tqdm import tqdm

    errors_file = (
        errors_path.open("a" if append_errors else "w", encoding="utf-8") if errors_path else None
    )
    done = failed = 0
    # built-in kinds first, in their usual order, then every plugin kind the pipeline registered
    counts = dict.fromkeys(_BUILTIN_COUNTS, 0)
    singular = dict(_BUILTIN_COUNTS)
    for key, kind in sorted(getattr(pipeline, "record_kinds", {}).items()):
        counts[key], singular[key] = 0, kind.kind
    start = time.perf_counter()
    progress = tqdm(total=total, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())
    outcomes = pipeline.process_many(items, batch_size=batch_size, n_process=workers)
    interrupted = False
    try:
        for outcome in outcomes:
            progress.update(1)
            if outcome.error is not None:
                failed += 1
                plugin = getattr(outcome.error, "plugin", None)
                click.echo(f"newsextract: error: {outcome.error}", err=True)
                if errors_file:
                    errors_file.write(
                        json.dumps(
                            {
                                "id": outcome.doc_id,
                                "error": str(outcome.error),
                                "type": type(outcome.error).__name__,
                                "plugin": plugin,
                            }
                        )
                        + "\n"
                    )
                    errors_file.flush()
                if strict:
                    break
                continue
            extraction = outcome.extraction
            assert extraction is not None
            out.write(extraction.to_json() + "\n")
            out.flush()
            done += 1
            for key in _BUILTIN_COUNTS:
                counts[key] += len(getattr(extraction, key))
            for key, records in extraction.extensions.items():
                counts[key] = counts.get(key, 0) + len(records)
                if records:
                    singular.setdefault(key, records[0].kind)
    except KeyboardInterrupt:
        # Ctrl-C on a long batch: every line written so far is whole, so say how far the
        # run got and how to go on, instead of click's bare "Aborted!".
        interrupted = True
    finally:
        if isinstance(outcomes, Generator):
            outcomes.close()  # stops the worker processes, if any
        progress.close()
        if errors_file:
            errors_file.close()
    seconds = time.perf_counter() - start
    rate = (done + failed) / seconds if seconds > 0 else 0.0
    builtin = [key for key in counts if key in _BUILTIN_COUNTS]
    order = builtin + sorted(key for key in counts if key not in _BUILTIN_COUNTS)
    summary = ", ".join(_count(counts[key], singular.get(key, key), key) for key in order)
    click.echo(
        f"newsextract: {_count(done, 'document', 'documents')} extracted, {failed} failed "
        f"({summary}) "
        f"in {seconds:.1f}s, {rate:.1f} docs/s",
        err=True,
    )
    if interrupted:
        message = "newsextract: interrupted; every line written so far is a whole extraction"
        if resumable:
            message += "; run the same command with --resume to go on"
        click.echo(message, err=True)
        sys.exit(130)
    return failed


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def plugins(as_json: bool) -> None:
    """List installed plugins with their versions and hooks."""
    from .registry import build_plugin_manager, describe_plugins

    try:
        infos = describe_plugins(build_plugin_manager())
    except NewsExtractError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps([info.__dict__ for info in infos], indent=2))
        return
    if not infos:
        click.echo("no plugins installed")
    for info in infos:
        origin = f"{info.distribution} {info.version}" if info.distribution else info.source
        click.echo(f"{info.name:<14} {origin}")
        click.echo(f"{'':<14} hooks: {', '.join(info.hooks)}")
        for setting, description in sorted(info.settings.items()):
            click.echo(f"{'':<14} --set {info.name}.{setting}=...  {description}")


@main.command()
@click.option("--model", help="spaCy pipeline to load (default: the pinned English one).")
def info(model: str | None) -> None:
    """Show versions, the spaCy pipeline in use and the plugins."""
    import platform
    from importlib.metadata import version

    from .model import MODEL_ENV
    from .pipeline import Pipeline

    click.echo(f"newsextract  {version('newsextract')}")
    click.echo(f"python       {platform.python_version()}")
    click.echo(f"spacy        {version('spacy')}")
    try:
        pipeline = Pipeline(model)
    except NewsExtractError as exc:
        click.echo(f"model        none ({exc})")
        sys.exit(1)
    click.echo(f"model        {pipeline.model}  (choose with --model or ${MODEL_ENV})")
    click.echo(f"components   {', '.join(pipeline.nlp.pipe_names)}")
    click.echo("plugins      " + ", ".join(pipeline.plugin_names))


@main.command()
@click.option("--markdown", is_flag=True, help="The record reference in Markdown instead.")
def schema(markdown: bool) -> None:
    """Print the JSON Schema of one document's extraction."""
    if markdown:
        from .reference import records_markdown

        click.echo(records_markdown(), nl=False)
        return
    from .records import extraction_schema

    click.echo(json.dumps(extraction_schema(), indent=2))


@main.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--limit", type=int, help="Use only the first N texts.")
@click.option(
    "--workers", default="", help="Also time process_many with these worker counts, e.g. 1,2."
)
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def bench(
    source: Path,
    rounds: int,
    batch_size: int,
    limit: int | None,
    workers: str,
    model: str | None,
    as_json: bool,
) -> None:
    """Time extraction against spaCy's bare nlp.pipe on the texts in SOURCE (folder of .txt or JSONL)."""
    from .bench import load_texts, run_bench
    from .pipeline import Pipeline

    try:
        counts = [int(n) for n in workers.split(",") if n.strip()]
        texts = load_texts(source, limit)
        result = run_bench(
            Pipeline(model), texts, rounds=rounds, batch_size=batch_size, workers=counts
        )
    except (ValueError, OSError, NewsExtractError) as exc:
        _fail(str(exc))
    click.echo(result.to_json() if as_json else result.table())


@main.command()
@click.argument(
    "source", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path)
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD).")
@click.option("--html", "html", is_flag=True, help="SOURCE is an HTML page.")
@click.option("--model", help="spaCy pipeline to use.")
@_SET_OPTION
@_ENCODING_ERRORS_OPTION
def render(
    source: Path,
    output: Path,
    published: str | None,
    html: bool,
    model: str | None,
    assignments: tuple[str, ...],
    encoding_errors: str,
) -> None:
    """Write an HTML view of SOURCE: an article (.txt/.html) or an extraction (.json)."""
    from .records import Extraction
    from .render import render_html

    _check_writable(output)
    data = sys.stdin.buffer.read() if str(source) == "-" else source.read_bytes()
    try:
        text = _decode(data, source.name, encoding_errors)
        if source.suffix.lower() == ".json":
            extraction = Extraction.from_json(text)
        else:
            if html or source.suffix.lower() in _HTML_SUFFIXES:
                from .htmltext import html_to_text

                text = html_to_text(text, doc_id=source.stem)
            pipeline = _pipeline(model, None, None, None, assignments=assignments)
            extraction = pipeline.extract(text, published=published, doc_id=source.stem)
    except (NewsExtractError, ValueError) as exc:
        _fail(str(exc))
    output.write_text(render_html(extraction), encoding="utf-8")
    click.echo(f"newsextract: wrote {output}", err=True)


def _attach_optional_commands() -> None:
    try:
        from .evaluation.command import evaluate
        from .evaluation.events_command import evaluate_events
    except ImportError:  # the evaluation subpackage is optional while it is built
        return
    main.add_command(evaluate)
    main.add_command(evaluate_events)


_attach_optional_commands()
