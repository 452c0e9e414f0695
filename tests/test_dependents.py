"""The per-document dependents index answers what ``Token.children`` would."""

from __future__ import annotations

import newsextract
from newsextract.dependents import dependents

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _by_walking(doc, labels):  # type: ignore[no-untyped-def]
    found: dict[int, list[int]] = {}
    for token in doc:
        kids = [c.i for c in token.children if c.dep_ in labels]
        if kids:
            found[token.i] = kids
    return found


def test_the_index_equals_walking_the_children(pipeline: newsextract.Pipeline) -> None:
    doc = pipeline.nlp(
        "Trump said the senator, who was elected in 2010, had been warned. "
        "She denied it and was praised by Clinton, who called her brave."
    )
    for labels in (SUBJECTS, frozenset({"dobj", "prep", "conj"})):
        assert dependents(doc, labels) == _by_walking(doc, labels)
    assert dependents(doc, SUBJECTS)  # the sentence has subjects: the check is not vacuous


def test_a_new_document_gets_its_own_index(pipeline: newsextract.Pipeline) -> None:
    first = pipeline.nlp("Obama met Putin.")
    second = pipeline.nlp("Yesterday the committee, in a long session, rejected it.")
    assert dependents(first, SUBJECTS) == _by_walking(first, SUBJECTS)
    assert dependents(second, SUBJECTS) == _by_walking(second, SUBJECTS)
    assert dependents(first, SUBJECTS) == _by_walking(first, SUBJECTS)
