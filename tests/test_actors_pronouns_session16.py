"""The actors plugin's pronouns, session 16.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- an inner quotation is someone else's first person ------------------------------------

_INTRO = "Mayor Tomas Verhoek visited the plant in Dayton on Monday. "


def test_an_inner_quotations_i_is_not_the_speaker(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + (
        "“You never hear the governor saying, ‘I love the new tax,’ do you?” Verhoek said."
    )
    assert owner(run_actors(text), text, "I love") is None


def test_an_inner_quotations_we_is_not_the_speakers_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Borvex Industries spokesman Dana Whitcomb spoke in Ohio on Monday. "
        "“The unions keep telling workers, ‘we will shut the plant down,’ and that is false,” "
        "Whitcomb said."
    )
    assert owner(run_actors(text), text, "we will") is None


def test_the_speakers_own_words_outside_the_inner_quotation_stay_his(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + (
        "“You never hear the governor saying, ‘I love the new tax,’ and I doubt you will,” "
        "Verhoek said."
    )
    assert owner(run_actors(text), text, "I doubt") == "Tomas Verhoek"


def test_a_speaker_retelling_his_own_words_keeps_them(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + ("“I told them, ‘I will not sign the bill,’ and I meant it,” Verhoek said.")
    assert owner(run_actors(text), text, "I will") == "Tomas Verhoek"


def test_an_elision_opens_no_inner_quotation(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + ("“We bought six of ‘em last year, and I use them daily,” Verhoek said.")
    assert owner(run_actors(text), text, "I use") == "Tomas Verhoek"


def test_a_speaker_who_tried_to_say_his_own_words_keeps_them(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + (
        "“That is why I have tried to say, ‘Here is what I will build,’” Verhoek said."
    )
    assert owner(run_actors(text), text, "I will") == "Tomas Verhoek"


def test_an_inner_quotations_i_is_who_says_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Ellen Marsh campaigned in Dayton on Monday, and Mayor Tomas Verhoek watched. "
        "“Now she says, ‘I want the plant open,’ but last year she did not,” Verhoek said."
    )
    assert owner(run_actors(text), text, "I want") == "Ellen Marsh"


def test_a_capitalised_elision_opens_no_inner_quotation(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + "“‘Cause I know the town, I will win,” Verhoek said."
    result = run_actors(text)
    assert owner(result, text, "I know") == "Tomas Verhoek"
    assert owner(result, text, "I will") == "Tomas Verhoek"


def test_a_contraction_typed_apart_opens_no_inner_quotation(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + "“I ‘m proud of the town and I will stay,” Verhoek said."
    assert owner(run_actors(text), text, "I will") == "Tomas Verhoek"


def test_an_unclosed_inner_quotation_ends_with_its_sentence(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = _INTRO + (
        "“You never hear the governor saying, ‘I love the new tax. "
        "But I will fight that tax all year,” Verhoek said."
    )
    assert owner(run_actors(text), text, "I will") == "Tomas Verhoek"
