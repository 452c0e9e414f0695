"""Parsing long texts in pieces, so memory stays bounded by the piece, not the text.

spaCy's parser and entity recogniser need memory roughly proportional to the
length of the text they are given at once (over 10 GB for 5 MB of text). A
text longer than ``chunk_chars`` is therefore cut at paragraph (else line,
sentence, word) boundaries into pieces, the pieces are parsed with
``nlp.pipe``, and the parses are joined with ``Doc.from_docs`` into one Doc
whose text is exactly the original, so every offset stays valid. Cutting at a
paragraph break changes nothing a news extractor reads; a sentence is never cut
unless a single paragraph is longer than a piece.

Title-case headline lines are parsed as if written in sentence case (see
:mod:`newsextract.truecase`): the text given to spaCy is a truecased copy of
the same length, and the Doc returned carries the original text. The same
copy has its in-word curly apostrophes straightened (see
:mod:`newsextract.apostrophes`), so "She’s" and "doesn’t" parse and lemmatise
like "She's" and "doesn't".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .apostrophes import straighten
from .truecase import restore, truecase

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_CHUNK_CHARS", "chunk_bounds", "parse", "parse_many"]

#: Longest text parsed in one piece (about 15,000 words).
DEFAULT_CHUNK_CHARS = 100_000
_SEPARATORS = ("\n\n", "\n", ". ", " ")


def chunk_bounds(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces covering ``text``, each at most ``size`` long.

    A cut goes just after the last separator in the second half of the window,
    trying paragraph breaks first; linear in the length of the text.
    """
    start, length = 0, len(text)
    while length - start > size:
        end = start + size
        cut = -1
        for separator in _SEPARATORS:
            found = text.rfind(separator, start + size // 2, end - len(separator) + 1)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = end
        yield start, cut
        start = cut
    yield start, length


def _same_tokens(nlp: Language) -> Callable[[str, str], bool]:
    def same(original: str, changed: str) -> bool:
        return [len(t) for t in nlp.tokenizer(original)] == [len(t) for t in nlp.tokenizer(changed)]

    return same


def _cased(nlp: Language, text: str, truecase_headlines: bool) -> str | None:
    """The text to parse instead of ``text``, or ``None`` if it is ``text`` itself.

    Same length as ``text``: in-word curly apostrophes straightened, and (if
    ``truecase_headlines``) title-case headlines in sentence case.
    """
    same_tokens = _same_tokens(nlp)
    straight = straighten(text, same_tokens)
    base = straight if straight is not None else text
    cased = truecase(base, same_tokens) if truecase_headlines else None
    return cased if cased is not None else straight


def _restored(nlp: Language, doc: Doc, text: str, cased: str, chunk_chars: int) -> Doc:
    """``doc`` (the parse of ``cased``) as a Doc of ``text``; else a plain parse of ``text``."""
    restored = restore(doc, text, cased)
    return restored if restored is not None else _parse_plain(nlp, text, chunk_chars)


def _parse_plain(nlp: Language, text: str, chunk_chars: int) -> Doc:
    if len(text) <= chunk_chars:
        return nlp(text)
    from spacy.tokens import Doc

    pieces = [text[a:b] for a, b in chunk_bounds(text, chunk_chars)]
    # batch_size=1: nlp.pipe would otherwise parse many pieces as one batch,
    # and the parser's working memory is that of the whole batch
    doc: Doc = Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)
    return doc


def parse(
    nlp: Language,
    text: str,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    *,
    truecase_headlines: bool = True,
) -> Doc:
    """One Doc for ``text``, parsed in pieces if it is long, title-case headlines in sentence case."""
    cased = _cased(nlp, text, truecase_headlines)
    if cased is None:
        return _parse_plain(nlp, text, chunk_chars)
    return _restored(nlp, _parse_plain(nlp, cased, chunk_chars), text, cased, chunk_chars)


def parse_many(
    nlp: Language,
    texts: Iterable[str],
    batch_size: int,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    *,
    truecase_headlines: bool = True,
) -> Iterator[Doc]:
    """Docs for ``texts`` in order: short ones batched through ``nlp.pipe``, long ones in pieces."""
    items = list(texts)
    # long texts are truecased by parse() below
    cased = [_cased(nlp, t, truecase_headlines) if len(t) <= chunk_chars else None for t in items]
    short = iter(
        nlp.pipe(
            (c or t for t, c in zip(items, cased, strict=True) if len(t) <= chunk_chars),
            batch_size=batch_size,
        )
    )
    for text, changed in zip(items, cased, strict=True):
        if len(text) > chunk_chars:
            yield parse(nlp, text, chunk_chars, truecase_headlines=truecase_headlines)
        elif changed is None:
            yield next(short)
        else:
            yield _restored(nlp, next(short), text, changed, chunk_chars)
