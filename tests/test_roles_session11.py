"""Participants of events, session 11 (roles.py, syntax.py, participant_actors.py), on
made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

import pytest
from newsextract_events.syntax import Tree, subject_of
from spacy.tokens import Doc

from .events_helpers import event_on, name


@pytest.mark.parametrize(
    ("sentence", "trigger", "group"),
    [
        ("The mayor scolded security guards for not removing the hecklers.", "scolded", "guards"),
        ("The senators were booed by hecklers in Dayton on Monday.", "booed", "hecklers"),
        ("Trade officials urged surrogates to repeat the claim.", "urged", "surrogates"),
    ],
)
def test_a_group_noun_participant_becomes_an_actor(run_events, sentence, trigger, group) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = event_on(x, trigger)
    assert any(group in (name(x, event, role) or "") for role in ("agent", "target"))


def test_a_plural_thing_is_no_new_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The mayor scolded the new parking rules on Monday.")
    event = event_on(x, "scolded")
    assert name(x, event, "target") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Calder has been taking heat for not condemning Governor Paul Aston.",
        "Senator Ruth Calder received $2 million for advising Governor Paul Aston.",
    ],
)
def test_a_for_gerund_after_a_thing_got_is_the_subjects_act(run_events, sentence) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = next(e for e in x.events if e.trigger.text in ("condemning", "advising"))
    assert name(x, event, "agent") == "Ruth Calder"


def test_a_for_gerund_after_a_person_is_that_persons_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Paul Aston thanked the mayor for backing Senator Ruth Calder.")
    event = event_on(x, "backing")
    assert name(x, event, "agent") == "mayor"


def test_the_cores_dateline_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Millbrook (AFP) – Ruth Calder hit": hand-parsed as the small model parses wire
    # datelines; the core's dateline spans (not a rule of the events plugin) decide
    rows = [
        ("Millbrook", "NNP", 7, "nsubj", True),
        ("(", "-LRB-", 2, "punct", False),
        ("AFP", "NNP", 0, "appos", False),
        (")", "-RRB-", 2, "punct", True),
        ("–", ":", 0, "punct", True),
        ("Ruth", "NNP", 6, "compound", True),
        ("Calder", "NNP", 0, "appos", True),
        ("hit", "VBD", 7, "ROOT", False),
    ]
    pos = {"NNP": "PROPN", "VBD": "VERB", ":": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT"}
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[r[4] for r in rows],
        tags=[r[1] for r in rows],
        pos=[pos.get(r[1], "X") for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
    )
    doc.ents = [doc.char_span(doc[5].idx, doc[6].idx + len("Calder"), label="PERSON")]  # type: ignore[list-item]
    assert doc.text == "Millbrook (AFP) – Ruth Calder hit"
    subject = subject_of(doc[7], Tree(doc))
    assert subject is not None and subject.text == "Calder"
    # not a dateline: a name before a dash inside a sentence stays the subject
    assert _dateline_free_subject(nlp)


def _dateline_free_subject(nlp) -> bool:  # type: ignore[no-untyped-def]
    doc = nlp("Ruth Calder hit back on Monday.")
    subject = subject_of(doc[2], Tree(doc))
    return subject is not None and subject.text == "Calder"
