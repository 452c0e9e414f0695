"""Titles and affiliations from what the text says next to a name; codes.

Affiliation comes from what the text says next to a name — a demonym or a
country in the title ("Belarusian President"), an organisation in it
("Foreign Ministry spokesperson"), a possessor ("China's Foreign Ministry") or
an "of X" ("Lukashenko of Belarus"). A person who speaks for a state organ is
affiliated with the state itself, because that is what event data aggregates
on. An organ the text does not qualify ("the Foreign Ministry said") belongs
to the article's focal country: the country most often mentioned, counting a
mention as grammatical subject double, since the state an article is about is
the one doing things in it.
"""

from __future__ import annotations

from newsextract.people_nouns import is_thing_noun

from . import gazetteer, titles
from .countries import country_index
from .mentions import Mention
from .state import ABBREVIATED_ROLES, AFFILIATE_KINDS, BuilderState, Info

_PARTY_LETTERS = {"R": "Republican Party", "D": "Democratic Party"}
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "poss"})

#: One-word organs that, unqualified, mean the state's own ("the Army said").
_SINGLE_WORD_ORGANS = frozenset(
    {"Parliament", "Government", "Cabinet", "Army", "Navy", "Presidency"}
)


def is_generic_organ(text: str) -> bool:
    """An organ named without its state: "Foreign Ministry", "Ministry of Defence".

    A lone "Council" or "Court" is too vague to pin on a state; a lone
    "Parliament" or "Army" is not.
    """
    words = [w for w in text.split() if w.casefold() not in {"of", "for", "the", "and", "'s"}]
    if len(words) == 1 and words[0] not in _SINGLE_WORD_ORGANS:
        return False
    if not words or (words[-1] not in gazetteer.STATE_ORGAN_HEADS and words[0] != "Ministry"):
        return False
    allowed = gazetteer.STATE_ORGAN_HEADS | gazetteer.GENERIC_ORGAN_WORDS
    return all(w in allowed for w in words)


def is_role_noun(word: str) -> bool:
    """Whether a noun can name what a person is: an office, a relation, an agent noun.

    Keeps "big debate" or "action" out of titles while accepting open-ended
    roles ("strongman", "spokesperson", "nominee") by their agent-noun suffix.
    """
    return (
        word in gazetteer.PERSON_ROLES
        or word in gazetteer.RELATION_NOUNS
        or (len(word) > 4 and word.endswith(gazetteer.AGENT_SUFFIXES) and not is_thing_noun(word))
    )


class Affiliations(BuilderState):
    """Titles, role nouns and affiliation votes per cluster; affiliations and codes."""

    def _vote_range(self, ci: int, rng: tuple[int, int] | None, *, nearest_last: bool) -> bool:
        if rng is None:
            return False
        inside = [
            mi
            for mi in self._mentions_in(*rng)
            if self.cluster_of[mi] != ci and self.mentions[mi].kind in AFFILIATE_KINDS
        ]
        if not inside:
            return False
        mi = inside[-1] if nearest_last else inside[0]
        self.info[ci].vote(self.cluster_of[mi], mi)
        return True

    def _inner_country(self, m: Mention) -> int | None:
        """A country named inside an organisation's name ("Russian Foreign Ministry")."""
        index = country_index()
        by_code = self.country_by_code
        for token in self.doc[m.start : m.end]:
            if not token.text[:1].isupper():
                continue
            code = index.by_demonym(token.text) or index.by_name(token.text)
            if code is not None and code in by_code:
                return by_code[code]
        return None

    def collect(self) -> None:
        """Gather titles and affiliation votes from every mention's neighbourhood."""
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            info = self.info[ci]
            kind = self.clusters[ci].kind
            if kind == "person":
                if m.honorifics:
                    info.add_title(" ".join(m.honorifics))
                    if len(m.honorifics) == 1:
                        word = m.honorifics[0].casefold()
                        info.heads.add(ABBREVIATED_ROLES.get(word, word))
                pre = titles.premodifier(self.doc, m)
                if pre is not None:
                    # a possessor in front is someone else: "Holt's NBC colleague Lauer"
                    owned = [t.i for t in self.doc[pre.start : m.start] if t.tag_ == "POS"]
                    self.title_tokens.update(range(owned[-1] + 1 if owned else pre.start, pre.end))
                    if self._has_title_word(pre):
                        info.add_title(pre.text)
                        self._add_head(info, pre.head, (pre.start, pre.end))
                        if not self._vote_range(ci, (pre.start, pre.end), nearest_last=True):
                            self._vote_range(ci, self._body_before(pre), nearest_last=True)
                    else:
                        self._vote_range(ci, (pre.start, pre.end), nearest_last=True)
                app = titles.apposition(self.doc, m)
                if app is not None and self._has_title_word(app):
                    info.add_title(app.text)
                    self._add_head(info, app.head, (app.start, app.end))
                    self._vote_range(ci, (app.start, app.end), nearest_last=False)
                self._vote_range(ci, titles.of_phrase(self.doc, m), nearest_last=False)
                party = self._party_tag(m)
                if party is not None and party != ci:
                    info.vote(party, mi)
            elif kind in ("organization", "media", "group") and not self._stateless(m):
                pre = titles.premodifier(self.doc, m)
                if pre is not None:
                    self._vote_range(ci, (pre.start, pre.end), nearest_last=True)
                self._vote_range(ci, titles.possessor(self.doc, m), nearest_last=True)
                self._vote_range(ci, titles.of_phrase(self.doc, m), nearest_last=False)
                if kind == "organization" and m.canonical is None:
                    inner = self._inner_country(m)
                    if inner is not None and inner != ci:
                        info.vote(inner, mi)

    def _body_before(self, pre: titles.Title) -> tuple[int, int] | None:
        """ "CNN President Jeff Zucker" when the parser cut "CNN" off the title.

        An organisation's name right before a title, in the same clause with
        nothing between, is whose title it is; the parser sometimes makes it
        a subject of its own. The token before the title must end that
        mention.
        """
        before = pre.start - 1
        mi = self.owner.get(before)
        if mi is None or self.mentions[mi].end != pre.start or self.doc[pre.start].is_sent_start:
            return None
        if self.doc[before].dep_ in _OBJECT_DEPS:
            return None  # "told CNN President X ...": the body is the verb's, not the title's
        if self.mentions[mi].label != "ORG":
            return None  # "Arkansas shooter X": a place says where, not whom he serves
        return (before, pre.start)

    def _add_head(self, info: Info, head: int, title: tuple[int, int] | None = None) -> None:
        """The role noun of a title, unless a qualifier makes it another role.

        A "Vice President" or "former president" is not who "the president" is.
        A party or state named in the title qualifies the role too: "Democratic
        nominee" Clinton is "the Democratic nominee", not "the GOP nominee".
        """
        role = self._role_key(head)
        info.heads.add(role)
        if title is not None:
            for q in self._qualifiers(title[0], head):
                info.heads.add(f"{q}:{role}")

    def _party_tag(self, m: Mention) -> int | None:
        """US style "Sen. Ted Cruz (R-Texas)": the party of a politician, if it is an actor."""
        doc = self.doc
        if m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != "-":
            return None
        canonical = _PARTY_LETTERS.get(doc[m.end + 1].text)
        return self.by_canonical.get(canonical) if canonical else None

    def _has_title_word(self, title: titles.Title) -> bool:
        """Whether a pre-modifier is a title: it ends in a role noun that is not a name.

        "Belarusian President" and "Foreign Ministry spokesperson" are titles;
        "Belarusian" alone, "anti-GOP" (ends in a name) and "three Republican
        hopefuls" (plural: a list, not a role) are not, and neither is a
        stretch that contains another person.
        """
        span = self.doc[title.start : title.end]
        last = self.doc[title.head]
        if not last.is_alpha or last.i in self.owner or last.pos_ not in {"NOUN", "PROPN"}:
            return False
        if last.tag_ in {"NNS", "NNPS"} or not is_role_noun(last.lower_):
            return False
        return not any(
            self.mentions[self.owner[t.i]].kind == "person" for t in span if t.i in self.owner
        )

    def _is_state_organ(self, ci: int) -> bool:
        cluster = self.clusters[ci]
        if cluster.kind != "organization":
            return False
        texts = [self.mentions[mi].text for mi in cluster.mentions]
        return any(
            is_generic_organ(t) or t in gazetteer.NATIONAL_BODIES or "Ministry" in t.split()
            for t in texts
        )

    def _state_of_organ(self, ci: int, focal: int | None) -> int | None:
        """The state an organisation belongs to when no cue next to it says so."""
        ms = [self.mentions[mi] for mi in self.clusters[ci].mentions]
        if any(self._stateless(m) for m in ms):
            return None  # "Security Council": the UN's, not the focal country's
        for m in ms:
            code = m.org_country or m.code
            if code is not None and code in self.country_by_code:
                return self.country_by_code[code]
        if any(m.code or m.org_country for m in ms):
            return None  # a named state the article does not otherwise mention
        if focal is not None and any(is_generic_organ(m.text) for m in ms):
            return focal
        return None

    def affiliations(self) -> list[int | None]:
        focal = self.focal_country()
        out: list[int | None] = []
        for ci, info in enumerate(self.info):
            choice: int | None = None
            if info.votes:
                choice = max(info.votes, key=lambda c: (info.votes[c], -info.vote_order[c]))
            elif self.clusters[ci].kind == "organization":
                choice = self._state_of_organ(ci, focal)
            out.append(choice if choice != ci else None)
        # Whoever speaks for a state organ is affiliated with the state itself.
        for ci, choice in enumerate(out):
            if (
                choice is not None
                and self.clusters[ci].kind == "person"
                and self._is_state_organ(choice)
                and out[choice] is not None
                and self.clusters[out[choice] or 0].kind == "country"
            ):
                out[ci] = out[choice]
        return out

    def codes(self, affiliation: list[int | None]) -> list[str | None]:
        out: list[str | None] = []
        for ci, cluster in enumerate(self.clusters):
            # A country's own code, or one a dictionary or gazetteer gave the actor.
            code = cluster.code
            seen = {ci}
            cur = affiliation[ci]
            while code is None and cur is not None and cur not in seen:
                seen.add(cur)
                code = self.clusters[cur].code if self.clusters[cur].kind == "country" else None
                cur = affiliation[cur]
            if code is None:
                code = next(
                    (
                        self.mentions[mi].code or self.mentions[mi].org_country
                        for mi in cluster.mentions
                        if self.mentions[mi].code or self.mentions[mi].org_country
                    ),
                    None,
                )
            out.append(code)
        return out
