"""Verb trigger constructions of the events plugin's session 12, on made-up sentences.

Each case names one construction (lexicon.py / triggers.py); the negative cases are the
readings its condition exists to keep out.
"""

from __future__ import annotations

import pytest

from .events_helpers import triggers


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a participle that gives a noun its name: no one is called anything
        ("Mary Walsh founded a super PAC called Future Now in May.", "called"),
        ("Tom Reed leads a group called Citizens for Reed.", "called"),
        ("Acme Corp. opened a bar called The Lucky Fool in Ohio.", "called"),
    ],
)
def test_titling_participle_is_no_event(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert all(trigger not in triggers(x, type_) for type_ in ("ACCUSE", "REQUEST", "SUPPORT"))


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # name-calling and calls for something stay events
        ("Tom Reed called Mary Walsh a liar on Monday.", "ACCUSE", "called"),
        ("Mary Walsh was called a liar by Tom Reed on Monday.", "ACCUSE", "called"),
        ("Tom Reed called for Mary Walsh to resign.", "REQUEST", "called"),
    ],
)
def test_naming_acts_still_fire(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), type_)


@pytest.mark.parametrize(
    "sentence",
    [
        # victims described by a participle with no one doing it: the attack is the event
        "Mary Walsh said the three soldiers killed in the bombing could have been saved.",
        "Tom Reed met the families of four Americans killed in the raid.",
    ],
)
def test_victims_described_are_no_assault(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert "killed" not in triggers(x, "ASSAULT")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a doer named, or a finite clause: the violence is told here
        ("Two police officers shot by the gunman were taken to hospital.", "shot"),
        ("Ruritanian troops killed four Freedonian soldiers on Sunday.", "killed"),
    ],
)
def test_violence_with_its_doer_stays(run_events, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in triggers(run_events(sentence), "ASSAULT")


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # an entitlement or grounds to act is no act
        ("Mary Walsh defended the right of shop owners to refuse service.", "REJECT", "refuse"),
        ("Congress gave Tom Reed new authority to negotiate them.", "CONSULT", "negotiate"),
        ("The police have no evidence to suggest that Tom Reed lied.", "ACCUSE", "suggest"),
    ],
)
def test_entitlement_is_no_act(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(run_events(sentence), type_)


def test_refusal_itself_stays(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Acme Corp. refused to sell the gun to Tom Reed.")
    assert "refused" in triggers(x, "REJECT")


@pytest.mark.parametrize(
    "sentence",
    [
        # what is said of a named person's or body's thing is said of its owner
        "Mary Walsh warned that the Acme Corp.'s move could deeply damage the party.",
        "Tom Reed suggested that Mary Walsh's latest plan was unserious.",
    ],
)
def test_insinuation_about_an_owned_thing(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert any(t in triggers(x, "ACCUSE") for t in ("warned", "suggested"))


def test_a_countrys_case_is_no_insinuation(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed suggested that Ruritania's best argument was the treaty itself.")
    assert "suggested" not in triggers(x, "ACCUSE")
