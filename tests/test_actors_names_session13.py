"""Session 13: names the parser cuts short or reads as something else, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

from .actors_helpers import holder

Run = Callable[[str], newsextract.Extraction]


def _spans(ex: newsextract.Extraction) -> set[str]:
    return {m.text for a in ex.actors for m in a.mentions}


def test_an_outlet_word_that_is_a_named_persons_surname_is_the_person(run_actors: Run) -> None:
    text = (
        "Michael Bloomberg toured a school in Denver on Monday. Later Bloomberg said "
        "he had not decided whether to run for president."
    )
    ex = run_actors(text)
    actor = holder(ex, "Bloomberg")
    assert actor is not None and actor.type == "person"
    assert actor is holder(ex, "Michael Bloomberg")


def test_the_outlet_stays_without_a_full_name_or_as_a_modifier(run_actors: Run) -> None:
    alone = run_actors("Bloomberg reported on Monday that the company would cut jobs.")
    actor = holder(alone, "Bloomberg")
    assert actor is not None and actor.type == "media"
    modifier = run_actors(
        "Michael Bloomberg toured a school in Denver. A new Bloomberg poll found that "
        "voters were split."
    )
    assert holder(modifier, "Bloomberg") is None or holder(modifier, "Bloomberg") is not holder(
        modifier, "Michael Bloomberg"
    )


def test_a_people_word_that_is_a_named_persons_surname(run_actors: Run) -> None:
    text = (
        "The investor Mark Cuban spoke to reporters on Friday. Cuban said the senator "
        "was the worst politician in Texas."
    )
    ex = run_actors(text)
    actor = holder(ex, "Cuban")
    assert actor is not None and actor.type == "person"


def test_a_full_name_without_a_given_name_lends_no_surname(run_actors: Run) -> None:
    # "Breitbart London" tagged a person must not turn the capital into one
    text = (
        "Breitbart London's editor will call in from London on Monday. Officials in "
        "London denied the report."
    )
    ex = run_actors(text)
    actor = holder(ex, "London")
    assert actor is None or actor.type != "person"


def test_a_given_name_after_a_title_joins_the_name(run_actors: Run) -> None:
    ex = run_actors("DNC Chair Debbie Wasserman Schultz announced on Sunday that she would resign.")
    assert "Debbie Wasserman Schultz" in _spans(ex)
    assert "Wasserman Schultz" not in _spans(ex)
    # an unusual given name after a title ("Mayor Rahm")
    assert "Rahm Emanuel" in _spans(run_actors("The senator met Mayor Rahm Emanuel in Chicago."))


def test_a_title_is_no_given_name(run_actors: Run) -> None:
    ex = run_actors("On Monday the council thanked Mayor Emanuel for the new budget.")
    assert "Emanuel" in _spans(ex)
    assert not any(s.startswith("Mayor") for s in _spans(ex))


def test_a_reporters_sign_off_place_is_no_mention(run_actors: Run) -> None:
    text = (
        "The senator said the vote would be close. Jane Roe reported from Washington. "
        "Washington imposed new sanctions on Moscow."
    )
    ex = run_actors(text)
    sign_off = text.index("Washington.")
    acting = text.index("Washington imposed")
    starts = {m.start for a in ex.actors for m in a.mentions}
    assert sign_off not in starts
    assert acting in starts


def test_an_outlet_matched_with_its_article_leaves_the_article_out(run_actors: Run) -> None:
    ex = run_actors("The senator told The Hill on Monday that she would vote against the bill.")
    assert "Hill" in _spans(ex)
    assert "The Hill" not in _spans(ex)
    actor = holder(ex, "Hill")
    assert actor is not None and actor.type == "media"


def test_a_persons_name_before_their_staff_is_no_mention(run_actors: Run) -> None:
    text = (
        "Hillary Clinton spoke in Denver on Monday. A former Clinton aide said the speech "
        "went well, and Clinton campaign officials agreed."
    )
    ex = run_actors(text)
    starts = {m.start for a in ex.actors for m in a.mentions}
    assert text.index("Clinton aide") not in starts
    assert text.index("Clinton campaign officials") not in starts
    assert text.index("Hillary Clinton") in starts


def test_a_persons_possessive_or_acting_name_stays(run_actors: Run) -> None:
    text = (
        "Hillary Clinton spoke in Denver on Monday. Clinton's aides said the speech went "
        "well. Later Clinton thanked an aide."
    )
    ex = run_actors(text)
    starts = {m.start for a in ex.actors for m in a.mentions}
    assert text.index("Clinton's") in starts
    assert text.index("Clinton thanked") in starts


def test_a_persons_name_on_their_things_is_no_mention(run_actors: Run) -> None:
    text = (
        "Donald Trump spoke in Denver on Monday. Volunteers met at Trump headquarters, "
        "and the plane carried the Trump name on its tail."
    )
    ex = run_actors(text)
    starts = {m.start for a in ex.actors for m in a.mentions}
    assert text.index("Trump headquarters") not in starts
    assert text.index("Trump name") not in starts
    assert text.index("Donald Trump") in starts


def test_a_party_before_a_race_or_a_contender_is_no_mention(run_actors: Run) -> None:
    text = (
        "Republicans met in Ohio on Monday. Reporters asked the GOP front-runner about "
        "the Republican presidential campaign."
    )
    ex = run_actors(text)
    starts = {m.start for a in ex.actors for m in a.mentions}
    assert text.index("GOP front-runner") not in starts
    assert text.index("Republican presidential") not in starts
    assert text.index("Republicans") in starts


def test_a_party_before_its_act_stays(run_actors: Run) -> None:
    text = "The memo sparked fresh Republican calls for an outside auditor on Thursday."
    ex = run_actors(text)
    starts = {m.start for a in ex.actors for m in a.mentions}
    assert text.index("Republican") in starts


def test_a_committee_on_a_place_is_one_body(run_actors: Run) -> None:
    ex = run_actors("The House Select Committee on Benghazi released its report on Tuesday.")
    assert "House Select Committee on Benghazi" in _spans(ex)
    assert "Benghazi" not in _spans(ex)
    # a committee acting on a place is no name of the committee
    voted = _spans(run_actors("The Intelligence Committee voted on Libya on Monday."))
    assert not any(s.endswith("on Libya") for s in voted)


def test_a_chamber_sought_or_held_is_an_office(run_actors: Run) -> None:
    sought = "Okafor is the lone current governor running for the U.S. Senate in 2030."
    assert "U.S. Senate" not in _spans(run_actors(sought))
    held = "Brandvold represented the prairie state in the Senate for two decades."
    assert "Senate" not in _spans(run_actors(held))
    # the chamber acting stays
    acting = "The Senate passed the bill on Monday, and Clinton praised the vote."
    assert "Senate" in _spans(run_actors(acting))
