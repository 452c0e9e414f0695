"""The quotes plugin: every construction on made-up sentences, the seed, and hostile input."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsextract_quotes.marks import find_segments

import newsextract
from newsextract import Extraction, Quote

_INSTALLED = set(entry_points(group="newsextract").names)
_WITH_ACTORS = "actors" in _INSTALLED


@pytest.fixture(scope="module")
def quotes_pipeline(nlp: Any) -> newsextract.Pipeline:
    names = ["actors", "quotes"] if _WITH_ACTORS else ["quotes"]
    return newsextract.Pipeline(nlp=nlp, enable=names)


def run(pipeline: newsextract.Pipeline, text: str) -> Extraction:
    return pipeline.extract(text, doc_id="t")


def joined(quote: Quote) -> str:
    return " ".join(span.text for span in quote.content)


def find(ex: Extraction, words: str) -> Quote:
    """The quote whose content contains ``words``; fails the test if there is none."""
    for quote in ex.quotes:
        if words in joined(quote):
            return quote
    raise AssertionError(f"no quote contains {words!r}: {[joined(q) for q in ex.quotes]}")


def speaker_text(quote: Quote) -> str:
    return quote.speaker_mention.text if quote.speaker_mention else ""


# -- quotation marks --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("He said “we will win the vote” today.", "we will win the vote"),
        ('He said "we will win the vote" today.', "we will win the vote"),
        ("He said ‘we will win the vote’ today.", "we will win the vote"),
        ("He said ``we will win the vote'' today.", "we will win the vote"),
        ("He said ''we will win the vote'' today.", "we will win the vote"),
    ],
)
def test_every_typographic_form_gives_a_segment(text: str, inner: str) -> None:
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments] == [inner]


def test_apostrophes_and_possessives_are_not_quotation_marks() -> None:
    text = "The senators' plan isn't Paris' idea, it's the '90s rock 'n' roll of James' party."
    assert find_segments(text) == []


def test_scare_quotes_are_found_but_stay_short() -> None:
    text = "He would 'only' join if attacked."
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments] == ["only"]


def test_new_paragraph_opening_with_a_mark_continues_the_quotation() -> None:
    text = '"We will fight on.\n\n"We will never surrender," she said.'
    segments = find_segments(text)
    assert len(segments) == 2
    assert not segments[0].closed
    assert segments[1].continues


def test_mixed_marks_close_each_other() -> None:
    text = 'China called it an “opportunity for both countries," officials said.'
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments] == ["opportunity for both countries,"]


# -- direct quotes --------------------------------------------------------------------


def test_direct_quote_with_cue_after(quotes_pipeline: newsextract.Pipeline) -> None:
    ex = run(quotes_pipeline, '"The budget is a disaster for working families," Smith said.')
    quote = find(ex, "The budget is a disaster")
    assert quote.style == "direct"
    assert quote.cue is not None and quote.cue.text == "said"
    assert speaker_text(quote) == "Smith"
    assert all('"' not in span.text for span in quote.content)


def test_inverted_cue(quotes_pipeline: newsextract.Pipeline) -> None:
    ex = run(quotes_pipeline, "“We have never been closer to a deal,” said Maria Gonzalez.")
    quote = find(ex, "never been closer")
    assert "Gonzalez" in speaker_text(quote)


def test_colon_introduced_quote(quotes_pipeline: newsextract.Pipeline) -> None:
    text = 'The governor told the crowd: "This state will not back down from the fight."'
    quote = find(run(quotes_pipeline, text), "will not back down")
    assert "governor" in speaker_text(quote)
    assert quote.style == "direct"


def test_quote_over_sentences_and_paragraphs(quotes_pipeline: newsextract.Pipeline) -> None:
    text = (
        'Senator Ann Brooks said: "The bill is dead. Nobody in this chamber wants it.\n\n'
        '"We will start again next year with a better one."\n'
    )
    ex = run(quotes_pipeline, text)
    quote = find(ex, "The bill is dead")
    assert "start again next year" in joined(quote)
    assert "Brooks" in speaker_text(quote)


def test_floating_quote_continues_the_previous_speaker(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = (
        '"Our factories are closing," the mayor of Leeds said on Tuesday.\n\n'
        "Unemployment in the city rose for a third year.\n\n"
        '"We need the government to act now, before it is too late."'
    )
    ex = run(quotes_pipeline, text)
    floating = find(ex, "We need the government")
    assert "mayor" in speaker_text(floating)


def test_split_quote_around_the_cue_is_one_quote(quotes_pipeline: newsextract.Pipeline) -> None:
    text = '"I am not a politician," he said, "and I never wanted to be one."'
    ex = run(quotes_pipeline, text)
    quote = find(ex, "I am not a politician")
    assert "never wanted to be one" in joined(quote)


# -- indirect, mixed, partial -----------------------------------------------------------


def test_indirect_speech_with_that(quotes_pipeline: newsextract.Pipeline) -> None:
    ex = run(quotes_pipeline, "Obama said that he is surprised by the verdict.")
    quote = find(ex, "he is surprised")
    assert quote.style == "indirect"
    assert speaker_text(quote) == "Obama"
    assert quote.cue is not None and quote.cue.text == "said"


def test_indirect_speech_cue_after_content(quotes_pipeline: newsextract.Pipeline) -> None:
    ex = run(quotes_pipeline, "The talks will resume next week, the ministry said.")
    quote = find(ex, "talks will resume")
    assert "ministry" in speaker_text(quote)


def test_according_to(quotes_pipeline: newsextract.Pipeline) -> None:
    ex = run(quotes_pipeline, "According to officials, the bridge will reopen in May.")
    quote = find(ex, "bridge will reopen")
    assert quote.cue is not None and quote.cue.text.lower().startswith("according")
    assert speaker_text(quote) == "officials"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Fundraising, according to the campaign, has surged this month.", "Fundraising", "surged"),
        (
            "The new housing plan, the minister said, will cost billions.",
            "housing plan",
            "billions",
        ),
    ],
)
def test_inserted_cue_keeps_both_sides_of_the_content(
    quotes_pipeline: newsextract.Pipeline, text: str, first: str, second: str
) -> None:
    quote = find(run(quotes_pipeline, text), second)
    assert first in joined(quote)
    assert quote.cue is not None
    assert all(not span.overlaps(quote.cue) for span in quote.content)


def test_second_cue_joined_by_but_starts_a_new_quote(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = (
        "Jane Doe, 64, said it was too soon to name the winners but added, "
        '"I think you all can guess the outcome."'
    )
    ex = run(quotes_pipeline, text)
    first = find(ex, "too soon to name")
    second = find(ex, "guess the outcome")
    assert first is not second
    assert "guess the outcome" not in joined(first)
    assert "Jane Doe" in speaker_text(second)


def test_told_reporters(quotes_pipeline: newsextract.Pipeline) -> None:
    ex = run(quotes_pipeline, "Mr. Okafor told reporters the strike would end soon.")
    quote = find(ex, "strike would end")
    assert "Okafor" in speaker_text(quote)


def test_mixed_quote(quotes_pipeline: newsextract.Pipeline) -> None:
    text = "Diaz said the plan was “a betrayal of every voter who trusted us” and must go."
    quote = find(run(quotes_pipeline, text), "a betrayal")
    assert quote.style in ("mixed", "partial")
    assert "must go" in joined(quote)


def test_partial_quote_is_not_a_quote_on_its_own(quotes_pipeline: newsextract.Pipeline) -> None:
    text = "Beijing has said it has a “no-limits friendship” with Moscow."
    ex = run(quotes_pipeline, text)
    quote = find(ex, "no-limits friendship")
    assert quote.style == "partial"
    assert joined(quote).startswith("it has")
    assert len(ex.quotes) == 1


def test_relay_gives_speaker_and_via(quotes_pipeline: newsextract.Pipeline) -> None:
    text = '"We are ready," Reuters quoted General Tomas Berg as saying on Monday.'
    quote = find(run(quotes_pipeline, text), "We are ready")
    assert "Berg" in speaker_text(quote)
    if _WITH_ACTORS:
        assert quote.via is not None


def test_quote_inside_a_quote_is_not_an_attribution(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = '"I think the economy is strong and I know voters agree," Lee said.'
    ex = run(quotes_pipeline, text)
    assert len(ex.quotes) == 1
    assert speaker_text(ex.quotes[0]) == "Lee"


def test_inverted_cue_with_common_noun_speaker(quotes_pipeline: newsextract.Pipeline) -> None:
    ex = run(quotes_pipeline, "“The market has turned,” added a senior banker in London.")
    quote = find(ex, "The market has turned")
    assert "banker" in speaker_text(quote)
    assert quote.cue is not None and quote.cue.text == "added"


def test_cue_before_a_colon_belongs_to_the_next_quotation(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = (
        '"We are farmers," Ms. Ortiz said. "We are not vandals." '
        'Mr. Haddad said: "The fire was the work of arsonists."'
    )
    ex = run(quotes_pipeline, text)
    assert "Ortiz" in speaker_text(find(ex, "We are not vandals"))
    assert "Haddad" in speaker_text(find(ex, "The fire was the work"))


def test_quotation_after_reported_speech_continues_that_speaker(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = 'The strike will continue, Ms. Patel says. "We have no other choice left."'
    ex = run(quotes_pipeline, text)
    assert "Patel" in speaker_text(find(ex, "no other choice"))
    assert find(ex, "strike will continue").style == "indirect"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor called for a full investigation into the fire.", "full investigation", "mayor"),
        ("Johnson spoke about the housing crisis at length.", "housing crisis", "Johnson"),
        ("The union denied the allegations on Tuesday.", "the allegations", "union"),
        ("Many farmers are skeptical of the new trade deal.", "new trade deal", "farmers"),
    ],
)
def test_verbs_whose_object_is_reported(
    quotes_pipeline: newsextract.Pipeline, text: str, content: str, speaker: str
) -> None:
    quote = find(run(quotes_pipeline, text), content)
    assert speaker in speaker_text(quote)
    assert not joined(quote).startswith(("for ", "about "))


def test_statement_saying_belongs_to_whoever_issued_it(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = "Senator Maria Lopez issued a statement saying the bill would hurt farmers."
    quote = find(run(quotes_pipeline, text), "the bill would hurt farmers")
    assert "Lopez" in speaker_text(quote)


def test_quoted_phrase_without_speech_verb_is_partial(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = "Senator Ruiz assailed the judge for his “Mexican heritage” on Friday."
    quote = find(run(quotes_pipeline, text), "Mexican heritage")
    assert quote.style == "partial"
    assert "Ruiz" in speaker_text(quote)


@pytest.mark.skipif(not _WITH_ACTORS, reason="needs the actors plugin")
def test_pronoun_speaker_resolves_to_previous_person(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = (
        "Angela Merkel arrived in Paris on Monday. "
        '"Europe must stand together," she said at the airport.'
    )
    ex = run(quotes_pipeline, text)
    quote = find(ex, "Europe must stand together")
    assert speaker_text(quote) == "she"
    actor = ex.actor(quote.speaker)
    assert actor is not None and "Merkel" in actor.name


@pytest.mark.skipif(not _WITH_ACTORS, reason="needs the actors plugin")
def test_pronoun_speaker_follows_the_actors_coreference_not_the_nearest_person(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    """The nearest earlier person is Mr. Trump; "she" can only be Ms. Merkel.

    The actors plugin resolves pronouns with gender and salience; the quote's
    speaker must be the actor whose mention the pronoun is, so that the
    records agree with each other.
    """
    text = (
        "Chancellor Angela Merkel met President Donald Trump in Berlin on Monday. "
        '"We agreed on much more than we expected," she said after the meeting.'
    )
    ex = run(quotes_pipeline, text)
    quote = find(ex, "We agreed on much")
    assert speaker_text(quote) == "she"
    actor = ex.actor(quote.speaker)
    assert actor is not None and "Merkel" in actor.name
    assert any(m.text == "she" for m in actor.mentions)


@pytest.mark.skipif(not _WITH_ACTORS, reason="needs the actors plugin")
def test_title_speaker_resolves_to_the_actor_holding_it(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = (
        "Belarusian President Alexander Lukashenko arrived in Beijing on Monday. "
        "The president said the visit would deepen ties."
    )
    ex = run(quotes_pipeline, text)
    quote = find(ex, "the visit would deepen ties")
    actor = ex.actor(quote.speaker)
    assert actor is not None and "Lukashenko" in actor.name


# -- the seed ---------------------------------------------------------------------------


def test_seed_quotes(seed: Extraction) -> None:
    mao = find(seed, "The US has no right to point fingers")
    assert mao.cue is not None and mao.cue.text == "said"
    assert "Mao Ning" in speaker_text(mao)
    assert mao.style == "direct"
    assert "by no means accept" in joined(mao)
    luka = find(seed, "ready to fight together")
    assert "Lukashenko" in speaker_text(luka)
    china = find(seed, "this 3-day visit")
    assert speaker_text(china) == "China"
    assert china.style != "direct"
    assert "opportunity" in joined(china)
    if any(a.name == "AFP" for a in seed.actors):
        afp = next(a for a in seed.actors if a.name == "AFP")
        assert luka.via == afp.id
        speaker = seed.actor(luka.speaker)
        assert speaker is not None and "Lukashenko" in speaker.name


def test_seed_scare_quote_is_not_a_quote(seed: Extraction) -> None:
    for quote in seed.quotes:
        assert joined(quote) != "only"


# -- hostile input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        '"',
        "“”",
        "He said \"yes and then she said “no' and ‘maybe\" ” ’ `` ''",
        "It's the dog's bone, isn't it? Rock 'n' roll, the '80s, Jesus' words.",
        "😀 “🎉🎉,” said 🙂 and “",
        '"This quote never closes and runs to the very end, the minister said',
        "word " * 10_000 + '"and a quote at the end',
        ", ".join(["he said"] * 800),
    ],
)
def test_never_crashes(quotes_pipeline: newsextract.Pipeline, text: str) -> None:
    ex = run(quotes_pipeline, text)
    for quote in ex.quotes:
        assert quote.content
        for span in quote.content:
            assert text[span.start : span.end] == span.text


def test_unclosed_quote_at_the_end(quotes_pipeline: newsextract.Pipeline) -> None:
    text = 'The minister spoke briefly. She said: "We will not resign over this'
    quote = find(run(quotes_pipeline, text), "We will not resign")
    assert quote.content[-1].end == len(text)


def test_a_stray_mark_does_not_lose_the_other_quotes(
    quotes_pipeline: newsextract.Pipeline,
) -> None:
    text = (
        'Analysts said the "reform was rushed.\n\n'
        '"The vote was a mistake," said Karen Olsen, a senator.\n\n'
        '"We will appeal the decision in court," the union said.'
    )
    ex = run(quotes_pipeline, text)
    find(ex, "The vote was a mistake")
    find(ex, "We will appeal the decision")


def test_deterministic(quotes_pipeline: newsextract.Pipeline, seed_text: str) -> None:
    first = run(quotes_pipeline, seed_text).quotes
    second = run(quotes_pipeline, seed_text).quotes
    assert first == second


def test_mark_scan_is_linear_on_pathological_input() -> None:
    # Every character a potential mark: a quadratic pairing would take minutes here.
    text = ("\"'“ ‘’ ”' \" ``'' " * 20_000) + "\n" + ("'a " * 50_000)
    segments = find_segments(text)
    assert all(0 <= s.start <= s.end <= len(text) for s in segments)


@given(st.text(alphabet=st.sampled_from(list("ab .,:\n'\"“”‘’`")), max_size=300))
def test_segments_are_ordered_and_inside_the_text(text: str) -> None:
    segments = find_segments(text)
    previous_end = 0
    for seg in segments:
        assert seg.outer_start <= seg.start < seg.end <= seg.outer_end <= len(text)
        assert seg.outer_start >= previous_end
        assert text[seg.start : seg.end].strip() == text[seg.start : seg.end]
        previous_end = seg.outer_end
