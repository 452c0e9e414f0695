"""Military ranks held in an armed service named before them ("Army Capt. John Doe",
"retired Army general Tom Reed", "Navy Capt. Ann Lee"): COOPERATE from the officer to
the service, which the gold of rounds 20-23 codes in 9 of 10 such titles (round 20's "Navy
SEAL Ty Woods": an employer inside a title is the target).

The small parser reads these titles badly ("Army Capt" one entity, the rank the subject of
"said", the full stop a name part), so the job rules, which need the rank to be a
compound of the name, miss them: the title is read from the words instead, by
:func:`newsextract.people_nouns.rank_after_service`, the reading the actors plugin marks
the service inside the title by. Unlike the actors plugin, the rule also reads a service
after another job ("Pentagon spokesman Navy Capt. X": round 22 codes the COOPERATE to the
Navy), where the actors keep the first employer only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.people_nouns import military_rank, rank_after_service

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
    ranks: set[int] = set()  # "U.S. Army Capt.": read from "U.S." and from "Army"
    for start in range(len(doc)):
        rank_at = rank_after_service(doc, start)
        if rank_at is None or rank_at in taken or rank_at in ranks:
            continue
        ranks.add(rank_at)
        rank = doc[rank_at]
        if _titled_name(rank) is not None:
            found.append(Trigger(rank, RANK, True))
    return found


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
