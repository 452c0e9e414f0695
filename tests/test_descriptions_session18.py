"""Session 18: role descriptions of the race's figures and relatives, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import actor_of, holder_name, mention_at

_DAY = "2016-04-10"
_RACE = "Hillary Clinton won Iowa on Monday. Bernie Sanders raised more money than Clinton in May. "

# the race's figures by their role (offices.known_figures)


def test_the_vermont_senator_is_sanders_though_clinton_is_named_near(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "The Vermont senator received more donations than Clinton did."
    ex = run_dated(text, _DAY)
    assert holder_name(ex, "Vermont senator") == "Bernie Sanders"


def test_the_former_secretary_of_state_is_clinton(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "Sanders has trailed the former secretary of state in most surveys."
    ex = run_dated(text, _DAY)
    assert holder_name(ex, "former secretary of state") == "Hillary Clinton"


def test_the_senator_from_vermont_is_one_span(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "The U.S. senator from Vermont spoke to voters in Ohio."
    ex = run_dated(text, _DAY)
    assert holder_name(ex, "U.S. senator from Vermont") == "Bernie Sanders"
    assert holder_name(ex, "U.S. senator") is None


def test_coordinated_roles_are_one_span(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "The former first lady and U.S. senator spoke in Iowa."
    ex = run_dated(text, _DAY)
    assert holder_name(ex, "former first lady and U.S. senator") == "Hillary Clinton"


def test_a_role_someone_else_is_titled_with_is_not_the_figures(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = (
        _RACE + "He met former Secretary of State Colin Powell on Monday. "
        "Sanders praised the former secretary of state in a speech."
    )
    ex = run_dated(text, _DAY)
    assert holder_name(ex, "former secretary of state") != "Hillary Clinton"


def test_a_figures_role_outside_the_race_is_no_mention_of_him(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "The Vermont senator received more donations than Clinton did."
    ex = run_dated(text, "2012-04-10")
    assert holder_name(ex, "Vermont senator") != "Bernie Sanders"


def test_a_role_in_apposition_or_as_title_stays_out(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "Clinton, the former secretary of state, said no to Sen. Bernie Sanders."
    ex = run_dated(text, _DAY)
    assert not mention_at(ex, text, "former secretary of state")


def test_a_figures_role_and_her_staff_are_two(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = _RACE + "Letters from the former secretary of state and her chief adviser were released."
    ex = run_dated(text, _DAY)
    assert actor_of(ex, text, "former secretary of state") == "Hillary Clinton"
    assert not mention_at(ex, text, "former secretary of state and her chief adviser")


# a spouse named in full elsewhere (descriptions._family_member)


def test_her_husband_is_the_one_man_of_her_family_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Mary Holt spoke in Ohio. Tom Holt was there too. She said her husband would advise her."
    ex = run_actors(text)
    assert actor_of(ex, text, "husband") == "Tom Holt"


def test_his_wife_is_the_one_woman_of_his_family_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Omar Nadir spoke at the fair. Leila Nadir stood beside him. Nadir and his wife left."
    ex = run_actors(text)
    assert actor_of(ex, text, "wife") == "Leila Nadir"


def test_a_parent_is_not_joined_to_a_namesake(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mary Holt spoke in Ohio. Tom Holt was there too. She said her father taught her to fish."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "father") != "Tom Holt"


def test_a_spouse_of_another_name_is_not_joined(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mary Holt spoke in Ohio. Tom Baker was there too. She said her husband would advise her."
    )
    ex = run_actors(text)
    assert actor_of(ex, text, "husband") != "Tom Baker"


# a campaign named by the office it seeks, a body's campaign (descriptions._office_sought)


def test_a_campaign_for_an_office_is_the_candidacy(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Hale spoke in Ohio. If Hale loses Ohio, her campaign for president is over."
    ex = run_actors(text)
    assert not mention_at(ex, text, "campaign")


def test_a_campaign_acting_stays_a_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Hale spoke in Ohio. Her campaign said she would stay in the race."
    ex = run_actors(text)
    assert mention_at(ex, text, "campaign")


def test_a_banks_campaign_is_no_candidates_unit(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "The Federal Reserve said its rate-hiking campaign would pause in June."
    ex = run_actors(text)
    assert not mention_at(ex, text, "campaign")


def test_the_real_estate_mogul_is_trump(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = "Donald Trump won Nevada. Jeb Bush said the real estate mogul would lose in November."
    ex = run_dated(text, _DAY)
    assert holder_name(ex, "real estate mogul") == "Donald Trump"


def test_a_mogul_role_another_person_is_titled_with_is_not_trumps(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Donald Trump won Nevada. Real estate mogul Tom Roe gave money to Jeb Bush. "
        "Bush thanked the real estate mogul on Monday."
    )
    ex = run_dated(text, _DAY)
    assert holder_name(ex, "real estate mogul") != "Donald Trump"
