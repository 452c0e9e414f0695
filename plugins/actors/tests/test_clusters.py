"""Clustering rules added for issue 4, on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction
from tests.actors_helpers import owner

Run = Callable[[str], Extraction]


def test_pronoun_cue_picks_between_two_bearers_of_a_surname(run: Run) -> None:
    text = (
        "Tom Baker and Mary Baker run the firm. Mary Baker spoke first. "
        "Baker said he was pleased with the deal."
    )
    assert owner(run(text), text.index("Baker said")) == "Tom Baker"


def test_honorific_picks_between_two_bearers_of_a_surname(run: Run) -> None:
    text = "Tom Baker and Mary Baker run the firm. Mary Baker spoke first. Ms. Baker left early."
    assert owner(run(text), text.index("Baker left")) == "Mary Baker"


def test_organisation_without_its_of_phrase(run: Run) -> None:
    text = (
        "The Peterson Institute for International Economics published a study. "
        "The Peterson Institute said tariffs would hurt growth."
    )
    result = run(text)
    first = owner(result, text.index("Peterson"))
    assert first is not None
    assert owner(result, text.rindex("Peterson")) == first


def test_a_persons_campaign_is_an_actor_of_its_own(run: Run) -> None:
    text = (
        "Mary Jones spoke in Ohio. The Jones campaign released an advertisement. "
        "Her campaign said the campaign would spend more in October."
    )
    result = run(text)
    campaign = [a for a in result.actors if a.name.endswith("campaign")]
    assert len(campaign) == 1
    assert [m.text for m in campaign[0].mentions] == ["Jones campaign", "campaign", "campaign"]
    person = next(a for a in result.actors if a.name == "Mary Jones")
    assert campaign[0].affiliation == person.id
    assert "Jones campaign" not in [m.text for m in person.mentions]
    ids = [a.id for a in result.actors]
    firsts = [a.mentions[0].start for a in result.actors]
    assert firsts == sorted(firsts) and ids == [f"actor-{i}" for i in range(1, len(ids) + 1)]


def test_a_full_name_the_parser_missed_is_the_person(actors_pipeline) -> None:  # type: ignore[no-untyped-def]
    from newsextract_actors.build import ActorBuilder
    from spacy.tokens import Span as SpacySpan

    from newsextract import ExtractionContext

    text = "Mary Walsh spoke on Monday. Later, Mary Walsh left the city."
    doc = actors_pipeline.nlp(text)
    first = doc.char_span(0, len("Mary Walsh"), label="PERSON")
    doc.ents = [SpacySpan(doc, first.start, first.end, label="PERSON")]  # the second one missed
    actors = ActorBuilder(doc, text).actors(ExtractionContext(doc))
    walsh = next(a for a in actors if a.name == "Mary Walsh")
    assert [m.text for m in walsh.mentions] == ["Mary Walsh", "Mary Walsh"]
