"""The command line, run in-process with click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsextract import Extraction, Outcome, cli
from newsextract.cli import main

from .conftest import SEED


def run(*args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_extract_one_article_gives_json(tmp_path: Path) -> None:
    result = run("extract", str(SEED))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["doc_id"] == SEED.stem
    assert data["published"] == "2023-02-28"
    assert data["text"] == SEED.read_text(encoding="utf-8")


def test_stdin_with_published(tmp_path: Path) -> None:
    result = run(
        "extract",
        "-",
        "--published",
        "2020-05-01",
        "--format",
        "jsonl",
        input="Obama said he was surprised.",
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["published"] == "2020-05-01"


def test_jsonl_batch_reports_bad_lines_and_keeps_good_ones(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "a", "text": "China rejected the claims.", "published": "2023-02-28"}\n'
        b"this is not json\n"
        b'{"id": "b"}\n'
        b'["a list"]\n'
        b'{"id": "c", "text": "Russia denied it."}\n'
        b'{"id": "d", "text": "bad \xff byte"}\n'
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run("extract", str(source), "-o", str(out), "--errors", str(errors))
    assert result.exit_code == 1, "a failed document makes the exit code non-zero"
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["doc_id"] for d in written] == ["a", "c"]
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [f["id"] for f in failures] == ["line 2", "b", "line 4", "line 6"]
    assert "not JSON" in failures[0]["error"]
    assert "UTF-8" in failures[3]["error"] and "byte" in failures[3]["error"]
    assert "2 documents extracted, 4 failed" in result.stderr
    assert "Traceback" not in result.output


def test_encoding_errors_replace(tmp_path: Path) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(b"Obama said \xff it.")
    failed = run("extract", str(source))
    assert failed.exit_code == 2
    assert "not valid UTF-8" in failed.stderr and "--encoding-errors replace" in failed.stderr
    ok = run("extract", str(source), "--encoding-errors", "replace")
    assert ok.exit_code == 0
    assert "\ufffd" in json.loads(ok.stdout)["text"]


def test_strict_stops_at_first_failure(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "x"}\n{"id": "y", "text": "Fine."}\n')
    out = tmp_path / "out.jsonl"
    result = run("extract", str(source), "-o", str(out), "--strict")
    assert result.exit_code == 1
    assert out.read_text() == ""


def test_folder_of_articles(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Merkel met Macron.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2023-02-28 Putin spoke.", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["doc_id"] for d in docs] == ["a", "b"]
    assert docs[0]["published"] == "2023-02-28"


def test_missing_file_and_unknown_plugin_are_clear(tmp_path: Path) -> None:
    missing = run("extract", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    unknown = run("extract", str(SEED), "--plugins", "nope")
    assert unknown.exit_code == 2 and "unknown plugin" in unknown.stderr


def test_plugins_info_schema() -> None:
    listed = run("plugins", "--json")
    assert listed.exit_code == 0
    names = {p["name"] for p in json.loads(listed.stdout)}
    assert {"actors", "quotes", "allegations", "events"} <= names
    info = run("info")
    assert info.exit_code == 0 and "en_core_web_sm" in info.stdout
    schema = run("schema")
    assert json.loads(schema.stdout)["title"] == "Extraction"


def test_plugin_selection_changes_output() -> None:
    only_actors = json.loads(run("extract", str(SEED), "--plugins", "actors").stdout)
    assert only_actors["actors"] and not only_actors["quotes"]
    no_actors = json.loads(run("extract", str(SEED), "--disable", "actors").stdout)
    # only the events plugin's participant actors are left ("refine" hook), each marked so
    assert no_actors["events"]
    assert all(a["plugin"] == "events" for a in no_actors["actors"])
    assert len(no_actors["actors"]) < len(only_actors["actors"])


def test_resume_skips_done_ids_and_repairs_a_torn_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": f"Merkel spoke {i} times."}) + "\n" for i in range(4)
        )
    )
    out = tmp_path / "out.jsonl"
    first = run("extract", str(source), "-o", str(out))
    assert first.exit_code == 0
    lines = out.read_text().splitlines(keepends=True)
    # keep two whole lines and half of the third, as an interrupted run would
    out.write_text(lines[0] + lines[1] + lines[2][: len(lines[2]) // 2])
    resumed = run("extract", str(source), "-o", str(out), "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert "2 documents already done" in resumed.stderr
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["doc_id"] for d in docs] == ["d0", "d1", "d2", "d3"]


def test_workers_option_keeps_order(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": f"Putin said {i}."}) + "\n" for i in range(6))
    )
    result = run("extract", str(source), "--workers", "2", "--batch-size", "2")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == [
        f"d{i}" for i in range(6)
    ]


ARTICLE_HTML = """<html><head><title>China rejects claims</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>China rejects US claims</h1>
<p>Foreign Ministry spokesperson Mao Ning said on Monday that the US has no right to point
fingers at relations between China and Russia, and accused Washington of fuelling the conflict.</p>
<p>&ldquo;We will by no means accept the US pressure and coercion,&rdquo; she told reporters in Beijing.</p>
</article><footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>"""


def test_html_file_is_reduced_to_article_text(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    result = run("extract", str(page), "--published", "2023-02-28")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "Mao Ning said on Monday" in data["text"]
    assert "<p>" not in data["text"] and "Copyright" not in data["text"]
    for actor in data["actors"]:
        for mention in actor["mentions"]:
            assert data["text"][mention["start"] : mention["end"]] == mention["text"]


def test_html_option_for_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text(
        json.dumps({"id": "p1", "text": ARTICLE_HTML})
        + "\n"
        + json.dumps({"id": "p2", "text": "<html><body></body></html>"})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    result = run("extract", str(source), "--html", "-o", str(out))
    assert result.exit_code == 1
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["doc_id"] for d in docs] == ["p1"]
    assert "no article text" in result.stderr


def test_render_command_writes_escaped_page(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Mao Ning said <script>alert(1)</script> nothing.", encoding="utf-8")
    out = tmp_path / "view.html"
    result = run("render", str(article), "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "alert(1)&lt;/script&gt;" in page
    extraction_json = tmp_path / "a.json"
    extraction_json.write_text(run("extract", str(article)).stdout, encoding="utf-8")
    again = tmp_path / "again.html"
    assert run("render", str(extraction_json), "-o", str(again)).exit_code == 0
    assert again.read_text(encoding="utf-8") == page


def test_headline_truecasing_can_be_switched_off(tmp_path: Path) -> None:
    article = tmp_path / "okafor.txt"
    article.write_text(
        "Mayor Okafor Rejects Council Plan To Close Two Libraries\n\n"
        "Mayor Ruth Okafor rejected the plan of the city council on Monday. The council had "
        "voted to close two libraries, and Okafor said she would fight it.\n",
        encoding="utf-8",
    )

    def headline_mentions(*flags: str) -> list[str]:
        result = run("extract", str(article), *flags)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        headline_end = data["text"].index("\n")
        return [
            m["text"] for a in data["actors"] for m in a["mentions"] if m["end"] <= headline_end
        ]

    assert headline_mentions() == ["Okafor"]  # the headline parsed as a sentence
    assert headline_mentions("--no-truecase-headlines") == []


def test_batch_size_and_max_chars_below_one_are_usage_errors(tmp_path: Path) -> None:
    """``--batch-size 0`` used to end in a traceback (StopIteration inside the batch loop)."""
    for option in ("--batch-size", "--max-chars"):
        result = CliRunner().invoke(main, ["extract", str(SEED.parent), option, "0"])
        assert result.exit_code == 2, result.output
        assert "Invalid value" in result.output and option in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_not_json_message_names_the_column_once(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "broken\n')  # a raw newline inside the string
    errors = tmp_path / "errors.jsonl"
    result = run("extract", str(source), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors))
    assert result.exit_code == 1
    reason = json.loads(errors.read_text())["error"]
    assert "is not JSON (Invalid control character at column" in reason
    assert "at at" not in reason


def test_published_with_a_batch_is_refused_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2023-02-28 Putin spoke.", encoding="utf-8")
    result = run("extract", str(tmp_path), "--published", "2020-01-01")
    assert result.exit_code == 2
    assert "--published is for a single article" in result.stderr
    assert result.stdout == ""


def test_render_takes_the_encoding_errors_option_its_message_suggests(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(b"Obama said \xff it.")
    out = tmp_path / "view.html"
    failed = run("render", str(article), "-o", str(out))
    assert failed.exit_code == 2 and "--encoding-errors replace" in failed.stderr
    ok = run("render", str(article), "-o", str(out), "--encoding-errors", "replace")
    assert ok.exit_code == 0, ok.output
    assert "\ufffd" in out.read_text(encoding="utf-8")


class _InterruptedPipeline:
    """Stands in for a pipeline whose batch is stopped by Ctrl-C after one document."""

    def process_many(self, items, batch_size, n_process):  # type: ignore[no-untyped-def]
        yield Outcome(doc_id="d0", extraction=Extraction(doc_id="d0", text="Putin spoke."))
        raise KeyboardInterrupt


def test_interrupted_batch_keeps_whole_lines_and_says_how_to_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_pipeline", lambda *args, **kwargs: _InterruptedPipeline())
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": "Putin spoke."}) + "\n" for i in range(3))
    )
    out = tmp_path / "out.jsonl"
    result = run("extract", str(source), "-o", str(out))
    assert result.exit_code == 130
    assert "1 document extracted, 0 failed" in result.stderr
    assert "interrupted" in result.stderr and "--resume" in result.stderr
    assert [json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == ["d0"]


def test_output_in_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    """It used to load the model and then end in a FileNotFoundError traceback."""
    missing = tmp_path / "no-such-folder"
    for args in (
        ("extract", str(SEED), "-o", str(missing / "out.json")),
        ("extract", str(SEED.parent), "-o", str(tmp_path / "out.jsonl"), "--errors",
         str(missing / "failed.jsonl")),
        ("render", str(SEED), "-o", str(missing / "view.html")),
    ):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 2, args
        assert f"the folder {missing} does not exist" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_batch_summary_counts_plugin_kinds_and_says_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp
) -> None:  # type: ignore[no-untyped-def]
    """It counted only the four built-in kinds and said "1 documents"."""
    from newsextract import Pipeline

    from .helper_plugins import EntityActors
    from .test_plugin_api import sentiment_plugin

    pipeline = Pipeline(nlp=nlp, plugins=[EntityActors(), sentiment_plugin], entrypoints=False)
    monkeypatch.setattr(cli, "_pipeline", lambda *args, **kwargs: pipeline)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "d0", "text": "Angela Merkel met Emmanuel Macron."}) + "\n")
    result = run("extract", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    assert "newsextract: 1 document extracted, 0 failed (2 actors, 0 quotes, 0 allegations, " in (
        result.stderr
    )
    assert "0 events, 1 mood) in " in result.stderr
