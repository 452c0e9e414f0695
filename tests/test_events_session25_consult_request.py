"""Session 25: appearances on air and words told to an audience (made-up sentences).

- A host named through the outlet ("told CNN's Jane Roe", "told Jane Roe of CNN") makes the
  outlet the target of the appearance (round 9: the outlet or show is the one appeared on;
  round 15: a host "of Fox News" told something is toward the outlet).
- A show whose owner ends in "s" with a bare apostrophe ("told CBS' Face the Nation", where
  the parser reads "Face" as a verb) is the show.
- A quotation the parser hangs on "told" as a bare verb ('"Look at Ohio," X told
  supporters') is no request "told X to ...": the telling stays an appearance.
- Appearing on a broadcaster or one of its shows is CONSULT toward it, like words said on
  air ("appeared on Fox News"); "appears on the surface" is no appearance.
- Who a thing is asked from is the one asked ("sought support from the unions"), not where
  the goods a penalty falls on come from ("tariffs on goods from X").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import name, only, typed

RunEvents = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("sentence", "trigger", "outlet"),
    [
        ("Senator Tom Reed told CNN's Jane Roe on Monday that the bill would pass.", "told", "CNN"),
        (
            "Senator Tom Reed told Jane Roe of CNN on Monday that the bill would pass.",
            "told",
            "CNN",
        ),
    ],
)
def test_a_host_named_through_the_outlet_gives_the_outlet(
    run_events: RunEvents, sentence: str, trigger: str, outlet: str
) -> None:
    x = run_events(sentence)
    event = only(x, "CONSULT", trigger)
    assert (name(x, event, "agent"), name(x, event, "target")) == ("Tom Reed", outlet)


def test_a_show_after_a_bare_apostrophe_is_the_show(run_events: RunEvents) -> None:
    x = run_events('"There is no question," Senator Tom Reed told CBS\' Face the Nation on Sunday.')
    assert name(x, only(x, "CONSULT", "told"), "target") == "Face the Nation"


@pytest.mark.parametrize(
    "sentence",
    [
        '"Look at what happened in Ohio," Senator Tom Reed told supporters in Dayton.',
        '"Go out and vote," Senator Tom Reed told a crowd in Dayton on Tuesday.',
    ],
)
def test_a_quotation_before_told_is_no_request(run_events: RunEvents, sentence: str) -> None:
    consult = typed(run_events(sentence), "CONSULT")
    assert [(t, agent) for t, agent, _ in consult] == [("told", "Tom Reed")]


@pytest.mark.parametrize(
    ("sentence", "trigger", "show"),
    [
        (
            "Mayor Ann Green appeared on Fox News on Sunday to defend the plan.",
            "appeared",
            "Fox News",
        ),
        (
            "Appearing on NBC's Meet the Press, Mayor Ann Green said the plan would work.",
            "Appearing",
            "Meet the Press",
        ),
    ],
)
def test_appearing_on_air_is_an_appearance(
    run_events: RunEvents, sentence: str, trigger: str, show: str
) -> None:
    x = run_events(sentence)
    event = only(x, "CONSULT", trigger)
    assert (name(x, event, "agent"), name(x, event, "target")) == ("Ann Green", show)


def test_appearing_on_no_broadcaster_is_no_appearance(run_events: RunEvents) -> None:
    x = run_events("It appears on the surface that Mayor Ann Green is right about the plan.")
    assert typed(x, "CONSULT") == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "asked"),
    [
        ("The Green campaign sought support from the Teamsters last year.", "sought", "Teamsters"),
        (
            "Governor Ann Green demanded more clarity from Tom Reed on the budget.",
            "demanded",
            "Tom Reed",
        ),
    ],
)
def test_who_a_thing_is_asked_from_is_asked(
    run_events: RunEvents, sentence: str, trigger: str, asked: str
) -> None:
    """The "from"-phrase of what is asked for names who is asked (REQUEST's target)."""
    x = run_events(sentence)
    assert name(x, only(x, "REQUEST", trigger), "target") == asked


def test_goods_a_penalty_is_asked_on_come_from_no_one_asked(run_events: RunEvents) -> None:
    x = run_events("Senator Tom Reed called for new tariffs on goods from Ruritania.")
    assert name(x, only(x, "REQUEST", "called"), "target") is None


def test_a_hostile_reaction_invited_is_asked_of_no_one(run_events: RunEvents) -> None:
    x = run_events(
        "Senator Tom Reed repeated the claim, inviting ridicule from Governor Ann Green."
    )
    asked = [name(x, e, "target") for e in x.events if e.type == "REQUEST"]
    assert "Ann Green" not in asked
