"""Session 11: "the president" is the sitting holder on the publication date, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsextract

from .actors_helpers import holder_name

Run = Callable[..., newsextract.Extraction]


def test_the_president_is_the_sitting_one_named_without_title(run_dated: Run) -> None:
    text = (
        "Obama spoke to farmers in Ames on Monday. Aides said the president would "
        "travel to Dallas next week."
    )
    assert holder_name(run_dated(text, "2015-06-01"), "president") == "Obama"
    assert holder_name(run_dated(text), "president") is None  # no date: nobody known to hold it


def test_the_term_follows_the_date(run_dated: Run) -> None:
    text = (
        "Donald Trump spoke to farmers in Ames on Monday. Aides said the president would "
        "travel to Dallas next week."
    )
    assert holder_name(run_dated(text, "2018-06-01"), "president") == "Donald Trump"
    assert holder_name(run_dated(text, "2015-06-01"), "president") is None  # not yet president


def test_our_president_and_the_commander_in_chief(run_dated: Run) -> None:
    ex = run_dated(
        "Obama spoke to farmers in Ames on Monday. Sen. Jane Roe said our president had "
        "failed them. Roe also faulted the current commander in chief on trade.",
        "2015-06-01",
    )
    assert holder_name(ex, "president") == "Obama"
    assert holder_name(ex, "current commander in chief") == "Obama"


def test_another_president_named_keeps_the_bare_role_open(run_dated: Run) -> None:
    ex = run_dated(
        "Obama wrote to President Hector Vela on Monday. The president said on Tuesday "
        "that he would reply.",
        "2015-06-01",
    )
    assert holder_name(ex, "president") != "Obama"


def test_kinds_and_seats_are_no_holder(run_dated: Run) -> None:
    ex = run_dated(
        "Obama spoke to farmers in Ames on Monday. Voters will choose the next president "
        "in November, and the president of the farm bureau said he was worried.",
        "2015-06-01",
    )
    assert all(m.text != "president" for a in ex.actors if a.name == "Obama" for m in a.mentions)


def test_under_before_a_title_is_a_preposition(run_dated: Run) -> None:
    ex = run_dated(
        "The deficit grew under President Mark Vane, Jane Roe said. Roe said the "
        "president had failed to act."
    )
    assert holder_name(ex, "president") == "Mark Vane"  # not an "under president" Vane


def test_the_rule_can_be_switched_off_for_news_from_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Obama spoke to farmers in Ames on Monday. Aides said the president would "
        "travel to Dallas next week."
    )
    off = newsextract.Pipeline(
        nlp=nlp, enable=["actors"], settings={"actors": {"sitting_president": False}}
    )
    assert holder_name(off.extract(text, published="2015-06-01", doc_id="t"), "president") is None
    with pytest.raises(newsextract.PluginError, match="sitting_president"):
        # refused when the pipeline is built, not on every document
        newsextract.Pipeline(
            nlp=nlp, enable=["actors"], settings={"actors": {"sitting_president": "nope"}}
        )
