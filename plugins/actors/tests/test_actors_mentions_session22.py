"""Mentions of session 22: a closing credit line names reporters, no actors. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

Run = Callable[[str], Extraction]


def all_mentions(extraction: Extraction) -> list[str]:
    return [m.text for a in extraction.actors for m in a.mentions]


def test_a_contributing_line_names_no_actor(run: Run) -> None:
    ex = run(
        "Jane Roe met Gov. Tom Hale in Ohio. Hale said the plan was fair.\n\n"
        "Contributing: Iris Young and Grant Miller, USA TODAY."
    )
    found = all_mentions(ex)
    assert "Jane Roe" in found and "Tom Hale" in found
    assert not {"Iris Young", "Grant Miller", "USA TODAY"} & set(found)


def test_a_name_that_contributed_is_no_actor(run: Run) -> None:
    ex = run("Jane Roe met Gov. Tom Hale in Ohio on Monday.\n\nNolan Park contributed.")
    assert "Nolan Park" not in all_mentions(ex)


def test_additional_reporting_names_no_actor(run: Run) -> None:
    ex = run(
        "Jane Roe met Gov. Tom Hale in Ohio on Monday.\n\n"
        "Additional reporting by Iris Young in Dayton and Grant Miller."
    )
    assert not {"Iris Young", "Grant Miller"} & set(all_mentions(ex))


def test_a_sentence_about_giving_keeps_its_actor(run: Run) -> None:
    ex = run(
        "Jane Roe met Gov. Tom Hale in Ohio on Monday. Hale praised the donors who gave to the "
        "fund, and he said that Nolan Park, a businessman from Dayton, contributed."
    )
    assert "Nolan Park" in all_mentions(ex)
