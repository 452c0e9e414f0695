"""Session 24, REJECT: who a refusal is toward, and evasions (made-up sentences; the learned
role scorer is off).

A refused act done to someone makes them the target ("refused to endorse Jane Holt"); a thing
refused leaves none, even when someone owns it ("refused to say the words", "refused to speak
to reporters"; rounds 5, 8, 12, 17). Evading a question and demurring are refusals with no
target, even when the asker is named (rounds 5 and 10)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsextract
from newsextract import Extraction

from .events_helpers import name, only, typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Tom Reed refused to speak to reporters after the meeting.", "refused"),
        ("Senator Tom Reed refused to release Jane Holt's letter.", "refused"),
    ],
)
def test_a_thing_refused_has_no_target(run_events: Run, text: str, trigger: str) -> None:
    """What is refused is no party: the press one declines to talk to, or a thing someone
    owns, leaves the refusal without a target (the gold's reading since round 5)."""
    x = run_events(text)
    event = only(x, "REJECT", trigger)
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is None


def test_refusing_orders_refuses_who_gave_them(run_events: Run) -> None:
    """Refusing to follow someone's commands refuses whoever gave them (round 12, like
    "rejected a request from X")."""
    x = run_events("Officer Jane Holt said the driver refused to follow her commands.")
    assert name(x, only(x, "REJECT", "refused"), "target") == "Jane Holt"


def test_a_refusal_noun_takes_the_party_of_its_act(run_events: Run) -> None:
    """A refusal noun's act names the one refused, as the verb's does ("Reed's refusal to
    endorse her")."""
    x = run_events("Jane Holt said Senator Tom Reed's refusal to endorse her was a mistake.")
    event = only(x, "REJECT", "refusal")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Jane Holt"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Asked which county was his favorite, Senator Tom Reed demurred.", "demurred"),
        ("On Tuesday, Senator Tom Reed deflected numerous questions about Jane Holt.", "deflected"),
        ("Senator Tom Reed skirted the opening question from the moderator, Jane Holt.", "skirted"),
        ("Senator Tom Reed did his best to evade the question.", "evade"),
    ],
)
def test_evading_is_a_refusal_with_no_target(run_events: Run, text: str, trigger: str) -> None:
    """A demurral or an evaded question is REJECT by the one asked, with no target even
    when the asker is named (rounds 5 and 10)."""
    x = run_events(text)
    event = only(x, "REJECT", trigger)
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is None


def test_dodging_taxes_is_no_evasion(run_events: Run) -> None:
    """Only questions, queries and attacks are evaded: "dodge taxes" refuses nobody."""
    assert typed(run_events("The company crafted the deal to dodge taxes."), "REJECT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Campaign manager Tom Reed rejected the idea that Jane Holt would be a drag on the ticket.",
        "Tom Reed rejected any implication that Jane Holt would outsource the job.",
        "Tom Reed dismissed the notion that Jane Holt was losing.",
    ],
)
def test_an_authorless_proposition_is_refused_to_nobody(
    pipeline: newsextract.Pipeline, text: str
) -> None:
    """Rejecting an idea nobody is named as putting forward is REJECT with no target, with the
    learned role scorer on too (it would take the content's subject, "Jane Holt")."""
    x = pipeline.extract(text)
    event = only(x, "REJECT")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") is None


def test_a_proposition_with_an_author_refuses_its_author(pipeline: newsextract.Pipeline) -> None:
    """A proposition with an owner ("Holt's suggestion that") refuses its author."""
    x = pipeline.extract("Tom Reed rejected Jane Holt's suggestion that he would quit.")
    assert name(x, only(x, "REJECT"), "target") == "Jane Holt"
