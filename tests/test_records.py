"""Records: the JSON contract, spans, references and the schema."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from newsextract import (
    Actor,
    Allegation,
    Event,
    Extraction,
    Participant,
    Place,
    Quote,
    Span,
    TimeRef,
)
from newsextract.validation import check_extraction

TEXT = "China said the US allegations were false. Putin visited Beijing on Monday."


def sp(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def full_extraction() -> Extraction:
    china = Actor(
        id="actor-1",
        name="China",
        type="country",
        mentions=[sp(TEXT, "China"), sp(TEXT, "Beijing")],
        code="CHN",
    )
    us = Actor(id="actor-2", name="United States", type="country", mentions=[sp(TEXT, "US")])
    putin = Actor(
        id="actor-3",
        name="Vladimir Putin",
        type="person",
        mentions=[sp(TEXT, "Putin")],
        aliases=["Putin"],
        titles=["President"],
    )
    quote = Quote(
        id="quote-1",
        speaker="actor-1",
        speaker_mention=sp(TEXT, "China"),
        cue=sp(TEXT, "said"),
        content=[sp(TEXT, "the US allegations were false")],
        style="indirect",
    )
    allegation = Allegation(
        id="allegation-1",
        accuser="actor-2",
        accused=["actor-1"],
        claim=sp(TEXT, "the US allegations"),
        stance="denied",
        denied_by="actor-1",
    )
    event = Event(
        id="event-1",
        type="CONSULT",
        mode="visit",
        trigger=sp(TEXT, "visited"),
        participants=[
            Participant(role="agent", actor="actor-3", mention=sp(TEXT, "Putin")),
            Participant(role="target", actor="actor-1", mention=sp(TEXT, "Beijing")),
        ],
        when=TimeRef(
            mention=sp(TEXT, "Monday"),
            start=dt.date(2023, 2, 27),
            end=dt.date(2023, 2, 27),
            precision="day",
        ),
        where=Place(mention=sp(TEXT, "Beijing"), actor="actor-1", name="Beijing"),
        modality="asserted",
        related=["quote-1"],
    )
    return Extraction(
        doc_id="d",
        text=TEXT,
        published=dt.date(2023, 2, 28),
        actors=[china, us, putin],
        quotes=[quote],
        allegations=[allegation],
        events=[event],
    )


def test_contract_shape() -> None:
    data = json.loads(full_extraction().to_json())
    assert set(data) >= {"doc_id", "text", "published", "actors", "quotes", "allegations", "events"}
    assert data["published"] == "2023-02-28"
    assert set(data["actors"][0]) >= {"id", "name", "type", "mentions", "titles", "affiliation"}
    assert set(data["quotes"][0]) >= {
        "id",
        "speaker",
        "speaker_mention",
        "cue",
        "content",
        "style",
        "via",
    }
    assert set(data["allegations"][0]) >= {
        "id",
        "accuser",
        "accuser_mention",
        "accused",
        "cue",
        "claim",
        "stance",
    }
    event = data["events"][0]
    assert set(event) >= {"id", "type", "trigger", "participants", "when", "where", "modality"}
    assert event["when"]["start"] == "2023-02-27"
    assert set(event["participants"][0]) == {"role", "actor", "mention"}
    assert set(data["quotes"][0]["content"][0]) == {"start", "end", "text"}


def test_round_trip_and_validation() -> None:
    extraction = full_extraction()
    check_extraction(extraction, plugin="test")
    assert Extraction.from_json(extraction.to_json()) == extraction


def test_references_are_found_in_nested_fields() -> None:
    event = full_extraction().events[0]
    refs = {(path, kind, ref) for path, kind, ref in event.references()}
    assert ("participants[0].actor", "actor", "actor-3") in refs
    assert ("where.actor", "actor", "actor-1") in refs
    assert ("related[0]", "record", "quote-1") in refs


def test_dangling_reference_is_caught() -> None:
    extraction = full_extraction()
    broken = extraction.model_copy(
        update={"quotes": [extraction.quotes[0].model_copy(update={"via": "actor-42"})]}
    )
    with pytest.raises(Exception, match="actor-42"):
        check_extraction(broken, plugin="test")


def test_span_checks() -> None:
    with pytest.raises(ValidationError):
        Span(start=0, end=3, text="ab")
    with pytest.raises(ValidationError):
        Span(start=-1, end=0, text="")
    assert Span.of("hello", 1, 3).text == "el"
    assert Span.of("hello", 1, 3).overlaps(Span.of("hello", 2, 4))
    assert not Span.of("hello", 1, 2).overlaps(Span.of("hello", 2, 4))


def test_records_are_immutable_and_strict() -> None:
    actor = full_extraction().actors[0]
    with pytest.raises(ValidationError):
        actor.name = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Actor(id="a", name="x", type="alien")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Event(id="e", type="PARTY", trigger=Span.of("ab", 0, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Quote(id="q", content=[], style="direct")


def test_unknown_top_level_key_is_an_error() -> None:
    data = json.loads(full_extraction().to_json())
    data["gossip"] = []
    with pytest.raises(ValidationError, match="gossip"):
        Extraction.model_validate(data)


def test_schema_lists_the_contract() -> None:
    from newsextract.records import extraction_schema

    schema = extraction_schema()
    assert "extensions" not in schema["properties"]
    assert {"actors", "quotes", "allegations", "events"} <= set(schema["properties"])
    assert "Span" in schema["$defs"]


def test_record_reference_in_docs_is_current() -> None:
    from pathlib import Path

    from newsextract.reference import records_markdown

    committed = Path(__file__).resolve().parent.parent / "docs" / "records.md"
    assert committed.read_text(encoding="utf-8") == records_markdown(), (
        "regenerate with: newsextract schema --markdown > docs/records.md"
    )
    for name in ("Actor", "Quote", "Allegation", "Event", "Span"):
        assert f"## {name}" in committed.read_text(encoding="utf-8")
