"""Finding article text quoted in the free-text notes of annotation files.

Annotation files hold offsets and a hash, never the article (PolNeAR's licence
is unclear), but annotators explain their calls in ``note`` strings, and a
note that quotes the sentence it is about copies the article into the
repository. Notes refer to the text by offsets instead: ``[123-160]`` stands
for ``text[123:160]``. This module finds runs of article words in a note (for
``evaluate-events --check``) and picks which occurrence of a run a reference
should point at (for ``scripts/scrub_annotation_notes.py``).

Matching is on lower-cased words, so punctuation, whitespace and straight or
curly quote marks do not hide a copied passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "NOTE_KEYS",
    "REFERENCE",
    "ArticleWords",
    "Word",
    "iter_notes",
    "note_words",
    "quoted_runs",
    "reference",
]

#: A reference to the article in a note: ``[start-end]`` is ``text[start:end]``.
REFERENCE = re.compile(r"\[(\d+)-(\d+)\]")
#: The free-text keys of an annotation file (at the top, on actors, on events).
NOTE_KEYS = ("note",)

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


@dataclass(frozen=True)
class Word:
    """A lower-cased word and its character span; ``segment`` separates text between references."""

    form: str
    start: int
    end: int
    segment: int = 0


def _words(text: str, offset: int = 0, segment: int = 0) -> list[Word]:
    return [
        Word(
            m.group().lower().replace("\u2019", "'"), offset + m.start(), offset + m.end(), segment
        )
        for m in _WORD.finditer(text)
    ]


def note_words(note: str) -> list[Word]:
    """The words of a note outside its ``[start-end]`` references (their digits are no words)."""
    found: list[Word] = []
    position = 0
    for segment, ref in enumerate(REFERENCE.finditer(note)):
        found += _words(note[position : ref.start()], position, segment)
        position = ref.end()
    found += _words(note[position:], position, len(REFERENCE.findall(note)))
    return found


def reference(start: int, end: int) -> str:
    """The notation a note uses for ``text[start:end]``."""
    return f"[{start}-{end}]"


@dataclass
class ArticleWords:
    """An article's words, indexed by form to find where a run of a note's words occurs."""

    text: str
    words: list[Word] = field(init=False)
    _at: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.words = _words(self.text)
        self._at = {}
        for i, word in enumerate(self.words):
            self._at.setdefault(word.form, []).append(i)

    def occurrences(self, forms: Sequence[str]) -> list[tuple[int, int]]:
        """Character spans (first word's start, last word's end) where ``forms`` occur in a row."""
        if not forms:
            return []
        n = len(forms)
        spans = []
        for i in self._at.get(forms[0], []):
            if [w.form for w in self.words[i : i + n]] == list(forms):
                spans.append((self.words[i].start, self.words[i + n - 1].end))
        return spans

    def longest_from(self, forms: Sequence[str]) -> int:
        """How many of ``forms``, from the first, occur in a row somewhere in the article."""
        best = 0
        for i in self._at.get(forms[0], []) if forms else []:
            n = 0
            while n < len(forms) and i + n < len(self.words) and self.words[i + n].form == forms[n]:
                n += 1
            best = max(best, n)
        return best


def runs(words: Sequence[Word], article: ArticleWords, min_words: int) -> list[tuple[int, int]]:
    """Maximal runs ``(i, j)`` of ``words[i:j]`` found in the article, ``j - i >= min_words``.

    Greedy from the left: a run takes as many words as still occur in a row,
    and never crosses a reference (the text on either side is not contiguous).
    """
    found = []
    i = 0
    while i < len(words):
        j = i + 1
        while j < len(words) and words[j].segment == words[i].segment:
            j += 1
        length = article.longest_from([w.form for w in words[i:j]])
        if length >= min_words:
            found.append((i, i + length))
            i += length
        else:
            i += 1
    return found


def quoted_runs(note: str, article: ArticleWords, min_words: int) -> list[tuple[int, int]]:
    """Article spans of the runs of ``min_words``+ article words a note quotes (first occurrence)."""
    words = note_words(note)
    spans = []
    for i, j in runs(words, article, min_words):
        spans.append(article.occurrences([w.form for w in words[i:j]])[0])
    return spans


def iter_notes(data: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    """``(where, owner, key)`` of every note string of an annotation object.

    ``where`` names the item (``actors[2] 'clinton'``, ``events[5]``, ``file``);
    ``owner[key]`` is the note, so a caller can rewrite it in place.
    """
    if not isinstance(data, dict):
        return
    for key in NOTE_KEYS:
        if isinstance(data.get(key), str):
            yield "file", data, key
    for kind in ("actors", "events"):
        items = data.get(kind)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            label = f"{kind}[{index}]" + (f" {item['id']!r}" if "id" in item else "")
            for key in NOTE_KEYS:
                if isinstance(item.get(key), str):
                    yield label, item, key
