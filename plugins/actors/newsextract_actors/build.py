"""From clustered mentions to ``Actor`` records.

:class:`ActorBuilder` runs the passes of the sibling modules in order —
titles and affiliations (:mod:`.affiliation`), descriptions
(:mod:`.descriptions`; the sitting president, :mod:`.offices`), phrase actors
(:mod:`.groups`), pronouns (:mod:`.pronouns`, :mod:`.coref`), places only as
locations (:mod:`.places`)
— and turns clusters, units and phrases into actors, one per entity, ordered by
first mention.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from newsextract import Actor, ExtractionContext, Span

from . import gazetteer, offices, titles
from .affiliation import Affiliations, is_generic_organ, is_role_noun
from .cluster import Cluster
from .countries import country_index, normalise
from .descriptions import Descriptions
from .gender import THIRD_PERSON
from .groups import Groups
from .mentions import ActorKind, Mention
from .offices import Offices
from .places import Places
from .pronouns import Pronouns, Target
from .writers import FIRST_PERSON

__all__ = ["ActorBuilder", "is_generic_organ", "is_role_noun", "one_actor_per_span"]

_PLACE_KINDS = frozenset({"other", "country"})
_PRONOUNS = THIRD_PERSON.keys() | FIRST_PERSON
#: The race table's party letters and the parties' canonical names.
_PARTY_NAMES = {"D": "Democratic Party", "R": "Republican Party"}
#: Words that join two names as equals: the first is no title of the second.
_COORDINATORS = frozenset({"and", "or"})
#: Dependencies of a clause's subject: a subject is no title of the name after it.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class _Entry:
    """A would-be actor: a cluster's, a person's unit's ("Trump campaign") or a phrase's."""

    spans: list[Span]
    cluster: int  #: the cluster, the unit's person, or the phrase's first modifier (or -1)
    unit: tuple[int, str] | None = None  #: (person cluster, head noun)
    phrase: ActorKind | None = None  #: the type of a phrase actor
    #: a country's adjectives that are no mention ("Russian attacks"): the actor is kept as
    #: the agent by clear reference (the session-14 ruling on "Russian planes"), with them as
    #: aliases for the events to find it by
    adjectives: list[str] = field(default_factory=list)


class ActorBuilder(Affiliations, Descriptions, Offices, Groups, Pronouns, Places):
    """Builds the actors of one document; one instance per document."""

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

    def _spans(self, ctx: ExtractionContext, cluster: Cluster) -> tuple[list[Span], list[str]]:
        """The cluster's mentions that name it acting or acted upon, and a country's
        adjectives that refer to it but are no mention.

        A name only in a title, a unit ("the Trump campaign"), a classifying
        demonym, a place or an office gives none: the actor stays without
        mentions when someone's affiliation or a unit needs it (the guidelines'
        rulings on titles and on organisations named after a person). A country's
        adjective before a noun ("Russian attacks", the second of "Israeli and
        Palestinian negotiators") is no mention, but the state is the agent by clear
        reference (the session-14 ruling): the actor stays, without that mention, for
        the events to find.
        """
        ranges: list[tuple[int, int]] = []
        adjectives: list[str] = []
        # a name the parser also read as an organisation may act: keep all of it
        # but where it is the object of "in"
        organised = any(self.mentions[mi].label == "ORG" for mi in cluster.mentions)
        place = cluster.kind in _PLACE_KINDS
        town = cluster.kind == "other" and not organised
        for mi in cluster.mentions:
            m = self.mentions[mi]
            if mi in self.folded:
                continue  # "the Trump campaign": the campaign's mention
            if cluster.kind == "person" and self.names_staff(m):
                continue  # "a Clinton aide": whose aide, not Clinton acting
            if self.party_before_noun(m):
                continue  # "the GOP front-runner", "Republican claims"
            if cluster.kind == "other" and self.contest_ground(m):
                continue  # "Ohio would be a battleground", "Iowa looms larger"
            if cluster.kind == "group" and (self.group_adjective(m) or self.listed_class(m)):
                continue  # "Hispanic voters", "he is Muslim", "women, Mexicans and Muslims"
            if cluster.kind in {"group", "organization"} and self.polled(m):
                continue  # "leads among Republicans": a poll's class
            decision = self.decisions.get(mi)
            if cluster.kind == "person" and self._no_title(m):
                decision = None  # "between Hale and Ohio Sen. Paul Miller": Hale is no title
            if decision is not None:
                what, phrase = decision
                if what == "keep" and not (place and self.place_modifier(m, town=town)):
                    if self.adjective_before_noun(m):
                        if cluster.kind == "country":  # "Russian meddling"
                            adjectives.append(m.text)
                        continue
                    if place and self.state_policy(m):
                        continue  # "U.S. foreign policy"
                    if not (self.is_chamber(m) and self._the_office(m)):  # "Senate campaign"
                        ranges.append((m.start_char, m.end_char))
                elif what == "state" and phrase is not None:  # "the U.S. government"
                    ranges.append((phrase.start_char, phrase.end_char))
                continue
            if self._no_mention(m, place=place, town=town):
                continue
            rng = self._demonym_span(m) if m.role == "demonym" else (m.start_char, m.end_char)
            if rng is not None:
                ranges.append(rng)
            elif cluster.kind == "country" and self.second_adjective(m):
                adjectives.append(m.text)  # "Israeli and Palestinian negotiators"
        return [ctx.span(a, b) for a, b in ranges], adjectives

    def _after_employer(self, rng: tuple[int, int]) -> tuple[int, int]:
        """A description cut after a body's name it holds ("the White House spokesman, Dana
        Welch": "spokesman"), the name being a mention of its own (groups.py); the range
        itself otherwise."""
        for name_start, (name_end, role_start) in self.employer_roles.items():
            if rng[0] <= name_start and name_end < rng[1] and role_start < rng[1]:
                return (role_start, rng[1])
        return rng

    def _unit_employs(self, rng: tuple[int, int]) -> bool:
        """A person's unit inside a named person's job title ("Clinton **campaign** manager
        Robby Mook"): the employer, a mention under the rounds 20-21 rulings."""
        span = self.doc.char_span(rng[0], rng[1], alignment_mode="expand")
        return span is not None and len(span) > 0 and self.employs_in_title(span.end)

    def _no_title(self, m: Mention) -> bool:
        """A person's name the title finder took into the next name's title, wrongly.

        The small model makes a name coordinated with a titled one ("Trump and
        Texas Sen. Ted Cruz", "Obama/Clinton calls") or a clause's subject
        ("Biden rubbished Trump's claim") a modifier of the next name, and its
        tokens count as that name's title; a name followed by "and", "or" or a
        slash, or heading a subject, is a participant, never a title ("Clinton
        campaign manager Robby Mook" stays a title).
        """
        if m.role != "name" or m.start not in self.title_tokens:
            return False
        doc = self.doc
        if m.end < len(doc) and (doc[m.end].lower_ in _COORDINATORS or doc[m.end].text[:1] == "/"):
            return True
        return titles.span_root(doc, m.start, m.end).dep_ in _SUBJECT_DEPS

    def _no_mention(self, m: Mention, *, place: bool, town: bool) -> bool:
        """An office sought, a place only where something is, a party word that classifies."""
        office = m.role == "seat" or self.is_chamber(m)
        if office and self._the_office(m):
            return True
        if place and m.role != "demonym" and self._only_where(m, town=town):
            return True
        return self._party_modifier(m)

    def actors(self, ctx: ExtractionContext) -> list[Actor]:
        """Every actor of the document, ids in order of first mention."""
        # the date rules (who held an office or led a race then) can be switched off together
        dated = offices.enabled(ctx.settings("actors").get(offices.SITTING_SETTING))
        if dated:
            self.prominent_surnames(ctx.published)
        self.collect()
        self.descriptions()
        if dated:
            self.sitting_holders(ctx.published)
        self.appositive_descriptions()
        self.headline_roles()
        self.org_descriptions()
        self.place_descriptions()
        if dated:
            self.race_roles(ctx.published)
            self.known_figures(ctx.published)
        resolver = self.resolver()
        pronouns = resolver.resolve()
        self.people_nouns(resolver)
        units = self.units(resolver.resolved, resolver.quotes)
        groups = self.modifiers()
        self._drop_inner_phrases(groups)
        groups.update(self.relatives(resolver.resolved, resolver.gender))
        kin = self.kin_pronouns(resolver, groups)
        for key, ranges in kin.items():
            groups[key][1].extend(ranges)
        self.unnamed_groups(groups)
        heads = self.late_heads(units)
        _add_targets(pronouns, units, self.it_said(heads))
        owned = self.late_possessives(resolver, heads)
        taken = {rng for ranges in [*owned.values(), *kin.values()] for rng in ranges}
        for ci, ranges in pronouns.items():
            pronouns[ci] = [rng for rng in ranges if rng not in taken]
        _add_targets(pronouns, units, owned)
        for (what, group_key), ranges in self.plural_pronouns(units).items():
            if what == "phrase":
                groups[group_key][1].extend(ranges)
            elif what == "unit":  # "the campaign says they ...": the person's campaign
                owner, head = group_key.split(" ", 1)
                units[(int(owner), head)].extend(ranges)
            else:
                pronouns[int(group_key)] = pronouns.get(int(group_key), []) + ranges
        affiliation = self.affiliations()
        codes = self.codes(affiliation)
        for (what, target), ranges in self.we(resolver, affiliation, units).items():
            if what == "unit":
                units[(target, "campaign")].extend(ranges)
            else:
                pronouns[target] = pronouns.get(target, []) + ranges
        self.possessors_parties(pronouns, affiliation, dated)
        entries = self._entries(ctx, pronouns, units, groups)
        return self._records(ctx, entries, affiliation, codes)

    def _drop_inner_phrases(
        self, groups: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]
    ) -> None:
        """A phrase inside a longer description is part of it, no actor of its own.

        "the U.S. senator from Vermont" is a description of Sanders
        (:meth:`Offices.known_figures`); the phrase pass, which reads "U.S. senator"
        as a senator of the United States, stops at the noun.
        """
        described = sorted(rng for info in self.info for rng in info.descriptions)
        if not described:
            return
        starts = [a for a, _ in described]
        for _, ranges, _ in groups.values():
            ranges[:] = [rng for rng in ranges if not _inside(rng, described, starts)]

    def possessors_parties(
        self,
        pronouns: dict[int, list[tuple[int, int]]],
        affiliation: list[int | None],
        dated: bool = True,
    ) -> None:
        """Move "his party", "her own party" to the possessor's own party.

        The description pass gives a bare "party" the latest party named, as
        it cannot know whose "his" is; only after coreference and affiliations
        is the possessor's party known ("Clinton ... her party" is the
        Democrats even right after "the GOP"). A possessor that is itself a
        party ("the Whigs ... their party") is that party. Nothing moves when
        the possessor has no party among the parties named. The race table is a
        date rule: ``dated`` false (``actors.sitting_president``) leaves it out.
        """
        party_of = {
            m.canonical: self.cluster_of[mi]
            for mi, m in enumerate(self.mentions)
            if m.canonical in gazetteer.PARTIES
        }
        parties = set(party_of.values())
        if len(parties) < 2:
            return
        owner_at = {a: ci for ci, ranges in pronouns.items() for a, _ in ranges}
        for mi, m in enumerate(self.mentions):
            owner_at.setdefault(m.start_char, self.cluster_of[mi])
        for ci in parties:
            kept: list[tuple[int, int]] = []
            for rng in self.info[ci].descriptions:
                owner = self._party_owner(rng, owner_at)
                home = owner if owner in parties else None
                if owner is not None and home is None:
                    home = affiliation[owner]
                    if home not in parties:
                        race = self._race_party(owner) if dated else None
                        home = party_of.get(race or "")
                if home is not None and home in parties and home != ci:
                    self.info[home].descriptions.append(rng)
                else:
                    kept.append(rng)
            self.info[ci].descriptions = kept

    def _race_party(self, ci: int) -> str | None:
        """The party of a 2016 ticket member named in full ("Donald Trump"), whatever the date.

        News rarely states the nominees' parties beside their names, so their
        affiliation is often unknown; the race table knows them.
        """
        if self.clusters[ci].kind != "person":
            return None
        words = {w for mi in self.clusters[ci].mentions for w in self.mentions[mi].text.split()}
        for term in offices.RACE:
            if term.given in words and term.surname in words:
                return _PARTY_NAMES[term.party]
        return None

    def _party_owner(self, rng: tuple[int, int], owner_at: dict[int, int]) -> int | None:
        """The cluster whose possessive stands before a "party" range ("his (own) party")."""
        span = self.doc.char_span(*rng)
        if span is None or span.text.lower() != "party":
            return None
        token = span[0]
        det = self.doc[token.i - 1] if token.i > 0 else None
        if det is not None and det.lower_ == "own" and det.i > 0:
            det = self.doc[det.i - 1]
        if det is None or det.dep_ != "poss":
            return None
        mi = self.owner.get(det.i)  # "Jane Holt's party": the name's last word owns it
        return self.cluster_of[mi] if mi is not None else owner_at.get(det.idx)

    def _entries(
        self,
        ctx: ExtractionContext,
        pronouns: dict[int, list[tuple[int, int]]],
        units: dict[tuple[int, str], list[tuple[int, int]]],
        groups: dict[str, tuple[ActorKind, list[tuple[int, int]], int]],
    ) -> list[_Entry]:
        """The spans of every would-be actor: clusters first (by index), units, phrases."""
        entries: list[_Entry] = []
        for ci, cluster in enumerate(self.clusters):
            spans, adjectives = self._spans(ctx, cluster)
            extra = [self._after_employer(r) for r in self.info[ci].descriptions]
            extra += pronouns.get(ci, [])
            if extra:
                spans += [ctx.span(a, b) for a, b in extra]
            spans.sort(key=lambda sp: (sp.start, sp.end))
            entries.append(_Entry(spans, ci, adjectives=adjectives))
        for unit, ranges in units.items():
            # "Trump campaign spokesman X": no mention, unless the title is the campaign's job
            ranges = [r for r in ranges if not self._in_title(r[0]) or self._unit_employs(r)]
            if not ranges:
                continue
            spans = sorted({ctx.span(a, b) for a, b in ranges}, key=lambda sp: (sp.start, sp.end))
            entries.append(_Entry(spans, unit[0], unit=unit))
        for kind, ranges, ci in groups.values():
            spans = sorted({ctx.span(a, b) for a, b in ranges}, key=lambda sp: (sp.start, sp.end))
            entries.append(_Entry(spans, ci, phrase=kind))
        return entries

    def _records(
        self,
        ctx: ExtractionContext,
        entries: list[_Entry],
        affiliation: list[int | None],
        codes: list[str | None],
    ) -> list[Actor]:
        """``Actor`` records of the entries that have mentions, ids by first mention."""

        def position(e: int) -> int:
            entry = entries[e]  # only clusters' entries may have no spans
            if entry.spans:
                return entry.spans[0].start
            return self.mentions[self.clusters[entry.cluster].first].start_char

        # A party or body named only in titles and phrases ("Republican nominee
        # Donald Trump") has no mention, and stays only as someone's affiliation; a
        # country named only by adjectives ("Russian attacks") stays as their referent.
        served = {affiliation[ci] for ci in range(len(self.clusters)) if entries[ci].spans}
        served |= {ci for ci in range(len(self.clusters)) if entries[ci].adjectives}
        served |= {entries[e].cluster for e in range(len(self.clusters), len(entries))}
        order = sorted(
            (e for e in range(len(entries)) if entries[e].spans or e in served),
            key=lambda e: (position(e), e),
        )
        ids: list[str] = [""] * len(entries)
        for e in order:
            ids[e] = ctx.new_id("actor")
        out: list[Actor] = []
        for e in order:
            entry = entries[e]
            spans, ci = entry.spans, entry.cluster
            if entry.phrase is not None:
                name = _phrase_name(self.text, spans)
                out.append(
                    Actor(
                        id=ids[e],
                        name=name,
                        type=entry.phrase,
                        mentions=spans,
                        affiliation=ids[ci] if ci >= 0 else None,
                        code=codes[ci] if ci >= 0 else None,
                    )
                )
            elif entry.unit is None:
                name, aliases = self.name_and_aliases(ci)
                if not spans:  # "Russian attacks" only: the adjective the events resolve
                    aliases += [a for a in dict.fromkeys(entry.adjectives) if a not in aliases]
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
                head = entry.unit[1]
                out.append(
                    Actor(
                        id=ids[e],
                        name=f"{owner_name} {head}",
                        type="group" if head == "family" else "organization",
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


def _inside(rng: tuple[int, int], spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``rng`` lies inside a longer one of the sorted ``spans`` (``starts``: theirs)."""
    k = bisect.bisect_right(starts, rng[0]) - 1
    while k >= 0 and spans[k][0] <= rng[0]:
        a, b = spans[k]
        if rng[1] <= b and (a, b) != rng:
            return True
        if rng[0] - a > 200:
            break
        k -= 1
    return False


def _add_targets(
    pronouns: dict[int, list[tuple[int, int]]],
    units: dict[tuple[int, str], list[tuple[int, int]]],
    found: dict[Target, list[tuple[int, int]]],
) -> None:
    """File pronoun ranges found for a cluster or a unit under the one they name."""
    for target, ranges in found.items():
        if isinstance(target, tuple):
            units[target].extend(ranges)
        else:
            pronouns[target] = pronouns.get(target, []) + ranges


def _phrase_name(text: str, spans: list[Span]) -> str:
    """A phrase actor's name: its first mention that is no pronoun (“I ...,” the senator said)."""
    words = [" ".join(text[sp.start : sp.end].split()) for sp in spans]
    return next((w for w in words if w.lower() not in _PRONOUNS), words[0])


def _clean_name(text: str) -> str:
    name = " ".join(text.split())
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()
