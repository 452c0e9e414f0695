"""Notes in annotation files refer to the article by offsets and never quote it.

The texts here are made up; the rule exists because the real articles may not
be copied into the repository (docs/annotation-guidelines.md, "The file format").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsextract.cli import main
from newsextract.evaluation.annotations import sha256_text
from newsextract.evaluation.notes import ArticleWords, quoted_runs

from .conftest import load_script

scrub = load_script("scrub_annotation_notes")

TEXT = (
    "Mayor Tilda Brask met the harbour board on Monday. "
    "She said the new ferry line would open in the spring. "
    "The board said the new ferry line would cost too much, and Brask "
    "promised a second vote before the summer recess of the council."
)


def span(phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``phrase`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


def annotation(note: str) -> dict[str, Any]:
    board = span("harbour board")
    return {
        "doc_id": "d1",
        "text_sha256": sha256_text(TEXT),
        "published": "2031-04-07",
        "actors": [
            {"id": "brask", "name": "Tilda Brask", "type": "person",
             "mentions": [list(span("Tilda Brask")), list(span("Brask", 1))]},
            {"id": "board", "name": "harbour board", "type": "organization",
             "mentions": [list(board)]},
        ],
        "events": [
            {"type": "CONSULT", "trigger": list(span("met")), "agent": "brask",
             "target": "board", "note": note},
        ],
    }  # fmt: skip


def test_quoted_passages_become_offsets_nearest_the_item() -> None:
    article = ArticleWords(TEXT)
    # "new ferry line" occurs twice: the reference is to the one nearer the item's span
    anchors = [span("Brask", 1)]
    note, quotes, runs = scrub.scrub_note(
        "'new ferry line' retold; \u201csecond vote\u201d planned; 'not in the text' kept",
        article,
        anchors,
    )
    first, second = span("new ferry line", 0), span("new ferry line", 1)
    assert note == (
        f"[{second[0]}-{second[1]}] retold; [{span('second vote')[0]}-{span('second vote')[1]}]"
        " planned; 'not in the text' kept"
    )
    assert first != second and (quotes, runs) == (2, 0)


def test_unquoted_runs_of_five_words_become_offsets() -> None:
    article = ArticleWords(TEXT)
    start = span("before the summer recess of")[0]
    note, quotes, runs = scrub.scrub_note(
        "a ballot before the summer recess of the council; planned", article, []
    )
    assert note == f"a ballot [{start}-{span('the council')[1]}]; planned"
    assert (quotes, runs) == (0, 1)
    # four words in a row are left alone
    assert scrub.scrub_note("the summer recess of", article, [])[0] == "the summer recess of"


def test_scrub_file_keeps_the_json_style(tmp_path: Path) -> None:
    path = tmp_path / "d1.json"
    data = annotation("Brask: 'would open in the spring' \u2014 planned")
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    counts = scrub.Counts()
    assert scrub.scrub_file(path, TEXT, counts)
    start, end = span("would open in the spring")
    data["events"][0]["note"] = f"Brask: [{start}-{end}] \u2014 planned"
    assert path.read_text(encoding="utf-8") == json.dumps(data, indent=1, ensure_ascii=False)
    assert (counts.files, counts.notes, counts.quotes) == (1, 1, 1)


def _check(tmp_path: Path, note: str) -> Any:
    (tmp_path / "gold").mkdir(exist_ok=True)
    (tmp_path / "texts").mkdir(exist_ok=True)
    (tmp_path / "texts" / "d1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "d1.json").write_text(json.dumps(annotation(note)), encoding="utf-8")
    gold, texts = str(tmp_path / "gold"), str(tmp_path / "texts")
    return CliRunner().invoke(main, ["evaluate-events", gold, "--texts", texts, "--check"])


def test_check_reports_a_note_quoting_six_words_without_printing_them(tmp_path: Path) -> None:
    quoted = "the new ferry line would open"
    result = _check(tmp_path, f"the mayor: \u201c{quoted}\u201d soon")
    assert result.exit_code != 0
    start, end = span(quoted)
    assert "d1.json: events[0]: the note quotes 6+ words" in result.output
    assert f"text[{start}:{end}]" in result.output
    assert "ferry" not in result.output
    assert "1 note(s) quote the article" in result.output


def test_check_accepts_offsets_and_short_quotes(tmp_path: Path) -> None:
    start, end = span("the new ferry line would open")
    result = _check(tmp_path, f"the mayor: [{start}-{end}] soon; 'new ferry line' is fine")
    assert result.exit_code == 0, result.output
    assert "1 annotation files valid" in result.output


def test_quoted_runs_ignore_punctuation_and_quote_marks() -> None:
    article = ArticleWords(TEXT)
    assert quoted_runs('"The board said," the new ferry line', article, 6) == [
        (span("The board said")[0], span("new ferry line", 1)[1])
    ]
