"""Event roles, session 21 (syntax.py, pronouns.py), on made-up texts.

- A "who" clause the parser hangs on an organisation closing a person noun's phrase
  ("Pat Green, the president of the Foundation for Rural Progress, who criticizes X") is
  about the person, not the organisation: a body is no "who" there.
- The pronoun fallback does not resolve "they" to a news outlet: an outlet is mostly
  named as the one told ("told Reuters they would endorse X"), and "they" are the
  speakers.
"""

from __future__ import annotations

import pytest

from .events_helpers import name, only


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Senator Tom Baxter invited Pat Green, the president of the Foundation for Rural"
            " Progress, who frequently criticizes the Kenyan government, to testify.",
            "Pat Green",
        ),
        (
            "Maria Lopez, the chief economist at the Northern Trade Council, who often"
            " criticizes the Brazilian government, spoke on Monday.",
            "Maria Lopez",
        ),
    ],
)
def test_who_clause_on_an_employer_is_about_the_person(  # type: ignore[no-untyped-def]
    run_events, text: str, agent: str
) -> None:
    x = run_events(text)
    event = only(x, "ACCUSE", "criticizes")
    assert name(x, event, "agent") == agent


def test_who_clause_on_an_organisation_itself_stays_with_it(  # type: ignore[no-untyped-def]
    run_events,
) -> None:
    x = run_events(
        "The Foundation for Rural Progress, which frequently criticizes the Kenyan"
        " government, issued a report."
    )
    event = only(x, "ACCUSE", "criticizes")
    assert (name(x, event, "agent") or "").startswith("Foundation")


@pytest.mark.parametrize(
    "text",
    [
        "Several delegates in the state told Reuters they would endorse Senator Tom Kerr.",
        "In interviews with Reuters, they said they would endorse Senator Tom Kerr.",
    ],
)
def test_they_is_not_the_outlet_told(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(text)
    event = only(x, "SUPPORT", "endorse")
    assert name(x, event, "agent") != "Reuters"
    assert name(x, event, "target") == "Tom Kerr"
