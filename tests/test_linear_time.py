"""Adversarial repetitive input: cost per character must not grow with the length.

Quadratic scans and backtracking regular expressions show up as a cost per
character that grows when the same pattern is repeated more often. CPU time of
this process (not wall time) is compared between a short and an eight times
longer text of the same pattern, so other load on the machine matters little;
the bound is loose (3x per character) because it guards against n^2, not
against noise. Only the extraction is timed: spaCy's own parse is not ours to
bound (it is itself superlinear on some degenerate inputs, such as thousands
of quotation marks in one "sentence").
"""

from __future__ import annotations

import time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsextract import Document

PIECES = [
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "``",
    "''",
    " said ",
    " Mr. ",
    "Obama",
    " he ",
    ",",
    ".",
    " ",
    "\n\n",
    " accused ",
    " of ",
    "(",
    ")",
    " and ",
    "--",
    ":",
    " 2023-02-28 ",
    "Kyiv's",
]


def cpu_seconds_per_char(pipeline, text: str) -> float:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(text)
    start = time.process_time()
    pipeline._extract_doc(doc, Document(text=text))
    return (time.process_time() - start) / len(text)


@settings(max_examples=5, deadline=None)
@example(unit=' he said "yes" ')  # nested reported clauses: once quadratic in the quotes plugin
@example(unit=" said ")
@example(unit=' accused --"’')  # hundreds of "accused" on one head: once quadratic in allegations
@example(unit="Russia attacked Ukraine and ")  # one coordinated sentence, one event per clause
@example(unit="Smith accused Jones of lying and ")  # one allegation per clause
@given(unit=st.lists(st.sampled_from(PIECES), min_size=3, max_size=12).map("".join))
def test_cost_per_character_stays_bounded(pipeline, unit: str) -> None:  # type: ignore[no-untyped-def]
    short = unit * max(1, 1000 // len(unit))
    long = short * 8
    cpu_seconds_per_char(pipeline, short)  # warm caches for this pattern
    # the best of two runs on each side: load on a shared machine only ever adds time
    small = min(cpu_seconds_per_char(pipeline, short) for _ in range(2))
    large = min(cpu_seconds_per_char(pipeline, long) for _ in range(2))
    assert large <= 3 * small + 2e-5, (unit, small, large)


def test_a_long_verb_coordination_costs_linear_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A run-on of coordinated clauses, each verb a conjunct of the one before: the events'
    shared-object rule once read the whole coordination for every verb (50 s of extraction
    for 2,000 clauses). The random units above rarely build such a chain, and their additive
    slack hides a quadratic term this short, so this one is timed at two lengths."""

    def cpu(clauses: int) -> float:
        text = " ".join(
            ["Officials said that the talks", *["and the ministers met again"] * clauses]
        )
        return min(cpu_seconds_per_char(pipeline, text) for _ in range(2)) * len(text)

    cpu(20)  # warm caches
    small, large = cpu(125), cpu(1000)
    assert large <= 3 * 8 * small, (small, large)


def test_a_coordination_of_events_costs_linear_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    """One sentence of coordinated clauses, each an event ("Russia attacked Ukraine and ...",
    every verb a conjunct of the first): the events' date, modality and poll checks asked the
    first verb's children (``timing._with_settings``, ``modality._for_to``,
    ``triggers._share_subject``) or walked the sentence (``token.sent``) for every event,
    quadratic in the sentence (7.6 s of extraction for 2,000 clauses; 34x the time for 8x the
    clauses here). The coordination above has no event and does not reach them."""

    def cpu(clauses: int) -> float:
        text = "Russia attacked Ukraine and " * clauses + "Belarus criticised Poland."
        return min(cpu_seconds_per_char(pipeline, text) for _ in range(2)) * len(text)

    cpu(20)  # warm caches
    small, large = cpu(125), cpu(1000)
    assert large <= 3 * 8 * small, (small, large)


def test_allegations_inside_one_long_quote_cost_linear_time() -> None:
    """An allegation's speaker is the innermost quote around its cue; one quote content
    covering a whole run-on sentence of cues ("Smith denied the claims and ..." repeated)
    made every lookup walk back through every content span to it, quadratic in the cues
    (the old code: ~60x the time for 8x the lookups). Timed on the index alone: the rest
    of the pipeline on that sentence is slower than this term."""
    from types import SimpleNamespace as Fake

    from newsextract_allegations.embedded import QuoteIndex

    def cpu(cues: int) -> float:
        quotes = [Fake(content=[Fake(start=0, end=10 * cues)])]
        quotes += [Fake(content=[Fake(start=10 * k, end=10 * k + 5)]) for k in range(cues)]
        start = time.process_time()
        index = QuoteIndex(quotes)  # type: ignore[arg-type]
        found = [index.quote_at(10 * k + 7) for k in range(cues)]
        assert all(quote is quotes[0] for quote in found)
        return time.process_time() - start

    cpu(50)  # warm caches
    small = min(cpu(1000) for _ in range(3))
    large = min(cpu(8000) for _ in range(2))
    assert large <= 3 * 8 * small, (small, large)


def test_event_links_to_one_long_claim_cost_linear_time() -> None:
    """Events find the quote or allegation cues and claims around their triggers; one claim
    covering a run-on sentence of cues made every look-up scan every span after its start
    (the old window: ~60x the time for 8x the look-ups). Timed on the index alone."""
    from types import SimpleNamespace as Fake

    from newsextract_events.linking import SpanIndex

    def cpu(cues: int) -> float:
        spans = [(Fake(start=0, end=10 * cues), "claim")]
        spans += [(Fake(start=10 * k, end=10 * k + 5), f"cue{k}") for k in range(cues)]
        start = time.process_time()
        index = SpanIndex(spans)  # type: ignore[arg-type]
        found = [index.overlapping(10 * k + 1, 10 * k + 3) for k in range(cues)]
        assert found[-1] == ["claim", f"cue{cues - 1}"]
        return time.process_time() - start

    cpu(50)  # warm caches
    small = min(cpu(1000) for _ in range(3))
    large = min(cpu(8000) for _ in range(2))
    assert large <= 3 * 8 * small, (small, large)


def test_nested_claims_cost_linear_time() -> None:
    """A run-on sentence of allegations ("Smith denied the claims and ..." repeated) nests
    every claim in the one before; asking whether a trigger lies in a claim once listed all
    of them (the events plugin: ~65x the time for 8x the clauses). Timed on the index alone."""
    from types import SimpleNamespace as Fake

    from newsextract_events.linking import SpanIndex

    def cpu(claims: int) -> float:
        spans = [(Fake(start=10 * k, end=10 * claims), f"claim{k}") for k in range(claims)]
        start = time.process_time()
        index = SpanIndex(spans)  # type: ignore[arg-type]
        assert all(index.containing(10 * k + 1) for k in range(claims))
        return time.process_time() - start

    cpu(50)  # warm caches
    small = min(cpu(1000) for _ in range(3))
    large = min(cpu(8000) for _ in range(2))
    assert large <= 3 * 8 * small, (small, large)


def test_many_place_subjects_cost_linear_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    """One sentence after another whose subject is a place name ("Russia attacked Ukraine."):
    each such subject is checked against the wire datelines, and that check once rebuilt the
    whole text (``Doc.text``) per subject - 100 s of extraction for a 200 KB article."""

    def cpu(sentences: int) -> float:
        text = " ".join(["Russia attacked Ukraine."] * sentences)
        return min(cpu_seconds_per_char(pipeline, text) for _ in range(2)) * len(text)

    cpu(20)  # warm caches
    small, large = cpu(250), cpu(2000)
    assert large <= 3 * 8 * small, (small, large)


def test_many_pronouns_in_one_sentence_cost_linear_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Session 20: one sentence with hundreds of "its" after a thing subject, and one quoted
    sentence with hundreds of a candidate's "we". The resolver once read the tokens between
    the subject and each "its" (``Resolver._thing_subject``), and the "we" rules the whole
    sentence's words per "we" (``pronouns._campaign_talk``): quadratic in the sentence."""
    body = "The Meridian Foundation opened an office. The new grant program drew criticism "
    race = "Senator Tom Harper opened an office. The Harper campaign hired ten staffers. “"

    def cpu(text: str) -> float:
        return min(cpu_seconds_per_char(pipeline, text) for _ in range(2)) * len(text)

    def its(n: int) -> str:
        return body + ", ".join(["with its start"] * n) + "."

    def we(n: int) -> str:
        return race + ", and ".join(["we gained delegates in the polls"] * n) + ",” Harper said."

    for text in (its, we):
        cpu(text(20))  # warm caches
        small, large = cpu(text(125)), cpu(text(1000))
        assert large <= 3 * 8 * small, (text.__name__, small, large)
