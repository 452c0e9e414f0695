"""Nominal event triggers of the events plugin's session 13 (noun_lexicon.py, noun_conditions.py),
on made-up sentences, and a check that every condition name of the lexicon is known.

Each construction case names one noun reading; the negative cases are the readings its condition
exists to keep out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from newsextract_events import lexicon, noun_conditions, noun_lexicon, triggers
from newsextract_events.lexicon import Sense

from .events_helpers import name, only

# -- every condition name is known ---------------------------------------------------------

#: Conditions with an argument after the colon ("prep:with|between", "mod:phone").
_PREFIXED = re.compile(r"^(prep|mod|argued):.+$")


def _senses(value: object) -> Iterator[Sense]:
    if isinstance(value, Sense):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _senses(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _senses(item)


def _need_names() -> set[str]:
    """Every condition name used in a ``needs=`` string of the trigger lexicons."""
    names: set[str] = set()
    for module in (lexicon, noun_lexicon, triggers):
        for value in vars(module).values():
            for sense in _senses(value):
                names.update(re.split(r"[+/]", sense.needs or ""))
    names.discard("")
    return names


def _unknown(names: set[str], doc_token: object, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The names no condition module recognises: they reach the end of
    ``triggers._condition`` (``noun_conditions`` answers ``None``), where anything is true."""
    fell_through: set[str] = set()
    asked = noun_conditions.condition

    def recording(token, need, governor):  # type: ignore[no-untyped-def]
        answer = asked(token, need, governor)
        if answer is None:
            fell_through.add(need)
        return answer

    monkeypatch.setattr(noun_conditions, "condition", recording)
    for need in names:
        if _PREFIXED.match(need) or need in triggers.JUDGED_WITH_PARTICIPANTS:
            continue
        triggers._condition(doc_token, need, None)  # type: ignore[arg-type]
    return fell_through


def test_every_condition_name_of_the_lexicons_is_known(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    token = nlp("Mary Walsh criticized the deal with Ohio on Monday.")[2]
    names = _need_names()
    assert {"light", "taken", "waged", "greeted", "hostnamed"} <= names
    assert _unknown(names, token, monkeypatch) == set()


def test_a_misspelt_condition_name_is_found(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    token = nlp("Mary Walsh criticized the deal with Ohio on Monday.")[2]
    assert _unknown({"lihgt", "light", "waged"}, token, monkeypatch) == {"lihgt"}


# -- constructions ---------------------------------------------------------------------------


def test_a_battle_against_an_armed_group_is_an_assault(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed said the battle against the Islamic State would take years.")
    event = only(x, "ASSAULT", "battle")
    assert name(x, event, "target") == "Islamic State"


def test_a_war_with_a_state_is_an_assault(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Israel could start a war with Iran next year.")
    event = only(x, "ASSAULT", "war")
    assert name(x, event, "agent") == "Israel"
    assert name(x, event, "target") == "Iran"


def test_a_fight_with_a_person_is_in_words(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh said the fight with Tom Reed was over.")
    event = only(x, "ACCUSE", "fight")
    assert name(x, event, "target") == "Tom Reed"


@pytest.mark.parametrize(
    "sentence",
    [
        # figurative kinds, causes, contests for a thing
        "Tom Reed warned of a trade war with China.",
        "Mary Walsh said the fight against poverty is not over.",
        "Tom Reed won the fight for the nomination in Ohio.",
        "Mary Walsh said the war of words with Ohio was silly.",
    ],
)
def test_no_fight_between_actors(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert not any(e.trigger.text in ("war", "fight", "battle") for e in x.events)


def test_cheers_back_the_speaker(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh promised to cut taxes in Dayton, to loud cheers.")
    event = only(x, "SUPPORT", "cheers")
    assert name(x, event, "target") == "Mary Walsh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Cheers, said Tom Reed as he left the bar in Dayton.",
        "Mary Walsh said the city was full of holiday cheer.",
    ],
)
def test_no_cheers_without_a_speaker(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert not any(e.trigger.text.lower().startswith("cheer") for e in x.events)


def test_a_speech_given_to_a_named_host(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh gave a speech to Goldman Sachs on Monday.")
    event = only(x, "CONSULT", "speech")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Goldman Sachs"


def test_no_speech_given_to_a_crowd(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh gave a speech to workers in Dayton on Monday.")
    assert not any(e.trigger.text == "speech" for e in x.events)


def test_a_call_to_act_when_the_infinitive_hangs_elsewhere(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh criticized Tom Reed's frequent calls to bar all tourists from visiting Ohio."
    )
    event = only(x, "REQUEST", "calls")
    assert name(x, event, "agent") == "Tom Reed"


def test_a_call_to_someone_is_no_request(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed's call to the Secret Service went unanswered on Monday.")
    assert not any(e.type == "REQUEST" for e in x.events)
