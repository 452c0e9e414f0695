"""The events plugin's span index answers as a scan of every span would (session 21: it
became a tree of greatest ends for linear time; these properties keep its answers)."""

from __future__ import annotations

from types import SimpleNamespace as Fake

from hypothesis import given, settings
from hypothesis import strategies as st
from newsextract_events.linking import SpanIndex

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30), st.integers(0, 6)), max_size=25)


def _index(spans: list[tuple[int, int, int]]) -> tuple[SpanIndex, list[tuple[int, int, str]]]:
    items = [(Fake(start=a, end=a + n), f"r{r}") for a, n, r in spans]
    return SpanIndex(items), sorted((a, a + n, f"r{r}") for a, n, r in spans if n > 0)  # type: ignore[arg-type]


def _scanned(entries: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    """The answer by a scan: ids of the spans overlapping [start, end), in text order, once."""
    out: list[str] = []
    for s, e, rid in entries:
        if s < end and start < e and rid not in out:
            out.append(rid)
    return out


@settings(max_examples=200, deadline=None)
@given(_SPANS, st.integers(-5, 100), st.integers(0, 20))
def test_overlapping_answers_as_a_scan(
    spans: list[tuple[int, int, int]], start: int, width: int
) -> None:
    index, entries = _index(spans)
    assert index.overlapping(start, start + width) == _scanned(entries, start, start + width)


@settings(max_examples=200, deadline=None)
@given(_SPANS, st.integers(-5, 100))
def test_containing_answers_as_a_scan(spans: list[tuple[int, int, int]], position: int) -> None:
    index, entries = _index(spans)
    assert index.containing(position) == bool(_scanned(entries, position, position + 1))
