"""Dates shared between mentions of one event (occasions.share_dates), on made-up records."""

from __future__ import annotations

import datetime as dt

from newsextract_events.occasions import share_dates

from newsextract import Event, Participant, Span, TimeRef

TEXT = "Walsh Slams Reed. Walsh blasted Reed on Monday. Walsh blasted Reed again on Friday."
MONDAY = TimeRef(start=dt.date(2023, 2, 27), end=dt.date(2023, 2, 27), precision="day")
FRIDAY = TimeRef(start=dt.date(2023, 2, 24), end=dt.date(2023, 2, 24), precision="day")


def event(
    at: int, agent: str | None, target: str | None, when: TimeRef | None = None, **kw: str
) -> Event:
    people = [("agent", agent, 0), ("target", target, 12)]
    return Event(
        id=f"e{at}",
        type=kw.get("type", "ACCUSE"),
        trigger=Span.of(TEXT, at, at + 5),
        participants=[
            Participant(role=role, actor=actor, mention=Span.of(TEXT, start, start + 4))
            for role, actor, start in people
            if actor is not None
        ],
        when=when,
        modality=kw.get("modality", "asserted"),
    )


def test_an_undated_mention_takes_the_date_of_the_same_event() -> None:
    out = share_dates([event(6, "a1", "a2"), event(24, "a1", "a2", MONDAY)], None)  # type: ignore[arg-type]
    assert out[0].when == MONDAY


def test_different_participants_type_or_modality_share_nothing() -> None:
    dated = event(24, "a1", "a2", MONDAY)
    for other in (
        event(6, "a1", "a3"),
        event(6, "a1", None),
        event(6, "a1", "a2", type="SUPPORT"),
        event(6, "a1", "a2", modality="negated"),
    ):
        assert share_dates([other, dated], None)[0].when is None  # type: ignore[arg-type]


def test_two_occasions_share_nothing() -> None:
    out = share_dates(
        [event(6, "a1", "a2"), event(24, "a1", "a2", MONDAY), event(50, "a1", "a2", FRIDAY)],
        None,  # type: ignore[arg-type]
    )
    assert out[0].when is None


def test_the_pipeline_dates_a_headline_by_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """Wired in the events plugin: the headline's act takes the body's date."""
    from .events_helpers import actors_and_events

    extract = actors_and_events(nlp)
    x = extract(
        "Senator Mary Walsh slams Governor Tom Reed over the budget.\n\n"
        "Walsh criticized Reed on Monday in a speech to the state senate."
    )
    (first,) = [e for e in x.events if e.trigger.start == x.text.index("slams")]
    assert first.type == "ACCUSE"
    assert first.when is not None and first.when.start == dt.date(2023, 2, 27)


LEAD = (
    "Walsh slams Reed over budget.\n\n"
    "Senator Mary Walsh criticized Governor Tom Reed over the state budget.\n\n"
)


def _criticized(nlp, text: str) -> Event:  # type: ignore[no-untyped-def]
    from .events_helpers import actors_and_events

    x = actors_and_events(nlp)(text)
    (found,) = [e for e in x.events if e.trigger.text == "criticized"]
    return found


def test_the_lead_takes_the_day_the_next_paragraph_gives_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    """A lead leaves its day to the paragraph after it: "X told reporters on Monday"."""
    text = LEAD + "Walsh told reporters on Monday that the plan was a disgrace."
    when = _criticized(nlp, text).when
    assert when is not None and when.start == dt.date(2023, 2, 27)


def test_two_days_of_the_agent_date_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        LEAD
        + "Walsh told reporters on Monday that it was bad. Walsh said on Tuesday she would run."
    )
    assert _criticized(nlp, text).when is None


def test_a_day_two_paragraphs_later_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        LEAD
        + "The plan was a disgrace, she said.\n\nWalsh told reporters on Monday that she would run."
    )
    assert _criticized(nlp, text).when is None


def test_a_quoted_mention_keeps_its_speakers_time(nlp) -> None:  # type: ignore[no-untyped-def]
    """A quotation tells a time of its own: the body's Monday is not the quoted act's."""
    import newsextract

    from .events_helpers import WEDNESDAY

    pipe = newsextract.Pipeline(nlp=nlp, enable=["actors", "quotes", "events"])
    x = pipe.extract(
        "Senator Mary Walsh criticized Governor Tom Reed on Monday.\n\n"
        '"As we noted, Walsh slammed Reed hard at the convention," said Tom Smith, an aide.',
        published=WEDNESDAY,
    )
    assert x.quotes, "the quotes plugin found the quotation"
    (quoted,) = [e for e in x.events if e.trigger.text == "slammed"]
    assert quoted.when is None
