"""Bad input through the CLI: one extraction or one clear message each, never a traceback.

The same inputs are run as single files and together in one JSONL batch, where
the good documents must all come out and the bad ones be listed with a reason.
Sizes are kept moderate for CI; ``docs/robustness.md`` lists the full-size runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsextract
from newsextract.cli import main

LONG_SENTENCE = " ".join(
    ["Officials said that the talks", *(["and the ministers met again"] * 1700), "."]
)  # about 10,000 words in one sentence

GOOD_INPUTS: dict[str, str] = {
    "whitespace": " \n\t  \n",
    "nul-and-control": "Obama\x00 said\x07 he was \x1b surprised.",
    "rtl-and-emoji": "الرئيس قال 🙂 Obama said \u202ehello\u202c he was surprised 🇺🇸.",
    "non-english": "El presidente dijo que el gobierno no aceptará las presiones de Washington y "
    "que las conversaciones con Moscú continuarán durante la próxima semana en la capital.",
    "html-as-text": "<html><body><p>Mao Ning said “the US has no right.”</p><div>x</div></body></html>",
    "unbalanced-quotes": "“The US has no right,\" Mao said. \u201cWe will not accept ' it, she added.\n\n"
    "\u201cAnother one that never closes. Putin said \u201e",
    "nested-quotes": 'He said: “She told me ‘they said "no" to “us”’ again.”',
    "crlf": "date 2023-02-28 Mao Ning said Monday:\r\n\r\n“We reject it,” she said.\r\n",
    "long-sentence": LONG_SENTENCE,
    "apostrophes-only": "Russia's army and Ukraine's 'only' hope: the Kremlin's 'special' plan, Putin's.",
}


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("name", sorted(GOOD_INPUTS))
def test_single_file_gives_a_valid_extraction(tmp_path: Path, name: str) -> None:
    text = GOOD_INPUTS[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode("utf-8"))
    result = run("extract", str(path))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data = json.loads(result.stdout)
    assert data["text"] == text, "offsets refer to the text exactly as given (CRLF kept)"
    for key in ("actors", "quotes", "allegations", "events"):
        for record in data[key]:
            for span in _spans(record):
                assert text[span["start"] : span["end"]] == span["text"]


def _spans(value: object) -> list[dict[str, object]]:
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            return [value]
        return [s for v in value.values() for s in _spans(v)]
    if isinstance(value, list):
        return [s for v in value for s in _spans(v)]
    return []


def test_empty_file_gives_an_empty_extraction(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run("extract", str(path))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["text"] == "" and data["actors"] == [] and data["quotes"] == []


def test_warnings_are_shown_for_suspicious_files(tmp_path: Path) -> None:
    for name, fragment in (
        ("html-as-text", "newsextract extract --html"),
        ("non-english", "English"),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_text(GOOD_INPUTS[name], encoding="utf-8")
        result = run("extract", str(path))
        assert result.exit_code == 0
        assert f"warning: {name}:" in result.stderr and fragment in result.stderr


def test_binary_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 4)
    result = run("extract", str(path))
    assert result.exit_code == 2
    assert "not valid UTF-8 (byte 128" in result.stderr
    assert "Traceback" not in result.output


def test_over_the_limit_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Obama said it. " * 1000, encoding="utf-8")
    result = run("extract", str(path), "--max-chars", "5000")
    assert result.exit_code == 2
    assert "limit of 5,000" in result.stderr and "--max-chars" in result.stderr


def test_one_batch_with_every_bad_input(tmp_path: Path) -> None:
    lines = [json.dumps({"id": name, "text": text}) for name, text in sorted(GOOD_INPUTS.items())]
    lines += [
        '{"id": "no-text"}',
        "not json at all",
        json.dumps({"id": "too-long", "text": "x" * 100_001}),
        json.dumps({"id": "number-text", "text": 42}),
        json.dumps({"id": "bad-date", "text": "Hi.", "published": "someday"}),
        '{"id": "truncated", "text": "Obama sa',
    ]
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run(
        "extract", str(source), "-o", str(out), "--errors", str(errors), "--max-chars", "100000"
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    done = [json.loads(line)["doc_id"] for line in out.read_text().splitlines()]
    assert done == sorted(GOOD_INPUTS), "every good document of the batch is in the output"
    failed = {
        json.loads(line)["id"]: json.loads(line)["error"]
        for line in errors.read_text().splitlines()
    }
    not_json, truncated = f"line {len(GOOD_INPUTS) + 2}", f"line {len(lines)}"
    assert set(failed) == {"no-text", not_json, "too-long", "number-text", "bad-date", truncated}
    assert "no 'text'" in failed["no-text"]
    assert "not JSON" in failed[not_json] and "not JSON" in failed[truncated]
    assert "limit of 100,000" in failed["too-long"]
    assert "must be a str" in failed["number-text"]
    assert "ISO date" in failed["bad-date"]


def test_bytes_given_to_python_name_the_document_and_the_remedy(
    pipeline: newsextract.Pipeline,
) -> None:
    with pytest.raises(newsextract.InputError) as info:
        pipeline.extract(b"Putin spoke.", doc_id="raw-7")  # type: ignore[arg-type]
    assert info.value.doc_id == "raw-7"
    assert "document 'raw-7'" in str(info.value)
    assert "got bytes; decode it first" in str(info.value)


def test_the_robustness_table_quotes_the_warnings_as_they_are() -> None:
    """docs/robustness.md's table kept the HTML warning's old wording after it changed:
    every warning the table's inputs give today must appear there (re-run the script)."""
    import importlib.util

    from newsextract.inspection import inspect_text

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("robustness", ROOT / "scripts" / "robustness.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    table = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    warnings = {
        warning
        for data in script.inputs().values()
        if len(data) < 100_000
        for warning in inspect_text(data.decode("utf-8", errors="replace"))
    }
    assert len(warnings) == 3  # HTML, control characters, not English
    assert all(f"warning: {w}" in table for w in warnings), warnings
