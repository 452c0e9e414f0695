"""The actors plugin's pronouns, session 13.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

_OPENING = "Carl Dobbs spoke in Ohio on Monday. Bill Crane answered questions. "

# -- a close call after a sentence goes to that sentence's subject --------------------------


def test_close_call_goes_to_the_subject_of_the_sentence_before(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs questioned Crane's budget. He called it a disaster."
    assert owner(run_actors(text), text, "He called") == "Carl Dobbs"


def test_close_call_subject_beats_a_later_object(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs met Crane. He called the meeting a disaster."
    assert owner(run_actors(text), text, "He called") == "Carl Dobbs"


def test_close_call_in_the_same_sentence_keeps_the_latest(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs questioned Crane's budget, and he called it a disaster."
    assert owner(run_actors(text), text, "he called") == "Bill Crane"


def test_close_call_inside_a_quotation_is_unchanged(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Later Dobbs questioned Crane's budget. “He is a disaster,” a voter said."
    assert owner(run_actors(text), text, "He is") == "Bill Crane"


# -- a campaign staffer's "we" ---------------------------------------------------------------

_CAMPAIGN = "Ray Dunmore campaigned in Nevada on Monday. The Dunmore campaign bought ads. "


def test_we_of_a_spokesman_for_the_candidate_is_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _CAMPAIGN + "“We will carry Nevada,” said Hal Voss, a spokesman for Ray Dunmore."
    assert owner(run_actors(text), text, "We will") == "Dunmore campaign"


def test_we_of_the_campaigns_chairman_is_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _CAMPAIGN + "Hal Voss, the Dunmore campaign's chairman, said the ads work. "
        "“We will carry Nevada,” Voss said."
    )
    assert owner(run_actors(text), text, "We will") == "Dunmore campaign"


def test_we_of_an_adviser_stays_out_when_no_campaign_is_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ray Dunmore campaigned in Nevada on Monday. "
        "“We will carry Nevada,” said Hal Voss, a spokesman for Ray Dunmore."
    )
    assert owner(run_actors(text), text, "We will") is None


def test_our_nation_of_a_staffer_is_not_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _CAMPAIGN + "“We will keep our nation strong,” said Dunmore spokesman Hal Voss."
    extraction = run_actors(text)
    assert owner(extraction, text, "We will") == "Dunmore campaign"
    assert owner(extraction, text, "our nation") is None
