"""Armed services before a rank, session 26 (people_nouns.rank_after_service), on made-up
sentences.

One reading of "Army Capt. X" for both plugins: the service's name (with its country's
prefix) and the rank after it. The events plugin reads the title from the prefix and from
the service's own word alike, without a second trigger; unlike the actors plugin, it also
reads a service after another job (round 22 codes the COOPERATE to it).
"""

from __future__ import annotations

import pytest

from newsextract.people_nouns import rank_after_service

from .events_helpers import only, typed


@pytest.mark.parametrize(
    ("text", "start", "rank"),
    [
        ("It was retired U.S. Air Force Gen. Paul Miller.", 3, "Gen."),  # from the prefix
        ("It was retired U.S. Air Force Gen. Paul Miller.", 4, "Gen."),  # from "Air"
        ("Then Navy SEAL Paul Miller spoke.", 1, "SEAL"),
        ("Then the Army said so.", 2, None),  # no rank after it
        ("Then Air Capt. Paul Miller spoke.", 1, None),  # no service
    ],
)
def test_the_rank_after_a_service(nlp, text: str, start: int, rank: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = rank_after_service(doc, start)
    assert (doc[found].text if found is not None else None) == rank


def test_a_service_with_its_prefix_is_one_rank_event(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The war is lost, said U.S. Army Capt. Paul Miller on Monday.")
    event = only(x, "COOPERATE", "Capt")
    assert event.mode == "rank"


def test_a_service_after_another_job_is_still_the_rank_events_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("We are at war, said Pentagon spokesman Navy Capt. Paul Miller.")
    assert ("Capt", "Paul Miller", "Navy") in [
        (trigger, agent, target[:4] if target else None)
        for trigger, agent, target in typed(x, "COOPERATE")
    ]
