"""Name mentions of session 9 (issue 4): a party's singular word given back by no
fallback, names inside hyphened compound words, compound
surnames. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

import newsextract

Run = Callable[[str], newsextract.Extraction]


def mentions_of(extraction: newsextract.Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in extraction.actors}


def test_party_singular_is_no_mention_but_stays_the_affiliation(run_actors: Run) -> None:
    result = run_actors(
        "Jane Roe, the Democratic front-runner, spoke in Ohio on Monday. "
        "Roe, a Democrat, said the plan would work."
    )
    found = mentions_of(result)
    assert not any(m in {"Democratic", "Democrat"} for ms in found.values() for m in ms)
    roe = next(a for a in result.actors if a.name == "Jane Roe")
    assert roe.affiliation is not None
    party = next(a for a in result.actors if a.id == roe.affiliation)
    assert party.name == "Democratic Party" and not party.mentions


def test_name_in_a_hyphened_compound_modifier_is_no_mention(run_actors: Run) -> None:
    found = mentions_of(
        run_actors(
            "The chief of a Wisconsin-based roofing company met John Doe on Monday. "
            "The bill passed the Republican-controlled House. "
            "Doe praised his Cuba-born father."
        )
    )
    assert not any(m in {"Wisconsin", "Republican", "Cuba"} for ms in found.values() for m in ms)
    assert "John Doe" in found["John Doe"]


def test_hyphen_with_spaces_is_no_compound(run_actors: Run) -> None:
    found = mentions_of(
        run_actors("Russia - which denied the report - said on Monday it would reply.")
    )
    assert "Russia" in found.get("Russia", [])


def test_compound_surname_joins_the_full_name(run_actors: Run) -> None:
    result = run_actors(
        "The chairwoman, Debbie Wasserman Schultz, spoke in Miami on Monday. "
        "Critics said Wasserman Schultz had failed. Wasserman Schultz denied it."
    )
    found = mentions_of(result)
    people = [a for a in result.actors if a.type == "person"]
    assert len(people) == 1
    assert found[people[0].name].count("Wasserman Schultz") == 2


def test_given_name_and_surname_stay_another_person(run_actors: Run) -> None:
    result = run_actors(
        "Mary Ann Smith spoke in Miami on Monday. Ann Smith, her cousin, said nothing."
    )
    names = {a.name for a in result.actors if a.type == "person"}
    assert {"Mary Ann Smith", "Ann Smith"} <= names


def test_company_with_its_legal_form_is_the_company(run_actors: Run) -> None:
    result = run_actors(
        "Acme Widgets Inc. said on Monday it would cut 300 jobs. "
        "Jane Roe, a spokeswoman for Acme Widgets, declined to comment."
    )
    companies = [a for a in result.actors if a.name.startswith("Acme")]
    assert len(companies) == 1
    assert {"Acme Widgets Inc.", "Acme Widgets"} <= {m.text for m in companies[0].mentions}
