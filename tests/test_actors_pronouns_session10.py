"""The actors plugin's pronouns, session 10: a body right before a title, "we" of a statement's author.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner


def test_body_right_before_a_title_the_parser_split_off(nlp) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from newsextract_actors.affiliation import Affiliations
    from newsextract_actors.titles import Title

    def probe(text: str, org: int) -> SimpleNamespace:
        """Only what ``_body_before`` reads: an organisation mention ending at token ``org``."""
        mention = SimpleNamespace(end=org + 1, label="ORG")
        return SimpleNamespace(doc=nlp(text), owner={org: 0}, mentions=[mention])

    split = probe("Zentrix President Marta Kowalski spoke.", 0)
    title = Title(start=1, end=2, text="President", head=1)
    assert Affiliations._body_before(split, title) == (0, 1)  # type: ignore[arg-type]
    told = probe("He told Zentrix President Marta Kowalski that.", 2)
    title = Title(start=3, end=4, text="President", head=3)
    assert Affiliations._body_before(told, title) is None  # type: ignore[arg-type]


# -- "we" of a statement's author ------------------------------------------------------


def test_we_of_a_statement_goes_to_the_body_that_issued_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Zentrix Corporation issued a statement on Monday. "
        "“We regret the error and our staff will fix it,” the statement said."
    )
    extraction = run_actors(text)
    assert owner(extraction, text, "We regret") == "Zentrix Corporation"
    assert owner(extraction, text, "our staff") == "Zentrix Corporation"


def test_we_of_an_email_sent_by_a_party(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Brook Valley Party sent an email to supporters. “We need your help,” the email said."
    )
    assert owner(run_actors(text), text, "We need") == "Brook Valley Party"


def test_we_after_it_added(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Zentrix Corp. apologised on Monday. “We regret the error,” the company said in a "
        "statement. It added, “We want no role in the sale.”"
    )
    assert owner(run_actors(text), text, "We want") == "Zentrix Corp."


def test_statement_with_no_issuer_gives_we_to_nobody(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "The river rose overnight. “We are safe,” the statement said."
    assert owner(run_actors(text), text, "We are") is None


# -- "we" of a candidate's staffer named by the candidate's title -----------------------


def test_we_of_a_candidates_spokesman_is_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Dana Whitlock's campaign opened an office in Dover. Whitlock spokesman Omar "
        "Haddad said the campaign would hire more staff. “We have three weeks to go,” Haddad said."
    )
    assert owner(run_actors(text), text, "We have") == "Whitlock campaign"


def test_we_of_a_candidates_strategist_in_apposition(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Dana Whitlock's campaign opened an office in Dover. “We can win this state,” "
        "said Omar Haddad, Whitlock's chief strategist."
    )
    assert owner(run_actors(text), text, "We can") == "Whitlock campaign"


def test_a_candidates_daughter_is_no_staffer(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Dana Whitlock's campaign opened an office in Dover. “We love this town,” said "
        "Omar Haddad, Whitlock's son-in-law."
    )
    assert owner(run_actors(text), text, "We love") is None
