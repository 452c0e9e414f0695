"""Employers inside job titles, session 25 (mentions._service_before_rank,
groups._service_before_rank, state.EMPLOYER_ROLES), on made-up sentences.

An armed service before a rank ("Army Capt. X") is the officer's employer, marked (round 20's
"Navy SEAL X"), where the tagger ran the service and the rank into one entity ("Army Capt")
and a lone "Army" counted as a state organ with no state. A body's president and a
university's professor are jobs held at the body named in the title (rounds 20-21).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

Run = Callable[[str], Extraction]


def all_mentions(extraction: Extraction) -> list[str]:
    return [m.text for a in extraction.actors for m in a.mentions]


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("The candidates do not understand the military, said Army Capt. Paul Miller.", "Army"),
        ("The campaign hired a new manager, retired Army general Paul Miller, last month.", "Army"),
        ("Retired U.S. Air Force Gen. Paul Miller is speaking out.", "U.S. Air Force"),
    ],
)
def test_a_service_before_a_rank_is_marked(run: Run, sentence: str, service: str) -> None:
    found = all_mentions(run(sentence))
    assert service in found and "Paul Miller" in found
    assert "Army Capt" not in found


def test_a_service_after_another_job_keeps_the_first_employer(run: Run) -> None:
    found = all_mentions(run("We are at war, said Pentagon spokesman Navy Capt. Paul Miller."))
    assert "Pentagon" in found


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ("Harvard professor Paul Miller leads with 6 percent.", "Harvard"),
        ("It would be remarkable, said Acme Unity Fund president Paul Miller.", "Acme Unity Fund"),
    ],
)
def test_a_president_or_a_professor_marks_the_body_in_the_title(
    run: Run, sentence: str, employer: str
) -> None:
    found = all_mentions(run(sentence))
    assert employer in found and "Paul Miller" in found
