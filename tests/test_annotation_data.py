"""The gold actor/event annotations kept in the repository stay valid.

They are measurement data (issue 4): a file that no longer parses, or whose
offsets drifted from its text, would silently change the reported numbers.
The PolNeAR files hold offsets and a hash only; their texts are checked when
``../shared/data/polnear/dev/text`` is present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsextract
from newsextract.evaluation import (
    evaluate_events_actors,
    load_gold_dir,
    parse_annotation,
)

from .conftest import ROOT, load_script

ANNOTATIONS = ROOT / "tests" / "data" / "annotations"
POLNEAR_DEV = ANNOTATIONS / "polnear-dev"
#: Round 2: annotated before the next round of rule changes, to measure them unseen.
POLNEAR_ROUND2 = ANNOTATIONS / "polnear-dev-round2"
#: Round 3: the unseen test set once rounds 1 and 2 became the tuning set.
POLNEAR_ROUND3 = ANNOTATIONS / "polnear-dev-round3"
#: Round 4: the dev articles outside the draw's length band, unseen in session 5.
POLNEAR_ROUND4 = ANNOTATIONS / "polnear-dev-round4"
#: Round 5: PolNeAR train articles (dev was used up), unseen in session 6.
POLNEAR_ROUND5 = ANNOTATIONS / "polnear-train-round5"
#: Round 6: PolNeAR train articles, the unseen test set of session 7.
POLNEAR_ROUND6 = ANNOTATIONS / "polnear-train-round6"
#: Round 7: PolNeAR train articles, the unseen test set of session 8 (round 6 joined the tuning set).
POLNEAR_ROUND7 = ANNOTATIONS / "polnear-train-round7"
#: Round 8: PolNeAR train articles, the unseen test set of session 9 (round 7 joined the tuning set).
POLNEAR_ROUND8 = ANNOTATIONS / "polnear-train-round8"
#: Round 9: PolNeAR train articles, the unseen test set of session 10 (round 8 joined the tuning set).
POLNEAR_ROUND9 = ANNOTATIONS / "polnear-train-round9"
#: Round 10: PolNeAR train articles, the unseen test set of session 11 (round 9 joined the tuning set).
POLNEAR_ROUND10 = ANNOTATIONS / "polnear-train-round10"
#: Round 11: PolNeAR train articles, the unseen test set of session 12 (round 10 joined the tuning set).
POLNEAR_ROUND11 = ANNOTATIONS / "polnear-train-round11"
#: Round 12: PolNeAR train articles, the unseen test set of session 13 (round 11 joined the tuning set).
POLNEAR_ROUND12 = ANNOTATIONS / "polnear-train-round12"
#: Round 13: PolNeAR train articles, the unseen test set of session 14 (round 12 joined the tuning set).
POLNEAR_ROUND13 = ANNOTATIONS / "polnear-train-round13"
#: Round 14: PolNeAR train articles, the unseen test set of session 15 (round 13 joined the tuning set).
POLNEAR_ROUND14 = ANNOTATIONS / "polnear-train-round14"
#: Round 15: PolNeAR train articles, the unseen test set of session 16 (round 14 joined the tuning set).
POLNEAR_ROUND15 = ANNOTATIONS / "polnear-train-round15"
#: Round 16: PolNeAR train articles, the unseen test set of session 17 (round 15 joined the tuning set).
POLNEAR_ROUND16 = ANNOTATIONS / "polnear-train-round16"
#: Round 17: PolNeAR train articles, the unseen test set of session 18 (round 16 joined the tuning set).
POLNEAR_ROUND17 = ANNOTATIONS / "polnear-train-round17"
#: Round 18: PolNeAR train articles, the unseen test set of session 19 (round 17 joined the tuning set).
POLNEAR_ROUND18 = ANNOTATIONS / "polnear-train-round18"
#: Round 19: PolNeAR train articles, the unseen test set of session 20 (round 18 joined the tuning set).
POLNEAR_ROUND19 = ANNOTATIONS / "polnear-train-round19"
#: Round 20: PolNeAR train articles, the unseen test set of session 21 (round 19 joined the tuning set).
POLNEAR_ROUND20 = ANNOTATIONS / "polnear-train-round20"
#: Round 21: PolNeAR train articles, the unseen test set of session 22 (round 20 joined the tuning set).
POLNEAR_ROUND21 = ANNOTATIONS / "polnear-train-round21"
#: Round 22: PolNeAR train articles, the unseen test set of session 23 (round 21 joined the tuning set).
POLNEAR_ROUND22 = ANNOTATIONS / "polnear-train-round22"
#: Round 23: PolNeAR train articles, the unseen test set of session 24 (round 22 joined the tuning set).
POLNEAR_ROUND23 = ANNOTATIONS / "polnear-train-round23"
#: Round 24: PolNeAR train articles, the unseen test set of session 25 (round 23 joined the tuning set).
POLNEAR_ROUND24 = ANNOTATIONS / "polnear-train-round24"
#: Round 25: long PolNeAR train articles (outside the length band), the unseen test set of session 26
#: (round 24 joined the tuning set).
POLNEAR_ROUND25 = ANNOTATIONS / "polnear-train-round25"
#: Training and tuning material drawn in session 7 (see scripts/sample_annotation_articles.py).
POLNEAR_POOL = ANNOTATIONS / "polnear-train-pool"
#: Every folder of PolNeAR dev annotations (each round, and blind second annotations of some of it).
POLNEAR_FOLDERS = tuple(
    folder
    for folder in (
        POLNEAR_DEV,
        ANNOTATIONS / "polnear-dev-second",
        POLNEAR_ROUND2,
        ANNOTATIONS / "polnear-dev-round2-second",
        POLNEAR_ROUND3,
        ANNOTATIONS / "polnear-dev-round3-second",
        POLNEAR_ROUND4,
    )
    if folder.is_dir()
)
POLNEAR_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
POLNEAR_TRAIN_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
ALL_FILES = sorted(ANNOTATIONS.rglob("*.json"))


def test_the_issue_asks_for_twenty_polnear_articles_and_the_seed() -> None:
    assert len(list(POLNEAR_DEV.glob("*.json"))) >= 20
    assert (ANNOTATIONS / "000_c1f042909c470a4b.json").is_file()


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.stem[:40])
def test_every_annotation_file_parses(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = parse_annotation(data, str(path))
    assert doc.doc_id == path.stem
    assert doc.published is not None, "relative dates need the publication date"
    assert doc.actors, "an article without actors was not annotated"
    # the licence of PolNeAR keeps its text out of the repository
    assert not any(key in data for key in ("text", "content", "body"))


def test_the_seed_annotation_matches_the_seed_text() -> None:
    (doc,) = load_gold_dir(ANNOTATIONS, ROOT / "seeds")
    assert doc.text is not None
    for actor in doc.actors:
        for start, end in actor.mentions:
            assert doc.text[start:end].strip() == doc.text[start:end] != ""


@pytest.mark.skipif(not POLNEAR_TEXTS.is_dir(), reason="PolNeAR texts are not on this machine")
@pytest.mark.parametrize("folder", POLNEAR_FOLDERS, ids=lambda p: p.name)
def test_polnear_annotations_match_their_texts(folder: Path) -> None:
    docs = load_gold_dir(folder, POLNEAR_TEXTS)
    assert len(docs) == len(list(folder.glob("*.json")))


@pytest.mark.skipif(
    not POLNEAR_TRAIN_TEXTS.is_dir(), reason="PolNeAR texts are not on this machine"
)
@pytest.mark.parametrize(
    "folder",
    [
        folder
        for folder in (
            POLNEAR_ROUND5,
            ANNOTATIONS / "polnear-train-round5-second",
            POLNEAR_ROUND6,
            ANNOTATIONS / "polnear-train-round6-second",
            POLNEAR_POOL,
            POLNEAR_ROUND7,
            ANNOTATIONS / "polnear-train-round7-second",
            POLNEAR_ROUND8,
            POLNEAR_ROUND9,
            POLNEAR_ROUND10,
            POLNEAR_ROUND11,
            POLNEAR_ROUND12,
            POLNEAR_ROUND13,
            POLNEAR_ROUND14,
            POLNEAR_ROUND15,
            POLNEAR_ROUND16,
            POLNEAR_ROUND17,
            POLNEAR_ROUND18,
            POLNEAR_ROUND19,
            POLNEAR_ROUND20,
            POLNEAR_ROUND21,
            POLNEAR_ROUND22,
            POLNEAR_ROUND23,
            POLNEAR_ROUND24,
            POLNEAR_ROUND25,
        )
        if folder.is_dir()
    ],
    ids=lambda p: p.name,
)
def test_the_train_rounds_match_their_texts(folder: Path) -> None:
    docs = load_gold_dir(folder, POLNEAR_TRAIN_TEXTS)
    assert len(docs) == len(list(folder.glob("*.json"))) > 0


@pytest.mark.skipif(
    not (POLNEAR_TEXTS.is_dir() and POLNEAR_TRAIN_TEXTS.is_dir()),
    reason="PolNeAR texts are not on this machine",
)
def test_each_round_holds_its_stretch_of_the_seeded_draw() -> None:
    """The rounds are the sample script's draw, not articles picked by hand."""
    module = load_script("sample_annotation_articles")
    round6 = module.round6(POLNEAR_TRAIN_TEXTS)
    folders = (
        POLNEAR_DEV,
        POLNEAR_ROUND2,
        POLNEAR_ROUND3,
        POLNEAR_ROUND4,
        POLNEAR_ROUND5,
        POLNEAR_ROUND6,
        POLNEAR_POOL,
        POLNEAR_ROUND7,
        POLNEAR_ROUND8,
        POLNEAR_ROUND9,
        POLNEAR_ROUND10,
        POLNEAR_ROUND11,
        POLNEAR_ROUND12,
        POLNEAR_ROUND13,
        POLNEAR_ROUND14,
        POLNEAR_ROUND15,
        POLNEAR_ROUND16,
        POLNEAR_ROUND17,
        POLNEAR_ROUND18,
        POLNEAR_ROUND19,
        POLNEAR_ROUND20,
        POLNEAR_ROUND21,
        POLNEAR_ROUND22,
        POLNEAR_ROUND23,
        POLNEAR_ROUND24,
        POLNEAR_ROUND25,
    )
    drawn = [
        *module.rounds(POLNEAR_TEXTS),
        module.outside_band(POLNEAR_TEXTS),
        module.train_round(POLNEAR_TRAIN_TEXTS),
        round6,
        module.pool(POLNEAR_TRAIN_TEXTS),
        module.round7(POLNEAR_TRAIN_TEXTS),
        module.round8(POLNEAR_TRAIN_TEXTS),
        module.round9(POLNEAR_TRAIN_TEXTS),
        module.round10(POLNEAR_TRAIN_TEXTS),
        module.round11(POLNEAR_TRAIN_TEXTS),
        module.round12(POLNEAR_TRAIN_TEXTS),
        module.round13(POLNEAR_TRAIN_TEXTS),
        module.round14(POLNEAR_TRAIN_TEXTS),
        module.round15(POLNEAR_TRAIN_TEXTS),
        module.round16(POLNEAR_TRAIN_TEXTS),
        module.round17(POLNEAR_TRAIN_TEXTS),
        module.round18(POLNEAR_TRAIN_TEXTS),
        module.round19(POLNEAR_TRAIN_TEXTS),
        module.round20(POLNEAR_TRAIN_TEXTS),
        module.round21(POLNEAR_TRAIN_TEXTS),
        module.round22(POLNEAR_TRAIN_TEXTS),
        module.round23(POLNEAR_TRAIN_TEXTS),
        module.round24(POLNEAR_TRAIN_TEXTS),
        module.round25(POLNEAR_TRAIN_TEXTS),
    ]
    assert len(drawn) == len(folders)
    for doc_ids, folder in zip(drawn, folders, strict=True):
        assert sorted(doc_ids) == sorted(p.stem for p in folder.glob("*.json")), folder.name
    # no article is in two rounds, so a test round stays unseen by the tuning ones
    everything = [doc_id for doc_ids in drawn for doc_id in doc_ids]
    assert len(everything) == len(set(everything))
    # the blind second annotations of rounds 6 and 7: their first six articles in draw order
    for first, second in (
        (round6, ANNOTATIONS / "polnear-train-round6-second"),
        (module.round7(POLNEAR_TRAIN_TEXTS), ANNOTATIONS / "polnear-train-round7-second"),
    ):
        assert sorted(first[:6]) == sorted(p.stem for p in second.glob("*.json")), second.name


def test_the_pipeline_is_scored_on_the_seed(pipeline: newsextract.Pipeline) -> None:
    """End to end on the one annotated article in the repository.

    The floors are well below the measured values (docs/evaluation.md); they
    catch a broken stage (no actors, no events, no dates), not small changes.
    """
    docs = load_gold_dir(ANNOTATIONS, ROOT / "seeds")
    extractions = [
        pipeline.extract(d.text or "", doc_id=d.doc_id, published=d.published) for d in docs
    ]
    report = evaluate_events_actors(docs, extractions)
    assert report.mentions_exact.f1 > 0.5
    assert report.clustering_f1 > 0.5
    assert report.events["trigger"].f1 > 0.4
    assert report.matched >= 3
    assert report.date_accuracy > 0.5
