"""Allegations in title-case headlines: "Clinton Slams Trump Over Abortion Remarks".

The tagger reads a capitalised verb in a headline as a proper noun, so the
dependency finders never see it. Headlines follow a fixed shape instead
(Accuser Verb-s Accused [Prep Claim]), which is read here from the tokens
alone. Only sentences that look like headlines (most words capitalised) are
tried, and only -s forms of accusation verbs that the tagger did not take for
a verb, so ordinary sentences never reach this path.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .found import Found
from .lexicon import VERBS

__all__ = ["find_headlines"]

#: Third-person forms of the verbs that keep their accusation sense in headlines.
_FORMS: dict[str, str] = {}
for _lemma in (
    "accuse",
    "blame",
    "criticize",
    "criticise",
    "condemn",
    "denounce",
    "slam",
    "blast",
    "lambast",
    "lambaste",
    "attack",
    "rebuke",
    "fault",
    "decry",
    "trash",
    "bash",
    "assail",
    "smear",
):
    _FORMS[_lemma[:-1] + "ies" if _lemma.endswith("y") else _lemma + "s"] = _lemma
    if _lemma.endswith(("sh", "ch", "s")):
        _FORMS[_lemma + "es"] = _lemma

#: Words that end the accused's name and may open the claim.
_BREAKS = frozenset(
    {"on", "over", "for", "of", "after", "in", "as", "with", "at", "about", "amid", "to", "and"}
)
_MAX_NAME = 6
_MIN_WORDS = 3


def _is_headline(sentence: Span) -> bool:
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if len(words) < _MIN_WORDS:
        return False
    return sum(1 for t in words if t.is_title or t.is_upper) >= 0.7 * len(words)


def _name_run(tokens: list[Token]) -> list[Token]:
    run: list[Token] = []
    for t in tokens[:_MAX_NAME]:
        if t.is_punct or t.lower_ in _BREAKS or not (t.is_title or t.is_upper or t.like_num):
            break
        run.append(t)
    return run


def find_headlines(doc: Doc) -> Iterator[Found]:
    try:
        sentences = list(doc.sents)
    except ValueError:  # a Doc without sentence boundaries
        return
    for sentence in sentences:
        if not _is_headline(sentence):
            continue
        for token in sentence:
            lemma = _FORMS.get(token.lower_)
            if lemma is None or token.tag_.startswith("VB") or not token.is_title:
                continue
            found = _read(sentence, token, lemma)
            if found is not None:
                yield found


def _read(sentence: Span, cue: Token, lemma: str) -> Found | None:
    doc = sentence.doc
    before = [doc[j] for j in range(cue.i - 1, max(sentence.start, cue.i - _MAX_NAME) - 1, -1)]
    after = [doc[j] for j in range(cue.i + 1, min(sentence.end, cue.i + 1 + _MAX_NAME + 1))]
    accuser = list(reversed(_name_run(before)))
    accused = _name_run(after)
    if not accuser or not accused:
        return None
    claim_start, claim_end = accused[0], accused[-1]
    next_i = accused[-1].i + 1
    if next_i < sentence.end and doc[next_i].lower_ in (*VERBS[lemma].preps, "over", "on"):
        # "... Over Abortion Remarks": the claim runs to the end of the headline.
        last = sentence.end - 1
        while last > next_i and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if last > next_i:
            claim_start, claim_end = doc[next_i + 1], doc[last]
    return Found(
        cue=(cue.idx, cue.idx + len(cue.text)),
        claim=(claim_start.idx, claim_end.idx + len(claim_end.text)),
        accuser=(accuser[0].idx, accuser[-1].idx + len(accuser[-1].text)),
        accused=[(accused[0].idx, accused[-1].idx + len(accused[-1].text))],
        confidence=0.5,
        construction=f"headline:{lemma}",
    )
