"""Event roles, session 22 (roles.py, quoted_speakers.py), on made-up texts.

- The one accused of an act an event noun names did it: "charged X with murder", "blamed
  X for the bombing", "X was responsible for the killing" (the gerund "accused X of
  shelling" already had it); not a thing blamed ("blamed weak rules for the shootings").
- An attack noun a violent past clause was done in shares the clause's subject: "the
  gunmen killed nine soldiers in an ambush"; not a habit ("kill people in shootings").
- An actorless "I" in an event a quote tells is the quote's speaker.
"""

from __future__ import annotations

import pytest
from newsextract_events.quoted_speakers import quoted_speakers

from newsextract import Actor, Event, Extraction, Participant, Quote, Span

from .events_helpers import name, only


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Prosecutors charged Tom Baxter with murder on Monday.", "murder", "Tom Baxter"),
        (
            "The Kenyan government blamed the Northern Liberation Front for the bombing.",
            "bombing",
            "Northern Liberation Front",
        ),
        (
            "Officials said the Northern Liberation Front was responsible for the killing of"
            " two Kenyan soldiers.",
            "killing",
            "Northern Liberation Front",
        ),
    ],
)
def test_the_accused_does_the_act_a_noun_names(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, agent: str
) -> None:
    x = run_events(text)
    event = only(x, "ASSAULT", trigger)
    assert (name(x, event, "agent") or "").endswith(agent)


def test_a_thing_blamed_does_no_act(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Parents blame weak school rules for the shootings.")
    event = only(x, "ASSAULT", "shootings")
    assert not [p for p in event.participants if p.role == "agent"]


def test_an_attack_a_violent_clause_was_done_in_is_its_subjects(  # type: ignore[no-untyped-def]
    run_events,
) -> None:
    x = run_events("Gunmen from the Northern Liberation Front killed nine soldiers in an ambush.")
    ambush = only(x, "ASSAULT", "ambush")
    killed = only(x, "ASSAULT", "killed")
    assert name(x, ambush, "agent") is not None
    assert name(x, ambush, "agent") == name(x, killed, "agent")


def test_a_habit_of_violence_gives_no_attacker(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Gunmen from the Northern Liberation Front kill people in ambushes.")
    assert name(x, only(x, "ASSAULT", "ambushes"), "agent") is None


TEXT = '"I will never back Tom Baxter," said Maria Lopez, the governor.'


def _sp(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span.of(TEXT, start, start + len(needle))


def _extraction(actor: str | None, quoted: bool = True) -> Extraction:
    """Maria Lopez's quote, and the backing it tells with an "I" whose actor is ``actor``."""
    lopez = Actor(id="actor-1", name="Maria Lopez", type="person", mentions=[_sp("Maria Lopez")])
    baxter = Actor(id="actor-2", name="Tom Baxter", type="person", mentions=[_sp("Tom Baxter")])
    quote = Quote(
        id="quote-1",
        speaker="actor-1",
        speaker_mention=_sp("Maria Lopez"),
        cue=_sp("said"),
        content=[_sp("I will never back Tom Baxter,")],
        style="direct",
    )
    event = Event(
        id="event-1",
        type="SUPPORT",
        trigger=_sp("back"),
        participants=[
            Participant(role="agent", actor=actor, mention=_sp("I")),
            Participant(role="target", actor="actor-2", mention=_sp("Tom Baxter")),
        ],
        modality="negated",
    )
    return Extraction(
        text=TEXT, actors=[lopez, baxter], quotes=[quote] if quoted else [], events=[event]
    )


def test_an_actorless_i_in_a_quote_is_its_speaker() -> None:
    out = quoted_speakers(_extraction(None))
    assert out is not None
    agent = next(p for p in out.events[0].participants if p.role == "agent")
    assert agent.actor == "actor-1"
    assert agent.mention.text == "I"


@pytest.mark.parametrize(("actor", "quoted"), [("actor-2", True), (None, False)])
def test_a_linked_or_unquoted_i_is_left(actor: str | None, quoted: bool) -> None:
    assert quoted_speakers(_extraction(actor, quoted)) is None
