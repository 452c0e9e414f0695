"""Session 15: descriptions and groups, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder, owner


def _texts(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.text for a in ex.actors for m in a.mentions}


def _campaigns(ex) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for a in ex.actors for m in a.mentions if m.text.endswith("campaign")]


def test_a_past_campaign_in_a_former_post_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Tom Baker will speak in Reno in 2016. Ann Hale, a spokeswoman for Baker's 2004 "
        "presidential campaign, said he would win."
    )
    assert _campaigns(ex) == []


def test_a_campaign_dated_after_the_noun_is_a_past_race(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Jim Lee is running again in 2016. Ann Hale, a strategist on Lee's presidential "
        "campaign in 2008, said the race would be close."
    )
    assert _campaigns(ex) == []


def test_the_campaign_goes_to_the_current_one_not_a_past_one(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jim Lee's campaign hired Ann Hale on Monday for the 2016 race. Hale once managed Tom "
        "Baker's 2008 campaign. The campaign said Hale would start next week."
    )
    ex = run_actors(text)
    first = text.index("campaign")
    last = text.rindex("campaign")
    assert owner(ex, first) is not None
    assert owner(ex, last) == owner(ex, first)


def test_a_campaign_of_the_latest_year_named_stays(run_actors) -> None:  # type: ignore[no-untyped-def]
    # no later year is named: the 2016 campaign is the current one
    ex = run_actors(
        "Sen. Tom Baker's 2016 campaign hired a new manager on Monday. Baker's 2016 campaign "
        "said it raised $2 million."
    )
    assert "2016 campaign" in _texts(ex)


def test_an_undated_campaign_stays(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Tom Baker spoke in Reno in 2016. Ann Hale, a spokeswoman for Baker's campaign, "
        "said on Monday that Baker's campaign raised $2 million since 2012."
    )
    assert "campaign" in _texts(ex)


def test_elected_officials_as_a_class_is_no_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Tom Baker leads among party leaders and elected officials. Critics said meetings "
        "with government officials were routine for Baker."
    )
    assert not {"elected officials", "government officials"} & _texts(ex)


def test_officials_picked_out_by_party_or_place_stay_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("Republican elected officials criticized Sen. Tom Baker on Monday.")
    assert "Republican elected officials" in _texts(ex)


def test_a_persons_company_is_an_organisation_of_its_own(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Tom Baker bought the resort in 2012. Mr. Baker's company invested $20 million in "
        "renovations, and his company later sold it."
    )
    firm = holder(ex, "company")
    assert firm is not None and firm.type == "organization"
    assert "Baker" not in [m.text for m in firm.mentions]


def test_a_persons_firm_named_in_apposition_is_that_firm(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "The losses shrank Mr. Lee's firm, Greenfield Capital Management, to $2 billion on Monday."
    )
    firm = holder(ex, "firm")
    assert firm is not None and any("Greenfield" in m.text for m in firm.mentions)


def test_his_business_and_his_companies_are_no_firm(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Tom Baker defended his business record on Monday. He said his companies created jobs."
    )
    assert not {"business", "companies"} & _texts(ex)
