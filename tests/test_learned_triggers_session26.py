"""The learned trigger gate's training script, session 26 (no extraction change).

The nocheck label world still lets the check after the roles judge each extraction, so a
row's ``kept`` says whether the check would keep its event (one nocheck dump gives the
check world's labels too); ``--prior`` pulls a refit toward earlier weights. Made-up
sentences.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import newsextract_events

import newsextract
from newsextract import Extraction

from .conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    return load_script("train_event_triggers", "plugins/events/scripts")


def _events(x: Extraction) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in x.events]


def test_the_nocheck_world_keeps_the_event_and_notes_the_checks_verdict(nlp: Any) -> None:
    # no actor on either side: the check drops the gated "Insults" (session 19's test); in
    # the nocheck world the event stays and the judged list shows it without
    script = _script()
    pipe = newsextract.Pipeline(nlp=nlp, enable=["actors", "events"])
    text = "Insults were traded at the dinner."
    assert ("ACCUSE", "Insults") not in _events(pipe.extract(text, doc_id="t"))
    checker = newsextract_events.drop_roleless_gated
    judged: list[Extraction] = []
    with script.label_world("nocheck", judged):
        x = pipe.extract(text, doc_id="t")
    assert newsextract_events.drop_roleless_gated is checker
    assert ("ACCUSE", "Insults") in _events(x)
    assert judged and ("ACCUSE", "Insults") not in _events(judged[-1])


def test_the_prior_keeps_every_feature_it_weighs() -> None:
    script = _script()
    vocab = script.with_prior({"a": 0, "b": 1}, {"b": 0.5, "c": -1.0})
    assert vocab == {"a": 0, "b": 1, "c": 2}
