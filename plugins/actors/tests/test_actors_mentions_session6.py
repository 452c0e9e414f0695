"""Mentions without a name (session 6): outlets and companies by their class noun,
the armed forces, the crowd, and unnamed people brought in by an indefinite.
Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Actor, Extraction

Run = Callable[[str], Extraction]


def holder(extraction: Extraction, mention: str) -> Actor | None:
    found = [a for a in extraction.actors if any(m.text == mention for m in a.mentions)]
    return found[0] if found else None


def texts(actor: Actor | None) -> list[str]:
    return [m.text for m in actor.mentions] if actor is not None else []


def test_the_network_is_the_outlet_named_just_before(run: Run) -> None:
    ex = run(
        "Jane Doe resigned from Al Jazeera on Monday. "
        "The network said it would name a successor soon."
    )
    outlet = holder(ex, "Al Jazeera")
    assert outlet is not None and "network" in texts(outlet)


def test_a_described_network_or_a_medium_is_no_outlet(run: Run) -> None:
    ex = run(
        "Jane Doe spoke to Al Jazeera on Monday. Her small online network of volunteers "
        "grew. She had read about it in the newspaper."
    )
    outlet = holder(ex, "Al Jazeera")
    assert outlet is not None
    assert "network" not in texts(outlet) and "newspaper" not in texts(outlet)


def test_the_bank_is_the_company_named_just_before(run: Run) -> None:
    ex = run(
        "Regulators fined Halvard Savings Corp. on Tuesday. "
        "The bank said it had fired the managers involved."
    )
    bank = holder(ex, "bank")
    assert bank is not None and bank.type == "organization"
    assert any("Halvard" in t for t in texts(bank))


def test_the_central_bank_is_not_the_company_named(run: Run) -> None:
    ex = run("Regulators fined Halvard Savings Corp. on Tuesday. The central bank raised rates.")
    assert holder(ex, "central bank") is None and holder(ex, "bank") is None


def test_armed_forces_and_our_forces_are_the_military(run: Run) -> None:
    ex = run(
        "The United States will expand its armed forces, the senator said. "
        '"We withdrew all of our forces too early," he added.'
    )
    military = holder(ex, "armed forces")
    assert military is not None and military.type == "organization"
    assert "forces" in texts(military)


def test_forces_without_armed_or_a_state_are_no_mention(run: Run) -> None:
    ex = run("The senator said the forces of change could not be stopped.")
    assert holder(ex, "forces") is None


def test_the_crowd_is_one_group(run: Run) -> None:
    ex = run(
        "The senator told the crowd that she would win. "
        "Later she waved to the cheering crowd and left the stage."
    )
    crowd = holder(ex, "crowd")
    assert crowd is not None and crowd.type == "group"
    assert texts(crowd) == ["crowd", "crowd"]


def test_a_crowd_or_in_the_crowd_is_no_mention(run: Run) -> None:
    ex = run("A crowd gathered outside. Two supporters in the crowd held signs.")
    assert holder(ex, "crowd") is None


def test_an_unnamed_person_brought_in_and_taken_up(run: Run) -> None:
    ex = run(
        "Years ago the lawyer met a client at the firm. "
        "The client asked every question twice. She said the client later apologized."
    )
    client = holder(ex, "client")
    assert client is not None and client.type == "person"
    assert texts(client) == ["client", "client", "client"]


def test_an_indefinite_never_taken_up_is_no_mention(run: Run) -> None:
    ex = run("An analyst said the plan would fail. The senator disagreed.")
    assert holder(ex, "analyst") is None


def test_a_generic_role_is_not_brought_in(run: Run) -> None:
    ex = run(
        "Voters want a candidate who listens. Donors can support the candidate of their choice."
    )
    assert holder(ex, "candidate") is None


def test_a_surname_read_as_a_title_after_a_quotation() -> None:
    from newsextract_actors.mentions import find_mentions
    from spacy.tokens import Span as SpacySpan

    from newsextract.model import load_model

    doc = load_model()('John Harlow spoke on Monday. "It is rigged," Harlow told the reporters.')
    harlow = [t.i for t in doc if t.text == "Harlow"][-1]
    others = [e for e in doc.ents if e.start > harlow or e.end <= harlow]
    doc.ents = [*others, SpacySpan(doc, harlow, harlow + 2, label="WORK_OF_ART")]
    found = [m for m in find_mentions(doc) if m.start == harlow]
    assert found and found[0].kind == "person" and found[0].text == "Harlow"


def test_his_attorney_is_a_person_of_his_own(run: Run) -> None:
    ex = run(
        "Tom Baker refused to testify on Monday. His attorney said Baker would not answer "
        "questions. Baker's lawyer later filed a motion."
    )
    attorney = holder(ex, "attorney")
    assert attorney is not None and attorney.type == "person"
    assert texts(attorney) == ["attorney", "lawyer"]
    assert "attorney" not in texts(holder(ex, "Tom Baker"))


def test_a_relational_noun_before_a_name_in_apposition_is_the_name(run: Run) -> None:
    ex = run("Jane Doe attacked her rival, Tom Baker, on Monday.")
    rival = holder(ex, "rival")
    assert rival is not None and "Tom Baker" in texts(rival)
    assert texts(rival).count("rival") == 1


def test_a_relational_noun_of_a_body_is_no_person(run: Run) -> None:
    ex = run("The company said its lawyer would appeal. Their doctor was not available.")
    assert holder(ex, "lawyer") is None and holder(ex, "doctor") is None


def test_the_party_is_the_party_named_before(run: Run) -> None:
    ex = run(
        "Republicans met in Ohio on Monday. Jane Doe stepped down as the party's chair. "
        "The court said the other party had lost."
    )
    party = holder(ex, "Republicans")
    assert party is not None and "party" in texts(party)
    assert "other party" not in texts(party) and texts(party).count("party") == 1


def test_her_fourteen_year_old_daughter_keeps_her_age(run: Run) -> None:
    ex = run("Jane Doe said her 14-year-old daughter loves the school.")
    daughter = holder(ex, "14-year-old daughter")
    assert daughter is not None and daughter.type == "person"
