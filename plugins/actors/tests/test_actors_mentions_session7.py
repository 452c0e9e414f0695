"""Mentions of session 7: names that are no actor (a negation the parser tagged,
a party's singular word, a platform, a state inside a title). Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction

Run = Callable[[str], Extraction]


def all_mentions(extraction: Extraction) -> list[str]:
    return [m.text for a in extraction.actors for m in a.mentions]


def test_lowercase_entity_is_no_name(run: Run) -> None:
    ex = run("Republicans haven’t won Ohio since 2004. A spokesman didn’t respond.")
    assert "n’t" not in all_mentions(ex)
    assert "Republicans" in all_mentions(ex)


def test_party_singular_is_a_member_not_the_party(run: Run) -> None:
    ex = run(
        "Jane Roe, a Democrat from Maine, said she would vote Democratic. "
        "The Democratic front-runner met Democrats in Portland on Monday."
    )
    found = all_mentions(ex)
    assert "Democrat" not in found and "Democratic" not in found
    assert "Democrats" in found


def test_platform_after_on_is_the_medium(run: Run) -> None:
    ex = run(
        "Steffen Seibert, the chancellor's spokesman, wrote on Twitter that Berlin would help."
    )
    assert "Twitter" not in all_mentions(ex)
    assert "Steffen Seibert" in all_mentions(ex)


def test_state_in_a_title_of_phrase_is_no_mention(run: Run) -> None:
    ex = run(
        "John Roe said he wanted to become the next president of the United States. "
        "He met the governor of Ohio on Monday, and the United States imposed sanctions on Iran."
    )
    found = all_mentions(ex)
    assert found.count("United States") == 1  # only the one that imposed sanctions
    assert "Ohio" not in found


def mentions_of(extraction: Extraction, name: str) -> list[str]:
    actor = next(a for a in extraction.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_role_with_no_titled_bearer_is_the_one_person_named_before(run: Run) -> None:
    ex = run(
        "Jane Roe opened her campaign office in Des Moines on Monday. Roe spoke for an hour. "
        "The candidate said she would visit every county."
    )
    assert "candidate" in mentions_of(ex, "Jane Roe")


def test_role_with_two_people_named_before_is_no_one(run: Run) -> None:
    ex = run(
        "Jane Roe and John Doe opened campaign offices in Des Moines on Monday. "
        "The candidate said the state mattered."
    )
    assert "candidate" not in all_mentions(ex)


def test_a_role_as_a_kind_is_no_mention(run: Run) -> None:
    ex = run("Jane Roe spoke in Des Moines on Monday. Roe said the next nominee must win Ohio.")
    assert "nominee" not in all_mentions(ex) and "next nominee" not in all_mentions(ex)


def test_secretary_of_state_keeps_its_complement(run: Run) -> None:
    ex = run(
        "Former Secretary of State Jane Roe spoke in Ohio on Monday. "
        "The former secretary of state said the plan would fail."
    )
    assert "former secretary of state" in mentions_of(ex, "Jane Roe")


def test_a_body_or_state_before_a_party_plural_is_one_group(run: Run) -> None:
    ex = run(
        "Senate Republicans are unmoved, and Oklahoma Democrats have left the party. "
        "Republicans said the Senate would vote on Friday."
    )
    found = all_mentions(ex)
    assert "Senate Republicans" in found and "Oklahoma Democrats" in found
    assert found.count("Republicans") == 1  # the bare plural stays the party
