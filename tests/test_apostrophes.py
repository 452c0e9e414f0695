"""Curly-apostrophe contractions are parsed like straight ones; the Doc keeps the original text.

All sentences here are made up.
"""

from __future__ import annotations

import newsextract
from newsextract.apostrophes import straighten
from newsextract.parsing import parse, parse_many

CURLY_TEXT = (
    "She\u2019s a Lindqvist delegate, and she doesn\u2019t care what they\u2019re saying. "
    "\u201cWe\u2019ve won,\u201d O\u2019Connell said of the miners\u2019 vote. "
    "\u2018I\u2019m sure it\u2019ll pass,\u2019 he said.\n"
)


def test_straighten_only_apostrophes_inside_words() -> None:
    straight = straighten(CURLY_TEXT)
    assert straight is not None and len(straight) == len(CURLY_TEXT)
    assert "She's" in straight and "doesn't" in straight and "O'Connell" in straight
    # a closing quotation mark and a plural possessive stay curly
    assert "miners\u2019 vote" in straight and "pass,\u2019 he" in straight
    assert straighten("No apostrophes here.") is None
    assert straighten("\u2018Quoted,\u2019 she said.") is None


def test_contractions_get_the_lemmas_of_straight_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parse(nlp, CURLY_TEXT)
    assert doc.text == CURLY_TEXT
    assert [t.idx for t in doc] == [t.idx for t in nlp.make_doc(CURLY_TEXT)]
    by_text = {t.text: t for t in doc}
    assert by_text["\u2019s"].lemma_ == "be"
    assert by_text["n\u2019t"].lemma_ == "not" and by_text["n\u2019t"].tag_ == "RB"
    assert by_text["\u2019re"].lemma_ == "be"
    assert by_text["\u2019ve"].lemma_ == "have"
    assert by_text["\u2019m"].lemma_ == "be"
    assert by_text["\u2019ll"].lemma_ == "will"
    # a name keeps its own apostrophe in its lemma
    assert by_text["O\u2019Connell"].lemma_ == "O\u2019Connell"
    single = parse_many(nlp, [CURLY_TEXT], batch_size=1)
    assert [t.lemma_ for t in next(single)] == [t.lemma_ for t in doc]


def test_records_keep_the_curly_text(pipeline: newsextract.Pipeline) -> None:
    result = pipeline.extract({"id": "curly", "text": CURLY_TEXT})
    assert result.text == CURLY_TEXT
    for record in result.records():
        for _, span in record.spans():
            assert CURLY_TEXT[span.start : span.end] == span.text
