"""Parsing title-case headlines as if they were written in sentence case.

A news article usually starts with a headline in title case ("Judge Rejects
Trump Bid to Dismiss Lawsuit"). spaCy's small English models read a run of
capitalised words as one proper name: the event verb comes out as a PROPN in a
chain of compounds, and the names around it are mis-bounded, so every
extractor fails on the line that states the article's main event.

The fix is a text-to-text step before the parse and a Doc-to-Doc step after it:

- :func:`truecase` returns a copy of the text, of the same length, in which
  the capitalised words of title-case headline lines that are not names are
  lowercased. Which words are names is decided from the article itself: a
  word the body writes capitalised in mid-sentence and never in lowercase is
  a name and keeps its capital; function words, and words the body writes in
  lowercase (also as another inflection: "Rejects" when the body has
  "rejected"), are lowercased; so are words the body never uses (headline
  verbs and adjectives), but only in the first line: in a later line (a
  subheading) they keep their capital. A capitalised pair the body also
  writes ("White House") and a title before a name ("President Obama") are
  kept, as are the first word of the line and of a sentence inside it,
  all-caps acronyms, words with inner capitals (McCain), abbreviations
  ("Gov."), weekdays and dated months.
- the truecased text is parsed instead of the original (same batching);
- :func:`restore` rebuilds a Doc whose text is exactly the original, with the
  same tokens and every analysis (tags, POS, morphology, lemmas, dependencies,
  sentence starts, entities, span groups, extension data) taken from the
  parse of the truecased text. If the token texts do not line up it returns
  ``None`` and the caller parses the original text instead.

Case changes keep lengths (a character whose lowercase form is longer is left
alone), so every offset is valid in both texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.types import Ints2d

__all__ = ["headline_lines", "keep_tokenisation", "restore", "truecase"]

#: A word: letters, with inner apostrophes (Clinton's, Won't).
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
#: Longest line (in words) other than the first that is treated as a headline.
MAX_HEADLINE_WORDS = 20
#: Fewer words outside title-case lines than this: too little text to tell names apart.
MIN_BODY_WORDS = 20
#: A title-case line has at least this many capitalised content words ...
_MIN_CAPITALISED = 3
#: ... and at most one lowercase content word per this many capitalised ones.
_CAPITALISED_PER_LOWER = 8

#: Words lowercased whatever the body does: articles, prepositions,
#: conjunctions, pronouns, auxiliaries and other closed-class words.
_FUNCTION_WORDS = """
    a an the this that these those some any each every all both either neither no
    and or but nor so yet if than as because while although though unless until
    whether since when where why how what which who whom whose
    of in on at to for from by with without about above below over under into onto
    out off up down upon after before during through throughout against among amid
    amidst between behind beyond despite except inside near outside past per via
    toward towards within across along around beside besides like unlike
    he him his she her hers it its they them their theirs we us our ours you your
    yours me my mine myself himself herself itself themselves ourselves yourself
    be is are was were been being am has have had having do does did done
    will would shall should can could might must not n't
    there here then now just also only even still again ever never more most
    less least very too much many few other another such own same
    says said say tells told asks asked
    don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't
    wasn't weren't hasn't haven't hadn't you're we're they're
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())

#: A capitalised body word preceded by one of these (or by a letter or digit)
#: is mid-sentence; after anything else (line start, sentence end, a quotation
#: mark, a dash) it may be capitalised only because it starts something.
_MID_SENTENCE_AFTER = frozenset(",%$&)")
_SUFFIXES = ("ing", "ies", "ied", "es", "ed", "s", "d", "ly")


def _stem(word: str) -> str:
    """A crude stem, to match inflections: rejects/rejected/rejecting -> reject."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _key(word: str) -> str:
    """The lowercase form a word is looked up under; a possessive 's is dropped."""
    lower = word.lower().replace("\u2019", "'")
    return lower[:-2] if lower.endswith("'s") else lower


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line, without its newline."""
    start, length = 0, len(text)
    while start <= length:
        end = text.find("\n", start)
        if end == -1:
            end = length
        yield start, end
        start = end + 1


def _is_candidate(word: str) -> bool:
    """Capitalised, the rest in lowercase (Xxxx, or the article A): the shape that may be lowercased."""
    if word == "A":
        return True
    return (
        len(word) >= 2
        and word[0].isupper()
        and word[1:].replace("\u2019", "").replace("'", "").islower()
    )


def _is_title_case(words: list[str]) -> bool:
    capitalised = lower = 0
    for word in words:
        if word[0].islower():
            if word in FUNCTION_WORDS:
                continue
            lower += 1
            if lower * _CAPITALISED_PER_LOWER > len(words):
                return False  # cannot be title case any more
        elif word[0].isupper() and _key(word) not in FUNCTION_WORDS:
            capitalised += 1
    return capitalised >= _MIN_CAPITALISED and lower * _CAPITALISED_PER_LOWER <= capitalised


def headline_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the title-case headline lines of ``text``.

    The first non-empty line is a headline if it is in title case; any other
    line is one if it is also short (at most :data:`MAX_HEADLINE_WORDS` words)
    and does not end with a period.
    """
    return [(start, end) for start, end, headline in _title_case_lines(text) if headline]


def _title_case_lines(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, is_headline)`` of every line in title case."""
    found: list[tuple[int, int, bool]] = []
    first = True
    for start, end in _lines(text):
        line = text[start:end].strip()
        if not line:
            continue
        is_first, first = first, False
        words = _WORD.findall(line)
        if _is_title_case(words):
            headline = is_first or (
                len(words) <= MAX_HEADLINE_WORDS and line.rstrip(_CLOSING)[-1:] != "."
            )
            found.append((start, end, headline))
    return found


@dataclass
class _Evidence:
    """How the text outside the headlines writes words (lowercase keys and stems)."""

    lower: set[str] = field(default_factory=set)
    lower_stems: set[str] = field(default_factory=set)
    #: capitalised in mid-sentence (after a letter, digit or comma)
    mid: set[str] = field(default_factory=set)
    mid_stems: set[str] = field(default_factory=set)
    #: capitalised anywhere (also where a sentence or a quotation starts)
    capitalised: set[str] = field(default_factory=set)
    #: pairs of capitalised words next to each other, as written (White House)
    pairs: set[str] = field(default_factory=set)
    words: int = 0


def _body_evidence(text: str, headlines: list[tuple[int, int]]) -> _Evidence:
    evidence = _Evidence()
    skip = iter(headlines)
    current = next(skip, None)
    previous_match: re.Match[str] | None = None
    for match in _WORD.finditer(text):
        position = match.start()
        while current is not None and current[1] < position:
            current = next(skip, None)
        if current is not None and current[0] <= position < current[1]:
            continue
        word = match.group()
        key = _key(word)
        evidence.words += 1
        if word[0].islower():
            evidence.lower.add(key)
            continue
        if not word[0].isupper():
            continue
        if (
            previous_match is not None
            and previous_match.group()[0].isupper()
            and not text[previous_match.end() : position].strip(" ")
        ):
            evidence.pairs.add(text[previous_match.start() : match.end()])
        previous_match = match
        evidence.capitalised.add(key)
        before = position - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        previous = text[before] if before >= 0 else "\n"
        if previous.isalnum() or previous in _MID_SENTENCE_AFTER:
            evidence.mid.add(key)
    evidence.lower_stems = {_stem(key) for key in evidence.lower}
    evidence.mid_stems = {_stem(key) for key in evidence.mid}
    return evidence


def _is_abbreviation(text: str, match: re.Match[str], line_start: int, line_end: int) -> bool:
    """A word followed by a period that neither ends the line nor a sentence (Gov., Sept.)."""
    after = match.end()
    if text[after : after + 1] != ".":
        return False
    rest = after + 1
    while rest < line_end and text[rest] in _CLOSING:
        rest += 1
    if rest == line_end:
        return False  # the line's final period
    return not _period_ends_sentence(text, line_start, after)


_CLOSING = " \t\r\"'\u201d\u2019)]"


def truecase(text: str, same_tokens: Callable[[str, str], bool] | None = None) -> str | None:
    """``text`` with its title-case headlines in sentence case, or ``None`` if nothing changes.

    The result has the same length as ``text`` and differs only in the case of
    some letters. ``same_tokens(original, changed)``, if given, is asked about
    each changed whitespace-separated chunk; a chunk whose tokens would differ
    is left as it was.
    """
    title_lines = _title_case_lines(text)
    headlines = [(start, end) for start, end, headline in title_lines if headline]
    if not headlines:
        return None
    # title-case lines say nothing about which words are names
    evidence = _body_evidence(text, [(start, end) for start, end, _ in title_lines])
    if evidence.words < MIN_BODY_WORDS:
        return None  # no article body to tell names from common words
    first_start = len(text) - len(text.lstrip())
    lowered: list[int] = []
    for start, end in headlines:
        lowered.extend(_lowered_in_line(text, start, end, evidence, unseen=start <= first_start))
    if not lowered:
        return None
    chars = list(text)
    for position in lowered:
        chars[position] = chars[position].lower()
    result = "".join(chars)
    if same_tokens is not None:
        result = keep_tokenisation(text, result, lowered, same_tokens)
    return result if result != text else None


def _lowered_in_line(
    text: str, start: int, end: int, evidence: _Evidence, *, unseen: bool
) -> list[int]:
    """Positions of the capitals to lowercase in one headline line.

    ``unseen``: lowercase words the body never uses (in the first line, whose
    names the article body repeats); elsewhere they keep their capital.
    """
    words = list(_WORD.finditer(text, start, end))
    keep = [False] * len(words)
    for i, match in enumerate(words):
        word = match.group()
        key = _key(word)
        if (
            i == 0
            or not _is_candidate(word)
            or (word[0] == "I" and word[1:2] in _APOSTROPHES)  # I'm, I've
            or text[match.start() - 1] not in _BEFORE_WORD  # Q&A, AT&T
            or _starts_sentence(text, start, match.start())
            or _is_abbreviation(text, match, start, end)
            or key in _DAYS
            or (key in _MONTHS and text[match.end() : match.end() + 2].strip()[:1].isdigit())
        ):
            keep[i] = True
        elif key in FUNCTION_WORDS or key in evidence.lower:
            continue
        elif key in evidence.mid:
            keep[i] = True  # a name: capitalised mid-sentence, never lowercase
        elif _stem(key) in evidence.lower_stems:
            continue  # another inflection is written in lowercase: rejects / rejected
        elif key in evidence.capitalised or _stem(key) in evidence.mid_stems:
            keep[i] = True  # capitalised only where something starts; Democrat(s)
        else:
            keep[i] = not unseen
    for i in range(len(words) - 1):
        # a capitalised pair the body also writes (White House, Black Caucus)
        a, b = words[i], words[i + 1]
        if (
            text[a.start() : b.end()] in evidence.pairs
            and _key(a.group()) not in FUNCTION_WORDS
            and _key(b.group()) not in FUNCTION_WORDS
        ):
            keep[i] = keep[i + 1] = True
    for i in range(len(words) - 2, -1, -1):
        # a title before a name (President Obama, Chairman Smith)
        a, b = words[i], words[i + 1]
        if (
            not keep[i]
            and keep[i + 1]
            and b.group()[0].isupper()
            and not text[a.end() : b.start()].strip()
            and _key(a.group()) in evidence.mid
            and _key(a.group()) not in FUNCTION_WORDS
        ):
            keep[i] = True
    # a capital whose lowercase form is longer (U+0130) is kept: lengths never change
    return [
        m.start()
        for m, kept in zip(words, keep, strict=True)
        if not kept and len(text[m.start()].lower()) == 1
    ]


_APOSTROPHES = ("'", "\u2019")
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def _starts_sentence(text: str, line_start: int, position: int) -> bool:
    """Whether ``position`` follows the end of a sentence inside the line."""
    before = position - 1
    while before >= line_start and (text[before].isspace() or text[before] in _OPENING):
        before -= 1
    if before < line_start or text[before] not in ".!?":
        return False
    return text[before] != "." or _period_ends_sentence(text, line_start, before)


def _period_ends_sentence(text: str, line_start: int, period: int) -> bool:
    """A period after a word of 4+ letters that is not an abbreviation (True., Debate.).

    In title case nothing else tells "Gov." or "U.S." from a sentence end.
    """
    word_start = period
    while word_start > line_start and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:period]
    return (
        len(word) >= 4
        and word.lower() not in _ABBREVIATIONS
        and (word_start == line_start or text[word_start - 1] != ".")
    )


_ABBREVIATIONS = frozenset(
    ["sept", "calif", "conn", "mass", "penn", "wash", "prof", "capt", "corp", "blvd", "univ"]
)
_OPENING = "\"'\u201c\u2018("
#: What may precede a word that is lowercased (not: Q&A, AT&T).
_BEFORE_WORD = frozenset(" \t\u00a0-\u2010\u2013\u2014/[" + _OPENING)


def keep_tokenisation(
    text: str, result: str, changed: list[int], same_tokens: Callable[[str, str], bool]
) -> str:
    """Undo the changes in any whitespace-separated chunk the tokenizer would split differently.

    ``changed`` are the positions where ``result`` differs from ``text`` (one character for
    one: a letter lowercased, an apostrophe straightened), in order: the Doc of the changed
    copy must keep the original's tokens, so :func:`restore` can put its analyses back.
    """
    chars = list(result)
    checked_until = -1
    for position in changed:
        if position < checked_until:
            continue
        start = position
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = position
        while end < len(text) and not text[end].isspace():
            end += 1
        checked_until = end
        if not same_tokens(text[start:end], result[start:end]):
            chars[start:end] = text[start:end]
    return "".join(chars)


def _comparable(text: str) -> str:
    """``text`` in lowercase with straight apostrophes: what a parsed copy may not change."""
    return text.lower().replace("\u2019", "'")


def _curl_lemmas(doc: Doc, parsed: str) -> None:
    """Give back the curly apostrophe to lemmas that kept the token's own form.

    A token parsed with a straightened apostrophe ("O'Brien", possessive "'s")
    whose lemma still has it gets the apostrophe the text has, so only the
    lemmas the straightening fixed ("be", "not", "have") change; tokens whose
    apostrophe was not straightened (a closing quotation mark) keep theirs.
    """
    for token in doc:
        if (
            "\u2019" in token.text
            and "'" in token.lemma_
            and "'" in parsed[token.idx : token.idx + len(token.text)]
        ):
            token.lemma_ = token.lemma_.replace("'", "\u2019")


def restore(doc: Doc, text: str, parsed: str | None = None) -> Doc | None:
    """A Doc of ``text`` carrying ``doc``'s analyses, or ``None`` if the tokens do not line up.

    ``doc`` is the parse of a truecased copy of ``text`` (same length, only
    case changes and straightened apostrophes, see
    :mod:`newsextract.apostrophes`); the result has ``text`` as its text, ``doc``'s token
    boundaries, and everything the pipeline annotated on ``doc``.
    ``parsed``: the text ``doc`` was made from, if known (saves joining its tokens).
    """
    from spacy.attrs import (
        DEP,
        ENT_ID,
        ENT_IOB,
        ENT_KB_ID,
        ENT_TYPE,
        HEAD,
        LEMMA,
        LENGTH,
        MORPH,
        POS,
        SENT_START,
        SPACY,
        TAG,
    )
    from spacy.tokens import Doc, Span

    if parsed is None:
        parsed = doc.text
    if len(parsed) != len(text) or _comparable(parsed) != _comparable(text):
        return None
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for length, space in doc.to_array([LENGTH, SPACY]).tolist():
        words.append(text[position : position + length])
        spaces.append(bool(space))
        position += length + space
    if position != len(text):
        return None
    # the tokens cover the text in order, and the texts differ only in case
    # and apostrophes:
    # every token's text is the original's at the same offsets
    restored = Doc(doc.vocab, words=words, spaces=spaces)
    if len(doc):
        columns = [
            TAG,
            POS,
            MORPH,
            LEMMA,
            DEP,
            HEAD,
            SENT_START,
            ENT_IOB,
            ENT_TYPE,
            ENT_KB_ID,
            ENT_ID,
        ]
        values = doc.to_array(columns)
        annotated = [bool(values[:, i].any()) for i in range(len(columns))]
        # HEAD goes with DEP, the entity columns with ENT_IOB; unset columns are not copied
        keep = annotated[:5] + [annotated[4], annotated[6]] + [annotated[7]] * 4
        chosen = [i for i, wanted in enumerate(keep) if wanted]
        if chosen:
            restored.from_array([columns[i] for i in chosen], cast("Ints2d", values[:, chosen]))
    if "\u2019" in text and parsed != text:
        _curl_lemmas(restored, parsed)
    restored.tensor = doc.tensor
    restored.cats = dict(doc.cats)
    restored.user_data = dict(doc.user_data)
    for key, group in doc.spans.items():
        restored.spans[key] = [
            Span(restored, s.start, s.end, label=s.label, kb_id=s.kb_id, span_id=s.id)
            for s in group
        ]
    return restored
