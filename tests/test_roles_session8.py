"""Participants of events, session 8 (roles.py), on made-up sentences.

Each test names one construction that decides who did what to whom, so a
regression names itself.
"""

from __future__ import annotations

from newsextract_events.roles import _object_controller
from spacy.tokens import Doc

from .events_helpers import name, only


def test_dropping_attacks_is_the_attackers(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Ruth Calder has dropped direct attacks on Governor Paul Aston from her speeches."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_ending_a_trip_is_the_travellers(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mayor Lena Ortiz made the remarks just before ending a two-day trip to Canada.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Lena Ortiz"


def test_coming_out_of_talks_was_at_them(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Governor Paul Aston came out of talks with Mayor Lena Ortiz and spoke to reporters."
    )
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Paul Aston"
    assert name(x, event, "target") == "Lena Ortiz"


def test_opening_with_an_act_does_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Since Tom Reed began with insults against Mary Walsh, the race has turned bitter."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_criticizing_an_attack_is_not_attacking(run_events) -> None:  # type: ignore[no-untyped-def]
    # a verb with an act of its own gives the event noun no agent
    x = run_events("Tom Reed criticized the attacks on Mary Walsh.")
    event = only(x, "ACCUSE", "attacks")
    assert name(x, event, "agent") is None


def test_a_complaint_is_about_its_clause_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh complained that Tom Reed was hiding his tax returns.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Mary Walsh"
    assert name(x, event, "target") == "Tom Reed"


def test_an_accusation_is_about_its_content_clause_subject(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed's accusation that Mary Walsh lied to voters set off a debate.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_what_someone_called_is_no_content(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Ruth Calder condemned what Governor Paul Aston called a reckless plan.")
    event = only(x, "ACCUSE")
    assert name(x, event, "target") != "Paul Aston"


def test_complaining_about_oneself_names_no_target(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed complained that he paid more taxes than his secretary.")
    event = only(x, "ACCUSE")
    assert name(x, event, "target") is None


def test_the_objects_blamed_for_an_act_did_it(run_events) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "for" on the last of the coordinated objects
    x = run_events(
        "The editorial mocked Tom Reed, Ann Bell, and Sam Cole for criticizing Mary Walsh."
    )
    event = only(x, "ACCUSE", "criticizing")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "Mary Walsh"


def test_picking_up_an_endorsement_receives_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Senator Ruth Calder picked up the endorsement of Governor Paul Aston last week."
    )
    event = only(x, "SUPPORT")
    assert name(x, event, "agent") == "Paul Aston"
    assert name(x, event, "target") == "Ruth Calder"


def test_getting_criticism_from_someone_is_being_criticized(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Governor Paul Aston has gotten sharp criticism from Senator Ruth Calder.")
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Ruth Calder"
    assert name(x, event, "target") == "Paul Aston"


def test_for_hung_on_the_last_object_still_names_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model's attachment of the real-text case, built by hand (made-up sentences
    # tend to get the right parse, where the subject paths already find the doer)
    words = ["They", "ridiculed", "Reed", "and", "Cole", "for", "criticizing", "Walsh", "."]
    heads = [1, 1, 1, 2, 2, 4, 5, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "prep", "pcomp", "dobj", "punct"]
    pos = ["PRON", "VERB", "PROPN", "CCONJ", "PROPN", "ADP", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doer = _object_controller(doc[6])
    assert doer is not None and doer.text == "Reed"
    assert _object_controller(doc[7]) is None


def test_a_by_phrase_hung_on_the_verb_names_the_visitor(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Pastor Dan Brown said, recalling a visit to his chapel by Senator Ruth Calder.")
    event = only(x, "CONSULT")
    assert name(x, event, "agent") == "Ruth Calder"


def test_a_threatened_pull_out_targets_what_it_leaves(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed has been harsh in his speeches, threatening to pull out of NATO.")
    event = only(x, "THREATEN")
    assert name(x, event, "agent") == "Tom Reed"
    assert name(x, event, "target") == "NATO"


def test_stepping_down_from_running_a_body_leaves_it(run_events) -> None:  # type: ignore[no-untyped-def]
    # a resignation is SANCTION toward the body left (round 19 reverses the older RETREAT)
    x = run_events("Tom Reed announced he will soon step down from running the Reed Foundation.")
    event = only(x, "SANCTION")
    assert name(x, event, "target") == "Reed Foundation"


def test_what_someone_called_names_the_thing_judged(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Other leaders used blunt language to denounce what Senator Tom Reed called "
        "North Korea's reckless actions."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "target") == "North Korea"
