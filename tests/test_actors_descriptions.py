"""The actors plugin's descriptions: common-noun mentions of actors, on made-up sentences."""

from __future__ import annotations

import pytest

from .actors_helpers import holder


@pytest.mark.parametrize(
    "text, mention",
    [
        ("The senator has little support among black voters this year.", "black voters"),
        ("The mayor said young black men were stopped more often.", "young black men"),
        ("Leaders met with communities of color on Monday.", "communities of color"),
        ("In the early years of the crisis, the gay community felt ignored.", "gay community"),
        ("The policies hurt black Americans for decades.", "black Americans"),
    ],
)
def test_a_people_set_apart_by_race_is_a_group(  # type: ignore[no-untyped-def]
    run_actors, text: str, mention: str
) -> None:
    group = holder(run_actors(text), mention)
    assert group is not None and group.type == "group"


def test_a_bare_demographic_class_is_no_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("Women and young voters stayed home, and Americans were tired.")
    assert holder(ex, "voters") is None and holder(ex, "young voters") is None
    assert holder(ex, "women") is None and holder(ex, "Women") is None


def test_a_clause_before_a_group_is_no_part_of_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "They wrote rules that over-taxed, targeted and criminalized black men. "
        "The book describes how black people were treated."
    )
    assert holder(ex, "black men") is not None
    assert holder(ex, "black people") is not None


def test_coordinated_adjectives_stay_in_the_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("Federal and state prosecutors charged the two developers on Monday.")
    assert holder(ex, "Federal and state prosecutors") is not None


def test_the_bare_role_is_its_unqualified_bearer(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Dana Whitfield met Russian President Viktor Orlov on Monday. Whitfield said "
        "little. Last week, the president refused to visit Moscow."
    )
    ex = run_actors(text)
    whitfield = holder(ex, "Whitfield")
    assert whitfield is not None
    assert "president" in [m.text for m in whitfield.mentions]
    orlov = holder(ex, "Viktor Orlov")
    assert orlov is not None and "president" not in [m.text for m in orlov.mentions]


def test_this_man_is_the_man_the_text_is_on(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Donald Trump spoke in Ohio on Monday. He attacked the press. "
        'Jane Roe, a voter, said: "I do not trust this guy. This man is unfit."'
    )
    trump = holder(run_actors(text), "Donald Trump")
    assert trump is not None
    assert {"guy", "man"} <= {m.text for m in trump.mentions}


@pytest.mark.parametrize(
    "text",
    [
        # the speaker is not who he calls "this man"
        'Jane Roe spoke first. "I will defend this man," John Doe said of his friend.',
        # a relative clause introduces someone new
        "Jane Roe spoke on Monday. She said the man who fired had fled.",
    ],
)
def test_no_person_for_a_plain_person_noun(run_actors, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(text)
    assert holder(ex, "woman") is None and holder(ex, "man") is None


def test_an_unnamed_woman_brought_in_is_her_own_person(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "John Doe wrote letters to another woman. He and the woman had worked together in Ohio."
    )
    woman = holder(ex, "woman")
    assert woman is not None and "John Doe" not in [m.text for m in woman.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # a public body is no company
        "The European Commission met on Monday. The company that owns the site was fined.",
        # a company named long before
        "Apple sold phones. It rained. Stocks fell. Traders left. Bonds rose. The company grew.",
    ],
)
def test_no_company_for_the_company(run_actors, text: str) -> None:  # type: ignore[no-untyped-def]
    assert holder(run_actors(text), "company") is None


def test_the_administration_is_the_presidents(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rep. Adam Schiff called on President Obama to act. Obama declined. "
        "Schiff called on the administration to respond."
    )
    ex = run_actors(text)
    admin = holder(ex, "administration")
    assert admin is not None and admin.type == "organization"
    assert holder(ex, "Obama") is not admin


def test_no_administration_without_a_president(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("Rep. Adam Schiff called on the administration to respond.")
    assert holder(ex, "administration") is None


@pytest.mark.parametrize(
    "text",
    [
        # a role after "as" says what someone would be
        "President Obama spoke. Trump said Clinton is not fit to serve as the president.",
        # a possessive is someone's: "their candidate" is not the one candidate named
        "Donald Trump is the Republican candidate. Democrats hope their candidate wins.",
    ],
)
def test_no_role_description(run_actors, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(text)
    assert holder(ex, "president") is None and holder(ex, "candidate") is None


def test_the_state_and_the_city_are_the_places_named_last(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Polls show a close race in Ohio. The state had added a week of early voting. "
        "Trump campaigned in the state on Monday."
    )
    ohio = holder(ex, "state")
    assert ohio is not None and ohio.name == "Ohio"
    assert [m.text for m in ohio.mentions].count("state") == 1  # "in the state" is where
    ex = run_actors("Protests in Charlotte went on. Police say they can secure the city.")
    city = holder(ex, "city")
    assert city is not None and city.name == "Charlotte"


def test_the_country_is_the_country_just_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States lifted sanctions. Americans cheered. Washington said it would "
        "help. Obama visited Rangoon in Burma last year. The country has changed, he said."
    )
    burma = holder(run_actors(text), "country")
    assert burma is not None and burma.code == "MMR"


def test_a_demonym_names_no_country_for_the_country(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator John Doe spoke in Ohio about America. He was held in a Vietnamese prison "
        "and says torture would compromise the nation's values."
    )
    nation = holder(run_actors(text), "nation")
    assert nation is not None and nation.code == "USA"


@pytest.mark.parametrize(
    "text, person, description",
    [
        pytest.param(
            "Melanie Smith watched the convention at home. She cheered when Donald Trump "
            "spoke. The woman says she is not ill.",
            "Melanie Smith",
            "woman",
            id="the woman is the woman named before",
        ),
        pytest.param(
            "Apple sold fewer phones this year. The European Commission said the company "
            "owed taxes in Ireland.",
            "Apple",
            "company",
            id="the company is the company named just before",
        ),
        pytest.param(
            'Senator Ted Cruz spoke in Iowa. "This senator has never lied to you," a voter said.',
            "Ted Cruz",
            "senator",
            id="this senator is the senator named",
        ),
        pytest.param(
            "Sen. Ted Cruz spoke in Iowa on Monday. The senator has never lied, a voter said.",
            "Ted Cruz",
            "senator",
            id="an abbreviated honorific outside the name is a title",
        ),
        pytest.param(
            "But Clinton's opponent, Donald Trump, has raised more.",
            "Donald Trump",
            "opponent",
            id="apposition: opponent",
        ),
        pytest.param(
            "He met the first lady, Michelle Obama, on Monday.",
            "Michelle Obama",
            "first lady",
            id="apposition: first lady",
        ),
        pytest.param(
            "Whitfield did not thank the writer of that speech, Carla Ruiz, who retired.",
            "Carla Ruiz",
            "writer of that speech",
            id="apposition: writer of that speech",
        ),
    ],
)
def test_a_description_is_a_mention_of_the_actor_named(  # type: ignore[no-untyped-def]
    run_actors, text: str, person: str, description: str
) -> None:
    actor = holder(run_actors(text), person)
    assert actor is not None and description in [m.text for m in actor.mentions]


def test_an_indefinite_before_a_name_is_no_mention(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("An attorney for him, Mark Doe, declined to comment.")
    doe = holder(ex, "Mark Doe")
    assert doe is not None and [m.text for m in doe.mentions] == ["Mark Doe"]


def test_a_compound_before_the_name_is_in_the_phrase(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("Okafor posted a two-page note from his long-time Boston dentist on Friday.")
    assert holder(ex, "long-time Boston dentist") is not None


def test_a_counted_pair_of_people_nouns_is_one_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Clinton unveiled endorsements from 95 retired generals and admirals on Monday. "
        "World leaders and diplomats expressed outrage."
    )
    assert holder(ex, "95 retired generals and admirals") is not None
    assert holder(ex, "World leaders") is not None and holder(ex, "diplomats") is not None


@pytest.mark.parametrize(
    "text, mention",
    [
        ("On Monday, at least 70 judges criticized the ruling.", "70 judges"),
        ("About 200 officials met in Geneva.", "200 officials"),
    ],
)
def test_a_hedged_count_opens_the_group_at_its_number(  # type: ignore[no-untyped-def]
    run_actors, text: str, mention: str
) -> None:
    assert holder(run_actors(text), mention) is not None


def test_a_nations_people_bare_is_generic(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("Most Americans are set in their ways. The Russians hacked the party.")
    assert holder(ex, "Americans") is None
    assert holder(ex, "Russians") is not None
