"""Session 6 pronoun and clustering constructions, on made-up news sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction
from tests.actors_helpers import owner

Run = Callable[[str], Extraction]


def test_fronted_clause_subject_binds_main_subject(run: Run) -> None:
    text = (
        "Tom Baker met Peter Novak on Monday. "
        "Although Novak has admitted using the loophole, he does not defend it."
    )
    result = run(text)
    assert owner(result, text.index("he does")) == "Peter Novak"


def test_fronted_clause_subject_of_the_other_gender_is_passed_over(run: Run) -> None:
    text = "Tom Baker met Mary Jones on Monday. When Jones left the room, he stayed."
    result = run(text)
    assert owner(result, text.index("he stayed")) == "Tom Baker"


def test_you_is_the_one_told(run: Run) -> None:
    text = (
        "Senator Mary Jones questioned banker Tom Baker on Tuesday. "
        "“You should resign,” Jones told Baker."
    )
    result = run(text)
    assert owner(result, text.index("You")) == "Tom Baker"


def test_you_after_a_colon_is_the_one_scolded(run: Run) -> None:
    text = "Mary Jones scolded Tom Baker: “Nobody believes the products you sell.”"
    result = run(text)
    assert owner(result, text.index("you sell")) == "Tom Baker"


def test_you_called_by_name(run: Run) -> None:
    text = "Mary Jones wrote to Tom Baker. “Mr. Baker, your plan will fail,” she wrote."
    result = run(text)
    assert owner(result, text.index("your")) == "Tom Baker"


def test_generic_you_is_nobody(run: Run) -> None:
    text = "“You never know what the voters want,” Tom Baker said."
    result = run(text)
    assert owner(result, text.index("You")) is None


def test_first_name_tagged_a_place_joins_the_person() -> None:
    from newsextract_actors.cluster import cluster_mentions
    from newsextract_actors.mentions import Mention

    full = Mention(0, 2, 0, 12, "Melania Doe", "person", "melania doe", label="PERSON")
    full.name_tokens = ("Melania", "Doe")
    short = Mention(5, 6, 30, 37, "Melania", "other", "melania", label="GPE")
    state = Mention(8, 9, 40, 48, "Virginia", "other", "virginia", label="GPE")
    other = Mention(10, 12, 50, 63, "Virginia Roe", "person", "virginia roe", label="PERSON")
    other.name_tokens = ("Virginia", "Roe")
    clusters = cluster_mentions([full, short, state, other])
    by_mention = {mi: c.key for c in clusters for mi in c.mentions}
    assert by_mention[1] == by_mention[0]
    assert by_mention[2] != by_mention[3]  # a US state stays a place


def test_department_name_without_its_head_joins_the_department() -> None:
    from newsextract_actors.cluster import cluster_mentions
    from newsextract_actors.mentions import Mention

    body = Mention(0, 2, 0, 18, "Justice Department", "organization", "justice department")
    body.label = "ORG"
    short = Mention(5, 6, 30, 37, "Justice", "organization", "justice", label="ORG")
    other = Mention(8, 9, 40, 46, "Amnesty", "organization", "amnesty", label="ORG")
    clusters = cluster_mentions([body, short, other])
    by_mention = {mi: c.key for c in clusters for mi in c.mentions}
    assert by_mention[1] == by_mention[0]
    assert by_mention[2] != by_mention[0]
