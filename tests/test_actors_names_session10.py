"""Name mentions of session 10 (issue 4): places people or goods move to, chambers
of Congress as an office sought or kept, a party's plural as a class of voters, a
country named only in a title. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

Run = Callable[[str], newsextract.Extraction]


def mentions_of(extraction: newsextract.Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in extraction.actors}


def test_place_people_move_to_is_no_mention(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Thousands of families fled to the United States last year. "
            "Officials said more refugees were entering the United States each month. "
            "The United States said it would help the families."
        )
    )
    assert found["United States"][0] == "United States"
    assert len([m for m in found["United States"] if m == "United States"]) == 1


def test_visit_host_stays_a_mention(run_actors: Run) -> None:
    found = mentions_of(run_actors("The prime minister traveled to Canada on Monday."))
    assert "Canada" in found.get("Canada", [])


def test_chamber_sought_or_kept_is_no_mention(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Republicans hope to keep the Senate in November. "
            "Jane Roe is running for Congress in Ohio. "
            "The Senate passed the bill on Friday."
        )
    )
    assert found["Senate"] == ["Senate"]  # only the one that passed the bill
    assert "Congress" not in {m for ms in found.values() for m in ms}


def test_party_plural_as_a_class_is_no_mention(run_actors: Run) -> None:
    text = (
        '"We\'re Democrats," said Jane Roe. Only registered Democrats may vote. '
        "Democrats criticized the plan on Monday."
    )
    found = mentions_of(run_actors(text))
    assert found["Democratic Party"] == ["Democrats"]
    party = run_actors(text).actors
    (dem,) = [a for a in party if a.name == "Democratic Party"]
    assert text[dem.mentions[0].start :].startswith("Democrats criticized")


def test_country_named_only_in_a_title_has_no_mention(run_actors: Run) -> None:
    result = run_actors("Italian Prime Minister Mario Rossi met officials in Paris on Monday.")
    rossi = next(a for a in result.actors if a.name == "Mario Rossi")
    italy = next(a for a in result.actors if a.id == rossi.affiliation)
    assert italy.name == "Italy" and not italy.mentions
    assert rossi.code == "ITA"


def test_possessive_with_bare_apostrophe_is_the_person(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Jane Roe, a top aide, criticized Bernie Sanders. "
            "Sanders’ allies have been eager to help."
        )
    )
    assert found["Bernie Sanders"] == ["Bernie Sanders", "Sanders"]


def test_religion_and_named_day_are_no_mentions(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Jane Roe said on Monday that John Doe had insulted Islam. "
            "Polls were unclear headed into Super Tuesday, when 11 states vote."
        )
    )
    words = {m for ms in found.values() for m in ms}
    assert "Islam" not in words and "Super" not in words
    assert "Jane Roe" in words


def test_party_plural_in_a_cleft_stays_a_mention(run_actors: Run) -> None:
    found = mentions_of(run_actors("Now it's Democrats who could face a fight at the convention."))
    assert found["Democratic Party"] == ["Democrats"]


def test_surname_after_a_month_is_the_person(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Donald Trump spoke on Monday. In August Trump met with John Doe and families of victims."
        )
    )
    assert found["Donald Trump"] == ["Donald Trump", "Trump"]


def test_surname_of_a_name_tagged_as_organisation_is_the_person(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "Sean Hannity hosted a town hall in Austin. "
            "Hannity asked the candidate about the wall on Wednesday."
        )
    )
    assert found["Sean Hannity"][:2] == ["Sean Hannity", "Hannity"]


def test_name_before_a_weekday_stays(run_actors: Run) -> None:
    found = mentions_of(run_actors("The film debuts on Netflix Friday, the company said."))
    assert "Netflix" in {m for ms in found.values() for m in ms}
