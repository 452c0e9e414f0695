"""Actors of their own named by a noun phrase rather than a name.

A name modifying a common noun ("E.U. leaders", "the U.S. military"; see
:mod:`.phrases`) and a state's armed forces ("the military").
"""

from __future__ import annotations

from . import phrases, titles
from .mentions import ActorKind
from .state import BuilderState


class Groups(BuilderState):
    """Phrase actors: what a name before a common noun stands for; the military."""

    def modifiers(self) -> dict[str, tuple[ActorKind, list[tuple[int, int]], int]]:
        """Names that modify a common noun (see :mod:`.phrases`); the phrase actors.

        Fills :attr:`decisions` and returns the actors the phrases make, by
        key: (type, character ranges, the cluster of the first modifier).
        A name inside a named person's title is no mention. A phrase that is
        a named person's description ("the Democratic nominee") is theirs.
        """
        described = {end for info in self.info for _, end in info.descriptions}
        out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]] = {}
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            if m.start in self.title_tokens:
                self.decisions[mi] = ("drop", None)
                continue
            decision = phrases.decide(self.doc, self.text, m, self.clusters[ci].kind)
            if decision is None:
                continue
            self.decisions[mi] = decision
            what, phrase = decision
            if what != "phrase" or phrase is None or phrase.end_char in described:
                continue
            entry = out.setdefault(phrase.key, (phrase.kind, [], ci))
            entry[1].append((phrase.start_char, phrase.end_char))
            if phrase.kind == "group":
                self.group_heads[phrase.head] = ("phrase", phrase.key)
        self._forces(out)
        return out

    def _forces(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "the military", "our military", "America's military": a state's armed forces.

        Whose: the possessor's, else the state a "U.S. military" named before
        belongs to, else the article's focal country. Joins the phrase actor
        of that state's military when there is one.
        """
        doc = self.doc
        named: dict[int, str] = {}  # country cluster -> key of its "<X> military" phrase
        for key, (kind, _, ci) in out.items():
            if kind == "organization" and key.endswith(" military") and ci >= 0:
                named.setdefault(ci, key)
        focal: int | bool | None = False  # computed on first need
        for i in self.table.where_lower({"military"}):
            token = doc[i]
            if (
                token.pos_ != "NOUN"
                or token.dep_ in {"compound", "amod", "nmod"}
                or i in self.owner
            ):
                continue
            lefts = list(titles.near_lefts(token))
            if any(c.dep_ in {"compound", "amod", "nmod"} for c in lefts):
                continue  # "the U.S. military" (a phrase already), "the Russian military"
            owner = next((c for c in lefts if c.dep_ in {"det", "poss"}), None)
            if owner is None or (owner.dep_ == "det" and owner.lower_ != "the"):
                continue
            state: int | None = None
            if owner.dep_ == "poss" and owner.i in self.owner:
                ci = self.cluster_of[self.owner[owner.i]]
                state = ci if self.clusters[ci].kind == "country" else None
            elif len(named) == 1:
                state = next(iter(named))
            else:
                if focal is False:
                    focal = self.focal_country()
                state = focal if isinstance(focal, int) else None
            if state is None:
                continue
            key = named.get(state) or f"{state}:military"
            entry = out.setdefault(key, ("organization", [], state))
            entry[1].append((token.idx, token.idx + len(token.text)))
