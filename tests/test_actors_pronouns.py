"""The actors plugin's pronouns: speakers of quotations, writers, "it" and "they", on made-up text."""

from __future__ import annotations

from .actors_helpers import actor_of as owner

# -- speakers of quotations ---------------------------------------------------------


def test_speaker_named_with_a_title_after_the_quotation(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        # passes before its commit too (session-26 check): the current model needs no rule here
        "The city council met on Tuesday.\n\n"
        "“I will make this promise to you,” Springfield police Chief Carla Mendes said Monday. "
        "“I want to reassure our neighbors.”"
    )
    ex = run_actors(text)
    assert owner(ex, text, "I ") == "Carla Mendes"
    assert owner(ex, text, "I want") == "Carla Mendes"


def test_inverted_attribution_before_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsextract_actors.speakers import quotations, sentence_index

    doc = nlp("Analysts doubted the plan. Said Okafor: “I don’t see any interest in reform.”")
    (quote,) = quotations(doc, doc.text, sentence_index(doc))
    assert doc[quote.speaker].text == "Okafor"


def test_said_before_the_speaker_takes_the_whole_name(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Donors kept giving.\n\n"
        "“The biggest concern for me is the court,” said Ohio farm-equipment executive "
        "Frank Delacroix, who backed the senator."
    )
    assert owner(run_actors(text), text, "me") == "Frank Delacroix"


def test_dash_attribution_names_the_author(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Readers Share Their Views.\n\n"
        "“I am worried about the election.” ― Maria Lopez\n"
        "“My vote goes to the governor.” ― Peter Novak\n"
    )
    ex = run_actors(text)
    assert owner(ex, text, "I am") == "Maria Lopez"
    assert owner(ex, text, "My") == "Peter Novak"


def test_speaker_pronoun_is_someone_the_narrative_named(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Robert Hale spoke to reporters on Friday.\n\n"
        "“Tom Baker told me that Tom Baker would never resign, and Baker meant it,” he said."
    )
    # Baker is named three times, but only inside the quotation: not its speaker
    assert owner(run_actors(text), text, "he said") == "Robert Hale"


def test_quotation_in_a_paragraph_of_its_own_takes_the_next_speaker(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Henry Moss is selling the boat.\n\n"
        "“It was recently given back to me by the police.”\n\n"
        "Moss said he had received offers for it."
    )
    assert owner(run_actors(text), text, "me") == "Henry Moss"


# -- first person outside quotations --------------------------------------------------


def test_op_ed_author_named_in_the_closing_biography(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "My Town Deserves Better.\n\n"
        "I grew up in a small town. My father worked at the mill, and I learned early "
        "that the governor's promises rarely reached us.\n\n"
        "Helen Carter is a professor of history at a state university."
    )
    ex = run_actors(text)
    assert owner(ex, text, "My") == "Helen Carter"
    assert owner(ex, text, "I grew") == "Helen Carter"


def test_biography_of_someone_the_article_is_about_is_no_author(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Helen Carter won the primary on Tuesday. I think the result surprised everyone.\n\n"
        "Helen Carter is the party's nominee for governor."
    )
    assert owner(run_actors(text), text, "I think") is None


def test_letters_signed_below(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LETTERS.\n\n"
        "I live in Denver and have many friends who are immigrants.\n\n"
        "Kathleen Morrow.\n\n"
        "Denver.\n\n"
        "My wife and I arrived here as teenagers.\n\n"
        "Mauricio Ferreira.\n\n"
        "Austin."
    )
    ex = run_actors(text)
    assert owner(ex, text, "I live") == "Kathleen Morrow"
    assert owner(ex, text, "My") == "Mauricio Ferreira"


def test_unnamed_columnist_is_left_alone(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "When the minister, Paul Ricard, came to talk to me last week, I did not expect "
        "a lecture on trucks.\n\n"
        "The talks went on for an hour."
    )
    assert owner(run_actors(text), text, "me") is None


# -- "it", "its", "they" by construction; cataphora -------------------------------------


def test_its_is_the_subject_of_its_clause(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The International Monetary Fund met Brazil's finance minister on Monday. "
        "The International Monetary Fund raised its forecast for emerging economies."
    )
    assert owner(run_actors(text), text, "its") == "International Monetary Fund"


def test_it_in_a_clause_joined_to_the_bodys_own(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "The European Commission has taken another route and made clear it would not negotiate."
    assert owner(run_actors(text), text, "it would") == "European Commission"


def test_pleonastic_it_is_nobody(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "NATO said it was important to act. NATO will meet when it comes to a vote."
    ex = run_actors(text)
    assert owner(ex, text, "it was") is None
    assert owner(ex, text, "it comes") is None


def test_they_reported_by_an_organisation(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "The Federal Bureau of Investigation said they had found no evidence of a crime."
    assert owner(run_actors(text), text, "they") == "Federal Bureau of Investigation"


def test_cataphora_in_a_fronted_phrase(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "The museum opened on Saturday.\n\nIn his speech, Barack Obama praised the builders."
    assert owner(run_actors(text), text, "his speech") == "Barack Obama"
    text = "The museum opened.\n\nWhile he acknowledged the cost, Ben Harper said it was worth it."
    assert owner(run_actors(text), text, "he acknowledged") == "Ben Harper"


def test_no_cataphora_when_the_text_before_decides(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Barack Obama arrived on Monday. When he spoke, Joe Biden left the room."
    assert owner(run_actors(text), text, "he spoke") == "Barack Obama"


def test_we_of_a_campaign_staffer_is_the_campaign(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hillary Clinton spoke in Ohio on Monday. The Clinton campaign bought ads there.\n\n"
        "“We are focused on the voters,” Clinton campaign manager Robby Mook told reporters."
    )
    ex = run_actors(text)
    assert owner(ex, text, "We") == "Clinton campaign"


def test_no_staffer_without_a_title_between(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Paul Ryan praised his staff.\n\n"
        "Ryan's campaign shrugged off Donald Trump's comments. "
        "“We need strong leadership,” Donald Trump told the crowd."
    )
    assert owner(run_actors(text), text, "We") is None


def test_it_saying_after_a_sentence_about_the_body(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The World Bank cut its forecast for Brazil on Tuesday. "
        "It said growth would slow. It was a gloomy report."
    )
    ex = run_actors(text)
    assert owner(ex, text, "It said") == "World Bank"
    assert owner(ex, text, "It was") is None


# -- session 5: attributions, nested quotations, gender, the clause's subject --------


def test_party_and_state_in_parentheses_before_said(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The vote was close.\n\n"
        "“The bill is a mistake,” Sen. Dana Whitfield (D-Ore.) said. “I will vote against it.”"
    )
    ex = run_actors(text)
    assert owner(ex, text, "I will") == "Dana Whitfield"


def test_quotation_after_a_report_goes_on_with_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsextract_actors.speakers import quotations, sentence_index

    doc = nlp(
        "The agency may be slow to act while talks go on, Okafor said. "
        "“The other factor is the election.”"
    )
    (quote,) = quotations(doc, doc.text, sentence_index(doc))
    assert doc[quote.speaker].text == "Okafor"


def test_quotation_inside_a_quotation_does_not_end_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voters Share Their Views.\n\n"
        "“I would rather stay in what he calls “hell” than vote for him. I mean it.” ― Maria Lopez\n"
    )
    ex = run_actors(text)
    assert owner(ex, text, "I mean") == "Maria Lopez"


def test_a_womans_first_name_outweighs_a_nearby_he(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer Betty Lindqvist fired at Tom Harrow on Friday. "
        "Lindqvist said he refused to follow her commands. "
        "Lindqvist later said she feared for her life."
    )
    ex = run_actors(text)
    assert owner(ex, text, "she feared") == "Betty Lindqvist"
    assert owner(ex, text, "he refused") == "Tom Harrow"


def test_possessive_in_a_clause_is_its_subject_without_a_rival(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr. Anne Porter wrote a book about the White House. "
        "She said that in 1998, Susan Mallory allowed her staff to think the injury was minor."
    )
    assert owner(run_actors(text), text, "her staff") == "Susan Mallory"


def test_it_said_with_a_clause_after_its_verb(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Northwind Mining Company faced a lawsuit on Monday. "
        "Northwind Mining Company announced it believes the claim is baseless."
    )
    ex = run_actors(text)
    assert owner(ex, text, "it believes") == "Northwind Mining Company"
    text = "Officials met on Friday. The Wellford Institute said it was important to wait."
    assert owner(run_actors(text), text, "it was") is None


def test_writer_as_speaker_of_a_quotation(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "My brother once asked about the election. I laughed and said, "
        "“I don’t believe the polls.”\n\n"
        "Mara Quillon is a writer in Dayton, Ohio."
    )
    ex = run_actors(text)
    assert owner(ex, text, "I laughed") == "Mara Quillon"
    assert owner(ex, text, "I don’t") == "Mara Quillon"


def test_unlisted_given_name_in_a_is_a_womans(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Economist Parvina Okonjo criticized Mary Collins on Monday. "
        "She said the tax plan did not add up."
    )
    assert owner(run_actors(text), text, "She") == "Parvina Okonjo"


# -- antecedents built after the resolver: units, state phrases ------------------------


def test_its_of_a_campaign_subject(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Maria Delgado spoke in Ohio on Monday. "
        "The Delgado campaign has shifted its spending to television ads."
    )
    ex = run_actors(text)
    assert owner(ex, text, "its") == "Delgado campaign"


def test_it_and_its_reported_by_an_administration(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Tom Hallett visited the border on Friday. "
        "Last week, the Hallett administration announced it had met its target for new judges."
    )
    ex = run_actors(text)
    assert owner(ex, text, "it had") == "Hallett administration"
    assert owner(ex, text, "its target") == "Hallett administration"


def test_it_reported_by_a_government_phrase(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade talks with Canada stalled in May. "
        "The Canadian government said it would answer any new tariffs."
    )
    ex = run_actors(text)
    assert owner(ex, text, "it would") == "Canada"


def test_a_family_is_no_it(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Ann Pruitt thanked her supporters. "
        "The Pruitt family said it was grateful for the support."
    )
    ex = run_actors(text)
    assert owner(ex, text, "it was") is None


def test_he_after_a_sentence_about_a_kinsman(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The farm was sold in 1990. "
        "“Hard work never hurt anyone,” my grandfather often said. "
        "He also told his neighbours to plant early."
    )
    ex = run_actors(text)
    assert owner(ex, text, "He also") == "grandfather"
    assert owner(ex, text, "his neighbours") == "grandfather"


def test_possessive_of_a_kinswoman_subject(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = "The senator's wife is breaking her silence about the race."
    ex = run_actors(text)
    assert owner(ex, text, "her silence") == "wife"


def test_kin_pronoun_of_the_other_gender_is_left(run_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The farm was sold in 1990. "
        "“Hard work never hurt anyone,” my grandmother often said. "
        "He also told the neighbours to plant early."
    )
    ex = run_actors(text)
    assert owner(ex, text, "He also") is None
