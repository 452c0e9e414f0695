"""Modality of session 11 (second wave): a wrong told by the one who suffered it ("X has been
attacking our party," Y said; "Y complained that X had attacked him") is Y's accusation, so the
act is `alleged`; a speaker's own acts, a wrong done to someone else, and praise stay `asserted`.

Made-up articles published Wednesday 2023-03-01 (``events_helpers.WEDNESDAY``); each case
names one construction, so a regression names itself.
"""

from __future__ import annotations

import pytest

from .events_helpers import event_on


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"He attacked my family," Tom Reed said of Governor Bill Moss.', "attacked"),
        (
            'Tom Reed said, "Mary Walsh lashed out at our nation\'s generals last week."',
            "lashed",
        ),
        ("Tom Reed complained that Mary Walsh had unfairly attacked him.", "attacked"),
        ("Ann Lee argued that Governor Bill Moss had threatened us.", "threatened"),
    ],
)
def test_a_wrong_told_by_the_one_wronged_is_alleged(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "alleged"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the speaker's own act
        ('"I blame Mary Walsh for our losses," Tom Reed said.', "blame"),
        # a wrong done to someone else than the speaker
        ("Tom Reed said Mary Walsh attacked Ann Lee.", "attacked"),
        # a verb sharing the subject of the reported wrong is the speaker's own account
        (
            "Tom Reed complained that Mary Walsh had attacked him and questioned why Ann Lee "
            "had not spoken.",
            "questioned",
        ),
        # no wrong: praise of the speaker's side
        ('"Mary Walsh praised our governor, Bill Moss," Tom Reed said.', "praised"),
        # the writer's own narration, no one reporting it
        ("Mary Walsh attacked our neighbours in Albany.", "attacked"),
    ],
)
def test_other_reported_acts_stay_asserted(run_events, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(run_events(text), trigger).modality == "asserted"
