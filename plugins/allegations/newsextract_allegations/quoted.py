"""Quotes whose reporting verb is itself an accusation: '"You lied," Kelly charged.'

The quotes stage finds these as quotes; the verb makes them allegations as
well, with the speaker as accuser and the quoted words as the claim. Reading
the cue's lemma from the shared parse keeps this linear in the quotes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from newsextract import Quote

from .found import Found
from .syntax import is_negated

__all__ = ["find_quoted"]

#: Reporting verbs that make the quoted words an allegation.
ACCUSING_CUES = frozenset(
    {
        "allege",
        "charge",
        "accuse",
        "blame",
        "condemn",
        "denounce",
        "slam",
        "blast",
        "criticize",
        "criticise",
        "complain",
    }
)
DENYING_CUES = frozenset({"deny", "rebut"})


def find_quoted(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Found]:
    for quote in quotes:
        if quote.cue is None or not quote.content or quote.style == "indirect":
            continue  # reported speech is read through the verb's own syntax
        span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        lemma = span.root.lemma_.lower()
        if lemma not in ACCUSING_CUES and lemma not in DENYING_CUES:
            continue
        if is_negated(span.root):
            continue
        claim = max(quote.content, key=lambda c: c.end - c.start)
        speaker = quote.speaker_mention
        speaker_range = (speaker.start, speaker.end) if speaker is not None else None
        found = Found(
            cue=(quote.cue.start, quote.cue.end),
            claim=(claim.start, claim.end),
            confidence=0.6,
            construction=f"quote:{lemma}",
            accuser_id=quote.speaker,
        )
        if lemma in DENYING_CUES:
            found.stance = "denied"
            found.denier = speaker_range
            found.accuser_id = None
            found.denier_id = quote.speaker
        else:
            found.accuser = speaker_range
        yield found
