"""Session 18: one "person by its ending" exception test for every plugin (review finding 6).

Three rules read people nouns by their agentive ending (the events plugin's participants,
the actors plugin's noun phrases and its titles). Each had its own hand-kept list of
things with such endings, and the lists disagreed, so "the nuclear reactor" could become
an actor. They now share ``people_nouns.is_thing_noun``, backed by a list generated from
WordNet's counted senses (``scripts/build_thing_nouns.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsextract_actors.affiliation import is_role_noun
from newsextract_actors.phrases import is_person_noun

from newsextract.people_nouns import is_thing_noun, names_people

from .conftest import ROOT, load_script

THINGS = ["reactor", "checklist", "thriller", "frontier", "dinner", "carburetor", "generator"]
PEOPLE = ["senator", "operator", "publisher", "fundraiser", "historian", "donor", "founder"]
#: WordNet's counts make these mostly things; in news they are people (review, session 18).
NEWS_PEOPLE = ["agent", "bomber", "shooter", "regulator", "anchor"]


@pytest.mark.parametrize("word", THINGS)
def test_things_with_person_endings_are_no_people_to_any_rule(word: str) -> None:
    assert is_thing_noun(word)
    assert not names_people(word)
    assert not is_person_noun(word)
    assert not is_role_noun(word)


@pytest.mark.parametrize("word", PEOPLE)
def test_people_nouns_stay_people_to_every_rule(word: str) -> None:
    assert not is_thing_noun(word)
    assert names_people(word)
    assert is_person_noun(word)
    assert is_role_noun(word)


@pytest.mark.parametrize("word", NEWS_PEOPLE)
def test_the_vocabularies_people_win_over_wordnet(word: str) -> None:
    assert word in _listed()  # the generated list has them ...
    assert not is_thing_noun(word)  # ... and the runtime overrides it


def test_the_shooter_named_in_apposition_is_that_person(run_events) -> None:  # type: ignore[no-untyped-def]
    ex = run_events("Police said the shooter, Tom Roe, fled on foot.")
    assert [a.name for a in ex.actors if any(m.text == "shooter" for m in a.mentions)] == [
        "Tom Roe"
    ]


def test_a_compound_can_make_a_thing_of_a_people_noun() -> None:
    assert not is_thing_noun("carrier")
    assert is_thing_noun("carrier", compound="aircraft")
    assert not names_people("player", compound="cassette")
    assert names_people("player", compound="football")


def test_words_never_seen_keep_the_ending_rule() -> None:
    """Coinages WordNet lacks ("influencer") are people by their ending: the open class."""
    assert names_people("influencer")
    assert names_people("crowdfunder")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Senator Ann Cole spoke at the Harbor Foundation dinner on Friday.", "dinner"),
        ("The senator praised the Netflix crime thriller in an interview.", "thriller"),
        ("Mayor Ruiz opened the new Brooklyn reactor on Monday.", "reactor"),
    ],
)
def test_a_named_thing_is_no_person_actor(run_events, text: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    """Before, the actors plugin typed "the Harbor Foundation dinner" a person."""
    ex = run_events(text)
    assert not [a.name for a in ex.actors if thing in a.name.lower()]


def test_a_person_noun_phrase_stays_an_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    ex = run_events("The president called the Jewish person who wrote to him.")
    assert "Jewish person" in [a.name for a in ex.actors if a.type == "person"]


def _listed() -> list[str]:
    lines = (ROOT / "src/newsextract/data/thing_nouns.txt").read_text("utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_the_shipped_list_is_the_builders_output_shape() -> None:
    lines = (ROOT / "src/newsextract/data/thing_nouns.txt").read_text("utf-8").splitlines()
    words = [line for line in lines if line and not line.startswith("#")]
    assert any(line.startswith("# WordNet 3.0 Copyright") for line in lines)  # licence kept
    assert words == sorted(set(words))
    assert all(w == w.lower() and len(w) >= 5 for w in words)
    assert len(words) > 3000


def _fake_wordnet(folder: Path) -> None:
    """Three nouns in WordNet's file formats: a thing, a person, and a compound thing."""
    (folder / "data.noun").write_text(
        "  1 licence header line\n"
        "00000001 06 n 01 reactor 0 000 | an apparatus\n"
        "00000002 18 n 01 carrier 0 000 | a person who carries\n"
        "00000003 06 n 01 carrier 0 000 | a vehicle\n"
        "00000004 06 n 01 aircraft_carrier 0 000 | a warship\n"
        "00007846 03 n 01 person 0 000 | a human being\n",
        encoding="latin-1",
    )
    (folder / "index.noun").write_text(
        "  1 licence header line\n"
        "reactor n 1 0 1 0 00000001\n"
        "carrier n 2 0 2 2 00000002 00000003\n"
        "aircraft_carrier n 1 0 1 0 00000004\n"
        "person n 1 0 1 1 00007846\n",
        encoding="latin-1",
    )
    (folder / "index.sense").write_text(
        "carrier%1:18:00:: 00000002 1 3\n"
        "carrier%1:06:00:: 00000003 2 3\n"
        "person%1:03:00:: 00007846 1 6833\n",
        encoding="latin-1",
    )


def test_the_builder_keeps_things_and_compounds_of_people_heads(tmp_path: Path) -> None:
    builder = load_script("build_thing_nouns")
    _fake_wordnet(tmp_path)
    senses = builder.noun_senses(tmp_path)
    assert senses["carrier"] == [(18, 3), (6, 3)]
    assert senses["person"] == [(18, 6833)]  # person.n.01 counts as noun.person
    assert builder.thing_nouns(senses) == ["aircraft carrier", "reactor"]
