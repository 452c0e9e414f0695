"""Session 20, ACCUSE and REJECT recall: denials of claims, verbal attacks sent from someone,
quoted name-calling, standing up to someone, taking issue, pushing back, and the party a
refused act was for (made-up sentences; the learned role scorer is off)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from newsextract_events.triggers import NAME_CALLING, _name_calling
from spacy.tokens import Doc

from newsextract import Extraction

from .events_helpers import name, only

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Holt dismissed the report from the Daily Ledger on Monday.",
        "Governor Tom Baker dismissed the accusations by Senator Jane Holt.",
        "Governor Tom Baker denied the story by the Daily Ledger.",
    ],
)
def test_brushing_off_a_claim_is_a_denial(run_events: Run, text: str) -> None:
    """ "dismissed the report", "denied the allegations": a claim brushed off is REJECT
    (session-12 ruling), not a firing (SANCTION) nor no event."""
    x = run_events(text)
    event = only(x, "REJECT")
    assert event.trigger.text in ("dismissed", "denied")
    assert not [e for e in x.events if e.type == "SANCTION"]


def test_dismissing_a_director_still_fires_him(run_events: Run) -> None:
    """A person dismissed is fired: the claim sense asks for a claim."""
    x = run_events("The board of Acme Corp dismissed its director, Tom Baker, on Monday.")
    assert not [e for e in x.events if e.type == "REJECT"]


def test_attacks_from_someone_are_criticism(run_events: Run) -> None:
    """ "the attacks from Holt": a person's attacks sent from someone are ACCUSE even with no
    one attacked named (a bare "his attacks" stays no event)."""
    x = run_events("The sharp attacks from Senator Jane Holt continued on Monday.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Jane Holt"
    assert not [e for e in x.events if e.type == "ASSAULT"]


def test_twitter_attacks_are_criticism(run_events: Run) -> None:
    """ "Holt's Twitter attacks": a modifier that makes the attack one in words."""
    x = run_events("Governor Tom Baker ignored Senator Jane Holt's Twitter attacks on Monday.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") == "Jane Holt"


def test_quoted_predicate_after_doubled_apostrophes(nlp: Any) -> None:
    """ "called Baker an ''Uncle Tom''": the wires' doubled apostrophes open the quoted
    predicate the parser hangs on the object as an apposition, the article its left edge;
    name-calling, not a phone call (the parse built by hand, as the small model gives it
    for such a sentence in the wild)."""
    words = ["Holt", "called", "Baker", "an", "''", "Uncle", "Tom", ".", "''"]
    heads = [1, 1, 1, 6, 6, 6, 2, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "det", "punct", "compound", "appos", "punct", "punct"]
    tags = ["NNP", "VBD", "NNP", "DT", "''", "NNP", "NNP", ".", "''"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _name_calling(doc[1]) is NAME_CALLING


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt vowed to stand up to Governor Tom Baker.", "stand"),
        ("Senator Jane Holt will stand up against Governor Tom Baker.", "stand"),
        ("Senator Jane Holt took issue with Governor Tom Baker on Monday.", "took"),
        ("Senator Jane Holt is pushing back on Governor Tom Baker.", "pushing"),
    ],
)
def test_opposing_someone_in_words(run_events: Run, text: str, trigger: str) -> None:
    """Standing up to, taking issue with and pushing back on someone oppose him (ACCUSE;
    round-12 ruling on standing up to X)."""
    x = run_events(text)
    event = only(x, "ACCUSE", trigger)
    assert name(x, event, "agent") == "Jane Holt"
    assert name(x, event, "target") == "Tom Baker"


def test_standing_up_alone_is_no_event(run_events: Run) -> None:
    """Standing up from a chair opposes no one."""
    x = run_events("Senator Jane Holt stood up to speak to the crowd.")
    assert not [e for e in x.events if e.type == "ACCUSE"]


def test_rebutting_a_claim_is_a_denial(run_events: Run) -> None:
    """ "rebutted Baker's claims": answering a charge with a denial is REJECT."""
    x = run_events("Senator Jane Holt rebutted Governor Tom Baker's claims on Monday.")
    event = only(x, "REJECT", "rebutted")
    assert name(x, event, "agent") == "Jane Holt"


def test_the_party_refused_comes_before_the_thing(run_events: Run) -> None:
    """ "refused to give Baker a fair hearing", "refused to hold hearings for Baker": the one
    the refused act was for is the target, not the thing refused."""
    for text in (
        "Senator Jane Holt refused to give Governor Tom Baker a fair hearing.",
        "Senator Jane Holt refused to hold hearings for Governor Tom Baker.",
    ):
        x = run_events(text)
        event = only(x, "REJECT", "refused")
        assert name(x, event, "target") == "Tom Baker", text
