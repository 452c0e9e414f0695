"""Session 20: requests and agreements the rulings of rounds 12-15 settle (made-up sentences).

- "X agrees with Y" in the present shares Y's view: SUPPORT toward Y (round-15 ruling, "he
  agrees with me"; session 21: a past "agreed with X" too); agreeing to or on something
  stays AGREE.
- Advocating a policy with no addressee is REQUEST with no target (round-14 advocacy).
- Pressure with no one applying it is REQUEST with no agent, toward whoever is under it,
  feels it or has it put on them (round-12 ruling).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import typed

RunEvents = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        (
            "The Ruritanian Medical Association agrees with Mary Walsh.",
            "Ruritanian Medical Association",
            "Mary Walsh",
        ),
        ("Tom Reed is now agreeing with Mary Walsh on taxes.", None, None),
    ],
)
def test_present_agreement_with_someone_is_support(
    run_events: RunEvents, sentence: str, agent: str | None, target: str | None
) -> None:
    x = run_events(sentence)
    support = typed(x, "SUPPORT")
    if agent is None:
        # "agreeing ... on taxes" agrees on something: an agreement, not backing
        assert not any(t.startswith("agree") for t, _, _ in support)
        return
    assert support == [("agrees", agent, target)]
    assert typed(x, "AGREE") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed agreed with Mary Walsh on a plan to cut the fees.",
        "Tom Reed agreed to meet Mary Walsh in Boston.",
    ],
)
def test_committing_or_past_agreement_stays_agree(run_events: RunEvents, sentence: str) -> None:
    x = run_events(sentence)
    assert not any(t.startswith("agree") for t, _, _ in typed(x, "SUPPORT"))
    assert any(t.startswith("agree") for t, _, _ in typed(x, "AGREE"))


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Senator Mary Walsh advocates a national sales tax.", "advocates"),
        ("Tom Reed has advocated for stricter rules on lobbying.", "advocated"),
        ("Mary Walsh advocated against sending more troops.", "advocated"),
    ],
)
def test_advocacy_is_request_without_target(
    run_events: RunEvents, sentence: str, trigger: str
) -> None:
    requests = typed(run_events(sentence), "REQUEST")
    assert [(t, target) for t, _, target in requests] == [(trigger, None)]
    assert requests[0][1] is not None  # the advocate is the agent


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Tom Reed is under growing pressure to drop out of the race.", "Tom Reed"),
        ("Mary Walsh is certainly feeling some pressure as her allies leave.", "Mary Walsh"),
        ("At first, there was pressure on Mary Walsh to enter the race.", "Mary Walsh"),
    ],
)
def test_pressure_no_one_applies_is_request_toward_the_pressed(
    run_events: RunEvents, sentence: str, target: str
) -> None:
    requests = [r for r in typed(run_events(sentence), "REQUEST") if r[0] == "pressure"]
    assert [r[2] for r in requests] == [target]


def test_pressure_as_circumstance_is_no_request(run_events: RunEvents) -> None:
    # no one is under it, feels it or has it put on them
    assert typed(run_events("The pressure on the markets is only growing."), "REQUEST") == []
