"""Parsing curly-apostrophe contractions as if they were written with straight ones.

Most PolNeAR articles write contractions and possessives with U+2019
("She’s", "doesn’t", "They’re", "Clinton’s"). spaCy's small English model
and its lemmatizer learnt them with the ASCII apostrophe: with the curly one
``’s`` gets the lemma ``’`` instead of ``be``, ``n’t`` is tagged NN with the
lemma ``n’t`` instead of RB ``not``, and ``’re``/``’ve``/``’m``/``’ll`` keep
themselves as lemmas. Every rule keyed on the copula, on negation or on
"have" misses those sentences.

:func:`straighten` returns a copy of the text, of the same length, in which
each U+2019 between two word characters (a letter or digit before, a letter
after: the apostrophe of a contraction, a possessive or a name like O’Brien)
is replaced by ``'``. A right single quotation mark anywhere else (closing a
quotation, after a plural possessive "students’") is left alone: the quotes
plugin reads it as a quotation mark. The copy is parsed instead of the
original and the Doc is restored onto the original text (see
:func:`newsextract.truecase.restore`), so token texts and offsets stay the
original's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .truecase import keep_tokenisation

__all__ = ["CURLY", "straighten"]

#: The right single quotation mark, used as an apostrophe by most news sites.
CURLY = "\u2019"
#: A curly apostrophe inside a word: a letter or digit before, a letter after.
_INNER = re.compile(r"(?<=[^\W_])\u2019(?=[^\W\d_])")


def straighten(text: str, same_tokens: Callable[[str, str], bool] | None = None) -> str | None:
    """``text`` with its in-word curly apostrophes made ASCII, or ``None`` if there are none.

    One character for one, so every offset is valid in both texts.
    ``same_tokens(original, changed)``, if given, is asked about each changed
    whitespace-separated chunk; a chunk the tokenizer would split differently
    is left as it was, so the Doc keeps the tokens of the original text.
    """
    if CURLY not in text:
        return None
    changed = [m.start() for m in _INNER.finditer(text)]
    if not changed:
        return None
    chars = list(text)
    for position in changed:
        chars[position] = "'"
    result = "".join(chars)
    if same_tokens is not None:
        result = keep_tokenisation(text, result, changed, same_tokens)
    return result if result != text else None
