"""The attribution evaluator: brat reading and metric values computed by hand.

No spaCy here: the evaluator must work on any predictions, so these tests run
in well under a second and need nothing outside ``tests/fixtures/brat``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract import Extraction, Quote, Span
from newsextract.evaluation import (
    GoldAttribution,
    GoldDocument,
    evaluate_attributions,
    format_report,
    is_accusation_cue,
    parse_ann,
    read_brat_dir,
)
from newsextract.evaluation.tokens import is_direct

FIXTURES = Path(__file__).parent / "fixtures" / "brat"
CORPUS = FIXTURES / "corpus"


def at(text: str, phrase: str, nth: int = 1) -> tuple[int, int]:
    """The offsets of the nth occurrence of a phrase (tests state spans by their words)."""
    index = -1
    for _ in range(nth):
        index = text.index(phrase, index + 1)
    return index, index + len(phrase)


def span(text: str, phrase: str, nth: int = 1) -> dict[str, Any]:
    start, end = at(text, phrase, nth)
    return {"start": start, "end": end, "text": text[start:end]}


# -- reading brat -------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    return read_brat_dir(CORPUS)


def test_documents_without_annotation_or_text_are_reported_not_read(corpus) -> None:  # type: ignore[no-untyped-def]
    assert sorted(corpus.documents) == ["harbour", "school"]
    assert any("lonely: text without annotation" in p for p in corpus.problems)
    assert any(p.startswith("orphan_ann1.ann: no matching text") for p in corpus.problems)


def test_gold_is_the_annotator_sorting_first(corpus) -> None:  # type: ignore[no-untyped-def]
    harbour = corpus.documents["harbour"]
    assert sorted(harbour.annotations) == ["ann1", "ann2"]
    assert harbour.annotator == "ann1"
    assert len(harbour.attributions) == 4
    assert len(harbour.annotations["ann2"]) == 1


def test_discontinuous_content_keeps_both_fragments(corpus) -> None:  # type: ignore[no-untyped-def]
    doc = corpus.documents["harbour"]
    e2 = next(a for a in doc.attributions if a.id == "E2")
    texts = [doc.text[s:e] for s, e in e2.content]
    assert texts == ['"We are on schedule,"', '"The budget is fine."']
    assert doc.text[slice(*e2.source[0])] == "Holt"


def test_suffixed_roles_merge_and_no_source_has_no_source(corpus) -> None:  # type: ignore[no-untyped-def]
    doc = corpus.documents["harbour"]
    e4 = next(a for a in doc.attributions if a.id == "E4")
    assert e4.label == "Attribution-no-source"
    assert e4.source == ()
    assert [doc.text[s:e] for s, e in e4.content] == ["The project", "will cost 40 million dollars"]


def test_span_text_with_newline_is_read_whole(corpus) -> None:  # type: ignore[no-untyped-def]
    doc = corpus.documents["school"]
    e1 = next(a for a in doc.attributions if a.id == "E1")
    assert doc.text[slice(*e1.content[0])] == "that classes\nwill resume next week"
    assert not any("school_x.ann: T3" in p for p in corpus.problems)


def test_bad_spans_and_events_are_problems_not_crashes(corpus) -> None:  # type: ignore[no-untyped-def]
    problems = "\n".join(corpus.problems)
    assert "school_x.ann: T9 text mismatch" in problems
    assert "school_x.ann: E4 refers to missing span T99" in problems
    assert "school_x.ann: E4 has no Content" in problems
    # the mismatching span is still used: its offsets are what the text says
    doc = corpus.documents["school"]
    e3 = next(a for a in doc.attributions if a.id == "E3")
    assert doc.text[slice(*e3.source[0])] == "Teachers"


def test_publication_dates_come_from_metadata_one_level_up(corpus) -> None:  # type: ignore[no-untyped-def]
    assert corpus.documents["harbour"].published == dt.date(2024, 5, 6)
    assert corpus.documents["school"].published is None
    assert any("bad publication_date" in p for p in corpus.problems)


@pytest.mark.parametrize(
    "data",
    [
        "",
        "garbage without tabs\n",
        "T1\tContent 5 2\tbackwards\nE1\tAttribution:T1 Content:T1\n",
        "T1\tContent 0 999\ttoo long\nE1\tAttribution:T1 Content:T1\n",
        "T1\tContent x y\tnot numbers\nE1\n",
        "E1\tAttribution:T1 Weird:T1\n",
    ],
)
def test_malformed_ann_never_raises(data: str) -> None:
    problems: list[str] = []
    attributions = parse_ann(data, "A short text.", "bad.ann", problems)
    assert all(a.content for a in attributions)
    if data.strip():
        assert problems


# -- metrics on a tiny case computed by hand ----------------------------------------
TEXT = 'Lee said the bridge will reopen in May. "We are ready," Kim said. Ng accused Roe of lying about costs.'


def tiny_gold() -> dict[str, GoldDocument]:
    def gold(id: str, content: str, cue: str, source: str, nth: int = 1) -> GoldAttribution:
        return GoldAttribution(
            id=id,
            content=(at(TEXT, content),),
            cue=(at(TEXT, cue, nth),),
            source=(at(TEXT, source),),
        )

    attributions = (
        gold("E1", "the bridge will reopen in May", "said", "Lee"),  # 6 tokens, indirect
        gold("E2", "We are ready,", "said", "Kim", nth=2),  # 3 tokens, direct by its marks
        gold("E3", "Roe of lying about costs", "accused", "Ng"),  # 5 tokens, allegation
    )
    return {"tiny": GoldDocument("tiny", TEXT, {"a": attributions})}


def tiny_prediction() -> dict[str, Any]:
    return {
        "doc_id": "tiny",
        "quotes": [
            # P1: right speaker and cue, content cut short (4 of 6 tokens)
            {"speaker_mention": span(TEXT, "Lee"), "cue": span(TEXT, "said"),
             "content": [span(TEXT, "the bridge will reopen")]},
            # P2: exact content (marks included), wrong speaker
            {"speaker_mention": span(TEXT, "Lee"), "cue": span(TEXT, "said", 2),
             "content": [span(TEXT, '"We are ready,"')]},
            # P4: matches nothing (2 tokens)
            {"speaker_mention": None, "cue": None, "content": [span(TEXT, "Kim said")]},
        ],
        "allegations": [
            # P3: right accuser and cue, 3 of 5 tokens
            {"accuser_mention": span(TEXT, "Ng"), "cue": span(TEXT, "accused"),
             "claim": span(TEXT, "lying about costs")},
            # restates P2 (all its tokens): counted once, as P2
            {"accuser_mention": None, "cue": None, "claim": span(TEXT, "We are ready")},
        ],
    }  # fmt: skip


@pytest.fixture(scope="module")
def tiny():  # type: ignore[no-untyped-def]
    return evaluate_attributions(tiny_gold(), [tiny_prediction()])


def test_all_subset_by_hand(tiny) -> None:  # type: ignore[no-untyped-def]
    c = tiny.all.counts
    assert (c.gold, c.pred) == (3, 4)  # the restating allegation is merged
    assert tiny.all.exact == pytest.approx({"p": 1 / 4, "r": 1 / 3, "f1": 2 / 7})
    assert tiny.all.overlap == pytest.approx({"p": 3 / 4, "r": 1.0, "f1": 6 / 7})
    # soft: shared tokens 4 + 3 + 3 = 10; predicted 4 + 3 + 2 + 3 = 12; gold 6 + 3 + 5 = 14
    p, r = 10 / 12, 10 / 14
    assert tiny.all.soft == pytest.approx({"p": p, "r": r, "f1": 2 * p * r / (p + r)})
    assert tiny.all.source_acc == pytest.approx(2 / 3)
    assert tiny.all.cue_acc == pytest.approx(1.0)
    assert tiny.all.end_to_end == pytest.approx({"p": 2 / 4, "r": 2 / 3, "f1": 4 / 7})


def test_direct_subset_by_hand(tiny) -> None:  # type: ignore[no-untyped-def]
    c = tiny.direct.counts
    assert (c.gold, c.pred, c.exact_tp, c.overlap_tp, c.e2e_tp) == (1, 1, 1, 1, 0)
    assert tiny.direct.source_acc == 0.0


def test_allegation_subset_by_hand(tiny) -> None:  # type: ignore[no-untyped-def]
    c = tiny.allegations.counts
    # gold: E3 (cue "accused"); predicted: P3 and P2, which absorbed the restating allegation
    assert (c.gold, c.pred, c.exact_tp, c.overlap_tp) == (1, 2, 0, 1)
    assert tiny.allegations.overlap == pytest.approx({"p": 0.5, "r": 1.0, "f1": 2 / 3})
    assert tiny.accuser_acc == 1.0


def test_ties_in_overlap_go_to_the_pair_with_the_right_source() -> None:
    text = "Ann said taxes rise. Bob said so too."
    gold = {"d": GoldDocument("d", text, {"a": (
        GoldAttribution("E1", (at(text, "taxes rise"),), (at(text, "said"),), (at(text, "Ann"),)),
    )})}  # fmt: skip
    wrong = {"speaker_mention": span(text, "Bob"), "content": [span(text, "taxes rise")]}
    right = {"speaker_mention": span(text, "Ann"), "content": [span(text, "taxes rise")]}
    report = evaluate_attributions(gold, [{"doc_id": "d", "quotes": [wrong, right]}])
    assert report.all.counts.overlap_tp == 1
    assert report.all.source_acc == 1.0


def test_no_source_gold_wants_no_speaker() -> None:
    text = "The plan, it was reported, will fail."
    gold = {"d": GoldDocument("d", text, {"a": (
        GoldAttribution("E1", (at(text, "will fail"),), (at(text, "it was reported"),)),
    )})}  # fmt: skip
    silent = {"content": [span(text, "will fail")], "cue": span(text, "reported")}
    named = {**silent, "speaker_mention": span(text, "The plan")}
    assert evaluate_attributions(gold, [{"doc_id": "d", "quotes": [silent]}]).all.source_acc == 1
    assert evaluate_attributions(gold, [{"doc_id": "d", "quotes": [named]}]).all.source_acc == 0


def test_gold_turned_into_predictions_scores_perfectly(corpus) -> None:  # type: ignore[no-untyped-def]
    predictions = []
    for doc in corpus.documents.values():
        quotes = [
            {
                "content": [{"start": s, "end": e} for s, e in a.content],
                "cue": {"start": a.cue[0][0], "end": a.cue[-1][1]} if a.cue else None,
                "speaker_mention": {"start": a.source[0][0], "end": a.source[-1][1]}
                if a.source
                else None,
            }
            for a in doc.attributions
        ]
        predictions.append({"doc_id": doc.doc_id, "quotes": quotes})
    report = evaluate_attributions(corpus, predictions)
    for name in ("all", "direct", "allegations"):
        scores = report.subsets[name]
        assert scores.counts.gold > 0, name
        for metric in (scores.exact, scores.overlap, scores.soft, scores.end_to_end):
            assert metric["f1"] == pytest.approx(1.0), name
        assert scores.source_acc == scores.cue_acc == 1.0
    assert report.docs_scored == 2 and not report.docs_without_predictions


def test_extraction_objects_are_accepted_and_missing_docs_listed(corpus) -> None:  # type: ignore[no-untyped-def]
    text = corpus.documents["harbour"].text
    start, end = at(text, "the new harbour wall would be finished by June")
    extraction = Extraction(
        doc_id="harbour",
        text=text,
        quotes=[Quote(id="q1", content=[Span.of(text, start, end)], style="indirect")],
    )
    report = evaluate_attributions(corpus, [extraction, {"doc_id": "nowhere", "quotes": []}])
    assert report.all.counts.exact_tp == 1
    assert report.docs_without_predictions == ["school"]
    assert any("'nowhere'" in p for p in report.problems)
    out = report.to_dict()
    json.dumps(out)
    assert out["docs"] == {"gold": 2, "scored": 1, "without_predictions": ["school"], "failed": {}}
    assert "ALLEGATIONS" in format_report(report)


def test_bad_prediction_spans_are_reported_and_ignored(corpus) -> None:  # type: ignore[no-untyped-def]
    bad = {"doc_id": "school", "quotes": [
        {"content": [{"start": 5, "end": 999}]},
        {"content": [{"start": 0, "end": 10, "text": "not this"}]},
        {"content": "nonsense"},
    ]}  # fmt: skip
    report = evaluate_attributions(corpus, [bad])
    assert report.all.counts.pred == 1
    assert any("invalid span" in p for p in report.problems)
    assert any("span text mismatch" in p for p in report.problems)


# -- subset rules --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "direct"),
    [
        ('He said "we win" today.', "we win", True),
        ("He said “we win” today.", "we win", True),
        ("He said ''we win'' today.", "we win", True),
        ("He said ‘we win’ today.", "we win", True),
        ("He said we don’t win today.", "we don’t win", False),
        ("He said we win today.", "we win", False),
    ],
)
def test_direct_quote_rule(text: str, phrase: str, direct: bool) -> None:
    assert is_direct((at(text, phrase),), text) is direct


@pytest.mark.parametrize(
    ("cue", "accusing"),
    [
        ("accused", True),
        ("has long criticized", True),
        ("blamed", True),
        ("were charged with", True),
        ("denied", True),
        ("Slams", True),
        ("said", False),
        ("claimed", False),
        ("suggested", False),
        ("", False),
    ],
)
def test_accusation_cues(cue: str, accusing: bool) -> None:
    assert is_accusation_cue(cue) is accusing


def test_human_agreement_scores_the_other_annotators(corpus) -> None:  # type: ignore[no-untyped-def]
    from newsextract.evaluation import human_agreement

    report = human_agreement(corpus)
    assert report.docs_scored == 1  # only harbour has a second annotator
    # ann2 marked one of ann1's four attributions, with identical spans
    assert report.all.exact == pytest.approx({"p": 1.0, "r": 0.25, "f1": 0.4})
    assert report.allegations.overlap["f1"] == pytest.approx(1.0)
    assert report.accuser_acc == 1.0


# -- properties ----------------------------------------------------------------------

WORDS = st.sampled_from(
    ["Ann", "said", "taxes", "rise", '"', "“", "”", ",", ".", "\n", "’s", "accused"]
)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """A text and two lists of arbitrary (possibly empty, overlapping) spans in it."""
    text = " ".join(draw(st.lists(WORDS, min_size=1, max_size=40)))
    bound = st.integers(0, len(text))
    spans = st.lists(st.tuples(bound, bound).map(lambda t: (min(t), max(t))), max_size=6)
    return text, draw(spans), draw(spans)


@given(documents())
def test_metrics_are_bounded_and_consistent(doc: tuple[str, list[Any], list[Any]]) -> None:
    text, gold_spans, pred_spans = doc
    gold = {"d": GoldDocument("d", text, {"a": tuple(
        GoldAttribution(f"E{i}", (span,), cue=(span,), source=(span,))
        for i, span in enumerate(gold_spans)
        if span[0] < span[1]
    )})}  # fmt: skip
    quote = [
        {"content": [{"start": s, "end": e}], "speaker_mention": {"start": s, "end": e}}
        for s, e in pred_spans
    ]
    report = evaluate_attributions(gold, [{"doc_id": "d", "quotes": quote}])
    for scores in report.subsets.values():
        c = scores.counts
        assert c.e2e_tp <= c.overlap_tp <= min(c.gold, c.pred)
        assert c.exact_tp <= min(c.gold, c.pred)
        assert c.overlap_tokens <= min(c.gold_tokens, c.pred_tokens)
        for metric in (scores.exact, scores.overlap, scores.soft, scores.end_to_end):
            assert all(0.0 <= value <= 1.0 for value in metric.values())
    assert (
        report.to_dict()
        == evaluate_attributions(gold, [{"doc_id": "d", "quotes": quote}]).to_dict()
    )


@given(st.text(max_size=300), st.text(max_size=60))
def test_any_ann_text_parses_without_raising(data: str, text: str) -> None:
    problems: list[str] = []
    for attribution in parse_ann(data, text, "x.ann", problems):
        assert attribution.content
