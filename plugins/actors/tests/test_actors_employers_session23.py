"""Employers inside job titles, second pass (session 23; state.EMPLOYER_ROLES, descriptions.units).

Rounds 20-21 mark the organisation inside a named person's job title ("RNC spokesman X",
"Clinton campaign manager X"), even when it is named elsewhere, clustered with its other
mentions. This pass adds a chamber's speaker, a party's boss and an outlet's moderator or host
as jobs, and a person's campaign when the parser hangs the person's name on the job noun
rather than on "campaign". Made-up sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

Run = Callable[[str], Extraction]


def mentions_of(extraction: Extraction, name: str) -> list[str]:
    return [m.text for a in extraction.actors if a.name == name for m in a.mentions]


def all_mentions(extraction: Extraction) -> list[str]:
    return [m.text for a in extraction.actors for m in a.mentions]


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ("House Speaker Paul Miller said the bill was dead.", "House"),
        ("Acme News moderator Paul Miller asked the first question.", "Acme News"),
    ],
)
def test_a_speaker_or_a_moderator_marks_the_body_in_the_title(
    run: Run, sentence: str, employer: str
) -> None:
    found = all_mentions(run(sentence))
    assert employer in found and "Paul Miller" in found


def test_a_campaign_the_parser_cut_from_its_name_is_still_the_employer(run: Run) -> None:
    ex = run(
        "Tom Hale won the primary in Iowa. Hale campaign manager Paul Miller said the result "
        "was fair. The Hale campaign will move on."
    )
    assert mentions_of(ex, "Hale campaign") == ["Hale campaign", "Hale campaign"]
