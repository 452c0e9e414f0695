"""Review of session 15's actor rules: cases the first versions got wrong (made-up texts)."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction


def _mention_texts(x: Extraction, name_part: str) -> list[str]:
    return [
        x.text[m.start : m.end]
        for a in x.actors
        if name_part.lower() in a.name.lower()
        for m in a.mentions
    ]


def test_a_campaign_is_not_past_because_of_a_deadline_year(
    run_actors: Callable[[str], Extraction],
) -> None:
    """ "by 2030" is a target, not the present: the 2024 campaign is the current one."""
    x = run_actors(
        "Sen. John Reed's 2024 campaign released a plan to cut emissions by 2030. "
        "The campaign said the plan would create jobs."
    )
    spans = [x.text[m.start : m.end] for a in x.actors for m in a.mentions]
    assert "2024 campaign" in spans, spans


def test_a_past_campaign_still_is_past(run_actors: Callable[[str], Extraction]) -> None:
    """The deadline rule keeps the old race old: 2008 before the 2016 the text names."""
    x = run_actors(
        "Mary Hale worked for Tom Reed's 2008 campaign. In 2016 she ran for the Senate herself."
    )
    spans = [x.text[m.start : m.end] for a in x.actors for m in a.mentions]
    assert not any(s.endswith("campaign") for s in spans), spans


def test_a_plain_as_is_no_listing_of_the_group(run_actors: Callable[[str], Extraction]) -> None:
    """ "As X and Y noted, they ...": the pair, not the group named before ("such as" lists)."""
    x = run_actors(
        "Senate Republicans met on Monday to plan the vote. "
        "As Sen. Carla Dobbs and Rep. Bill Crane noted, they would only offer conditional support."
    )
    assert "they" not in _mention_texts(x, "Republican"), [
        (a.name, [x.text[m.start : m.end] for m in a.mentions]) for a in x.actors
    ]


def test_such_as_still_lists_members(run_actors: Callable[[str], Extraction]) -> None:
    """Members listed after "such as" leave the group its pronoun."""
    x = run_actors(
        "Senate Republicans, such as Sen. Carla Dobbs and Rep. Bill Crane, met on Monday. "
        "They said they would only offer conditional support."
    )
    texts = _mention_texts(x, "Republican")
    assert "They" in texts or "they" in texts, [
        (a.name, [x.text[m.start : m.end] for m in a.mentions]) for a in x.actors
    ]


def test_a_country_named_by_its_adjective_is_the_agent(
    run_events: Callable[..., Extraction],
) -> None:
    """ "Russian attacks": the adjective is no mention, but the state acts by clear reference."""
    x = run_events("Russian attacks on Aleppo killed dozens on Monday.")
    attack = next(e for e in x.events if e.trigger.text == "attacks")
    agents = [x.actor(p.actor) for p in attack.participants if p.role == "agent" and p.actor]
    assert [a.name for a in agents if a is not None] == ["Russia"]
    assert all(not a.mentions for a in x.actors if a.name == "Russia")


def test_an_adjective_of_no_country_in_the_text_stays_agentless(
    run_events: Callable[..., Extraction],
) -> None:
    """ "Republican" names no country actor: no agent is invented for the claim."""
    x = run_events("Republican attacks on the plan grew louder on Monday.")
    for event in x.events:
        for p in event.participants:
            if p.role == "agent" and p.actor:
                actor = x.actor(p.actor)
                assert actor is None or actor.type != "country"
