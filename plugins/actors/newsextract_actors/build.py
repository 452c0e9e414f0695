"""From clustered mentions to ``Actor`` records: names, titles, affiliations, codes.

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

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsextract import Actor, ExtractionContext, Span

from . import gazetteer, phrases, titles
from .cluster import ORG_WORDS as _ORG_WORDS
from .cluster import Cluster, cluster_mentions
from .coref import Resolver
from .countries import country_index, normalise
from .mentions import ActorKind, Mention, find_mentions
from .tokens import TokenTable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PARTY_LETTERS = {"R": "Republican Party", "D": "Democratic Party"}
_ARRIVALS = frozenset({"arrive", "land", "travel", "fly", "return", "visit", "stop", "touch"})
_RULERS = frozenset({"leader", "leaders", "lawmaker", "lawmakers", "policymakers"})
_INTO_PLACE = gazetteer.LOCATIVE_PREPOSITIONS | {"into", "to", "from", "out"}
#: Prepositions whose object may act or be acted upon ("led by West Virginia").
#: "the country", "the government": the article's focal country.
_FOCAL_NOUNS = frozenset({"country", "nation", "government", "regime"})
_NATIONAL_WORDS = frozenset({"federal", "national", "central", "whole", "entire"})
#: Verbs whose object is an office sought or a building ("occupy the White House").
_SOUGHT_VERBS = frozenset(
    {"seek", "win", "occupy", "leave", "enter", "reach", "take", "capture", "want", "run"}
)
_OCCUPANTS = frozenset({"resident", "occupant", "tenant", "keys", "race", "control"})
_WE = frozenset({"we", "us", "our", "ours"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_ACTING_PREPS = frozenset({"by", "with", "against", "between", "on", "toward", "towards"})
#: Honorifics written short, by the role noun a later description uses ("the senator").
_ABBREVIATED_ROLES = {
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
#: What a person leads or belongs to that acts on its own ("the Trump campaign").
_UNIT_HEADS = frozenset({"campaign", "administration", "camp", "team", "family"})
_ROLE_QUALIFIERS = frozenset(
    {"vice", "deputy", "assistant", "former", "ex", "acting", "associate", "lieutenant", "under"}
)
_PLACE_KINDS = frozenset({"other", "country"})
_AFFILIATE_KINDS = frozenset({"country", "organization", "media", "group"})


@dataclass
class _Info:
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
        or (len(word) > 4 and word.endswith(gazetteer.AGENT_SUFFIXES))
    )


class ActorBuilder:
    """Builds the actors of one document; one instance per document."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
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
        self.info: list[_Info] = [_Info() for _ in self.clusters]
        self.by_canonical: dict[str, int] = {}
        for mi, m in enumerate(self.mentions):
            if m.canonical is not None:
                self.by_canonical.setdefault(m.canonical, self.cluster_of[mi])
        self.country_by_code: dict[str | None, int] = {
            c.code: i for i, c in enumerate(self.clusters) if c.kind == "country"
        }

    # -- cues ---------------------------------------------------------------------
    def _mentions_in(self, start: int, end: int) -> list[int]:
        found: list[int] = []
        for t in range(start, end):
            mi = self.owner.get(t)
            if mi is not None and (not found or found[-1] != mi):
                found.append(mi)
        return found

    def _vote_range(self, ci: int, rng: tuple[int, int] | None, *, nearest_last: bool) -> bool:
        if rng is None:
            return False
        inside = [
            mi
            for mi in self._mentions_in(*rng)
            if self.cluster_of[mi] != ci and self.mentions[mi].kind in _AFFILIATE_KINDS
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
                        info.heads.add(_ABBREVIATED_ROLES.get(word, word))
                pre = titles.premodifier(self.doc, m)
                if pre is not None:
                    # a possessor in front is someone else: "Holt's NBC colleague Lauer"
                    owned = [t.i for t in self.doc[pre.start : m.start] if t.tag_ == "POS"]
                    self.title_tokens.update(range(owned[-1] + 1 if owned else pre.start, pre.end))
                    if self._has_title_word(pre):
                        info.add_title(pre.text)
                        self._add_head(info, pre.head, (pre.start, pre.end))
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

    def _add_head(self, info: _Info, head: int, title: tuple[int, int] | None = None) -> None:
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

    def _qualifiers(self, start: int, head: int) -> set[int]:
        """Clusters of the parties, states and bodies named in ``[start, head)``."""
        return {
            self.cluster_of[mi]
            for mi in self._mentions_in(start, head)
            if self.clusters[self.cluster_of[mi]].kind in _AFFILIATE_KINDS
        }

    def _role_key(self, head: int) -> str:
        """ "president", or "vice president" / "former president" with its qualifier."""
        word = self.doc[head].lower_
        word = _ABBREVIATED_ROLES.get(word, word)
        word = gazetteer.ROLE_SYNONYMS.get(word, word)
        if head > 0:
            before = self.doc[head - 1].lower_.rstrip("-")
            if before in _ROLE_QUALIFIERS:
                return f"{before} {word}"
        return word

    def _party_tag(self, m: Mention) -> int | None:
        """US style "Sen. Ted Cruz (R-Texas)": the party of a politician, if it is an actor."""
        doc = self.doc
        if m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != "-":
            return None
        canonical = _PARTY_LETTERS.get(doc[m.end + 1].text)
        return self.by_canonical.get(canonical) if canonical else None

    def descriptions(self) -> None:
        """Titles used as names later on: "the Belarusian strongman", "the president".

        A definite noun phrase whose head is the role noun of exactly one
        person's title, after that person was named, is a mention of them.
        One pass over the tokens with a dict look-up per token.
        """
        owners: dict[str, set[int]] = {}
        for ci, info in enumerate(self.info):
            if self.clusters[ci].kind == "person":
                for head in info.heads:
                    owners.setdefault(head, set()).add(ci)
        unique = {head: next(iter(cs)) for head, cs in owners.items() if len(cs) == 1}
        if not unique:
            return
        doc = self.doc
        n = len(doc)
        role_words = {key.rpartition(":")[2].split()[-1] for key in unique}
        role_words |= {w for w, role in gazetteer.ROLE_SYNONYMS.items() if role in role_words}
        for i in self.table.where_lower(role_words):
            token = doc[i]
            if token.i in self.owner or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if token.tag_ in {"NNS", "NNPS"} or token.dep_ in {"compound", "amod", "nmod"}:
                continue
            if token.i + 1 < n and doc[token.i + 1].pos_ == "PROPN":
                continue  # a title before a name, already counted
            det = next((c for c in titles.near_lefts(token) if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the":
                continue
            role = self._role_key(token.i)
            qualifiers = self._qualifiers(det.i + 1, token.i)
            if qualifiers:  # "the Democratic nominee": only a Democratic one
                found = {unique.get(f"{q}:{role}") for q in qualifiers} - {None}
                person = found.pop() if len(found) == 1 else None
            else:
                person = unique.get(role)
            if person is None:
                continue
            first = self.mentions[self.clusters[person].first]
            if token.idx <= first.start_char:
                continue
            start = doc[det.i + 1].idx
            self.info[person].descriptions.append((start, token.idx + len(token.text)))

    def org_descriptions(self) -> None:
        """Organisations and countries named by a definite common noun.

        "the museum" after "the National Museum of ...", "the fund" after the
        "International Monetary Fund": the head word of exactly one named
        organisation. "the agency" is the latest government agency named,
        "the bloc" the latest trade or political bloc, "the alliance" the
        latest military alliance; "the country" and "the nation" are the
        article's focal country (see :meth:`focal_country`). One pass over
        the tokens with dict look-ups.
        """
        heads: dict[str, set[int]] = {}
        for ci, cluster in enumerate(self.clusters):
            if cluster.kind not in {"organization", "media"}:
                continue
            for mi in cluster.mentions:
                word = _name_head(self.mentions[mi].text)
                if word:
                    heads.setdefault(word, set()).add(ci)
        by_head = {w: next(iter(cs)) for w, cs in heads.items() if len(cs) == 1}
        classes: dict[str, set[int]] = {}
        for ci, cluster in enumerate(self.clusters):
            names = {self.mentions[mi].canonical or "" for mi in cluster.mentions}
            words = {_name_head(self.mentions[mi].text) for mi in cluster.mentions}
            for noun, (canonicals, name_heads) in gazetteer.CLASS_NOUNS.items():
                if names & canonicals or (cluster.kind == "organization" and words & name_heads):
                    classes.setdefault(noun, set()).add(ci)
        focal = self.focal_country()
        doc = self.doc
        last_seen: dict[int, int] = {}  # cluster -> latest mention start token
        mention_at = {m.start: mi for mi, m in enumerate(self.mentions)}
        nouns = self.table.where_lower(set(by_head) | set(classes) | _FOCAL_NOUNS)
        for i in sorted(set(mention_at) | set(nouns)):
            token = doc[i]
            at = mention_at.get(token.i)
            if at is not None:
                last_seen[self.cluster_of[at]] = token.i
                continue
            word = token.lower_
            # the small model tags a lower-case "bloc" NNP at times
            if token.tag_ not in {"NN", "NNP"} or not token.is_lower or token.i in self.owner:
                continue
            if token.dep_ in {"compound", "amod", "nmod"}:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue
            det = next((c for c in titles.near_lefts(token) if c.dep_ == "det"), None)
            if det is None or det.lower_ not in {"the", "this"}:
                continue
            target: int | None = None
            if word in by_head and by_head[word] in last_seen:
                target = by_head[word]
            elif word in classes:
                seen = [ci for ci in classes[word] if ci in last_seen]
                # "the appeals court": the Court of Appeals, not the Supreme Court
                wanted = {
                    gazetteer.CLASS_QUALIFIERS.get(t.lower_, t.lower_)
                    for t in doc[det.i + 1 : token.i]
                    if t.is_alpha
                }
                named = [ci for ci in seen if wanted & self._name_words(ci)]
                seen = named or seen  # "the existing military alliance": any alliance
                if seen:
                    target = max(seen, key=lambda ci: last_seen[ci])
            elif word in _FOCAL_NOUNS and focal is not None and focal in last_seen:
                prep = token.head
                between = {t.lower_ for t in doc[det.i + 1 : token.i]}
                if between - _NATIONAL_WORDS:
                    continue  # "the sanctions regime", "the state government"
                if not (token.dep_ == "pobj" and prep.lower_ in _INTO_PLACE):
                    target = focal  # "back into the country" is a place
            if target is None:
                continue
            rng = (doc[det.i + 1].idx, token.idx + len(token.text))
            self.info[target].descriptions.append(rng)

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

    # -- decisions --------------------------------------------------------------------
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
                score += 3 if root.dep_ in _SUBJECT_DEPS else 1
            key = (score, -cluster.first)
            scores.append(key)
            if best is None or key > best:
                best, best_ci = key, ci
        if best is None:
            return None
        runner_up = max((k[0] for k in scores if k != best), default=0)
        return best_ci if 2 * best[0] >= 3 * runner_up else None

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

    def name_and_aliases(self, ci: int) -> tuple[str, list[str]]:
        cluster = self.clusters[ci]
        ms = [self.mentions[mi] for mi in cluster.mentions]
        forms: list[str] = []
        for m in ms:
            if m.role == "demonym":
                continue
            start = m.name_start_char if m.name_start_char >= 0 else m.start_char
            form = self.text[start : m.end_char]
            form = _clean_name(form)
            if form and form not in forms:
                forms.append(form)
        if cluster.kind == "country" and cluster.code:
            name = country_index().name(cluster.code)
        else:
            # A national body's gazetteer name is its short form ("Senate" for
            # "U.S. Senate"); other gazetteers hold the full name ("United Nations").
            canonical = next((m.canonical for m in ms if m.canonical and not m.org_country), None)
            if canonical is not None:
                name = canonical
            elif forms:
                name = max(forms, key=lambda f: (len(f.split()), len(f), -forms.index(f)))
            else:
                name = _clean_name(ms[0].text)
        aliases = [f for f in forms if f != name and normalise(f) != normalise(name)]
        return name, aliases

    # -- output -----------------------------------------------------------------------
    def _demonym_span(self, m: Mention) -> tuple[int, int] | None:
        """What a demonym mention covers in the output, ``None`` when it names no actor.

        "the Mexican government" stands for the state: the mention is
        "Mexican government". "Russian troops" keeps "Russian" (the troops are
        the state's, later stages read the modifier). "Mexican trucks" or "the
        American elections" only describe: no mention of the country.
        """
        doc = self.doc
        token = doc[m.end - 1]
        head = token.head
        if token.dep_ not in {"amod", "compound", "nmod"} or not m.end <= head.i <= m.end + 1:
            return (m.start_char, m.end_char)  # "Americans", "the Mexicans"
        words = {head.lemma_.lower(), head.lower_}
        if words & gazetteer.STATE_STAND_INS and head.i == m.end:
            return (m.start_char, head.idx + len(head.text))
        if words & gazetteer.STATE_FORCES:
            return (m.start_char, m.end_char)
        return None

    def _only_where(self, m: Mention, *, town: bool) -> bool:
        """A place named only as where something is: "shootings in Chicago".

        "Officials in Washington" are the state's: a capital after the people
        who govern stands for the state. "Arrived in Beijing" names where a
        visit goes, which makes the place's state its host, and "the offensive
        in Ukraine" is against it. A ``town`` (a city, region or continent,
        not a state) acts only as a subject, object, possessor or agent: not
        after other prepositions ("plans for Europe"), nor as the state after
        a town ("Flint, Mich.") or the home of a person ("Rawlings, of Ashton").
        A second conjunct is where its first one is ("in Ferguson and Charlotte").
        """
        root = titles.span_root(self.doc, m.start, m.end)
        for _ in range(titles.WINDOW):
            if root.dep_ != "conj" or root.head.i >= root.i:
                break
            root = root.head
        if any(w in _ORG_WORDS for w in m.text.split()):
            return False  # "a scholar at the Center for Strategic Studies" (tagged a place)
        if town and root.dep_ in {"appos", "npadvmod"} and root.head.pos_ == "PROPN":
            return True
        if root.dep_ != "pobj" or root.head.dep_ != "prep":
            return False
        prep = root.head
        owner = prep.head
        if prep.lower_ not in gazetteer.LOCATIVE_PREPOSITIONS:
            return (
                town
                and prep.lower_ not in _ACTING_PREPS
                and not (
                    prep.lower_ == "of"
                    and owner.pos_ == "NOUN"  # "the attorney general of Oklahoma"
                )
            )
        words = {owner.lemma_.lower(), owner.lower_}
        if words & _ARRIVALS or words & gazetteer.ASSAULT_NOUNS:
            return False
        return not (words & (gazetteer.STATE_FORCES | gazetteer.STATE_STAND_INS | _RULERS))

    def _the_office(self, m: Mention) -> bool:
        """ "seeking the White House", "a contender for the White House", "left the
        White House": the office or the building, not the presidency acting."""
        root = titles.span_root(self.doc, m.start, m.end)
        if root.dep_ == "dobj":
            return root.head.lemma_.lower() in _SOUGHT_VERBS
        if root.dep_ == "pobj" and root.head.dep_ == "prep":
            prep = root.head
            if prep.lower_ == "of":  # "the next resident of the White House", not "out of"
                return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _OCCUPANTS
            return prep.lower_ in {"for", "at", "into", "in", "inside"}
        return False

    def _party_modifier(self, m: Mention) -> bool:
        """ "the Republican nominee", "a Democratic tax aide": a party adjective
        says what someone is, it names no act of the party."""
        if m.canonical not in gazetteer.PARTIES or m.end - m.start != 1:
            return False
        token = self.doc[m.start]
        head = token.head
        return (
            token.dep_ in {"amod", "compound", "nmod"}
            and head.i > token.i
            and head.pos_ == "NOUN"
            and head.tag_ in {"NN", "NNS"}
            # "the Republican nominee" stays the party's (tests/test_actors.py)
            and not is_role_noun(head.lower_)
        )

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

    def relatives(
        self, resolved: dict[int, int]
    ) -> dict[str, tuple[ActorKind, list[tuple[int, int]], int]]:
        """ "his wife", "Cruz's father", "my mother": a person named by kinship.

        The mention is the kinship noun. It is the person named in apposition
        ("his wife, Heidi,") and every other mention of the same relative of
        the same person is too; otherwise the relatives are actors of their
        own, one per (person, relation). A noun right before a name is a
        title ("his wife Melania Trump": the name is the mention).
        """
        doc = self.doc
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        named: dict[str, int] = {}
        for i in self.table.where_lower(gazetteer.KIN_NOUNS):
            token = doc[i]
            if token.tag_ != "NN" or token.dep_ in {"compound", "amod", "nmod", "appos"}:
                continue
            if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
                continue
            owner = next((c for c in titles.near_lefts(token) if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ in {"their", "your"}:
                continue  # "torn from their spouse": anyone's
            mi = self.owner.get(owner.i)
            who = resolved.get(owner.i) if mi is None else self.cluster_of[mi]
            key = f"{who if who is not None else '?' + str(i)}:{token.lower_}"
            start = token.idx
            if i > 0 and doc[i - 1].dep_ == "amod" and doc[i - 1].head.i == i:
                start = doc[i - 1].idx  # "his former wife"
            found[key].append((start, token.idx + len(token.text)))
            for child in titles.near_rights(token):
                person = self.owner.get(child.i)
                if child.dep_ == "appos" and person is not None:
                    ci = self.cluster_of[person]
                    if self.clusters[ci].kind == "person":
                        named.setdefault(key, ci)
        out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]] = {}
        for key, ranges in found.items():
            if key in named:
                self.info[named[key]].descriptions.extend(ranges)
            else:
                out["kin:" + key] = ("person", ranges, -1)
        self._entourage(resolved, out)
        return out

    def _entourage(
        self, resolved: dict[int, int], out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]
    ) -> None:
        """ "his aides", "Obama's advisers", "Clinton aides": the people around a person.

        A group of its own, one per (person, noun), affiliated with the person;
        the possessor stays the person's mention ("Obama's" "aides").
        """
        doc = self.doc
        for i in self.table.where_lower(gazetteer.ENTOURAGE_NOUNS):
            token = doc[i]
            if token.pos_ != "NOUN" or token.dep_ in {"compound", "amod", "nmod", "appos"}:
                continue
            lefts = list(titles.near_lefts(token))
            owner = next((c for c in lefts if c.dep_ in {"poss", "compound"}), None)
            if owner is None:
                continue
            mi = self.owner.get(owner.i)
            who = resolved.get(owner.i) if mi is None else self.cluster_of[mi]
            if who is None or self.clusters[who].kind != "person":
                continue
            start = token.idx
            if owner.dep_ == "compound":  # "Clinton aides": one name for the group
                if mi is None or mi in self.decisions:
                    continue
                start = self.mentions[mi].start_char
                self.decisions[mi] = ("drop", None)
            key = f"entourage:{who}:{token.lemma_.lower()}"
            entry = out.setdefault(key, ("group", [], who))
            entry[1].append((start, token.idx + len(token.text)))
            self.group_heads[i] = ("phrase", key)

    def we(
        self,
        resolver: Resolver,
        affiliation: list[int | None],
        units: dict[tuple[int, str], list[tuple[int, int]]],
    ) -> dict[tuple[str, int], list[tuple[int, int]]]:
        """ "We", "our" in a quotation: the organisation its speaker speaks for.

        A spokesman's "we" is the state or body he is affiliated with (by his
        title, "of X", a possessor); a campaign official's (affiliated with the
        candidate, whose campaign the article names) is the campaign; an
        organisation quoted is itself. A speaker with no such affiliation is
        left alone: "we" may be the people, a family, everyone.
        """
        doc = self.doc
        quotes = resolver.quotes
        if not quotes:
            return {}
        out: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
        starts = [q.start for q in quotes]
        for i in self.table.where_lower(_WE):
            token = doc[i]
            if token.tag_ not in {"PRP", "PRP$"}:
                continue
            k = bisect.bisect_right(starts, i) - 1
            if k < 0 or not quotes[k].start <= i < quotes[k].end or quotes[k].speaker < 0:
                continue
            speaker = resolver._cluster_at(quotes[k].speaker)
            if speaker is None:
                continue
            kind = self.clusters[speaker].kind
            target: tuple[str, int] | None = None
            if kind in {"organization", "country", "media"}:
                target = ("cluster", speaker)
            elif kind == "person" and affiliation[speaker] is not None:
                aff = affiliation[speaker]
                assert aff is not None
                aff_kind = self.clusters[aff].kind
                party = any(
                    self.mentions[mi].canonical in gazetteer.PARTIES
                    for mi in self.clusters[aff].mentions
                )
                if aff_kind in {"organization", "country", "media"} and not party:
                    target = ("cluster", aff)  # a party member's "we" is rarely the party
                elif aff_kind == "person" and (aff, "campaign") in units:
                    target = ("unit", aff)
            if target is not None:
                out[target].append((token.idx, token.idx + len(token.text)))
        return out

    def it_said(self) -> dict[int, list[tuple[int, int]]]:
        """ "China said it was opposed": "it" is the organisation or state that said so.

        Only the subject "it" of a clause reported by a verb whose subject is
        an organisation, state or outlet ("the IMF announced that it ..."),
        and not an extraposing "it" ("said it was important to ...").
        """
        doc = self.doc
        described = self._described()
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for i in self.table.where_lower({"it"}):
            token = doc[i]
            verb = token.head
            if token.tag_ != "PRP" or token.dep_ != "nsubj" or verb.dep_ != "ccomp":
                continue
            if any(c.dep_ in {"xcomp", "ccomp", "csubj"} and c.i > verb.i for c in verb.children):
                continue  # "it was important to act": nobody
            if any(c.dep_ == "attr" for c in verb.children):
                continue  # "it was a provocation": what was done, rarely the speaker
            reporter = verb.head
            subject = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.i > i:
                continue
            mi = self.owner.get(subject.i)
            ci = self.cluster_of[mi] if mi is not None else described.get(subject.i)
            if ci is None or self.clusters[ci].kind not in {"organization", "country", "media"}:
                continue
            out[ci].append((token.idx, token.idx + len(token.text)))
        return out

    def plural_pronouns(self) -> dict[tuple[str, str], list[tuple[int, int]]]:
        """ "they", "them", "their" for the one group named just before.

        A plural pronoun goes to a group ("E.U. leaders", "African-Americans",
        "Republicans") named earlier in its sentence or in the one before,
        when exactly one group is named there and no other plural noun
        stands between them as an argument ("... the candidates ... their").
        Keys: ("cluster", index) or ("phrase", key); values character ranges.
        """
        doc = self.doc
        heads = dict(self.group_heads)
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            what = self.decisions.get(mi, ("keep", None))[0]
            if what != "keep" or mi in self.folded:
                continue
            plural = doc[m.end - 1].tag_ in {"NNS", "NNPS"} or m.text.endswith("s")
            party = m.canonical in gazetteer.PARTIES
            if plural and (self.clusters[ci].kind == "group" or party):
                heads[m.end - 1] = ("cluster", str(ci))
        out: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        if not heads:
            return out
        sentence = self.table.sentence
        starts = sorted(heads)
        for i in self.table.where_lower(_PLURAL_PRONOUNS):
            token = doc[i]
            if token.tag_ not in {"PRP", "PRP$"}:
                continue
            k = bisect.bisect_left(starts, i) - 1
            found: set[tuple[str, str]] = set()
            latest = -1
            coordinated = False
            while k >= 0 and sentence[starts[k]] >= sentence[i] - 1:
                found.add(heads[starts[k]])
                latest = max(latest, starts[k])
                head = doc[starts[k]]
                # "Cruz and his aides ... they": both of them, no one actor
                coordinated |= head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
                k -= 1
            if len(found) != 1 or coordinated:
                continue
            rivals = any(
                doc[j].tag_ in {"NNS", "NNPS"}
                and doc[j].dep_ in _ARGUMENT_DEPS
                # people compete, and for "them" (things as often as people) any plural
                and (
                    token.lower_ == "them" or doc[j].tag_ == "NNPS" or phrases.is_group_noun(doc[j])
                )
                and j not in heads
                and j not in self.owner
                for j in range(latest + 1, i)
            )
            if not rivals:
                out[next(iter(found))].append((token.idx, token.idx + len(token.text)))
        return out

    def _spans(self, ctx: ExtractionContext, cluster: Cluster) -> list[Span]:
        ranges: list[tuple[int, int]] = []
        # a name the parser also read as an organisation may act: keep all of it
        # but where it is the object of "in"
        organised = any(self.mentions[mi].label == "ORG" for mi in cluster.mentions)
        place = cluster.kind in _PLACE_KINDS
        town = cluster.kind == "other" and not organised
        where: set[int] = set()
        for mi in cluster.mentions:
            m = self.mentions[mi]
            if mi in self.folded:
                continue  # "the Trump campaign": the campaign's mention
            decision = self.decisions.get(mi)
            if decision is not None:
                what, phrase = decision
                if what == "keep":
                    ranges.append((m.start_char, m.end_char))
                elif what == "state" and phrase is not None:  # "the U.S. government"
                    ranges.append((phrase.start_char, phrase.end_char))
                continue
            rng = self._demonym_span(m) if m.role == "demonym" else (m.start_char, m.end_char)
            if rng is not None and m.role == "seat" and self._the_office(m):
                rng = None
                where.add(mi)
            if rng is not None and place and m.role != "demonym" and self._only_where(m, town=town):
                rng = None
                where.add(mi)
            if rng is not None and self._party_modifier(m):
                rng = None
            if rng is not None:
                ranges.append(rng)
        if not ranges:  # a country named only in titles keeps them, for the people's
            # affiliation (and a person named only in "the Trump campaign" that mention)
            ranges = [
                (self.mentions[mi].start_char, self.mentions[mi].end_char)
                for mi in cluster.mentions
                if (mi not in self.decisions and mi not in where)
                or (cluster.kind == "country" and self.mentions[mi].start in self.title_tokens)
            ]
        return [ctx.span(a, b) for a, b in ranges]

    def units(self, resolved: dict[int, int]) -> dict[tuple[int, str], list[tuple[int, int]]]:
        """A person's campaign, administration, team or family: an actor of its own.

        "the Trump campaign" is a mention of it (name and head: the name is no
        mention of Trump then), "Trump's campaign" and "her campaign" are
        ("campaign"; the possessor stays a mention of the person), and so is a
        later "the campaign" (the latest one named). Keys are (person
        cluster, head noun), values character ranges; the person mentions
        folded into a unit are recorded in :attr:`folded`.
        """
        doc = self.doc
        out: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
        owners: dict[int, int] = {}  # possessor token -> person cluster
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            if self.clusters[ci].kind != "person":
                continue
            root = doc[m.end - 1]
            head = root.head
            if not _is_unit_head(head):
                continue
            if root.dep_ == "compound" and head.i == m.end:
                out[(ci, head.lemma_.lower())].append((m.start_char, head.idx + len(head.text)))
                self.folded.add(mi)
            elif root.dep_ == "poss":
                owners[root.i] = ci
        for token_i, ci in resolved.items():
            owners[token_i] = ci
        for token_i, ci in owners.items():
            token = doc[token_i]
            head = token.head
            if token.dep_ == "poss" and _is_unit_head(head) and head.i > token.i:
                out[(ci, head.lemma_.lower())].append((head.idx, head.idx + len(head.text)))
        if not out:
            return out
        latest: list[tuple[int, tuple[int, str]]] = sorted(
            (rng[0], key) for key, ranges in out.items() for rng in ranges
        )
        starts = [p for p, _ in latest]
        covered = {rng[1] for ranges in out.values() for rng in ranges}
        for i in self.table.where_lower(_UNIT_HEADS):
            token = doc[i]
            if not _is_unit_head(token) or token.idx + len(token.text) in covered:
                continue  # "the Trump campaign", "her campaign": found above
            if any(c.dep_ == "poss" for c in token.children):
                continue  # someone else's: "the party's campaign"
            det = next((c for c in titles.near_lefts(token) if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the" or token.dep_ == "compound":
                continue
            if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
                continue
            k = bisect.bisect_left(starts, token.idx) - 1
            while k >= 0 and latest[k][1][1] != token.lemma_.lower():
                k -= 1
            if k >= 0:
                out[latest[k][1]].append((token.idx, token.idx + len(token.text)))
        return out

    def _in_title(self, start_char: int) -> bool:
        span = self.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].i in self.title_tokens

    def _described(self) -> dict[int, int]:
        """The last token of every description ("the **senator**") -> its cluster."""
        out: dict[int, int] = {}
        for ci, info in enumerate(self.info):
            for _, end in info.descriptions:
                span = self.doc.char_span(end - 1, end, alignment_mode="expand")
                if span is not None and len(span):
                    out[span[-1].i] = ci
        return out

    def actors(self, ctx: ExtractionContext) -> list[Actor]:
        self.collect()
        self.descriptions()
        self.org_descriptions()
        resolver = Resolver(
            self.doc,
            self.mentions,
            self.clusters,
            self.cluster_of,
            [info.titles for info in self.info],
            self.table,
            self._described(),
        )
        pronouns = resolver.resolve()
        units = self.units(resolver.resolved)
        groups = self.modifiers()
        groups.update(self.relatives(resolver.resolved))
        for ci, ranges in self.it_said().items():
            pronouns[ci] = pronouns.get(ci, []) + ranges
        for (what, group_key), ranges in self.plural_pronouns().items():
            if what == "phrase":
                groups[group_key][1].extend(ranges)
            else:
                pronouns[int(group_key)] = pronouns.get(int(group_key), []) + ranges
        affiliation = self.affiliations()
        codes = self.codes(affiliation)
        for (what, target), ranges in self.we(resolver, affiliation, units).items():
            if what == "unit":
                units[(target, "campaign")].extend(ranges)
            else:
                pronouns[target] = pronouns.get(target, []) + ranges
        # (spans, build) per actor, then ids in order of first mention
        entries: list[tuple[list[Span], int, tuple[int, str] | None]] = []
        for ci, cluster in enumerate(self.clusters):
            spans = self._spans(ctx, cluster)
            extra = self.info[ci].descriptions + pronouns.get(ci, [])
            if extra:
                spans += [ctx.span(a, b) for a, b in extra]
            spans.sort(key=lambda sp: (sp.start, sp.end))
            entries.append((spans, ci, None))
        for unit, ranges in units.items():
            ranges = [r for r in ranges if not self._in_title(r[0])]  # "Trump campaign spokesman"
            if not ranges:
                continue
            spans = sorted({ctx.span(a, b) for a, b in ranges}, key=lambda sp: (sp.start, sp.end))
            entries.append((spans, unit[0], unit))
        phrase_of: dict[int, tuple[str, ActorKind]] = {}
        for phrase_key, (kind, ranges, ci) in groups.items():
            spans = sorted({ctx.span(a, b) for a, b in ranges}, key=lambda sp: (sp.start, sp.end))
            phrase_of[len(entries)] = (phrase_key, kind)
            entries.append((spans, ci, None))

        def position(e: int) -> int:
            spans, ci, _ = entries[e]  # only clusters' entries may have no spans
            return spans[0].start if spans else self.mentions[self.clusters[ci].first].start_char

        # A party or body named only in titles and phrases ("Republican nominee
        # Donald Trump") has no mention, and stays only as someone's affiliation.
        served = {affiliation[ci] for ci in range(len(self.clusters)) if entries[ci][0]}
        served |= {entries[e][1] for e in range(len(self.clusters), len(entries))}
        order = sorted(
            (e for e in range(len(entries)) if entries[e][0] or e in served),
            key=lambda e: (position(e), e),
        )
        ids: list[str] = [""] * len(entries)
        for e in order:
            ids[e] = ctx.new_id("actor")
        out: list[Actor] = []
        for e in order:
            spans, ci, key = entries[e]
            if e in phrase_of:
                name = " ".join(self.text[spans[0].start : spans[0].end].split())
                out.append(
                    Actor(
                        id=ids[e],
                        name=name,
                        type=phrase_of[e][1],
                        mentions=spans,
                        affiliation=ids[ci] if ci >= 0 else None,
                        code=codes[ci] if ci >= 0 else None,
                    )
                )
            elif key is None:
                name, aliases = self.name_and_aliases(ci)
                aff = affiliation[ci]
                out.append(
                    Actor(
                        id=ids[e],
                        name=name,
                        type=self.clusters[ci].kind,
                        mentions=spans,
                        aliases=aliases,
                        titles=self.info[ci].titles,
                        affiliation=ids[aff] if aff is not None and ids[aff] else None,
                        code=codes[ci],
                    )
                )
            else:
                owner_name = self.name_and_aliases(ci)[0].split()[-1]
                out.append(
                    Actor(
                        id=ids[e],
                        name=f"{owner_name} {key[1]}",
                        type="group" if key[1] == "family" else "organization",
                        mentions=spans,
                        affiliation=ids[ci],
                        code=codes[ci],
                    )
                )
        return one_actor_per_span(out)


_TYPE_RANK = {"country": 0, "organization": 1, "media": 1, "person": 2, "group": 3, "other": 3}


def one_actor_per_span(actors: list[Actor]) -> list[Actor]:
    """Give every mention span to one actor only.

    Independent passes (surnames, gazetteers, pronouns, descriptions) can each
    claim a span: "Kyiv" as the surname of a misparsed "X Kyiv" and as Ukraine's
    capital. A mention refers to one entity, so the span goes to the actor that
    has it as its name or an alias, else to the more specific kind (states and
    organisations come from gazetteers, persons from surname guesses), else to
    the actor mentioned first. An actor left without mentions is dropped.
    """
    claims: dict[tuple[int, int], list[int]] = {}
    for index, actor in enumerate(actors):
        for mention in actor.mentions:
            claims.setdefault((mention.start, mention.end), []).append(index)
    if all(len(owners) == 1 for owners in claims.values()):
        return actors

    def rank(index: int, text: str) -> tuple[int, int, int]:
        actor = actors[index]
        named = text == actor.name or text in actor.aliases
        return (0 if named else 1, _TYPE_RANK.get(actor.type, 3), index)

    lost: dict[int, set[tuple[int, int]]] = {}
    for key, owners in claims.items():
        if len(owners) > 1:
            text = next(m.text for m in actors[owners[0]].mentions if (m.start, m.end) == key)
            winner = min(owners, key=lambda i: rank(i, text))
            for index in owners:
                if index != winner:
                    lost.setdefault(index, set()).add(key)
    kept: list[Actor] = []
    for index, actor in enumerate(actors):
        gone = lost.get(index)
        if gone:
            mentions = [m for m in actor.mentions if (m.start, m.end) not in gone]
            if not mentions:
                continue
            actor = actor.model_copy(update={"mentions": mentions})
        kept.append(actor)
    alive = {actor.id for actor in kept}
    return [
        a
        if a.affiliation is None or a.affiliation in alive
        else a.model_copy(update={"affiliation": None})
        for a in kept
    ]


def _is_unit_head(token: Token) -> bool:
    return token.lower_ in _UNIT_HEADS and token.tag_ == "NN"


def _name_head(text: str) -> str:
    """The head word of an organisation's name, lower-cased: "National Museum of X" -> "museum".

    Only a capitalised common word counts ("Fund", "Museum"), not an acronym or a
    one-word name ("NATO", "Google"): those have no head noun to be called by.
    """
    words = text.split()
    for i, w in enumerate(words):
        if w.casefold() in {"of", "for", "on", "in"}:
            words = words[:i]
            break
    if len(words) < 2:
        return ""
    last = words[-1]
    if last.casefold() in gazetteer.NOT_ACTOR_HEADS:
        return ""
    if not (last[:1].isupper() and last[1:].islower() and last.isalpha()):
        return ""
    return last.casefold()


def _clean_name(text: str) -> str:
    name = " ".join(text.split())
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()
