"""Invariants of every extraction, over arbitrary text and over generated news-like text.

Whatever the input, an extraction must be grounded (each span equals the text it
covers), have unique ids and resolving references, survive a JSON round trip
unchanged, and be identical when computed twice. Example counts come from the
Hypothesis profile (``HYPOTHESIS_PROFILE=nightly`` for the long run).
"""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

import newsextract
from newsextract.validation import check_extraction

NAMES = [
    "Alexander Lukashenko",
    "Mao Ning",
    "Joe Biden",
    "Angela Merkel",
    "the spokesperson",
    "He",
    "Reuters",
    "AFP",
    "China",
    "Washington",
    "the Kremlin",
    "NATO",
    "Kyiv",
    "Ukraine's army",
]
VERBS = [
    "said",
    "told reporters",
    "accused",
    "denied",
    "rejected",
    "claimed",
    "warned",
    "added",
    "blamed",
    "was quoted as saying",
    "visited",
    "will meet",
    "may join",
    "condemned",
]
CLAUSES = [
    "the US has no right to point fingers",
    "sanctions levelled against Russia",
    "a smear campaign",
    "it was attacked first",
    "talks would resume on Monday",
    "Washington of fuelling the conflict",
    "the invasion of Ukraine a year ago",
    "the allegations",
    "we will by no means accept the pressure",
]
DATES = [
    "on Monday",
    "on 16 February",
    "a year ago",
    "last week",
    "in 1994",
    "",
    "",
    "tomorrow",
    "this morning",
    "the day before",
]
OPEN = ["\u201c", '"', "\u2018", "'", "``", "", "\u00ab"]
CLOSE = ["\u201d", '"', "\u2019", "'", "''", "", "\u00bb"]


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    name, verb, clause, date = (draw(st.sampled_from(x)) for x in (NAMES, VERBS, CLAUSES, DATES))
    opening, closing = draw(st.sampled_from(OPEN)), draw(st.sampled_from(CLOSE))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"{opening}{clause.capitalize()},{closing} {name} {verb} {date}."
    if shape == 1:
        return f"{name} {verb} {clause} {date}."
    if shape == 2:
        return f"{name} {verb}: {opening}{clause}.{closing}"
    return f"{opening}{clause}{closing}"


@st.composite
def story(draw: st.DrawFn) -> str:
    """A headline, a lead dated by a relative day, then undated acts of the lead's people:
    the shape the date passes work on (the story's day, carried dates)."""
    people = draw(st.lists(st.sampled_from(NAMES[:4] + NAMES[8:10]), min_size=2, max_size=2))
    day = draw(st.sampled_from(["this morning", "on Monday", "on Tuesday", "yesterday"]))
    lead = f"{people[0]} {draw(st.sampled_from(VERBS))} {people[1]} {day}."
    acts = draw(
        st.lists(
            st.tuples(st.sampled_from(people), st.sampled_from(VERBS), st.sampled_from(CLAUSES)),
            min_size=1,
            max_size=4,
        )
    )
    body = "\n\n".join(f"{who} {verb} {what}." for who, verb, what in acts)
    return f"{people[0]} responds.\n\n{lead}\n\n{body}"


news_text = st.lists(news_sentence(), min_size=1, max_size=8).map(
    lambda sentences: " ".join(sentences).replace(". ", ".\n\n", 1)
)
dated_news = st.tuples(
    st.sampled_from(["", "date 2023-02-28 ", "LONDON, 3 March 2022 - "]), news_text
).map("".join)
arbitrary_text = st.text(max_size=300)
mixed_text = st.lists(st.one_of(news_sentence(), st.text(max_size=40)), max_size=6).map(" ".join)


def assert_well_formed(
    pipeline: newsextract.Pipeline, text: str, published: str | None = None
) -> None:
    result = pipeline.extract({"id": "prop", "text": text, "published": published})
    assert result.text == text
    check_extraction(result, plugin="(property test)")  # spans, unique ids, references
    for record in result.records():
        for _, span in record.spans():
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
    ids = [r.id for r in result.records()]
    assert len(ids) == len(set(ids))
    # a mention refers to one entity: no span belongs to two actors
    spans = [(m.start, m.end) for actor in result.actors for m in actor.mentions]
    assert len(spans) == len(set(spans)), "a mention span is in two actors"
    payload = result.to_json()
    assert newsextract.Extraction.from_json(payload) == result
    assert json.loads(newsextract.Extraction.from_json(payload).to_json()) == json.loads(payload)
    again = pipeline.extract({"id": "prop", "text": text, "published": published})
    assert again.to_json() == payload, "same input must give the same output"


@given(text=arbitrary_text)
def test_arbitrary_text(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_well_formed(pipeline, text)


@given(text=dated_news)
def test_news_like_text(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_well_formed(pipeline, text)


@given(
    text=st.one_of(news_text, story()),
    published=st.sampled_from(["2023-02-28", "2022-03-07", "2016-04-20"]),
)
def test_news_like_text_with_a_publication_date(pipeline, text: str, published: str) -> None:  # type: ignore[no-untyped-def]
    # with a publication date the date passes run too (the story's day, relative
    # days, carried dates): session 14 found an IndexError there on real news
    assert_well_formed(pipeline, text, published)


@given(text=mixed_text)
# found by the nightly profile: "Kyiv" claimed as a surname and as Ukraine
@example(
    text="v?0 Kyiv said the US has no right to point fingers on Monday. "
    "Kyiv said the US has no right to point fingers on Monday."
)
def test_news_mixed_with_noise(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_well_formed(pipeline, text)
