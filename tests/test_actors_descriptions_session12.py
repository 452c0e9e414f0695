"""Session 12: descriptions and groups (the press as an actor), on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder


def _texts(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.text for a in ex.actors for m in a.mentions}


def test_the_media_acting_or_attacked_is_one_outlet_actor(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale blasted the media for its coverage "
        "of the race. The media had reported the story a day earlier."
    )
    actor = holder(ex, "media")
    assert actor is not None and actor.type == "media"
    assert sum(m.text == "media" for m in actor.mentions) == 2


def test_a_qualified_press_keeps_its_adjective(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold spoke on Tuesday. Fold said the conservative media had turned against him."
    )
    assert "conservative media" in _texts(ex)


def test_where_something_appears_and_platforms_are_no_press(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. The clip spread on social media, and the "
        "story was everywhere in the media. Hale drew wide media attention."
    )
    assert not {"media", "social media"} & _texts(ex)


def test_a_habitual_clause_about_the_press_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold spoke on Tuesday. \u201cThe media makes everything up,\u201d Fold said."
    )
    assert "media" not in _texts(ex)


def test_a_part_of_a_campaign_is_the_candidacy(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Tax cuts have been a hallmark of her "
        "campaign since the beginning of the campaign."
    )
    assert "campaign" not in _texts(ex)


def test_the_campaigns_people_and_acts_keep_the_organisation(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Tom Reed, the chairman of her campaign, "
        "said her campaign had raised $2 million."
    )
    actor = holder(ex, "campaign")
    assert actor is not None and actor.type == "organization"
    assert sum(m.text == "campaign" for m in actor.mentions) == 2


_LEAD = "President Ann Hale of Peru spoke in Lima on Monday. Peru will vote soon. "


def test_a_countrys_territory_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        _LEAD + "Hale said refugees kept entering the country, and towns in poor regions "
        "of the country went to court."
    )
    assert "country" not in _texts(ex)


def test_to_the_country_reaches_the_state_unless_someone_goes_there(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "Hale said the rebels sold arms to the country. She will go to the country."
    ex = run_actors(text)
    first = text.index("country")
    second = text.index("country", first + 1)
    starts = {m.start for a in ex.actors for m in a.mentions if m.text == "country"}
    assert first in starts
    assert second not in starts


def test_the_group_after_a_militant_movement_is_that_movement(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale said the Islamic State had lost ground. "
        "She vowed to cut off the group's revenue."
    )
    actor = holder(ex, "group")
    assert actor is not None and actor.name == "Islamic State"


def test_a_named_organization_phrase_is_not_the_movement(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale said ISIS had lost ground. She praised "
        "the Trump organization for its work."
    )
    actor = holder(ex, "Trump organization")
    assert actor is not None and actor.name != "Islamic State"


def test_the_american_people_are_the_nation_at_large(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale said she would tell the American "
        "people the truth about the budget."
    )
    assert "American people" not in _texts(ex)


def test_a_foreign_people_acting_stays_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale said the British people decided "
        "to leave the bloc."
    )
    assert "British people" in _texts(ex)


def test_a_partys_voters_are_an_electorate_not_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale is popular with Democratic voters, "
        "and likely Republican primary voters trust her on taxes."
    )
    texts = _texts(ex)
    assert "Democratic voters" not in texts
    assert "likely Republican primary voters" not in texts


def test_a_partys_officials_stay_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Republican lawmakers blocked her budget."
    )
    assert "Republican lawmakers" in _texts(ex)


def test_his_own_party_is_the_party_named_before(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold, a Republican, spoke in Ohio on Tuesday. Fold was criticized by "
        "members of his own party."
    )
    actor = holder(ex, "party")
    assert actor is not None and actor.type == "organization"
    assert "own party" not in _texts(ex)


def test_another_qualified_party_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold, a Republican, spoke in Ohio on Tuesday. Fold said the other party "
        "had failed."
    )
    assert holder(ex, "party") is None


def test_a_predicate_class_noun_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold, a Republican, spoke in Ohio on Tuesday. \u201cWe cannot be the party "
        "of freedom if we close the door,\u201d Fold said."
    )
    assert holder(ex, "party") is None


def test_the_party_acting_stays_a_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold, a Republican, spoke in Ohio on Tuesday. The party said Fold would run."
    )
    assert holder(ex, "party") is not None
