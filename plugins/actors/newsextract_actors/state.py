"""What the actor builder knows of one document, shared by its passes.

The mentions and their clusters, which token belongs to which mention, the
titles and affiliation votes gathered per cluster, and the few questions
every pass asks: who is named in a stretch, which role a noun names, which
country the article is about.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import gazetteer, names, phrases, titles
from .cluster import Cluster, cluster_mentions
from .mentions import Mention, find_mentions, use_datelines
from .tokens import TokenTable

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Honorifics written short, by the role noun a later description uses ("the senator").
ABBREVIATED_ROLES = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "pres.": "president",
    "supt.": "superintendent",
}
_ROLE_QUALIFIERS = frozenset(
    {"vice", "deputy", "assistant", "former", "ex", "acting", "associate", "lieutenant", "under"}
)
AFFILIATE_KINDS = frozenset({"country", "organization", "media", "group"})
#: Jobs whose title names the holder's employer: "DNC Chair Debbie Wasserman Schultz", "Clinton
#: campaign manager Robby Mook", "FBI Director James Comey" (rulings of rounds 20-21: the employer
#: inside such a title is marked, even when named elsewhere). Race roles ("Republican nominee")
#: and offices with a seat ("Ohio Gov.") name no employer. A chamber's speaker, a party's boss and
#: an outlet's moderator or host are its own ("House Speaker X", "CNBC moderator X"); so are a
#: body's president and a university's professor or scholar ("Acme Fund president X", "Harvard
#: professor X", session 25: 3 of 4 such titles coded on rounds 22-23); a chamber's whip and a
#: court's justice ("Senate Majority Whip X", "Supreme Court Justice X", round 24's staff titles).
EMPLOYER_ROLES = names.words(
    """
    spokesman spokeswoman spokesperson strategist manager adviser advisor aide director pollster
    chairman chairwoman chair secretary leader executive ceo founder owner editor reporter
    correspondent columnist counsel treasurer official operative staffer chief head
    speaker boss moderator host anchor committeeman committeewoman publisher producer
    president professor writer scholar fellow commissioner historian economist analyst
    researcher whip justice
    """
)


@dataclass
class Info:
    titles: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)  #: role nouns of the titles ("strongman")
    descriptions: list[tuple[int, int]] = field(default_factory=list)  #: char ranges
    votes: Counter[int] = field(default_factory=Counter)
    vote_order: dict[int, int] = field(default_factory=dict)

    def vote(self, cluster: int, position: int) -> None:
        self.votes[cluster] += 1
        self.vote_order.setdefault(cluster, position)

    def add_title(self, title: str) -> None:
        if title and title not in self.titles:
            self.titles.append(title)


class BuilderState:
    """The document, its mentions and clusters, and what the passes record on them."""

    def __init__(
        self,
        doc: Doc,
        text: str | None = None,
        datelines: tuple[tuple[int, int], ...] | None = None,
    ) -> None:
        """``text`` and ``datelines`` are the context's (``ctx.text``, ``ctx.datelines``)
        when the caller has them: both are otherwise recomputed from the doc."""
        self.doc = doc
        if datelines is not None:
            use_datelines(doc, datelines)
        # Doc.text joins every token on each access: take it once (or from the context).
        self.text = text if text is not None else doc.text
        self.table = TokenTable(doc)
        self.folded: set[int] = set()  #: person mentions inside a unit ("Trump campaign")
        #: tokens of the pre-modifying titles of named people ("Republican nominee" Trump)
        self.title_tokens: set[int] = set()
        #: head token of a group phrase or plural group name -> its actor key
        self.group_heads: dict[int, tuple[str, str]] = {}
        #: mention index -> what a name modifying a common noun stands for (phrases.py)
        self.decisions: dict[int, tuple[phrases.Decision, phrases.Phrase | None]] = {}
        #: start char of a body's name before one person's role noun ("the CNN reporter") ->
        #: (its end char, where the role words start): two mentions (groups.py)
        self.employer_roles: dict[int, tuple[int, int]] = {}
        self.mentions: list[Mention] = find_mentions(doc)
        self.clusters: list[Cluster] = cluster_mentions(self.mentions)
        self.cluster_of: list[int] = [0] * len(self.mentions)
        for ci, cluster in enumerate(self.clusters):
            for mi in cluster.mentions:
                self.cluster_of[mi] = ci
        # token index -> mention index, for finding the names inside a title.
        self.owner: dict[int, int] = {}
        for mi, m in enumerate(self.mentions):
            for t in range(m.start, m.end):
                self.owner[t] = mi
        self.info: list[Info] = [Info() for _ in self.clusters]
        self.by_canonical: dict[str, int] = {}
        for mi, m in enumerate(self.mentions):
            if m.canonical is not None:
                self.by_canonical.setdefault(m.canonical, self.cluster_of[mi])
        self.country_by_code: dict[str | None, int] = {
            c.code: i for i, c in enumerate(self.clusters) if c.kind == "country"
        }

    def _mentions_in(self, start: int, end: int) -> list[int]:
        found: list[int] = []
        for t in range(start, end):
            mi = self.owner.get(t)
            if mi is not None and (not found or found[-1] != mi):
                found.append(mi)
        return found

    def _qualifiers(self, start: int, head: int) -> set[int]:
        """Clusters of the parties, states and bodies named in ``[start, head)``."""
        return {
            self.cluster_of[mi]
            for mi in self._mentions_in(start, head)
            if self.clusters[self.cluster_of[mi]].kind in AFFILIATE_KINDS
        }

    def _role_key(self, head: int) -> str:
        """ "president", or "vice president" / "former president" with its qualifier."""
        word = self.doc[head].lower_
        word = ABBREVIATED_ROLES.get(word, word)
        word = gazetteer.ROLE_SYNONYMS.get(word, word)
        if head > 0:
            prev = self.doc[head - 1]
            before = prev.lower_.rstrip("-")
            # "under President Obama": the preposition, not an under secretary
            if before in _ROLE_QUALIFIERS and not (before == "under" and prev.dep_ == "prep"):
                return f"{before} {word}"
        return word

    def _name_words(self, ci: int) -> set[str]:
        """The words of an actor's names, lower-cased ("u.s.", "court", "appeals")."""
        return {
            w.casefold()
            for mi in self.clusters[ci].mentions
            for w in self.mentions[mi].text.split()
        }

    @staticmethod
    def _stateless(m: Mention) -> bool:
        """International bodies and parties belong to no state ("G20 summit in China")."""
        return m.canonical is not None and m.org_country is None

    def focal_country(self) -> int | None:
        """The country the article is most about (see the module docstring).

        ``None`` unless one country clearly leads (half again the runner-up's
        score): an article about several states has no default one.
        """
        scores: list[tuple[int, int]] = []
        best: tuple[int, int] | None = None
        best_ci: int | None = None
        for ci, cluster in enumerate(self.clusters):
            if cluster.kind != "country":
                continue
            score = 0
            for mi in cluster.mentions:
                m = self.mentions[mi]
                root = titles.span_root(self.doc, m.start, m.end)
                score += 3 if root.dep_ in SUBJECT_DEPS else 1
            key = (score, -cluster.first)
            scores.append(key)
            if best is None or key > best:
                best, best_ci = key, ci
        if best is None:
            return None
        runner_up = max((k[0] for k in scores if k != best), default=0)
        return best_ci if 2 * best[0] >= 3 * runner_up else None

    def _in_title(self, start_char: int) -> bool:
        span = self.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].i in self.title_tokens

    def employs_in_title(self, end: int) -> bool:
        """A stretch of a named person's title ending at token ``end`` names the employer:
        the title's words after it hold a job ("RNC **spokesman** Sean Spicer")."""
        doc = self.doc
        if end < len(doc) and doc[end].text == "Secretary":
            return False  # "Defense Secretary X": an office whose name holds a body (round 21)
        for i in range(end, min(len(doc), end + titles.MAX_TITLE_TOKENS)):
            if i not in self.title_tokens:
                return False
            if doc[i].lower_ in EMPLOYER_ROLES:
                return True
        return False

    def _described(self) -> dict[int, int]:
        """The last token of every description ("the **senator**") -> its cluster."""
        out: dict[int, int] = {}
        for ci, info in enumerate(self.info):
            for _, end in info.descriptions:
                span = self.doc.char_span(end - 1, end, alignment_mode="expand")
                if span is not None and len(span):
                    out[span[-1].i] = ci
        return out
