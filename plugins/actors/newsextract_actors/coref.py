"""Pronouns resolved to the actors they refer to: a salience-based resolver.

News refers to the people it is about mostly by pronoun ("Obama said he
would ..."), and event and quote records are only useful when "he" is the
actor. A full coreference model is out of reach of the small parser, so this
is the classic salience approach (Lappin and Leass 1994, in miniature):

- every name mention, and every pronoun already resolved, leaves a weight on
  its actor: larger for a grammatical subject, halved per sentence back, over
  a window of a few sentences;
- a pronoun goes to the heaviest compatible actor: a person for he/she (with a
  known gender that agrees, :mod:`.gender`), an organisation, country or
  outlet for its;
- a non-reflexive pronoun never refers to a co-argument ("Trump attacked him")
  and a third-person pronoun inside a quotation never to its speaker;
- "himself" is the subject of its own clause (:mod:`.clause_subjects`);
- "I", "me", "my" inside a quotation are its speaker, found as the subject of
  a verb of saying next to the quotation ("“I ...,” she said",
  :mod:`.speakers`), and outside one the text's named writer (:mod:`.writers`).

A pronoun is resolved when the winner clearly leads the runner-up. In a close
call the article's main person wins, else the one of the two referred to
last (the leader by weight has gathered it from earlier sentences, the text
usually points at the latest); such a guess leaves no weight of its own, so
one wrong guess does not carry the pronouns after it.

Every step is a bounded scan over the tokens or the mentions of a few
sentences, so the cost is linear in the document.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from . import names
from .clause_subjects import (
    SUBJECT_DEPS,
    clause_subject,
    governing_verb,
    subject_before,
    subject_of,
)
from .gazetteer import HONORIFICS
from .gender import FEMALE_WORDS, MALE_WORDS, THIRD_PERSON, Gender, genders
from .phrases import is_person_noun
from .speakers import SAY_LEMMAS, InnerQuotes, Quotation, addressee, quotations
from .titles import span_root
from .tokens import TokenTable
from .writers import FIRST_PERSON, interview_turns, paragraphs_of, writers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .cluster import Cluster
    from .mentions import Mention

_NEUTER_KINDS: Final[frozenset[str]] = frozenset({"organization", "country", "media"})
#: Who a quotation may be said to: a person, or a group ("“Did you shoot him?” she asked the officers").
_ADDRESSED_KINDS: Final[frozenset[str]] = frozenset({"person", "group"})
#: "you" and its forms.
SECOND_PERSON: Final[frozenset[str]] = frozenset({"you", "your", "yours", "yourself"})

#: How far up from a pronoun a fronted adverbial is looked for ("In his first
#: speech as mayor, ..."): such phrases are shallow.
_MAX_FRONTED_DEPTH: Final[int] = 12
#: Tokens a clause's subject may stand before a pronoun it binds.
_UNRIVALLED_SPAN: Final[int] = 30
_OBJECT_DEPS: Final[frozenset[str]] = frozenset({"dobj", "dative", "attr", "oprd"})
#: Sentences back a pronoun may look, and mentions it may weigh at most. With the faster
#: DECAY a far mention weighs little, but a person a paragraph keeps calling "he" after
#: naming him four or five sentences back is still there to win (session 22: 3 -> 5, B³ A
#: 78.57 -> 78.75, B 75.46 -> 75.55; 6 adds nothing).
WINDOW_SENTENCES: Final[int] = 5
MAX_CANDIDATES: Final[int] = 40
#: Weight kept per sentence back. News moves on to the person it names last: a
#: subject named twice two sentences back no longer outweighs the person the sentence
#: just before names as an object ("... had rejected Paul Dunn. He said"). Session 22:
#: 0.5 -> 0.4, B³ A 78.48 -> 78.57, B 75.17 -> 75.33 (0.3 and a lower LEAD lose on A or B).
DECAY: Final[float] = 0.4
#: When nothing compatible is that near, sentences back (not counting those
#: wholly inside a quotation) to look for the one actor the pronoun can be.
FALLBACK_SENTENCES: Final[int] = 3
#: The winner must weigh this much more than the runner-up.
LEAD: Final[float] = 1.5

#: A leader by less than LEAD still wins by this much when it is the article's main person,
#: named PROTAGONIST_SHARE times as often as the runner-up (:meth:`Resolver._protagonist`).
CLOSE_LEAD: Final[float] = 1.1
PROTAGONIST_SHARE: Final[int] = 2

#: Sentences back a clear leader's last reference may stand for a runner-up named in a nearer
#: sentence to take the pronoun (:meth:`Resolver._nearer_runner_up`): further back, the leader
#: is what a paragraph keeps calling "he" and wins more often than not.
NEARER_REACH: Final[int] = 2

#: Tokens between a speaker pronoun and its quotation ("“...,” he said", "He said Monday: “...").
_BESIDE: Final[int] = 4

#: Verbs of saying whose subject asks: the next quotation is the answer of the one asked.
_ASKING: Final[frozenset[str]] = frozenset({"ask", "question", "press", "quiz"})

#: Weight of the last quotation's speaker for the speaker of the next ("“...,” she said").
SPEAKER_BONUS: Final[float] = 1.0


@dataclass
class _Event:
    """A reference to a cluster at a position: a name or a resolved pronoun."""

    token: int
    sentence: int
    cluster: int
    weight: float
    subject_of: int  #: the head token when the mention is a subject, else -1
    argument_of: int  #: the head token it is an argument of (subject or object), else -1
    narrative: int = 0  #: the sentence number counting only sentences outside quotations


def _role_weight(token: Token) -> float:
    if token.dep_ in SUBJECT_DEPS:
        return 2.0
    if token.dep_ in _OBJECT_DEPS:
        return 1.0
    if token.dep_ == "poss":
        return 0.8
    return 0.6


def _argument_head(token: Token) -> int:
    """The verb a subject or object depends on (through a preposition for "about him")."""
    if token.dep_ in SUBJECT_DEPS or token.dep_ in _OBJECT_DEPS:
        return token.head.i
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head.i
    return -1


class Resolver:
    """Resolves the pronouns of one document to clusters."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        clusters: list[Cluster],
        cluster_of: list[int],
        titles: list[list[str]],
        table: TokenTable | None = None,
        described: dict[int, int] | None = None,
    ) -> None:
        #: head token of a description ("the senator") -> its cluster
        self.described = described or {}
        self.doc = doc
        self.table = table if table is not None else TokenTable(doc)
        self.mentions = mentions
        self.clusters = clusters
        self.cluster_of = cluster_of
        self.titles = titles
        self.sentence = self.table.sentence
        self.owner: dict[int, int] = {}
        for mi, m in enumerate(mentions):
            for t in range(m.start, m.end):
                self.owner[t] = mi
        self.resolved: dict[int, int] = {}  #: pronoun token -> cluster
        #: the tokens resolved here, sorted (:meth:`_named_in`; kept by :meth:`_resolve`)
        self._resolved_order: list[int] = []
        #: per token, the last token up to it a mention or a description names (:meth:`_named_in`)
        self._last_named: list[int] | None = None
        self._sentence_heads: dict[int, tuple[Token, Token | None]] = {}
        self.quotes: list[Quotation] = []  #: the quotations, once resolved
        self._quote_ends: list[int] = []
        #: per token, the index of the quotation it stands in, or -1; once resolved
        self.quote_of: np.ndarray[Any, Any] = np.full(len(doc), -1, dtype=np.int64)
        self.narrative: list[int] = []
        self.gender: list[Gender | None] = []
        #: the gender the naming words alone say (:func:`.gender.genders`)
        self.named_gender: list[Gender | None] = []
        #: pronoun tokens resolved by a close call's recency (:meth:`_most_recent`)
        self._guessed: set[int] = set()
        #: the references so far, and the people among them by gender ("" unknown), gathered
        #: up to :attr:`_seen_upto` (:meth:`_only_of_gender`)
        self._events: list[_Event] = []
        self._seen: dict[str, set[int]] = defaultdict(set)
        self._seen_upto = 0
        self._inner: InnerQuotes | None = None

    @property
    def inner(self) -> InnerQuotes:
        """The document's inner quotations, indexed once (the pronoun builders read them too)."""
        if self._inner is None:
            self._inner = InnerQuotes(self.doc)
        return self._inner

    # -- resolution ------------------------------------------------------------------
    def _compatible(self, ci: int, want: str) -> float:
        cluster = self.clusters[ci]
        if want == "n":
            return 1.0 if cluster.kind in _NEUTER_KINDS else 0.0
        if cluster.kind != "person":
            return 0.0
        g = self.gender[ci]
        if g is None:
            return 0.5
        return 1.0 if g == want else 0.0

    def resolve(self) -> dict[int, list[tuple[int, int]]]:
        """Pronoun character ranges by cluster index."""
        doc = self.doc
        self.gender, self.named_gender = genders(
            doc, self.table, self.mentions, self.clusters, self.cluster_of, self.titles
        )
        quotes = self.quotes = quotations(doc, doc.text, self.sentence, self.table)
        self._quote_ends = [q.end for q in quotes]
        quote_of = self.quote_of
        for qi, q in enumerate(quotes):
            quote_of[q.start : q.end] = qi
        self.narrative = _narrative_index(self.table, quote_of)
        speaks: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for q in quotes:
            if (
                q.speaker >= 0 and not q.embedded
            ):  # "he referred to them as “my friends”": no "he said"
                speaks[q.speaker].append((q.start, q.end))
        events: list[_Event] = []
        self._events = events
        mention_at = {m.start: mi for mi, m in enumerate(self.mentions)}
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        lo = 0  # first event still inside the window
        pronouns = self.table.where_lower(THIRD_PERSON)
        described = {i: ci for i, ci in self.described.items() if i not in self.owner}
        for i in sorted(set(mention_at) | set(pronouns) | set(described)):
            token = doc[i]
            mi = mention_at.get(token.i)
            if mi is not None:
                m = self.mentions[mi]
                root = span_root(doc, m.start, m.end)
                events.append(self._event(root, self.cluster_of[mi]))
                continue
            if i in described:
                # "the Latin American pope ... demonstrated his knack": a description
                # names its actor as a name does
                events.append(self._event(token, described[i]))
                continue
            lower = token.lower_
            form = THIRD_PERSON.get(lower)
            if form is None or token.tag_ not in {"PRP", "PRP$"} or token.i in self.owner:
                continue
            if _either_gender(token):
                continue  # "he or she will", "his or her returns": whoever it may be, no one
            s, n = self.sentence[token.i], self.narrative[token.i]
            while lo < len(events) and (
                (
                    (events[lo].sentence < s - WINDOW_SENTENCES)
                    and events[lo].narrative < n - FALLBACK_SENTENCES
                )
                or len(events) - lo > MAX_CANDIDATES
            ):
                lo += 1
            banned: set[int] = set()
            # “...,” she said: not someone she talks about in her own quotation
            own_quotes = speaks.get(token.i, ())
            qi = int(quote_of[token.i])
            if qi >= 0:
                speaker = self._cluster_at(quotes[qi].speaker)
                if speaker is not None:
                    banned.add(speaker)
            want, reflexive = form
            window = events[lo:]
            if own_quotes:
                # “...,” she said: someone the narrative named, not one named in quotations
                window = [e for e in window if quote_of[e.token] < 0]
                banned |= self._addressed_by(token)
                sayer = self._last_sayer(token, own_quotes, window, form[0], banned)
                if sayer is not None:
                    self._resolve(token.i, sayer)
                    out[sayer].append((token.idx, token.idx + len(token.text)))
                    events.append(self._event(token, sayer))
                    continue
                # and who spoke just before goes on speaking
                prev = self._previous_speaker(own_quotes[0][0])
                if prev is not None:
                    window.append(prev)
            beside = any(self._beside(token, start, end) for start, end in own_quotes)
            ci = self._choose(token, window, want, reflexive, banned, speaks=beside)
            if ci is None:
                continue
            self._resolve(token.i, ci)
            if not reflexive:  # "himself" is no mention (the guidelines), though it is resolved
                out[ci].append((token.idx, token.idx + len(token.text)))
            if token.i not in self._guessed:  # a guess weighs nothing: it must not snowball
                events.append(self._event(token, ci))
        # The writer's own "I" first: 'I laughed and said, "I don't believe it."'
        written = writers(
            doc,
            self.table,
            self.mentions,
            self.clusters,
            self.cluster_of,
            self.owner,
            quote_of,
            mention_at,
        )
        for i, ci in written.items():
            t = doc[i]
            out[ci].append((t.idx, t.idx + len(t.text)))
            self._resolve(i, ci)  # the speaker of a quotation the writer introduces
        # First person inside a quotation: its speaker, unless he retells another's words.
        inner = self.inner
        for i in self.table.where_lower(FIRST_PERSON):
            qi = int(quote_of[i])
            speaker = self._cluster_at(quotes[qi].speaker) if qi >= 0 else None
            if speaker is None or not self._speaks_first_person(speaker, quotes[qi].speaker):
                continue
            t = doc[i]
            if inner.other_voice(quotes[qi], t):
                # "you hear her saying, ‘I love ...’": the one he quotes
                speaker = self._inner_sayer(inner, quotes[qi], t)
                if speaker is None:
                    continue
            if t.tag_ in {"PRP", "PRP$"} and i not in self.owner:
                out[speaker].append((t.idx, t.idx + len(t.text)))
        self._second_person(quote_of, out)
        return out

    def _speaks_first_person(self, ci: int, speaker: int) -> bool:
        """Whether cluster ``ci``, speaking through token ``speaker``, owns its quotation's "I".

        A person does; so does a lone name of no known kind ("“I know that,” Sweeny said",
        "Tanden wrote"): the type guess of a surname the gazetteer lacks is weak, while
        only people say "I" in a quotation. A body ("“...,” the campaign said") does not.
        """
        kind = self.clusters[ci].kind
        return kind == "person" or (kind == "other" and self.doc[speaker].pos_ == "PROPN")

    def _inner_sayer(self, inner: InnerQuotes, quote: Quotation, token: Token) -> int | None:
        """The person whose words an inner quotation holding ``token`` are, if the text says so."""
        _, sayer = inner.voice(quote, token)
        found = self._cluster_at(sayer.i) if sayer is not None else None
        if found is None or self.clusters[found].kind != "person":
            return None
        return found

    def _second_person(
        self, quote_of: np.ndarray[Any, Any], out: dict[int, list[tuple[int, int]]]
    ) -> None:
        """ "you" in a quotation said to someone: the person or group addressed.

        The addressee is the object of the verb that tells or asks
        (:func:`.speakers.addressee`) or a name called out at the start of
        the quotation ("“Mr. Smith, you ...”"); a generic "you" has neither
        and is left out, as the guidelines ask.
        """
        doc = self.doc
        targets: dict[int, int | None] = {}
        asked = self._interview_questions()
        for i in self.table.where_lower(SECOND_PERSON):
            qi = int(quote_of[i])
            t = doc[i]
            if qi < 0 and asked and i not in self.owner and t.tag_ in {"PRP", "PRP$"}:
                guest = asked.get(i)
                if guest is not None:  # an interview's "Q: You open your book ..."
                    out[guest].append((t.idx, t.idx + len(t.text)))
                continue
            if qi < 0 or i in self.owner or t.tag_ not in {"PRP", "PRP$"}:
                continue
            if qi not in targets:
                targets[qi] = self._addressed(self.quotes[qi])
            ci = targets[qi]
            if ci is not None:
                out[ci].append((t.idx, t.idx + len(t.text)))

    def _interview_questions(self) -> dict[int, int]:
        """The "you" tokens of an interview's questions, each with the guest it asks.

        Empty unless the article is printed as questions and answers
        (:func:`.writers.interview_turns`).
        """
        if not self.table.where_lower(SECOND_PERSON):
            return {}
        paragraphs = paragraphs_of(self.doc, self.table)
        interview = interview_turns(
            self.doc, paragraphs, self.mentions, self.clusters, self.cluster_of
        )
        if interview is None:
            return {}
        asked = set(interview.questions)
        # the paragraph starts once, not per "you" (an interview has many of both)
        starts = [a for a, _ in paragraphs]
        return {
            i: interview.guest
            for i in self.table.where_lower(SECOND_PERSON)
            if bisect.bisect_right(starts, i) - 1 in asked
        }

    def _addressed(self, quote: Quotation) -> int | None:
        """The actor a quotation is said to, other than its speaker."""
        ci = self._cluster_at(addressee(self.doc, quote))
        if ci is None:
            ci = self._vocative(quote)
        if ci is None or ci == self._cluster_at(quote.speaker):
            return None
        return ci if self.clusters[ci].kind in _ADDRESSED_KINDS else None

    def _vocative(self, quote: Quotation) -> int | None:
        """A person's name opening a quotation and set off by a comma: "“Mr. Smith, you ...”"."""
        first = quote.start
        while first < quote.end and first - quote.start < 2 and self.doc[first].text in HONORIFICS:
            first += 1  # "“Mr. Smith, ...": the name proper
        mi = self.owner.get(first)
        if mi is None:
            return None
        m = self.mentions[mi]
        if m.end >= quote.end or self.doc[m.end].text != "," or m.kind != "person":
            return None
        root = span_root(self.doc, m.start, m.end)
        if root.dep_ in SUBJECT_DEPS or root.dep_ == "appos":
            return None  # "“Trump, who ..., said”" is no call
        return self.cluster_of[mi]

    def _beside(self, token: Token, start: int, end: int) -> bool:
        """Whether a speaker pronoun stands right by its quotation: "“...,” he said", "He said: “..."."""
        doc = self.doc
        if end <= token.i:
            return all(doc[k].is_punct or doc[k].is_space for k in range(end, token.i))
        verb = token.head
        return 0 < start - verb.i <= _BESIDE and verb.i > token.i

    def _addressed_by(self, token: Token) -> set[int]:
        """The actors a speaker pronoun's verb is said to ("“...,” he told Hannity"): not the speaker."""
        found = (self._cluster_at(c.i) for c in token.head.children if c.dep_ in _OBJECT_DEPS)
        return {ci for ci in found if ci is not None}

    def _last_sayer(
        self,
        token: Token,
        quotes: list[tuple[int, int]],
        window: list[_Event],
        want: str,
        banned: set[int],
    ) -> int | None:
        """Who last said something in the narrative just before a quotation "he" speaks.

        "Pruitt said she can win it back. “I don't think ...,” he said":
        the subject of a verb of saying in the narrative sentence before
        (outside quotations) is the one who goes on speaking, rather than
        someone the report was about. Only for a pronoun right beside its
        quotation ("“...,” he said", "He said: “...”") whose own sentence
        names no subject before it ("X fired back: “...,” he wrote", "X said
        Y was right when he said ..." are left to the other rules).
        """
        if not any(self._beside(token, start, end) for start, end in quotes):
            return None
        doc = self.doc
        s, n = self.sentence[token.i], self.narrative[token.i]
        for e in reversed(window):
            if n - e.narrative > 1:
                return None
            if e.subject_of < 0 or e.cluster in banned:
                continue
            if e.sentence >= s:
                return None  # "Fallon fired back: “...,” he wrote": his own sentence's subject
            verb = doc[e.subject_of]
            found = e.cluster
            if verb.lemma_ in _ASKING:
                # "X asked Y how ... “...,” he told X": the one asked answers
                asked = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
                answers = self._cluster_at(asked.i) if asked is not None else None
                if answers is None or answers in banned:
                    return None
                found = answers
            elif verb.lemma_ not in SAY_LEMMAS or verb.pos_ != "VERB":
                continue
            return found if self._compatible(found, want) > 0 else None
        return None

    def _previous_speaker(self, start: int) -> _Event | None:
        """The speaker of the last quotation before token ``start``, as a reference there."""
        k = bisect.bisect_left(self._quote_ends, start) - 1
        if k < 0:
            return None
        best = self.quotes[k]
        ci = self._cluster_at(best.speaker)
        if ci is None:
            return None
        # present where the quotation stops: a long quotation puts its speaker
        # many sentences back, yet "“...,” he continued" is still the speaker's
        last = max(best.speaker, best.end - 1)
        return _Event(best.speaker, self.sentence[last], ci, SPEAKER_BONUS, -1, -1, 0)

    def _thing_subject(self, token: Token) -> bool:
        """Whether "its" stands in a clause whose subject is a thing, no actor or person.

        "The program drew criticism for its slow start", "the crisis had its
        roots in", "a leopard doesn't change its spots": a singular common
        noun subject binds the possessive; the body named around it is not
        meant. A noun that names a body ("the party", "the museum") may be
        the body itself, and an actor named in the subject or between it and
        the possessive ("North Korea's test, its second") may still own it.
        """
        subject = clause_subject(token)
        if subject is None or subject.tag_ != "NN" or subject.dep_ not in SUBJECT_DEPS:
            return False
        start = min(subject.left_edge.i, token.i)
        if self._named_in(start, token.i):
            return False  # "North Korea's test, its second", "the test, North Korea said, was its"
        lemma = subject.lemma_.lower()
        return lemma not in _BODY_NOUNS and not is_person_noun(lemma)

    def _clause_subject(self, token: Token) -> int | None:
        """The actor that is the subject of the clause a possessive stands in, named before it."""
        subject = clause_subject(token)
        return None if subject is None else self._cluster_at(subject.i)

    def _unrivalled_subject(self, token: Token, want: str) -> int | None:
        """ "Clinton allowed her staff ...", "Putney said ..., but he added": the clause's subject.

        A possessive he/she in a clause, or the subject of a clause
        subordinated or coordinated to another, is the subject of that clause
        when it is a person of the pronoun's gender and no other person of
        that gender is named between them ("Reid mocked Romney for not
        releasing his returns" is left to salience). A main clause's subject
        after a fronted subordinate clause is that clause's subject
        ("Although Trump admitted it, he ...", "When Ms. X arrived, she ...").
        """
        subject = _fronted_clause_subject(token)
        if subject is not None:
            return self._unrivalled(subject, token, want)
        if token.dep_ == "poss":
            verb = token.head
            for _ in range(4):  # up through the noun phrase and its prepositions
                if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                    break
                verb = verb.head
        elif token.dep_ in SUBJECT_DEPS and token.head.dep_ in {"advcl", "conj"}:
            verb = token.head.head
            if verb.pos_ not in {"VERB", "AUX"}:
                verb = verb.head
        else:
            return None
        subject = subject_before(verb, token.i)
        return None if subject is None else self._unrivalled(subject, token, want)

    def _unrivalled(self, subject: Token, token: Token, want: str) -> int | None:
        """The actor of ``subject`` when it agrees with the pronoun and no rival stands between."""
        if token.i - subject.i > _UNRIVALLED_SPAN:
            return None
        found = self._cluster_at(subject.i)
        if found is None:  # "Trump's running mate, Gov. Mike Pence, plans to release his"
            found = next(
                (self._cluster_at(c.i) for c in subject.children if c.dep_ == "appos"), None
            )
        if found is None or self._compatible(found, want) < 1.0:
            return None
        # "Dunn, who trails Reed in Dayton, may lose his seat": the subject's own
        # relative clause or apposition names no rival for the clause outside it
        first = subject.right_edge.i + 1 if subject.right_edge.i < token.i else subject.i + 1
        for t in range(first, token.i):
            other = self._cluster_at(t)
            if other is not None and other != found and self._compatible(other, want) > 0:
                return None
        return found

    def _resolve(self, token: int, ci: int) -> None:
        """Resolve pronoun ``token`` to cluster ``ci`` (and keep :attr:`_resolved_order`)."""
        if token not in self.resolved:
            bisect.insort(self._resolved_order, token)
        self.resolved[token] = ci

    def _named_in(self, start: int, end: int) -> bool:
        """Whether a token of ``start`` .. ``end`` - 1 names an actor (:meth:`_cluster_at`).

        Why not a scan: a sentence with many "its" after one subject read the
        tokens in between once per "its", quadratic in its length. A table of
        the last mention or description up to each token, built once, and the
        sorted resolved pronouns (resolved in document order, so appended) answer
        with a lookup and a bisection."""
        if start >= end:
            return False
        if self._last_named is None:
            last = -1
            table: list[int] = []
            for i in range(len(self.doc)):
                if i in self.owner or i in self.described:
                    last = i
                table.append(last)
            self._last_named = table
        if self._last_named[end - 1] >= start:
            return True
        order = self._resolved_order
        k = bisect.bisect_left(order, start)
        while k < len(order) and order[k] < end:
            if order[k] in self.resolved:  # another builder may have dropped it since
                return True
            k += 1
        return False

    def _cluster_at(self, token: int) -> int | None:
        if token < 0:
            return None
        mi = self.owner.get(token)
        if mi is not None:
            return self.cluster_of[mi]
        found = self.resolved.get(token)
        return found if found is not None else self.described.get(token)

    def _event(self, root: Token, ci: int) -> _Event:
        subject_of = root.head.i if root.dep_ in SUBJECT_DEPS else -1
        return _Event(
            token=root.i,
            sentence=self.sentence[root.i],
            cluster=ci,
            weight=_role_weight(root),
            subject_of=subject_of,
            argument_of=_argument_head(root),
            narrative=self.narrative[root.i],
        )

    def _choose(
        self,
        token: Token,
        window: list[_Event],
        want: str,
        reflexive: bool,
        banned: set[int],
        speaks: bool = False,
    ) -> int | None:
        s = self.sentence[token.i]
        if reflexive:
            head = token.head.i if token.dep_ != "pobj" else token.head.head.i
            for e in reversed(window):
                if e.subject_of == head and self._compatible(e.cluster, want) > 0:
                    return e.cluster
            return None
        if token.dep_ == "poss" and token.head.dep_ == "conj":
            # "Washington and its allies", "Adelson and his wife"
            first = token.head.head.i
            for e in reversed(window):
                if e.token == first and e.cluster not in banned:
                    # the coordination decides even when the name says no gender
                    if self._compatible(e.cluster, want) > 0:
                        return e.cluster
                    break
        if want == "n" and token.dep_ == "poss":
            if self._thing_subject(token):
                return None  # "the program drew criticism for its slow start": the thing's
            # "the IMF raised its forecast", "Mexico kept its cool": the clause's subject
            found = self._clause_subject(token)
            if found is None or self._compatible(found, want) <= 0:
                # "he advised Salix on its sale", "urged the department to review its"
                obj = _object_before(token)
                found = self._cluster_at(obj.i) if obj is not None else None
            if found is not None and found not in banned and self._compatible(found, want) > 0:
                return found
        if want != "n":
            found = self._opening_cataphora(token, want, banned)
            if found is not None:
                return found
        if token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ccomp":
            # "Trump said he would ...", "Trump, who says he ...": who said or thought it;
            # not a sayer after the words ("He could win the state, Reed said"): a speaker
            # reporting on himself says "I", so that "he" is whom the words are about
            speaker = subject_of(token.head.head)
            if speaker is not None and speaker.i > token.i:
                speaker = None
            found = self._cluster_at(speaker.i) if speaker is not None else None
            # a sayer whose name gives no gender too ("Sen. Zorvan Quill said he had not
            # called Reed"): the clause binds the pronoun more surely than salience, whose
            # leader of a known gender won (session 26: B 7 fixed / 4 broken, R2324 2 / 0)
            if found is not None and found not in banned and self._compatible(found, want) > 0:
                return found
        if want != "n":
            found = self._unrivalled_subject(token, want)
            if found is not None and found not in banned:
                return found
        own_head = _argument_head(token) if token.dep_ != "poss" else -1
        scores: dict[int, float] = defaultdict(float)
        latest: dict[int, int] = {}  #: cluster -> token of its latest reference
        subject_in: dict[int, set[int]] = defaultdict(
            set
        )  #: cluster -> sentences it is a subject in
        further: set[int] = set()
        bound: set[int] = set()  #: clusters the pronoun's own clause binds away from it
        for e in window:
            if e.cluster in banned:
                continue
            if own_head >= 0 and e.argument_of == own_head:
                bound.add(e.cluster)
                continue  # "Trump attacked him": not Trump
            fit = self._compatible(e.cluster, want)
            if fit <= 0:
                continue
            if s - e.sentence > WINDOW_SENTENCES:
                further.add(e.cluster if fit >= 1.0 else -1)
                continue
            scores[e.cluster] += fit * e.weight * DECAY ** (s - e.sentence)
            latest[e.cluster] = max(latest.get(e.cluster, -1), e.token)
            if e.subject_of >= 0:
                subject_in[e.cluster].add(e.sentence)
        if not scores:
            # "Mr. X said: [a long quotation]. He added ...": the only one it can be
            if len(further) == 1 and -1 not in further:
                if want == "n" or not self._rival_before(token, want, people_only=True):
                    return next(iter(further))
                return None  # "A retired electrician said he ...": the unnamed one
            found = self._cataphora(token, want, banned)
            if found is None and want in {"m", "f"}:
                # not the pronoun's own clause-mate, however alone ("Baker criticised him")
                found = self._only_of_gender(token, want, banned | bound)
            return found
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        best, score = ranked[0]
        if len(ranked) > 1 and score < LEAD * ranked[1][1]:
            found = self._cataphora(token, want, banned)
            if found is None and speaks and want != "n":
                found = self._reporting_subject(token, window, ranked[:2])
                if found is not None:
                    return found
            if found is None and want != "n" and self._protagonist(ranked[:2], latest):
                return best
            if found is None and want != "n":
                found = self._most_recent(token, ranked[:2], latest, subject_in)
            return found
        # "Reed ... Reed said. The blow fell on Dunn, who faces a loss in his state"
        if want != "n" and self._nearer_runner_up(token, want, ranked, latest):
            return ranked[1][0]
        return best

    def _nearer_runner_up(
        self, token: Token, want: str, ranked: list[tuple[int, float]], latest: dict[int, int]
    ) -> bool:
        """Whether a clear leader loses the pronoun to a runner-up named in a nearer sentence.

        "Reed ... Reed thanked his staff. The blow fell on Dunn, who faces a
        loss in his own state": the leader's weight was gathered over earlier
        sentences; when its last reference is one or two sentences back and the
        runner-up was named after it, in a later sentence, the text has moved
        on to the runner-up, subject or not. On half B the leader of such a
        call was wrong about two times in three (45 against 20 before the
        checks below); a leader named three or more sentences back is what a
        paragraph keeps calling "he", and wins more often than not. Only when
        the runner-up's own naming words (a given name, an honorific, a
        gendered role) say the pronoun's gender: the pronoun's votes for a
        lone person near it would otherwise give a word read as a person
        ("Undeterred, he said") the gender that lets it win. Not the agent of a
        passive ("When pressed by Dunn about how he would pay, ..."): the one
        pressed is what the sentence is about; nor one of a list ("songs by
        Ann Lee, Tom Fry and Bob Ray"). The pick is a guess and leaves no
        weight (:attr:`_guessed`): the runner-up gains nothing from it.
        """
        if len(ranked) < 2:
            return False
        (best, _), (second, _) = ranked[:2]
        s = self.sentence[token.i]
        leader_at = self.sentence[latest[best]]
        if s - leader_at > NEARER_REACH or self.sentence[latest[second]] <= leader_at:
            return False
        if self.named_gender[second] != want:
            return False  # gendered only by the pronouns near it, maybe by this very one
        named = self.doc[latest[second]]
        if named.head.dep_ == "agent":
            return False  # "pressed by Dunn about how he would": the one pressed
        if named.dep_ == "conj" or any(c.dep_ == "conj" for c in named.children):
            return False  # one of a list of people
        self._guessed.add(token.i)
        return True

    def _reporting_subject(
        self, token: Token, window: list[_Event], ranked: list[tuple[int, float]]
    ) -> int | None:
        """Of two people close in weight, the one a quotation's "he"/"she" reports: the last subject.

        "X has pushed Trump to own the issue. “...,” he wrote": the speaker of
        a quotation is who the narrative before it is about, its last
        subject of the main clause in the narrative sentence before, not
        whoever was named last (an object, the subject of a reported clause
        "X said Y had failed", or of the reported words in the pronoun's own
        sentence: "Trump isn't a conservative, he said"). When that subject
        is neither of the two, or not an actor, the call stays open.
        """
        s, n = self.sentence[token.i], self.narrative[token.i]
        pair = {ranked[0][0], ranked[1][0]}
        for e in reversed(window):  # the window holds at most MAX_CANDIDATES
            if e.sentence >= s or e.subject_of < 0:
                continue  # (the last speaker, added at the end, is no subject)
            if e.narrative < n - 1:
                break
            if not _main_verb(self.doc[e.subject_of]):
                continue
            if e.cluster not in pair:
                return None
            self._guessed.add(token.i)
            return e.cluster
        return None

    def _most_recent(
        self,
        token: Token,
        ranked: list[tuple[int, float]],
        latest: dict[int, int],
        subject_in: dict[int, set[int]],
    ) -> int | None:
        """Of two people close in weight, the one referred to last before the pronoun.

        "Trump railed against the judge for his handling": the leader by
        weight owes its lead to earlier sentences, and a close call the
        protagonist rule leaves open goes to the latest reference about 2
        times in 3 on the tuning articles (against 1 in 3 for the leader).
        After a sentence whose subject the latest was only an object or
        possessor of, that subject wins instead (:meth:`_centre`).
        Not when that reference stands in a quotation and the pronoun in the
        narrative: the narrative seldom points into a quotation. Marks the
        pronoun a guess (:attr:`_guessed`). Organisations ("its") are left
        out: there the latest is right no more often than the leader.
        """
        (first, _), (second, _) = ranked
        pick = first if latest[first] > latest[second] else second
        other = second if pick == first else first
        if self._centre(token, pick, other, latest, subject_in):
            pick = other
        if self.quote_of[latest[pick]] >= 0 and self.quote_of[token.i] < 0:
            return None
        self._guessed.add(token.i)
        return pick

    def _centre(
        self,
        token: Token,
        latest_one: int,
        other: int,
        latest: dict[int, int],
        subject_in: dict[int, set[int]],
    ) -> bool:
        """Whether a close call goes to the subject of the sentence before rather than the latest.

        When neither is named in the pronoun's own sentence, the subject of
        the sentence before beats a later object or possessor in it ("Reyes
        questioned Webb's budget. He called it ..."): the subject is what the
        text is about at that point (centering). Inside a quotation
        recency does not reach, so neither does this.
        """
        if self.quote_of[token.i] >= 0:
            return False
        s = self.sentence[token.i]
        if self.sentence[latest[latest_one]] != s - 1:
            return False
        return s - 1 in subject_in[other] and s - 1 not in subject_in[latest_one]

    def _protagonist(self, ranked: list[tuple[int, float]], latest: dict[int, int]) -> bool:
        """Whether a close leader is the article's main person and the one named last.

        A close call between two people of one gender ("Cruz ... Brown ...
        he") goes to the one the article is about: the leader by salience
        (by a little), named at least twice as often in the article as the
        runner-up, when the runner-up was not referred to after it ("Trump
        ... to stop him" stays open when a rival was named in between).
        """
        (best, score), (second, runner_up) = ranked
        if score < CLOSE_LEAD * runner_up or latest[best] < latest[second]:
            return False
        named = len(self.clusters[best].mentions)
        return named >= PROTAGONIST_SHARE * len(self.clusters[second].mentions)

    def _only_of_gender(self, token: Token, want: str, banned: set[int]) -> int | None:
        """The one person of the pronoun's gender the article has named so far, if only one.

        A "she" with no one near to be ("Great speech. She's tested." in a
        tweet, "“...,” she said" after a long aside) is the article's only
        woman when no other has been named, whatever the distance. Not when
        a noun of that gender stands in the sentences before ("a woman who
        claimed to be undecided ... her ballot", "my daughter ... she"), nor
        an unnamed person of any noun ("A local pastor opened the event. He
        prayed": :meth:`_unnamed_person`), or a
        "she" left unresolved there: an unnamed person is the likelier one,
        and stays so down the chain of pronouns. The people seen are gathered
        once as the events grow (:attr:`_events`), so each pronoun costs only
        the events added since the last and its own few sentences.
        """
        events = self._events
        while self._seen_upto < len(events):
            ci = events[self._seen_upto].cluster
            self._seen_upto += 1
            if self.clusters[ci].kind == "person":
                self._seen[self.gender[ci] or ""].add(ci)
        found = self._seen.get(want, set()) - banned
        if len(found) != 1:
            return None
        return None if self._rival_before(token, want) else next(iter(found))

    def _rival_before(self, token: Token, want: str, people_only: bool = False) -> bool:
        """Whether an unnamed person of the pronoun's gender stands in the sentences before.

        A noun of that gender ("a woman", "my daughter"), an unnamed person
        who acts (:meth:`_unnamed_person`) or an unresolved pronoun of that
        gender; with ``people_only`` only the unnamed person who acts.
        """
        rivals = _GENDER_NOUNS[want]
        sent = token.sent
        for _ in range(WINDOW_SENTENCES):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        others = _GENDER_NOUNS["f" if want == "m" else "m"]
        for t in self.doc[max(sent.start, token.i - _RIVAL_REACH) : token.i]:
            if t.lower_ not in others and self._unnamed_person(t):
                return True  # "A local pastor opened the event. He prayed": the pastor
            if people_only:
                continue
            if t.lower_ in rivals:
                return True
            form = THIRD_PERSON.get(t.lower_)
            if form is not None and form[0] == want and not form[1] and t.i not in self.resolved:
                return True  # "my daughter ... I take her ... she needs": one left unnamed before
        return False

    def _unnamed_person(self, t: Token) -> bool:
        """ "A local pastor opened ...", "a retired electrician said": one person left unnamed.

        A singular common noun naming a person, as the subject of its clause
        after "a", "an" or "another": a specific person who acts ("name a
        replacement candidate", "social justice" are none; "the front-runner
        said" is mostly the one named). Not one in a name mention, a title
        before a name ("a pastor John Reed") or in apposition to a name
        ("Ann Reed, a teacher,").
        """
        if t.tag_ != "NN" or t.dep_ not in {"nsubj", "nsubjpass"} or t.i in self.owner:
            return False
        det = next((c for c in t.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ not in _ARTICLES or not is_person_noun(t.lower_):
            return False
        if t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN":
            return False
        return not any(c.dep_ == "appos" and c.i in self.owner for c in t.rights)

    def _cataphora(self, token: Token, want: str, banned: set[int]) -> int | None:
        """ "In his speech, Obama ...", "While he acknowledged it, Ham noted ...".

        A pronoun in an adverbial clause or phrase put before its sentence's
        subject is that subject, when the subject is an actor of the
        pronoun's gender (or kind). Only when the preceding text decides
        nothing: "Obama arrived. When he spoke, Biden left" stays Obama's.
        """
        root, subject = self._root_and_subject(token)
        if subject is None or subject.i <= token.i:
            return None
        clause = token
        adverbial = False
        for _ in range(_MAX_FRONTED_DEPTH):  # bounded: a long sentence stays linear
            if clause.head.i == root.i or clause.head.i == clause.i:
                break
            clause = clause.head
            adverbial |= clause.dep_ in {"advcl", "prep", "npadvmod"}
        adverbial |= clause.dep_ in {"advcl", "prep", "npadvmod"}
        if clause.head.i != root.i or not adverbial:
            return None
        if clause.right_edge.i >= subject.left_edge.i:
            return None
        found = self._cluster_at(subject.i)
        if found is None or found in banned or self._compatible(found, want) < 1.0:
            return None
        return found

    def _opening_cataphora(self, token: Token, want: str, banned: set[int]) -> int | None:
        """ "During his speech, Dunn said", "Despite his doubts about the plan, Dunn ...": the subject after.

        A he/she in an adverbial phrase or clause that opens its sentence,
        before anyone is named or referred to in it, is the main clause's
        subject when that is a person of the pronoun's gender: news names
        who the sentence is about right after such an opening, whoever the
        sentence before was about. :meth:`_cataphora` decides only when the
        text before does not; here the sentence's own words decide first.
        Not when the opening has a subject of its own ("When Reed defended
        his plan, Dunn ...": the pronoun's clause binds it) or the pronoun is
        that subject ("Reed arrived. When he spoke, Dunn left" stays with the
        text before, as :meth:`_cataphora` has it), nor when the
        pronoun's phrase is the reported words of a sayer named after them
        ("Reed can carry the state if he campaigns, Dunn said").
        """
        root, subject = self._root_and_subject(token)
        if subject is None or subject.i <= token.i:
            return None
        clause = token
        for _ in range(_MAX_FRONTED_DEPTH):  # bounded: a long sentence stays linear
            if clause.head.i == root.i or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.head.i != root.i or clause.dep_ not in _OPENING_DEPS:
            return None
        if token.head.i == clause.i and token.dep_ in SUBJECT_DEPS:
            return None  # "Reed arrived. When he spoke, Dunn left": left to salience
        start = clause.left_edge.i
        if not clause.left_edge.is_sent_start or clause.right_edge.i >= subject.left_edge.i:
            return None
        if token.i - start > _OPENING_REACH:
            return None  # a long opening is no phrase the subject follows (and stays linear)
        if self._named_in(start, token.i) or any(
            self.doc[k].lower_ in THIRD_PERSON or self.doc[k].dep_ in SUBJECT_DEPS
            for k in range(start, token.i)
        ):
            return None  # "As Reed defended his plan", "When the court ruled on his case"
        found = self._cluster_at(subject.i)
        if found is None or found in banned or self._compatible(found, want) < 1.0:
            return None
        return found

    def _root_and_subject(self, token: Token) -> tuple[Token, Token | None]:
        """The root of the token's sentence and its subject, found once per sentence.

        ``token.sent`` walks the whole sentence; asked once per pronoun, a long
        sentence full of pronouns would cost its length squared.
        """
        number = self.sentence[token.i]
        known = self._sentence_heads.get(number)
        if known is None:
            root = token.sent.root
            subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
            known = self._sentence_heads[number] = (root, subject)
        return known


#: Common nouns that name a body or a place that acts: "its" in their clause may be theirs
#: ("the party needs to confront its divisions", "the town faced scrutiny for its policing").
_BODY_NOUNS: Final = names.words(
    """
    party agency legislature community town city state country nation company firm bank
    government administration committee council court department campaign group organization
    network newspaper paper magazine outlet station union board place restaurant school
    university church mosque team league foundation regime army military police office bureau
    panel commission alliance bloc club chamber house senate congress parliament ministry
    center centre museum county province institute nonprofit
    """
)
#: Dependencies of a phrase or clause opening its sentence before the subject ("During his
#: speech, ...", "Even as he won, ...").
_OPENING_DEPS: Final[frozenset[str]] = frozenset({"advcl", "prep"})
#: Tokens an opening phrase may run before its pronoun ("In what he called a fair deal, ...").
_OPENING_REACH: Final[int] = 40
#: Dependencies of a subordinate clause put before its main clause ("Although ...,", "When ...,").
_FRONTED_CLAUSE_DEPS: Final[frozenset[str]] = frozenset({"advcl"})


#: Nouns naming a person of one gender: an unnamed one is a rival for a far "she" or "he".
_GENDER_NOUNS: Final[dict[str, frozenset[str]]] = {
    "m": MALE_WORDS | frozenset({"man", "boy", "guy", "dad", "grandpa", "gentleman"}),
    "f": FEMALE_WORDS | frozenset({"woman", "girl", "mom", "grandma", "mum"}),
}

#: Articles before an unnamed person who acts ("A local pastor opened the event"); not "the":
#: "The Democratic front-runner said" is mostly the one named.
_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "another"})

#: Tokens read back from a far "she" for a rival (its sentences, bounded: one endless
#: sentence must not make each pronoun read the document).
_RIVAL_REACH: Final[int] = 150

#: What joins the two genders' pronouns into "anyone" ("he or she", "his/her").
_EITHER: Final[frozenset[str]] = frozenset({"or", "/"})


def _either_gender(token: Token) -> bool:
    """Whether a he/she form is paired with the other gender's ("he or she", "his or her").

    The pair stands for whoever fills a role ("whoever becomes president,
    he or she will ..."), never for one actor; the guidelines annotate no
    generic reference.
    """
    doc = token.doc
    want = THIRD_PERSON[token.lower_][0]
    for step in (1, -1):
        link, other = token.i + step, token.i + 2 * step
        if min(link, other) >= 0 and max(link, other) < len(doc) and doc[link].lower_ in _EITHER:
            form = THIRD_PERSON.get(doc[other].lower_)
            if form is not None and form[0] not in {want, "n"}:
                return True
    return False


def _main_verb(verb: Token) -> bool:
    """Whether a verb heads its sentence's main clause, or a clause coordinated with it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _object_before(token: Token) -> Token | None:
    """The direct object, named before a possessive, of the verb whose phrase holds it.

    "Morgan advised Salix on its sale", "he urged the department to review
    its archives", "helped GE structure its disposal": an organisation
    acted on by the verb owns what the phrase after it names. The object of
    a controlling verb counts for its infinitive ("urged X to review").
    """
    verb = governing_verb(token)
    if verb is None:
        return None
    for holder in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if holder is None:
            break
        obj = next((c for c in holder.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj if obj.right_edge.i < token.i else None
    return None


def _fronted_clause_subject(token: Token) -> Token | None:
    """The subject of an adverbial clause fronted before the main clause whose subject is ``token``.

    "Although Trump has admitted using the code, he does not defend it":
    the clause ends before the pronoun and has its own subject ("When the
    ban ended, he ..." is a thing's, which the caller's agreement test drops).
    """
    if token.dep_ not in SUBJECT_DEPS:
        return None
    verb = token.head
    clause = next(
        (c for c in verb.children if c.dep_ in _FRONTED_CLAUSE_DEPS and c.right_edge.i < token.i),
        None,
    )
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject if subject is not None and subject.i < token.i else None


def _narrative_index(table: TokenTable, quote_of: np.ndarray[Any, Any]) -> list[int]:
    """Sentence numbers that count only sentences with words outside quotations."""
    if not len(quote_of):
        return []
    sentence = np.asarray(table.sentence, dtype=np.int64)
    counted = np.zeros(int(sentence[-1]) + 1, dtype=bool)
    counted[sentence[(quote_of < 0) & table.is_alpha]] = True
    cumulative: list[int] = np.cumsum(counted)[sentence].tolist()
    return cumulative
