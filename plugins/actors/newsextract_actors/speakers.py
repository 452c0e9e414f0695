"""Quotations and who says them.

News attributes quoted words to their speaker in a handful of shapes: a verb
of saying next to the quotation ("“...,” she said", "Limbaugh added: “...”"),
a short attribution the parser misreads ("“...,” said James Acton", "“...” ―
Jane Doe", "Said Ellis: “...”"), the report just before ("..., Schiff said.
“...”") or the speaker of the quotation before. The pronoun resolver
(:mod:`.coref`) needs the speaker to send "I" inside a quotation to them and
to keep "he" inside it from them; this module finds the quotations and their
speaker tokens, each by a bounded scan within the quotation's paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from newsextract import reporting_verbs

from . import names
from .clause_subjects import subject_of
from .tokens import TokenTable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Verbs of saying whose subject is the speaker of an adjacent quotation: the core's
#: shared list, plus verbs that tell or call out ("recount", "describe", "call", "scream").
SAY_LEMMAS: Final[frozenset[str]] = reporting_verbs.SAY_VERBS | names.words(
    "recount describe scream call"
)

#: Tokens between two quotations that may still share a speaker.
_CARRY_GAP: Final[int] = 30
_OPEN_QUOTES: Final[frozenset[str]] = frozenset("“„«")
_CLOSE_QUOTES: Final[frozenset[str]] = frozenset("”»")
_ALL_QUOTES: Final[frozenset[str]] = _OPEN_QUOTES | _CLOSE_QUOTES | {'"', "''", "``"}
#: An inner quotation's opening mark: a left single quote, or a straight one after a space or
#: an outer mark, before a letter ("saying, 'I love ...'"; not the "''" of a double quote, nor
#: an elision, in either case: "six of ‘em", "‘Cause", a contraction typed apart: "I ‘m").
_INNER_OPEN: Final[re.Pattern[str]] = re.compile(
    r"(?:\u2018|(?<=[\s\"\u201c])')"
    r"(?!(?i:em|cause|til|bout|round|n|m|s|re|ve|ll|d|t)\b)(?=[A-Za-z])"
)
#: An inner quotation's closing mark: a single quote after a word or a stop and before no
#: letter (an apostrophe has one after it: "don’t"), or a left one typed before a space.
_INNER_CLOSE: Final[re.Pattern[str]] = re.compile(r"(?<=\S)[\u2019'](?![A-Za-z'])|\u2018(?=\s)")
#: Tokens before an inner quotation read for the speaker quoting himself ("I said, '...'").
_SELF_QUOTE_REACH: Final[int] = 8


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    return TokenTable(doc).sentence


@dataclass(frozen=True)
class Quotation:
    """A quoted stretch of tokens ``[start, end)`` and the token of its speaker, if found."""

    start: int
    end: int
    speaker: int
    #: The quotation is a fragment of a narrative clause whose subject is the speaker
    #: ("X expressed regret for “my inability ...”"): it gives the speaker its first person,
    #: but the subject is no "“...,” he said" for the pronoun resolver.
    embedded: bool = False


def quotations(
    doc: Doc, text: str, sentence: list[int], table: TokenTable | None = None
) -> list[Quotation]:
    """Double-quoted stretches, paired within a paragraph, each with its speaker token.

    Curly quotes pair open with close; straight ``"`` and ``''`` toggle. A
    paragraph break closes any open quotation (news re-opens a quotation that
    runs over paragraphs on each one).
    """
    table = table if table is not None else TokenTable(doc)
    marks = table.where_orth(_ALL_QUOTES)
    marks += [i for i in table.spaces() if "\n" in doc[i].text]
    marks.sort()
    spans: list[tuple[int, int]] = []
    open_at = -1
    nested = 0  #: curly quotations open inside the open one ("... what he calls “hell” ...")
    for i in marks:
        t = doc[i].text
        if "\n" in t:
            if open_at >= 0:
                spans.append((open_at, i))
                open_at = -1
            nested = 0
            continue
        if t in _OPEN_QUOTES or (t in {'"', "''", "``"} and open_at < 0):
            if open_at < 0:
                open_at = i + 1
            elif t in _OPEN_QUOTES and doc[open_at - 1].text in _OPEN_QUOTES:
                nested += 1
        elif t in _CLOSE_QUOTES and nested > 0:
            nested -= 1
        elif (t in _CLOSE_QUOTES or t in {'"', "''"}) and open_at >= 0:
            spans.append((open_at, i))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(doc)))
    inside = [False] * len(doc)
    for a, b in spans:
        inside[a:b] = [True] * (b - a)
    out: list[Quotation] = []
    for a, b in spans:
        if b <= a:
            continue
        speaker = _speaker(doc, a, b, sentence, inside)
        embedded = False
        if speaker < 0 and out and out[-1].speaker >= 0 and _carries(doc, out[-1].end, a):
            # “...,” Trump said. “It’s something I ...”: the same speaker goes on.
            speaker = out[-1].speaker
        elif speaker < 0:
            speaker = _embedding_subject(doc, a, b, inside)
            embedded = speaker >= 0
        out.append(Quotation(a, b, speaker, embedded))
    return out


def _carries(doc: Doc, end: int, start: int) -> bool:
    """Whether a quotation at ``start`` with no speaker of its own goes on with the one ending at ``end``.

    Close behind it, or anywhere later in its paragraph: '“...!” X declared,
    a claim he loves to repeat after [a long aside]. “I pay my own way.”'
    A paragraph break between them ends the carry.
    """
    if start - end <= _CARRY_GAP:
        return True
    return not any("\n" in doc[i].text for i in range(end, start) if doc[i].is_space)


#: Dashes that put a quotation's author after it ("“...” ― Jane Doe").
_DASHES: Final[frozenset[str]] = frozenset({"―", "—", "–", "-", "--"})
#: Tokens an attribution may run over between the quotation and its verb or name.
_ATTRIBUTION_SPAN: Final[int] = 8
_NAME_POS: Final[frozenset[str]] = frozenset({"PROPN", "NOUN", "PRON"})
_NOT_SPEAKER_ENTS: Final[frozenset[str]] = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def _skip_blank(doc: Doc, i: int, step: int) -> int:
    """The first token from ``i`` in direction ``step`` that is not whitespace (in a line)."""
    while 0 <= i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += step
    return i


def _is_say(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_ in SAY_LEMMAS


def _noun_run_end(doc: Doc, i: int, limit: int) -> int:
    """The head of the noun phrase starting at ``i``: its last noun or name.

    "James Acton, a physicist" -> Acton; "Idaho nutritional-supplement
    executive Frank VanderSloot, who" -> VanderSloot.
    """
    last = i
    k = i + 1
    while k < limit:
        t = doc[k]
        if t.ent_type_ in _NOT_SPEAKER_ENTS:
            break
        if t.pos_ in {"PROPN", "NOUN"}:
            last = k
        elif not (t.pos_ == "ADJ" or t.text in {"-", "'s", "’s"}):
            break
        k += 1
    return last


def _attribution_after(doc: Doc, close: int) -> int:
    """The speaker named right after a closing mark, by the surface of the attribution.

    "“...,” Tulsa police Chief Chuck Jordan said", "“...,” said James Acton",
    "“...” ― Jane Doe": the parser often misreads these short clauses, so
    they are read token by token (within the line).
    """
    n = len(doc)
    j = _skip_blank(doc, close + 1, 1)
    while j < n and doc[j].text in {",", "."}:
        j = _skip_blank(doc, j + 1, 1)
    if j >= n or "\n" in doc[j].text:
        return -1
    if doc[j].text in _DASHES:  # “...” ― Jane Doe
        k = _skip_blank(doc, j + 1, 1)
        if (
            k < n
            and doc[k].pos_ == "PROPN"
            and doc[k].is_title
            and doc[k].ent_type_ in {"PERSON", ""}
        ):
            return _noun_run_end(doc, k, min(n, k + 5))
        return -1
    limit = min(n, j + 2 * _ATTRIBUTION_SPAN)
    if _is_say(doc[j]):  # “...,” said the senator
        for k in range(j + 1, limit):
            t = doc[k]
            if "\n" in t.text or t.is_punct:
                return -1
            if t.pos_ in _NAME_POS and t.ent_type_ not in _NOT_SPEAKER_ENTS:
                return _noun_run_end(doc, k, limit) if t.pos_ != "PRON" else k
        return -1
    last = -1
    k = j
    while k < limit:  # “...,” the senator said
        t = doc[k]
        if "\n" in t.text:
            return -1
        if t.text == "(" and last >= 0:  # “...,” Sen. Claire McCaskill (D-Mo.) said
            k = _after_parenthesis(doc, k, limit)
            continue
        if _is_say(t) and t.pos_ == "VERB":
            return last
        if t.pos_ == "AUX" and last >= 0:
            pass  # "has said"
        elif t.pos_ in _NAME_POS or (t.ent_type_ and t.is_title):  # "Tulsa" tagged a verb
            if t.ent_type_ in _NOT_SPEAKER_ENTS:
                return -1
            last = k
        elif t.pos_ not in {"DET", "ADJ", "PART", "PUNCT"} or t.text in {",", ":", ";"}:
            return -1
        k += 1
    return -1


def _after_parenthesis(doc: Doc, open_at: int, limit: int) -> int:
    """The token after the ")" closing the parenthesis at ``open_at`` (``limit`` if none)."""
    for k in range(open_at + 1, limit):
        if doc[k].text == ")":
            return k + 1
        if "\n" in doc[k].text:
            break
    return limit


#: Tokens a parenthesis after a name may hold ("(R-OH)", "(D-N.Y.)").
_PARENTHESIS_SPAN: Final[int] = 8


def outside_parenthesis(doc: Doc, i: int) -> int:
    """The name a parenthesis follows, for a speaker token the parser found inside it.

    "Gov. John Kasich (R-OH), said, “...”": the parser makes the state in
    the party-and-state label the subject of "said"; the speaker is the name
    before the parenthesis. Any other token is returned as it is.
    """
    k = i - 1
    while k >= 0 and i - k <= _PARENTHESIS_SPAN:
        t = doc[k].text
        if t == ")" or "\n" in t:
            return i
        if t == "(":
            name = _skip_blank(doc, k - 1, -1)
            if name >= 0 and doc[name].pos_ in {"PROPN", "NOUN"}:
                return name
            return i
        k -= 1
    return i


def _attribution_before(doc: Doc, open_mark: int) -> int:
    """ "Said Ellis: “...”": the inverted attribution before a colon the parser misses."""
    j = _skip_blank(doc, open_mark - 1, -1)
    if j < 1 or doc[j].text != ":":
        return -1
    k = j - 1
    while (
        k >= 0
        and j - k <= _ATTRIBUTION_SPAN
        and doc[k].pos_ in _NAME_POS
        and "\n" not in doc[k].text
    ):
        k -= 1
    if (
        k >= 0
        and k < j - 1
        and _is_say(doc[k])
        and (k == 0 or doc[k].is_sent_start or doc[k - 1].is_space)
    ):
        return j - 1
    return -1


def _name_says_before(doc: Doc, open_mark: int) -> int:
    """ "As for the pundits who doubt him, Bolton said, “I ...”": the name just before.

    A name, a verb of saying and a comma or colon right before the opening
    mark say who speaks, however the parser attaches a long fronted clause
    (it made "pundits" or "the report" the verb's subject).
    """
    j = _skip_blank(doc, open_mark - 1, -1)
    if j < 2 or doc[j].text not in {",", ":"} or not _is_say(doc[j - 1]):
        return -1
    name = doc[j - 2]
    if name.pos_ == "PROPN" and name.ent_type_ in {"PERSON", ""}:
        return name.i
    return -1


def _speaker(doc: Doc, start: int, end: int, sentence: list[int], inside: list[bool]) -> int:
    """Who says a quotation: an attribution next to it, else the subject of a verb of saying.

    The verb is looked for outside the quotation in the sentences it touches,
    within its paragraph (and the paragraph before when it ends with a colon).
    """
    n = len(doc)
    found_after = _attribution_after(doc, end) if end < n else -1
    if found_after >= 0 and not inside[found_after]:
        return found_after
    found_before = _attribution_before(doc, start - 1)
    if found_before < 0:
        found_before = _name_says_before(doc, start - 1)
    if found_before >= 0 and not inside[found_before]:
        return found_before
    first, last = sentence[start], sentence[min(end, n - 1)]
    lo = start
    while lo > 0 and sentence[lo - 1] >= first and start - lo < 60 and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = end
    while hi < n and sentence[hi] <= last and hi - end < 60 and "\n" not in doc[hi].text:
        hi += 1
    before = start - 2  # the token before the opening mark
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and doc[before].text == ":":
        # "Limbaugh added: “...”", split into two sentences at the colon, or
        # the quotation set off in a paragraph of its own
        lo = before
        while lo > 0 and sentence[lo - 1] >= sentence[before] and start - lo < 60:
            if "\n" in doc[lo - 1].text:
                break
            lo -= 1
    for i in list(range(end, hi)) + list(range(lo, start)):
        token = doc[i]
        if inside[i] or token.pos_ not in {"VERB", "AUX"} or token.lemma_ not in SAY_LEMMAS:
            continue
        found = subject_of(token)
        if found is not None and not inside[found.i] and found.dep_ != "nsubjpass":
            return outside_parenthesis(doc, found.i)
    if before >= 0 and doc[before].text == ".":
        found_before = _reported_before(doc, before, inside)
        if found_before < 0:
            found_before = _introduced_before(doc, before, inside)
        if found_before >= 0:
            return found_before
    if end < n and (start <= 1 or "\n" in doc[start - 2].text):
        # a quotation that is a paragraph of its own, its speaker named at the
        # start of the next one ("“...”¶Zimmerman said he had ...")
        k = _skip_blank(doc, end + 1, 1)
        if k < n and "\n" in doc[k].text:
            return _attribution_after(doc, k)
    return -1


#: Steps up the tree from a quoted fragment to the clause whose subject says it.
_EMBEDDING_DEPTH: Final[int] = 6


def _names_speaker(found: Token, inside: list[bool]) -> bool:
    """Whether a subject outside the quotation is a name or he/she, so a speaker."""
    if found.dep_ == "nsubjpass" or inside[found.i]:
        return False
    return found.pos_ == "PROPN" or found.lower_ in _INTRODUCING_PRONOUNS


def _embedding_subject(doc: Doc, start: int, end: int, inside: list[bool]) -> int:
    """Whose words a quoted fragment inside a narrative clause is: the clause's named subject.

    "the mayor expressed regret for ‘‘my inability to ...’’", "Hale expressed
    confidence that the audit would not become a problem “that is likely to
    hurt my term”":
    a quotation that opens after a word (not after punctuation or a
    paragraph break) is a fragment of the sentence around it, and the
    speaker is the subject of the verb it hangs from, the first up the tree
    that is a name or he/she (a thing's subject, "the use of her server",
    is passed on the way). No verb of saying is needed: none introduces
    such fragments. A quoted title ("praised the memoir “My Life in
    Politics”") is nobody's words. Bounded by :data:`_EMBEDDING_DEPTH` steps.
    """
    before = _skip_blank(doc, start - 2, -1)
    if before < 0 or not doc[before].is_alpha or inside[before]:
        return -1
    if _is_title(doc[start:end]):
        return -1
    token = doc[start]
    for _ in range(_EMBEDDING_DEPTH):  # out of the quotation
        if not start <= token.i < end or token.head.i == token.i:
            break
        token = token.head
    if start <= token.i < end:
        return -1
    for _ in range(_EMBEDDING_DEPTH):
        found = subject_of(token) if token.pos_ in {"VERB", "AUX"} else None
        if found is not None and _names_speaker(found, inside):
            return outside_parenthesis(doc, found.i)
        if token.head.i == token.i:
            break
        token = token.head
    return -1


#: Words shorter than this may stay lower-case in a title ("in", "of", "the").
_TITLE_SMALL_WORD: Final[int] = 4


def _is_title(span: Span) -> bool:
    """Whether a quoted span is a title: every longer word capitalised ("My Life in Politics")."""
    words = [t for t in span if t.is_alpha and len(t) >= _TITLE_SMALL_WORD]
    return bool(words) and all(t.text[0].isupper() for t in words)


#: Tokens a report's verb of saying may stand before the end of its sentence ("Schiff said Monday.").
_REPORT_TAIL: Final[int] = 6


def _reported_before(doc: Doc, stop: int, inside: list[bool]) -> int:
    """ "..., Schiff said. “The other factor ...”": who the sentence before reports.

    A quotation right after a sentence that ends in a report ("X said.",
    "said X.") in the same paragraph goes on with X's words.
    """
    for i in range(stop - 1, max(-1, stop - 1 - _REPORT_TAIL), -1):
        token = doc[i]
        if "\n" in token.text or inside[i] or token.text in _ALL_QUOTES:
            return -1
        if _is_say(token) and token.pos_ == "VERB":
            found = subject_of(token)
            if found is not None and not inside[found.i] and found.dep_ != "nsubjpass":
                return found.i
            return -1
    return -1


#: Subjects that may introduce the quotation after their sentence: names and he/she.
_INTRODUCING_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})


def _introduced_before(doc: Doc, stop: int, inside: list[bool]) -> int:
    """ "Pruitt plans to use the column as a fact check. “I think ...”": the sentence's subject.

    A quotation with no attribution at all, opening its paragraph's next
    sentence, goes on with the person the sentence before is about: the
    subject of its main verb, when that is a name or he/she outside any
    quotation (the resolver keeps only speakers that are people).
    """
    sent = doc[stop].sent
    if any("\n" in t.text for t in sent if t.is_space) or inside[sent.root.i]:
        return -1  # a paragraph of its own, or a quoted sentence: no one introduced
    verb = sent.root
    for _ in range(3):  # "X won't go that far, but Pruitt plans to ...": the last clause's
        last = next((c for c in reversed(list(verb.children)) if c.dep_ == "conj"), None)
        if last is None or last.pos_ not in {"VERB", "AUX"}:
            break
        verb = last
    found = subject_of(verb)
    if found is None or inside[found.i] or found.dep_ == "nsubjpass":
        return -1
    if found.pos_ == "PROPN" or found.lower_ in _INTRODUCING_PRONOUNS:
        return outside_parenthesis(doc, found.i)
    return -1


#: Verbs whose object is the one a quotation is said to ("Warren told Stumpf: “You ...”").
ADDRESS_LEMMAS: Final[frozenset[str]] = names.words(
    """
    tell ask urge scold warn remind assure promise thank question press implore beg
    challenge lecture admonish berate chide plead
    """
)
_ADDRESSEE_DEPS: Final[frozenset[str]] = frozenset({"dobj", "dative"})


def addressee(doc: Doc, quote: Quotation) -> int:
    """The token of the one a quotation is addressed to, or -1.

    The object of the verb its speaker tells or asks with ("“...,” Warren
    told Stumpf", "McCaskill scolded him: “...”"), read from the speaker's
    verb or the verb of the clause ending in a colon right before it.
    """
    verbs: list[Token] = []
    if quote.speaker >= 0:
        verbs.append(doc[quote.speaker].head)
    before = _skip_blank(doc, quote.start - 2, -1) if quote.start >= 2 else -1
    if before >= 0 and doc[before].text == ":":
        verbs.append(doc[before].head)
    for verb in verbs:
        if verb.lemma_ not in ADDRESS_LEMMAS or verb.pos_ != "VERB":
            continue
        found = next((c for c in verb.children if c.dep_ in _ADDRESSEE_DEPS), None)
        if found is not None and not quote.start <= found.i < quote.end:
            return found.i
    return -1


class InnerQuotes:
    """Single-quoted words inside a quotation: someone else's words, as the speaker retells them.

    "“I don't think you hear her saying, ‘I love corn ethanol,’” he said":
    the inner "I" is the one the speaker quotes, not the speaker. The marks
    are indexed once per document, so each pronoun's test is a few
    bisections, not a scan of its quotation.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.opening = [m.start() for m in _INNER_OPEN.finditer(doc.text)]
        self.closing = [m.start() for m in _INNER_CLOSE.finditer(doc.text)]

    def other_voice(self, quote: Quotation, token: Token) -> bool:
        """Whether ``token`` stands in an inner quotation of ``quote`` that is not the speaker's own.

        The speaker retelling his own words ("I told them, ‘I will not’",
        "we said, ‘...’") keeps them.
        """
        inside, sayer = self.voice(quote, token)
        return inside and not _first_person(sayer)

    def voice(self, quote: Quotation, token: Token) -> tuple[bool, Token | None]:
        """Whether ``token`` stands in an inner quotation of ``quote``, and who says its words.

        The sayer is the subject of the verb of saying just before the inner
        quotation's mark ("she says, ‘I want ...’", "hear her saying, ‘I
        love ...’", "I have tried to say, ‘...’"); None when no such verb
        stands there ("the ‘I feel your pain’ line").
        """
        at = token.idx
        k = bisect.bisect_left(self.opening, at) - 1
        if k < 0 or self.opening[k] < self.doc[quote.start].idx:
            return False, None
        opened = self.opening[k]
        j = bisect.bisect_right(self.closing, opened)
        if j < len(self.closing) and self.closing[j] < at:
            return False, None  # closed before the pronoun
        mark = self.doc.char_span(opened, opened + 1, alignment_mode="expand")
        if mark is None:
            return False, None
        # closed by the outer closing mark or just after it (",'''": "''" then "'")
        end = self.doc[min(quote.end, len(self.doc) - 1)]
        closed = j < len(self.closing) and self.closing[j] <= end.idx + len(end.text)
        if not closed and token.sent.start != self.doc[mark.start].sent.start:
            return False, None  # never closed: it ends with its sentence
        before = self.doc[max(quote.start, mark.start - _SELF_QUOTE_REACH) : mark.start]
        for t in reversed(before):
            if t.lemma_ in SAY_LEMMAS and t.pos_ == "VERB":
                return True, _sayer(t)
        return True, None


def _first_person(token: Token | None) -> bool:
    return token is not None and token.lower_ in {"i", "we"}


def _sayer(verb: Token) -> Token | None:
    """The subject of a verb of saying before an inner quotation.

    Its own subject; for a participle without one, the object of the verb
    it hangs on ("hear her saying": the small parser makes "saying" an
    adverbial of the clause above, whose subject is someone else); else the
    subject up the tree ("I have tried to say").
    """
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None:
        return own
    if verb.tag_ == "VBG":
        heard = next(
            (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i),
            None,
        )
        if heard is None:
            heard = next(
                (t for t in verb.doc[max(0, verb.i - 4) : verb.i] if t.dep_ == "dobj"), None
            )
        if heard is not None:
            return heard
    return subject_of(verb)
