"""Name mentions of session 11 (issue 4): places as noun modifiers or before a
person's name, "the state of X" taking the role of "the state", where movers come
from and where an embassy is. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

Run = Callable[[str], newsextract.Extraction]


def texts(extraction: newsextract.Extraction) -> list[str]:
    return [m.text for a in extraction.actors for m in a.mentions]


def test_state_as_noun_modifier_is_no_mention(run_actors: Run) -> None:
    found = texts(
        run_actors("Jane Roe led the Kansas polls in March, and Roe won the Kansas caucuses.")
    )
    assert "Kansas" not in found
    assert "Jane Roe" in found


def test_capital_as_noun_modifier_is_no_mention(run_actors: Run) -> None:
    found = texts(run_actors("The senator criticized the Lisbon agreement on Tuesday."))
    assert "Lisbon" not in found


def test_state_acting_stays_a_mention(run_actors: Run) -> None:
    found = texts(run_actors("Kansas sued the federal government over the new rule."))
    assert "Kansas" in found


def test_state_owning_a_measure_stays_a_mention(run_actors: Run) -> None:
    found = texts(run_actors("A federal judge blocked Kansas's new voting law on Friday."))
    assert "Kansas" in found


def test_state_before_a_persons_name_is_no_mention(run_actors: Run) -> None:
    found = texts(
        run_actors("Kansas's John Smithers and Nebraska's Mary Doakes voted against the bill.")
    )
    assert "Kansas" not in found
    assert "Nebraska" not in found


def test_home_state_of_is_where_the_state_noun_is(run_actors: Run) -> None:
    found = texts(
        run_actors("Jane Roe campaigned in her home state of Kansas on Monday, aides said.")
    )
    assert "Kansas" not in found


def test_the_state_of_sued_stays_a_mention(run_actors: Run) -> None:
    found = texts(run_actors("The Justice Department sued the state of Kansas over its new law."))
    assert "Kansas" in found


def test_where_refugees_come_from_is_no_mention(run_actors: Run) -> None:
    found = texts(
        run_actors("The number of refugees from Eritrea rose sharply last year, officials said.")
    )
    assert "Eritrea" not in found


def test_state_something_is_taken_from_stays_a_mention(run_actors: Run) -> None:
    found = texts(run_actors("Russia seized the peninsula from Ukraine in 2014."))
    assert "Ukraine" in found


def test_where_an_embassy_is_is_no_mention(run_actors: Run) -> None:
    found = texts(
        run_actors("The ambassador ran the U.S. Embassy in Nairobi for three years, he said.")
    )
    assert "Nairobi" not in found


def test_where_an_attack_happened_is_no_mention(run_actors: Run) -> None:
    found = texts(
        run_actors("The mayor spoke after the terrorist attacks in Lisbon on Friday, aides said.")
    )
    assert "Lisbon" not in found


def test_state_attacked_stays_a_mention(run_actors: Run) -> None:
    found = texts(run_actors("Officials condemned the attacks on Portugal by the rebels."))
    assert "Portugal" in found


def test_the_voters_of_a_state_are_no_mention_of_it(run_actors: Run) -> None:
    found = texts(run_actors("The voters of Kansas rejected the measure on Tuesday."))
    assert "Kansas" not in found


def test_a_state_the_people_sue_stays_a_mention(run_actors: Run) -> None:
    found = texts(run_actors("The people sued Kansas over the measure on Tuesday."))
    assert "Kansas" in found
