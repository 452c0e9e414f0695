"""Event roles, session 24 (shows.py, roles.py), on made-up texts.

An appearance on a programme an outlet owns is CONSULT toward the programme (the round-17
ruling: "said on 'The Late Show'" toward the show), which is an actor of its own; the roles
read the outlet that owns it ("ABC" of "ABC's This Morning"). A host is no programme, and a
lower-case thing an outlet owns ("the Post's editorial board") is left to the rules; a host
named through the outlet ("CNN's Wolf Blitzer") gives the outlet (session 25). These
run the whole default pipeline: the target is often the learned role scorer's.

A refusal is toward the one the refused act was for, also when that act lets or helps
someone do something ("refused to let X speak").
"""

from __future__ import annotations

import pytest

import newsextract

from .events_helpers import name, only


@pytest.mark.parametrize(
    ("text", "trigger", "programme"),
    [
        (
            "Senator Maria Lopez told ABC's This Morning on Monday that the bill would pass.",
            "told",
            "This Morning",
        ),
        (
            "Mayor Tom Baxter told BBC Radio Four's Any Questions that he would run.",
            "told",
            "Any Questions",
        ),
        (
            'Mayor Tom Baxter said in an interview with Sirius XM\'s "Breitbart News Daily"'
            " that he would run.",
            "interview",
            "Breitbart News Daily",
        ),
        ("Senator Maria Lopez told NBC's Today show that the bill would pass.", "told", "Today"),
    ],
)
def test_an_outlets_programme_is_the_one_told(
    pipeline: newsextract.Pipeline, text: str, trigger: str, programme: str
) -> None:
    x = pipeline.extract(text)
    event = only(x, "CONSULT", trigger)
    assert (name(x, event, "target") or "").startswith(programme)


def test_an_outlets_board_stays_and_its_host_gives_the_outlet(
    pipeline: newsextract.Pipeline,
) -> None:
    x = pipeline.extract("Senator Maria Lopez met the Washington Post's editorial board.")
    assert name(x, only(x, "CONSULT", "met"), "target") == "The Washington Post"
    # a host named through the outlet gives the outlet (round 9; session 25)
    x = pipeline.extract("Senator Maria Lopez told CNN's Wolf Blitzer that the bill would pass.")
    assert name(x, only(x, "CONSULT", "told"), "target") == "CNN"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Senator Maria Lopez refused to let Tom Baxter speak at the convention.",
            "refused",
            "Tom Baxter",
        ),
        ("Governor Ann Green refused to help Tom Baxter win the primary.", "refused", "Tom Baxter"),
    ],
)
def test_a_refusal_is_toward_the_one_let_or_backed(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, target: str
) -> None:
    """The rules alone (the scorer off): "refused to let X speak", "refused to help X win"
    are toward X."""
    x = run_events(text)
    assert name(x, only(x, "REJECT", trigger), "target") == target
