"""A fallback for participants named only by a pronoun ("he accused ...", "its threats").

The actors plugin owns coreference: when it gives a pronoun a mention, that
actor is used and nothing here runs. When it does not, an event whose agent
is "he" would lose its agent, so the participant is resolved here, cheaply and
conservatively, to the nearest earlier actor mention of a compatible type:

- "he", "she" and their forms: the nearest person;
- "they", "them", "their": the nearest group or organisation (a plural
  "they" for one person is rare in news, and so is one for a state, which news calls
  "it": the nearest country before "they" is mostly where the people meant are --
  "officials from Mexico ... asked them"; nor for an outlet, mostly the one told:
  "told POLITICO they were leaning toward Cruz");
- "it", "its": the nearest organisation, country or outlet.

The search looks back at most a few sentences (a pronoun whose antecedent is
further away is usually resolved wrongly by recency) and skips actors the
caller excludes: a non-reflexive object pronoun never refers to its own
clause's subject ("Trump attacked him" is not Trump attacking himself).
Look-ups are by bisection over the sorted mentions: linear-logarithmic per
document.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection

from spacy.tokens import Token

from newsextract import Actor, ExtractionContext

__all__ = ["PronounResolver"]

_PERSON = frozenset({"he", "him", "his", "she", "her", "hers"})
_PLURAL = frozenset({"they", "them", "their", "theirs"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_NEUTER = frozenset({"it", "its"})
#: Not "country": news calls a state "it"; "they" after a country's name is its people,
#: officials or anyone else there ("two aides who served in the Bush White House; the
#: campaign asked them to ...").
#: Not "media" either: an outlet is mostly named as the one told ("told POLITICO they were
#: leaning toward Cruz", "said in a USA Today interview they"), and "they" is the speakers.
_PLURAL_TYPES = frozenset({"group", "organization"})
_NEUTER_TYPES = frozenset({"organization", "country", "media"})
#: Sentences to look back (the pronoun's own, and this many before it).
_SENTENCES_BACK = 2
#: Candidate mentions examined per pronoun, so one look-up stays constant-time.
_MAX_CANDIDATES = 12


class PronounResolver:
    """Nearest compatible earlier actor for an unresolved pronoun, per document."""

    def __init__(self, ctx: ExtractionContext) -> None:
        self._ctx = ctx
        # key: two actors may share a span, and Actor objects do not compare
        mentions = sorted(
            ((m.start, m.end, actor) for actor in ctx.actors for m in actor.mentions),
            key=lambda item: (item[0], item[1]),
        )
        self._ends = [m[1] for m in sorted(mentions, key=lambda m: m[1])]
        self._by_end = sorted(mentions, key=lambda m: m[1])
        self._sent_starts = [s.start_char for s in ctx.doc.sents]
        # each actor's own gendered pronouns, read once: the agreement test runs per candidate
        self._gendered = {
            actor.id: frozenset(m.text.lower() for m in actor.mentions) & (_MALE | _FEMALE)
            for actor in ctx.actors
        }

    def resolve(
        self, token: Token, exclude: Collection[str] = (), agree: bool = False
    ) -> Actor | None:
        """The actor a pronoun token most likely refers to, or ``None``. With ``agree``, only
        a person the actors plugin has already linked a pronoun of the same gender to, and
        none of the other ("her" is not a man called "he", nor a description never called
        anything: "the New York businessman")."""
        lower = token.lower_
        if lower in _PERSON:
            types: frozenset[str] = frozenset({"person"})
        elif lower in _PLURAL:
            types = _PLURAL_TYPES
        elif lower in _NEUTER:
            types = _NEUTER_TYPES
        else:
            return None
        if token.tag_ not in ("PRP", "PRP$"):
            return None
        sent = bisect.bisect_right(self._sent_starts, token.idx) - 1
        floor = self._sent_starts[max(0, sent - _SENTENCES_BACK)] if sent >= 0 else 0
        index = bisect.bisect_right(self._ends, token.idx) - 1
        for _ in range(_MAX_CANDIDATES):
            if index < 0:
                break
            start, _end, actor = self._by_end[index]
            index -= 1
            if start < floor:
                break
            if actor.id in exclude or actor.type not in types:
                continue
            if agree and lower in _PERSON and not _same_gender(self._gendered[actor.id], lower):
                continue
            return actor
        return None


def _same_gender(words: frozenset[str], pronoun: str) -> bool:
    """Whether an actor's own gendered pronouns (``words``) include one of ``pronoun``'s
    gender and none of the other's."""
    same, other = (_MALE, _FEMALE) if pronoun in _MALE else (_FEMALE, _MALE)
    return bool(words & same) and not words & other
