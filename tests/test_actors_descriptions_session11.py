"""Session 11: which adjectives stay in a relative's span, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder


def test_a_judging_adjective_stays_out_of_a_relatives_span(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Senator Paul Dane spoke in Denver on Monday. Dane thanked his successful father "
        "for the loan."
    )
    assert holder(ex, "successful father") is None
    assert holder(ex, "father") is not None


def test_a_describing_adjective_stays_out_too(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Mayor Tom Reed toured the plant on Friday. A photo showed Reed with his young son "
        "at the gate."
    )
    assert holder(ex, "young son") is None
    assert holder(ex, "son") is not None


def test_adjectives_that_say_which_relative_stay_in(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Reno on Monday. Hale said her former husband and her "
        "older brother had backed her, and her 14-year-old daughter joined her on stage."
    )
    texts = {m.text for a in ex.actors for m in a.mentions}
    assert {"former husband", "older brother", "14-year-old daughter"} <= texts
    assert not {"husband", "brother", "daughter"} & texts


def test_a_rivals_modifiers_are_untouched(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Mark Fold spoke in Ohio on Tuesday. Fold praised his onetime rival, "
        "Jane Roe, for her work."
    )
    assert holder(ex, "rival") is None


def test_a_polls_share_of_a_class_is_no_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale leads the race. A new poll found that 46 percent of Republican "
        "voters and 60 percent of black voters back Tom Reed."
    )
    texts = {m.text for a in ex.actors for m in a.mentions}
    assert "Republican voters" not in texts
    assert "black voters" not in texts


def test_the_same_groups_outside_a_share_stay(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale met Republican voters in Iowa on Monday. Black voters cheered "
        "when Hale spoke."
    )
    texts = {m.text for a in ex.actors for m in a.mentions}
    assert {"Republican voters", "Black voters"} <= texts


def test_a_share_of_a_definite_group_keeps_the_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale raised money in Ohio. Only 24 percent of the police officers "
        "who guarded the rally were armed."
    )
    assert holder(ex, "police officers") is not None


def test_bare_judges_are_a_class(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. Ann Hale spoke in Austin on Monday. Hale warned that federal judges should "
        "not act like politicians."
    )
    assert holder(ex, "federal judges") is None


def test_counted_or_definite_judges_are_a_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "At least 70 judges signed a letter on Monday. Gov. Ann Hale said the judges were wrong."
    )
    assert holder(ex, "judges") is not None
