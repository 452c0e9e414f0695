"""Dates of headlines and other constructions of session 5, on made-up articles.

Published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsextract import Event, Extraction


def at(x: Extraction, word: str) -> Event:
    """The event whose trigger starts at the first occurrence of ``word``."""
    found = [e for e in x.events if e.trigger.start == x.text.index(word)]
    assert found, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


def day(event: Event) -> dt.date | None:
    return event.when.start if event.when is not None else None


BODY = "The state budget has been debated for months, and the vote is expected in the spring."


def test_a_present_tense_headline_no_day_dates_stays_undated(run_events) -> None:  # type: ignore[no-untyped-def]
    """Session 24: the publication day is not copied onto a headline act the text gives no
    day for (the guidelines' first rule; the train rounds' annotators left 4 such headline
    acts undated and dated 3 with another day, against 2 with the publication day)."""
    x = run_events(f"Senator Mary Walsh rejects Governor Tom Reed's budget plan.\n\n{BODY}")
    event = at(x, "rejects")
    assert event.type == "REJECT"
    assert event.when is None


def test_a_present_tense_headline_takes_the_day_its_lead_dates_an_act_by(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Mary Walsh rejects Governor Tom Reed's budget plan.\n\n"
        f"The state senate met on Monday to debate the plan. {BODY}"
    )
    assert day(at(x, "rejects")) == dt.date(2023, 2, 27)


def test_a_lead_day_that_names_a_noun_does_not_date_the_headline(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Mary Walsh rejects Governor Tom Reed's budget plan.\n\n"
        f"The plan faces a test in Tuesday's vote. {BODY}"
    )
    assert day(at(x, "rejects")) is None


@pytest.mark.parametrize(
    "headline",
    [
        # past tense: an earlier act the story reveals, not the story's day
        "Senator Mary Walsh rejected Governor Tom Reed's budget plan, aide says.",
        # a plan, not a report
        "Senator Mary Walsh will reject Governor Tom Reed's budget plan.",
    ],
)
def test_a_headline_not_in_the_present_tense_stays_undated(run_events, headline: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(f"{headline}\n\n{BODY}")
    assert day(at(x, "reject")) is None


def test_a_single_paragraph_has_no_headline(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh rejects Governor Tom Reed's budget plan. " + BODY)
    assert day(at(x, "rejects")) is None


def test_nine_eleven_is_the_2001_attacks_whatever_the_publication_year() -> None:
    from newsextract_events.dates import resolve

    assert resolve("9/11", dt.date(2016, 9, 23)).start == dt.date(2001, 9, 11)
    assert resolve("9/11", None).precision == "day"
    assert resolve("9/12", dt.date(2016, 9, 23)).start == dt.date(2016, 9, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator cited her service after the Sept. 11 terrorist attacks.",
            dt.date(2001, 9, 11),
        ),
        ("The country denied any role in the 9/11 attacks.", dt.date(2001, 9, 11)),
        # a day of this year on which something else happened
        ("The two senators met on Sept. 11 to discuss the attacks.", dt.date(2016, 9, 11)),
    ],
)
def test_the_date_of_the_september_eleventh_attacks(nlp, text: str, expected: dt.date) -> None:  # type: ignore[no-untyped-def]
    from newsextract_events.timing import DateIndex, resolve_date

    from newsextract import ExtractionContext

    doc = nlp(text)
    ctx = ExtractionContext(doc, published=dt.date(2016, 9, 30))
    index = DateIndex(doc)
    found = [resolve_date(ent, ctx, "past") for token in doc for ent in index.all_at(token)]
    assert [w.start for w in found if w is not None] == [expected]


def test_an_act_asked_of_someone_does_not_date_the_asking(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh invited Governor Tom Reed to visit Albany in January.")
    assert at(x, "invited").type == "REQUEST"
    assert day(at(x, "invited")) is None


def test_a_refusal_is_dated_by_its_complement(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh refused to endorse Governor Tom Reed in January.")
    assert day(at(x, "refused")) == dt.date(2023, 1, 1)


def test_an_attempt_in_a_when_clause_takes_the_date_of_its_main_clause(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "The budget faces a vote on Monday when Senator Mary Walsh tries to convince "
        "Governor Tom Reed to sign it."
    )
    assert day(at(x, "convince")) == dt.date(2023, 2, 27)


def test_a_repeated_word_keeps_its_act_apart_from_another_word(run_events) -> None:  # type: ignore[no-untyped-def]
    """ "endorses" ... "her endorsement" tell one act; "thanked" on Monday is another act of the
    same type between the same two: its date is lent to neither."""
    x = run_events(
        "Mary Walsh endorses Tom Reed.\n\n"
        "Senator Mary Walsh spoke. Her endorsement of Reed came after weeks of talks.\n\n"
        "On Monday, Walsh thanked Reed for his help with the budget."
    )
    assert day(at(x, "thanked")) == dt.date(2023, 2, 27)
    assert day(at(x, "endorsement")) is None
    assert day(at(x, "endorses")) is None
