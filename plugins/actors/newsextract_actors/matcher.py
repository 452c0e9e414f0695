"""Gazetteer matching on tokens: names the small NER model misses or mislabels.

One spaCy ``PhraseMatcher`` per vocabulary (and set of user dictionary files),
built on first use and kept for the process, so the cost per document is a single linear pass over its tokens.
Patterns are tokenised with spaCy's own English tokenizer rather than split on
spaces, so "Agence France-Presse" or "People's Daily" match however the
pipeline's tokenizer cut them. Matching is on ``ORTH`` (case-sensitive): "AP"
is an agency, "ap" is not.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from . import gazetteer
from .countries import all_country_names
from .dictionary import current_files, load_entries

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

GazetteerKind = Literal[
    "user", "country", "capital", "seat", "media", "international", "body", "party", "industry"
]

_LABELS: Final[tuple[GazetteerKind, ...]] = (
    "user",
    "country",
    "capital",
    "seat",
    "media",
    "international",
    "body",
    "party",
    "industry",
)


@dataclass(frozen=True)
class GazetteerHit:
    """A token range ``[start, end)`` of the doc naming something in a gazetteer."""

    start: int
    end: int
    kind: GazetteerKind
    canonical: str


def _phrases() -> dict[GazetteerKind, dict[str, str]]:
    """Surface form -> canonical name, per gazetteer kind."""
    out: dict[GazetteerKind, dict[str, str]] = {kind: {} for kind in _LABELS}
    for entry in load_entries():
        for name in entry.names:
            out["user"][name] = entry.canonical
    for name in all_country_names():
        out["country"][name] = name
    for places in gazetteer.CAPITALS.values():
        for place in places:
            out["capital"][place] = place
    for places in gazetteer.SEATS.values():
        for place in places:
            out["seat"][place] = place
    for canonical, names in gazetteer.MEDIA.items():
        for name in names:
            out["media"][name] = canonical
    for canonical, names in gazetteer.INTERNATIONAL.items():
        for name in names:
            out["international"][name] = canonical
    for canonical, names in gazetteer.PARTIES.items():
        for name in names:
            out["party"][name] = canonical
    for canonical, names in gazetteer.INDUSTRY_STREETS.items():
        for name in names:
            out["industry"][name] = canonical
    for name in gazetteer.NATIONAL_BODIES:
        out["body"][name] = name
    # House styles that dot acronyms ("C.I.A.", "F.B.I.") name the same bodies.
    dotted: tuple[GazetteerKind, ...] = ("media", "international", "body")
    for kind in dotted:
        table = out[kind]
        for name, canonical in list(table.items()):
            if 2 <= len(name) <= 5 and name.isalpha() and name.isupper():
                table.setdefault(".".join(name) + ".", canonical)
    return out


class _Gazetteer:
    def __init__(self, vocab: Vocab) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        tokenizer = spacy.blank("en").tokenizer
        self.vocab = vocab
        self.matcher: PhraseMatcher = PhraseMatcher(vocab, attr="ORTH")
        self.canonical: dict[tuple[str, str], str] = {}
        for kind, phrases in _phrases().items():
            patterns = []
            for surface, canonical in phrases.items():
                tokens = tokenizer(surface)
                words = [t.text for t in tokens]
                spaces = [bool(t.whitespace_) for t in tokens]
                patterns.append(Doc(vocab, words=words, spaces=spaces))
                self.canonical[(kind, " ".join(words))] = canonical
            self.matcher.add(kind, patterns)

    def hits(self, doc: Doc) -> Iterator[GazetteerHit]:
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            kind = strings[match_id]
            words = " ".join(t.text for t in doc[start:end])
            canonical = self.canonical.get((kind, words))
            if canonical is not None:
                yield GazetteerHit(start, end, kind, canonical)  # type: ignore[arg-type]


#: Built matchers by vocabulary and the dictionary files in effect.
_CACHE: dict[tuple[int, tuple[str, ...]], _Gazetteer] = {}
_LOCK = threading.Lock()


def gazetteer_hits(doc: Doc) -> list[GazetteerHit]:
    """Every gazetteer match in the doc, in token order (overlaps included)."""
    key = (id(doc.vocab), current_files())
    found = _CACHE.get(key)
    if found is None or found.vocab is not doc.vocab:
        with _LOCK:
            found = _CACHE.get(key)
            if found is None or found.vocab is not doc.vocab:
                found = _Gazetteer(doc.vocab)
                _CACHE[key] = found
    return sorted(found.hits(doc), key=lambda h: (h.start, -h.end, _LABELS.index(h.kind)))


def clear_cache() -> None:
    """Drop the built matchers so the next document rebuilds them (new dictionaries)."""
    with _LOCK:
        _CACHE.clear()
