"""Participants of events, session 9 (roles.py, syntax.py), on made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

from newsextract_events.syntax import Tree, subject_of
from spacy.tokens import Doc

from .events_helpers import event_on, name, only


def _parsed(  # type: ignore[no-untyped-def]
    nlp, rows: list[tuple[str, str, int, str]], spaces: list[bool] | None = None
) -> Doc:
    """A hand-parsed sentence (word, tag, head, dep): the parses the small model gives
    wire datelines, which made-up text does not reliably reproduce. ``spaces`` as in the
    text (the core's dateline rule reads the characters: "Millbrook (AFP) –")."""
    pos = {"NNP": "PROPN", "VBD": "VERB", ":": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT"}
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[pos.get(r[1], "X") for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
    )


def test_a_dateline_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "MILLBROOK — Ruth Calder descended": the parser gives the verb two subjects
    doc = _parsed(
        nlp,
        [
            ("MILLBROOK", "NNP", 4, "nsubj"),
            ("—", ":", 0, "punct"),
            ("Ruth", "NNP", 3, "compound"),
            ("Calder", "NNP", 4, "nsubj"),
            ("descended", "VBD", 4, "ROOT"),
        ],
    )
    subject = subject_of(doc[4], Tree(doc))
    assert subject is not None and subject.text == "Calder"


def test_a_dateline_with_its_agency_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Millbrook (AFP) – Ruth Calder hit ...": the name hangs on the dateline as an apposition
    doc = _parsed(
        nlp,
        [
            ("Millbrook", "NNP", 7, "nsubj"),
            ("(", "-LRB-", 2, "punct"),
            ("AFP", "NNP", 0, "appos"),
            (")", "-RRB-", 2, "punct"),
            ("–", ":", 0, "punct"),
            ("Ruth", "NNP", 6, "compound"),
            ("Calder", "NNP", 0, "appos"),
            ("hit", "VBD", 7, "ROOT"),
        ],
        spaces=[True, False, False, True, True, True, True, False],
    )
    doc.ents = [doc.char_span(doc[5].idx, doc[6].idx + len("Calder"), label="PERSON")]  # type: ignore[list-item]
    subject = subject_of(doc[7], Tree(doc))
    assert subject is not None and subject.text == "Calder"


def test_a_subject_in_the_text_is_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _parsed(
        nlp,
        [
            ("Then", "RB", 3, "advmod"),
            ("Millbrook", "NNP", 3, "nsubj"),
            ("—", ":", 1, "punct"),
            ("hit", "VBD", 3, "ROOT"),
        ],
    )
    subject = subject_of(doc[3], Tree(doc))
    assert subject is not None and subject.text == "Millbrook"


def test_a_party_affiliation_is_no_dateline(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Notes\n\nSen. Ruth Calder (D-Ohio) criticized Governor Paul Aston on Monday.")
    event = only(x, "ACCUSE", "criticized")
    assert name(x, event, "agent") == "Ruth Calder"


def test_coordinated_passives_share_a_past_tense_agent(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Ruth Calder was booed and shouted down by Governor Paul Aston on Monday."
    )
    event = event_on(x, "booed")
    assert name(x, event, "agent") == "Paul Aston"
    assert name(x, event, "target") == "Ruth Calder"


def test_who_after_a_place_is_the_person(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        '"It was a mistake," said Tom Reed, a retired teacher in Dayton, Ohio, who voted for'
        " Governor Paul Aston in 2012."
    )
    event = event_on(x, "voted")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Paul Aston"


def test_coordinated_subjects_of_a_meeting(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder and Governor Paul Aston met in Columbus on Monday.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_a_partner_named_stays_the_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder and Governor Paul Aston met with Mayor Tom Reed on Monday.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Tom Reed"


def test_a_deal_secured_is_the_securers(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Chancellor Anna Berg secured a landmark trade deal with Ruritania last year.")
    event = only(x, "AGREE", "deal")
    assert name(x, event, "agent") == "Anna Berg"
    assert name(x, event, "target") == "Ruritania"


def test_pulling_out_of_an_agreement(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Acme Corp. pulled out of a sponsorship agreement with the Freedom Party.")
    event = event_on(x, "agreement")
    assert name(x, event, "agent") == "Acme Corp."
    assert name(x, event, "target") == "Freedom Party"


def test_criticizing_a_deal_makes_no_party(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder criticized the trade deal with Ruritania on Monday.")
    deals = [e for e in x.events if e.trigger.text == "deal"]
    assert all(name(x, e, "agent") != "Ruth Calder" for e in deals)


def test_an_apology_from_someone_is_theirs(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Paul Aston received an apology from Senator Ruth Calder on Monday.")
    event = only(x, "CONCEDE")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_the_resignation_of_someone_is_theirs(run_events) -> None:  # type: ignore[no-untyped-def]
    # a resignation is SANCTION by the leaver (round 19 reverses the older RETREAT)
    x = run_events("The scandal led to the resignation of Governor Paul Aston last year.")
    event = only(x, "SANCTION")
    assert name(x, event, "agent") == "Paul Aston"
    assert name(x, event, "target") is None


def test_agreed_to_sell_to_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed agreed to sell the plane to Governor Paul Aston in 2010.")
    event = only(x, "AGREE")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Paul Aston"


def test_agreed_to_be_bought_by_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Acme Corp. agreed to be acquired by Globex Corporation last year.")
    event = only(x, "AGREE")
    assert name(x, event, "agent") == "Acme Corp."
    assert name(x, event, "target") == "Globex Corporation"


def test_a_thing_agreed_to_is_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed agreed to sell the plane last year.")
    events = [e for e in x.events if e.type == "AGREE"]
    assert all(name(x, e, "target") is None for e in events)


def test_a_place_before_a_rally_is_not_its_owner(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder opened a Dayton rally blasting Governor Paul Aston.")
    event = only(x, "ACCUSE", "blasting")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_groups_such_as_a_named_one(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Meanwhile, groups such as Acme Watch and the Freedom Fund have poured more than"
        " $4 million since May 3 into attacking Paul Aston."
    )
    event = only(x, "ACCUSE", "attacking")
    assert name(x, event, "agent") == "Acme Watch"
    assert name(x, event, "target") == "Paul Aston"


def test_a_participle_hung_on_a_setting(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Paul Aston was heard on a microphone telling Ruth Calder to go home.")
    event = event_on(x, "telling")
    assert name(x, event, "agent") == "Paul Aston"
    assert name(x, event, "target") == "Ruth Calder"


def test_a_participle_of_a_thing_named_as_cause_is_not_the_clause(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Despite leaflets urging calm, Governor Paul Aston seemed to encourage the crowd."
    )
    assert all(e.trigger.text != "urging" or name(x, e, "agent") is None for e in x.events)


def test_titles_coordinated_before_a_name(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Following a breakfast with gay rights leader and television host Tom Reed,"
        " Senator Ruth Calder is scheduled to appear on two shows."
    )
    event = only(x, "CONSULT", "breakfast")
    assert name(x, event, "target") == "Tom Reed"


def test_a_name_owning_another_noun_is_no_title(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("The clashes between journalists and Mr. Reed's guards grew worse on Monday.")
    assert all(name(x, e, "agent") != "Tom Reed" for e in x.events)


def test_the_partner_before_the_topic(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder said she had not discussed that with Governor Paul Aston.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_a_meeting_requested_with_someone(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder requested a meeting with Governor Paul Aston on Monday.")
    event = only(x, "REQUEST")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_tariffs_called_for_ask_no_one(run_events) -> None:  # type: ignore[no-untyped-def]
    # passes before its commit too (session-26 check): the current model needs no rule here
    x = run_events("Governor Paul Aston called for sharp new tariffs on steel from Ruritania.")
    event = only(x, "REQUEST")
    assert name(x, event, "target") is None
