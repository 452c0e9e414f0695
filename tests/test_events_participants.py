"""Participants of events, session 6 constructions (roles.py, participant_actors.py, pronouns.py),
on made-up sentences: each test names the construction that decides who did what to whom."""

from __future__ import annotations

import pytest
from newsextract_events.syntax import Tree, subject_of
from spacy.tokens import Doc

from .events_helpers import name, only


@pytest.mark.parametrize(
    ("sentence", "type_", "role", "expected"),
    [
        # kin are people of their own, not their relative
        (
            "Mark Dunn's relatives, who urged the governor to release the video, met on Monday.",
            "REQUEST",
            "agent",
            "relatives",
        ),
        # the news media are a body of their own, not the country their adjective names
        (
            "Senator Tom Reed attacked the American media on Tuesday.",
            "ACCUSE",
            "target",
            "American media",
        ),
        # a person named by a title keeps it: "the attorney general of Ohio" is not Ohio
        (
            "Mary Walsh gave $10,000 to the attorney general of Ohio last year.",
            "AID",
            "target",
            "attorney general",
        ),
    ],
)
def test_people_and_bodies_are_not_their_owners(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, role: str, expected: str
) -> None:
    x = run_events(sentence)
    assert name(x, only(x, type_), role) == expected


def test_a_patient_nouns_possessor_does_it_when_the_noun_has_its_own_patient(run_events) -> None:  # type: ignore[no-untyped-def]
    # "his arrest": he was arrested; "the army's killing of X": the army killed X
    x = run_events("Critics condemned the Ruritanian army's killing of Mark Dunn in March.")
    event = only(x, "ASSAULT")
    assert name(x, event, "target") == "Mark Dunn"
    assert name(x, event, "agent") != "Mark Dunn"


def test_the_possessor_of_a_confinement_noun_undergoes_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh condemned Mark Dunn's detention by the Ruritanian police.")
    event = only(x, "COERCE")
    assert name(x, event, "target") == "Mark Dunn"


@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        # someone else holds it: those "of" are met
        (
            "Mary Walsh presided over a summit of tribal leaders in the capital.",
            "Mary Walsh",
            "tribal leaders",
        ),
        # no one else: the first named holds it, the second is met
        (
            "A meeting of Mary Walsh and Tom Reed took place in Geneva on Monday.",
            "Mary Walsh",
            "Tom Reed",
        ),
    ],
)
def test_who_of_a_meeting_noun_meets(run_events, sentence: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") == target


def test_one_resigns_from_a_body(run_events) -> None:  # type: ignore[no-untyped-def]
    # a resignation is SANCTION toward the body left (round 19 reverses the older RETREAT)
    x = run_events("Mark Dunn resigned from the Acme Corporation board on Monday.")
    event = only(x, "SANCTION")
    assert name(x, event, "agent") == "Mark Dunn"
    assert name(x, event, "target") is not None


def test_a_relative_clause_on_a_predicate_noun_the_parser_hung_on_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Reed ... and is a liar who lied": the parse of a long editor's note, where the copula
    # hangs on the name as a noun's conjunct; the relative clause is still about Reed
    doc = Doc(
        nlp.vocab,
        words=["Reed", "and", "is", "a", "liar", "who", "lied"],
        heads=[0, 0, 0, 4, 2, 6, 4],
        deps=["ROOT", "cc", "conj", "det", "attr", "nsubj", "relcl"],
        pos=["PROPN", "CCONJ", "AUX", "DET", "NOUN", "PRON", "VERB"],
        tags=["NNP", "CC", "VBZ", "DT", "NN", "WP", "VBD"],
        lemmas=["Reed", "and", "be", "a", "liar", "who", "lie"],
    )
    subject = subject_of(doc[6], Tree(doc))
    assert subject is not None and subject.text == "Reed"


def test_the_owner_of_an_aim_does_its_of_gerund(run_events) -> None:  # type: ignore[no-untyped-def]
    # "its goal of accepting refugees": the one whose goal it is accepts them
    x = run_events("In March, Canada said it had met its goal of accepting 8,000 refugees.")
    event = only(x, "AID")
    assert name(x, event, "agent") == "Canada"


@pytest.mark.parametrize(
    ("sentence", "type_", "agent"),
    [
        (
            "Over the past week, Tom Reed and his aides signaled that they were coming "
            "around to Mary Walsh.",
            "CONCEDE",
            "Tom Reed",
        ),
        (
            "Mark Dunn and his lawyers said on Monday that they would sue the Acme Corporation.",
            "ACCUSE",
            "Mark Dunn",
        ),
    ],
)
def test_a_plural_pronoun_for_coordinated_actors_is_the_first(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, agent: str
) -> None:
    # the guidelines annotate no plural reference to several actors: the first one named
    x = run_events(sentence)
    assert name(x, only(x, type_), "agent") == agent


def test_a_description_before_a_name_in_apposition_is_the_named_actor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Another Acme host, Mary Walsh, had previously denounced Tom Reed in an on-air diatribe."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"


def test_a_subject_the_parser_joined_to_the_noun_before_it(run_events) -> None:  # type: ignore[no-untyped-def]
    # "Democrats" is parsed as a conjunct of "inspection", leaving "accused" subjectless
    x = run_events(
        "Republicans said they were convinced the ministry bungled the inspection "
        "and Democrats accused the GOP of fanning the dispute."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Democratic Party"
    assert name(x, event, "target") == "Republican Party"


@pytest.mark.parametrize(
    ("sentence", "type_", "role", "expected"),
    [
        # a causative's clause subject is who the threatened act is against
        (
            "One senator threatened to make Mark Dunn testify in a public hearing.",
            "THREATEN",
            "target",
            "Mark Dunn",
        ),
        # what one has is one's own: the ad's owner attacks
        (
            "Mary Walsh has a new campaign ad hitting Tom Reed for not paying taxes.",
            "ACCUSE",
            "agent",
            "Mary Walsh",
        ),
        # "that" after a noun of knowing is no object: the target is what was hacked into
        (
            "Tom Reed doubted the consensus that Ruritania hacked into the emails of the "
            "Acme Corporation.",
            "COERCE",
            "target",
            "Acme Corporation",
        ),
    ],
)
def test_participants_through_causatives_possession_and_content_clauses(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, role: str, expected: str
) -> None:
    x = run_events(sentence)
    assert name(x, only(x, type_), role) == expected
