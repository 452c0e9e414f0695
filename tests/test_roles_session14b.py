"""Event roles, session 14 second pass (roles.py), on made-up texts.

A town hall a named outlet hosts is the speaker's interview with the outlet: the outlet named
in a "hosted/sponsored by" phrase asks the questions, so it is the target (as "with CNN" or
"a CNN town hall" already were) and the one speaking there is the agent. A place named before
the noun only places it ("an Ohio town hall hosted by MSNBC"). A gathering someone other than
an outlet hosts keeps its host as the agent.
"""

from __future__ import annotations

import pytest

from .events_helpers import event_on, name


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," Senator Ann Lee said at a town hall organized by CNN in Ohio this week.',
        "Senator Ann Lee spoke Monday night an Ohio town hall hosted by MSNBC.",
    ],
)
def test_outlet_hosting_a_town_hall_is_the_target(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(text)
    hall = event_on(x, "hall")
    assert hall.type == "CONSULT"
    assert name(x, hall, "agent") == "Ann Lee"
    assert name(x, hall, "target") in ("CNN", "MSNBC")


def test_place_before_a_hosted_town_hall_is_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ann Lee spoke Monday night an Ohio town hall hosted by MSNBC.")
    hall = event_on(x, "hall")
    targets = [x.actor(p.actor).name for p in hall.participants if p.role == "target" and p.actor]
    assert "Ohio" not in targets


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # a person hosting is no outlet: the town hall is his, not an interview
        ("Senator Ann Lee attended a town hall hosted by Mayor Tom Reed.", "hall", "Tom Reed"),
        # a rally's organiser stays its agent
        ("The Teamsters held a rally organized by Tom Reed in Ohio.", "rally", "Tom Reed"),
    ],
)
def test_other_hosts_stay_agents(run_events, text: str, trigger: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(text)
    assert name(x, event_on(x, trigger), "agent") == agent
