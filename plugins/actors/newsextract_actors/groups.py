"""Actors of their own named by a noun phrase rather than a name.

A name modifying a common noun ("E.U. leaders", "the U.S. military"; see
:mod:`.phrases`) and a state's armed forces ("the military").
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from newsextract.people_nouns import (
    ACTING_GROUP_NOUNS,
    COLLECTIVE_NOUNS,
    SOCIAL_GROUP_NOUNS,
)

from . import gazetteer, phrases, titles
from .affiliation import is_generic_organ
from .conjuncts import conjuncts
from .mentions import ActorKind, Mention, titled_service_end
from .pronouns import bound_subject
from .speakers import SAY_LEMMAS
from .state import BuilderState

if TYPE_CHECKING:
    from spacy.tokens import Token


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
                self.decisions[mi] = ("keep", None) if self._title_employer(mi) else ("drop", None)
                continue
            decision = phrases.decide(self.doc, self.text, m, self.clusters[ci].kind)
            if decision is None:
                continue
            if (role_start := self._employer_before_role(mi, decision)) is not None:
                # "the CNN reporter": CNN and "reporter" (rounds 22-24), see the method
                self.employer_roles[m.start_char] = (m.end_char, role_start)
                assert decision[1] is not None  # a role phrase, by the method
                decision = ("phrase", replace(decision[1], start_char=role_start))
                self.decisions[mi] = ("keep", None)
            else:
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

    def _title_employer(self, mi: int) -> bool:
        """A body's name inside a named person's job title ("**FBI** Director James Comey",
        "**RNC** spokesman Sean Spicer"): the employer, a mention under the rulings of rounds
        20-22, where round 1 had none. Not a party adjective ("Republican strategist X": a
        side, not an employer), a state, a place or a person (round 22), nor a state organ
        named without its state ("Foreign Ministry spokesperson X", "Defense Secretary X"):
        the office's own name, which marks no mention inside it (round 21). A seat of
        government is such an employer ("White House Press Secretary X": the White House as
        the United States, the ruling of round 24), not a beat journalists cover ("White House
        correspondent X"); so is a court ("Supreme Court Justice X", round 24)."""
        m = self.mentions[mi]
        kind = self.clusters[self.cluster_of[mi]].kind
        seat = kind == "country" and m.role == "seat"
        if kind not in _EMPLOYER_KINDS and not seat:
            return False
        if self._service_before_rank(m):
            return True  # "Army Capt. X": the service employs the officer (round 20)
        if self.doc[m.end - 1].pos_ == "ADJ" or m.label == "NORP":
            return False
        if is_generic_organ(m.text) and self.doc[m.end - 1].text != "Court":
            return False
        if seat and self._covers_beat(m.end):
            return False
        return self.employs_in_title(m.end)

    def _covers_beat(self, end: int) -> bool:
        """The title after token ``end`` is a journalist's beat ("White House correspondent",
        "White House bureau chief"): the place covered, not the employer."""
        doc = self.doc
        for i in range(end, min(len(doc), end + titles.MAX_TITLE_TOKENS)):
            if i not in self.title_tokens:
                return False
            if doc[i].lower_ in _BEATS:
                return True
        return False

    def _employer_before_role(
        self, mi: int, decision: tuple[phrases.Decision, phrases.Phrase | None]
    ) -> int | None:
        """Where the role words start when a body's name comes before one person's role noun
        ("the **CNN** reporter", "a Reuters photographer", "the White House spokesman", "the
        Supreme Court justice"), ``None`` otherwise.

        The gold of rounds 22-24 marks the body and the role apart (16 of 17 such phrases:
        "CNN" + "reporter"), as round 18's "the Yale grad" (Yale plus "grad") and the
        employers inside a named person's title (:meth:`_title_employer`); older rounds
        marked the phrase whole. Only organisations, outlets and seats of government (the
        White House as the state): a party ("the GOP candidate"), a people ("a Soviet
        agent") or a place ("the Iowa director") says which kind of role, and the phrase stays
        one span; a state organ without its state counts ("the Supreme Court justice": 2 of 2). Plurals ("FDIC officials") stay one
        group span, as those rounds mark them.
        """
        what, phrase = decision
        if (
            what != "phrase"
            or phrase is None
            or phrase.kind != "person"
            or not phrase.singular_role
        ):
            return None
        m = self.mentions[mi]
        kind = self.clusters[self.cluster_of[mi]].kind
        if kind not in _EMPLOYER_KINDS and not (kind == "country" and m.role == "seat"):
            return None
        if m.canonical in gazetteer.PARTIES or m.label == "NORP" or m.role == "demonym":
            return None
        if self.doc[m.end - 1].pos_ == "ADJ":
            return None
        if phrases.is_possessor(self.doc[m.end - 1]) or m.end >= len(self.doc):
            return None
        return self.doc[m.end].idx

    def _service_before_rank(self, m: Mention) -> bool:
        """An armed service named before a rank in a person's title ("Army Capt. John
        Doe", "retired Army general X", "Navy SEAL X"): marked and the officer's employer in
        the gold of rounds 20-23 (9 of 10 such titles), though a lone "Army" is otherwise a
        state organ named without its state. The service opens the title ("said Army Capt.
        X"), not after another job ("Pentagon spokesman Navy Capt. X"): see
        :func:`.mentions.titled_service_end`."""
        return titled_service_end(self.doc, m.start) == m.end

    def _forces(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "the military", "our military", "the armed forces", "our forces": a state's armed forces.

        "forces" only with "armed" or a possessor: "the forces of change" are none.

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
        for i in self.table.where_lower({"military", "forces"}):
            token = doc[i]
            if (
                token.pos_ != "NOUN"
                or token.dep_ in {"compound", "amod", "nmod"}
                or i in self.owner
            ):
                continue
            lefts = list(titles.near_lefts(token))
            armed = _armed(token, lefts)
            if any(c.dep_ in {"compound", "amod", "nmod"} for c in lefts if c.i != armed):
                continue  # "the U.S. military" (a phrase already), "the Russian military"
            owner = next((c for c in lefts if c.dep_ in {"det", "poss"}), None)
            if owner is None or (owner.dep_ == "det" and owner.lower_ != "the"):
                continue
            if token.lower_ == "forces" and _inside(token):
                continue  # "women in the armed forces": where they serve
            if token.lower_ == "forces" and armed is None and not self._state_owner(owner):
                continue  # "the forces of change", "his forces": only "our forces", "the armed forces"
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
            start = token.idx if armed is None else doc[armed].idx
            entry[1].append((start, token.idx + len(token.text)))

    def _state_owner(self, owner: Token) -> bool:
        """A possessor that is a state: "our" (the speaker's) or a country's mention."""
        if owner.dep_ != "poss":
            return False
        mi = self.owner.get(owner.i)
        if mi is None:
            return owner.lower_ == "our"
        return self.clusters[self.cluster_of[mi]].kind == "country"

    def unnamed_groups(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """Groups no name is part of: "police", "federal prosecutors", "the protesters".

        A plural noun phrase whose head names people who act for a state, a
        court, a cause or a campaign (:data:`newsextract.people_nouns.ACTING_GROUP_NOUNS`:
        the agents of CAMEO's police, government, judicial, military,
        opposition and rebel codes) and that refers rather than describes is
        a mention of a group; the shortest span is its descriptive modifiers
        and head, without determiners or quantifiers. Demographic classes
        ("voters", "women", "families") are left out: they are mostly generic.
        Before an act the group does, it is the doer ("police shootings", like
        "U.S. sanctions"). Phrases with the same words are one group; a bare head after "the",
        "these" or "those" (and a bare "police") is the latest group named
        with that head ("E.U. leaders ... the leaders", "Tulsa police ...
        police"). Adds to ``out`` (keys "unnamed:<words>").
        """
        doc = self.doc
        taken_ends = {end for _, ranges, _ in out.values() for _, end in ranges}
        latest: dict[str, str] = {}  # head word -> key of the latest group with it
        named = sorted(i for i, (what, _) in self.group_heads.items() if what == "phrase")
        k = 0
        nouns = ACTING_GROUP_NOUNS | SOCIAL_GROUP_NOUNS
        for i in self.table.where_lower(nouns):
            token = doc[i]
            while k < len(named) and named[k] < i:  # phrase groups named before this noun
                latest[doc[named[k]].lower_] = self.group_heads[named[k]][1]
                k += 1
            if i in self.owner or i in self.group_heads:
                continue
            social = token.lower_ not in ACTING_GROUP_NOUNS
            if social and not _social_group(token):
                continue  # "voters", "women": a class, unless race or orientation sets it apart
            if token.pos_ != "NOUN" or (
                token.tag_ != "NNS" and token.lower_ not in COLLECTIVE_NOUNS and not social
            ):
                continue  # "the communities they police"
            if phrases.describes(token) or (
                token.dep_ in phrases.MODIFIER_DEPS and not self._doer(token)
            ):
                continue
            end = token.idx + len(token.text)
            if end in taken_ends:
                continue
            lefts = list(titles.near_lefts(token))
            if any(c.dep_ == "poss" or c.i in self.owner for c in lefts):
                continue  # "his aides", "E.U. leaders": the entourage's and the phrase's
            if any(c.lower_ in phrases.QUANTIFIERS for c in lefts) or phrases.share_of(token):
                continue  # "many officials", "60 percent of black voters": a share of a class
            if token.lower_ in _COUNTED_ONLY and not _counted_or_definite(lefts):
                continue  # "criticizing judges": the class; "at least 70 judges", "the judges"
            if _office_class(token, lefts):
                continue  # "meetings with government officials": anyone holding a public office
            start = phrases.descriptive_start(token, deps=_GROUP_MODIFIERS)
            end = _of_color(token) or end
            partner = _conjoined_people(token) if _counted_or_social(token) else None
            if partner is not None:  # "95 retired generals and admirals": one group
                end = partner.idx + len(partner.text)
                self.group_heads[partner.i] = ("phrase", "")
            word = token.lower_
            dets = {c.lower_ for c in lefts if c.dep_ == "det"}
            bare = start == token.idx
            if bare and word in latest and (dets & _ANAPHORIC or word in _NAME_LIKE):
                key = latest[word]
            else:
                key = "unnamed:" + " ".join(self.text[start:end].casefold().split())
            latest[word] = key
            out.setdefault(key, ("group", [], -1))[1].append((start, end))
            self.group_heads[i] = ("phrase", key)
            if partner is not None:
                self.group_heads[partner.i] = ("phrase", key)
        self._gatherings(out)
        self._party_electors(out)
        self._kin_of(out)
        self._press(out)
        self._collectives(out)
        self._pronoun_antecedents(out)

    def _gatherings(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "told the crowd", "the cheering crowd": the people gathered before a speaker.

        A definite or possessed crowd is the one at the event the text
        reports, unlike "a crowd"; every one of an article is one group (a
        report follows one rally). The span is the noun, not "cheering".
        "the audience" joins it only in an article where an audience acts
        ("the audience cheered", "the friendly audience laughed"): elsewhere
        it is mostly whoever watches ("curry favor from the audience"). Its
        span keeps the words that say which audience ("the debate audience").
        """
        doc = self.doc
        found: list[tuple[int, int]] = []
        audience_acts = False
        for i in self.table.where_lower(_GATHERINGS | _AUDIENCES):
            token = doc[i]
            if token.pos_ != "NOUN" or i in self.owner or i in self.group_heads:
                continue
            if token.dep_ in phrases.MODIFIER_DEPS or phrases.describes(token) or _inside(token):
                continue  # "crowd control", "it was a crowd of donors", "supporters in the crowd"
            lefts = list(titles.near_lefts(token))
            if not any(c.dep_ == "poss" or c.lower_ in _POINTING for c in lefts) and not (
                _reacting(lefts)
            ):
                continue  # "a crowd", "crowds of people"; not "told a cheering crowd"
            start = token.idx
            if token.lower_ in _AUDIENCES:
                if _part_of(token):
                    continue  # "members of the audience": some of them
                audience_acts = audience_acts or _acts(token)
                start = phrases.descriptive_start(token, deps=_PRESS_MODIFIERS)
            found.append((i, start))
        key = "unnamed:crowd"
        for i, start in found:
            token = doc[i]
            if token.lower_ in _AUDIENCES and not audience_acts:
                continue
            out.setdefault(key, ("group", [], -1))[1].append((start, token.idx + len(token.text)))
            self.group_heads[i] = ("phrase", key)

    def _party_electors(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "persuade superdelegates to switch", "superdelegates should choose": one group.

        A party's superdelegates are a body with a definite extent in the race
        the article follows (the session-7 ruling on groups): they are courted,
        targeted, surveyed and they back candidates, so a bare "superdelegates"
        is a group actor, every bare one of an article the same; a counted or
        qualified one ("520 superdelegates", "Democratic super delegates") is
        its own. Not in a tally of delegates ("won 400 superdelegates",
        "pledged delegates and superdelegates", "ahead in superdelegates",
        "a number that includes superdelegates"), nor a predicate ("become
        superdelegates") or a quantified share ("many superdelegates"). A capitalised
        "Superdelegates" the model names (a sentence's first word, tagged NORP) joins
        the bare group when there is one.
        """
        doc = self.doc
        taken = {end for _, ranges, _ in out.values() for _, end in ranges}
        for i in self.table.where_lower(_ELECTORS | {"delegates"}):
            token = doc[i]
            if token.lower_ == "delegates" and (i == 0 or doc[i - 1].lower_ != "super"):
                continue  # plain "delegates" are mostly counted: only "super delegates"
            end = token.idx + len(token.text)
            if token.pos_ != "NOUN" or i in self.owner or i in self.group_heads or end in taken:
                continue
            if token.dep_ in phrases.MODIFIER_DEPS or phrases.describes(token):
                continue
            if _tallied(token):
                continue
            lefts = list(titles.near_lefts(token))
            if any(c.dep_ == "poss" or c.i in self.owner for c in lefts):
                continue  # "his 39 superdelegates", "Clinton's super delegates": someone's
            if any(c.lower_ in phrases.QUANTIFIERS for c in lefts) or phrases.share_of(token):
                continue
            start = _elector_start(token)
            words = " ".join(self.text[start:end].casefold().split()).replace("super ", "super")
            key = "unnamed:" + words
            out.setdefault(key, ("group", [], -1))[1].append((start, end))
            self.group_heads[i] = ("phrase", key)
            taken.add(end)
        bare = out.get("unnamed:superdelegates")
        for mi, m in enumerate(self.mentions):  # "Superdelegates said": the model's NORP name
            if bare is not None and m.end - m.start == 1 and doc[m.start].lower_ in _ELECTORS:
                self.decisions[mi] = ("drop", None)
                bare[1].append((m.start_char, m.end_char))
                self.group_heads[m.start] = ("phrase", "unnamed:superdelegates")

    def _kin_of(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "the families of the victims", "the relatives of the prisoners": one group.

        The kin of people the article is about act and are acted upon (met,
        comforted, threatened) as one group; "families" alone is mostly a class
        ("working families"). A definite plural with an "of" phrase names the
        group; a later bare "the families"/"these families" takes it up. The
        span is the noun, as annotators mark it.
        """
        doc = self.doc
        key: str | None = None
        for i in self.table.where_lower(_KIN_GROUPS):
            token = doc[i]
            if token.tag_ != "NNS" or i in self.owner or i in self.group_heads:
                continue
            if token.dep_ in phrases.MODIFIER_DEPS or phrases.describes(token):
                continue
            lefts = list(titles.near_lefts(token))
            det = next((c for c in lefts if c.dep_ == "det"), None)
            if det is None or det.lower_ not in _ANAPHORIC or len(lefts) != 1:
                continue  # "families", "working families", "some families": a class
            has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)
            if has_of:
                key = f"unnamed:kin@{i}"
            elif key is None:
                continue  # "the families" with none named before
            out.setdefault(key, ("group", [], -1))[1].append(
                (token.idx, token.idx + len(token.text))
            )
            self.group_heads[i] = ("phrase", key)

    def _press(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "the media", "the conservative media", "blames media": the press as one actor.

        Political news makes the press a party to what it reports ("slammed
        the media for", "the media has been rewarding"): an outlet actor no
        name stands for. Not where something appears ("in the media", "on
        social media"), a platform ("social media"), a modifier ("media
        attention") or someone's ("today's media"). A bare "media" after no
        determiner only as a subject or object ("Pence blames media"). Every
        bare mention of an article is one actor; a qualified one ("the
        conservative media") its own.
        """
        doc = self.doc
        taken = {end for _, ranges, _ in out.values() for _, end in ranges}
        for i in self.table.where_lower(_PRESS):
            token = doc[i]
            end = token.idx + len(token.text)
            if token.pos_ not in {"NOUN", "PROPN"} or i in self.owner or i in self.group_heads:
                continue
            if end in taken or token.dep_ in phrases.MODIFIER_DEPS or phrases.describes(token):
                continue
            if _inside(token) or (token.dep_ == "pobj" and token.head.lower_ in _MEDIUM_PREPS):
                continue  # "in the media", "on social media": where something appears
            lefts = list(titles.near_lefts(token))
            if any(c.i in self.owner or c.lower_ in _PLATFORMS for c in lefts):
                continue  # "American media" (a phrase already), "social media"
            det = next((c for c in lefts if c.dep_ in {"det", "poss"}), None)
            if det is None and token.dep_ not in {"nsubj", "dobj"}:
                continue
            if det is not None and det.lower_ != "the":
                continue  # "today's media", "its media": someone's
            if _habitual_subject(token):
                continue  # "when the media gets a video": what the press does, no act
            start = phrases.descriptive_start(token, deps=_PRESS_MODIFIERS)
            words = " ".join(self.text[start:end].casefold().split())
            key = "press:" + words
            out.setdefault(key, ("media", [], -1))[1].append((start, end))

    def _collectives(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "the establishment", "the conservative movement", "his movement": one collective.

        Political news makes a party's leadership, a movement or an elite a
        party to what it reports ("rejection of the establishment", "the
        support of the conservative movement") though no name stands for it:
        a group (the guidelines' rulings on collectives named as one). Only
        definite or possessed, and not as a modifier, a predicate, a place
        or an act ("the establishment of a fund", "freedom of movement"). A
        bare head is the latest group named with it ("the GOP establishment
        ... the establishment"), else one group per article; a qualified one
        ("the political establishment") its own. Adds to ``out``.
        """
        doc = self.doc
        taken = {end for _, ranges, _ in out.values() for _, end in ranges}
        heads = sorted(
            (ph.head, ph.key)
            for what, ph in self.decisions.values()
            if what == "phrase" and ph is not None and doc[ph.head].lower_ in _COLLECTIVES
        )
        named: dict[str, str] = {}  # head word -> key of the latest collective with it
        k = 0
        for i in self.table.where_lower(_COLLECTIVES):
            token = doc[i]
            while k < len(heads) and heads[k][0] < i:  # "the GOP establishment" before it
                named[doc[heads[k][0]].lower_] = heads[k][1]
                k += 1
            end = token.idx + len(token.text)
            if token.tag_ != "NN" or i in self.owner or i in self.group_heads or end in taken:
                continue
            if not _collective_refers(token):
                continue
            lefts = list(titles.near_lefts(token))
            if any(c.i in self.owner for c in lefts):
                continue  # "the GOP establishment": a phrase already
            det = next((c for c in lefts if c.dep_ in {"det", "poss"}), None)
            if det is None or (det.dep_ == "det" and det.lower_ not in _POINTING):
                continue  # "a movement", "no establishment": none in particular
            if token.lower_ in _CAUSES and not _cause_of_people(token, det, lefts):
                continue  # "the civil rights movement", "the movement": a cause, an era
            start = phrases.descriptive_start(token, deps=_PRESS_MODIFIERS)
            word = token.lower_
            if start == token.idx and det.dep_ == "poss":  # "his movement": the possessor's
                # a pronoun's possessor is only known after coreference: one actor per
                # occurrence, so two people's "his movement" are not merged by their spelling
                owner = f"{det.lower_}@{det.i}" if det.pos_ == "PRON" else det.lower_
                key = f"collective:{owner}:{word}"
            elif start == token.idx:
                key = named.get(word, "collective:" + word)
            else:
                key = "collective:" + " ".join(self.text[start:end].casefold().split())
            named[word] = key
            out.setdefault(key, ("group", [], -1))[1].append((start, end))
            self.group_heads[i] = ("phrase", key)

    def _pronoun_antecedents(
        self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]
    ) -> None:
        """ "the aides said they", "1,409 teachers said they", "the staffers saved their": a group.

        A plural people noun outside the acting lists (:meth:`unnamed_groups`)
        is still a group actor when the syntax binds a later "they", "their"
        or "them" to it (:func:`.pronouns.bound_subject`) and it acts: it
        says, tells or reports ("the aides told donors that they"), or does
        something to what is its own (:func:`_own_object`). The pronoun rules
        then have the antecedent they lacked. Only a group the phrase picks
        out, definite ("the aides") or counted ("1,409 teachers"); a bare or
        quantified plural ("economists say they", "many groups") is the
        generic class the guidelines leave out, and a group that merely is
        or gets something ("the voters get their say", "are paid for their
        work") was no actor of the annotators (tuning: 5 documents better,
        1 worse, when any bound clause counted: 7 better, 9 worse). A bare
        definite plural ("the candidates") is the group last named with its head
        ("Republican candidates"), as a bare acting noun is in :meth:`unnamed_groups`.
        Adds to ``out`` (keys "unnamed:<words>", like :meth:`unnamed_groups`).
        """
        doc = self.doc
        taken = {end for _, ranges, _ in out.values() for _, end in ranges}
        named = self._phrases_by_head()
        for i in sorted(self.table.where_lower(_PLURAL_PRONOUNS)):
            pronoun = doc[i]
            if pronoun.tag_ not in {"PRP", "PRP$"}:
                continue
            subject = bound_subject(pronoun)
            if subject is None or not self._picked_out(subject):
                continue
            if subject.head.lemma_ not in SAY_LEMMAS and not _own_object(pronoun, subject):
                continue
            if subject.left_edge.i <= i <= subject.right_edge.i:
                continue  # "29 others who specified their faith": a description of whom it counts
            end = subject.idx + len(subject.text)
            if end in taken:
                continue
            start = phrases.descriptive_start(subject, deps=_GROUP_MODIFIERS)
            key = "unnamed:" + " ".join(self.text[start:end].casefold().split())
            if start == subject.idx:  # "the candidates" after "Republican candidates": that group
                key = _latest_with_head(named, subject) or key
            out.setdefault(key, ("group", [], -1))[1].append((start, end))
            self.group_heads[subject.i] = ("phrase", key)
            taken.add(end)

    def _phrases_by_head(self) -> dict[str, tuple[list[int], list[str]]]:
        """The group phrases named so far, by head word: sorted positions and their keys.

        Built once per document, so that the latest one before a noun is a bisection.
        """
        by_head: dict[str, tuple[list[int], list[str]]] = {}
        for i in sorted(self.group_heads):
            what, key = self.group_heads[i]
            if what == "phrase" and key:
                positions, keys = by_head.setdefault(self.doc[i].lower_, ([], []))
                positions.append(i)
                keys.append(key)
        return by_head

    def _picked_out(self, token: Token) -> bool:
        """A definite or counted plural of people no other rule has made an actor."""
        if token.tag_ != "NNS" or token.pos_ != "NOUN" or not phrases.is_group_noun(token):
            return False
        if token.i in self.owner or token.i in self.group_heads or token.lower_ in _NOT_PEOPLE:
            return False
        if phrases.describes(token) or token.dep_ in phrases.MODIFIER_DEPS:
            return False
        lefts = list(titles.near_lefts(token))
        if any(c.dep_ == "poss" or c.i in self.owner for c in lefts):
            return False  # "his aides", "Sanders supporters": the entourage's, the phrase's
        if any(c.lower_ in phrases.QUANTIFIERS for c in lefts) or phrases.share_of(token):
            return False
        if any(t.lower_ == "of" for t in token.doc[token.left_edge.i : token.i]):
            return False  # "eight of 10 voters say they": a share of those polled
        if any(c.dep_ == "conj" for c in token.children):
            return False  # "the advisers, family members and friends": no one actor
        if any(c.dep_ == "nummod" and c.lower_ in _PAIR for c in lefts):
            return False  # "the two chief antagonists": two people, whom no group stands for
        return _counted_or_definite(lefts)

    @staticmethod
    def _doer(token: Token) -> bool:
        """A group noun before an act it does: "police reports", "the police shootings of X".

        An act of violence is someone's only when its victims are named ("the
        police killings of two men"): bare, it is a kind of act the group's
        class does ("blamed police shootings on bias", "combat police
        misconduct", "recent police shootings in two states"), no mention of
        the annotators.
        """
        head = token.head
        if head.i <= token.i or head.pos_ != "NOUN":
            return False
        words = {head.lemma_.lower(), head.lower_}
        if words & gazetteer.AGENTIVE_NOUNS:
            return True
        return bool(words & (gazetteer.ASSAULT_NOUNS | _VIOLENCE)) and _victims_named(head)

    def group_adjective(self, m: Mention) -> bool:
        """ "Hispanic voters", "he is Muslim", "a Christian convention", "Vietnamese, Arab,
        Muslim": the adjective of a group cluster (a people or a faith: the builder asks only
        for those) says what someone or something is; only its plural ("Muslims", "the
        Chinese") may be a group that acts (gold marks none of 88 such adjectives on the
        tuning articles)."""
        token = self.doc[m.end - 1]
        if token.tag_ != "JJ":
            return False
        return not (m.start > 0 and self.doc[m.start - 1].lower_ == "the" and token.dep_ != "amod")

    def polled(self, m: Mention) -> bool:
        """ "leads the field among Republicans", "is popular among Democrats", "Among
        Latinos, her net positive is ...": a people or a party's plural after "among" in a
        clause that measures standing is the class a poll breaks out, no group that acts
        (round 21's poll respondents; rounds 17-22 mark 3 of 16). Not after a noun ("the
        divisions among Democrats", "a gap among Latinos"), where the phrase may name the
        group's own state."""
        token = self.doc[m.end - 1]
        if token.tag_ not in {"NNS", "NNPS"} or token.dep_ != "pobj":
            return False
        prep = token.head
        return prep.lower_ == "among" and prep.head.pos_ in {"VERB", "AUX", "ADJ"}

    def listed_class(self, m: Mention) -> bool:
        """ "women, Mexicans and Muslims", "immigrants and Muslims", "prisoners and Muslims":
        a people or faith plural listed with common classes of people is one more kind of
        people, generic like them (the guidelines' "generic classes"; gold marks none of 14
        on the tuning articles). Two peoples ("Blacks and Hispanics benefited") may be
        groups that act and stay."""
        token = self.doc[m.end - 1]
        if m.end - m.start != 1 or token.tag_ not in {"NNS", "NNPS"}:
            return False
        if any(c.dep_ in _SORTING_DEPS for c in token.children):
            return False  # "leading Democrats", "Establishment Republicans": a described group
        return any(
            c.i != token.i
            and c.pos_ == "NOUN"
            and c.tag_ == "NNS"
            and c.text.islower()
            and c.lower_ not in _NOT_CLASSES
            for c in conjuncts(token)
        )


def _latest_with_head(named: dict[str, tuple[list[int], list[str]]], noun: Token) -> str | None:
    """The key of the latest group phrase before ``noun`` with its head word, if any.

    A definite bare plural takes up the group last named with that head ("Republican
    candidates ... the candidates"), as :meth:`Groups.unnamed_groups` does for acting nouns.
    """
    positions, keys = named.get(noun.lower_, ([], []))
    k = bisect.bisect_left(positions, noun.i) - 1
    return keys[k] if k >= 0 else None


def _own_object(pronoun: Token, subject: Token) -> bool:
    """ "the staffers saved their jobs", "the candidates put away their notes": an act on its own.

    A possessive on the object of the verb the group is the active subject
    of: the group does something to what is its own, an act that makes it
    a party to the story.
    """
    verb = subject.head
    owned = pronoun.head
    return (
        pronoun.dep_ == "poss"
        and subject.dep_ == "nsubj"
        and owned.dep_ == "dobj"
        and owned.head.i == verb.i
    )


def _elector_start(token: Token) -> int:
    """Where a superdelegates phrase starts: its descriptive modifiers ("Democratic super
    delegates", "520 superdelegates"), but not "so-called" (the writer's aside) nor a
    verb before it ("scrapping superdelegates": an act on them)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None:
        return token.idx
    if before.lower_ in {"so-called", "called"} or before.tag_ == "VBG":
        return token.idx
    start = phrases.descriptive_start(token, deps=_GROUP_MODIFIERS)
    if before.lower_ == "super" and start == token.idx:
        return before.idx
    return start


def _tallied(token: Token) -> bool:
    """Superdelegates as a count: "won 400 superdelegates", "pledged and superdelegates".

    A conjunct of other delegates, the object of a verb of winning, needing or
    counting, "in superdelegates" (a lead measured in them) and a predicate
    ("become superdelegates") count votes, not the people who cast them.
    """
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return True
    if any(t.lower_ == "pledged" for t in token.doc[token.left_edge.i : token.i]):
        return True  # "pledged and super delegates"
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in _TALLY_VERBS and not _particle(head)
    if token.dep_ == "pobj":
        return head.lower_ in {"in", "including"}  # "ahead in superdelegates", "including 38"
    return token.dep_ in {"attr", "oprd"}


def _particle(verb: Token) -> bool:
    """ "win over": a verb with a particle means another act ("win over superdelegates")."""
    return any(c.dep_ == "prt" for c in verb.children)


def _inside(token: Token) -> bool:
    """ "in the crowd", "among the armed forces": the body as where someone is, no mention."""
    return token.dep_ == "pobj" and token.head.lower_ in {"in", "among", "within"}


def _reacting(lefts: list[Token]) -> bool:
    """ "told a cheering crowd", "to a roaring crowd": the gathering at the event reported.

    An indefinite crowd that cheers or boos while someone speaks is the one
    at the rally the text tells of (annotators marked 3 of 3), unlike "a
    crowd in Georgia" or "an invited crowd", which only say where he spoke.
    """
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in lefts) and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _REACTIONS for c in lefts
    )


def _part_of(token: Token) -> bool:
    """ "members of the audience", "some of the audience": a part, not the gathering."""
    return token.dep_ == "pobj" and token.head.lower_ == "of"


def _acts(token: Token) -> bool:
    """The subject of a verb that says what it did: "the audience cheered", not "may boo"."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _collective_refers(token: Token) -> bool:
    """A collective noun that names people, not the act or state it also names.

    Not a modifier ("establishment candidates"), a predicate ("it is a
    movement"), a place ("in the movement") or an act with its object or its
    course ("the establishment of a fund", "the movement of troops").
    """
    if token.dep_ in phrases.MODIFIER_DEPS or phrases.describes(token) or _inside(token):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)


def _cause_of_people(token: Token, det: Token, lefts: list[Token]) -> bool:
    """A movement as its people: someone's ("his movement"), "that movement", or by its leaning.

    A movement named by its cause ("the civil rights movement", "the Black
    Lives Matter movement") is mostly the cause or its era in the news; one
    whose adjective says where it stands ("the conservative movement", "the
    anti-abortion movement") and someone's own are the people in it.
    """
    if det.dep_ == "poss" or det.lower_ in {"that", "this"}:
        return True
    mods = [c for c in lefts if c.dep_ in _PRESS_MODIFIERS]
    return bool(mods) and all(c.dep_ == "amod" and c.tag_ == "JJ" for c in mods)


def _habitual_subject(token: Token) -> bool:
    """The subject of a plain present verb ("the media makes everything up", "the media goes").

    Said of the press such a clause tells what it always does, a generic
    statement; a reported act has a past, perfect or progressive verb ("the
    media has been rewarding", "the media finally reported").
    """
    verb = token.head
    if token.dep_ != "nsubj" or verb.tag_ != "VBZ":
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _armed(token: Token, lefts: list[Token]) -> int | None:
    """The index of "armed" in "the armed forces" (one name for the military), else None."""
    if token.lower_ != "forces":
        return None
    return next((c.i for c in lefts if c.lower_ == "armed" and c.i == token.i - 1), None)


def _social_group(token: Token) -> bool:
    """A demographic noun set apart by race or orientation: "black voters", "people of color".

    Political news writes of such groups as actors that vote, are courted
    and are targeted ("Trump's support among black voters"), unlike the bare
    class ("voters", "women"), which it mostly uses generically.
    """
    return _of_color(token) is not None or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in gazetteer.SOCIAL_ADJECTIVES
        for c in titles.near_lefts(token)
    )


def _counted_or_social(token: Token) -> bool:
    """A group counted ("88 generals") or set apart by race ("black men")."""
    return any(
        (c.dep_ == "nummod" and c.like_num) or c.lower_ in gazetteer.SOCIAL_ADJECTIVES
        for c in titles.near_lefts(token)
    )


def _office_class(token: Token, lefts: list[Token]) -> bool:
    """ "elected officials", "government officials", "public officials": a class by office.

    Bare, with nothing but words for holding a public office, the phrase is
    everyone who does ("backing from local officials and union leaders",
    "meetings with government officials"), a generic class like "voters";
    a determiner, a number, a party or a place ("the liberal elected
    officials who ...", "Republican elected officials", "local officials")
    makes a group.
    """
    if token.lower_ != "officials" or not lefts:
        return False
    return all(c.lower_ in _OFFICE_CLASS for c in lefts)


def _counted_or_definite(lefts: list[Token]) -> bool:
    """A number counts the group or "the" picks it out: "70 judges", "the judges' ruling"."""
    return any((c.dep_ == "nummod" and c.like_num) or c.lower_ in _ANAPHORIC for c in lefts)


def _conjoined_people(token: Token) -> Token | None:
    """ "generals and admirals", "black men and women": a bare people plural joined by "and".

    Such a pair shares its number or race and is written as one group (asked
    only then: "world leaders and diplomats" are two); a conjunct with its own
    determiner or modifiers ("officials and the protesters") is a group of its own.
    """
    for conj in titles.near_rights(token):
        if conj.dep_ != "conj" or conj.tag_ != "NNS":
            continue
        if not (phrases.is_group_noun(conj) or conj.lower_ in ACTING_GROUP_NOUNS):
            continue
        between = token.doc[token.i + 1 : conj.i]
        if [t.lower_ for t in between] == ["and"] and all(c.dep_ == "cc" for c in conj.lefts):
            return conj
    return None


def _of_color(token: Token) -> int | None:
    """The end of "of color" after a group noun ("communities of color"), else None."""
    for prep in titles.near_rights(token):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            color = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if color is not None and color.lower_ == "color":
                return color.idx + len(color.text)
    return None


def _victims_named(act: Token) -> bool:
    """Whether an act noun names whom it struck with "of": "the shootings of black men"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in act.rights)


#: Acts of violence by their nouns, beyond the attacks of :data:`.gazetteer.ASSAULT_NOUNS`.
_VIOLENCE = frozenset({"shooting", "killing", "violence", "brutality", "abuse", "misconduct"})
#: Modifiers that belong to an unnamed group's span ("black voters", "27 companies").
_GROUP_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod"})
#: Group nouns that are a class unless counted or definite: bare "judges"
#: (criticizing judges, "federal judges who serve") was never an actor of the
#: annotators (session 10's 0 of 16); "at least 70 judges" signing a letter and
#: "the judges" of one tribunal are.
_COUNTED_ONLY = frozenset({"judges"})
#: Words that make "officials" everyone holding an office: "elected officials".
_OFFICE_CLASS = frozenset(
    {"elected", "government", "public", "non-government", "nongovernment", "individual"}
)
#: A party's unpledged electors, a group of definite extent ("persuade superdelegates").
_ELECTORS = frozenset({"superdelegates", "super-delegates"})
#: Verbs whose object is a count of delegates, not people acted upon: "won 400 superdelegates".
_TALLY_VERBS = frozenset(
    {"win", "need", "include", "have", "add", "count", "total", "earn", "secure", "poach", "lose"}
)
#: Group nouns used bare like a name ("police said"): the latest such group named.
_NAME_LIKE = frozenset({"police"})
#: Determiners with which a bare head refers back to a group named before.
_ANAPHORIC = frozenset({"the", "these", "those"})
#: Nouns for the people gathered before a speaker: "told the crowd". Not plural
#: "crowds"; "audience" only where one acts (:data:`_AUDIENCES`).
_GATHERINGS = frozenset({"crowd"})
#: An audience is the gathering only where one acts in the article ("the audience
#: cheered"); elsewhere it is mostly whoever watches ("curry favor from the audience").
_AUDIENCES = frozenset({"audience"})
#: Plural kin nouns that name the kin of someone as a group: "the families of the victims".
_KIN_GROUPS = frozenset({"families", "relatives"})
#: The press named by a common noun: "the media".
_PRESS = frozenset({"media"})
#: Modifiers that belong to the press's span: "the conservative media", "Spanish-speaking media".
_PRESS_MODIFIERS = frozenset({"amod", "compound"})
#: Prepositions of where something appears: "in the media", "on social media".
_MEDIUM_PREPS = frozenset({"in", "on", "across", "through", "into", "via"})
#: Modifiers that make "media" a platform, not the press: "social media".
_PLATFORMS = frozenset({"social", "digital", "online", "new", "multimedia"})
#: Who may employ someone named in a title: bodies, not states, places or people.
_EMPLOYER_KINDS = frozenset({"organization", "media"})
#: Words of a journalist's title that make a seat of government before them the beat covered.
_BEATS = frozenset({"correspondent", "reporter", "bureau", "columnist", "editor", "producer"})
#: Singular nouns of a collective that acts in politics with no name of its own: "the
#: conservative movement", "the financial elite" ("the establishment" is a class, no actor:
#: phrases.CLASS_COLLECTIVES, rounds 14 and 17).
_COLLECTIVES = frozenset({"movement", "elite"})
#: Collectives also named by their cause, people only when someone's or by their leaning.
_CAUSES = frozenset({"movement"})
#: How a crowd reacts to a speaker: "a cheering crowd" is the one at the event told.
_REACTIONS = frozenset(
    {"cheering", "roaring", "applauding", "booing", "chanting", "jeering", "clapping"}
)
#: Determiners that point at one gathering: "the crowd", "this crowd".
_POINTING = frozenset({"the", "this", "that"})
#: The plural pronouns whose antecedent may be an unnamed group ("the aides said they").
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
#: Plurals the group-noun test reads as people that are things here ("the states ... their").
#: "People" and "others", even counted ("200 people", "29 others"), stay the
#: class the annotators leave out.
_NOT_PEOPLE = frozenset(
    {"states", "countries", "nations", "cities", "companies", "people", "others"}
)
#: Counts that make a pair of people rather than a group ("the two young reporters").
_PAIR = frozenset({"two", "2"})


#: Modifiers that make a plural a described group rather than a bare class.
_SORTING_DEPS = frozenset({"amod", "compound", "det", "nummod", "poss"})
#: Lowercase plurals that are peoples themselves ("working-class whites and
#: African-Americans") or stand for the rest of a list ("Armenians, Greeks and others").
_NOT_CLASSES = frozenset({"whites", "blacks", "others"})
