"""Dates and modality of session 16.

Headline day: a present-tense headline ("Walsh Endorses Reed") whose lead names no day takes the
day the next told paragraph dates an act of the headline's agent by ("The announcement came in a
letter from Walsh sent out Monday"); section labels of archive copies ("ABSTRACT.", "FULL
TEXT.") are skipped. A day the next paragraph gives to someone else's act ("On Monday, Reed
refused ...") leaves the headline undated (session 24: no longer the publication day).

Modality: an act set on a schedule is planned: an event noun with a scheduling participle ("still had a
rally scheduled for Friday evening"), "is slated to" (the lemmatizer reads "slated" as "slat"), and a
person's "was to" ("Biden, who was to travel to Ohio"); a relative clause ("a rally that was
planned months ago") and a thing's "is to" ("It is to attack X that ...") are not.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .events_helpers import event_on, start

_MONDAY = dt.date(2023, 2, 27)

_LETTER = (
    "Walsh Endorses Reed.\n\n"
    "Senator Mary Walsh has thrown her support behind Governor Tom Reed for another term.\n\n"
    "The announcement came in a letter from Walsh that was sent out Monday to her donors.\n\n"
    "Reed thanked the senator for the letter.\n"
)
_LABELLED = (
    "Walsh Endorses Reed; \n"
    "Senator hopes to unite the party before the primary.\n\n"
    "ABSTRACT.\n\n"
    "Senator Mary Walsh backed Governor Tom Reed for another term.\n\n"
    "FULL TEXT.\n\n"
    "Senator Mary Walsh told reporters on Monday that the governor deserves another term.\n\n"
    "Reed thanked the senator.\n"
)
_OTHERS_DAY = (
    "Walsh Endorses Reed.\n\n"
    "Senator Mary Walsh has thrown her support behind Governor Tom Reed for another term.\n\n"
    "On Monday, Mayor Jane Doe refused to back Reed.\n\n"
    "Reed thanked the senator for her support.\n"
)


@pytest.mark.parametrize("text", [_LETTER, _LABELLED])
def test_a_headline_takes_the_day_the_paragraph_after_the_lead_gives_its_agent(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
) -> None:
    assert start(event_on(run_events(text), "Endorses")) == _MONDAY


def test_a_day_of_someone_elses_act_after_the_lead_leaves_the_headline_undated(
    run_events,  # type: ignore[no-untyped-def]
) -> None:
    assert start(event_on(run_events(_OTHERS_DAY), "Endorses")) is None


_HEADLINE = (
    "Walsh Endorses Reed.\n\n"
    "Senator Mary Walsh has thrown her support behind Governor Tom Reed for another term.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the agent only tells of someone else's dated act
        "On Monday, Mayor Jane Doe refused to back Reed, Walsh told reporters.",
        # an aside on the agent dates another act of hers
        "Walsh, who campaigned in Ohio on Saturday, said the governor deserves another term.",
        # a day set for an act to come is not a past day of the headline's act
        "Walsh will campaign with Reed on Thursday in Dayton.",
    ],
)
def test_a_day_after_the_lead_not_of_the_agents_past_act_leaves_the_headline_undated(
    run_events,  # type: ignore[no-untyped-def]
    paragraph: str,
) -> None:
    text = _HEADLINE + paragraph + "\n\nReed thanked the senator.\n"
    assert start(event_on(run_events(text), "Endorses")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last day named is a noun's coming day: a past act is not counted from it
        (
            "Dozens of farmers met at the library in Dayton before next Tuesday's county vote.\n\n"
            "A day earlier, police arrested Senator Mary Walsh at the hotel.",
            None,
        ),
        # counted from a past day of the story, as before
        (
            "Senator Mary Walsh met Governor Tom Reed on Tuesday.\n\n"
            "A day earlier, police arrested Mayor Jane Doe at the hotel.",
            _MONDAY,
        ),
    ],
)
def test_a_past_act_counted_from_another_day_is_not_dated_after_publication(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    expected: dt.date | None,
) -> None:
    assert start(event_on(run_events(text), "arrested")) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Mary Walsh still had a rally scheduled for Friday evening in Dayton.", "rally"),
        ("Senator Mary Walsh is slated to address the convention in Dayton.", "address"),
        ("Senator Mary Walsh, who was to meet Governor Tom Reed on Friday, fell ill.", "meet"),
    ],
)
def test_an_act_set_on_a_schedule_is_planned(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a scheduling participle set off as an aside
        (
            "The talks between Paul Miller and Ann Hale, planned for months, finally began "
            "on Monday in Dayton.",
            "talks",
        ),
        # the subject of a verb told in the past: the clause says it happened
        (
            "A meeting between Paul Miller and Ann Hale scheduled for weeks finally took place "
            "on Monday in Dayton.",
            "meeting",
        ),
    ],
)
def test_a_scheduled_act_the_clause_tells_happened_stays_asserted(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert event_on(run_events(text), trigger).modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Senator Mary Walsh held a rally with Governor Tom Reed that was planned months ago.",
            "rally",
        ),
        ("It is to attack Governor Tom Reed that Senator Mary Walsh came.", "attack"),
    ],
)
def test_a_planned_relative_clause_or_a_things_aim_stays_asserted(
    run_events,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert event_on(run_events(text), trigger).modality == "asserted"
