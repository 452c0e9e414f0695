"""The learned trigger gate's check after the roles, session 23: one actor side may be enough.

Session 19's check kept a gated event only with an actor agent and an actor target. The
latest rulings code an actor's act with a null target and an act on an actor with a null
agent when the text names no one there, and on rounds 20-21 such one-sided gated events
matched a gold event about one time in three. One side is now enough for a candidate whose
participants the rules did not judge (a lexicon word whose sense conditions failed, or a
trigger with no actor at all); where the rules judged them (a poll's share, a thing visited,
pressure a ruling applies) both sides were still needed (since session 25 only for a poll's
share: ``learned_triggers.TWO_SIDED``), and a
one-sided event that retells a rule event of its sentence goes. An event with no actor at all
is still dropped (``test_a_gated_event_without_actor_roles_is_dropped``, session 19's file).
Made-up sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract_events
import pytest
from newsextract_events import learned_triggers as lt

import newsextract
from newsextract import Extraction


@pytest.fixture(scope="module")
def run(nlp: Any) -> Callable[[str], Extraction]:
    """Actors and events with the learned trigger gate on (its default)."""
    pipe = newsextract.Pipeline(nlp=nlp, enable=["actors", "events"])

    def extract(text: str) -> Extraction:
        return pipe.extract(text, doc_id="t")

    return extract


def _actor_roles(x: Extraction, trigger: str) -> list[tuple[str, str]]:
    """(role, actor name) of the participants with an actor of the event on ``trigger``."""
    names = {a.id: a.name for a in x.actors}
    return [
        (p.role, names[p.actor])
        for e in x.events
        if e.trigger.text == trigger
        for p in e.participants
        if p.actor is not None
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "role"),
    [
        # an actor's act on no one named: CONSULT, REQUEST with an actor agent only
        ("Senator Ann Lee held a town hall meeting in Columbus.", "hall", "agent"),
        ("Senator Ann Lee is helping push for farm bills in Congress.", "push", "agent"),
        # an act on an actor by no one named
        ("Mayor Ann Lee is not above criticism for her budget.", "criticism", "target"),
    ],
)
def test_a_gated_event_with_an_actor_on_one_side_stays(
    run: Callable[[str], Extraction], text: str, trigger: str, role: str
) -> None:
    assert _actor_roles(run(text), trigger) == [(role, "Ann Lee")]


def test_the_one_sided_events_are_the_gates(
    run: Callable[[str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rules alone give none of them: the gate adds them and the check keeps them
    text = "Senator Ann Lee held a town hall meeting in Columbus."
    assert _actor_roles(run(text), "hall")
    monkeypatch.setattr(lt, "GATED_NEEDS", ())  # no role to fill: every gated event goes
    assert not _actor_roles(run(text), "hall")
    monkeypatch.setattr(newsextract_events, "drop_roleless_gated", lambda _x, _ctx: None)
    assert _actor_roles(run(text), "hall")


def test_one_side_is_enough_only_where_marked(run: Callable[[str], Extraction], nlp: Any) -> None:
    # the mark says which gated spans the rules did not judge: only they may keep one side
    x = run("Senator Ann Lee held a town hall meeting in Columbus.")
    spans = [(e.trigger.start, e.trigger.end) for e in x.events]
    assert spans
    ctx = newsextract.ExtractionContext(nlp(x.text))
    lt.mark_gated(ctx, spans, one_sided=spans)
    assert lt.drop_roleless_gated(x, ctx) is None
    lt.mark_gated(ctx, spans)
    checked = lt.drop_roleless_gated(x, ctx)
    assert checked is not None and checked.events == []


@pytest.mark.parametrize(
    "text",
    [
        # the rules judged the agent a poll's share, which backs no one (rounds 8 and 21),
        # whatever the gate says; session 25 lets every other judged candidate keep one side
        # ("visited a halfway house": test_learned_triggers_session25)
        "Senator Tom Hanley was supported by 37 percent of likely voters in a new survey.",
    ],
)
def test_a_judged_candidate_still_needs_both_sides(
    run: Callable[[str], Extraction], text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(text).events == []
    monkeypatch.setattr(newsextract_events, "drop_roleless_gated", lambda _x, _ctx: None)
    assert run(text).events  # the gate keeps it: the check is what drops it


def test_a_one_sided_retelling_of_a_rule_event_goes(
    run_events: Callable[[str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "raised questions about X": the verb and its noun tell one act; without the role
    # scorer (``run_events``) the gate's "questions" has the target only
    text = "Senator Jane Holt raised questions about Governor Tom Baker's record."
    assert [e.trigger.text for e in run_events(text).events if e.type == "ACCUSE"] == ["raised"]
    monkeypatch.setattr(lt, "_retold", lambda _e, _sentence, _told: False)
    assert [e.trigger.text for e in run_events(text).events if e.type == "ACCUSE"] == [
        "raised",
        "questions",
    ]
