"""Session 9: role descriptions no title names, on made-up sentences."""

from __future__ import annotations

from .actors_helpers import holder


def test_a_role_is_the_person_the_text_is_on(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe criticized Mary Poe again on Monday. Roe said Poe had no plan, and Roe "
        "promised to cut taxes. The former secretary of state spoke in Ohio later."
    )
    roe = holder(ex, "former secretary of state")
    assert roe is not None and roe.name == "Jane Roe"


def test_no_role_when_two_people_are_named_as_often(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Jane Roe criticized Mary Poe on Monday. Roe and Poe met later. "
        "The former secretary of state spoke in Ohio."
    )
    assert holder(ex, "former secretary of state") is None


def test_an_office_is_not_someone_titled_with_another(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Gov. John Doe met Bill Poe on Monday. Doe told Doe's aides that Doe would run. "
        "The senator spoke in Ohio later."
    )
    senator = holder(ex, "senator")
    assert senator is None or senator.name != "John Doe"


def test_the_next_holder_of_a_role_is_no_one(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors("President Obama spoke on Monday. The next president must act, he said.")
    assert holder(ex, "next president") is None
    assert holder(ex, "president") is None


def test_a_role_with_a_party_is_not_someone_of_another_party(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Democratic Rep. Jane Roe criticized Bill Poe on Monday. Roe said Roe would win. "
        "The Republican nominee spoke in Ohio later."
    )
    nominee = holder(ex, "Republican nominee")
    assert nominee is None or nominee.name != "Jane Roe"


def test_a_company_called_so_again_stays_recent(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Acme Corp. sold phones in March. The company grew fast. It rained. Stocks fell. "
        "The company hired more workers."
    )
    acme = holder(ex, "Acme Corp.")
    assert acme is not None
    assert [m.text for m in acme.mentions].count("company") == 2


def test_an_office_goes_to_the_one_titled_so_nearby(run_actors) -> None:  # type: ignore[no-untyped-def]
    ex = run_actors(
        "Sen. Ann Fox spoke in Iowa. It rained. Bill Poe met Sen. Jane Roe on Monday. "
        "Poe said Poe liked Roe. The senator spoke later."
    )
    senator = holder(ex, "senator")
    assert senator is not None and senator.name == "Jane Roe"
