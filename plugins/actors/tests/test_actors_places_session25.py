"""Session 25: places people go back or are sent to, an envoy's post, and a poll share the
tagger ran into a name are no mentions of the place or part of the name; refugees, migrants
and immigrants named by origin or faith are a class, no actor. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction


def _texts(extraction: Extraction) -> list[str]:
    return [m.text for a in extraction.actors for m in a.mentions]


def test_returning_to_a_country_is_no_mention(run: Callable[[str], Extraction]) -> None:
    out = run("Thousands of families who fled the fighting hope to return to Syria next year.")
    assert "Syria" not in _texts(out)


def test_sent_back_to_a_country_is_no_mention(run: Callable[[str], Extraction]) -> None:
    out = run("Officials said the migrants would be sent back to Turkey under the new deal.")
    assert "Turkey" not in _texts(out)


def test_deported_to_a_country_is_no_mention(run: Callable[[str], Extraction]) -> None:
    out = run("The men were deported to Honduras in March after a judge rejected their appeal.")
    assert "Honduras" not in _texts(out)


def test_headed_to_a_country_is_no_mention(run: Callable[[str], Extraction]) -> None:
    out = run("The soldiers headed to Iraq on Friday to train local forces.")
    assert "Iraq" not in _texts(out)


def test_an_envoys_post_is_no_mention(run: Callable[[str], Extraction]) -> None:
    out = run("Jane Roe, the former U.S. ambassador to Norway, said the talks had stalled.")
    assert "Norway" not in _texts(out)
    assert "Jane Roe" in _texts(out)


def test_a_visited_country_stays(run: Callable[[str], Extraction]) -> None:
    out = run("The prime minister visited France on Monday and met President Paul Dore.")
    assert "France" in _texts(out)


def test_a_poll_share_is_cut_from_the_name(run: Callable[[str], Extraction]) -> None:
    out = run("The survey of likely voters put Hale 41 percent ahead of Dunn.")
    texts = _texts(out)
    assert "Hale" in texts
    assert not any("percent" in t for t in texts)


def test_a_shows_number_stays_in_its_name(run: Callable[[str], Extraction]) -> None:
    out = run("Smith is the host of Anderson Cooper 360 on CNN.")
    assert "Anderson Cooper 360" in _texts(out)


def test_refugees_named_by_origin_are_a_class(run: Callable[[str], Extraction]) -> None:
    out = run(
        "Several governors said the United States should refuse to take more Syrian refugees."
    )
    texts = _texts(out)
    assert "Syrian refugees" not in texts
    assert "United States" in texts


def test_refugees_named_by_faith_are_a_class(run: Callable[[str], Extraction]) -> None:
    out = run("Christian refugees from the region were resettled in Ohio last year.")
    assert not any("refugees" in t for t in _texts(out))


def test_immigrants_named_by_origin_are_a_class(run: Callable[[str], Extraction]) -> None:
    out = run("The mayor said Mexican immigrants had rebuilt the neighborhood.")
    assert not any("immigrants" in t for t in _texts(out))


def test_troops_named_by_state_stay_a_group(run: Callable[[str], Extraction]) -> None:
    out = run("Russian troops crossed the border on Tuesday, the ministry said.")
    assert "Russian troops" in _texts(out)
