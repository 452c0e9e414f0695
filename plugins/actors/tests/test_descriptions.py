"""Definite descriptions used as names, and names cut out of headlines (made-up sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

Run = Callable[[str], Extraction]


def mention_texts(extraction: Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in extraction.actors}


def test_head_word_of_an_organisation(run: Run) -> None:
    found = mention_texts(
        run(
            "The National Museum of Maritime History opened on Monday. "
            "Officials said the museum would stay open late."
        )
    )
    museum = next(v for k, v in found.items() if "Museum" in k)
    assert museum[-1] == "museum"


def test_class_noun_of_a_bloc(run: Run) -> None:
    found = mention_texts(
        run("The European Union met in Brussels. Leaders said the bloc would act.")
    )
    assert "bloc" in found["European Union"]


def test_the_country_is_the_focal_country(run: Run) -> None:
    found = mention_texts(
        run(
            "Mexico raised tariffs on Monday. Mexico said the measure was temporary. "
            "Officials said the country would review it in March."
        )
    )
    assert found["Mexico"][-1] == "country"


def test_the_country_as_a_destination_is_a_place(run: Run) -> None:
    found = mention_texts(
        run("Mexico raised tariffs on Monday. Mexico said few goods came into the country.")
    )
    assert "country" not in found["Mexico"]


def test_an_agreement_is_not_described_as_an_actor(run: Run) -> None:
    result = run(
        "Canada signed the North Atlantic Fisheries Agreement in 2001. "
        "Critics said the agreement was weak."
    )
    assert all("agreement" not in [m.text for m in a.mentions] for a in result.actors)


def test_headline_verb_is_cut_from_the_name(run: Run) -> None:
    result = run("Obama Says Museum Will Open\n\nPresident Barack Obama spoke on Saturday.")
    texts = [m.text for a in result.actors for m in a.mentions]
    assert "Obama Says" not in texts


def test_vice_president_is_not_the_president(run: Run) -> None:
    result = run(
        "President Tom Baker met Vice President Mary Jones on Monday. "
        "The president said the talks went well."
    )
    owner = next(a.name for a in result.actors for m in a.mentions if m.text == "president")
    assert owner == "Tom Baker"


def test_the_government_is_the_focal_country(run: Run) -> None:
    x = run(
        "Chile tested a missile on Friday. Chile said the test was a success. "
        "Critics said the government had broken its promise, but the state government disagreed."
    )
    chile = next(a for a in x.actors if a.name == "Chile")
    texts = [m.text for m in chile.mentions]
    assert "government" in texts and "state government" not in texts


def test_a_court_by_a_word_of_its_name(run: Run) -> None:
    x = run(
        "The U.S. Supreme Court sent the case to the U.S. Court of Appeals on Monday. "
        "The appeals court will rule in May, and the high court may then take it up."
    )
    texts = {a.name: [m.text for m in a.mentions] for a in x.actors}
    supreme = next(v for k, v in texts.items() if "Supreme" in k)
    appeals = next(v for k, v in texts.items() if "Appeals" in k)
    assert "high court" in supreme and "appeals court" in appeals
