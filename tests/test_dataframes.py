"""Tables for analysts: one DataFrame per record kind, joinable by id."""

from __future__ import annotations

from newsextract.dataframes import to_dataframes


def test_one_table_per_kind_with_a_row_per_record(seed) -> None:  # type: ignore[no-untyped-def]
    tables = seed.to_dataframes()
    assert set(tables) >= {"actors", "quotes", "allegations", "events"}
    for key in ("actors", "quotes", "allegations", "events"):
        assert len(tables[key]) == len(getattr(seed, key))
    actors = tables["actors"]
    assert list(actors["id"]) == [a.id for a in seed.actors]
    assert (actors["doc_id"] == "seed").all()
    if len(tables["quotes"]):
        quotes = tables["quotes"]
        spoken = quotes["speaker"].dropna()
        assert set(spoken) <= set(actors["id"]), "speaker ids join onto actors"
        first = seed.quotes[0]
        assert quotes.loc[0, "content_start"] == first.content[0].start
        assert quotes.loc[0, "content_text"].startswith(first.content[0].text)


def test_many_documents_concatenate(pipeline) -> None:  # type: ignore[no-untyped-def]
    docs = [
        pipeline.extract("Angela Merkel met Emmanuel Macron in Paris.", doc_id="a"),
        pipeline.extract("Vladimir Putin visited Beijing.", doc_id="b"),
    ]
    actors = to_dataframes(docs)["actors"]
    assert set(actors["doc_id"]) == {"a", "b"}
    assert len(actors) == sum(len(d.actors) for d in docs)
