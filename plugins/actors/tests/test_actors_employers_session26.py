"""A body's name before one person's role noun, session 26 (groups._employer_before_role,
build._after_employer), on made-up sentences.

"the CNN reporter", "a Reuters photographer", "the White House spokesman" are two mentions in the
gold of rounds 22-24: the body (the White House as the state) and the role noun, as round 18's
"the Yale grad" (Yale plus "grad"). A party, a people or a place before the role keeps the phrase
whole ("the GOP candidate"), and so does a plural ("FDIC officials").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

Run = Callable[[str], Extraction]


def all_mentions(extraction: Extraction) -> list[str]:
    return [m.text for a in extraction.actors for m in a.mentions]


@pytest.mark.parametrize(
    ("sentence", "body", "role"),
    [
        (
            "Senator Hale shouted at reporters. The CNN reporter asked about the wall.",
            "CNN",
            "reporter",
        ),
        ("A Reuters photographer filmed the harbor on Friday.", "Reuters", "photographer"),
        ("Mayor Tom Reed spoke. The Fox News chief praised him.", "Fox News", "chief"),
    ],
)
def test_a_body_before_a_role_is_two_mentions(
    run: Run, sentence: str, body: str, role: str
) -> None:
    found = all_mentions(run(sentence))
    assert body in found and role in found
    assert f"{body} {role}" not in found


def test_a_seat_of_government_before_a_spokesman_is_the_state(run: Run) -> None:
    extraction = run(
        "Dana Welch spoke on Monday. The program works, the White House spokesman, Dana Welch,"
        " said on Thursday."
    )
    state = next(a for a in extraction.actors if a.name == "United States")
    assert [m.text for m in state.mentions] == ["White House"]
    welch = next(a for a in extraction.actors if a.name == "Dana Welch")
    assert "spokesman" in [m.text for m in welch.mentions]
    assert "White House spokesman" not in all_mentions(extraction)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The GOP candidate spoke to voters in Ohio on Monday.", "GOP candidate"),
        ("Two FDIC officials testified about the budget.", "FDIC officials"),
    ],
)
def test_a_party_or_a_plural_keeps_the_phrase_whole(run: Run, sentence: str, phrase: str) -> None:
    assert phrase in all_mentions(run(sentence))


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ('"It is a sad day," said White House Press Secretary Dana Welch.', "White House"),
        ("Senate Majority Whip John Corwin voted against the bill.", "Senate"),
        ("Paul Hale praised Supreme Court Justice Ann Berle on Tuesday.", "Supreme Court"),
    ],
)
def test_a_seat_a_chamber_or_a_court_in_a_staff_title_is_marked(
    run: Run, sentence: str, employer: str
) -> None:
    assert employer in all_mentions(run(sentence))


def test_a_seat_of_government_as_a_journalist_beat_is_no_mention(run: Run) -> None:
    found = all_mentions(
        run("Fox News Channel White House correspondent Ed Harlan asked about the budget.")
    )
    assert "White House" not in found and "Ed Harlan" in found
