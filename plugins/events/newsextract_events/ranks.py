"""Military ranks held in an armed service named before them ("Army Capt. John Doe",
"retired Army general Tom Reed", "Navy Capt. Ann Lee"): COOPERATE from the officer to
the service, which the gold of rounds 20-23 codes in 9 of 10 such titles (round 20's "Navy
SEAL Ty Woods": an employer inside a title is the target).

The small parser reads these titles badly ("Army Capt" one entity, the rank the subject of
"said", the full stop a name part), so the job rules, which need the rank to be a
compound of the name, miss them: the title is read from the words instead. The actors
plugin marks the service inside the title (its ``_service_before_rank``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.people_nouns import MILITARY_SERVICES, military_rank

from .lexicon import Sense
from .triggers import Trigger

__all__ = ["RANK", "RANK_MODE", "rank_roles", "rank_triggers"]

#: The mode of a rank held in a named service; its roles are read by :func:`rank_roles`.
RANK_MODE = "rank"
RANK = Sense("COOPERATE", RANK_MODE, needs="actor+agent")
#: How many words a rank may take between the service and the name ("Lt. Gen.": four
#: tokens with their full stops).
_RANK_REACH = 4


def rank_triggers(doc: Doc, taken: set[int]) -> list[Trigger]:
    """A trigger on the first rank word after each armed service that titles a person's
    name. ``taken`` are tokens that trigger something already."""
    found: list[Trigger] = []
    for token in doc:
        service_end = _service_end(token)
        if service_end is None or service_end >= len(doc):
            continue
        rank = doc[service_end]
        if rank.i in taken or not military_rank(rank.text):
            continue
        if _titled_name(rank) is not None:
            found.append(Trigger(rank, RANK, True))
    return found


def _service_end(token: Token) -> int | None:
    """The index after an armed service's name that starts at ``token`` ("Army", "Air
    Force"), or None."""
    doc = token.doc
    for width in (1, 2):
        end = token.i + width
        if end <= len(doc) and doc[token.i : end].text in MILITARY_SERVICES:
            return end
    return None


def _titled_name(rank: Token) -> Token | None:
    """The last word of the person's name the ranks after ``rank`` stand before: "Army
    **Capt.** John Doe" -> "Doe"."""
    doc = rank.doc
    i = rank.i
    while (
        i < len(doc)
        and i - rank.i < _RANK_REACH
        and (military_rank(doc[i].text) or doc[i].text == ".")
    ):
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "PERSON" or i == rank.i:
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1
    return doc[i]


def rank_roles(rank: Token) -> tuple[list[Token], list[Token]]:
    """The officer (agent) and the service (target) of a rank trigger."""
    name = _titled_name(rank)
    return ([name] if name is not None else []), [rank.doc[rank.i - 1]]
