"""The actors plugin's quoted "I", session 19: a speaker whose name reads as a place.

The parser labels some rare surnames as places ("said Caldoria"), so the name's cluster
has no person kind; a quotation's "I" still is its speaker's. A body quoted ("the union
said") keeps no "I", nor does a place the quotation only names.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

_OPENING = "Students gathered at the college on Monday.\n\n"


def test_a_quoted_i_is_a_place_read_surname_speakers(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        _OPENING + '"I do well," said Caldoria, who graduated in 2009 with a degree in nursing. '
        '"But I think most people struggle."'
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "I do") == "Caldoria"
    assert owner(extraction, text, "I think") == "Caldoria"


def test_a_quotation_after_went_on_to_say_is_its_speakers(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + 'Montavia went on to say, "From the start, I knew this was true."'
    assert owner(run_actors(text), text, "I knew") == "Montavia"


def test_a_body_quoted_keeps_no_i(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + '"I know the numbers are bad," the union said.'
    assert owner(run_actors(text), text, "I know") is None


def test_a_place_the_quotation_names_is_no_speaker(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + '"I grew up near Caldoria," the man said.'
    assert owner(run_actors(text), text, "I grew") != "Caldoria"


# -- "<Name> said, “...”" right before the quotation, after a long fronted clause --------------

_FRONTED = (
    "As for the economists and budget analysts who claim that the plan will pay for itself, "
    "Bolton said, “I just think they have not read it, and I doubt they ever will.”"
)


def test_the_name_saying_right_before_the_quotation_speaks_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Mark Bolton criticized the tax plan on Monday.\n\n" + _FRONTED
    extraction = run_actors(text)
    assert owner(extraction, text, "I just") == "Mark Bolton"
    assert owner(extraction, text, "I doubt") == "Mark Bolton"


def test_a_name_the_saying_verb_does_not_follow_is_no_speaker(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rosa Delgado criticized the tax plan on Monday.\n\n"
        "The plan, said to favor Delgado, “will hurt me,” one teacher complained."
    )
    assert owner(run_actors(text), text, "me,") != "Rosa Delgado"
