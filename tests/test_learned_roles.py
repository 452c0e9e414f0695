"""The learned role scorer (plugins/events/newsextract_events/learned_roles.py), on made-up text.

It runs last in the events plugin's ``refine`` hook; ``events.learned_roles`` switches it
(off | fill | replace). These tests pin the weights file's header, the pure-Python scores,
that "off" is the rules' output, what "fill" may change, and the records' invariants.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

import newsextract_events
import pytest
from newsextract_events import learned_roles as lr

import newsextract
from newsextract import Extraction
from newsextract.parsing import parse

ARTICLES = [
    "President Joe Biden announced new tariffs on Monday. China criticized the move.",
    "Senator Maria Lopez met Governor Tom Baker in Austin on Monday. Lopez later criticized "
    "the decision.\n\nRussian troops attacked the town of Bakhmut on Sunday. Ukraine said the "
    "assault killed four civilians.",
    "Egypt hosted talks between Israel and Hamas on Sunday. The talks ended without a deal. "
    "Mexico sent troops to the border. The United States welcomed the decision.",
    "President Emmanuel Macron spoke with Chancellor Olaf Scholz on Friday. The two leaders "
    'agreed to cooperate on energy. "We will not attack them," Scholz said of the rebels.',
]


def _pipeline(nlp: Any, mode: str) -> newsextract.Pipeline:
    return newsextract.Pipeline(
        nlp=nlp, enable=["actors", "events"], settings={"events": {"learned_roles": mode}}
    )


@pytest.fixture(scope="module")
def run(nlp: Any) -> Callable[[str, str], Extraction]:
    """``run(text, mode)``: actors + events with ``events.learned_roles = mode``."""
    pipes = {mode: _pipeline(nlp, mode) for mode in lr.MODES}

    def extract(text: str, mode: str) -> Extraction:
        return pipes[mode].extract(text, doc_id="t")

    return extract


def _roles(x: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    names = {a.id: a.name for a in x.actors}

    def first(e: newsextract.Event, role: str) -> str | None:
        return next((names[p.actor] for p in e.participants if p.role == role and p.actor), None)

    return [(e.type, e.trigger.text, first(e, "agent"), first(e, "target")) for e in x.events]


# -- the weights file ----------------------------------------------------------------------


def test_weights_file_header_matches_the_code() -> None:
    raw = (
        resources.files("newsextract_events")
        .joinpath("data", "role_weights.json")
        .read_text(encoding="utf-8")
    )
    data = json.loads(raw)
    assert data["format_version"] == lr.FORMAT_VERSION
    assert data["feature_hash"] == lr.FEATURE_HASH
    assert data["lam"] == 10.0
    assert data["decision"]["rule"] == "fill+override"
    assert data["decision"]["threshold"] == 0.7
    assert "provenance" in data and "no words" in data["provenance"]
    assert "round24" not in raw  # session 25's unseen test set is never trained on
    assert data["training"]["held_out"] == []
    assert len(data["training"]["folders"]) == 20  # session 25: rounds 5-23 + pool
    docs = data["training"]["documents"]
    assert len(docs) == 636
    for d in docs:
        assert re.fullmatch(r"[0-9a-f]{64}", d["sha256"])
        assert re.fullmatch(
            r"tests/data/annotations/polnear-train-(round([5-9]|1[0-9]|2[0-3])|pool)/[^/]+\.json",
            d["file"],
        )
    assert {"cv", "events_type_agent_target_f1"} <= set(data["metrics"])
    for role in lr.ROLES:
        weights = data["weights"][role]
        assert len(weights) > 1000
        assert all(abs(v) >= 0.01 for v in weights.values())
    w = lr.load_weights()
    assert w is lr.load_weights()  # read once per process
    assert w.threshold == 0.7


def test_weights_carry_no_content_words() -> None:
    w = lr.load_weights()
    for role in lr.ROLES:
        for feature in w.of(role):
            for word in re.findall(r"\((\w+)\)", feature):
                assert word in lr.PREPOSITIONS or word == "X", feature
            if feature.startswith("hpron="):
                assert feature[6:] in lr.PRONOUNS | {"-"}, feature


def test_weights_from_another_feature_set_are_refused() -> None:
    w = lr.load_weights()
    data = {**w.header, "weights": {"agent": {}, "target": {}}}
    lr.weights_from_json(data)  # the shipped header passes
    with pytest.raises(ValueError, match="retrain"):
        lr.weights_from_json({**data, "feature_hash": "0" * 16})
    with pytest.raises(ValueError, match="format"):
        lr.weights_from_json({**data, "format_version": 0})


# -- scores -------------------------------------------------------------------------------


def test_softmax_over_summed_weights() -> None:
    p = lr.role_probabilities([["a"], ["a", "b"], ["unknown"]], {"a": 1.0, "b": 2.0})
    z = math.e**1 + math.e**3 + 1.0
    assert p == pytest.approx([math.e / z, math.e**3 / z, 1 / z])


def test_shipped_weights_give_the_recorded_probabilities() -> None:
    groups = [
        ["NULL", "N|t=ACCUSE", "N|tpos=VERB", "N|tdep=ROOT", "N|rnull=True", "N|onull=False"],
        [
            "bias_cand",
            "path=U:nsubj",
            "rel=nsubj",
            "t|rel=ACCUSE|nsubj",
            "side=before",
            "kind=name",
            "atype=person",
            "ra=True",
            "rt=False",
        ],
        [
            "bias_cand",
            "path=PREV",
            "win=prev",
            "side=before",
            "kind=name",
            "atype=person",
            "ra=False",
            "rt=False",
            "t|side=ACCUSE|before",
        ],
    ]
    w = lr.load_weights()
    agent = lr.role_probabilities(groups, w.agent)
    target = lr.role_probabilities(groups, w.target)
    assert agent == pytest.approx([0.311465, 0.455237, 0.233298], abs=1e-6)
    assert target == pytest.approx([0.34974, 0.286905, 0.363355], abs=1e-6)


# -- the setting ----------------------------------------------------------------------------


def test_off_is_the_rules_output(
    nlp: Any, run: Callable[[str, str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    off = [run(text, "off") for text in ARTICLES]
    monkeypatch.setattr(newsextract_events, "apply_learned_roles", lambda *args: None)
    rules = [run(text, "fill") for text in ARTICLES]  # the scorer removed altogether
    for a, b in zip(off, rules, strict=True):
        assert a.model_dump(exclude={"meta"}) == b.model_dump(exclude={"meta"})


def test_setting_is_declared_and_checked(nlp: Any) -> None:
    with pytest.raises(newsextract.NewsExtractError):
        newsextract.Pipeline(nlp=nlp, settings={"events": {"learned_role": "fill"}})
    x = _pipeline(nlp, "off").extract(ARTICLES[0])
    doc = parse(nlp, ARTICLES[0])
    with pytest.raises(ValueError, match="learned_roles"):
        lr.apply_learned_roles(x, doc, "sometimes")


def test_fill_changes_a_filled_role_only_when_confident(
    nlp: Any, run: Callable[[str, str], Extraction]
) -> None:
    w = lr.load_weights()
    pipeline = _pipeline(nlp, "fill")
    for text in ARTICLES:
        rules, fill = run(text, "off"), run(text, "fill")
        doc = parse(nlp, text, pipeline.chunk_chars, truecase_headlines=pipeline.truecase_headlines)
        # the hook's output is the module's, applied to the rules' final extraction
        again = lr.apply_learned_roles(rules, doc, "fill") or rules
        assert again.model_dump(exclude={"meta"}) == fill.model_dump(exclude={"meta"})
        by_id = {e.id: e for e in fill.events}
        for e, view in zip(rules.events, lr.event_views(rules, doc), strict=True):
            after = by_id.get(e.id)
            if view is None or after is None:
                continue
            names = [None, *(c.actor for c in view.cands)]
            for role in lr.ROLES:
                ruled = view.rule[role]
                now = next(
                    (p.actor for p in after.participants if p.role == role and p.actor), None
                )
                if ruled is not None and now != ruled:
                    p = lr.role_probabilities(lr.feature_groups(view, role), w.of(role))
                    assert p[names.index(now)] >= w.threshold, (text, e.trigger.text, role)
        for mode_x in (fill, run(text, "replace")):
            for e in mode_x.events:
                agents = {p.actor for p in e.participants if p.role == "agent" and p.actor}
                targets = {p.actor for p in e.participants if p.role == "target" and p.actor}
                assert not agents & targets, e


def test_fill_finds_the_target_of_a_criticism_in_the_previous_sentence(
    run: Callable[[str, str], Extraction],
) -> None:
    text = ARTICLES[0]  # "... Joe Biden announced new tariffs ... China criticized the move."
    assert ("ACCUSE", "criticized", "China", None) in _roles(run(text, "off"))
    assert ("ACCUSE", "criticized", "China", "Joe Biden") in _roles(run(text, "fill"))


@pytest.mark.parametrize("mode", lr.MODES)
def test_records_stay_valid(run: Callable[[str, str], Extraction], mode: str) -> None:
    for text in ARTICLES:
        x = run(text, mode)
        ids = {r.id for r in [*x.actors, *x.quotes, *x.allegations, *x.events]}
        actor_ids = {a.id for a in x.actors}
        for e in x.events:
            assert set(e.related) <= ids
            assert e.trigger.text == text[e.trigger.start : e.trigger.end]
            for p in e.participants:
                assert p.actor is None or p.actor in actor_ids
                assert 0 <= p.mention.start <= p.mention.end <= len(text)
                assert p.mention.text == text[p.mention.start : p.mention.end]
        for a in x.actors:
            for m in a.mentions:
                assert m.text == text[m.start : m.end]


def test_a_run_on_sentence_keeps_the_rules_roles(nlp: Any) -> None:
    """Past ``MAX_SENTENCE_TOKENS`` an event keeps the rules' reading (no view), so a run-on
    sentence of many events and mentions is not compared event by mention (quadratic); the
    same events in short sentences do get a view."""
    pipeline = _pipeline(nlp, "off")
    clause = "Senator Ann Cole criticized Governor Tom Baker"
    for sep, long_ in ((" and ", True), (". ", False)):
        text = sep.join([clause] * 40) + "."
        doc = parse(nlp, text, pipeline.chunk_chars, truecase_headlines=pipeline.truecase_headlines)
        rules = pipeline.extract(text, doc_id="t")
        views = lr.event_views(rules, doc)
        assert rules.events, text
        if long_:
            assert len(doc) > lr.MAX_SENTENCE_TOKENS
            assert all(v is None for v in views)
        else:
            assert all(v is not None for v in views)
