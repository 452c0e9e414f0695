"""Word lists written once, session 26 (events plugin), on made-up sentences.

The incumbent titles a challenger runs against are the seated offices
(``offices.SEATED_OFFICES``) and their abbreviations, so a mayor challenged in a campaign is
running against an office holder like a senator or a governor (rulings of rounds 16 and 17:
electoral competition is no event).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Extraction

from .events_helpers import typed

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Paul Miller is challenging Mayor Tom Hale in the fall.",
        "Paul Miller is challenging Gov. Tom Hale in the fall.",
    ],
)
def test_an_office_holder_challenged_by_title_is_no_event(run_events: Run, text: str) -> None:
    assert not typed(run_events(text), "ACCUSE")
