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
