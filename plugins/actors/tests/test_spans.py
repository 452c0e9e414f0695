"""Which stretches are mentions: demonyms, places used as locations (made-up sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

Run = Callable[[str], Extraction]


def mention_texts(extraction: Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in extraction.actors}


def test_demonym_for_the_government_covers_the_head(run: Run) -> None:
    found = mention_texts(run("Mexico protested. The Mexican government said it was surprised."))
    assert "Mexican government" in found["Mexico"]
    assert "Mexican" not in found["Mexico"]


def test_descriptive_demonym_is_no_mention(run: Run) -> None:
    found = mention_texts(run("Mexico said Mexican trucks were stopped at the border."))
    assert found["Mexico"] == ["Mexico"]


def test_demonym_of_forces_is_a_group_of_the_state(run: Run) -> None:
    result = run("Ukraine said Russian troops shelled the town.")
    troops = next(a for a in result.actors if a.name == "Russian troops")
    assert [m.text for m in troops.mentions] == ["Russian troops"]
    assert troops.type == "group" and troops.code == "RUS"
    russia = next(a for a in result.actors if a.id == troops.affiliation)
    assert russia.name == "Russia" and not russia.mentions  # only the affiliation


def test_country_named_only_in_a_title_has_no_mention(run: Run) -> None:
    # a name inside a title is no mention (the guidelines); the country stays
    # as the person's affiliation
    found = mention_texts(run("German Chancellor Olaf Scholz arrived on Monday."))
    assert found["Germany"] == []


def test_plural_demonym_is_a_group(run: Run) -> None:
    # "Many Americans" would be the nation's people in general, no mention (the guidelines)
    result = run("The Russians denied the report, the ministry said.")
    groups = [a for a in result.actors if a.type == "group"]
    assert [m.text for a in groups for m in a.mentions] == ["Russians"]


def test_place_only_as_location_is_no_mention(run: Run) -> None:
    found = mention_texts(
        run("Shootings rose in Chicago this year. Chicago sued the gun makers on Friday.")
    )
    assert found["Chicago"] == ["Chicago"]
    # a town named only as where something happens is no mention (the guidelines' "in Paris";
    # since session 15 also for a town's police, leaders or campaign stops)
    assert not mention_texts(run("Police in Chicago arrested two men.")).get("Chicago")


def test_party_adjective_before_a_thing_is_no_mention(run: Run) -> None:
    found = mention_texts(
        run("Republicans met on Monday. Critics said the Republican tax plan would fail.")
    )
    assert found["Republican Party"] == ["Republicans"]


def test_modifier_and_group_noun_are_one_mention(run: Run) -> None:
    result = run("E.U. leaders met on Friday. Polish officials said E.U. leaders had failed.")
    found = mention_texts(result)
    assert found["E.U. leaders"] == ["E.U. leaders", "E.U. leaders"]
    assert found["Polish officials"] == ["Polish officials"]
    assert all(a.mentions == [] for a in result.actors if a.name in ("European Union", "Poland"))


def test_name_inside_a_title_is_no_mention(run: Run) -> None:
    result = run("Republican nominee John Roe spoke in Ohio on Monday.")
    roe = next(a for a in result.actors if a.name == "John Roe")
    party = next(a for a in result.actors if a.id == roe.affiliation)
    assert party.name == "Republican Party" and not party.mentions


def test_party_qualified_role_is_that_partys_nominee(run: Run) -> None:
    found = mention_texts(
        run(
            "Democratic nominee Jane Doe met Republican nominee John Roe on Monday. "
            "The Democratic nominee said the debate went well."
        )
    )
    assert "Democratic nominee" in found["Jane Doe"]
    assert "Democratic nominee" not in found["John Roe"]


def test_name_classifying_a_thing_is_no_mention(run: Run) -> None:
    found = mention_texts(run("France said U.S. power plants were old. U.S. sanctions hurt Iran."))
    assert found["United States"] == ["U.S."]  # the sanctions' agent only


def test_state_organ_phrase_is_the_state(run: Run) -> None:
    found = mention_texts(run("The U.S. government said the U.S. military would help Kenya."))
    assert found["United States"] == ["U.S. government"]
    assert found["U.S. military"] == ["U.S. military"]


def test_places_only_where_things_happen_vanish(run: Run) -> None:
    found = mention_texts(
        run(
            "Jane Reyes, 59, of Ashton, Md., said prices in the United States rose. "
            "She made plans for Europe."
        )
    )
    assert not {"Ashton", "Md.", "United States", "Europe"} & set(found)


def test_an_attack_in_a_country_is_against_it(run: Run) -> None:
    found = mention_texts(run("Kenya condemned the offensive in Ruritania and in Somalia."))
    assert found["Somalia"] == ["Somalia"]


def test_laws_programmes_and_pacts_are_no_actors(run: Run) -> None:
    found = mention_texts(
        run(
            "Senator Jane Roe said Obamacare and Medicare would survive. "
            "Canada wants to leave the North American Free Trade Agreement."
        )
    )
    assert not {"Obamacare", "Medicare", "North American Free Trade Agreement"} & set(found)


def test_dateline_and_wire_credits_are_no_mentions(run: Run) -> None:
    found = mention_texts(
        run(
            "DAYTON -- Ohio officials met on Monday. Officials said the plan would work.\n\n"
            "(Reporting by Jane Roe; Editing by John Doe)"
        )
    )
    assert not {"DAYTON", "Jane Roe", "John Doe"} & set(found)


def test_state_name_before_its_body_is_one_name(run: Run) -> None:
    found = mention_texts(run("The U.S. Supreme Court put the rules on hold on Friday."))
    assert [texts for texts in found.values() if "U.S. Supreme Court" in texts]
    assert "United States" not in found


def test_the_white_house_as_the_office_sought_is_no_mention(run: Run) -> None:
    found = mention_texts(
        run(
            "The White House said on Monday that talks would go on. "
            "Jane Roe, a contender for the White House, disagreed."
        )
    )
    assert found["United States"] == ["White House"]


def test_determiner_before_a_name_is_cut(run: Run) -> None:
    found = mention_texts(run("Critics said this White House had failed the veterans."))
    assert found["United States"] == ["White House"]
