"""Session 14: names that are no actor in their place, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

Run = Callable[[str], newsextract.Extraction]


def _spans(ex: newsextract.Extraction) -> list[tuple[int, str]]:
    return sorted((m.start, m.text) for a in ex.actors for m in a.mentions)


def _at(ex: newsextract.Extraction, text: str, word: str, nth: int = 0) -> bool:
    """Whether the ``nth`` occurrence of ``word`` in ``text`` is a mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return (start, word) in _spans(ex)


def test_a_poll_share_of_a_party_or_people_is_no_mention(run_actors: Run) -> None:
    text = (
        "Senator Alma Reyes spoke in Dayton on Friday. In a new survey, 64 percent of "
        "Republicans said they backed her plan, and 12% of Democrats agreed."
    )
    ex = run_actors(text)
    assert not _at(ex, text, "Republicans")
    assert not _at(ex, text, "Democrats")
    text = "The poll found that 30 percent of Hispanics say the governor is doing well."
    assert not _at(run_actors(text), text, "Hispanics")


def test_parties_that_act_or_a_subset_in_view_keep_their_mention(run_actors: Run) -> None:
    text = "Republicans blocked the bill on Tuesday. Democrats said they would try again next week."
    ex = run_actors(text)
    assert _at(ex, text, "Republicans")
    assert _at(ex, text, "Democrats")
    text = (
        "Senator Alma Reyes won 40 percent of the Republicans surveyed in Ohio, and "
        "Democrats criticized her."
    )
    ex = run_actors(text)
    assert _at(ex, text, "Republicans")
    assert _at(ex, text, "Democrats")
