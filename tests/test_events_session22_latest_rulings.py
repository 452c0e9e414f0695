"""Session 22: resignations and convention speeches follow the latest rulings (made-up texts).

- A resignation or exit told as done ("resigned from X", "stepped down as X chair", "his
  departure from X") is SANCTION by the leaver toward the employer (round 19, reversing the
  RETREAT of the older rounds); an organisation named inside the post left ("as Acme
  chairman") is that employer.
- A resignation only called for or wished ("called on X to resign", "X should resign") was
  never retyped by a later ruling: it stays RETREAT, as do leaving a race or a seat of office
  ("departure from the race", "resigned from Congress", round 13's seats).
- A speech at a party convention is CONSULT toward the convention (rounds 17-20; the older
  rounds left it unannotated).
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only, typed


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Jane Holt resigned from the Daily Ledger on Friday.", "resigned", "Ledger"),
        (
            "Tom Baker's departure from the Acme Corporation surprised investors.",
            "departure",
            "Acme",
        ),
        ("Jane Holt announced her resignation from the Daily Ledger.", "resignation", "Ledger"),
    ],
)
def test_a_told_resignation_sanctions_the_employer(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str, target: str
) -> None:
    x = run_events(text)
    event = only(x, "SANCTION", trigger)
    assert target in (name(x, event, "target") or "")
    assert typed(x, "RETREAT") == []


def test_the_organisation_inside_the_post_left_is_the_employer(  # type: ignore[no-untyped-def]
    run_events,
) -> None:
    x = run_events("NATO lost a voice. Jane Holt stepped down as NATO spokeswoman in May.")
    event = only(x, "SANCTION", "stepped")
    assert name(x, event, "agent") == "Jane Holt"
    assert "NATO" in (name(x, event, "target") or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Jane Holt called on Governor Tom Baker to resign.", "resign"),
        ("Jane Holt said Governor Tom Baker should resign.", "resign"),
        ("Tom Baker resigned from Congress in 2011.", "resigned"),
        ("Tom Baker's departure from the race helped Jane Holt.", "departure"),
    ],
)
def test_wished_resignations_and_left_seats_stay_retreats(  # type: ignore[no-untyped-def]
    run_events, text: str, trigger: str
) -> None:
    x = run_events(text)
    only(x, "RETREAT", trigger)
    assert [e for e in x.events if e.type == "SANCTION"] == []


def test_a_speech_at_a_party_convention_consults_it(  # type: ignore[no-untyped-def]
    run_events,
) -> None:
    # rounds 17-20 mark a convention speech CONSULT toward the convention (older rounds did not)
    x = run_events("Jane Holt gave a speech at the Republican National Convention in July.")
    event = only(x, "CONSULT", "speech")
    targets = [p.mention.text for p in event.participants if p.role == "target" and p.mention]
    assert any("Convention" in t for t in targets)
