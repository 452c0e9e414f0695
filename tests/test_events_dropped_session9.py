"""Events kept or merged after their roles are read (session 9: extract.py, merging.py).

Made-up sentences; each test names one construction, so a regression names itself:

- backing by a group an actor noun names ("progressive organizations that endorsed X")
  is an event between actors, unlike a poll's share ("supported by 42 percent");
- the same word twice in one sentence names two acts, never merged into one record,
  while a repeated act in two sentences still is;
- a nationality named in the plural ("asking Americans to ...") that takes part in an
  event becomes a group actor of its own (participant_actors.py).
"""

from __future__ import annotations

from .events_helpers import name, triggers


def test_a_group_named_by_an_actor_noun_backs(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Progressive organizations that have endorsed Senator Tom Hanley say the race is close."
    )
    assert triggers(x, "SUPPORT") == ["endorsed"]
    event = next(e for e in x.events if e.type == "SUPPORT")
    assert name(x, event, "target") == "Tom Hanley"
    assert name(x, event, "agent") is not None  # the refine step made the unions an actor


def test_a_poll_share_still_backs_no_one(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Tom Hanley was supported by 42 percent of the voters surveyed in the poll."
    )
    assert triggers(x, "SUPPORT") == []


def test_one_word_twice_in_a_sentence_is_two_acts(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Ann Ruiz on Monday criticized Governor Tom Hanley on taxes, and she "
        "criticized him on schools."
    )
    assert triggers(x, "ACCUSE") == ["criticized", "criticized"]


def test_one_act_told_in_two_sentences_is_one_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Ann Ruiz criticized Governor Tom Hanley.\n\n"
        "Ruiz criticized Hanley at a rally in Denver on Monday, aides said."
    )
    assert triggers(x, "ACCUSE") == ["criticized"]


def test_a_plural_nationality_taking_part_is_a_group(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Tom Hanley spoke in Denver on Monday, asking Americans to reject Governor "
        "Ann Ruiz."
    )
    event = next(e for e in x.events if e.type == "REQUEST")
    assert name(x, event, "target") == "Americans"
    actor = next(a for a in x.actors if a.name == "Americans")
    assert actor.type == "group"


def test_a_counted_nationality_is_the_victim(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Gunmen killed two Americans in Lagos on Monday.")
    event = next(e for e in x.events if e.type == "ASSAULT")
    assert name(x, event, "target") == "two Americans"
