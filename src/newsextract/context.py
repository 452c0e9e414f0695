"""What an extractor sees: the parsed document and everything found so far.

One :class:`ExtractionContext` is made per document and handed to every hook.
It is the plugin author's toolbox: it builds grounded spans, hands out
deterministic ids, and answers "which actor is this?" for any stretch of text,
so extractors do not each re-implement (and get wrong) offsets and look-ups.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .dateline import dateline_spans
from .layout import headline_span, lead_span, paragraph_spans
from .records import Actor, Allegation, Event, Quote, Record, Span
from .settings import PluginSettings, settings_for

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


class _HasChars(Protocol):
    @property
    def start_char(self) -> int: ...

    @property
    def end_char(self) -> int: ...


__all__ = ["ExtractionContext", "paragraph_spans"]

_R = TypeVar("_R", bound=Record)


class ExtractionContext:
    """The document under extraction and the records accepted so far."""

    def __init__(
        self,
        doc: Doc,
        *,
        published: dt.date | None = None,
        doc_id: str | None = None,
        settings: PluginSettings | None = None,
    ) -> None:
        self.doc = doc
        self._settings: PluginSettings = settings or {}
        #: The article exactly as the caller gave it; every offset refers to it.
        self.text: str = doc.text
        self.published = published
        self.doc_id = doc_id
        self.warnings: list[str] = []
        self._records: dict[str, list[Record]] = defaultdict(list)
        self._by_id: dict[str, Record] = {}
        self._counters: dict[str, int] = defaultdict(int)
        self._mention_starts: list[int] = []
        self._mentions: list[tuple[int, int, str]] = []
        self._max_mention = 0
        self._index_dirty = False
        self._views: dict[str, tuple[Record, ...]] = {}
        self._quote_spans: tuple[list[int], list[tuple[int, int, Quote]], list[int]] | None = None

    # -- what has been found ---------------------------------------------------
    @property
    def actors(self) -> tuple[Actor, ...]:
        return self._typed("actors", Actor)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self._typed("quotes", Quote)

    @property
    def allegations(self) -> tuple[Allegation, ...]:
        return self._typed("allegations", Allegation)

    @property
    def events(self) -> tuple[Event, ...]:
        return self._typed("events", Event)

    def _typed(self, key: str, cls: type[_R]) -> tuple[_R, ...]:
        # cached until the next stage adds records: plugins may read these in loops
        cached = self._views.get(key)
        if cached is None:
            cached = tuple(r for r in self._records.get(key, ()) if isinstance(r, cls))
            self._views[key] = cached
        return cached  # type: ignore[return-value]

    def records(self, key: str) -> tuple[Record, ...]:
        """Records of any kind by JSON key (``"quotes"``, or a plugin's own key)."""
        return tuple(self._records.get(key, ()))

    def get(self, record_id: str | None) -> Record | None:
        return self._by_id.get(record_id) if record_id is not None else None

    def actor(self, actor_id: str | None) -> Actor | None:
        record = self.get(actor_id)
        return record if isinstance(record, Actor) else None

    @property
    def ids(self) -> set[str]:
        return set(self._by_id)

    def has_id(self, record_id: str) -> bool:
        return record_id in self._by_id

    # -- building records --------------------------------------------------------
    def new_id(self, kind: str) -> str:
        """A fresh id such as ``"quote-3"``: deterministic for the same input."""
        while True:
            self._counters[kind] += 1
            candidate = f"{kind}-{self._counters[kind]}"
            if candidate not in self._by_id:
                return candidate

    def span(self, start: int, end: int) -> Span:
        """The grounded span of ``text[start:end]``."""
        return Span.of(self.text, start, end)

    def span_of(self, obj: _HasChars | object) -> Span:
        """The span of a spaCy ``Span`` or ``Token``."""
        start = getattr(obj, "start_char", None)
        if start is None:
            start = getattr(obj, "idx")  # noqa: B009 - Token has idx, not start_char
            end = start + len(getattr(obj, "text"))  # noqa: B009
        else:
            end = getattr(obj, "end_char")  # noqa: B009
        return Span.of(self.text, start, end)

    def settings(self, plugin: str) -> Mapping[str, Any]:
        """The settings the user gave for ``plugin`` (read-only; empty if none)."""
        return settings_for(self._settings, plugin)

    # -- the article's layout ------------------------------------------------------
    @functools.cached_property
    def headline(self) -> Span | None:
        """The headline (a short first line followed by a body), in any casing."""
        found = headline_span(self.text)
        return self.span(*found) if found else None

    @functools.cached_property
    def lead(self) -> Span | None:
        """The lead: the first paragraph after the headline, or the first paragraph."""
        found = lead_span(self.text)
        return self.span(*found) if found else None

    @functools.cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of every paragraph (each non-blank line, blanks trimmed), in order.

        Computed once per document: date passes count paragraphs between an
        occasion and its acts, and every plugin should count them the same way.
        """
        return paragraph_spans(self.text)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        """The first token of each token's sentence, read once from the parse: spaCy's
        ``token.sent`` walks the sentence on every call, quadratic in a long sentence
        with many events."""
        starts = [0] * len(self.doc)
        for sent in self.doc.sents:
            for i in range(sent.start, sent.end):
                starts[i] = sent.start
        return starts

    def sentence_start(self, token_index: int) -> int:
        """The index of the first token of the sentence holding token ``token_index``, in O(1)
        (the sentence of :attr:`doc`, as ``doc[token_index].sent.start``)."""
        return self._sentence_starts[token_index]

    @functools.cached_property
    def _sentences(self) -> dict[int, SpacySpan]:
        """The parse's sentences by their first token, read once (see :meth:`sentence`)."""
        return {sent.start: sent for sent in self.doc.sents}

    def sentence(self, token_index: int) -> SpacySpan:
        """The sentence of :attr:`doc` holding token ``token_index`` (as
        ``doc[token_index].sent``), in O(1): ``token.sent`` walks the whole sentence on every
        call, so asking it for every event of a run-on sentence was quadratic."""
        return self._sentences[self._sentence_starts[token_index]]

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    def paragraph_index(self, offset: int) -> int:
        """The index in :attr:`paragraphs` of the paragraph holding ``offset`` (or the last
        one before it; ``-1`` before the first), in O(log n): to tell how many paragraphs
        lie between two offsets."""
        return bisect.bisect_right(self._paragraph_starts, offset) - 1

    @functools.cached_property
    def datelines(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each wire dateline opening a paragraph ("WASHINGTON (AP) —",
        "NEW YORK —", "FLINT, Mich., Oct. 4 (UPI) --"), from the place to the dash.

        A dateline names where the story was filed, not an actor nor a subject;
        plugins used to detect it each in their own way (see
        :func:`newsextract.dateline.dateline_spans`).
        """
        return dateline_spans(self.text, self.paragraphs)

    def in_dateline(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one of :attr:`datelines`, in O(log n)."""
        spans = self.datelines
        index = bisect.bisect_right(spans, (start, len(self.text) + 1)) - 1
        return index >= 0 and spans[index][0] <= start and end <= spans[index][1]

    def warn(self, message: str) -> None:
        """Attach a warning to the extraction (shown in ``meta.warnings``)."""
        if message not in self.warnings:
            self.warnings.append(message)

    # -- looking actors up by position --------------------------------------------
    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)``, best overlap first.

        Ties go to the shorter mention (the more specific one). Runs in
        O(log n + k) for k mentions near the range.
        """
        if not self._mentions or end <= start:
            return None
        self._ensure_index()
        hi = bisect.bisect_left(self._mention_starts, end)
        lo = bisect.bisect_left(self._mention_starts, start - self._max_mention)
        best: tuple[int, int, str] | None = None
        best_key = (0, 0)
        for m_start, m_end, actor_id in self._mentions[lo:hi]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0:
                continue
            key = (overlap, -(m_end - m_start))
            if best is None or key > best_key:
                best, best_key = (m_start, m_end, actor_id), key
        return self.actor(best[2]) if best else None

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """Every actor with a mention overlapping ``[start, end)``, in order of first such mention."""
        if not self._mentions or end <= start:
            return []
        self._ensure_index()
        hi = bisect.bisect_left(self._mention_starts, end)
        lo = bisect.bisect_left(self._mention_starts, start - self._max_mention)
        seen: dict[str, Actor] = {}
        for m_start, m_end, actor_id in self._mentions[lo:hi]:
            if min(end, m_end) > max(start, m_start) and actor_id not in seen:
                actor = self.actor(actor_id)
                if actor is not None:
                    seen[actor_id] = actor
        return list(seen.values())

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose content covers the character at ``offset`` (the innermost one)."""
        starts, spans, max_end = self._quote_index()
        best: tuple[int, Quote] | None = None
        index = bisect.bisect_right(starts, offset) - 1
        # walk left only while some earlier span still reaches past offset
        while index >= 0 and max_end[index] > offset:
            start, end, quote = spans[index]
            if start <= offset < end and (best is None or end - start < best[0]):
                best = (end - start, quote)
            index -= 1
        return best[1] if best else None

    def _quote_index(self) -> tuple[list[int], list[tuple[int, int, Quote]], list[int]]:
        cached = self._quote_spans
        if cached is None:
            spans = sorted(
                ((span.start, span.end, q) for q in self.quotes for span in q.content),
                key=lambda item: (item[0], item[1]),
            )
            max_end: list[int] = []
            for _, end, _ in spans:
                max_end.append(max(end, max_end[-1]) if max_end else end)
            cached = ([s for s, _, _ in spans], spans, max_end)
            self._quote_spans = cached
        return cached

    def actor_of(self, obj: _HasChars | object) -> Actor | None:
        """The actor mentioned by a spaCy ``Span`` or ``Token``, if any."""
        span = self.span_of(obj)
        return self.actor_at(span.start, span.end)

    # -- used by the pipeline ----------------------------------------------------------
    def _add(self, records: list[Record]) -> None:
        self._views.clear()
        self._quote_spans = None
        for record in records:
            self._records[record.key].append(record)
            self._by_id[record.id] = record
            if isinstance(record, Actor):
                for mention in record.mentions:
                    self._mentions.append((mention.start, mention.end, record.id))
                    self._max_mention = max(self._max_mention, mention.end - mention.start)
                self._index_dirty = True

    def _ensure_index(self) -> None:
        # Sorted once per stage rather than on every insert: keeps adding n
        # mentions O(n log n) instead of O(n^2).
        if self._index_dirty:
            self._mentions.sort()
            self._mention_starts = [m[0] for m in self._mentions]
            self._index_dirty = False
