"""Session 13: descriptions and groups, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder, holder_name


def _texts(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.text for a in ex.actors for m in a.mentions}


def test_a_campaign_as_a_stretch_of_time_is_the_candidacy(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale has talked about tax cuts throughout "
        "her campaign, and she raised the issue twice during her presidential campaign."
    )
    assert not {"campaign", "presidential campaign"} & _texts(ex)


def test_a_campaign_that_acts_stays_the_organisation(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Her campaign said on Tuesday that it had "
        "raised $2 million."
    )
    assert "campaign" in _texts(ex)


def test_an_acting_audience_is_the_gathering(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold spoke at a rally in Dayton on Friday. The friendly audience cheered "
        "his attacks on the governor, and Fold reminded the audience of his record. "
        "Later the crowd chanted his name."
    )
    actor = holder(ex, "audience")
    assert actor is not None and actor.type == "group"
    texts = {m.text for m in actor.mentions}
    assert {"friendly audience", "audience", "crowd"} <= texts


def test_an_audience_that_only_watches_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold spoke at a rally in Dayton on Friday. Fold tried to curry favor "
        "with the audience, and several members of the audience left early."
    )
    assert "audience" not in _texts(ex)


def test_an_audience_that_may_act_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold spoke at a rally in Dayton on Friday. Fold said the audience might boo him."
    )
    assert "audience" not in _texts(ex)


def test_a_persons_office_that_acts_is_an_organisation(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold was asked about the report on Monday. Fold's office said in a "
        "statement that he had done nothing wrong."
    )
    actor = holder(ex, "office")
    assert actor is not None and actor.type == "organization"
    assert "Fold" in _texts(ex)


def test_an_office_as_a_room_or_a_post_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold was asked about the report on Monday. Fold spoke in his office, "
        "weeks after he took office. His office is on the third floor."
    )
    assert "office" not in _texts(ex)


def test_a_head_two_names_share_is_the_latest_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "The Commerce Department issued a report on Monday. Later the Energy Department "
        "published new rules. The department said the rules would save money."
    )
    actor = holder(ex, "Energy Department")
    assert actor is not None
    assert "department" in {m.text for m in actor.mentions}


def test_an_acronym_gives_its_head_noun(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "The FBI opened an inquiry into the deal on Monday. The bureau said it would "
        "interview the banker."
    )
    actor = holder(ex, "FBI")
    assert actor is not None
    assert "bureau" in {m.text for m in actor.mentions}


def test_places_and_parties_do_not_take_the_latest_name(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Officials of Marion County and Polk County met on Monday. Turnout in the county "
        "rose. Members of the Tea Party Caucus and the Green Party spoke. The party "
        "lost ground."
    )
    texts = _texts(ex)
    assert "county" not in texts
    assert holder_name(ex, "party") in {None, "Green Party"}


def test_a_candidates_my_campaign_is_his_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. \u201cIf my treasurer tried such a stunt, "
        "my campaign would sink,\u201d Hale said."
    )
    actor = holder(ex, "campaign")
    assert actor is not None and actor.type == "organization"
    assert holder_name(ex, "my") == "Ann Hale"


def test_my_campaign_outside_a_quotation_is_left_alone(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("I spoke in Reno on Monday. My campaign would be over, I thought.")
    assert "campaign" not in _texts(ex)


def test_a_campaign_launched_or_conducted_is_the_candidacy(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale launched her campaign in June. "
        "Critics say she has conducted her campaign badly."
    )
    assert "campaign" not in _texts(ex)


def test_a_campaign_backed_stays_the_organisation(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Several unions are backing her campaign."
    )
    assert "campaign" in _texts(ex)


def test_the_families_of_victims_are_one_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale met the families of the flood victims on Monday. Hale said the "
        "families had waited too long for help."
    )
    actor = holder(ex, "families")
    assert actor is not None and actor.type == "group"
    assert sum(m.text == "families" for m in actor.mentions) == 2


def test_families_as_a_class_are_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale promised tax relief for working "
        "families, and she said the families would benefit."
    )
    assert not {"families", "working families"} & _texts(ex)
