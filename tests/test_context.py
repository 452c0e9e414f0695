"""The plugin author's toolbox: look-ups by position, ids, spans."""

from __future__ import annotations

from newsextract import Actor, ExtractionContext, Quote

TEXT = "Mao Ning said: “The US and NATO provoked it.” Then Putin spoke of “deep ‘no-limits’ ties”."


def make_ctx(nlp) -> ExtractionContext:  # type: ignore[no-untyped-def]
    ctx = ExtractionContext(nlp.make_doc(TEXT))

    def actor(name: str, *needles: str) -> Actor:
        spans = [ctx.span(TEXT.index(n), TEXT.index(n) + len(n)) for n in needles]
        return Actor(id=ctx.new_id("actor"), name=name, type="other", mentions=spans)

    ctx._add([actor("Mao Ning", "Mao Ning"), actor("US", "US"), actor("NATO", "NATO"),
              actor("Putin", "Putin")])  # fmt: skip
    outer_start = TEXT.index("deep")
    inner_start = TEXT.index("no-limits")
    ctx._add(
        [
            Quote(id=ctx.new_id("quote"), style="direct",
                  content=[ctx.span(TEXT.index("The US"), TEXT.index("it.") + 3)]),
            Quote(id=ctx.new_id("quote"), style="partial",
                  content=[ctx.span(outer_start, TEXT.index("ties") + 4)]),
            Quote(id=ctx.new_id("quote"), style="partial",
                  content=[ctx.span(inner_start, inner_start + len("no-limits"))]),
        ]
    )  # fmt: skip
    return ctx


def test_actor_lookups(nlp) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(nlp)
    assert ctx.actor_at(0, 3) is not None and ctx.actor_at(0, 3).name == "Mao Ning"  # type: ignore[union-attr]
    assert ctx.actor_at(9, 13) is None
    quote_span = ctx.quotes[0].content[0]
    assert [a.name for a in ctx.actors_in(quote_span.start, quote_span.end)] == ["US", "NATO"]
    assert ctx.actors_in(5, 5) == []


def test_quote_at_prefers_the_innermost(nlp) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(nlp)
    assert ctx.quote_at(TEXT.index("provoked")) == ctx.quotes[0]
    assert ctx.quote_at(TEXT.index("deep")) == ctx.quotes[1]
    assert ctx.quote_at(TEXT.index("limits")) == ctx.quotes[2]
    assert ctx.quote_at(TEXT.index("Then")) is None
    assert ctx.quote_at(len(TEXT) + 10) is None


def test_ids_are_sequential_and_views_refresh(nlp) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(nlp)
    assert [a.id for a in ctx.actors] == ["actor-1", "actor-2", "actor-3", "actor-4"]
    assert ctx.new_id("quote") == "quote-4"
    before = ctx.quotes
    ctx._add([Quote(id="quote-9", style="direct", content=[ctx.span(0, 3)])])
    assert len(ctx.quotes) == len(before) + 1
