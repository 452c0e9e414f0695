"""The per-document dependents index answers what ``Token.children`` would."""

from __future__ import annotations

import newsextract
from newsextract.dependents import child_table, dependents

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


def test_the_child_table_equals_walking_the_children(pipeline: newsextract.Pipeline) -> None:
    doc = pipeline.nlp("She denied it and was praised by Clinton and Obama, who called her brave.")
    table = child_table(doc)
    for token in doc:
        assert [c.i for c in table.kids(token.i, "conj", "nsubj")] == [
            c.i for label in ("conj", "nsubj") for c in token.children if c.dep_ == label
        ]
        assert {label: [c.i for c in kids] for label, kids in table.labelled(token.i).items()} == {
            label: [c.i for c in token.children if c.dep_ == label]
            for label in {c.dep_ for c in token.children}
        }
    assert any(table.labelled(token.i) for token in doc)  # not vacuous


def test_plugins_share_one_table_per_document(pipeline: newsextract.Pipeline) -> None:
    doc = pipeline.nlp("Obama met Putin.")
    assert child_table(doc) is child_table(doc)
    other = pipeline.nlp("Putin met Obama.")
    assert child_table(other).doc is other
    assert child_table(doc).doc is doc
