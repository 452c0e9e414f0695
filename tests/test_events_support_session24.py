"""SUPPORT constructions of session 24 (events plugin), on made-up sentences.

- "pro-X" before an actor noun (rounds 11 and 12: "a pro-X super PAC" is SUPPORT, the name
  a mention): the noun described backs the actor named X; a cause ("pro-life groups"), a
  noun that is no actor ("pro-Smith passion") or a name inside another name ("NARAL
  Pro-Choice America") backs no one.
- A party's nomination its candidate wins (round 10: a party nominating a candidate is
  SUPPORT; rounds 21-22 code "clinch her party's nomination"): the party backs the one whose
  party it is, a party named by a modifier ("secured the GOP nomination") the getting
  verb's subject; "the favorite for her party's nomination" tells no nomination given.
- Backing a candidate's bid backs the candidate (round 4: an actor's proposal stands for
  its author): "supporting Jane Doe's campaign" has Jane Doe as target.
- A poll's margin after the verb ("Democrats favored Walsh, 72 percent to 8 percent") is
  no one's backing (round 21: an attitude known only as a poll finding is no event); a
  speaker's "supports X 100 percent" still is.
- Backing a candidate no one in particular is ("either candidate", "the candidate of their
  choice") has a null target, even where the story names one candidate and the learned role
  scorer would fill the role; a candidate described ("a badly flawed candidate") keeps its
  target.
"""

from __future__ import annotations

import pytest

import newsextract

from .events_helpers import name, only, typed


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        (
            "Mary Walsh is running for governor. Tom Reed is a strategist for Voters First, "
            "the leading pro-Walsh super PAC.",
            "Voters First",
        ),
        (
            "Mary Walsh is running for governor. Jane Doe called a pro-Walsh delegate "
            "candidate, Ann Lee, on Friday.",
            "Ann Lee",
        ),
    ],
)
def test_a_pro_name_noun_backs_the_one_named(  # type: ignore[no-untyped-def]
    run_events, sentence: str, agent: str
) -> None:
    x = run_events(sentence)
    event = only(x, "SUPPORT", "pro")
    assert name(x, event, "agent") == agent
    assert name(x, event, "target") == "Mary Walsh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh spoke in Ohio. Displays of pro-Walsh passion were everywhere.",
        "Mary Walsh spoke in Ohio. The pro-life groups met on Monday.",
        "Mary Walsh spoke in Ohio. Ann Lee leads NARAL Pro-Choice America.",
    ],
)
def test_a_pro_word_naming_no_backer_or_no_one_is_no_event(  # type: ignore[no-untyped-def]
    run_events, sentence: str
) -> None:
    assert [e for e in typed(run_events(sentence), "SUPPORT") if e[0].lower() == "pro"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh leads the Democratic Party. Walsh would win enough delegates to secure "
        "her party's nomination.",
        "Mary Walsh leads the Democratic Party. Since clinching her party's nomination in "
        "June, Walsh has spent more.",
    ],
)
def test_a_party_nomination_won_is_the_party_backing_its_candidate(  # type: ignore[no-untyped-def]
    run_events, sentence: str
) -> None:
    x = run_events(sentence)
    event = only(x, "SUPPORT", "nomination")
    assert name(x, event, "agent") == "Democratic Party"
    assert name(x, event, "target") == "Mary Walsh"


def test_a_nomination_named_by_its_party_backs_the_one_who_got_it(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Mary Walsh formally secured the GOP nomination on Tuesday.")
    event = only(x, "SUPPORT", "nomination")
    assert name(x, event, "target") == "Mary Walsh"
    assert any(p.role == "agent" and p.mention.text == "GOP" for p in event.participants)


def test_the_favourite_for_a_nomination_is_given_none(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh leads the Democratic Party. Walsh is the favorite for her party's nomination."
    )
    assert [e for e in typed(x, "SUPPORT") if e[0] == "nomination"] == []


def test_backing_a_candidates_campaign_backs_the_candidate(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh is running for governor. Voters First, a super PAC supporting Mary "
        "Walsh's campaign, spent $2 million on ads."
    )
    event = only(x, "SUPPORT", "supporting")
    assert name(x, event, "target") == "Mary Walsh"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "Mary Walsh leads the race. Superdelegates are party officials who may vote for "
            "the candidate of their choice.",
            "vote",
        ),
        (
            "Mary Walsh leads the race. The teachers union has endorsed a candidate in every "
            "race since 1990.",
            "endorsed",
        ),
    ],
)
def test_backing_a_candidate_no_one_in_particular_has_no_target(  # type: ignore[no-untyped-def]
    pipeline: newsextract.Pipeline, sentence: str, trigger: str
) -> None:
    x = pipeline.extract(sentence)  # the learned role scorer on: it must leave the role empty
    event = only(x, "SUPPORT", trigger)
    assert name(x, event, "target") is None


def test_a_candidate_described_keeps_the_one_described(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events(
        "Mary Walsh leads the race. The Democrats will nominate a badly flawed candidate, "
        "Tom Reed said."
    )
    event = only(x, "SUPPORT", "nominate")
    assert name(x, event, "target") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Walsh and Tom Reed ran. The survey found Democrats favored Walsh, 72 percent to "
        "8 percent.",
        "Mary Walsh and Tom Reed ran. Female voters preferred Walsh 51 percent to 24 percent.",
    ],
)
def test_a_poll_margin_is_no_ones_backing(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(run_events(sentence), "SUPPORT") == []


def test_a_speakers_full_backing_is_still_backing(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Ann Lee said that she supports Mary Walsh 100 percent.")
    assert typed(x, "SUPPORT") == [("supports", "Ann Lee", "Mary Walsh")]
