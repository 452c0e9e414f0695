"""The dependency pass: reporting clauses found from the parse.

The approach of the SFU Gender Gap Tracker: a speech verb with a clausal
complement (``ccomp``) reports that clause, and its subject is the speaker.
Extended for what news writes around it: inverted and parenthetical cues
(``parataxis``), participles ("..., adding that"), relative clauses ("Smith,
who said"), "according to X", relays ("AFP quoted X as saying") and verbs
whose object is the reported thing ("denied the claims").

Every token is looked at once and every answer is a contiguous subtree
(``left_edge``..``right_edge``), so the pass is linear in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsextract.dependents import children as _children
from newsextract.dependents import dependents
from newsextract.dependents import rights as _rights

from .lexicon import (
    ABOUT_VERBS,
    CLAIM_NOUNS,
    CLAUSE_VERBS,
    OBJECT_VERBS,
    QUOTE_VERBS,
    RAISING_VERBS,
    SAY_VERBS,
    STANCE_ADJECTIVES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .docindex import DocIndex

__all__ = ["Candidate", "find_candidates", "fragment_candidate"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_INVERTED = frozenset({"dobj", "attr", "oprd", "npadvmod", "dative", "appos", "nsubj"})
_RELATIVE = frozenset({"who", "which", "that"})
_CLIMB = frozenset({"conj", "xcomp", "advcl", "acl", "relcl", "pcomp", "prep", "acomp"})
_CUE_NOUNS = frozenset(
    {"statement", "interview", "release", "tweet", "post", "letter", "speech", "email", "op-ed"}
)
_OBJECT_DEPS = frozenset({"dobj", "oprd", "xcomp", "ccomp", "prep", "dative", "prt"})
_OBJECT_PREPS = frozenset({"for", "as", "on", "to", "of", "against", "about"})
_WORDS = re.compile(r"\w+")
#: Sentence openers that link to the previous sentence rather than carry content.
_DISCOURSE = frozenset(
    [
        "but",
        "and",
        "so",
        "yet",
        "still",
        "now",
        "however",
        "meanwhile",
        "also",
        "then",
        "instead",
        "indeed",
        "thus",
    ]
)
_TRIM = " \t\n\"“”‘’'`,;:—–-"


@dataclass
class Candidate:
    """A reporting expression found in the parse, with what it reports if the parse says."""

    verb: int  # token index of the cue's head
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    speaker_head: int | None  # token index of the speaker's head word
    content: tuple[int, int] | None
    via: tuple[int, int] | None = None
    via_head: int | None = None
    say: bool = True  # a verb of saying (usable as a cue for an adjacent quotation)
    #: the part of the content before an inserted cue ("Voters, she said, ...")
    lead: tuple[int, int] | None = None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding space, quotation marks and clause punctuation."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _subtree(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of ``verb``, climbing through conjuncts and participles ("..., adding")."""
    tok = verb
    prev = ""
    subjects = dependents(verb.doc, _SUBJECTS)  # not _children(tok): that walks the whole clause
    for _ in range(6):
        own = subjects.get(tok.i)
        if own:
            return verb.doc[own[0]]
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
            if (
                depth < 2
                and tok.dep_ == "acl"
                and noun.dep_ in ("dobj", "pobj")
                and noun.pos_ == "NOUN"
            ):
                # "Trump issued a statement saying ...": Trump speaks, not the statement
                owner = _subject(noun.head if noun.dep_ == "dobj" else noun.head.head, depth + 1)
                if owner is not None:
                    return owner
            # "the senator, speaking on Fox, said", "a statement saying ..."
            return noun
        if tok.head is tok:
            return None
        if (
            tok is verb
            and tok.dep_ == "conj"
            and tok.head.dep_ == "ccomp"
            and tok.lemma_.lower() in SAY_VERBS
            and tok.head.head.lemma_.lower() in SAY_VERBS
        ):
            # "X said it was early but added ...": the parser's conj is X's
            tok = tok.head.head
            continue
        if tok.dep_ in ("dobj", "pobj") and prev == "prep":
            # "took the step of criticizing ...": through the noun to its verb
            pass
        elif tok.dep_ not in _CLIMB:
            return None
        prev = tok.dep_
        tok = tok.head
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """``"...," added a senior official``: the parser often misses the subject after the verb."""
    for child in _rights(verb):
        if child.dep_ in _INVERTED and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ not in ("advmod", "npadvmod", "punct"):
            break
    return None


def _speaker_span(subject: Token, avoid: tuple[int, int] | None) -> tuple[int, int]:
    """The subject's full phrase, or just the word when the phrase runs into the content."""
    start, end = _subtree(subject)
    if avoid is not None and start < avoid[1] and avoid[0] < end:
        return subject.idx, subject.idx + len(subject.text)
    if end - start > 200:
        return subject.idx, subject.idx + len(subject.text)
    return start, end


def _cue(verb: Token) -> tuple[int, int]:
    """The verb with its particle ("pointed out") or a following "in a statement"."""
    start, end = verb.idx, verb.idx + len(verb.text)
    for child in _children(verb):
        if child.i == verb.i + 1 and child.dep_ == "prt":
            end = child.idx + len(child.text)
        elif child.dep_ == "prep" and child.lower_ == "in" and child.i == verb.i + 1:
            nouns = [g for g in _children(child) if g.dep_ == "pobj" and g.lemma_ in _CUE_NOUNS]
            if nouns:
                end = nouns[0].idx + len(nouns[0].text)
    return start, end


def _around(
    outer: tuple[int, int], cue: tuple[int, int], text: str
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """What surrounds an inserted cue inside ``outer``: (main part, part before it).

    With words on both sides ("Fundraising, according to the campaign, has
    surged") the content is both parts; otherwise the larger side.
    """
    before = trim(text, outer[0], cue[0])
    after = trim(text, cue[1], outer[1])
    words = _WORDS.findall(text, before[0], min(before[1], before[0] + 200))
    has_before = bool(words) and not (len(words) == 1 and words[0].lower() in _DISCOURSE)
    has_after = after[1] > after[0] and any(ch.isalnum() for ch in text[after[0] : after[1]])
    if has_before and has_after:
        return after, before
    if has_after:
        return after, None
    if has_before:
        return before, None
    return None, None


def _object_content(verb: Token) -> tuple[int, int] | None:
    """What a verb of judging is about: its object with what follows it.

    "called the deal “a disaster” for workers", "urged voters to stay home",
    "called for a ban": the complements right of the verb, not adverbials.
    """
    rights = [c for c in _rights(verb) if c.dep_ in _OBJECT_DEPS]
    if not rights:
        return None
    if not any(c.dep_ in ("dobj", "oprd", "xcomp", "ccomp") for c in rights) and not any(
        c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS for c in rights
    ):
        return None
    first, last = rights[0], rights[-1]
    start = first.left_edge.idx
    if first.dep_ in ("prep", "prt"):
        # "called for a ban": the preposition belongs to the cue, not the content
        start = first.idx + len(first.text)
        if first.dep_ == "prt" and len(rights) > 1:
            second = rights[1]
            start = (
                (second.idx + len(second.text)) if second.dep_ == "prep" else second.left_edge.idx
            )
    return start, last.right_edge.idx + len(last.right_edge.text)


def _cut_reporting_conj(comp: Token, end: int) -> int:
    """Where a complement ends when a second attribution hangs on it.

    "said it was too early but added, ...": the parser attaches the second cue
    to the first one's complement; so does a trailing "according to ...".
    """
    for child in _rights(comp):
        if child.lower_ == "according":
            # "..., according to press reports": a second source, not the content
            return min(end, child.left_edge.idx)
        if child.dep_ == "conj" and child.lemma_.lower() in SAY_VERBS:
            cut = child.left_edge
            for sibling in _rights(comp):
                if sibling.dep_ == "cc" and sibling.i < child.i:
                    cut = min(cut, sibling, key=lambda t: t.i)
            return min(end, cut.idx)
    return end


def _cue_clause(verb: Token, comps: list[Token]) -> tuple[int, int]:
    """The characters of a cue clause without its complement ("he said")."""
    start, end = verb.idx, verb.idx + len(verb.text)
    for child in _children(verb):
        if child in comps or child.dep_ == "punct":
            continue
        c_start, c_end = _subtree(child)
        start, end = min(start, c_start), max(end, c_end)
    return start, end


def _verb_candidate(verb: Token, text: str, index: DocIndex) -> Candidate | None:
    lemma = verb.lemma_.lower()
    content: tuple[int, int] | None = None
    lead: tuple[int, int] | None = None
    comps = [c for c in _children(verb) if c.dep_ == "ccomp"]
    if comps:
        content = _subtree(comps[0])
        if len(comps) > 1:
            content = (content[0], _subtree(comps[-1])[1])
        content = (content[0], _cut_reporting_conj(comps[-1], content[1]))
    elif (
        lemma in SAY_VERBS
        and verb.dep_ == "parataxis"
        and any(c.dep_ in _SUBJECTS for c in _children(verb))
    ):
        content, lead = _around(index.sent_chars(verb.i), _subtree(verb), text)
    elif lemma in OBJECT_VERBS:
        content = _object_content(verb)
    elif lemma in ABOUT_VERBS:
        about = [c for c in _rights(verb) if c.dep_ == "prep" and c.lower_ == "about"]
        if about:
            content = _subtree(about[0])
            content = (about[0].idx + len(about[0].text), content[1])
    if content is None and lemma not in SAY_VERBS:
        return None
    if content is not None:
        content = trim(text, *content)
        if content[0] <= verb.idx < content[1]:
            # "The plan, he said, failed": the cue sits inside its complement
            content, lead = _around(content, _cue_clause(verb, comps), text)
        if content is not None and content[1] <= content[0]:
            content = None
    if content is None and lemma not in SAY_VERBS:
        return None
    subject = _subject(verb)
    if subject is None and lemma in SAY_VERBS:
        subject = _inverted_subject(verb)
    speaker = _speaker_span(subject, content) if subject is not None else None
    head = subject
    if subject is not None and subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        # "Smith, who said ...": the mention runs from the antecedent to "who",
        # and the antecedent names the actor.
        head = subject.head.head
        if 0 < subject.i - head.i <= 6:
            speaker = (head.idx, subject.idx + len(subject.text))
    return Candidate(
        verb=verb.i,
        cue=_cue(verb),
        speaker=speaker,
        speaker_head=head.i if head is not None else None,
        content=content,
        say=lemma in SAY_VERBS,
        lead=lead if content is not None else None,
    )


def _relay_candidate(verb: Token, text: str, index: DocIndex) -> Candidate | None:
    """ "AFP quoted Lukashenko as saying ...": Lukashenko speaks, AFP relays."""
    objs = [c for c in _children(verb) if c.dep_ == "dobj"]
    if not objs:
        return None
    saying: Token | None = None
    for prep in _children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            saying = next((g for g in _children(prep) if g.lemma_ in SAY_VERBS), None)
    if saying is None:
        # the parse sometimes loses the "as": look a few words ahead, never further
        doc = verb.doc
        ahead = (doc[i] for i in range(verb.i + 1, min(verb.i + 8, len(doc))))
        saying = next((t for t in ahead if t.lower_ == "saying"), None)
        if saying is None:
            return None
    outer = _subject(verb)
    inner = _verb_candidate(saying, text, index)
    content = inner.content if inner is not None else None
    return Candidate(
        verb=verb.i,
        cue=(verb.idx, saying.idx + len(saying.text)),
        speaker=_speaker_span(objs[0], content),
        speaker_head=objs[0].i,
        content=content,
        via=_speaker_span(outer, content) if outer is not None else None,
        via_head=outer.i if outer is not None else None,
    )


def _according_candidate(tok: Token, text: str, index: DocIndex) -> Candidate | None:
    """ "according to officials, ...": the officials speak, the rest of the sentence is said."""
    to = next((c for c in _children(tok) if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in _children(to) if c.dep_ == "pobj"), None)
    if source is None:
        return None
    content, lead = _around(index.sent_chars(tok.i), _subtree(tok), text)
    if content is None:
        return None
    return Candidate(
        verb=tok.i,
        cue=(tok.idx, to.idx + len(to.text)),
        speaker=_speaker_span(source, content),
        speaker_head=source.i,
        content=content,
        lead=lead,
    )


def _noun_candidate(noun: Token, text: str) -> Candidate | None:
    """ "Trump's claim that the vote was rigged": the owner of the claim is its speaker."""
    clause = next(
        (
            c
            for c in _rights(noun)
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in _children(c))
        ),
        None,
    )
    if clause is None:
        return None
    content = trim(text, *_subtree(clause))
    if content[1] <= content[0]:
        return None
    owner = next((c for c in _children(noun) if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in _rights(noun) if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((g for g in _children(by) if g.dep_ == "pobj"), None) if by else None
    return Candidate(
        verb=noun.i,
        cue=(noun.idx, noun.idx + len(noun.text)),
        speaker=_speaker_span(owner, content) if owner is not None else None,
        speaker_head=owner.i if owner is not None else None,
        content=content,
        say=False,
    )


def _raising_candidate(verb: Token, text: str) -> Candidate | None:
    """ "Turnout is expected to rise": a view reported without a source."""
    lemma = verb.lemma_.lower()
    if lemma == "expect" and not any(c.dep_ == "auxpass" for c in _children(verb)):
        return None
    comp = next((c for c in _rights(verb) if c.dep_ in ("xcomp", "ccomp")), None)
    if comp is None or (lemma in ("look", "sound") and comp.dep_ != "ccomp"):
        return None
    content = trim(text, *_subtree(comp))
    if content[1] <= content[0]:
        return None
    # the raised subject is part of what is reported: "turnout | is expected | to rise"
    subject = next((c for c in _children(verb) if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    lead = None
    if subject is not None and subject.dep_ != "expl" and subject.lower_ != "it":
        lead = _subtree(subject)
    return Candidate(
        verb=verb.i,
        cue=(verb.idx, verb.idx + len(verb.text)),
        speaker=None,
        speaker_head=None,
        content=content,
        say=False,
        lead=lead,
    )


def _stance_candidate(adj: Token, text: str) -> Candidate | None:
    """ "Voters are skeptical of the deal": the subject holds a view of the deal."""
    if adj.dep_ != "acomp":
        return None
    content: tuple[int, int] | None = None
    for child in _rights(adj):
        if child.dep_ in ("ccomp", "xcomp"):
            content = _subtree(child)
            break
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "that"):
            content = (child.idx + len(child.text), _subtree(child)[1])
            break
    if content is None:
        return None
    content = trim(text, *content)
    subject = _subject(adj)
    if content[1] <= content[0] or subject is None or subject.dep_ == "expl":
        return None
    if subject.lower_ == "it":
        return None
    return Candidate(
        verb=adj.i,
        cue=(adj.idx, adj.idx + len(adj.text)),
        speaker=_speaker_span(subject, content),
        speaker_head=subject.i,
        content=content,
        say=False,
    )


def find_candidates(doc: Doc, index: DocIndex) -> list[Candidate]:
    """Every reporting expression in the document, in text order."""
    text = doc.text
    out: list[Candidate] = []
    consumed: set[int] = set()  # "saying" of a relay already reported with its relay verb
    for tok in doc:
        lemma = tok.lemma_.lower()
        found: Candidate | None = None
        if tok.i in consumed:
            continue
        if tok.lower_ == "according":
            found = _according_candidate(tok, text, index)
        elif tok.pos_ == "NOUN" and lemma in CLAIM_NOUNS:
            found = _noun_candidate(tok, text)
        elif tok.pos_ == "ADJ" and lemma in STANCE_ADJECTIVES:
            found = _stance_candidate(tok, text)
        elif tok.pos_ not in ("VERB", "AUX"):
            continue
        elif lemma in RAISING_VERBS:
            found = _raising_candidate(tok, text)
        elif lemma in QUOTE_VERBS and tok.dep_ != "amod":
            found = _relay_candidate(tok, text, index)
            if found is not None:
                consumed.update(i for i in index.tokens_in(found.cue[0], found.cue[1]) if i > tok.i)
            elif lemma in CLAUSE_VERBS | OBJECT_VERBS:
                found = _verb_candidate(tok, text, index)
        elif lemma in CLAUSE_VERBS or lemma in OBJECT_VERBS or lemma in ABOUT_VERBS:
            found = _verb_candidate(tok, text, index)
        if found is not None:
            if out and tok.dep_ == "xcomp" and out[-1].verb == tok.head.i:
                # "refused to criticise X": one attribution, the outer verb's
                continue
            out.append(found)
    return out


def fragment_candidate(doc: Doc, index: DocIndex, start: int, end: int) -> Candidate | None:
    """Who used a quoted phrase no reporting verb accounts for.

    "Trump assailed the judge for his “Mexican heritage”": quoting a phrase
    attributes it to the subject of the verb whose complement holds it.
    """
    toks = index.tokens_in(start, end)
    if not toks:
        return None
    tok = doc[toks[0]]
    # climb from the phrase to the clause it sits in, staying outside the quotation
    for _ in range(8):
        if tok.pos_ == "VERB" and not start <= tok.idx < end:
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if tok.lemma_.lower() in ("be", "call", "know", "name", "dub", "label"):
        return None
    subject = _subject(tok)
    if subject is None or subject.pos_ not in ("PROPN", "PRON"):
        return None
    content = _object_content(tok)
    if content is None or not (content[0] <= start and end <= content[1]):
        child = next(
            (c for c in _rights(tok) if c.left_edge.idx <= start < c.right_edge.idx + 1), None
        )
        if child is None:
            return None
        content = _subtree(child)
    content = trim(doc.text, *content)
    if content[1] <= content[0] or content[0] <= tok.idx < content[1]:
        return None
    return Candidate(
        verb=tok.i,
        cue=_cue(tok),
        speaker=_speaker_span(subject, content),
        speaker_head=subject.i,
        content=content,
        say=False,
    )
