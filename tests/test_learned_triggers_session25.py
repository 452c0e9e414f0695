"""The learned trigger gate's check after the roles, session 25: the F1 audit of its filters.

At the events' precision and recall on the latest rounds (P ~58, R ~27), a dropped event
that would match a gold event more than about one time in five costs F1. Measured on train
rounds 5-23, three of the check's filters dropped events above that: the candidates whose
participants the rules had judged (a place visited, a thing no actor owns criticised) kept on
one actor side (one in three matched), the gate's planned, hypothetical or alleged
events (12 in 22; negated ones are mostly denials and still go), and gated events
repeating a rule event's type, agent and target in another sentence (one in three). They
stay now; where the rules judged that no actor acts (a poll's share, pressure a ruling
applies, an interview no one holds) both sides are still needed, and a repetition in the
same sentence still goes (``test_the_check_drops_a_gated_duplicate_of_a_rule_event``,
session 19's file). Made-up sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract_events.extract as ex
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


def _roles(x: Extraction, trigger: str) -> list[tuple[str, str, str | None]]:
    """(type, role, actor name) of the agent and target of the events on ``trigger``."""
    names = {a.id: a.name for a in x.actors}
    return [
        (e.type, p.role, names.get(p.actor) if p.actor else None)
        for e in x.events
        if e.trigger.text == trigger
        for p in e.participants
        if p.role in ("agent", "target")
    ]


def test_a_judged_candidate_with_an_actor_on_one_side_stays(
    run: Callable[[str], Extraction],
) -> None:
    # a campaign visit to a place: CONSULT (visit) with no target (rounds 1 and 15); the
    # rules judged "a halfway house" no actor met, the gate kept the candidate
    x = run("Senator Jane Doe visited a halfway house in Ohio on Monday.")
    assert _roles(x, "visited") == [("CONSULT", "agent", "Jane Doe"), ("CONSULT", "target", None)]


def test_a_polls_share_still_needs_both_sides(
    run: Callable[[str], Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    # an attitude known only as a poll finding is no event (rounds 8 and 21)
    text = "Senator Tom Hanley was supported by 37 percent of likely voters in a new survey."
    assert run(text).events == []
    # the gate keeps the candidate: the two-sided check is what drops it
    monkeypatch.setattr(ex, "TWO_SIDED", frozenset())
    assert [e.type for e in run(text).events] == ["SUPPORT"]


def test_a_planned_hypothetical_or_alleged_gated_event_stays(
    run: Callable[[str], Extraction], nlp: Any
) -> None:
    # "will trade insults", "would trade insults": planned and hypothetical acts are annotated
    # too; a negated one still goes (a denial: session 19's file)
    x = run("Senator Ann Lee traded insults with Mayor Rita Gomez.")
    assert [e.trigger.text for e in x.events] == ["insults"]
    ctx = newsextract.ExtractionContext(nlp(x.text))
    spans = [(e.trigger.start, e.trigger.end) for e in x.events]
    for modality in ("hypothetical", "planned", "alleged"):
        changed = x.model_copy(
            update={"events": [e.model_copy(update={"modality": modality}) for e in x.events]}
        )
        lt.mark_gated(ctx, spans, one_sided=spans)
        assert lt.drop_roleless_gated(changed, ctx) is None


@pytest.mark.parametrize(
    "text",
    [
        # the rules judged that no actor acts: a ruling applies the pressure (session 9),
        # whatever the gate says (a meeting no one holds: test_noun_triggers_session16)
        "The ruling will increase the pressure on Mary Walsh to resign.",
    ],
)
def test_an_act_no_actor_does_still_needs_both_sides(
    run: Callable[[str], Extraction], text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [e for e in run(text).events if e.type in ("REQUEST", "CONSULT")] == []
    monkeypatch.setattr(ex, "TWO_SIDED", frozenset())
    assert [e for e in run(text).events if e.type in ("REQUEST", "CONSULT")]


def test_a_gated_repetition_in_another_sentence_stays(run: Callable[[str], Extraction]) -> None:
    # two acts of one accuser against one target, told in two sentences: the gold annotates
    # each occasion, so the gate's "insults" is no duplicate of the rules' "criticized"
    x = run(
        "Senator Ann Lee criticized Mayor Rita Gomez on Monday. "
        "On Friday, Senator Ann Lee traded insults with Mayor Rita Gomez."
    )
    assert (
        _roles(x, "criticized")
        == _roles(x, "insults")
        == [
            ("ACCUSE", "agent", "Ann Lee"),
            ("ACCUSE", "target", "Rita Gomez"),
        ]
    )
