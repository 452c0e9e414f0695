"""Session 17: participants named by an agentive common noun (people_nouns.names_people,
participant_actors._specific_agentive), on made-up sentences.

People nouns are an open class ("fundraisers", "historians", "participants"), so the refine
step reads their agentive ending rather than a word list; a generic class ("libertarians",
"politicians who push such laws") or a role still to fill ("potential appointees") stays
no actor, as the guidelines' generic-class rulings say."""

from __future__ import annotations

import pytest
from newsextract_events.participant_actors import _after_clitic, _naming_start, names_new_actor

from newsextract.people_nouns import names_people


def _phrase(nlp, sentence: str, words: str):  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    start = sentence.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return span


@pytest.mark.parametrize(
    "lemma",
    ["fundraiser", "historian", "participant", "appointee", "lobbyist", "analyst", "businessman"],
)
def test_agentive_endings_name_people(lemma: str) -> None:
    assert names_people(lemma)


@pytest.mark.parametrize(
    "lemma", ["order", "letter", "percent", "agreement", "number", "event", "airliner", "merger"]
)
def test_things_with_those_endings_name_no_one(lemma: str) -> None:
    assert not names_people(lemma)


def test_a_thing_with_a_person_ending_is_no_new_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    """Through the pipeline: the shelter shelled is a place, no group."""
    ex = run_events("The rebels shelled the homeless shelter on Monday.")
    assert [a.name for a in ex.actors if a.plugin == "events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran threatened to attack the nuclear reactor.",
        "The rebels shelled the aircraft carrier.",
        "Senator Ann Cole criticized the checklist.",
    ],
)
def test_unlisted_things_with_person_endings_are_no_new_actors(run_events, text: str) -> None:  # type: ignore[no-untyped-def]
    """Review finding 6, closed in session 18: no hand list held these; WordNet's counted
    senses do (``people_nouns.is_thing_noun``, ``data/thing_nouns.txt``)."""
    assert [a.name for a in run_events(text).actors if a.plugin == "events"] == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The governor asked the bankers to freeze the rates.", "the bankers"),
        ("The poll says the mayor was backed by early deciders.", "early deciders"),
        ("The president met survivors of the flood on Monday.", "survivors of the flood"),
        (
            "Ms. Lane joins several district chairmen in staying neutral.",
            "several district chairmen",
        ),
        ("The court heard the lawyer who prosecuted the smugglers of the ring.", "the smugglers"),
        # bodies and groups the actors plugin reads only after a name, with a describing word
        ("The rally's security team will work with the police.", "The rally's security team"),
        ("Other businesses joined the firm in the lawsuit.", "Other businesses"),
    ],
)
def test_agentive_people_in_particular_are_new_actors(nlp, sentence: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert names_new_actor(_phrase(nlp, sentence, words))


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a bare plural is a class
        ("The senator was criticized by libertarians last year.", "libertarians"),
        # a class only a relative clause bounds: whoever does it
        ("Voters will reject politicians who raise taxes.", "politicians"),
        # a role still to fill, or a relation rather than a group
        ("The governor refuses to discuss potential appointees.", "potential appointees"),
        ("The voters will choose his successor in May.", "his successor"),
        # unbounded quantifiers
        ("The party called for all foreigners convicted of crimes to leave.", "all foreigners"),
        # a poll's share
        ("Most of the respondents support the senator.", "the respondents"),
        # a class or a position, no body
        ("The mayor will work with the local community on the plan.", "the local community"),
        ("The senator attacked the political establishment again.", "the political establishment"),
    ],
)
def test_agentive_classes_are_no_new_actors(nlp, sentence: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert not names_new_actor(_phrase(nlp, sentence, words))


def test_a_specific_agentive_group_takes_part_as_an_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Ann Hale met survivors of the flood in Dayton on Monday."
    ex = run_events(text)
    consult = [e for e in ex.events if e.type == "CONSULT"]
    assert consult
    target = next(p for p in consult[0].participants if p.role == "target")
    assert target.actor is not None
    actor = next(a for a in ex.actors if a.id == target.actor)
    assert actor.type == "group"
    assert actor.mentions[0].text.startswith("survivors")


# names no actor has (participant_actors._unresolved_name)


def _event(ex, trigger: str):  # type: ignore[no-untyped-def]
    return next(e for e in ex.events if e.trigger.text == trigger)


def _target(ex, trigger: str):  # type: ignore[no-untyped-def]
    return next(p for p in _event(ex, trigger).participants if p.role == "target")


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Senator Ann Hale attacked Wall Street on Monday.", "attacked", "Wall Street"),
        (
            "The governor will speak at the Green Party Convention in July.",
            "speak",
            "Green Party Convention",
        ),
    ],
)
def test_a_name_no_actor_has_becomes_one(run_events, text: str, trigger: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ex = run_events(text)
    target = _target(ex, trigger)
    assert target.actor is not None
    actor = next(a for a in ex.actors if a.id == target.actor)
    assert [m.text for m in actor.mentions] == [name]


def test_a_name_an_actor_already_has_joins_that_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    """The refine step adds the name's mention to the actor another plugin made under that
    name, instead of a second actor beside it."""
    ex = run_events(
        "Senator Ann Cole railed against Wall Street on Monday. "
        "Wall Street criticized Senator Ann Cole on Tuesday."
    )
    streets = [a for a in ex.actors if a.name.lower() == "wall street"]
    assert len(streets) == 1, [(a.name, a.type) for a in ex.actors]
    assert [m.text for m in streets[0].mentions] == ["Wall Street", "Wall Street"]
    agent = next(p for p in _event(ex, "criticized").participants if p.role == "agent")
    assert agent.actor == streets[0].id


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Senator Ann Cole criticized NAFTA and attacked Common Core.", ["NAFTA", "Common Core"]),
        (
            "Senator Ann Cole criticized the Keystone XL Pipeline and praised Dodd-Frank.",
            ["Keystone XL Pipeline", "Dodd-Frank"],
        ),
        ("Senator Ann Cole criticized Windows.", ["Windows"]),
    ],
)
def test_laws_programmes_and_products_that_never_act_are_no_new_actors(  # type: ignore[no-untyped-def]
    run_events, text: str, names: list[str]
) -> None:
    made = [a.name for a in run_events(text).actors if a.plugin == "events"]
    assert not set(made) & set(names), made


def test_a_name_that_acts_elsewhere_becomes_an_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    """ "Grand Crossroads" acts in the second sentence, so the first one's target is a body."""
    ex = run_events(
        "Senator Ann Hale attacked Grand Crossroads on Monday. "
        "Grand Crossroads released an advertisement on Tuesday."
    )
    target = _target(ex, "attacked")
    assert target.actor is not None
    actor = next(a for a in ex.actors if a.id == target.actor)
    assert actor.mentions[0].text == "Grand Crossroads"


def test_a_named_agreement_stays_no_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    ex = run_events("Senator Ann Hale criticized the Paris Agreement on Monday.")
    assert _target(ex, "criticized").actor is None


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The senator attacked Medicare on Monday.", "Medicare"),
        ("The senator attacked the Clean Water Act on Monday.", "the Clean Water Act"),
    ],
)
def test_named_programmes_and_laws_are_no_new_actors(nlp, sentence: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert not names_new_actor(_phrase(nlp, sentence, words))


# the span of a made actor (participant_actors._naming_start, _after_clitic)


@pytest.mark.parametrize(
    ("sentence", "words", "naming"),
    [
        ("The mayor said their supporters marched on Monday.", "their supporters", "supporters"),
        ("The senator praised our closest allies on Monday.", "our closest allies", "closest"),
        ('The mayor thanked "loyal donors" on Monday.', '"loyal donors', "loyal"),
        # a determiner and a count hedge stay out as before; the count itself stays in
        ("The mayor met the five organizers on Monday.", "the five organizers", "five"),
    ],
)
def test_the_made_mention_starts_after_possessive_pronouns_and_quotes(
    nlp, sentence: str, words: str, naming: str
) -> None:  # type: ignore[no-untyped-def]
    span = _phrase(nlp, sentence, words)
    assert _naming_start(span) == sentence.index(naming, sentence.index(words))


@pytest.mark.parametrize(
    ("text", "owner_end", "words_start"),
    [
        ("the party's summer interns", len("the party"), "summer"),
        ("the parties' staff", len("the parties"), "staff"),
        ("the party’s staff", len("the party"), "staff"),
    ],
)
def test_the_clitic_is_cut_but_not_the_next_word(
    text: str, owner_end: int, words_start: str
) -> None:
    assert _after_clitic(text, owner_end, len(text)) == text.index(words_start)
