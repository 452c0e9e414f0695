"""Dates of session 19: an event noun dated from the words around it.

An event noun whose own clause names no date takes the date of the verb that performs or
attends it ("scored her first endorsement on Monday", "made a surprise appearance at
Walsh's rally on Monday", "issued a new line of attack on Monday"), of its own relative
clause ("an interview that aired Monday night") or of the occasion it is set at ("her
attack on Reed in Monday's debate"). Not the date of a verb that responds to the act or
asks for it ("downplayed the attack on Monday", "requested an investigation"), and a
"last week" on the verb still gives no date.

An undated act of the headline takes the date of the body's mention of the same act (same
type, a participant in common and none apart) when the body dates it once, whatever the
headline's modality and though the body names only one of its participants.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from newsextract_events import timing
from newsextract_events.occasions import date_by_body

from newsextract import Event, Participant, Span, TimeRef

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Senator Mary Walsh scored her first endorsement from Governor Tom Reed on Monday.",
            "endorsement",
        ),
        (
            "Governor Tom Reed made a surprise appearance at Senator Mary Walsh's rally "
            "in Dayton on Monday.",
            "rally",
        ),
        (
            "During an interview with Fox News that aired Monday night, Senator Mary Walsh "
            "criticized Governor Tom Reed.",
            "interview",
        ),
        (
            "Senator Mary Walsh's attack on Governor Tom Reed in Monday's debate was a "
            "stretch at best.",
            "attack",
        ),
    ],
)
def test_an_event_noun_takes_the_date_around_it(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert start(event_on(run_events(text), trigger)) == _MONDAY


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a response to the act comes after it
        (
            "Senator Mary Walsh downplayed Governor Tom Reed's attack on her on Monday.",
            "attack",
        ),
        (
            "Senator Mary Walsh downplayed the criticism from Governor Tom Reed on Monday.",
            "criticism",
        ),
        # "last week" on the verb names no calendar unit
        (
            "Senator Mary Walsh scored her first endorsement from Governor Tom Reed last week.",
            "endorsement",
        ),
        # a relative clause of someone else's act on the noun tells another time
        (
            "Senator Mary Walsh urged Governor Tom Reed to resume the talks he abandoned in 2019.",
            "talks",
        ),
        # leaving a rally is not going to it
        (
            "Governor Tom Reed stormed out of Senator Mary Walsh's rally in Dayton on Monday.",
            "rally",
        ),
    ],
)
def test_no_date_from_a_verb_of_another_time(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    event = event_on(run_events(text), trigger)
    assert start(event) is None


# --- session 20 review: the performing verbs are a word list (timing._PERFORMING) ---


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mary Walsh unleashed a blistering attack on Governor Tom Reed on Monday.",
        "Senator Mary Walsh lobbed a fresh attack at Governor Tom Reed on Monday.",
        "Senator Mary Walsh renewed her attack on Governor Tom Reed on Monday.",
    ],
)
def test_a_listed_performing_verb_dates_its_event_noun(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
) -> None:
    assert start(event_on(run_events(text), "attack")) == _MONDAY


@pytest.mark.parametrize(
    ("text", "trigger", "verb"),
    [
        # near misses: verbs on the act that are no performing of it, at another time
        (
            "Senator Mary Walsh defended her attack on Governor Tom Reed on Monday.",
            "attack",
            "defend",
        ),
        (
            "Senator Mary Walsh recalled Governor Tom Reed's attack on her on Monday.",
            "attack",
            "recall",
        ),
        (
            "Senator Mary Walsh welcomed the endorsement from Governor Tom Reed on Monday.",
            "endorsement",
            "welcome",
        ),
    ],
)
def test_a_verb_near_the_performing_ones_gives_no_date(
    run_events,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    trigger: str,
    verb: str,
) -> None:
    assert start(event_on(run_events(text), trigger)) is None
    # only the word list keeps the date out: with the verb in it, the noun takes Monday
    monkeypatch.setattr(timing, "_PERFORMING", timing._PERFORMING | {verb})
    assert start(event_on(run_events(text), trigger)) == _MONDAY


# --- the headline's act dated by the body's mention of it (occasions.date_by_body) ---

_TEXT = "Walsh Slams Reed. Walsh blasted Reed on Monday. Walsh blasted Reed again on Friday."
_HEADLINE_END = 17
_MON = TimeRef(start=dt.date(2023, 2, 27), end=dt.date(2023, 2, 27), precision="day")
_FRI = TimeRef(start=dt.date(2023, 2, 24), end=dt.date(2023, 2, 24), precision="day")


def _event(
    at: int, agent: str | None, target: str | None, when: TimeRef | None = None, **kw: str
) -> Event:
    people = [("agent", agent, 0), ("target", target, 12)]
    return Event(
        id=f"e{at}",
        type=kw.get("type", "ACCUSE"),
        trigger=Span.of(_TEXT, at, at + 5),
        participants=[
            Participant(role=role, actor=actor, mention=Span.of(_TEXT, start, start + 4))
            for role, actor, start in people
            if actor is not None
        ],
        when=when,
        modality=kw.get("modality", "asserted"),
    )


def _ctx() -> Any:
    return SimpleNamespace(headline=Span.of(_TEXT, 0, _HEADLINE_END))


@pytest.mark.parametrize(
    "body",
    [
        # the body names only the agent ("Walsh blasted the plan on Monday")
        _event(24, "a1", None, _MON),
        # the body tells it as done, the headline as planned ("Walsh to slam Reed")
        _event(24, "a1", "a2", _MON, modality="planned"),
    ],
)
def test_the_headline_act_takes_the_body_date(body: Event) -> None:
    out = date_by_body([_event(6, "a1", "a2"), body], _ctx())
    assert out[0].when == _MON


@pytest.mark.parametrize(
    "events",
    [
        # another participant: another act
        [_event(6, "a1", "a2"), _event(24, "a1", "a3", _MON)],
        # another type
        [_event(6, "a1", "a2"), _event(24, "a1", "a2", _MON, type="SUPPORT")],
        # a refusal in the body is not the act the headline reports
        [_event(6, "a1", "a2"), _event(24, "a1", "a2", _MON, modality="negated")],
        # two dates in the body: two acts, and which the headline tells is unsaid
        [_event(6, "a1", "a2"), _event(24, "a1", "a2", _MON), _event(50, "a1", "a2", _FRI)],
    ],
)
def test_no_body_date_for_another_act(events: list[Event]) -> None:
    assert date_by_body(events, _ctx())[0].when is None


def test_a_body_act_is_not_dated_by_another_body_act() -> None:
    out = date_by_body([_event(24, "a1", "a2"), _event(50, "a1", "a2", _FRI)], _ctx())
    assert out[0].when is None


def test_a_repeated_word_undated_in_the_body_keeps_the_headline_apart() -> None:
    """The body repeats the headline's word undated ("slams" ... "slams"): another word
    dated ("blasted Reed on Friday", another act of the same type between the same actors)
    does not date the headline."""
    text = "Walsh Slams Reed. Walsh slams Reed again. Walsh blasted Reed on Friday."

    def at(start: int, when: TimeRef | None = None) -> Event:
        return _event(start, "a1", "a2", when).model_copy(
            update={"trigger": Span.of(text, start, start + 5)}
        )

    out = date_by_body([at(6), at(24), at(48, _FRI)], _ctx())
    assert out[0].when is None
