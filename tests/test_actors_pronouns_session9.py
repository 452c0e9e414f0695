"""The actors plugin's pronouns, session 9: quotation speakers, chained "they", names typed by their words.

All text is made up.
"""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- quotation speakers ----------------------------------------------------------------


def test_unattributed_quotation_goes_on_with_the_paragraphs_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsextract_actors.speakers import quotations, sentence_index

    doc = nlp(
        "The council met on Monday.\n\n"
        "“And nobody pays me for this!” Okonkwo declared, a point he likes to repeat at every "
        "meeting of the board since the long dispute over the harbour budget and the old ferry "
        "contract began last spring. “I run my own shop.”"
    )
    first, second = quotations(doc, doc.text, sentence_index(doc))
    assert doc[first.speaker].text == "Okonkwo"
    assert second.speaker == first.speaker


def test_speaker_does_not_carry_over_a_paragraph_break(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsextract_actors.speakers import quotations, sentence_index

    doc = nlp(
        "“We will win,” Okonkwo said, before the long dispute over the harbour budget and the "
        "old ferry contract and the new bridge toll had even begun to be argued in the hall.\n\n"
        "The crowd cheered loudly.\n\n"
        "“It was a mistake.”"
    )
    quotes = quotations(doc, doc.text, sentence_index(doc))
    assert doc[quotes[0].speaker].text == "Okonkwo"
    assert quotes[-1].speaker < 0


def test_unattributed_quotation_after_a_sentence_about_its_speaker(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The newsletter changes hands this week.\n\n"
        "The paper will not go that far, but Priya Raman wants to use it as a check on the "
        "mayor. “I think we know the town and how it works.”"
    )
    assert owner(run_actors(text), text, "I think") == "Priya Raman"


def test_quotation_after_a_sentence_about_a_thing_has_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsextract_actors.speakers import quotations, sentence_index

    doc = nlp("The harbour budget grew again this year. “It was a mistake.”")
    (quote,) = quotations(doc, doc.text, sentence_index(doc))
    assert quote.speaker < 0


# -- "they" after "they" ------------------------------------------------------------


def test_they_chains_through_a_resolved_they(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coast Guard divers search the bay each spring. "
        "When they find the wrecks, they mark them with buoys. "
        "But they struggle to keep up with the storms."
    )
    ex = run_actors(text)
    assert owner(ex, text, "they find") == "Coast Guard divers"
    assert owner(ex, text, "they struggle") == "Coast Guard divers"
    assert owner(ex, text, "them with") is None  # the wrecks: a co-argument of "they"


def test_chained_they_stops_at_a_second_group(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Democratic lawmakers marched downtown on Friday. "
        "Later they carried signs while Republican senators spoke. The mayor thanked them."
    )
    ex = run_actors(text)
    assert owner(ex, text, "they carried") is not None
    assert owner(ex, text, "them.") is None


# -- possessive after a coordinated name ---------------------------------------------


def test_possessive_after_a_coordinated_name_of_unknown_gender(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Judge Rebecca Holt won a full term on the bench. Holt defeated Judge Quillan Marsh, "
        "whom unions backed. She joins the majority now. Marsh and her allies had linked Holt "
        "to the mayor."
    )
    # "Quillan" says no gender and Holt is the more salient woman: the coordination decides
    assert owner(run_actors(text), text, "her allies") == "Quillan Marsh"


# -- names typed by their words -------------------------------------------------------


def test_name_ending_in_an_organisation_word_is_no_person() -> None:
    from newsextract_actors.cluster import cluster_mentions
    from newsextract_actors.mentions import Mention

    society = Mention(
        0, 3, 0, 19, "Harold Pike Society", "person", "harold pike society", label="PERSON",
        name_tokens=("Harold", "Pike", "Society"),
    )  # fmt: skip
    person = Mention(
        5, 7, 30, 41, "Harold Pike", "person", "harold pike", label="PERSON",
        name_tokens=("Harold", "Pike"),
    )  # fmt: skip
    clusters = cluster_mentions([society, person])
    kinds = sorted(c.kind for c in clusters)
    assert kinds == ["organization", "person"]


def test_org_tagged_name_opening_with_a_given_name_is_a_person() -> None:
    from newsextract_actors.cluster import cluster_mentions
    from newsextract_actors.mentions import Mention

    host = Mention(0, 2, 0, 13, "Sean Kowalczyk", "organization", "sean kowalczyk", label="ORG")
    firm = Mention(4, 6, 20, 33, "Goldman Sachs", "organization", "goldman sachs", label="ORG")
    clusters = cluster_mentions([host, firm])
    kinds = {c.key: c.kind for c in clusters}
    assert kinds["sean kowalczyk"] == "person"
    assert kinds["goldman sachs"] == "organization"
