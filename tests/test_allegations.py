"""The allegations plugin: accuser + accused + claim + stance, on made-up sentences.

Each construction gets its own sentence, written for these tests (no corpus
text). Tests run the allegations plugin with whichever of the actors and
quotes plugins are installed, so they check mentions always and actor ids
only when an actors stage exists.
"""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsextract
from newsextract import Allegation, Extraction

INSTALLED = {ep.name for ep in entry_points(group="newsextract")}
HAS_ACTORS = "actors" in INSTALLED


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    enable = [name for name in ("actors", "quotes", "allegations") if name in INSTALLED]
    pipeline = newsextract.Pipeline(nlp=nlp, enable=enable)

    def extract(text: str) -> Extraction:
        return pipeline.extract(text)

    return extract


def only(extraction: Extraction) -> Allegation:
    assert len(extraction.allegations) == 1, [a.model_dump() for a in extraction.allegations]
    return extraction.allegations[0]


def mentions(allegation: Allegation) -> list[str]:
    return [m.text for m in allegation.accused_mentions]


# -- verbal accusations ----------------------------------------------------------------


def test_accused_of(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("The opposition accused the governor of hiding the audit report."))
    assert a.cue is not None and a.cue.text == "accused"
    assert a.accuser_mention is not None and a.accuser_mention.text == "The opposition"
    assert a.claim.text == "hiding the audit report"
    assert a.stance == "asserted"


def test_coordinated_accused_are_separate_mentions(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Iran accused Israel and the United States of staging the attack."))
    assert mentions(a) == ["Israel", "the United States"]
    assert a.claim.text == "staging the attack"
    if HAS_ACTORS:
        assert len(a.accused) == 2 and a.accuser is not None


def test_blamed_for(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Senator Walsh blamed Governor Reyes for the budget shortfall."))
    assert a.cue is not None and a.cue.text == "blamed"
    assert mentions(a) == ["Governor Reyes"]
    assert a.claim.text == "the budget shortfall"


def test_blamed_on_swaps_claim_and_accused(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("The mayor blamed the flooding on Hollis Construction."))
    assert mentions(a) == ["Hollis Construction"]
    assert a.claim.text == "the flooding"


def test_charged_with(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Federal prosecutors charged Dana Whitfield with wire fraud."))
    assert mentions(a) == ["Dana Whitfield"]
    assert a.claim.text == "wire fraud"


def test_alleged_that(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("The lawsuit alleged that Mayor Tran accepted illegal donations."))
    assert a.cue is not None and a.cue.text == "alleged"
    assert a.claim.text == "Mayor Tran accepted illegal donations"
    assert mentions(a) == ["Mayor Tran"]


def test_passive_with_agent(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Marcus Hale was accused by Linda Park of leaking the memo."))
    assert a.accuser_mention is not None and a.accuser_mention.text == "Linda Park"
    assert mentions(a) == ["Marcus Hale"]
    assert a.claim.text == "leaking the memo"


def test_passive_without_agent_has_no_accuser(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Senator Olsen has been criticized for skipping the hearing."))
    assert a.accuser_mention is None and a.accuser is None
    assert mentions(a) == ["Senator Olsen"]


def test_criticism_of_a_possession_accuses_the_owner(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Germany criticised Russia's annexation of the peninsula."))
    assert mentions(a) == ["Russia"]
    assert "annexation" in a.claim.text


def test_claimed_about_another_party(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Rivera claimed that Thompson had falsified the records."))
    assert mentions(a) == ["Thompson"]


def test_critical_of(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Democrats have been critical of Senator Moss's voting record."))
    assert a.accuser_mention is not None and a.accuser_mention.text == "Democrats"
    assert mentions(a) == ["Senator Moss"]


def test_attack_needs_a_named_target_or_reason(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Governor Hale attacked Mayor Ortiz for the housing delays."))
    assert a.claim.text == "the housing delays"
    assert mentions(a) == ["Mayor Ortiz"]


def test_verbal_attack_on_an_idea_by_a_named_politician(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Senator Warren attacked the trade deal in a speech on Friday."))
    assert a.claim.text == "the trade deal"
    assert run("A man attacked a neighbour with a knife.").allegations == []


def test_drew_criticism_accuses_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("The tariff plan has drawn sharp criticism from Canadian officials."))
    assert a.claim.text == "The tariff plan"
    assert a.accuser_mention is not None and a.accuser_mention.text == "Canadian officials"


def test_criticised_as(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Lopez condemned the decree as unconstitutional."))
    assert a.claim.text == "the decree as unconstitutional"


def test_title_case_headline(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Senator Maria Lopez Slams Governor Tate Over Water Contract"))
    assert a.cue is not None and a.cue.text == "Slams"
    assert a.accuser_mention is not None and a.accuser_mention.text == "Senator Maria Lopez"
    assert mentions(a) == ["Governor Tate"]
    assert a.claim.text == "Water Contract"


# -- not allegations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Refusal and negation: the text says the accusation was *not* made.
        "The minister refused to criticise Moscow's invasion.",
        "The senator did not accuse anyone of lying.",
        "She never blamed her staff for the delay.",
        "Nobody is to blame for the accident.",
        "Officials stopped short of accusing Moscow of the attack.",
        # Requests and threats report no accusation yet.
        "Aides urged Senator Moss to criticise the mayor for the delays.",
        "The mayor threatened to sue the county over the levy.",
        "The agency decided against recommending charges against her.",
        "In 2004, they attacked the USS Harmon, killing 12 sailors.",
        # "accused of nothing": nothing is imputed, so there is no claim to record.
        "The firm was accused of nothing.",
        # A claim about oneself is no allegation against anyone.
        "He claimed he was innocent.",
        # Everyday senses of accusation words.
        "Insurance claims rose sharply last year.",
        "The battery was charged overnight.",
        "Rebels attacked the base on Monday.",
    ],
)
def test_no_allegation(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).allegations == []


# -- nominal allegations and denials --------------------------------------------------


def test_possessive_allegations_that(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Walker's allegations that Brennan rigged the vote spread quickly."))
    assert a.stance == "asserted"
    assert a.accuser_mention is not None and a.accuser_mention.text == "Walker"
    assert a.claim.text == "Brennan rigged the vote"
    assert mentions(a) == ["Brennan"]


def test_rejected_allegations_are_denied(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Venezuela rejected the Colombian allegations."))
    assert a.stance == "denied"
    assert a.cue is not None and a.cue.text == "rejected"
    assert a.claim.text == "the Colombian allegations"
    assert a.accuser_mention is not None and a.accuser_mention.text == "Colombian"
    # Without a named target, the denier is taken to be the one accused.
    assert mentions(a) == ["Venezuela"]


def test_called_allegations_a_smear(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Ankara called the Greek accusations a smear campaign."))
    assert a.stance == "denied"
    assert a.cue is not None and "smear" in a.cue.text
    assert a.claim.text == "the Greek accusations"


def test_denied_that(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("The company denied that its managers destroyed the files."))
    assert a.stance == "denied"
    assert a.claim.text == "its managers destroyed the files"


def test_denied_wrongdoing(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Councillor Byrne has denied any wrongdoing."))
    assert a.stance == "denied"
    assert a.claim.text == "any wrongdoing"
    assert mentions(a) == ["Councillor Byrne"]


def test_relative_clause_denial(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("The report repeated the allegations, which Director Haines denies."))
    assert a.stance == "denied"
    assert a.cue is not None and a.cue.text == "denies"
    assert a.claim.text == "the allegations"
    assert mentions(a) == ["Director Haines"]


def test_hedged_alleged(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Police questioned the alleged gunman, Peter Vance, on Sunday."))
    assert a.cue is not None and a.cue.text == "alleged"
    assert a.accuser is None and a.accuser_mention is None
    assert "Peter Vance" in mentions(a)


def test_said_allegations_were_baseless(run) -> None:  # type: ignore[no-untyped-def]
    a = only(run("Senator Kim said the allegations were baseless."))
    assert a.stance == "denied"
    assert a.cue is not None and a.cue.text == "baseless"
    assert a.claim.text == "the allegations"
    if HAS_ACTORS:
        assert a.denied_by is not None


@pytest.mark.skipif("quotes" not in INSTALLED, reason="needs the quotes stage")
def test_accusation_inside_quote_takes_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('"We condemn the blockade of our ports," Prime Minister Ana Ruiz said.')
    a = only(extraction)
    speakers = [q.speaker_mention for q in extraction.quotes if q.speaker_mention is not None]
    assert speakers, "the quotes stage found no speaker"
    assert a.accuser_mention == speakers[0]
    assert "Ruiz" in speakers[0].text


@pytest.mark.skipif("quotes" not in INSTALLED, reason="needs the quotes stage")
def test_quote_with_accusing_cue(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('"You raided the pension fund," Senator Moss charged on Tuesday.')
    quotes = [q for q in extraction.quotes if q.cue is not None and q.cue.text == "charged"]
    if not quotes:
        pytest.skip("the quotes stage did not read this quote")
    a = only(extraction)
    assert a.cue == quotes[0].cue
    assert "pension fund" in a.claim.text
    assert a.accuser_mention == quotes[0].speaker_mention


def test_denial_not_reported_when_negated(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("The coach did not deny the accusations.")
    assert all(a.stance == "asserted" for a in extraction.allegations)


# -- robustness -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "accused", "“Accused of", "🙂 blamed 🙂 for 🙂", "of of of accused by by"],
)
def test_odd_text_does_not_crash(run, text: str) -> None:  # type: ignore[no-untyped-def]
    extraction = run(text)
    for a in extraction.allegations:
        assert extraction.text[a.claim.start : a.claim.end] == a.claim.text


def test_a_long_coordinated_sentence_keeps_its_allegations(run) -> None:  # type: ignore[no-untyped-def]
    # its cost is guarded in tests/test_linear_time.py (CPU time per character, by example)
    text = " ".join(["Smith accused Jones of lying and"] * 400) + " left."
    assert run(text).allegations


# -- the seed article (issue 2) ---------------------------------------------------------


def _by_claim(seed: Extraction, word: str) -> Allegation:
    hits = [a for a in seed.allegations if word in a.claim.text]
    assert len(hits) == 1, [a.claim.text for a in seed.allegations]
    return hits[0]


def _names(seed: Extraction, ids: list[str]) -> set[str]:
    return {actor.name for actor in seed.actors if actor.id in ids}


def test_seed_fuelling_the_conflict(seed: Extraction) -> None:
    a = _by_claim(seed, "fuelling the conflict")
    assert a.stance == "asserted"
    assert a.accuser_mention is not None and a.accuser_mention.text == "China"
    assert mentions(a) == ["Washington", "its allies"]
    if HAS_ACTORS:
        assert _names(seed, [a.accuser] if a.accuser else []) == {"China"}
        assert "United States" in _names(seed, a.accused)


def test_seed_provoking_the_conflict(seed: Extraction) -> None:
    a = _by_claim(seed, "provoking the conflict")
    assert a.accuser_mention is not None and a.accuser_mention.text == "China"
    assert mentions(a) == ["the US", "NATO"]
    if HAS_ACTORS:
        assert {"United States", "NATO"} <= _names(seed, a.accused)


def test_seed_rejected_us_allegations(seed: Extraction) -> None:
    a = _by_claim(seed, "US allegations")
    assert a.stance == "denied"
    assert a.accuser_mention is not None and a.accuser_mention.text == "US"
    if HAS_ACTORS:
        assert _names(seed, [a.accuser] if a.accuser else []) == {"United States"}
        assert _names(seed, [a.denied_by] if a.denied_by else []) == {"China"}


def test_seed_condemned_sanctions_despite_the_misparse(seed: Extraction) -> None:
    a = _by_claim(seed, "sanctions")
    assert a.cue is not None and a.cue.text == "condemned"
    assert a.accuser_mention is not None and a.accuser_mention.text == "China"


def test_seed_accused_mentions_are_short_and_apart_from_the_cue(seed: Extraction) -> None:
    for a in seed.allegations:
        for m in a.accused_mentions:
            assert a.cue is None or not m.overlaps(a.cue), (m.text, a.cue)
            assert len(m.text.split()) <= 8, m.text
        if a.stance == "asserted" and a.accuser is not None:
            assert a.accuser not in a.accused


def test_seed_refusal_to_criticise_is_not_an_allegation(seed: Extraction) -> None:
    assert not any("invasion" in a.claim.text for a in seed.allegations)


# -- properties over generated news-like sentences -------------------------------------

_PEOPLE = ["Maria Lopez", "the governor", "Senator Okafor", "Prime Minister Hale", "the union"]
_TARGETS = ["James Carter", "the ministry", "Acme Corporation", "Mayor Ng", "the police"]
_DEEDS = ["hiding the report", "rigging the tender", "misleading voters", "ignoring the floods"]


@given(
    accuser=st.sampled_from(_PEOPLE),
    target=st.sampled_from(_TARGETS),
    deed=st.sampled_from(_DEEDS),
    prefix=st.sampled_from(["", "On Monday, ", "Earlier, ", "In a statement, "]),
)
def test_generated_accusations(run, accuser: str, target: str, deed: str, prefix: str) -> None:  # type: ignore[no-untyped-def]
    subject = accuser[0].upper() + accuser[1:] if not prefix else accuser
    text = f"{prefix}{subject} accused {target} of {deed}."
    extraction = run(text)
    a = only(extraction)
    assert a.cue is not None and a.cue.text == "accused"
    assert a.claim.text == deed
    assert a.accuser_mention is not None and a.accuser_mention.text.lower() == accuser.lower()
    assert a.stance == "asserted"
    for span in [a.claim, a.cue, *a.accused_mentions]:
        assert extraction.text[span.start : span.end] == span.text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_arbitrary_text_is_grounded(run, text: str) -> None:  # type: ignore[no-untyped-def]
    extraction = run(text)
    for a in extraction.allegations:
        for _, span in a.spans():
            assert extraction.text[span.start : span.end] == span.text
