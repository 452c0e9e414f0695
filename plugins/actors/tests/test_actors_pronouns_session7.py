"""Session 7 pronoun constructions (speakers, headlines, shared subjects), on made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract_actors.clause_subjects import subject_of
from newsextract_actors.speakers import outside_parenthesis
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsextract import Extraction
from tests.actors_helpers import owner

Run = Callable[[str], Extraction]


def test_headline_speaker_label_owns_its_first_person(run: Run) -> None:
    text = (
        "Baker: I’m Hopeful Voters Will Reject the Plan.\n\n"
        "On Sunday, Senator Tom Baker said he expected voters to reject the tax plan."
    )
    result = run(text)
    assert owner(result, text.index("I’m")) == "Tom Baker"


def test_headline_without_a_speaker_label_keeps_its_first_person_out(run: Run) -> None:
    text = (
        "Why I Left the Party.\n\n"
        "On Sunday, Senator Tom Baker said he expected voters to reject the tax plan."
    )
    result = run(text)
    assert owner(result, text.index("I Left")) is None


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_of_two_subjects_the_one_next_to_the_verb() -> None:
    # the small parser's reading of "Tuesday in Berea, OH, Gov. Baker said, ..."
    doc = _parsed(
        ["Tuesday", "in", "Berea", ",", "OH", ",", "Gov.", "Baker", "said"],
        [8, 0, 1, 8, 8, 8, 7, 8, 8],
        ["npadvmod", "prep", "pobj", "punct", "nsubj", "punct", "compound", "nsubj", "ROOT"],
        ["PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
    )
    found = subject_of(doc[8])
    assert found is not None and found.text == "Baker"


def test_a_speaker_inside_a_party_label_is_the_name_before_it() -> None:
    doc = _parsed(
        ["Tom", "Baker", "(", "R", "-", "OH", ")", "said"],
        [1, 7, 1, 5, 5, 1, 1, 7],
        ["compound", "nsubj", "punct", "compound", "punct", "appos", "punct", "ROOT"],
        ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"],
    )
    assert outside_parenthesis(doc, 5) == 1
    assert outside_parenthesis(doc, 1) == 1


def test_speaker_next_to_the_verb_over_a_fronted_place(run: Run) -> None:
    text = (
        "Tuesday at Kent Hall in Berea, OH, after winning the state primary, "
        "Gov. Tom Baker (R-OH), said, “I’m going to need a much bigger bus.”"
    )
    result = run(text)
    assert owner(result, text.index("I’m")) == "Tom Baker"


def test_speaker_pronoun_after_a_long_quotation_goes_on_speaking(run: Run) -> None:
    long_quote = " ".join(
        f"Point {n} is that the budget has to be fixed before the winter." for n in range(1, 8)
    )
    text = (
        "Senator Tom Baker spoke to reporters on Sunday about Governor Paul Novak.\n\n"
        f"Baker said, “{long_quote}”\n\n"
        "“I don’t expect that to change soon,” he continued."
    )
    result = run(text)
    assert owner(result, text.index("he continued")) == "Tom Baker"
    assert owner(result, text.index("I don’t")) == "Tom Baker"
