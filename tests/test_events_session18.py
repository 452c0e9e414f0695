"""Session 18, the learned role scorer's features and training (made-up sentences).

Pins what the retrained weights (all 426 half-B articles) were trained on: quotation
flags from the quotes plugin's content spans (reported speech too), the quote's speaker
as a candidate when the quote names it outside the two sentences, relations to the
trigger read by token index (spaCy makes a new ``Token`` object on every access, so the
session-17 ``is`` comparisons never held and ``rel``/``grel``/``tih`` were constant),
ancestor chains cut at ``MAX_PATH``, and a training folder list that never holds the
unseen round 17.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from newsextract_events import learned_roles as lr

import newsextract
from newsextract import Extraction
from newsextract.parsing import parse

SCRIPT = (
    Path(__file__).resolve().parent.parent
    / "plugins"
    / "events"
    / "scripts"
    / "train_event_roles.py"
)

REPORTED = (
    "Senator Mary Hollis said on Tuesday that the committee had worked hard for months. "
    "She said the numbers were bad and that the governor had attacked the agency."
)
COLON_QUOTE = (
    "Senator Mary Hollis spoke on Tuesday. She said: \u201cOur committee worked hard for "
    "months. The numbers were bad. Governor Tom Baker attacked the budget office last "
    "week.\u201d"
)
NO_QUOTE = "The weather was cold. Russian troops attacked Ukraine on Sunday."


@pytest.fixture(scope="module")
def rules(nlp: Any) -> newsextract.Pipeline:
    """Every plugin (the quotes plugin too), the scorer off: the rules' extraction."""
    return newsextract.Pipeline(nlp=nlp, settings={"events": {"learned_roles": "off"}})


def _extract(pipe: newsextract.Pipeline, text: str) -> tuple[Extraction, Any]:
    doc = parse(pipe.nlp, text, pipe.chunk_chars, truecase_headlines=pipe.truecase_headlines)
    return pipe.extract(text, doc_id="t"), doc


def _views(pipe: newsextract.Pipeline, text: str) -> dict[str, dict[str, dict[str, str]]]:
    """Per event trigger: candidate actor name -> its feature values."""
    x, doc = _extract(pipe, text)
    names = {a.id: a.name for a in x.actors}
    out: dict[str, dict[str, dict[str, str]]] = {}
    for e, view in zip(x.events, lr.event_views(x, doc), strict=True):
        assert view is not None
        out[e.trigger.text] = {names[c.actor]: c.f for c in view.cands}
    return out


def test_quotation_flags_come_from_the_quotes_plugin(rules: newsextract.Pipeline) -> None:
    x, doc = _extract(rules, REPORTED)
    flags, speakers = lr.quote_flags(doc, x.quotes)
    by_text = {t.text: flags[t.i] for t in doc}
    # reported speech counts (the old scanner saw no quotation mark and flagged nothing)
    assert by_text["committee"] and by_text["attacked"]
    # the reporting words are not inside the quote
    assert not by_text["Senator"] and not by_text["Tuesday"]
    hollis = next(a.id for a in x.actors if a.name == "Mary Hollis")
    attacked = next(t.i for t in doc if t.text == "attacked")
    assert speakers[attacked] == hollis
    assert all(not flags[t.i] for t in doc if t.text in ("Senator", "said"))


def test_the_quotes_speaker_is_a_candidate_outside_the_window(
    rules: newsextract.Pipeline,
) -> None:
    cands = _views(rules, COLON_QUOTE)["attacked"]
    assert cands["Mary Hollis"]["window"] == "speaker"
    assert cands["Mary Hollis"]["spk"] == "True"
    assert cands["Tom Baker"]["spk"] == "False"
    assert cands["Tom Baker"]["window"] == "same"


def test_no_speaker_candidate_outside_quotes(rules: newsextract.Pipeline) -> None:
    cands = _views(rules, NO_QUOTE)["attacked"]
    assert cands  # Russia, Ukraine
    assert all(f["window"] != "speaker" and f["spk"] == "False" for f in cands.values())


def test_relations_to_the_trigger_are_read_by_token_index(rules: newsextract.Pipeline) -> None:
    cands = _views(rules, NO_QUOTE)["attacked"]
    # "Russian troops" is a mention of Russia; Ukraine is the object
    assert cands["Ukraine"]["rel"] == "dobj"
    assert cands["Ukraine"]["trig_is_head"] == "False"
    assert cands["Ukraine"]["path"] == "D:dobj"


def test_relations_need_the_trigger_as_head(rules: newsextract.Pipeline) -> None:
    # Tom Baker is the subject of "attacked": "nsubj"; Hollis, named before the quote in
    # another sentence, has no relation to it
    cands = _views(rules, COLON_QUOTE)["attacked"]
    assert cands["Tom Baker"]["rel"] == "nsubj"
    assert cands["Mary Hollis"]["rel"] == "-"
    assert cands["Mary Hollis"]["grel"] == "-"


def test_ancestor_chains_stop_at_the_root_and_at_max_path(nlp: Any) -> None:
    doc = nlp("The aide of the deputy of the head of the office of the mayor resigned.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert lr._ancestors(root, lr.MAX_PATH) == [root]  # the root is not repeated
    mayor = next(t for t in doc if t.text == "mayor")
    chain = lr._ancestors(mayor, lr.MAX_PATH)
    assert len(chain) == lr.MAX_PATH + 1
    assert lr._path(root, mayor) is None  # longer than MAX_PATH
    assert lr._path_str(lr._path(root, mayor)) == "LONG"
    aide = next(t for t in doc if t.text == "aide")
    assert lr._path_str(lr._path(root, aide)) == "D:nsubj"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_event_roles", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_folders_hold_rounds_5_to_24_never_round25() -> None:
    """Session 25 added rounds 17-23, session 26 round 24 (earlier sessions' unseen sets);
    round 25 is session 26's unseen test set and never a training folder."""
    script = _script()
    folders = script.training_folders()
    assert folders[0] == "polnear-train-round5" and "polnear-train-pool" in folders
    assert "polnear-train-round17" in folders and "polnear-train-round24" in folders
    assert len(folders) == 21
    assert not any("round25" in f for f in script.TRAIN_FOLDERS)
    held = script.training_folders(["polnear-train-round23", "polnear-train-round24"])
    assert "polnear-train-round24" not in held and "polnear-train-round22" in held
    with pytest.raises(SystemExit):
        script.training_folders(["polnear-train-round25"])


def test_role_data_fits_the_training_folders_rows_with_a_label() -> None:
    """Session 25: one ``--dump`` of every folder serves every hold-out; the held-out
    folders' rows and the rows whose gold participant is no candidate are not fitted."""
    script = _script()
    rows = [
        {"role": "agent", "f": [["NULL"], ["a"]], "y": [0, 1], "folder": "r5"},
        {"role": "target", "f": [["NULL"], ["b"]], "y": [1, 0], "folder": "r5"},
        {"role": "agent", "f": [["NULL"], ["c"]], "y": None, "folder": "r5"},
        {"role": "agent", "f": [["NULL"], ["d"]], "y": [0, 1], "folder": "r23"},
    ]
    data = script.role_data(rows, ["r5"])
    assert data["agent"] == ([[["NULL"], ["a"]]], [[0, 1]])
    assert data["target"] == ([[["NULL"], ["b"]]], [[1, 0]])
    assert len(script.role_data(rows, ["r5", "r23"])["agent"][0]) == 2
