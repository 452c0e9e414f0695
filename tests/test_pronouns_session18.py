"""The actors plugin's pronouns, session 18: a far "she" and "he or she".

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- a far "she" is the article's only woman ---------------------------------------------------

_MEN_BETWEEN = (
    "Tom Reyes, the mayor, welcomed the crowd. Mr. Reyes praised the new bridge. "
    "Mr. Reyes said the city would grow. Mr. Reyes thanked the workers. Mr. Reyes left early. "
)


def test_a_far_she_is_the_only_woman_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Laura Kemp opened an office in Dayton on Monday. "
        + _MEN_BETWEEN
        + "Later that evening, she spoke about taxes."
    )
    assert owner(run_actors(text), text, "she spoke") == "Laura Kemp"


def test_a_far_she_after_a_woman_left_unnamed_is_no_ones(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Laura Kemp opened an office in Dayton on Monday. "
        + _MEN_BETWEEN
        + "A woman in the crowd waved a sign. Later that evening, she spoke about taxes."
    )
    assert owner(run_actors(text), text, "she spoke") != "Laura Kemp"


def test_a_far_she_with_two_women_named_is_no_ones(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Laura Kemp and Mrs. Ann Porter opened an office in Dayton on Monday. "
        + _MEN_BETWEEN
        + "Later that evening, she spoke about taxes."
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "she spoke") not in {"Laura Kemp", "Ann Porter"}


def test_a_chain_of_unresolved_shes_stays_unresolved(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Laura Kemp opened an office in Dayton on Monday. "
        + _MEN_BETWEEN
        + "My daughter lives nearby. Mr. Reyes buys bread there. She works at a bakery. "
        "Mr. Reyes likes the rolls. Mr. Reyes pays cash. I drive her there."
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "She works") != "Laura Kemp"
    # the daughter is out of reach here, but the "She" left unresolved before is not
    assert owner(extraction, text, "her there") != "Laura Kemp"


# -- "he or she" is whoever fills a role ------------------------------------------------------


def test_he_or_she_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Mark Webb spoke in Dayton on Monday. "
        "Whoever wins the race, he or she will face a hard budget, Webb said. "
        "The next governor must defend his or her record."
    )
    extraction = run_actors(text)
    starts = {m.start for a in extraction.actors for m in a.mentions}
    for pair in ("he or she", "his or her"):
        at = text.index(pair)
        assert at not in starts
        assert at + pair.rindex(" ") + 1 not in starts


def test_he_alone_after_a_named_man_is_still_his(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Mark Webb spoke in Dayton on Monday. He said the budget would pass."
    assert owner(run_actors(text), text, "He said") == "Mark Webb"
