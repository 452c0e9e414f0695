"""The learned trigger gate (plugins/events/newsextract_events/learned_triggers.py), session 19.

``events.learned_triggers`` (off | on, default on since S19T2: alone the gate lost on
half A at every threshold measured; with the check after the learned role scorer, only
asserted events with an actor agent and an actor target stay, it gained on half A and
the B hold-out) lets a logistic model turn trigger candidates the rules leave out into
events. These tests pin the weights file's header, the pure-Python score, a kept and a
dropped candidate on made-up sentences, the check after the roles, that "off" is the
rules' output and builds no candidate, and the training script's folder list.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import newsextract_events
import pytest
from newsextract_events import extract as ex
from newsextract_events import learned_triggers as lt
from newsextract_events.triggers import lemma_of

import newsextract
from newsextract import Extraction

from .conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
KEPT = "Senator Ann Lee traded insults with Mayor Rita Gomez."
DROPPED = "Governor Tom Baker met the deadline set by Mayor Rita Gomez."


@pytest.fixture(scope="module")
def run(nlp: Any) -> Callable[[str, str], Extraction]:
    """``run(text, mode)``: actors + events with ``events.learned_triggers = mode``."""
    pipes = {
        mode: newsextract.Pipeline(
            nlp=nlp, enable=["actors", "events"], settings={"events": {"learned_triggers": mode}}
        )
        for mode in lt.MODES
    }

    def extract(text: str, mode: str) -> Extraction:
        return pipes[mode].extract(text, doc_id="t")

    return extract


def _events(x: Extraction) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in x.events]


def _script() -> ModuleType:
    return load_script("train_event_triggers", "plugins/events/scripts")


# -- the weights file ----------------------------------------------------------------------


def test_weights_file_header_matches_the_code() -> None:
    raw = (
        resources.files("newsextract_events")
        .joinpath("data", "trigger_weights.json")
        .read_text(encoding="utf-8")
    )
    data = json.loads(raw)
    assert data["format_version"] == lt.FORMAT_VERSION
    assert data["feature_hash"] == lt.FEATURE_HASH
    assert data["decision"] == {"rule": "keep at p >= threshold", "threshold": 0.25}
    assert data["training"]["label"] == "tat"
    assert "round18" not in raw  # session 19's unseen test set is never trained on
    docs = data["training"]["documents"]
    assert len(docs) == 456
    for d in docs:
        assert re.fullmatch(r"[0-9a-f]{64}", d["sha256"])
        assert re.fullmatch(
            r"tests/data/annotations/polnear-train-(round([5-9]|1[0-7])|pool)/[^/]+\.json",
            d["file"],
        )
    assert data["metrics"]["verdict"].startswith("default on")
    assert len(data["weights"]) > 1000
    assert all(abs(v) >= 0.01 for v in data["weights"].values())
    w = lt.load_trigger_weights()
    assert w is lt.load_trigger_weights()  # read once per process
    assert w.threshold == 0.25


def test_weights_from_another_feature_set_are_refused() -> None:
    w = lt.load_trigger_weights()
    data = {**w.header, "weights": {}}
    lt.trigger_weights_from_json(data)  # the shipped header passes
    with pytest.raises(ValueError, match="retrain"):
        lt.trigger_weights_from_json({**data, "feature_hash": "0" * 16})
    with pytest.raises(ValueError, match="format"):
        lt.trigger_weights_from_json({**data, "format_version": 0})


def test_probability_is_the_logistic_of_summed_weights() -> None:
    w = {"a": 1.5, "b": -0.5}
    assert lt.probability(["a", "b", "unknown"], w) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert lt.probability([], w) == 0.5
    assert lt.probability(["b"] * 2000, w) == pytest.approx(0.0)  # no overflow either way
    assert lt.probability(["a"] * 2000, w) == pytest.approx(1.0)


# -- the gate on made-up text ---------------------------------------------------------------


def test_a_rejected_lexicon_noun_is_kept(run: Callable[[str, str], Extraction]) -> None:
    # "traded insults with X": the noun's own conditions failed
    assert ("ACCUSE", "insults") not in _events(run(KEPT, "off"))
    assert ("ACCUSE", "insults") in _events(run(KEPT, "on"))


def test_low_scoring_candidates_stay_out(run: Callable[[str, str], Extraction]) -> None:
    # meeting a deadline (no actor met) and "campaign" as ASSAULT score low
    assert _events(run(DROPPED, "on")) == _events(run(DROPPED, "off")) == []
    assert not any(t == "campaign" for _, t in _events(run(KEPT, "on")))


def _recording(nlp: Any, recorded: list[lt.Candidate], **kw: Any) -> newsextract.Pipeline:
    """Actors + events whose events plugin hands ``recorded`` to its gate."""
    plugin = newsextract_events.EventsPlugin(recorder=recorded, **kw)
    return newsextract.Pipeline(nlp=nlp, enable=["actors"], plugins=[plugin])


def test_the_model_is_deterministic(run: Callable[[str, str], Extraction], nlp: Any) -> None:
    first = run(KEPT, "on")
    recorded: list[lt.Candidate] = []
    again = _recording(nlp, recorded).extract(KEPT, doc_id="t")
    assert first.model_dump(exclude={"meta"}) == again.model_dump(exclude={"meta"})
    assert recorded  # candidates were built and scored
    w = lt.load_trigger_weights()
    for start, end, _type, feats, p in recorded:
        assert p == lt.probability(feats, w.weights)
        assert KEPT[start:end]


def test_the_recorder_and_weights_are_the_pipelines_own(
    run: Callable[[str, str], Extraction], nlp: Any
) -> None:
    # session 20: no module global (it was shared by every pipeline of the process)
    assert not hasattr(lt, "RECORDER")
    recorded: list[lt.Candidate] = []
    keep_all = _recording(nlp, recorded, weights=lt.TriggerWeights({}, 0.0))
    kept = keep_all.extract(KEPT, doc_id="t")
    n = len(recorded)
    assert n and all(p == 0.5 for *_, p in recorded)  # its own weights score them
    assert ("ACCUSE", "insults") in _events(kept)
    run(KEPT, "on")  # another pipeline records nothing here and keeps the shipped weights
    assert len(recorded) == n
    assert lt.load_trigger_weights().threshold == 0.25


def test_off_builds_no_candidate(
    run: Callable[[str, str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: Any) -> Any:
        raise AssertionError("candidates built while the gate is off")

    monkeypatch.setattr(ex, "rejected_candidates", refuse)
    assert ("ACCUSE", "insults") not in _events(run(KEPT, "off"))


def test_on_is_the_default(nlp: Any, run: Callable[[str, str], Extraction]) -> None:
    default = newsextract.Pipeline(nlp=nlp, enable=["actors", "events"])
    assert ex.LEARNED_TRIGGERS_DEFAULT == "on"
    for text in (KEPT, DROPPED):
        assert default.extract(text, doc_id="t").model_dump() == run(text, "on").model_dump()


def test_setting_is_declared_and_checked(nlp: Any) -> None:
    assert "learned_triggers" in newsextract_events.plugin_settings()
    bad = newsextract.Pipeline(
        nlp=nlp, enable=["actors", "events"], settings={"events": {"learned_triggers": "maybe"}}
    )
    with pytest.raises(newsextract.errors.NewsExtractError, match="learned_triggers"):
        bad.extract(KEPT, doc_id="t")


def test_kept_events_are_valid_records(run: Callable[[str, str], Extraction]) -> None:
    x = run(KEPT + " " + DROPPED, "on")
    ids = {a.id for a in x.actors}
    for e in x.events:
        assert all(p.actor is None or p.actor in ids for p in e.participants)
        assert x.text[e.trigger.start : e.trigger.end] == e.trigger.text


# -- helpers and the training script ---------------------------------------------------------


def test_lemma_of_keeps_the_lexicon_mends(nlp: Any) -> None:
    doc = nlp("The soldiers raped villagers and fined the town.")
    lemmas = {t.lower_: lemma_of(t) for t in doc}
    assert lemmas["raped"] == "rape"
    assert lemmas["fined"] == "fine"


def test_training_folders_hold_rounds_5_to_24_never_round25() -> None:
    """Session 26: round 24 joined half B; round 25 is session 26's unseen test set."""
    script = _script()
    folders = script.training_folders()
    assert folders[0] == "polnear-train-round5" and "polnear-train-pool" in folders
    assert "polnear-train-round19" in folders and "polnear-train-round24" in folders
    assert len(folders) == 21
    assert not any("round25" in f for f in script.TRAIN_FOLDERS)
    held = script.training_folders(["polnear-train-round23", "polnear-train-round24"])
    assert "polnear-train-round24" not in held and "polnear-train-round22" in held
    with pytest.raises(SystemExit):
        script.training_folders(["polnear-train-round25"])


def test_the_label_world_switches_the_check_off_only_inside() -> None:
    """Session 21: ``--world nocheck`` labels in a keep-all run without the check after the
    roles (the shipped labels' world); ``check`` leaves the plugin as it is."""
    script = _script()
    checker = newsextract_events.drop_roleless_gated
    with script.label_world("check"):
        assert newsextract_events.drop_roleless_gated is checker
    with script.label_world("nocheck"):
        assert newsextract_events.drop_roleless_gated is not checker
        assert newsextract_events.drop_roleless_gated(Extraction(doc_id="t", text=""), None) is None
    assert newsextract_events.drop_roleless_gated is checker


# -- S19T2: the check after the learned role scorer -----------------------------------------


def test_a_negated_gated_event_is_dropped(run: Callable[[str, str], Extraction], nlp: Any) -> None:
    # a gated act told as not done is mostly a denial (REJECT toward the accuser, round 7);
    # session 19 dropped hypothetical and planned acts too, session 25 keeps them
    # (test_learned_triggers_session25)
    x = run(KEPT, "on")
    ctx = newsextract.ExtractionContext(nlp(x.text))
    negated = x.model_copy(
        update={"events": [e.model_copy(update={"modality": "negated"}) for e in x.events]}
    )
    lt.mark_gated(ctx, [(e.trigger.start, e.trigger.end) for e in x.events])
    checked = lt.drop_roleless_gated(negated, ctx)
    assert checked is not None and checked.events == []
    lt.mark_gated(ctx, [(e.trigger.start, e.trigger.end) for e in x.events])
    assert lt.drop_roleless_gated(x, ctx) is None  # asserted stays


def test_a_gated_event_without_actor_roles_is_dropped(
    run: Callable[[str, str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    # no actor on either side (session 23: one side may be enough, test_learned_triggers_session23)
    text = "Insults were traded at the dinner."
    assert ("ACCUSE", "Insults") not in _events(run(text, "on"))
    monkeypatch.setattr(newsextract_events, "drop_roleless_gated", lambda _x, _ctx: None)
    assert ("ACCUSE", "Insults") in _events(run(text, "on"))  # the check is what drops it


def test_the_check_keeps_asserted_gated_events_with_both_actors(
    run: Callable[[str, str], Extraction],
) -> None:
    x = run(KEPT, "on")
    assert ("ACCUSE", "insults") in _events(x)
    roles = {p.role for e in x.events for p in e.participants if p.actor is not None}
    assert {"agent", "target"} <= roles


def test_the_check_leaves_the_rules_events_alone(run: Callable[[str, str], Extraction]) -> None:
    # a rule event (not the gate's) with no actor target is not the check's business, even in
    # a document where the gate kept an event (so the check runs)
    text = "Senator Ann Lee criticized the plan. " + KEPT
    on, off = run(text, "on"), run(text, "off")
    assert ("ACCUSE", "insults") in _events(on)  # the gate's: the check ran on this document
    criticized = [e for e in on.events if e.trigger.text == "criticized"]
    assert criticized and not any(
        p.actor for e in criticized for p in e.participants if p.role == "target"
    )
    assert [e for e in _events(on) if e != ("ACCUSE", "insults")] == _events(off)


def test_the_mark_is_private_and_read_once(run: Callable[[str, str], Extraction], nlp: Any) -> None:
    x = run("Senator Ann Lee traded insults. " + KEPT, "on")
    ctx = newsextract.ExtractionContext(nlp(x.text))
    assert lt.drop_roleless_gated(x, ctx) is None  # nothing marked: nothing checked
    spans = [(e.trigger.start, e.trigger.end) for e in x.events]
    lt.mark_gated(ctx, spans, one_sided=spans)  # session 23: "traded insults" has one side
    assert lt.drop_roleless_gated(x, ctx) is None  # every kept event has its actors
    assert lt.drop_roleless_gated(x, ctx) is None  # the mark was read and removed
    stripped = x.model_copy(
        update={
            "events": [
                e.model_copy(
                    update={"participants": [p for p in e.participants if p.role != "target"]}
                )
                for e in x.events
            ]
        }
    )
    lt.mark_gated(ctx, spans)
    checked = lt.drop_roleless_gated(stripped, ctx)
    assert checked is not None and checked.events == []


def test_the_gate_adds_no_aid_and_no_infinitive(
    run: Callable[[str, str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    # campaign money alone is no sum given (the rules' ruling; with a "from"-giver the rules
    # keep it, session 21); "authority to negotiate"
    aid = ("Mary Walsh's contributions to Tom Reed angered voters.", ("AID", "contributions"))
    infinitive = (
        "Congress gave Tom Reed new authority to negotiate them.",
        ("CONSULT", "negotiate"),
    )
    for text, event in (aid, infinitive):
        assert event not in _events(run(text, "on"))
    # each rule is what keeps its event out: the gate keeps both candidates without it
    with monkeypatch.context() as m:
        m.setattr(lt, "GATED_NO_TYPES", frozenset())
        assert aid[1] in _events(run(aid[0], "on"))
    with monkeypatch.context() as m:
        m.setattr(ex, "_infinitive", lambda _token: False)
        assert infinitive[1] in _events(run(infinitive[0], "on"))


def test_the_check_drops_a_gated_duplicate_of_a_rule_event(
    run: Callable[[str, str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "China slapped tariffs on Canada": the rules' "slapped" is the sanction; the gate's
    # "tariffs" (same type, agent and target) would count it twice
    text = "China slapped tariffs on Canada."
    assert _events(run(text, "on")) == _events(run(text, "off")) == [("SANCTION", "slapped")]
    monkeypatch.setattr(lt, "_event_key", lambda e: e.id)  # no two events alike
    assert _events(run(text, "on")) == [("SANCTION", "slapped"), ("SANCTION", "tariffs")]


def test_the_check_reads_only_the_events_plugins_events(
    run: Callable[[str, str], Extraction], nlp: Any
) -> None:
    # the mark is a span: another plugin's event on a gated span is neither dropped nor,
    # elsewhere with the same type and actors, a rule event the gated one would repeat
    x = run(KEPT, "on")
    (gated,) = x.events
    assert gated.plugin == lt.PLUGIN
    ctx = newsextract.ExtractionContext(nlp(x.text))
    span = (gated.trigger.start, gated.trigger.end)
    traded = KEPT.index("traded")
    others = [
        gated.model_copy(update={"id": "other-1", "plugin": "other", "modality": "hypothetical"}),
        gated.model_copy(
            update={
                "id": "other-2",
                "plugin": "other",
                "trigger": newsextract.Span.of(KEPT, traded, traded + len("traded")),
            }
        ),
    ]
    with_others = x.model_copy(update={"events": [gated, *others]})
    lt.mark_gated(ctx, [span])
    assert lt.drop_roleless_gated(with_others, ctx) is None
    # the same events as this plugin's: both gated ones repeat the rule event of their
    # sentence ("traded"), so they go
    own = [e.model_copy(update={"plugin": lt.PLUGIN}) for e in others]
    lt.mark_gated(ctx, [span])
    checked = lt.drop_roleless_gated(x.model_copy(update={"events": [gated, *own]}), ctx)
    assert checked is not None and [e.id for e in checked.events] == ["other-2"]


# -- S19M1: the actors made for the gate's dropped events go with them ----------------------

#: "Individual volunteers" is an actor only the refine step makes, for the gate's "apologized"
#: (no target: dropped by the check of both roles these tests' ``strict`` fixture restores;
#: session 23's check keeps an actor agent's act); "Conservative critics" one it makes for a
#: rule event.
STAFFERS = (
    "Individual volunteers have rightly apologized for their remarks. "
    "Conservative critics attacked Senator Ann Lee."
)


@pytest.fixture
def strict(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check asks for an actor in both roles, as it did until session 23."""

    def both(event: Any, needs: tuple[str, ...], _one_sided: bool) -> bool:
        return all(any(p.role == r and p.actor for p in event.participants) for r in needs)

    monkeypatch.setattr(lt, "_has_actor_roles", both)


def _referenced(x: Extraction) -> set[str]:
    return {ref for r in x.records() for _p, _k, ref in r.references() if ref != r.id}


def test_a_dropped_gated_event_leaves_no_actor_of_its_own(
    run: Callable[[str, str], Extraction], monkeypatch: pytest.MonkeyPatch, strict: None
) -> None:
    for mode in lt.MODES:
        x = run(STAFFERS, mode)
        made = {a.id for a in x.actors if a.plugin == lt.PLUGIN}
        assert made and made <= _referenced(x)  # every actor the refine step made takes part
        assert "Individual volunteers" not in {a.name for a in x.actors}
        assert ("ACCUSE", "attacked") in _events(x)
    # without the check the gate's event and its actor are there: the case is exercised
    monkeypatch.setattr(newsextract_events, "drop_roleless_gated", lambda _x, _ctx: None)
    unchecked = run(STAFFERS, "on")
    assert ("CONCEDE", "apologized") in _events(unchecked)
    assert "Individual volunteers" in {a.name for a in unchecked.actors}


def test_only_the_unreferenced_made_actors_go_and_ids_stay(
    run: Callable[[str, str], Extraction], monkeypatch: pytest.MonkeyPatch, strict: None
) -> None:
    pruned = run(STAFFERS, "on")
    with monkeypatch.context() as m:
        m.setattr(newsextract_events, "_without_unreferenced", lambda x, _candidates: x)
        kept_all = run(STAFFERS, "on")
    referenced = _referenced(kept_all)
    gone = [a for a in kept_all.actors if a.plugin == lt.PLUGIN and a.id not in referenced]
    assert [a.name for a in gone] == ["Individual volunteers"]
    # the rest unchanged, ids and all (a gap where the actor was is fine)
    assert pruned.actors == [a for a in kept_all.actors if a not in gone]
    assert pruned.events == kept_all.events


def test_any_reference_keeps_a_made_actor(run: Callable[[str, str], Extraction]) -> None:
    # no events here: both actors are referenced by nothing
    x = run(DROPPED, "on")
    baker, gomez = (a.id for a in x.actors)
    assert x.events == []
    prune = newsextract_events._without_unreferenced
    assert [a.id for a in prune(x, {baker}).actors] == [gomez]  # only the candidates go
    assert prune(x, set()) is x
    # a reference from any record (here another actor's affiliation) keeps it
    tied = x.model_copy(
        update={"actors": [x.actors[0], x.actors[1].model_copy(update={"affiliation": baker})]}
    )
    assert prune(tied, {baker}) is tied


# -- S21: the gate's events date no later act -------------------------------------------------


def test_a_gated_event_dates_no_later_act(nlp: Any, strict: None) -> None:
    """A gated event may yet be dropped by the check after the roles ("was first elected
    in 2019": no actor agent, which the ``strict`` check asks for), so it does not date the
    next sentence's act as a dated rule event would; with every candidate kept (p = 0.5 >= 0)
    the case is exercised."""
    text = (
        "Senator Mary Walsh spoke to farmers in Albany on Monday.\n\n"
        "Walsh was first elected to the Senate in 2019.\n\n"
        "Walsh criticized Governor Tom Reed."
    )
    keep_all = newsextract_events.EventsPlugin(weights=lt.TriggerWeights({}, 0.0))
    pipe = newsextract.Pipeline(nlp=nlp, enable=["actors"], plugins=[keep_all])
    x = pipe.extract(text, doc_id="t", published="2024-03-06")
    (criticized,) = [e for e in x.events if e.trigger.text == "criticized"]
    assert criticized.when is None or criticized.when.start is None
    assert "elected" not in [e.trigger.text for e in x.events]  # the check dropped it
