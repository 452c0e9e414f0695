"""Session 23: descriptions and the names around them, by the latest rulings (issue 4).

Employers inside a named person's job title (rounds 20-22), descriptions in apposition before
a titled name (rounds 2 and 14), a party's "candidate" once it has a nominee, "the
establishment" as a class (rounds 14 and 17), "X supporters" as X plus the group (rounds 7,
16 and 17) and a headline's role before its titled bearer (round 10). Made-up sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import newsextract


def _texts(extraction: newsextract.Extraction) -> set[str]:
    return {m.text for a in extraction.actors for m in a.mentions}


def _mentions_of(extraction: newsextract.Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_a_body_inside_a_job_title_is_the_employer(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors("FBI Director Tom Hale said on Monday that the inquiry was closed.")
    assert "FBI" in _texts(out)
    assert "Tom Hale" in _texts(out)


def test_a_campaign_inside_a_job_title_is_the_employer(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors(
        "Mary Walsh won in Iowa. Walsh campaign Chairman Tom Hale told reporters the team "
        "was ready."
    )
    assert "Walsh campaign" in _texts(out)


def test_a_party_word_or_a_place_in_a_title_is_no_employer(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors(
        "Republican strategist Bill Pitt said the plan would fail. Ohio Gov. Tom Hale agreed."
    )
    assert not {"Republican", "Ohio"} & _texts(out)


def test_a_description_before_a_titled_name_is_a_mention_of_the_person(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors(
        "Jane Roe won the vote in Ohio. Roe's main rival, Ohio Gov. Tom Hale, conceded on Tuesday."
    )
    assert "main rival" in _mentions_of(out, "Tom Hale")


def test_an_indefinite_description_before_a_name_is_a_mention_too(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors(
        "Jane Roe picked up an endorsement from a former opponent, Tom Hale, on Monday."
    )
    assert "former opponent" in _mentions_of(out, "Tom Hale")


def test_a_party_s_candidate_is_its_nominee_of_the_day(
    run_dated: Callable[..., newsextract.Extraction],
) -> None:
    out = run_dated(
        "Hillary Clinton and Donald Trump spoke in Ohio. Clinton said on Monday that the "
        "Republican candidate had insulted veterans.",
        "2016-08-10",
    )
    assert "Republican candidate" in _mentions_of(out, "Donald Trump")
    assert "Republican candidate" not in _mentions_of(out, "Hillary Clinton")


def test_the_establishment_is_a_class_not_an_actor(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors(
        "Tom Hale attacked the Republican establishment in Ohio. He said the establishment "
        "had failed voters."
    )
    assert not any("establishment" in t for t in _texts(out))


def test_a_name_before_supporters_is_the_one_they_back(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors(
        "Tom Hale spoke in Ohio on Monday. Hale supporters cheered when he attacked the plan."
    )
    assert "Hale" in _mentions_of(out, "Tom Hale")
    assert "supporters" in _texts(out)
    assert "Hale supporters" not in _texts(out)


def test_a_headline_role_is_the_person_the_body_titles_so(
    run_actors: Callable[[str], newsextract.Extraction],
) -> None:
    out = run_actors(
        "FBI director defends handling of the inquiry\n\n"
        "FBI Director Tom Hale said on Monday that the inquiry was closed."
    )
    # the body and the role apart, as rounds 22-24 mark them (session 26: "CNN Reporter")
    assert "director" in _mentions_of(out, "Tom Hale")
    assert "FBI" in _texts(out) and "FBI director" not in _texts(out)
