"""Review mends, session 18 (S18M2): a state's noun is a race's only by its race words, a
figure's role is ambiguous where another person bears its title, "on the Hill".

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import holder_name, mention_at

# -- a state owning a race: the noun itself, or a race-only compound (places._race_noun) --------


def test_race_relations_are_no_race(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Hale said Michigan's race relations have improved since the riots."
    assert mention_at(run_actors(text), text, "Michigan")


def test_a_primary_industry_is_no_primary(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Hale said Ohio's primary industry is still manufacturing."
    assert mention_at(run_actors(text), text, "Ohio")


def test_a_states_race_and_its_race_parts_stay_ground(run_actors) -> None:  # type: ignore[no-untyped-def]
    for text, state in (
        ("Senator Alma Reyes campaigned hard before Nevada's March 3 primary.", "Nevada"),
        ("Ann Hale said Ohio's Senate race is the closest in years.", "Ohio"),
        ("Ann Hale said Ohio's bellwether status is safe this year.", "Ohio"),
        ("Under Idaho's delegate rules, Governor Tom Briggs picks his own slate.", "Idaho"),
        ("Analysts said Oregon's turnout numbers were the lowest in a decade.", "Oregon"),
    ):
        assert not mention_at(run_actors(text), text, state), text


# -- a figure's role where another person is titled with its noun (offices._titled_apart) -------

_DAY = "2016-04-10"
_RACE = "Hillary Clinton won Iowa on Monday. Bernie Sanders raised more money than Clinton in May. "


def test_the_vermont_senator_beside_sen_leahy_of_vermont_is_not_sanders(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Patrick Leahy of Vermont held a hearing on Monday. Bernie Sanders was not there. "
        "The Vermont senator said the bill would pass."
    )
    assert holder_name(run_dated(text, _DAY), "Vermont senator") != "Bernie Sanders"


def test_the_vermont_senator_beside_senator_leahy_d_vt_is_not_sanders(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Patrick Leahy, D-Vt., held a hearing on Monday. Bernie Sanders was not there. "
        "The Vermont senator said the bill would pass."
    )
    assert holder_name(run_dated(text, _DAY), "Vermont senator") != "Bernie Sanders"


def test_a_senator_of_another_state_leaves_the_vermont_senator_to_sanders(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = (
        _RACE + "He was joined on stage by Minnesota Sen. Al Franken. "
        "The Vermont senator received more donations than Clinton did."
    )
    assert holder_name(run_dated(text, _DAY), "Vermont senator") == "Bernie Sanders"


def test_a_press_secretary_leaves_the_former_secretary_of_state_to_clinton(run_dated) -> None:  # type: ignore[no-untyped-def]
    text = (
        _RACE + "Clinton press secretary Brian Fallon spoke on Tuesday. "
        "Sanders has trailed the former secretary of state in most surveys."
    )
    assert holder_name(run_dated(text, _DAY), "former secretary of state") == "Hillary Clinton"


# -- "on the Hill" is Capitol Hill (mentions._on_the_hill) ---------------------------------------


def test_on_the_hill_is_where_lawmakers_are(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Peter Hale sat down with Democratic members of both chambers on the Hill on Tuesday."
    assert not mention_at(run_actors(text), text, "Hill")


def test_a_dated_primary_the_parser_makes_a_modifier_is_still_a_race(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Finally, with New York's April 26 primary looming, Mayor Ann Hale on Monday spoke."
    assert not mention_at(run_actors(text), text, "New York")
