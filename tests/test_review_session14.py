"""Session 14: defects found on the unseen round, on made-up text."""

from __future__ import annotations

import datetime as dt

from newsextract import Pipeline


def test_a_story_day_with_no_later_time_in_the_story_does_not_crash(pipeline: Pipeline) -> None:
    # The story's day ("this morning") is the only time the article gives, so no
    # move off it precedes the later act: the story-day pass read the move list
    # at index -1 and raised IndexError on an empty list (the events plugin
    # failed the whole document).
    text = (
        "Chair brushes off rival.\n\nParty chair Ann Lee this morning dismissed the charges of "
        "Senator Tom Reed, who has accused the party of rigging the primary.\n\n"
        "Lee criticized Reed for his attacks on the party.\n\nReed did not respond."
    )
    x = pipeline.extract({"id": "t", "text": text, "published": "2016-04-20"})
    criticized = [e for e in x.events if e.trigger.text == "criticized"]
    assert criticized, [e.trigger.text for e in x.events]
    # the act told after the day's act, with no time of its own, is still the day's
    assert criticized[0].when is not None
    assert criticized[0].when.start == dt.date(2016, 4, 20)
